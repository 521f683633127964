import type { Browser } from 'playwright-core';
import {
  DEMO,
  api,
  atelierId,
  axeViolations,
  launchBrowser,
  newPage,
  newPerson,
  screenshots,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';

/**
 * Personal data is caught before a lesson climbs: an arena member shares a lesson that names a resident and a phone
 * number, is shown both findings in the dialog (focus on "Annuleren"), replaces both by their stand-ins in one go,
 * and the lesson reaches the arena with the stand-ins in its text. The same rules hint while typing (a count said
 * politely, the list of what was found), and editing later hints a new name but not the stand-in. At 1366 and
 * 390 px, axe on the form, the dialog and the edit form.
 */
describe('personal data before sharing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`an arena member pseudonymises two findings and shares the lesson (${viewport.width} px)`, async () => {
      const shot = screenshots(`privacy-check-${viewport.width}`);
      const trekker = await newPage(browser);
      await signIn(trekker.page, DEMO.trekker);
      const author = await newPerson(browser, viewport.width > 600 ? 'Sanne Bakker' : 'Ruben Smit', viewport);
      const loneliness = await atelierId(author.context, LONELINESS);
      const asked = await api<{ requestToJoin: { id: string } }>(
        author.context,
        'mutation($a: ID!) { requestToJoin(atelierId: $a, role: ARENA) { id } }',
        { a: loneliness },
      );
      await api(trekker.context, 'mutation($id: ID!) { decideJoinRequest(id: $id, accept: true) { id } }', {
        id: asked.requestToJoin.id,
      });

      const page = author.page;
      await page.goto('/w/arnhem-nijmegen');
      await page.getByRole('link', { name: LONELINESS }).click();
      await page.getByRole('link', { name: 'Een les vastleggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Een les vastleggen' }).waitFor();
      await page.getByLabel('Titel').fill('Post die blijft liggen');
      await page.locator('.rich-text__input').click();
      await page.keyboard.type(
        'Mevrouw Jansen vertelde dat ze haar post niet meer opent. Bel 06-12345678 voor een afspraak.',
      );
      // Hinted while typing, once typing rests: a count in a polite live region, and the list of what was found.
      const summary = page.getByText('2 mogelijke persoonsgegevens in de les');
      await summary.waitFor();
      expect(await summary.getAttribute('aria-live')).toBe('polite');
      const hints = page.getByRole('list', { name: '2 mogelijke persoonsgegevens in de les' });
      expect(await hints.getByRole('listitem').allInnerTexts()).toEqual([
        'Naam: Mevrouw Jansen (vervangen: “Mevrouw A.”)',
        'Telefoonnummer: 06-12345678 (vervangen: “[telefoonnummer]”)',
      ]);
      await page.getByRole('checkbox', { name: /Sociale cohesie/ }).check();
      await page.getByLabel('Niveau', { exact: true }).selectOption({ label: 'Wijk' });
      await page.getByLabel('Domein', { exact: true }).selectOption({ label: 'Welzijn' });
      await page.getByLabel('Lerende praktijk').selectOption({ label: 'Geen praktijk: op atelierniveau' });
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'hints');
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await page.getByRole('heading', { level: 1, name: 'Post die blijft liggen' }).waitFor();

      await page.getByRole('button', { name: 'Delen met: Arena' }).click();
      const dialog = page.getByRole('dialog', { name: 'Eerst persoonsgegevens nakijken' });
      await dialog.waitFor();
      expect(
        await dialog.getByRole('button', { name: 'Annuleren' }).evaluate((b) => b === document.activeElement),
      ).toBe(true);
      const findings = dialog.getByRole('group');
      expect(await findings.count()).toBe(2);
      expect(await dialog.getByRole('radio', { name: 'Vervang door “Mevrouw A.”' }).isChecked()).toBe(true);
      expect(await dialog.getByRole('radio', { name: 'Vervang door “[telefoonnummer]”' }).isChecked()).toBe(
        true,
      );
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'findings');

      await dialog.getByRole('button', { name: 'Aanpassen en delen' }).click();
      await page.getByText('Nu: Arena').waitFor();
      const text = await page.locator('main').innerText();
      expect(text).toContain('Mevrouw A. vertelde dat ze haar post niet meer opent. Bel [telefoonnummer]');
      expect(text).not.toContain('Jansen');
      await shot(page, 'shared');

      // Edited later: the stand-in is not hinted again, a new name is.
      await page.getByRole('button', { name: 'Bewerken' }).click();
      await page.locator('.rich-text__input').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Meneer Bakker hielp haar.');
      await page.getByText('1 mogelijk persoonsgegeven in de les').waitFor();
      expect(
        await page
          .getByRole('list', { name: '1 mogelijk persoonsgegeven in de les' })
          .getByRole('listitem')
          .allInnerTexts(),
      ).toEqual(['Naam: Meneer Bakker (vervangen: “Meneer B.”)']);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'edit-hints');
      await author.context.close();
      await trekker.context.close();
    });
  }

  it('the hints know the werkplaats’s own word list, as the server’s check does', async () => {
    const { context, page } = await newPage(browser, { width: 1366, height: 900 });
    await signIn(page, DEMO.arena);
    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('link', { name: LONELINESS }).click();
    await page.getByRole('link', { name: 'Een les vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Een les vastleggen' }).waitFor();
    await page.getByLabel('Titel').fill('Samen koken');
    await page.locator('.rich-text__input').click();
    // "Daalseweg" is on the demo werkplaats's list (a street, no house number: the package alone would not hint it).
    await page.keyboard.type('We spraken af in het buurthuis aan de Daalseweg.');
    const hints = page.getByRole('list', { name: '1 mogelijk persoonsgegeven in de les' });
    await hints.waitFor();
    expect(await hints.getByRole('listitem').allInnerTexts()).toEqual([
      'Woord uit de lijst van de werkplaats: Daalseweg (vervangen: “[plaats]”)',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
