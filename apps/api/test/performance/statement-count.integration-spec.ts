import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { fromGlobalId } from '../../src/common/graphql/relay.js';
import { countStatements, fewestStatements } from '../support/statement-counter.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

/**
 * No query per parent row: the SQL statements of the heaviest reads must not grow with how many rows
 * they return. Each case measures, adds more rows, and measures again. The response cache is off here: it
 * answers a repeated query without running it, and this is about what a query costs when it runs (the
 * cache has its own spec, test/performance/response-cache).
 */
describe('statements per operation', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let trekker: GraphQLClient;
  let tribune: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  async function addSharedLessons(count: number) {
    const arena = await f.user(DEMO.arena);
    const nijmegen = await f.municipality('Nijmegen');
    for (let i = 0; i < count; i++) {
      await f.lesson({ atelierId, authorId: arena.id, visibility: 'TRIBUNE', municipalityId: nijmegen.id });
    }
  }

  it('feed(first: 50) costs the same as feed(first: 2), with authors, ateliers, gemeenten and an insight’s lessons', async () => {
    const FEED = `query($first: Int!) { feed(first: $first) { totalCount edges { cursor node {
      __typename
      ... on Lesson { title author { name } atelier { title trekker { name } } municipality { name } visibilityHistory { actor { name } } }
      ... on Insight { title author { name } atelier { title } lessons { title author { name } municipality { name } } }
    } } } }`;
    // Both pages hold a lesson and an insight, so both walk every nested field; only their size differs.
    const kinds = (data: any) => new Set(data.feed.edges.map((e: any) => e.node.__typename));
    const small = await fewestStatements(() => tribune.ok(FEED, { first: 2 }));
    expect(kinds(await tribune.ok(FEED, { first: 2 }))).toEqual(new Set(['Lesson', 'Insight']));
    await addSharedLessons(12);
    const large = await fewestStatements(() => tribune.ok(FEED, { first: 50 }));
    const page = await tribune.ok(FEED, { first: 50 });
    expect(page.feed.edges.length).toBeGreaterThan(12);
    expect(kinds(page)).toEqual(new Set(['Lesson', 'Insight']));
    // One batch per nested level, whatever the page size. (A larger page can even need one fewer: people it
    // needs deeper down were already loaded, as authors, by an earlier batch of the same request.)
    expect(large.count).toBeLessThanOrEqual(small.count);
  });

  it('the web app’s feed page is one statement after the session, with its authors, ateliers, gemeenten and reactions', async () => {
    const FEED = `query($after: String) { feed(first: 20, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node {
      __typename
      ... on Lesson { id title conditions sharedAt author { id name } atelier { id title } municipality { id name } reactions { id body } }
      ... on Insight { id title conditions sharedAt lessonCount author { id name } atelier { id title } reactions { id } }
    } } } }`;
    await addSharedLessons(3);
    const first = await countStatements(() => tribune.ok(FEED, {}));
    expect(first.count).toBe(1);
    const page = await tribune.ok(FEED, {});
    const lessons = page.feed.edges.map((e: any) => e.node).filter((n: any) => n.__typename === 'Lesson');
    expect(lessons.some((n: any) => n.municipality?.name === 'Nijmegen')).toBe(true);
    expect(page.feed.edges.some((e: any) => e.node.__typename === 'Insight' && e.node.lessonCount > 0)).toBe(
      true,
    );
    expect(page.feed.edges.some((e: any) => e.node.reactions.length > 0)).toBe(true);
    const next = await countStatements(() => tribune.ok(FEED, { after: page.feed.pageInfo.endCursor }));
    expect(next.count).toBe(1);
    // What the page does not read itself costs one batch per field, as everywhere.
    const withReactionAuthors = FEED.replace(
      'reactions { id body }',
      'reactions { id body author { name } }',
    );
    expect((await countStatements(() => tribune.ok(withReactionAuthors, {}))).count).toBe(2);
  });

  it('the feed’s page statement is prepared: sent under one name every time, and Postgres keeps it on the connection', async () => {
    const FEED = `query { feed(first: 20) { edges { node { __typename ... on Lesson { id title } ... on Insight { id title } } } } }`;
    const names: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      const run = await countStatements(() => tribune.ok(FEED, {}));
      expect(run.count).toBe(1);
      names.push(run.names[0]);
    }
    expect(names[0]).toEqual(expect.any(String));
    expect(new Set(names).size).toBe(1);
    // Every open connection of the pool at once (none is busy now), asked which statements it has prepared.
    const clients = await Promise.all(Array.from({ length: t.pool.totalCount }, () => t.pool.connect()));
    try {
      const held = await Promise.all(
        clients.map(async (c) => (await c.query('SELECT name FROM pg_prepared_statements')).rows),
      );
      expect(held.flat().map((r: { name: string }) => r.name)).toContain(names[0]);
    } finally {
      for (const c of clients) c.release();
    }
  });

  it('the feed pages on by its own cursors and refuses one of another list as bad input', async () => {
    const FEED = `query($after: String) { feed(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { __typename ... on Lesson { id } ... on Insight { id } } } } }`;
    const first = await tribune.ok(FEED, {});
    const second = await tribune.ok(FEED, { after: first.feed.pageInfo.endCursor });
    const ids = (page: any) => page.feed.edges.map((e: any) => e.node.id);
    expect(ids(second).length).toBeGreaterThan(0);
    expect(ids(second).filter((id: string) => ids(first).includes(id))).toEqual([]);
    // A cursor of a list sorted by a name (a text), as the agenda's are, and a cursor that is no cursor at all.
    for (const after of [
      Buffer.from(JSON.stringify(['s', 'Eenzaamheid', first.feed.edges[0].node.id])).toString('base64url'),
      'niet-een-cursor',
    ]) {
      const refused = await tribune.query(FEED, { after });
      expect(refused.status).toBe(200);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('the trekker’s dashboard is two statements after the session, whatever its page size', async () => {
    // The dashboard of the benchmark (bench/operations.mjs): an atelier read ahead with its page (AtelierPageService).
    const DASHBOARD = `query($id: ID!, $first: Int!) { atelier(id: $id) {
      id title canLead arenaCount tribuneCount conditionSpread { condition count }
      waiting: lessons(visibility: ARENA, first: $first) { totalCount edges { node {
        id title visibility conditions createdAt author { id name } municipality { id name } practice { id title }
      } } }
      practices { id title municipality { id name latitude longitude } }
      activities(upcoming: true) { id title startsAt registrationCount capacity }
    } }`;
    const id = gid('Atelier', atelierId);
    const arena = await f.user(DEMO.arena);
    const practice = await t.prisma.practice.findFirstOrThrow({ where: { atelierId } });
    for (let i = 0; i < 6; i++) {
      await f.lesson({
        atelierId,
        authorId: arena.id,
        visibility: 'ARENA',
        practiceId: practice.id,
        municipalityId: practice.municipalityId,
      });
    }
    const small = await countStatements(() => trekker.ok(DASHBOARD, { id, first: 2 }));
    const large = await countStatements(() => trekker.ok(DASHBOARD, { id, first: 50 }));
    expect([small.count, large.count]).toEqual([2, 2]);
    const data = await trekker.ok(DASHBOARD, { id, first: 50 });
    const waiting = data.atelier.waiting.edges.map((e: any) => e.node);
    expect(waiting.length).toBeGreaterThanOrEqual(6);
    expect(
      waiting.filter((n: any) => n.practice?.id && n.municipality?.name && n.author.name).length,
    ).toBeGreaterThanOrEqual(6);
    expect(data.atelier.practices.length).toBeGreaterThan(0);
    expect(data.atelier.canLead).toBe(true);
    // A part the page does not read ahead costs its own statement, as everywhere.
    const withInsights = DASHBOARD.replace(
      'practices {',
      'insights(first: 5) { edges { node { id } } } practices {',
    );
    expect((await countStatements(() => trekker.ok(withInsights, { id, first: 50 }))).count).toBe(3);
  });

  it('atelier { practices { lessons } } costs the same with five more practices full of lessons', async () => {
    const DASHBOARD = `query($id: ID!) { atelier(id: $id) {
      title arenaCount tribuneCount conditionSpread { condition count }
      practices { title municipality { name } participants { name } startedBy { name } lessons { title author { name } municipality { name } } }
    } }`;
    const id = gid('Atelier', atelierId);
    const before = await fewestStatements(() => trekker.ok(DASHBOARD, { id }));
    const arena = await f.user(DEMO.arena);
    const arnhem = await f.municipality('Arnhem');
    for (let i = 0; i < 5; i++) {
      const practice = await t.prisma.practice.create({
        data: {
          atelierId,
          municipalityId: arnhem.id,
          title: `Praktijk ${i}`,
          startedById: arena.id,
          participants: { create: { userId: arena.id } },
        },
      });
      for (let j = 0; j < 3; j++) {
        await f.lesson({
          atelierId,
          authorId: arena.id,
          visibility: 'ARENA',
          practiceId: practice.id,
          municipalityId: arnhem.id,
        });
      }
    }
    const after = await fewestStatements(() => trekker.ok(DASHBOARD, { id }));
    const data = await trekker.ok(DASHBOARD, { id });
    expect(data.atelier.practices.length).toBeGreaterThanOrEqual(5);
    expect(after.count).toBe(before.count);
  });

  it('insights { lessons } costs the same for one insight as for many', async () => {
    const INSIGHTS = `query($id: ID!, $first: Int!) { atelier(id: $id) { insights(first: $first) { edges { node {
      title lessonCount author { name } lessons { title author { name } practice { title } } visibilityHistory { actor { name } }
    } } } } }`;
    const id = gid('Atelier', atelierId);
    const trekkerUser = await f.user(DEMO.trekker);
    // Lessons of a practice, so that one insight asks for practices as many do (ids are random: lessons taken
    // by id alone were sometimes all without one, and then the single insight needed a statement less).
    const lessons = await t.prisma.lesson.findMany({
      where: { atelierId, practiceId: { not: null } },
      orderBy: { id: 'asc' },
      take: 4,
      select: { id: true },
    });
    expect(lessons).toHaveLength(4);
    for (let i = 0; i < 4; i++) {
      await t.prisma.insight.create({
        data: {
          atelierId,
          authorId: trekkerUser.id,
          title: `Inzicht ${i}`,
          body: '<p>Samengevat.</p>',
          conditions: ['SOCIAL_INCLUSION'],
          visibility: 'ARENA',
          lessons: { create: lessons.map((l) => ({ lessonId: l.id })) },
        },
      });
    }
    const one = await fewestStatements(() => trekker.ok(INSIGHTS, { id, first: 1 }));
    const many = await fewestStatements(() => trekker.ok(INSIGHTS, { id, first: 20 }));
    const data = await trekker.ok(INSIGHTS, { id, first: 20 });
    expect(data.atelier.insights.edges.length).toBeGreaterThanOrEqual(5);
    expect(many.count).toBe(one.count);
  });

  it('search(first: 50) costs the same as search(first: 2), with authors, ateliers, gemeenten and headlines', async () => {
    const SEARCH = `query($q: String!, $first: Int!) { search(query: $q, first: $first) { totalCount edges { cursor rank headline node {
      __typename
      ... on Lesson { title author { name } atelier { title trekker { name } } municipality { name } }
    } } } }`;
    const word = 'zoekkostenproef';
    const arena = await f.user(DEMO.arena);
    const nijmegen = await f.municipality('Nijmegen');
    for (let i = 0; i < 30; i++) {
      await f.lesson({
        atelierId,
        authorId: arena.id,
        visibility: i % 3 === 0 ? 'ARENA' : 'TRIBUNE',
        municipalityId: nijmegen.id,
        title: `${word} ${i}`,
      });
    }
    const small = await fewestStatements(() => tribune.ok(SEARCH, { q: word, first: 2 }));
    const large = await fewestStatements(() => tribune.ok(SEARCH, { q: word, first: 50 }));
    const page = await tribune.ok(SEARCH, { q: word, first: 50 });
    // The tribune member finds the 20 TRIBUNE lessons, not the 10 ARENA ones; all on one page.
    expect([page.search.totalCount, page.search.edges.length]).toEqual([20, 20]);
    expect(page.search.edges.every((e: any) => e.headline === null || typeof e.headline === 'string')).toBe(
      true,
    );
    expect(large.count).toBe(small.count);
  });

  it('logLesson is at most five statements in all, session and transaction control included: at ARENA, in a practice and as a draft', async () => {
    const LOG = `mutation($input: LogLessonInput!) { logLesson(input: $input) { id visibility } }`;
    const arena = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    const arenaUser = await f.user(DEMO.arena);
    const trekkerUser = await f.user(DEMO.trekker);
    // Someone in the arena and in the practice who follows everything: told of both the arena's and the practice's
    // lessons, as the trekker is of the arena's (LESSON_WAITING).
    const follower = await f.participant(atelierId, 'ARENA');
    await t.prisma.participation.update({
      where: { id: follower.participation.id },
      data: { notificationLevel: 'ALL' },
    });
    const practice = await t.prisma.practice.create({
      data: {
        atelierId,
        municipalityId: (await f.municipality('Arnhem')).id,
        title: 'Praktijk van de telling',
        startedById: arenaUser.id,
        participants: { create: [{ userId: arenaUser.id }, { userId: follower.user.id }] },
      },
    });
    const input = (visibility: 'DRAFT' | 'PRACTICE' | 'ARENA', practiceId?: string) => ({
      atelierId: gid('Atelier', atelierId),
      ...(practiceId ? { practiceId: gid('Practice', practiceId) } : {}),
      title: `Telles ${visibility}`,
      body: '<p>Wat we leerden bij de koffie in de buurtkamer.</p>',
      conditions: ['SOCIAL_COHESION'],
      level: 'NEIGHBOURHOOD',
      domain: 'WELFARE',
      visibility,
    });
    const logged: Record<string, string> = {};
    const counts: Record<string, number> = {};
    for (const [path, args] of [
      ['ARENA', input('ARENA')],
      ['PRACTICE', input('PRACTICE', practice.id)],
      ['DRAFT', input('DRAFT', practice.id)],
    ] as const) {
      const run = await countStatements(
        async () => (logged[path] = (await arena.ok(LOG, { input: args })).logLesson.id),
        { whole: true },
      );
      counts[path] = run.count;
    }
    // Today four each: the session, one read for every check and whom to tell, one write (lesson, first step,
    // notifications, their mail) and the response cache's stamp; the session's refresh, once a minute, makes five.
    expect(Object.entries(counts).filter(([, count]) => count > 5)).toEqual([]);
    // What each wrote: the lesson at its rung with its first step, and who was told of it.
    const lessonOf = (path: string) =>
      t.prisma.lesson.findUniqueOrThrow({
        where: { id: fromGlobalId('Lesson', logged[path]!, 'id') },
        include: { visibilityHistory: true, notifications: { select: { userId: true, kind: true } } },
      });
    const [atArena, inPractice, draft] = await Promise.all(['ARENA', 'PRACTICE', 'DRAFT'].map(lessonOf));
    expect(atArena!.visibilityHistory.map((c) => [c.fromValue, c.toValue])).toEqual([['DRAFT', 'ARENA']]);
    expect(atArena!.notifications).toEqual(
      expect.arrayContaining([
        { userId: trekkerUser.id, kind: 'LESSON_WAITING' },
        { userId: follower.user.id, kind: 'LESSON_SHARED' },
      ]),
    );
    expect(inPractice!.practiceId).toBe(practice.id);
    expect(inPractice!.visibilityHistory.map((c) => [c.fromValue, c.toValue])).toEqual([
      ['DRAFT', 'PRACTICE'],
    ]);
    expect(inPractice!.notifications).toEqual([{ userId: follower.user.id, kind: 'LESSON_SHARED' }]);
    expect([draft!.visibility, draft!.visibilityHistory, draft!.notifications]).toEqual(['DRAFT', [], []]);
  });

  it('the beheer people page costs the same for 20 people as for 2, with their roles, memberships and block state', async () => {
    const admin = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    const PEOPLE = `query($first: Int!) { users(first: $first) { totalCount edges { node {
      id name email isBlocked workshopRoles { role workshop { id name } } memberships { id status organisation { name } }
    } } } }`;
    const small = await fewestStatements(() => admin.ok(PEOPLE, { first: 2 }));
    const workshop = await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } });
    for (let i = 0; i < 12; i++) {
      const person = await f.person(`Beheerd ${i}`);
      await t.prisma.workshopRole.create({
        data: { userId: person.id, workshopId: workshop.id, role: 'COMMITTEE' },
      });
    }
    const large = await fewestStatements(() => admin.ok(PEOPLE, { first: 20 }));
    const page = await admin.ok(PEOPLE, { first: 20 });
    expect(page.users.edges.length).toBe(20);
    expect(page.users.edges.some((e: any) => e.node.workshopRoles.length > 0)).toBe(true);
    expect(large.count).toBeLessThanOrEqual(small.count);
  });

  it('the beheer organisations page costs the same for 20 organisations as for 2, with their members', async () => {
    const admin = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    const ORGANISATIONS = `query($first: Int!) { organisations(first: $first) { totalCount edges { node {
      id name kind memberships { id status isContact user { id name } }
    } } } }`;
    const small = await fewestStatements(() => admin.ok(ORGANISATIONS, { first: 2 }));
    const workshop = await t.prisma.workshop.findFirstOrThrow();
    for (let i = 0; i < 12; i++) {
      const organisation = await t.prisma.organisation.create({
        data: { workshopId: workshop.id, name: `Aa Telorganisatie ${i}`, kind: 'WELFARE' },
      });
      const member = await f.person(`Lid ${i}`);
      await t.prisma.membership.create({
        data: { userId: member.id, organisationId: organisation.id, status: 'CONFIRMED' },
      });
    }
    const large = await fewestStatements(() => admin.ok(ORGANISATIONS, { first: 20 }));
    const page = await admin.ok(ORGANISATIONS, { first: 20 });
    expect(page.organisations.edges.length).toBe(20);
    expect(page.organisations.edges.filter((e: any) => e.node.memberships.length > 0).length).toBeGreaterThan(
      12,
    );
    expect(large.count).toBeLessThanOrEqual(small.count);
  });
});
