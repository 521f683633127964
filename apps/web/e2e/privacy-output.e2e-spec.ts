import type { Browser } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  atelierId,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';

/**
 * Registering an output whose title names a resident is no dead end (issue 20): an arena member saves it, is shown
 * the finding with its action in the check's dialog, replaces the name by its stand-in and the output is saved in
 * the arena with the stand-in in its title. Axe on the dialog, at 1366 and 390 px.
 */
describe('personal data in an output before it is registered', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`an arena member pseudonymises a name and the output is registered (${viewport.width} px)`, async () => {
      const shot = screenshots(`privacy-output-${viewport.width}`);
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.arena);
      const loneliness = await atelierId(context, LONELINESS);
      await page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(loneliness)}/opbrengst`);
      await page.getByRole('heading', { level: 1, name: 'Opbrengst registreren' }).waitFor();
      await page
        .getByLabel('Titel', { exact: true })
        .fill(`Wat mevrouw Jansen ons leerde (${viewport.width})`);
      await page.getByLabel('Samenvatting').fill('Een verslag van de buurtkamer, stap voor stap.');
      await page.getByRole('group', { name: 'Dient de O’s' }).getByLabel('Ondersteuning').check();
      await page.getByRole('button', { name: 'Opbrengst registreren' }).click();

      const dialog = page.getByRole('dialog', { name: 'Eerst persoonsgegevens nakijken' });
      await dialog.waitFor();
      expect(await dialog.getByRole('group').count()).toBe(1);
      expect(await dialog.getByRole('radio', { name: 'Vervang door “mevrouw A.”' }).isChecked()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'finding');

      await dialog.getByRole('button', { name: 'Aanpassen en delen' }).click();
      await page
        .getByRole('heading', { level: 1, name: `Wat mevrouw A. ons leerde (${viewport.width})` })
        .waitFor();
      expect(await page.locator('main').innerText()).not.toContain('Jansen');
      await shot(page, 'registered');
      await context.close();
    });
  }
});
