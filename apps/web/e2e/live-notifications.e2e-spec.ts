import type { Browser, Page } from 'playwright-core';
import { DEMO, DEMO_WORKSHOP, api, atelierId, launchBrowser, newPage, signIn } from './support/browser';

/** The number in the header's badge for unread notifications (0 when there is no badge). */
function unreadInHeader(page: Page): Promise<number> {
  return page.evaluate(() => {
    const badge = document.querySelector('.site-nav a[href="/meldingen"] .count-badge');
    return badge ? Number.parseInt(badge.firstChild?.textContent ?? '0', 10) : 0;
  });
}

/**
 * Resolves once the page has sent a frame containing `text` over any GraphQL socket. It listens from the moment it is
 * called, so a frame sent while the navigation that opens the socket is still being awaited is not missed.
 */
function sentOverSocket(page: Page, text: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (ws) => {
      if (new URL(ws.url()).pathname !== '/graphql') return;
      ws.on('framesent', (frame) => {
        if (String(frame.payload).includes(text)) resolve();
      });
    });
  });
}

/**
 * Live notifications: while the tribune member has a page open, the trekker plans an activity in the atelier she
 * follows, and the header's count rises without a reload, well before the minute's poll would have asked.
 */
describe('live notifications', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('raises the bell’s count when another person’s action makes a notification, without a reload', async () => {
    const { context, page } = await newPage(browser);
    // The socket opens with the first subscription after signing in; its acknowledgement says it is listening.
    const subscribed = sentOverSocket(page, '"subscribe"');
    await signIn(page, DEMO.tribune);
    await subscribed;
    const before = await unreadInHeader(page);
    let reloaded = false;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) reloaded = true;
    });

    const trekker = await newPage(browser);
    await signIn(trekker.page, DEMO.trekker);
    await api(
      trekker.context,
      'mutation($a: ID!, $i: PlanActivityInput!) { planActivity(atelierId: $a, input: $i) { id } }',
      {
        a: await atelierId(trekker.context, 'Leeratelier Eenzaamheid en betekenisvol contact'),
        i: {
          kind: 'MEETING',
          title: 'Ontmoeting bij de bibliotheek (live)',
          startsAt: '2031-04-02T18:30:00.000Z',
          location: 'Bibliotheek Arnhem',
        },
      },
    );
    const planned = Date.now();
    await page.waitForFunction(
      (count) => {
        const badge = document.querySelector('.site-nav a[href="/meldingen"] .count-badge');
        return (badge ? Number.parseInt(badge.firstChild?.textContent ?? '0', 10) : 0) > count;
      },
      before,
      { timeout: 10_000 },
    );
    // Far sooner than the poll (a minute), and on the same page.
    expect(Date.now() - planned).toBeLessThan(10_000);
    expect(await unreadInHeader(page)).toBe(before + 1);
    expect(reloaded).toBe(false);
    await trekker.context.close();
    await context.close();
  });

  it('puts a lesson lifted to the tribune on top of the open feed, without a reload', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.tribune);
    const subscribed = sentOverSocket(page, 'FeedItemAdded');
    await page.goto(`${DEMO_WORKSHOP}/tribune`);
    await subscribed;
    await page.locator('.feed-item').first().waitFor();
    const before = await page.locator('.feed-item').count();
    let reloaded = false;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) reloaded = true;
    });

    const arena = await newPage(browser);
    await signIn(arena.page, DEMO.arena);
    const logged = await api<{ logLesson: { id: string } }>(
      arena.context,
      'mutation($i: LogLessonInput!) { logLesson(input: $i) { id } }',
      {
        i: {
          atelierId: await atelierId(arena.context, 'Leeratelier Eenzaamheid en betekenisvol contact'),
          title: 'Een vaste koffietafel bij de bibliotheek (live)',
          body: '<p>Wie elke dinsdag aanschoof, kwam ook op andere dagen vaker langs.</p>',
          conditions: ['SOCIAL_COHESION'],
          level: 'NEIGHBOURHOOD',
          domain: 'WELFARE',
          visibility: 'ARENA',
        },
      },
    );
    const trekker = await newPage(browser);
    await signIn(trekker.page, DEMO.trekker);
    await api(
      trekker.context,
      'mutation($id: ID!) { setLessonVisibility(id: $id, visibility: TRIBUNE) { id } }',
      {
        id: logged.logLesson.id,
      },
    );
    await page
      .locator('.feed-item')
      .first()
      .getByText('Een vaste koffietafel bij de bibliotheek (live)')
      .waitFor({ timeout: 10_000 });
    // On top of everything that was shown, which stays.
    expect(await page.locator('.feed-item').count()).toBe(before + 1);
    expect(reloaded).toBe(false);
    await Promise.all([arena.context.close(), trekker.context.close(), context.close()]);
  });
});
