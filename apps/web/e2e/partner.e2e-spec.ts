import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, newPage, screenshots } from './support/browser';

/**
 * The partner's journey: a professional of a welfare organisation makes an account, joins the loneliness
 * atelier's arena, joins the practice in Nijmegen, logs a lesson as a draft and shares it with the arena.
 */
describe('partner journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('signs up, joins the arena and a practice, logs a lesson and shares it on purpose', async () => {
    const shot = screenshots('partner');
    const { context, page } = await newPage(browser);

    await page.goto('/registreren');
    await page.getByRole('button', { name: 'Account maken' }).click();
    // Inline errors for the empty form, announced with the fields.
    await page.getByText('Vul dit veld in.').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'sign-up-errors');
    // An address that has an account already (here with another password): the page says neither yes nor
    // no, and nobody is signed in.
    await page.getByLabel('Naam').fill('Sanne Bakker');
    await page.getByLabel('E-mailadres').fill('arena@demo.werkplaats.nl');
    await page.getByLabel('Wachtwoord').fill('wijkteam-2026');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page
      .getByText('Heeft dit e-mailadres al een account? Log dan in met het wachtwoord van dat account.')
      .waitFor();
    expect(await page.getByText('Ingelogd als').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'sign-up-known-address');

    await page.getByLabel('E-mailadres').fill(`sanne.${Date.now()}@welzijn.example`);
    await page.getByLabel('Wachtwoord').fill('wijkteam-2026');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByText('Ingelogd als Sanne Bakker').waitFor();

    await page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).click();
    await page.getByRole('button', { name: 'Meedoen in de arena' }).click();
    await page.getByText('Je doet mee in de arena.').waitFor();
    await page.getByRole('button', { name: 'Meedoen: Buurtkamer Hatert' }).click();
    await page.getByText('Je doet mee', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'arena-and-practice');

    await page.getByRole('link', { name: 'Een les vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Een les vastleggen' }).waitFor();
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByText('Kies er minstens één.').last().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'lesson-form-errors');

    await page.getByLabel('Titel').fill('Een vaste tafel in de bibliotheek');
    await page.locator('.rich-text__input').click();
    await page.keyboard.type('Elke dinsdag dezelfde tafel: mensen wisten waar ze elkaar konden vinden.');
    await page.getByRole('checkbox', { name: /Sociale cohesie/ }).check();
    await page.getByLabel('Lerende praktijk').selectOption({ label: 'Buurtkamer Hatert (Nijmegen)' });
    await shot(page, 'lesson-form');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();

    await page.getByRole('heading', { level: 1, name: 'Een vaste tafel in de bibliotheek' }).waitFor();
    await page.getByText('Nu: Concept').waitFor();
    // The author may share with the practice or the arena; the tribune is for the trekker.
    expect(await page.getByRole('button', { name: 'Delen met: Tribune' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'lesson-draft');

    await page.getByRole('button', { name: 'Delen met: Arena' }).click();
    await page.getByText('Nu: Arena').waitFor();
    await page.getByText(/van Concept naar Arena door Sanne Bakker/).waitFor();
    await shot(page, 'lesson-in-arena');
    await context.close();
  });
});
