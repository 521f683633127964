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

const WIDE = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844 };
const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';
const NOT_FOLLOWED = 'Leeratelier Samen wonen in de wijk';

/** The condition tags and atelier names of the feed's items, as the reader sees them. */
function items(page: Page) {
  return page.locator('.feed-item').evaluateAll((cards) =>
    cards.map((card) => ({
      eyebrow: card.querySelector('.eyebrow')?.textContent ?? '',
      tags: [...card.querySelectorAll('.tags li')].map((li) => li.textContent ?? ''),
      excerpt: card.querySelector('.feed-item__excerpt')?.textContent ?? '',
    })),
  );
}

/**
 * The tribune's feed with excerpts, narrowed by atelier and condition from the address (so it can be reloaded and
 * shared), and the atelier page that tells who doesn't read its activities what reading them takes.
 */
describe('feed filters and the atelier page’s activities', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const [label, viewport] of [
    ['wide', WIDE],
    ['phone', PHONE],
  ] as const) {
    it(`narrows the feed by atelier and condition, kept in the address, at ${viewport.width} px`, async () => {
      const shot = screenshots('feed-filters');
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.tribune);
      await page.goto(`${DEMO_WORKSHOP}/tribune`);
      await page.getByRole('heading', { level: 1, name: 'Tribune' }).waitFor();
      await page.locator('.feed-item').first().waitFor();
      // Every item says what it is about in a few plain words.
      const all = await items(page);
      expect(all.every((i) => i.excerpt.length > 0 && !/[<>]/.test(i.excerpt))).toBe(true);
      expect(all.some((i) => i.excerpt.endsWith('…'))).toBe(true);
      await shot(page, `${label}-feed`);

      await page.getByLabel('Atelier').selectOption({ label: LONELINESS });
      await page.getByLabel('Voorwaarde').selectOption({ label: 'Sociale cohesie' });
      await page.waitForURL((url) => url.searchParams.get('voorwaarde') === 'SOCIAL_COHESION');
      await page
        .getByRole('status')
        .getByText(/met dit filter/)
        .waitFor();
      // The count is said before the narrowed list is drawn: read the list once it is there.
      await page.locator('.feed-item').first().waitFor();
      const narrowed = await items(page);
      expect(narrowed.length).toBeGreaterThan(0);
      expect(
        narrowed.every((i) => i.eyebrow.includes(LONELINESS) && i.tags.includes('Sociale cohesie')),
      ).toBe(true);

      // The address holds the filter: a reload (or a shared link) shows the same narrowed feed.
      await page.reload();
      await page.locator('.feed-item').first().waitFor();
      expect(await page.getByLabel('Voorwaarde').inputValue()).toBe('SOCIAL_COHESION');
      expect(await items(page)).toEqual(narrowed);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `${label}-filtered`);

      // Clearing by keyboard brings everything back.
      await page.getByRole('button', { name: 'Filters wissen' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.search === '');
      await page.getByRole('button', { name: 'Filters wissen' }).waitFor({ state: 'detached' });
      await page.waitForFunction((n) => document.querySelectorAll('.feed-item').length === n, all.length);
      await context.close();
    });
  }

  it('a shared link to an atelier one does not follow shows an empty state, not its lessons', async () => {
    const shot = screenshots('feed-filters');
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, DEMO.tribune);
    const other = await atelierId(context, NOT_FOLLOWED);
    await page.goto(`${DEMO_WORKSHOP}/tribune?atelier=${encodeURIComponent(other)}`);
    await page
      .getByText('Met dit filter is er niets gedeeld in de ateliers die je volgt.', { exact: false })
      .waitFor();
    expect(await page.locator('.feed-item').count()).toBe(0);
    expect(await page.getByLabel('Atelier').locator('option:checked').textContent()).toBe(
      'Een atelier dat je niet volgt',
    );
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'phone-not-followed');
    await context.close();
  });

  it('the atelier page tells a visitor and a non-follower how to see its activities, never "none planned"', async () => {
    const shot = screenshots('feed-filters');
    for (const [label, viewport] of [
      ['wide', WIDE],
      ['phone', PHONE],
    ] as const) {
      const visitor = await newPage(browser, viewport);
      const id = await atelierId(visitor.context, LONELINESS);
      await visitor.page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(id)}`);
      const box = visitor.page.locator('section[aria-labelledby="binnenkort"]');
      await box
        .getByText('De activiteiten van dit atelier zijn voor wie het volgt vanaf de tribune.')
        .waitFor();
      expect(await box.getByText('Er zijn geen activiteiten gepland').count()).toBe(0);
      await box.getByRole('link', { name: 'Log in om mee te doen.' }).waitFor();
      expect(await axeViolations(visitor.page)).toEqual([]);
      await box.scrollIntoViewIfNeeded();
      await shot(visitor.page, `${label}-atelier-visitor`);
      await visitor.context.close();

      const member = await newPage(browser, viewport);
      await signIn(member.page, DEMO.tribune);
      const other = await atelierId(member.context, NOT_FOLLOWED);
      await member.page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(other)}`);
      const card = member.page.locator('section[aria-labelledby="binnenkort"]');
      await card
        .getByText('De activiteiten van dit atelier zie je als je het volgt vanaf de tribune.')
        .waitFor();
      // The link leads to the card where one follows the atelier, by keyboard too.
      await card.getByRole('link', { name: 'Volg dit atelier' }).focus();
      await member.page.keyboard.press('Enter');
      await member.page.waitForURL((url) => url.hash === '#meedoen');
      expect(await axeViolations(member.page)).toEqual([]);
      await shot(member.page, `${label}-atelier-not-following`);
      await member.context.close();
    }
  });
});
