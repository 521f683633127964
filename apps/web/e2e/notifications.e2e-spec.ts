import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  api,
  atelierId,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

/** The number in the header's badge for unread notifications (0 when there is no badge). */
function unreadInHeader(page: Page): Promise<number> {
  return page.evaluate(() => {
    const badge = document.querySelector('.site-nav a[href="/meldingen"] .count-badge');
    return badge ? Number.parseInt(badge.firstChild?.textContent ?? '0', 10) : 0;
  });
}

/**
 * Opening a notification marks it read (the header's count drops by one), and its link goes straight to the
 * werkplaats's own address of what it is about, at 1366 px and on a 390 px phone.
 */
describe('notifications', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const [label, viewport] of [
    ['wide', { width: 1366, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`opening one marks it read and leads to its werkplaats address (${label})`, async () => {
      const shot = screenshots('notifications');
      // Something new for the tribune member, whatever other journeys have read already: the trekker plans an
      // activity in the atelier she follows.
      const trekker = await newPage(browser);
      await signIn(trekker.page, DEMO.trekker);
      await api(
        trekker.context,
        'mutation($a: ID!, $i: PlanActivityInput!) { planActivity(atelierId: $a, input: $i) { id } }',
        {
          a: await atelierId(trekker.context, 'Leeratelier Eenzaamheid en betekenisvol contact'),
          i: {
            kind: 'LEARNING_SESSION',
            title: `Leersessie over vaste plekken in de wijk (${label})`,
            startsAt: '2031-03-12T18:30:00.000Z',
            location: 'Buurtcentrum De Klif',
          },
        },
      );
      await trekker.context.close();
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.tribune);
      await page.goto('/meldingen');
      await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
      const unread = page.locator('.notification--unread');
      await unread.first().waitFor();
      const before = await unreadInHeader(page);
      const listedUnread = await unread.count();
      expect(before).toBeGreaterThan(0);
      // Every link to a lesson, insight, activity or atelier is a werkplaats's own address: no redirect.
      const hrefs = await page
        .locator('.notifications a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((h) => /^\/(lessen|inzichten|activiteiten|ateliers)\//.test(h))).toEqual([]);
      expect(hrefs.filter((h) => h.startsWith('/w/')).length).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `${label}-list`);

      const item = unread.filter({ has: page.locator('a[href^="/w/"]') }).first();
      const link = item.locator('a[href^="/w/"]').first();
      const href = (await link.getAttribute('href'))!;
      await link.click();
      await page.waitForURL((url) => url.pathname === decodeURIComponent(href) || url.pathname === href);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await unreadInHeader(page)).toBe(before - 1);
      await shot(page, `${label}-opened`);

      // Back on the list it is no longer new, and the count stays down after a reload.
      await page.goto('/meldingen');
      await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
      await page.locator('.notifications').waitFor();
      expect(await unread.count()).toBe(listedUnread - 1);
      expect(await unreadInHeader(page)).toBe(before - 1);
      await context.close();
    });
  }
});
