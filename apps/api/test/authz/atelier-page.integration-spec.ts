import { DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

/**
 * `atelier(id)` reads its page ahead in one statement (AtelierPageService), with the ladder worked out in SQL for
 * the reader's role; `node(id)` answers the same fields one resolver at a time, each with its own Prisma query.
 * Both must answer exactly the same, for every person of the demo and the visitor, in every atelier: nothing
 * more (the ladder), nothing less, in the same order.
 */
const PAGE = `
  fragment Page on Atelier {
    id title canLead canWorkInArena arenaCount tribuneCount
    conditionSpread { condition count }
    lessons(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
      id title visibility conditions createdAt author { id name } municipality { id name } practice { id title }
    } } }
    waiting: lessons(visibility: ARENA, first: 50) { totalCount edges { node { id practice { id } } } }
    shared: lessons(visibility: TRIBUNE, condition: SOCIAL_INCLUSION) { edges { node { id conditions } } }
    practices { id title createdAt municipality { id name latitude } }
    activities(upcoming: true) { id title startsAt endsAt registrationCount placesLeft }
    past: activities(upcoming: false) { id startsAt registrationCount }
    all: activities { id }
    myParticipation { id role joinedAt }
    arena(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
      id role joinedAt user { id name } organisation { id name kind }
    } } }
    tribune(first: 100) { edges { node { id user { id name } organisation { id } } } }
  }`;
const VIA_PAGE = `query($id: ID!) { atelier(id: $id) { ...Page } } ${PAGE}`;
const VIA_NODE = `query($id: ID!) { node(id: $id) { ...Page } } ${PAGE}`;

describe('an atelier page read ahead answers as its fields do one by one', () => {
  let t: TestApp;
  let f: DemoFixtures;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    // The cases the rules turn on: someone who left the arena, someone who left the practice of a lesson at
    // the PRACTICE rung, an activity over and one to come with registrations (one of them cancelled).
    await f.ladderEdgeCases();
    // Some take part on behalf of an organisation, some for themselves.
    const organisation = await t.prisma.organisation.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const [first, second] = await t.prisma.participation.findMany({
      where: { status: 'ACTIVE' },
      orderBy: { id: 'asc' },
      take: 2,
    });
    await t.prisma.participation.update({
      where: { id: first!.id },
      data: { organisationId: organisation.id },
    });
    await t.prisma.participation.update({ where: { id: second!.id }, data: { organisationId: null } });
    const atelier = await f.atelierOf(LONELINESS);
    const users = await t.prisma.user.findMany({ take: 3, orderBy: { id: 'asc' } });
    const hour = 3_600_000;
    for (const [title, start, end] of [
      ['Voorbij', -48 * hour, -47 * hour],
      ['Zonder einde, voorbij', -2 * hour, null],
      ['Bezig', -hour, hour],
      ['Straks', 24 * hour, null],
    ] as const) {
      await t.prisma.activity.create({
        data: {
          atelierId: atelier.id,
          plannedById: atelier.trekkerId,
          kind: 'MEETING',
          title,
          startsAt: new Date(Date.now() + start),
          endsAt: end === null ? null : new Date(Date.now() + end),
          capacity: 10,
          registrations: {
            create: users.map((u, i) => ({ userId: u.id, cancelledAt: i === 0 ? new Date() : null })),
          },
        },
      });
    }
  });
  afterAll(() => t.close());

  it('for every person and the visitor, in every atelier', async () => {
    const ateliers = await t.prisma.atelier.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    const people = await t.prisma.user.findMany({
      where: { erasedAt: null },
      select: { email: true },
      orderBy: { email: 'asc' },
    });
    const clients: [string, GraphQLClient][] = [['visitor', t.client()]];
    for (const { email } of people) clients.push([email, await t.client().signIn(email, DEMO_PASSWORD)]);

    const seen = {
      lessons: 0,
      lessonPractices: 0,
      practices: 0,
      upcoming: 0,
      past: 0,
      arena: 0,
      tribune: 0,
      organisations: 0,
      mine: 0,
    };
    for (const [who, client] of clients) {
      for (const { id } of ateliers) {
        const variables = { id: gid('Atelier', id) };
        const page = (await client.ok(VIA_PAGE, variables)).atelier;
        const node = (await client.ok(VIA_NODE, variables)).node;
        expect({ who, atelier: id, page }).toEqual({ who, atelier: id, page: node });
        seen.lessons += page.lessons.edges.length;
        seen.practices += page.practices.length;
        seen.upcoming += page.activities.length;
        seen.past += page.past.length;
        seen.arena += page.arena.edges.length;
        seen.tribune += page.tribune.edges.length;
        seen.organisations += page.tribune.edges.filter((e: any) => e.node.organisation).length;
        seen.organisations += page.arena.edges.filter((e: any) => e.node.organisation).length;
        seen.mine += page.myParticipation ? 1 : 0;
        seen.lessonPractices += page.lessons.edges.filter((e: any) => e.node.practice !== null).length;
      }
    }
    // The comparison saw each part filled, for some readers and not for others.
    expect(clients.length).toBeGreaterThan(5);
    for (const [part, count] of Object.entries(seen))
      expect({ part, count: count > 0 }).toEqual({ part, count: true });
  });

  it('an unknown atelier is not found, as before', async () => {
    const missing = await t.client().query(`query($id: ID!) { atelier(id: $id) { id arenaCount } }`, {
      id: gid('Atelier', '00000000-0000-4000-8000-000000000000'),
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
