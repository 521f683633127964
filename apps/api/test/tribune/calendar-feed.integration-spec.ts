import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { errorOf, inDays, person } from './tribune-fixtures.js';

/**
 * A person's calendar subscription: a secret address their calendar app fetches without a session, listing the
 * activities they registered for (optionally all of their ateliers'), within what they may read, revocable.
 */
const START = `mutation($f: Boolean) { startCalendarFeed(includeFollowed: $f) { url webcalUrl feed { includeFollowed createdAt lastFetchedAt } } }`;
const MINE = `{ myCalendarFeed { includeFollowed lastFetchedAt } }`;
const PLAN = `mutation($a: ID!, $i: PlanActivityInput!) { planActivity(atelierId: $a, input: $i) { id title } }`;
const REGISTER = `mutation($a: ID!) { registerForActivity(activityId: $a) { id } }`;

describe('calendar subscription', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let trekker: GraphQLClient;

  const plan = async (title: string, days = 10) =>
    (
      await trekker.ok(PLAN, {
        a: gid('Atelier', atelierId),
        i: {
          kind: 'THEME_DISCUSSION',
          title,
          description: 'Met de praktijken.',
          location: 'Wijkcentrum Hatert, Nijmegen',
          startsAt: inDays(days),
        },
      })
    ).planActivity as { id: string; title: string };

  /** Fetches an address as a calendar app does: no cookies. */
  const fetchCalendar = (url: string) => t.http().get(new URL(url).pathname);

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  it('lists the activities the person registered for, as a calendar, without a session', async () => {
    const member = await person(t, { atelierId, role: 'TRIBUNE', name: 'Ans Tribune' });
    const mine = await plan('Themabespreking: ontmoeten in Hatert');
    const other = await plan('Terugkomdag voor de arena');
    await member.client.ok(REGISTER, { a: mine.id });

    expect((await member.client.ok(MINE)).myCalendarFeed).toBeNull();
    const started = (await member.client.ok(START, { f: false })).startCalendarFeed;
    expect(started.url).toMatch(/\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(started.webcalUrl).toBe(started.url.replace(/^https?:/, 'webcal:'));

    const response = await fetchCalendar(started.url);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.text).toContain('SUMMARY:Themabespreking: ontmoeten in Hatert');
    expect(response.text).not.toContain('Terugkomdag voor de arena');
    expect(response.text).toContain(`UID:${mine.id}@werkplaats`);
    expect(response.text).toContain('X-WR-CALNAME:Werkplaats: mijn activiteiten');
    expect((await member.client.ok(MINE)).myCalendarFeed.lastFetchedAt).not.toBeNull();

    // With the ateliers they take part in, the other activity is there too.
    await member.client.ok(`mutation { updateCalendarFeed(includeFollowed: true) { includeFollowed } }`);
    const wider = await fetchCalendar(started.url);
    expect(wider.text).toContain('SUMMARY:Terugkomdag voor de arena');
    expect(wider.text).toContain(`UID:${other.id}@werkplaats`);
  });

  it('a cancelled activity stays as cancelled; after leaving the atelier nothing of it shows', async () => {
    const member = await person(t, { atelierId, role: 'TRIBUNE' });
    const cancelled = await plan('Werksessie die niet doorgaat', 12);
    await member.client.ok(REGISTER, { a: cancelled.id });
    await trekker.ok(`mutation($id: ID!) { cancelActivity(id: $id) { id } }`, { id: cancelled.id });
    const { url } = (await member.client.ok(START, { f: false })).startCalendarFeed;
    const text = (await fetchCalendar(url)).text;
    const event = text.slice(text.indexOf(`UID:${cancelled.id}@werkplaats`));
    expect(event.slice(0, event.indexOf('END:VEVENT'))).toContain('STATUS:CANCELLED');

    // The ladder holds at every fetch: once the person no longer follows the atelier, its activities are gone.
    await t.prisma.participation.updateMany({
      where: { userId: member.userId, atelierId },
      data: { status: 'LEFT' },
    });
    const after = await fetchCalendar(url);
    expect(after.status).toBe(200);
    expect(after.text).not.toContain('BEGIN:VEVENT');
  });

  it('a new address ends the old one; stopping ends it; blocked or unknown addresses are not found', async () => {
    const member = await person(t, { atelierId, role: 'TRIBUNE' });
    const first = (await member.client.ok(START, { f: false })).startCalendarFeed.url;
    const second = (await member.client.ok(START, { f: true })).startCalendarFeed.url;
    expect(second).not.toBe(first);
    expect((await fetchCalendar(first)).status).toBe(404);
    expect((await fetchCalendar(second)).status).toBe(200);
    expect((await member.client.ok(MINE)).myCalendarFeed.includeFollowed).toBe(true);

    await t.prisma.user.update({ where: { id: member.userId }, data: { blockedAt: new Date() } });
    expect((await fetchCalendar(second)).status).toBe(404);
    await t.prisma.user.update({ where: { id: member.userId }, data: { blockedAt: null } });
    expect((await fetchCalendar(second)).status).toBe(200);

    expect((await member.client.ok(`mutation { stopCalendarFeed }`)).stopCalendarFeed).toBe(true);
    expect((await fetchCalendar(second)).status).toBe(404);
    expect((await member.client.ok(MINE)).myCalendarFeed).toBeNull();
    expect((await t.http().get(`/kalender/${'a'.repeat(43)}.ics`)).status).toBe(404);
    expect((await t.http().get('/kalender/niet-een-adres')).status).toBe(404);
  });

  it('only a signed-in person has a subscription', async () => {
    const visitor = t.client();
    expect(errorOf(await visitor.query(MINE))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await visitor.query(START, { f: false }))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await visitor.query(`mutation { stopCalendarFeed }`))?.code).toBe('UNAUTHENTICATED');
  });
});
