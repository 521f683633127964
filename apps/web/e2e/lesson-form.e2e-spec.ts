import type { Browser } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  api,
  atelierId,
  axeViolations,
  launchBrowser,
  newPage,
  newPerson,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';

/**
 * The lesson form: level and domain are the author's choice (no default, asked for when missing, set apart from
 * the conditions), a preview shows the lesson as its readers will see it, and its author moves it to another
 * practice they take part in.
 */
describe('the lesson form', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`chooses level and domain, previews, saves and moves a lesson (${viewport.width} px)`, async () => {
      const shot = screenshots(`lesson-form-${viewport.width}`);
      const trekker = await newPage(browser);
      await signIn(trekker.page, DEMO.trekker);
      // An author in the arena and in two practices (through the API; the partner journey does it by hand).
      const author = await newPerson(browser, 'Lotte Vorm', viewport);
      const loneliness = await atelierId(author.context, LONELINESS);
      const asked = await api<{ requestToJoin: { id: string } }>(
        author.context,
        'mutation($a: ID!) { requestToJoin(atelierId: $a, role: ARENA) { id } }',
        { a: loneliness },
      );
      await api(trekker.context, 'mutation($id: ID!) { decideJoinRequest(id: $id, accept: true) { id } }', {
        id: asked.requestToJoin.id,
      });
      await trekker.context.close();
      const { atelier } = await api<{ atelier: { practices: { id: string; title: string }[] } }>(
        author.context,
        'query($a: ID!) { atelier(id: $a) { practices { id title } } }',
        { a: loneliness },
      );
      for (const title of ['Buurtkamer Hatert', 'Ontmoetingstafel Malburgen']) {
        const practice = atelier.practices.find((p) => p.title === title)!;
        await api(author.context, 'mutation($p: ID!) { joinPractice(practiceId: $p) { id } }', {
          p: practice.id,
        });
      }

      const page = author.page;
      await page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(loneliness)}/les`);
      await page.getByRole('heading', { level: 1, name: 'Een les vastleggen' }).waitFor();
      const facets = page.getByRole('group', { name: 'Niveau en domein' });
      // Nothing chosen for the author: both say "Kies …".
      expect(await facets.getByLabel('Niveau', { exact: true }).inputValue()).toBe('');
      await facets.getByText('Kies een niveau…').waitFor({ state: 'attached' });
      expect(await facets.getByLabel('Domein', { exact: true }).inputValue()).toBe('');
      // Apart from the conditions' checkboxes.
      expect(await facets.getByRole('checkbox').count()).toBe(0);
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await facets.getByText('Kies een niveau.').waitFor();
      await facets.getByText('Kies een domein.').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      const title = `Samen koken verbindt (${viewport.width})`;
      await page.getByLabel('Titel').fill(title);
      await page.locator('.rich-text__input').click();
      await page.keyboard.type('Wie samen kookt, blijft daarna vaker hangen voor een gesprek.');
      await page.getByRole('checkbox', { name: /Sociale cohesie/ }).check();
      await facets.getByLabel('Niveau', { exact: true }).selectOption({ label: 'Groep' });
      await facets.getByLabel('Domein', { exact: true }).selectOption({ label: 'Zorg' });
      await page.getByLabel('Lerende praktijk').selectOption({ label: 'Buurtkamer Hatert (Nijmegen)' });

      await page.getByRole('button', { name: 'Voorbeeld' }).click();
      const preview = page.getByRole('region', { name: 'Zo ziet je les eruit voor wie hem leest' });
      await preview.getByRole('heading', { name: title }).waitFor();
      await preview.getByText('Wie samen kookt, blijft daarna vaker hangen voor een gesprek.').waitFor();
      await preview.getByText('Sociale cohesie').waitFor();
      await preview.getByText('Niveau: Groep').waitFor();
      await preview.getByText('Domein: Zorg').waitFor();
      await preview
        .getByText('dan lezen de deelnemers van Buurtkamer Hatert hem (trede: Praktijk)')
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, 'preview');
      await page.getByRole('button', { name: 'Voorbeeld verbergen' }).click();
      await preview.waitFor({ state: 'detached' });

      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByText('Niveau: Groep').waitFor();
      await page.getByText('Domein: Zorg').waitFor();

      // Its author moves it to the other practice they take part in; the rung stays.
      const move = page.getByRole('region', { name: 'Naar een andere praktijk' });
      await move.getByRole('button', { name: 'Verplaatsen' }).click();
      await move.getByText('Kies een van de mogelijkheden.').waitFor();
      await move
        .getByLabel('Lerende praktijk')
        .selectOption({ label: 'Ontmoetingstafel Malburgen (Arnhem)' });
      await move.getByRole('button', { name: 'Verplaatsen' }).click();
      await move.getByRole('status').getByText('De les staat nu bij Ontmoetingstafel Malburgen.').waitFor();
      await page.getByText('Nu: Concept').waitFor();
      await page.locator('.lesson-page .meta').getByText('Ontmoetingstafel Malburgen').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, 'moved');
      await author.context.close();
    });
  }

  it('keeps what is typed before the editor has loaded, and goes on in the editor', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.arena);
    // A slow connection: the editor's script arrives only when the test lets it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/TipTapEditor-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(DEMO_WORKSHOP);
    await page.getByRole('link', { name: LONELINESS }).click();
    await page.getByRole('link', { name: 'Een les vastleggen' }).click();
    const body = page.getByRole('textbox', { name: 'Wat gebeurde er, en wat leerde je?' });
    expect(await body.evaluate((field) => field.tagName)).toBe('TEXTAREA');
    await body.click();
    await page.keyboard.type('Koffie om tien.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Wie kwam, bleef.');

    release();
    const editor = page.locator('.rich-text__input');
    await editor.waitFor();
    expect(await editor.locator('p').allInnerTexts()).toEqual(['Koffie om tien.', 'Wie kwam, bleef.']);
    expect(await page.getByRole('textbox', { name: 'Wat gebeurde er, en wat leerde je?' }).count()).toBe(1);
    // The focus went along, to the end of the text: typing simply goes on.
    await page.waitForFunction(() => document.activeElement?.classList.contains('rich-text__input'));
    await page.keyboard.type(' Ook op dinsdag.');
    expect(await editor.locator('p').allInnerTexts()).toEqual([
      'Koffie om tien.',
      'Wie kwam, bleef. Ook op dinsdag.',
    ]);
    await context.close();
  });
});
