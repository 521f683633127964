import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const WIDE = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The kind (eyebrow) and title of every result, as the reader sees them. */
function results(page: Page) {
  return page.locator('.card-list > li').evaluateAll((cards) =>
    cards.map((card) => ({
      kind: card.querySelector('.eyebrow')?.textContent ?? '',
      title: card.querySelector('h2')?.textContent ?? '',
    })),
  );
}

/** Search from the header: Dutch stemming, and nothing below the reader's rung. */
describe('search', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('finds what the reader may read, and not the arena’s work', async () => {
    const shot = screenshots('search');
    const { context, page } = await newPage(browser);
    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('ontmoetingen');
    await page.getByRole('search').getByRole('button', { name: 'Zoek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoeken' }).waitFor();
    await page.getByRole('link', { name: 'Ontmoeting is het begin, niet het doel' }).waitFor();
    // The snippet marks the matching words (stemmed: "ontmoetingen" marks "ontmoeting").
    await page.locator('.search__headline mark').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'visitor');

    await signIn(page, DEMO.tribune);
    await page.goto('/zoeken?q=vaste%20dag');
    await page
      .getByRole('status')
      .or(page.getByText(/Niets gevonden/))
      .first()
      .waitFor();
    // "Een vaste dag en tijd geeft houvast" sits in the arena: a tribune member never finds it.
    expect(await page.getByRole('link', { name: 'Een vaste dag en tijd geeft houvast' }).count()).toBe(0);
    await shot(page, 'tribune');

    await signIn(page, DEMO.arena);
    await page.goto('/zoeken?q=vaste%20dag');
    await page.getByRole('link', { name: 'Een vaste dag en tijd geeft houvast' }).waitFor();
    await shot(page, 'arena');
    await context.close();
  });

  it('says so when a search holds characters that cannot be read, instead of blaming the connection', async () => {
    const { context, page } = await newPage(browser);
    // A NUL character, as pasted from a broken document; the API refuses it as bad input.
    await page.goto('/w/arnhem-nijmegen/zoeken?q=eenzaam%00heid');
    const alert = page.getByRole('alert');
    await alert.getByText('Hierin staan tekens die we niet kunnen lezen').waitFor();
    expect(await alert.getByText(/Controleer je verbinding/).count()).toBe(0);
    // Asking again would not help, so there is no retry button; the search box is there to change it.
    expect(await page.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('eenzaamheid');
    await page.getByRole('search').getByRole('button', { name: 'Zoek' }).click();
    await page
      .getByRole('status')
      .getByText(/eenzaamheid/)
      .waitFor();
    await context.close();
  });

  for (const [label, viewport] of [
    ['wide', WIDE],
    ['phone', PHONE],
  ] as const) {
    it(`narrows a search by kind and condition, by keyboard, kept in the address, at ${viewport.width} px`, async () => {
      const shot = screenshots('search');
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.tribune);
      await page.goto(`${DEMO_WORKSHOP}/zoeken?q=ontmoeting`);
      await page
        .getByRole('status')
        .getByText(/\d+ resultaten voor "ontmoeting"/)
        .waitFor();
      const all = await results(page);
      // Kwesties and the tribune's activities are found too, not only lessons.
      expect(all.map((r) => r.kind)).toEqual(
        expect.arrayContaining(['Sociale kwestie', 'Tribune-activiteit', 'Les']),
      );
      // Matches are marked, from plain text: no markup of the server's in the page.
      await page.locator('.search__headline mark').first().waitFor();
      expect(await page.locator('.search__headline *:not(mark)').count()).toBe(0);
      await shot(page, `${label}-all-kinds`);
      // On a phone the filters are folded away under one button, which says how many are chosen.
      if (viewport === PHONE) await page.getByRole('button', { name: 'Filters', exact: true }).click();

      // The kind chips are checkboxes: Tab to one and Space to choose it.
      const activities = page.getByRole('checkbox', { name: 'Activiteiten' });
      await activities.focus();
      await page.keyboard.press('Space');
      await page.waitForURL((url) => url.searchParams.get('soort') === 'activiteit');
      const status = page
        .getByRole('status')
        .getByText(/\d+ resultaa?te?n? voor "ontmoeting" met deze filters/);
      await status.waitFor();
      // Other specs of the run plan activities too (the decisions spec an "ontmoetingsochtend"), so the demo's
      // theme discussion is one of what is found, every result is an activity, and the count says how many.
      const activitiesFound = await results(page);
      expect(activitiesFound).toEqual(
        expect.arrayContaining([
          { kind: 'Tribune-activiteit', title: 'Themabespreking: van ontmoeting naar contact' },
        ]),
      );
      expect(activitiesFound.every((r) => /activiteit$/i.test(r.kind))).toBe(true);
      expect(await status.textContent()).toMatch(new RegExp(`^${activitiesFound.length} resulta`));
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `${label}-activities`);

      // A condition: only lessons and insights say which they speak to, and the page says so.
      await activities.focus();
      await page.keyboard.press('Space');
      await page.getByLabel('Voorwaarde').selectOption({ label: 'Sociale cohesie' });
      await page.waitForURL(
        (url) => url.searchParams.get('voorwaarde') === 'SOCIAL_COHESION' && !url.searchParams.has('soort'),
      );
      await page.getByText('met een voorwaarde zoek je alleen daarin').waitFor();
      await page
        .getByRole('status')
        .getByText(/met deze filters/)
        .waitFor();
      const cohesion = await results(page);
      expect(cohesion.length).toBeGreaterThan(0);
      expect(cohesion.every((r) => r.kind === 'Les' || r.kind === 'Inzicht')).toBe(true);

      // The address holds the search: a reload (or a shared link) shows the same.
      await page.reload();
      await page.locator('.card-list > li').first().waitFor();
      expect(await page.getByLabel('Voorwaarde').inputValue()).toBe('SOCIAL_COHESION');
      expect(await results(page)).toEqual(cohesion);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `${label}-condition`);
      // On a phone the reloaded page folds the filters again; the button counts the one chosen.
      if (viewport === PHONE) await page.getByRole('button', { name: 'Filters (1)' }).click();

      // Activities with a condition find nothing: the empty state says to loosen a filter, and clears them.
      await activities.focus();
      await page.keyboard.press('Space');
      await page
        .getByText(/Niets gevonden voor "ontmoeting" met deze filters\. Haal een filter weg/)
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `${label}-empty`);
      await page.locator('.state--empty').getByRole('button', { name: 'Filters wissen' }).click();
      await page.waitForURL((url) => url.search === '?q=ontmoeting');
      await page.waitForFunction(
        (n) => document.querySelectorAll('.card-list > li').length === n,
        all.length,
      );
      await context.close();
    });
  }

  it('a visitor finds no tribune activity, even by asking for them only (at 320 px)', async () => {
    const { context, page } = await newPage(browser, { width: 320, height: 720 });
    await page.goto(`${DEMO_WORKSHOP}/zoeken?q=ontmoeting&soort=activiteit`);
    await page.getByText(/Niets gevonden voor "ontmoeting" met deze filters/).waitFor();
    expect(await page.locator('.card-list > li').count()).toBe(0);
    // The filters, folded on so narrow a screen, say one is chosen; opened, it is the kind asked for.
    await page.getByRole('button', { name: 'Filters (1)' }).click();
    expect(await page.getByRole('checkbox', { name: 'Activiteiten' }).isChecked()).toBe(true);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
