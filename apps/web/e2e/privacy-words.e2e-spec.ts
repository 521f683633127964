import type { Browser } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  api,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

/**
 * The werkplaats's word list for the personal-data check in beheer: the beheerder adds street and place names
 * (several at once), takes one out again, saves after a confirmation that says what changes (focus on
 * "Annuleren"), and the saved list is there after a reload; and sets how long untouched drafts are kept, after a
 * confirmation. At 1366 and 390 px, axe on the sections and the dialogs.
 */
describe('word list for the personal-data check', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`a beheerder adds, removes and saves words (${viewport.width} px)`, async () => {
      const shot = screenshots(`privacy-words-${viewport.width}`);
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.admin);
      const [first, second, third] =
        viewport.width > 600
          ? ['Tarweweg', 'De Biezen', 'Heyendaal']
          : ['Wolfskuil', 'Brakkenstein', 'Hazenkamp'];

      await page.goto(`${DEMO_WORKSHOP}/beheer/privacy`);
      const section = page.getByRole('region', { name: 'Woordenlijst voor de persoonsgegevenscheck' });
      await section.getByRole('heading', { name: /^In de lijst/ }).waitFor();
      const before = await section.locator('.beheer__word').allInnerTexts();

      // An empty field is refused in place.
      await section.getByRole('button', { name: 'Toevoegen' }).click();
      await section.getByText('Vul een woord of naam in.').waitFor();

      const field = section.getByLabel('Woord of naam toevoegen');
      await field.fill(`${first}, ${second}`);
      await field.press('Enter');
      await section.getByText('2 woorden toegevoegd. Sla de lijst op om het te laten gelden.').waitFor();
      await field.fill(third);
      await section.getByRole('button', { name: 'Toevoegen' }).click();
      // The same word again (in other letters) is not added twice.
      await field.fill(first.toLowerCase());
      await field.press('Enter');
      await section.getByText(`‘${first.toLowerCase()}’ staat al in de lijst.`).waitFor();
      await field.fill('');

      // One taken out again: the keyboard stays in the list.
      await section.getByRole('button', { name: `${second} verwijderen` }).click();
      await section.getByText(`‘${second}’ uit de lijst gehaald.`, { exact: false }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
        / verwijderen$/,
      );
      await section.getByText('Nog niet opgeslagen: 2 toegevoegd, 0 verwijderd.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
      await shot(page, 'edited');

      await section.getByRole('button', { name: 'Woordenlijst opslaan' }).click();
      const dialog = page.getByRole('dialog', { name: 'Woordenlijst opslaan?' });
      await dialog.waitFor();
      expect(
        await dialog.getByRole('button', { name: 'Annuleren' }).evaluate((b) => b === document.activeElement),
      ).toBe(true);
      await dialog
        .getByText(`Erbij: ${[first, third].sort((a, b) => a.localeCompare(b, 'nl')).join(', ')}`)
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'confirm');
      await dialog.getByRole('button', { name: 'Ja, opslaan' }).click();
      await section.getByText(`De woordenlijst is opgeslagen (${before.length + 2} woorden).`).waitFor();
      await section.getByText('De lijst is opgeslagen zoals hij hier staat.').waitFor();

      await page.reload();
      await section.getByRole('heading', { name: `In de lijst (${before.length + 2} woorden)` }).waitFor();
      const words = await section.locator('.beheer__word').allInnerTexts();
      expect(words).toEqual(expect.arrayContaining([first, third]));
      expect(words).not.toContain(second);
      await shot(page, 'saved');

      // The demo's list as it was, for the other journeys.
      const { workshop } = await api<{ workshop: { id: string } }>(
        context,
        'query($s: String!) { workshop(slug: $s) { id } }',
        { s: 'arnhem-nijmegen' },
      );
      await api(
        context,
        'mutation($w: ID!, $words: [String!]!) { setPrivacyWords(workshopId: $w, words: $words) { id } }',
        {
          w: workshop.id,
          words: words.filter((w) => w !== first && w !== third),
        },
      );
      await context.close();
    });

    it(`a beheerder sets how long untouched drafts are kept (${viewport.width} px)`, async () => {
      const shot = screenshots(`draft-retention-${viewport.width}`);
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.admin);
      await page.goto(`${DEMO_WORKSHOP}/beheer/privacy`);
      const section = page.getByRole('region', { name: 'Bewaartermijn voor concepten' });
      const field = section.getByLabel('Voorstellen na (maanden zonder wijziging)');
      await field.waitFor();
      expect(await field.inputValue()).toBe('12');
      expect(await section.getByRole('button', { name: 'Bewaartermijn opslaan' }).isDisabled()).toBe(true);

      await field.fill('0');
      await section.getByRole('button', { name: 'Bewaartermijn opslaan' }).click();
      await section.getByText('Vul een heel aantal maanden in, van 1 tot en met 120.').waitFor();
      await field.fill('6');
      await section.getByRole('button', { name: 'Bewaartermijn opslaan' }).click();
      const dialog = page.getByRole('dialog', { name: 'Bewaartermijn wijzigen?' });
      await dialog
        .getByText('Concepten die 6 maanden niet zijn aangeraakt, worden hun auteurs voortaan voorgesteld', {
          exact: false,
        })
        .waitFor();
      expect(
        await dialog.getByRole('button', { name: 'Annuleren' }).evaluate((b) => b === document.activeElement),
      ).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
      await shot(page, 'confirm');
      await dialog.getByRole('button', { name: 'Ja, opslaan' }).click();
      await section.getByText('De bewaartermijn is opgeslagen: 6 maanden.').waitFor();
      await page.reload();
      await field.waitFor();
      expect(await field.inputValue()).toBe('6');
      await shot(page, 'saved');

      // The demo's retention as it was, for the other journeys.
      const { workshop } = await api<{ workshop: { id: string } }>(
        context,
        'query($s: String!) { workshop(slug: $s) { id } }',
        { s: 'arnhem-nijmegen' },
      );
      await api(context, 'mutation($w: ID!) { setDraftRetention(workshopId: $w, months: 12) { id } }', {
        w: workshop.id,
      });
      await context.close();
    });
  }
});
