import type { Browser } from 'playwright-core';
import {
  api,
  axeViolations,
  baseUrl,
  focused,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
} from './support/browser';

/**
 * The reset link from the dev mailbox: the app runs without SMTP_URL, so it keeps its mail and lists it at
 * /dev/mail (newest first). Waits for the worker, which sends right after the request's commit.
 */
async function linkMailedTo(email: string): Promise<string> {
  for (;;) {
    const list = await (await fetch(`${baseUrl()}/dev/mail`)).text();
    const entry = new RegExp(`href="(/dev/mail/[^"]+)">[^<]*</a> — ${email.replace(/[.+]/g, '\\$&')}`).exec(
      list,
    );
    if (entry?.[1]) {
      const message = await (await fetch(`${baseUrl()}${entry[1]}`)).text();
      const token = /\/wachtwoord-instellen\?token=([\w-]+)/.exec(message)?.[1];
      if (token) return `/wachtwoord-instellen?token=${token}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a forgotten password', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('on a phone, by keyboard: asks for a link, follows it from the mail, chooses a new password and is signed in; old sessions end', async () => {
    const shot = screenshots('password-reset');
    const email = `vergeten.${Date.now()}@example.nl`;
    // Someone with an account, signed in elsewhere (the session that must end).
    const { context: elsewhere } = await newPage(browser);
    await api(elsewhere, 'mutation($input: SignUpInput!) { signUp(input: $input) }', {
      input: { name: 'Vera Vergeten', email, password: 'oud-wachtwoord-2026' },
    });
    await api(elsewhere, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
      e: email,
      p: 'oud-wachtwoord-2026',
    });

    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await page.goto('/inloggen');
    const forgot = page.getByRole('link', { name: 'Wachtwoord vergeten?' });
    await forgot.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/wachtwoord-vergeten');
    await page.getByRole('heading', { name: 'Wachtwoord vergeten' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot(page, 'form');

    // Bad input is told at the field.
    const field = page.getByLabel('E-mailadres');
    await field.focus();
    await page.keyboard.type('vera-zonder-apenstaart');
    await page.keyboard.press('Enter');
    await page.getByText('Dit is geen e-mailadres.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'bad-input');

    await field.fill(email);
    await field.press('Enter');
    await page.getByRole('heading', { name: 'Kijk in je mail' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await focused(page)).toBe('Kijk in je mail');
    const said = await page.getByRole('status').textContent();
    expect(said).toBe(
      `Als er een account is met het adres ${email}, is daar nu een link naartoe gestuurd om een nieuw wachtwoord te kiezen.`,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot(page, 'sent');

    // An address without an account gets the very same words.
    await page.getByRole('button', { name: 'Een ander adres invullen' }).click();
    const nobody = `niemand.${Date.now()}@example.nl`;
    await page.getByLabel('E-mailadres').fill(nobody);
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await page.getByRole('heading', { name: 'Kijk in je mail' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe(said!.replace(email, nobody));

    // The link from the mail.
    await page.goto(await linkMailedTo(email));
    await page.getByRole('heading', { name: 'Wachtwoord instellen' }).waitFor();
    await page.getByLabel('Nieuw wachtwoord').fill('nieuw-wachtwoord-2026');
    await page.getByLabel('Herhaal het wachtwoord').fill('nieuw-wachtwoord-2026');
    await page.getByLabel('Herhaal het wachtwoord').press('Enter');
    // Signed in: the header names the person (behind the menu on this phone).
    await page.getByText(/Ingelogd als/).waitFor({ state: 'attached' });
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot(page, 'signed-in');

    // The other session ended.
    const me = await api<{ me: null | { name: string } }>(elsewhere, '{ me { name } }');
    expect(me.me).toBeNull();
    await context.close();
    await elsewhere.close();
  });

  it('a used link says so, with the way to a new one', async () => {
    const email = `tweemaal.${Date.now()}@example.nl`;
    const { context, page } = await newPage(browser);
    await api(context, 'mutation($input: SignUpInput!) { signUp(input: $input) }', {
      input: { name: 'Twan Tweemaal', email, password: 'oud-wachtwoord-2026' },
    });
    await api(context, 'mutation($e: String!) { requestPasswordReset(email: $e) }', { e: email });
    const link = await linkMailedTo(email);
    await api(
      context,
      'mutation($t: String!, $p: String!) { setPasswordWithToken(token: $t, password: $p) { id } }',
      {
        t: new URLSearchParams(link.split('?')[1]).get('token'),
        p: 'nieuw-wachtwoord-2026',
      },
    );
    await page.goto(link);
    await page.getByLabel('Nieuw wachtwoord').fill('nog-een-wachtwoord-2026');
    await page.getByLabel('Herhaal het wachtwoord').fill('nog-een-wachtwoord-2026');
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByText('Deze link is al gebruikt.').waitFor();
    await page.getByRole('alert').getByRole('link', { name: 'Wachtwoord vergeten?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
