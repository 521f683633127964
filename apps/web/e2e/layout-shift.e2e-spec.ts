import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  atelierId,
  launchBrowser,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

/** The layout shifts a page made while it loaded (Chromium's layout-shift entries, as CLS adds them up). */
async function shiftsWhileLoading(page: Page, path: string): Promise<{ total: number; moved: string[] }> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // What loads after the heading (the page's further parts, the header's badge) has its moment too.
  await page.waitForLoadState('networkidle');
  return page.evaluate(
    () =>
      new Promise<{ total: number; moved: string[] }>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as unknown as {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node | null }[];
          }[];
          const counted = entries.filter((e) => !e.hadRecentInput);
          resolve({
            total: counted.reduce((sum, e) => sum + e.value, 0),
            moved: counted.flatMap((e) =>
              (e.sources ?? []).map((s) => {
                const node = s.node as Element | null | undefined;
                return `${node?.nodeName ?? '?'}.${node?.className ?? ''} by ${e.value.toFixed(3)}`;
              }),
            ),
          });
        }).observe({ type: 'layout-shift', buffered: true });
        // No entries at all: the observer is not called for an empty buffer.
        setTimeout(() => resolve({ total: 0, moved: [] }), 500);
      }),
  );
}

/**
 * Pages that don't jump: on a phone whose processor is four times slower, the agenda, an atelier, the tribune's
 * feed and the trekker's dashboard keep their layout while their data arrives (the header keeps one row, the
 * footer stays below the fold): the shifts add up to at most 0.1, Lighthouse's bar for a good CLS.
 */
describe('layout shift while pages load', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it.each([
    ['the agenda', null, () => DEMO_WORKSHOP],
    ['an atelier', null, (id: string) => `${DEMO_WORKSHOP}/ateliers/${id}`],
    ['the tribune feed', DEMO.tribune, () => `${DEMO_WORKSHOP}/tribune`],
    ['the trekker’s dashboard', DEMO.trekker, (id: string) => `${DEMO_WORKSHOP}/ateliers/${id}/dashboard`],
  ] as const)('%s on a 390 px phone shifts by at most 0.1', async (name, who, path) => {
    const shot = screenshots('layout-shift');
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    if (who) await signIn(page, who);
    const id = encodeURIComponent(
      await atelierId(context, 'Leeratelier Eenzaamheid en betekenisvol contact'),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const { total, moved } = await shiftsWhileLoading(page, path(id));
    await shot(page, name.replace(/\W+/g, '-'));
    expect({ name, moved: total > 0.1 ? moved : [] }).toEqual({ name, moved: [] });
    expect(total).toBeLessThanOrEqual(0.1);
    await context.close();
  });
});
