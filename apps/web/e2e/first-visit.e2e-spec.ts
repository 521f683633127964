import type { Browser, Page } from 'playwright-core';
import { DEMO, DEMO_WORKSHOP, atelierId, launchBrowser, newPage, signIn } from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';

/** The GraphQL operations the page sends from now on, by name, in order. */
function operationsOf(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/graphql' || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    if (body?.operationName) names.push(body.operationName);
  });
  return names;
}

/**
 * A first visit: the page's own question goes out as soon as its code is in, alongside the werkplaats's, instead
 * of after the werkplaats is known and the page has drawn; and it goes out once.
 */
describe('a first visit to a page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('asks for an atelier while the werkplaats is still being asked for, and only once', async () => {
    const { context, page } = await newPage(browser);
    const id = await atelierId(context, LONELINESS);
    // The answer naming the werkplaats is held: the page cannot draw before it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName === 'CurrentWorkshop') await held;
      await route.continue();
    });
    const operations = operationsOf(page);
    await page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(id)}`);
    await page.waitForRequest((request) => request.postDataJSON()?.operationName === 'AtelierPage');
    expect(await page.getByRole('heading', { level: 1, name: LONELINESS }).count()).toBe(0);

    release();
    await page.getByRole('heading', { level: 1, name: LONELINESS }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(operations.filter((name) => name === 'AtelierPage')).toHaveLength(1);
    await context.close();
  });

  it('shows the tribune from one question for the feed and one for its filter, also when filtered', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.tribune);
    const id = await atelierId(context, LONELINESS);
    for (const address of [`${DEMO_WORKSHOP}/tribune`, `${DEMO_WORKSHOP}/tribune?atelier=${id}`]) {
      const visit = await context.newPage();
      const operations = operationsOf(visit);
      await visit.goto(address);
      await visit.locator('.feed-item').first().waitFor();
      await visit.waitForLoadState('networkidle');
      expect(operations.filter((name) => name === 'Feed')).toHaveLength(1);
      expect(operations.filter((name) => name === 'FeedAteliers')).toHaveLength(1);
      await visit.close();
    }
    await context.close();
  });

  it('asks for the gemeenten a practice can start in once the form is opened: those of the werkplaats', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.arena);
    const id = await atelierId(context, LONELINESS);
    const operations = operationsOf(page);
    await page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { level: 1, name: LONELINESS }).waitFor();
    expect(operations).not.toContain('PracticeMunicipalities');

    await page.getByText('Een lerende praktijk starten').click();
    const municipality = page.getByRole('combobox', { name: 'Gemeente' });
    await municipality.locator('option', { hasText: 'Nijmegen' }).waitFor({ state: 'attached' });
    const names = await municipality.locator('option').allInnerTexts();
    expect(names).toContain('Arnhem');
    expect(names).not.toContain('Lindewaarde');
    // Closed and opened again: what was asked is still there.
    await page.getByText('Een lerende praktijk starten').click();
    await municipality.waitFor({ state: 'hidden' });
    await page.getByText('Een lerende praktijk starten').click();
    await municipality.waitFor();
    expect(await municipality.locator('option').allInnerTexts()).toEqual(names);
    expect(operations.filter((name) => name === 'PracticeMunicipalities')).toHaveLength(1);
    await context.close();
  });
});
