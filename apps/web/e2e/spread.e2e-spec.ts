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

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';

/** The numbers of one chart's table, by the row's name. */
async function tableOf(page: Page, title: string): Promise<Record<string, number>> {
  const rows = page.getByRole('region', { name: title }).getByRole('table').locator('tbody tr');
  const out: Record<string, number> = {};
  for (const row of await rows.all()) {
    const name = (await row.locator('th').innerText()).trim();
    out[name] = Number((await row.locator('td').first().innerText()).trim());
  }
  return out;
}
const total = async (page: Page) =>
  Number(
    /(\d+)/.exec(
      await page
        .getByRole('status')
        .filter({ hasText: /geteld/ })
        .innerText(),
    )?.[1],
  );

/**
 * The spread of the lessons by condition, level, domain and gemeente: for a werkplaats and for an atelier,
 * charts each with a table of the same numbers, narrowed by filters, counting only what the reader may read.
 */
describe('the spread views', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a visitor reads the werkplaats’s spread in tables, and a filter narrows every one', async () => {
    const shot = screenshots('spread');
    const { context, page } = await newPage(browser, { width: 1366, height: 900 });
    await page.goto(DEMO_WORKSHOP);
    await page
      .getByRole('navigation', { name: 'Deze werkplaats in beeld' })
      .getByRole('link', { name: 'Spreiding van de lessen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Spreiding van de lessen' }).waitFor();
    await page.getByRole('img', { name: /^Staafdiagram Per voorwaarde/ }).waitFor();
    const all = await total(page);
    expect(all).toBeGreaterThan(0);
    const levels = await tableOf(page, 'Per niveau');
    expect(Object.keys(levels)).toHaveLength(8);
    expect(Object.values(levels).reduce((a, b) => a + b, 0)).toBe(all);
    const conditions = await tableOf(page, 'Per voorwaarde');
    expect(Object.keys(conditions)).toEqual([
      'Sociaaleconomische zekerheid',
      'Sociale inclusie',
      'Sociale cohesie',
      'Sociale empowerment',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'werkplaats');

    // Only lessons about social cohesion: every table counts those, and the cohesion row is all of them.
    await page.getByLabel('Voorwaarde', { exact: true }).selectOption({ label: 'Sociale cohesie' });
    await page.waitForURL(/voorwaarde=SOCIAL_COHESION/);
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${conditions['Sociale cohesie']} les`) })
      .waitFor();
    const narrowed = await total(page);
    expect(narrowed).toBe(conditions['Sociale cohesie']);
    expect((await tableOf(page, 'Per voorwaarde'))['Sociale cohesie']).toBe(narrowed);
    const domains = await tableOf(page, 'Per domein');
    expect(Object.values(domains).reduce((a, b) => a + b, 0)).toBe(narrowed);
    await context.close();
  });

  it('the trekker reads her atelier’s spread, with the arena’s lessons, on a phone', async () => {
    const shot = screenshots('spread-phone');
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, DEMO.trekker);
    await page.goto(DEMO_WORKSHOP);
    await page.getByRole('link', { name: LONELINESS }).first().click();
    await page.getByRole('heading', { level: 1, name: LONELINESS }).waitFor();
    await page.getByRole('link', { name: 'Spreiding naar niveau, domein en gemeente' }).click();
    await page.getByRole('heading', { level: 1, name: 'Spreiding van de lessen' }).waitFor();
    await page.getByRole('link', { name: LONELINESS }).waitFor();
    const asTrekker = await total(page);
    const places = await tableOf(page, 'Per gemeente');
    expect(Object.keys(places)).toEqual(expect.arrayContaining(['Arnhem', 'Land van Cuijk', 'Nijmegen']));
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'atelier');

    // The same address read by a visitor counts fewer: the arena’s lessons are not theirs.
    const address = page.url();
    const visitor = await newPage(browser, { width: 390, height: 844 });
    await visitor.page.goto(address);
    await visitor.page.getByRole('heading', { level: 1, name: 'Spreiding van de lessen' }).waitFor();
    expect(await total(visitor.page)).toBeLessThan(asTrekker);
    await visitor.context.close();
    await context.close();
  });
});
