import type { Browser, Page } from 'playwright-core';
import {
  DEMO_WORKSHOP,
  api,
  axeViolations,
  launchBrowser,
  newPage,
  newPerson,
  screenshots,
  sidewaysOverflow,
} from './support/browser';

/** Opens Mijn gegevens from the header's account menu (behind "Menu" on a phone), as a person would. */
async function openProfile(page: Page, name: string, phone: boolean) {
  await page.goto(DEMO_WORKSHOP);
  await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
  if (phone) await page.getByRole('button', { name: /^Menu/ }).click();
  await page.getByRole('button', { name: `Ingelogd als ${name}` }).click();
  await page.getByRole('link', { name: 'Mijn gegevens' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
}

/**
 * Mijn gegevens: one place, reached from the account menu, where a person changes their name, language and
 * password (and e-mail address, party kind and organisations, whose own specs walk them), each saying so next to
 * its button, with the catalogue's Dutch for what is wrong.
 */
describe('mijn gegevens', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const phone = viewport.width < 400;
    it(`changes name, language and password from the account menu (${viewport.width} px)`, async () => {
      const shot = screenshots(`profile-${viewport.width}`);
      const { context, page, email } = await newPerson(browser, 'Pim Profiel', viewport);
      await openProfile(page, 'Pim Profiel', phone);
      await page.getByRole('region', { name: 'Mijn organisaties' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, 'profile');

      // The name: an empty one is refused next to the field, which gets the focus; a new one shows in the header.
      const name = page.getByRole('region', { name: 'Je naam' });
      await name.getByLabel('Naam', { exact: true }).fill('  ');
      await name.getByRole('button', { name: 'Naam opslaan' }).click();
      await name.getByText('Vul dit veld in.').waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('name');
      await name.getByLabel('Naam', { exact: true }).fill('Pim van Profiel');
      await name.getByRole('button', { name: 'Naam opslaan' }).click();
      await name.getByRole('status').getByText('Je naam is opgeslagen: Pim van Profiel.').waitFor();
      await page.getByText('Ingelogd als Pim van Profiel').waitFor({ state: 'attached' });
      expect(await axeViolations(page)).toEqual([]);

      // The password: the current one is asked, the new one's rules are checked before sending.
      const password = page.getByRole('region', { name: 'Je wachtwoord wijzigen' });
      await password.getByLabel('Je huidige wachtwoord').fill('niet-mijn-wachtwoord');
      await password.getByLabel('Nieuw wachtwoord').fill('kort');
      await password.getByLabel('Herhaal het wachtwoord').fill('kort');
      await password.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
      await password.getByText('Je wachtwoord heeft minder dan 8 tekens.').waitFor();
      await password.getByLabel('Nieuw wachtwoord').fill('een-nieuw-wachtwoord-2027');
      await password.getByLabel('Herhaal het wachtwoord').fill('een-nieuw-wachtwoord-2027');
      await password.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
      await password.getByText('Je huidige wachtwoord klopt niet.').waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe(
        'current-password',
      );
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'password-refused');
      await password.getByLabel('Je huidige wachtwoord').fill('samen-leren-2026');
      await password.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
      await password.getByRole('status').getByText('Je wachtwoord is gewijzigd.', { exact: false }).waitFor();
      // This browser stays signed in; elsewhere only the new password works.
      await page.getByText('Ingelogd als Pim van Profiel').waitFor({ state: 'attached' });
      const elsewhere = await newPage(browser);
      await api(
        elsewhere.context,
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        {
          e: email,
          p: 'een-nieuw-wachtwoord-2027',
        },
      );
      await elsewhere.context.close();

      // The language: kept with the account, and the page switches to it.
      const language = page.getByRole('region', { name: 'Je taal' });
      await language.getByRole('radio', { name: 'English' }).check();
      await language.getByRole('button', { name: 'Taal opslaan' }).click();
      await page.getByRole('heading', { level: 1, name: 'My details' }).waitFor();
      await page
        .getByRole('region', { name: 'Your language' })
        .getByRole('status')
        .getByText('Your language is saved: English.')
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      const me = await api<{ me: { name: string; locale: string } }>(context, '{ me { name locale } }');
      expect(me.me).toEqual({ name: 'Pim van Profiel', locale: 'en' });
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, 'in-english');
      const inEnglish = page.getByRole('region', { name: 'Your language' });
      await inEnglish.getByRole('radio', { name: 'Nederlands' }).check();
      await inEnglish.getByRole('button', { name: 'Save language' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
      await page.getByText('Je taal is opgeslagen: Nederlands.').waitFor();
      await context.close();
    });
  }
});
