import type { Browser } from 'playwright-core';
import {
  api,
  axeViolations,
  launchBrowser,
  newPage,
  sidewaysOverflow,
  tokenMailedTo,
} from './support/browser';

describe('confirming the e-mail address', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('after signing up, a notice says what waits; "stuur opnieuw" mails a new link, which confirms the address', async () => {
    const email = `bevestigen.${Date.now()}@example.nl`;
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await api(context, 'mutation($input: SignUpInput!) { signUp(input: $input) }', {
      input: { name: 'Bram Bevestig', email, password: 'samen-leren-2026' },
    });
    const first = await tokenMailedTo(email, '/e-mail-bevestigen');
    await api(context, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
      e: email,
      p: 'samen-leren-2026',
    });
    await page.goto('/');
    const notice = page.getByRole('region', { name: 'Bevestig je e-mailadres' });
    await notice.getByText(`We stuurden een link naar ${email}.`, { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);

    await notice.getByRole('button', { name: 'Stuur opnieuw' }).click();
    await notice
      .getByRole('status')
      .getByText(`Er is een nieuwe link naar ${email} gestuurd.`, { exact: false })
      .waitFor();
    let token = first;
    while (token === first) token = await tokenMailedTo(email, '/e-mail-bevestigen');

    await page.goto(`/e-mail-bevestigen?token=${token}`);
    await page.getByText('Je e-mailadres is bevestigd.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('region', { name: 'Bevestig je e-mailadres' }).waitFor({ state: 'detached' });

    // The older link was replaced by the newer one.
    await page.goto(`/e-mail-bevestigen?token=${first}`);
    await page.getByText('Deze link is verlopen.', { exact: false }).waitFor();
    await context.close();
  });
});
