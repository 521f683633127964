import type { Browser } from 'playwright-core';
import {
  axeViolations,
  baseUrl,
  launchBrowser,
  newPerson,
  sidewaysOverflow,
  tokenMailedTo,
} from './support/browser';

/** Changing one's e-mail address on the privacy page: a link to the new address makes the change. */
describe('changing the e-mail address', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`asks for the password, mails the new address, and changes only when its link is followed (${viewport.width} px)`, async () => {
      const { context, page, email } = await newPerson(browser, 'Wies Wissel', viewport);
      const fresh = `nieuw.${Date.now()}.${viewport.width}@example.nl`;
      await page.goto('/mijn-gegevens');
      const section = page.getByRole('region', { name: 'Je e-mailadres wijzigen' });
      await section.getByText(`Je account gebruikt nu ${email}.`, { exact: false }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);

      // A wrong password is said next to its field, which gets the focus.
      await section.getByLabel('Nieuw e-mailadres').fill(fresh);
      await section.getByLabel('Je huidige wachtwoord').fill('niet-mijn-wachtwoord');
      await section.getByRole('button', { name: 'Stuur de link' }).click();
      await section.getByText('Je huidige wachtwoord klopt niet.').waitFor();
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('password');
      expect(await axeViolations(page)).toEqual([]);

      await section.getByLabel('Je huidige wachtwoord').fill('samen-leren-2026');
      await section.getByRole('button', { name: 'Stuur de link' }).click();
      await section
        .getByRole('status')
        .getByText(`We stuurden een link naar ${fresh}.`, { exact: false })
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);

      await page.goto(`/e-mail-bevestigen?token=${await tokenMailedTo(fresh, '/e-mail-bevestigen')}`);
      await page.getByText('Je e-mailadres is bevestigd.', { exact: false }).waitFor();
      await page.goto('/mijn-gegevens');
      await page.getByText(`Je account gebruikt nu ${fresh}.`, { exact: false }).waitFor();
      // The old address was told, in the dev mailbox.
      const told = `Het e-mailadres van je account is gewijzigd</a> — ${email}`;
      while (!(await (await fetch(`${baseUrl()}/dev/mail`)).text()).includes(told))
        await new Promise((resolve) => setTimeout(resolve, 100));
      await context.close();
    });
  }
});
