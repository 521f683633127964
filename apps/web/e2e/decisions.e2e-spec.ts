import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  atelierId,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** A datetime-local value `days` from now at 10:00 (the browser's own time). */
function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
}

async function openDecisions(page: Page, id: string) {
  await page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(id)}`);
  const region = page.getByRole('region', { name: 'Besluiten' });
  await region.waitFor();
  return region;
}

/** Switches the page to English: behind the menu on a phone. */
async function toEnglish(page: Page) {
  const menu = page.locator('.menu-toggle');
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'Switch to English' }).click();
}

async function clean(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
}

/**
 * A decision in the arena (issue 22), from proposal to planned activity: an arena member proposes on the atelier
 * page; a block without a reason is refused, a stance with one taken; the trekker agrees; the proposer closes it and
 * records the outcome with a review date; the trekker plans an activity from it, pre-filled, and the activity links
 * back. A tribune member sees no Besluiten at all. A ranked poll is answered by keyboard. Axe finds nothing, at 1366
 * and 390 px, in Dutch and in English.
 */
describe('a decision in the arena', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const [label, viewport] of [
    ['wide', WIDE],
    ['phone', PHONE],
  ] as const) {
    it(`goes from proposal to stances to outcome to a planned activity, at ${viewport.width} px`, async () => {
      const shot = screenshots(`decisions-${label}`);
      const title = `Maandelijkse ontmoetingsochtend (${label})`;

      // The arena member proposes.
      const arena = await newPage(browser, viewport);
      await signIn(arena.page, DEMO.arena);
      const id = await atelierId(arena.context, LONELINESS);
      const decisions = await openDecisions(arena.page, id);
      await decisions.getByRole('button', { name: 'Nieuw voorstel of peiling' }).click();
      await decisions.getByLabel('Titel').fill(title);
      await decisions.getByLabel('Sluit op').fill(inDays(7));
      await clean(arena.page);
      await shot(arena.page, 'propose');
      await decisions.getByRole('button', { name: 'Voorstel openen' }).click();
      await arena.page.getByRole('heading', { level: 1, name: title }).waitFor();
      const proposalUrl = arena.page.url();

      // A block needs a reason: refused, with the focus on what to fix; then a stance with a reason.
      const stance = arena.page.getByRole('group', { name: 'Jouw standpunt' });
      await stance.getByRole('radio', { name: 'Blokkeren' }).check();
      await arena.page.getByRole('button', { name: 'Standpunt opslaan' }).click();
      await arena.page.getByText('Geef een reden als je blokkeert.').waitFor();
      expect(await arena.page.getByLabel('Reden').evaluate((el) => el === document.activeElement)).toBe(true);
      await stance.getByRole('radio', { name: 'Oneens' }).check();
      await arena.page.getByLabel('Reden').fill('Liever om de week');
      await arena.page.getByRole('button', { name: 'Standpunt opslaan' }).click();
      await arena.page.getByText('Opgeslagen. Je kunt het veranderen tot het voorstel sluit.').waitFor();
      const results = arena.page.getByRole('region', { name: 'Uitslag' });
      await results.getByText('1 persoon reageerde.').waitFor();
      await clean(arena.page);
      await shot(arena.page, 'stance');

      // The trekker agrees.
      const trekker = await newPage(browser, viewport);
      await signIn(trekker.page, DEMO.trekker);
      await trekker.page.goto(proposalUrl);
      await trekker.page.getByRole('heading', { level: 1, name: title }).waitFor();
      await trekker.page.getByRole('radio', { name: 'Eens', exact: true }).check();
      await trekker.page.getByRole('button', { name: 'Standpunt opslaan' }).click();
      await trekker.page.getByText('2 mensen reageerden.').waitFor();
      const who = trekker.page.getByRole('region', { name: 'Wie koos wat' });
      await who.getByRole('cell', { name: 'Liever om de week' }).waitFor();

      // The proposer closes it and records the outcome, with a review date.
      await arena.page.reload();
      await arena.page.getByRole('button', { name: 'Nu sluiten' }).click();
      await arena.page.getByText('Dit voorstel is gesloten; standpunten veranderen niet meer.').waitFor();
      await arena.page
        .getByLabel('Wat is er besloten?')
        .fill('We houden elke maand een ontmoetingsochtend in het buurthuis.');
      await arena.page.getByLabel('Herzien op (niet verplicht)').fill(inDays(90).slice(0, 10));
      await arena.page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await arena.page.getByText('Het besluit is vastgelegd. De arena krijgt een melding.').waitFor();
      await clean(arena.page);
      await shot(arena.page, 'outcome');
      // It is in the atelier's decisions, with its date.
      const list = await openDecisions(arena.page, id);
      await list
        .getByRole('listitem')
        .filter({ has: arena.page.getByRole('link', { name: title }) })
        .getByText('We houden elke maand een ontmoetingsochtend in het buurthuis.')
        .waitFor();

      // The trekker plans an activity from it: the form starts from the decision.
      await trekker.page.reload();
      await trekker.page.getByRole('button', { name: 'Activiteit plannen' }).click();
      expect(await trekker.page.getByLabel('Titel', { exact: true }).inputValue()).toBe(title);
      await trekker.page.getByLabel('Begint op').fill(inDays(21));
      await trekker.page.getByLabel('Adres of plek').fill('Buurthuis De Ster');
      await clean(trekker.page);
      await shot(trekker.page, 'plan');
      await trekker.page.getByRole('button', { name: 'Activiteit plannen' }).click();
      const fromIt = trekker.page.getByRole('region', { name: 'Activiteiten uit dit besluit' });
      await fromIt.getByRole('link', { name: title }).click();
      await trekker.page.getByText('Gepland uit het besluit').waitFor();
      await trekker.page.getByRole('link', { name: title }).waitFor();
      await clean(trekker.page);

      // A tribune member sees no decisions on the atelier page, and the proposal's address finds nothing.
      const tribune = await newPage(browser, viewport);
      await signIn(tribune.page, DEMO.tribune);
      await tribune.page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(id)}`);
      await tribune.page.getByRole('heading', { level: 2, name: 'Vragen' }).waitFor();
      expect(await tribune.page.getByRole('region', { name: 'Besluiten' }).count()).toBe(0);
      await tribune.page.goto(proposalUrl);
      await tribune.page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await tribune.page.getByText(title).count()).toBe(0);

      // The proposal in English.
      await arena.page.goto(proposalUrl);
      await toEnglish(arena.page);
      await arena.page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
      await arena.page.getByRole('heading', { level: 2, name: 'Who chose what' }).waitFor();
      await clean(arena.page);
      await shot(arena.page, 'english');
      for (const p of [arena, trekker, tribune]) await p.context.close();
    });
  }

  it('ranks a poll by keyboard and states how it is counted, in English at 390 px', async () => {
    const shot = screenshots('decisions-poll');
    const arena = await newPage(browser, PHONE);
    await signIn(arena.page, DEMO.arena);
    const id = await atelierId(arena.context, LONELINESS);
    const decisions = await openDecisions(arena.page, id);
    await toEnglish(arena.page);
    const region = arena.page.getByRole('region', { name: 'Decisions' });
    await region.getByRole('button', { name: 'New proposal or poll' }).click();
    await region.getByRole('radio', { name: /^Poll/ }).check();
    await region.getByRole('radio', { name: 'Rank all choices' }).check();
    await region.getByLabel('Title').fill('Where do we meet?');
    await region.getByLabel('Choice 1').fill('Community centre');
    await region.getByLabel('Choice 2').fill('Library');
    await region.getByRole('button', { name: 'Add a choice' }).click();
    await region.getByLabel('Choice 3').fill('Online');
    await region.getByLabel('Closes on').fill(inDays(5));
    await region.getByRole('button', { name: 'Open the proposal' }).click();
    await arena.page.getByRole('heading', { level: 1, name: 'Where do we meet?' }).waitFor();
    expect(decisions).toBeTruthy();

    // Move "Online" to the top by keyboard: focus its up button and press Enter twice.
    await arena.page.getByRole('button', { name: 'Move Online up' }).focus();
    await arena.page.keyboard.press('Enter');
    expect(await arena.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move Online up',
    );
    await arena.page.keyboard.press('Enter');
    const order = await arena.page.locator('.decision-ranking__label').allTextContents();
    expect(order).toEqual(['Online', 'Community centre', 'Library']);
    await arena.page.getByRole('button', { name: 'Save choice' }).click();
    await arena.page.getByText('Saved. You can change it until the proposal closes.').waitFor();
    const results = arena.page.getByRole('region', { name: 'Results' });
    await results.getByText(/Counted by Borda: with 3 choices a first place gets 2 points/).waitFor();
    await results.getByRole('row', { name: /Online 1 2/ }).waitFor();
    await clean(arena.page);
    await shot(arena.page, 'ranked');
    await arena.context.close();
  });
});
