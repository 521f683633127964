import type { Browser } from 'playwright-core';
import {
  DEMO,
  axeViolations,
  baseUrl,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';

/**
 * The invitation link from the dev mailbox: the app runs without SMTP_URL, so it keeps its mail and lists it at
 * /dev/mail (newest first). Waits for the worker, which sends right after the request's commit.
 */
async function invitationMailedTo(email: string): Promise<string> {
  for (;;) {
    const list = await (await fetch(`${baseUrl()}/dev/mail`)).text();
    const entry = new RegExp(`href="(/dev/mail/[^"]+)">[^<]*</a> — ${email.replace(/[.+]/g, '\\$&')}`).exec(
      list,
    );
    if (entry?.[1]) {
      const message = await (await fetch(`${baseUrl()}${entry[1]}`)).text();
      const token = /\/uitnodiging\?token=([\w-]+)/.exec(message)?.[1];
      if (token) return `/uitnodiging?token=${token}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('an invitation by e-mail', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the trekker invites an unknown address; the mail’s link signs the person up and into the arena', async () => {
    const shot = screenshots('invitation');
    const email = `uitgenodigd.${Date.now()}@example.nl`;

    const trekker = await newPage(browser);
    await signIn(trekker.page, DEMO.trekker);
    await trekker.page.goto('/w/arnhem-nijmegen');
    await trekker.page.getByRole('link', { name: LONELINESS }).click();
    await trekker.page.getByRole('link', { name: /^Naar het trekkersdashboard/ }).click();
    await trekker.page.getByRole('heading', { level: 1, name: 'Trekkersdashboard' }).waitFor();
    const section = trekker.page.getByRole('region', { name: 'Uitnodigen per e-mail' });
    await section.getByRole('button', { name: 'Iemand uitnodigen per e-mail' }).click();

    const dialog = trekker.page.getByRole('dialog', { name: 'Uitnodigen voor dit atelier' });
    await dialog.waitFor();
    // Focus starts on the address.
    expect(await trekker.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');
    expect(await axeViolations(trekker.page)).toEqual([]);
    // A wrong address is told at the field, and nothing is sent.
    await dialog.getByLabel('E-mailadres').fill('geen-adres');
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await dialog.getByText('Dit is geen e-mailadres.', { exact: false }).waitFor();
    expect(await dialog.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(trekker.page)).toEqual([]);
    await shot(trekker.page, 'dialog-problem');

    await dialog.getByLabel('E-mailadres').fill(email);
    await dialog.getByRole('radio', { name: /^Arena/ }).check();
    await dialog.getByLabel('Bericht (niet verplicht)').fill('Jij kent de buurtkamers in Hatert.');
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await section.getByRole('status').getByText(`De uitnodiging is naar ${email} gestuurd.`).waitFor();
    const row = section.getByRole('listitem').filter({ hasText: email });
    await row.getByText(/Arena · open, de link werkt tot/).waitFor();
    await shot(trekker.page, 'invited');

    // The person, on a phone, follows the link from the mail.
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await page.goto(await invitationMailedTo(email));
    await page.getByRole('heading', { level: 1, name: 'Uitnodiging' }).waitFor();
    await page
      .getByText(`Lotte Janssen nodigt je uit voor de arena van het atelier ‘${LONELINESS}’`, {
        exact: false,
      })
      .waitFor();
    await page.getByText('Jij kent de buurtkamers in Hatert.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot(page, 'link');

    // Mistakes are told at their field.
    await page.getByRole('button', { name: 'Account maken en meedoen' }).click();
    await page.getByText('Vul dit veld in.').first().waitFor();
    expect(await page.getByLabel('Je naam').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Je naam').fill('Ilse Uitgenodigd');
    await page.getByLabel('Kies een wachtwoord').fill('een-goed-wachtwoord-2026');
    await page.getByLabel('Herhaal het wachtwoord').fill('een-goed-wachtwoord-2026');
    await page.getByLabel('Herhaal het wachtwoord').press('Enter');

    // In the atelier's arena, signed in.
    await page.getByRole('heading', { level: 1, name: LONELINESS }).waitFor();
    await page.getByText('Je doet mee in de arena.').waitFor();
    // On a phone the name is behind the menu: in the page, not on screen.
    await page
      .getByText(/Ingelogd als/)
      .first()
      .waitFor({ state: 'attached' });
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot(page, 'in-the-arena');

    // The trekker's list says so.
    await trekker.page.reload();
    await trekker.page
      .getByRole('region', { name: 'Uitnodigen per e-mail' })
      .getByRole('listitem')
      .filter({ hasText: email })
      .getByText('aangenomen door Ilse Uitgenodigd')
      .waitFor();

    // The link works once.
    const again = await newPage(browser);
    await again.page.goto(await invitationMailedTo(email));
    await again.page.getByText('Deze uitnodiging is al beantwoord.').waitFor();
    expect(await axeViolations(again.page)).toEqual([]);
    await again.context.close();
    await context.close();
    await trekker.context.close();
  });
});
