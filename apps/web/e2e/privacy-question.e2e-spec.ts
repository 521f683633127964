import type { Browser } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  api,
  atelierId,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';

/**
 * Personal data in a question is caught before it leaves the arena, and resolved there rather than refused (issue
 * 20): the trekker shares an answered question that names a resident and a phone number, is shown both findings
 * with one action each, replaces the name and keeps the number with a reason, and the question reaches the tribune
 * with the stand-in in its text. Axe on the check's dialog and on the shared question, at 1366 and 390 px.
 */
describe('personal data in a question before it is shared', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`the trekker pseudonymises a name, keeps a number with a reason and shares the question (${viewport.width} px)`, async () => {
      const shot = screenshots(`privacy-question-${viewport.width}`);
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.trekker);
      const title = `Wie belt er terug na de buurtkamer (${viewport.width} px)?`;
      const added = await api<{ addQuestion: { id: string } }>(
        context,
        'mutation($i: AddQuestionInput!) { addQuestion(input: $i) { id } }',
        {
          i: {
            atelierId: await atelierId(context, LONELINESS),
            title,
            body: 'Mevrouw Jansen vroeg wie haar terugbelt. Het buurtteam is bereikbaar op 06-12345678.',
          },
        },
      );
      const id = added.addQuestion.id;
      await api(
        context,
        'mutation($id: ID!, $i: UpdateQuestionInput!) { updateQuestion(id: $id, input: $i) { id } }',
        { id, i: { version: 1, status: 'ANSWERED' } },
      );

      await page.goto(`${DEMO_WORKSHOP}/vragen/${encodeURIComponent(id)}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('button', { name: 'Delen met: Tribune' }).click();
      const confirm = page.getByRole('dialog', { name: 'Delen met: Tribune?' });
      await confirm.getByRole('button', { name: 'Delen met: Tribune' }).click();

      // Not a dead end: the findings, each with its own choice, focus on "Annuleren".
      const dialog = page.getByRole('dialog', { name: 'Eerst persoonsgegevens nakijken' });
      await dialog.waitFor();
      expect(
        await dialog.getByRole('button', { name: 'Annuleren' }).evaluate((b) => b === document.activeElement),
      ).toBe(true);
      expect(await dialog.getByRole('group').count()).toBe(2);
      expect(await dialog.getByRole('radio', { name: 'Vervang door “Mevrouw A.”' }).isChecked()).toBe(true);
      const phone = dialog.getByRole('group', { name: /06-12345678/ });
      await phone.getByRole('radio', { name: 'Mag blijven, want …' }).check();
      await phone
        .getByLabel('Waarom mag dit blijven?')
        .fill('Het nummer van het buurtteam, geen privénummer');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'findings');

      await dialog.getByRole('button', { name: 'Aanpassen en delen' }).click();
      await page.getByText('Gedeeld: Tribune.').waitFor();
      const text = await page.locator('main').innerText();
      expect(text).toContain(
        'Mevrouw A. vroeg wie haar terugbelt. Het buurtteam is bereikbaar op 06-12345678.',
      );
      expect(text).not.toContain('Jansen');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'shared');
      await context.close();
    });
  }
});
