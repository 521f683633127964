import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  api,
  atelierId,
  axeViolations,
  focused,
  launchBrowser,
  newPage,
  newPerson,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';

/**
 * Editing after creation: the trekker edits an insight in place; a member edits and deletes her own reaction;
 * leaving a form with unsaved text asks first. On a laptop and on a phone, keyboard first, axe clean.
 */
describe('editing after creation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  /** The page fits a 320 px screen too (WCAG reflow), then back to the test's own width. */
  async function fitsAt320(page: Page, viewport: { width: number; height: number }) {
    await page.setViewportSize({ width: 320, height: viewport.height });
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.setViewportSize(viewport);
  }

  /** The trekker composes a fresh insight of two lessons (through the API) and takes it to `rungs`. */
  async function insightBy(context: BrowserContext, title: string, rungs: string[]): Promise<string> {
    const atelier = await atelierId(context, LONELINESS);
    const lessons = await api<{ atelier: { lessons: { edges: { node: { id: string } }[] } } }>(
      context,
      'query($a: ID!) { atelier(id: $a) { lessons(first: 2, visibility: ARENA) { edges { node { id } } } } }',
      { a: atelier },
    );
    const made = await api<{ createInsight: { id: string } }>(
      context,
      'mutation($a: ID!, $i: CreateInsightInput!) { createInsight(atelierId: $a, input: $i) { id } }',
      {
        a: atelier,
        i: {
          title,
          body: '<p>Waar iemand je bij naam kent, kom je terug.</p>',
          conditions: ['SOCIAL_COHESION'],
          lessonIds: lessons.atelier.lessons.edges.map((e) => e.node.id),
        },
      },
    );
    for (const visibility of rungs) {
      await api(
        context,
        'mutation($id: ID!, $v: Visibility!) { setInsightVisibility(id: $id, visibility: $v) { id } }',
        { id: made.createInsight.id, v: visibility },
      );
    }
    return made.createInsight.id;
  }

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const px = `${viewport.width} px`;

    it(`the trekker edits an insight in place, and leaving the edit with changed text asks first (${px})`, async () => {
      const shot = screenshots(`editing-${viewport.width}`);
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.trekker);
      const title = `Ontmoeting vraagt een vaste plek ${viewport.width}`;
      const id = await insightBy(context, title, []);
      await page.goto(`${DEMO_WORKSHOP}/inzichten/${encodeURIComponent(id)}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();

      await page.getByRole('button', { name: 'Bewerken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Inzicht bewerken' }).waitFor();
      expect(await focused(page)).toBe('Inzicht bewerken');
      const name = page.getByLabel('Titel van het inzicht');
      expect(await name.inputValue()).toBe(title);
      await page.getByRole('checkbox').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
      await fitsAt320(page, viewport);
      await shot(page, 'insight-edit');

      // Changed, then a link away: asked first, focus on the safe choice, which stays.
      await name.fill(`${title}, en een vast gezicht`);
      await page.getByRole('link', { name: LONELINESS }).first().click();
      const ask = page.getByRole('dialog', { name: 'Pagina verlaten?' });
      await ask.waitFor();
      expect(await focused(page)).toBe('Annuleren');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'leave-asked');
      await ask.getByRole('button', { name: 'Annuleren' }).click();
      await ask.waitFor({ state: 'hidden' });
      expect(await name.inputValue()).toBe(`${title}, en een vast gezicht`);

      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByRole('heading', { level: 1, name: `${title}, en een vast gezicht` }).waitFor();
      await page.getByRole('status').getByText('Het inzicht is bijgewerkt.').waitFor();
      expect(await focused(page)).toBe('Bewerken');
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
      await shot(page, 'insight-saved');
      await context.close();
    });

    it(`a member edits and deletes her own reaction (${px})`, async () => {
      const shot = screenshots(`editing-${viewport.width}`);
      const trekker = await newPage(browser);
      await signIn(trekker.page, DEMO.trekker);
      const title = `Wie je kent, daar kom je terug ${viewport.width}`;
      const id = await insightBy(trekker.context, title, ['TRIBUNE']);
      await trekker.context.close();

      const { context, page } = await newPerson(browser, 'Rosa Reageert', viewport);
      await api(context, 'mutation($a: ID!) { joinAtelier(atelierId: $a, role: TRIBUNE) { role } }', {
        a: await atelierId(context, LONELINESS),
      });
      await page.goto(`${DEMO_WORKSHOP}/inzichten/${encodeURIComponent(id)}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const reactions = page.getByRole('region', { name: /Reacties/ });
      await reactions.getByLabel('Jouw reactie').fill('Bij ons in Malburgen ook.');
      await reactions.getByRole('button', { name: 'Reageren' }).click();
      const mine = reactions.getByRole('listitem').filter({ hasText: 'Rosa Reageert' });
      await mine.getByText('Bij ons in Malburgen ook.').waitFor();

      // Edit in place, by keyboard: the text gets the focus, saving brings it back to "Bewerken".
      await mine.getByRole('button', { name: 'Bewerken' }).focus();
      await page.keyboard.press('Enter');
      const edit = mine.getByLabel('Je reactie bewerken');
      await edit.waitFor();
      // The editor (loaded with the form) takes the focus.
      await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
      expect(await axeViolations(page)).toEqual([]);
      await fitsAt320(page, viewport);
      await shot(page, 'reaction-edit');
      await edit.fill('Bij ons in Malburgen en Presikhaaf ook.');
      await mine.getByRole('button', { name: 'Opslaan' }).click();
      await mine.getByText('Bij ons in Malburgen en Presikhaaf ook.').waitFor();
      await mine.getByText(/bewerkt/).waitFor();
      await reactions.getByRole('status').getByText('Je reactie is bijgewerkt.').waitFor();
      expect(await focused(page)).toBe('Bewerken');
      expect(await sidewaysOverflow(page)).toBe(0);
      await shot(page, 'reaction-edited');

      // Deleting asks first, with the focus on "Annuleren".
      await mine.getByRole('button', { name: 'Verwijderen' }).click();
      const ask = page.getByRole('dialog', { name: 'Reactie verwijderen?' });
      await ask.waitFor();
      expect(await focused(page)).toBe('Annuleren');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'reaction-delete-asked');
      await ask.getByRole('button', { name: 'Verwijderen' }).click();
      await reactions.getByRole('status').getByText('Je reactie is verwijderd.').waitFor();
      await reactions.getByRole('heading', { name: 'Reacties (0)' }).waitFor();
      expect(await reactions.getByText('Bij ons in Malburgen en Presikhaaf ook.').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'reaction-deleted');
      await context.close();
    });

    it(`leaving the lesson form with text asks first (${px})`, async () => {
      const shot = screenshots(`editing-${viewport.width}`);
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.arena);
      const atelier = await atelierId(context, LONELINESS);
      await page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(atelier)}/les`);
      await page.getByRole('heading', { level: 1, name: 'Een les vastleggen' }).waitFor();

      // Nothing typed yet: the link leads away without a question.
      await page.getByRole('link', { name: 'Terug naar het atelier' }).click();
      await page.getByRole('heading', { level: 1, name: LONELINESS }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Een les vastleggen' }).waitFor();

      await page.getByLabel('Titel', { exact: true }).fill('Een vaste tafel in de bibliotheek');
      await page.getByRole('link', { name: 'Terug naar het atelier' }).click();
      const ask = page.getByRole('dialog', { name: 'Pagina verlaten?' });
      await ask.waitFor();
      expect(await focused(page)).toBe('Annuleren');
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
      await shot(page, 'lesson-leave-asked');
      await page.keyboard.press('Escape');
      await ask.waitFor({ state: 'hidden' });
      expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe(
        'Een vaste tafel in de bibliotheek',
      );

      await page.getByRole('link', { name: 'Terug naar het atelier' }).click();
      await ask.getByRole('button', { name: 'Verlaten zonder opslaan' }).click();
      await page.getByRole('heading', { level: 1, name: LONELINESS }).waitFor();
      await context.close();
    });
  }

  it('a reaction that names a resident is not refused but resolved: the name replaced, on sending and on editing (390 px)', async () => {
    const viewport = { width: 390, height: 844 };
    const shot = screenshots('editing-390');
    const trekker = await newPage(browser);
    await signIn(trekker.page, DEMO.trekker);
    const title = 'Wie je kent, daar kom je terug (reactie met een naam)';
    const id = await insightBy(trekker.context, title, ['TRIBUNE']);
    await trekker.context.close();

    const { context, page } = await newPerson(browser, 'Rosa Reageert', viewport);
    await api(context, 'mutation($a: ID!) { joinAtelier(atelierId: $a, role: TRIBUNE) { role } }', {
      a: await atelierId(context, LONELINESS),
    });
    await page.goto(`${DEMO_WORKSHOP}/inzichten/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const reactions = page.getByRole('region', { name: /Reacties/ });
    await reactions.getByLabel('Jouw reactie').fill('Mevrouw Jansen uit onze buurtkamer zei precies dit.');
    await reactions.getByRole('button', { name: 'Reageren' }).click();

    // The check's dialog, one choice per finding, the focus on "Annuleren"; replacing is the first choice.
    const dialog = page.getByRole('dialog', { name: 'Eerst persoonsgegevens nakijken' });
    await dialog.waitFor();
    expect(await focused(page)).toBe('Annuleren');
    expect(await dialog.getByRole('radio', { name: 'Vervang door “Mevrouw A.”' }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'reaction-personal-data');
    await dialog.getByRole('button', { name: 'Aanpassen en delen' }).click();
    const mine = reactions.getByRole('listitem').filter({ hasText: 'Rosa Reageert' });
    await mine.getByText('Mevrouw A. uit onze buurtkamer zei precies dit.').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Jansen');

    // Editing it with a new name: the same check, the same way out.
    await mine.getByRole('button', { name: 'Bewerken' }).click();
    await mine.getByLabel('Je reactie bewerken').fill('Mevrouw A. en meneer Bakker zeiden precies dit.');
    await mine.getByRole('button', { name: 'Opslaan' }).click();
    const again = page.getByRole('dialog', { name: 'Eerst persoonsgegevens nakijken' });
    await again.waitFor();
    await again.getByRole('button', { name: 'Aanpassen en delen' }).click();
    await mine.getByText(/Mevrouw A\. en meneer [B-Z]\. zeiden precies dit\./).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Bakker');
    expect(await sidewaysOverflow(page)).toBe(0);
    await context.close();
  });
});
