import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, POVERTY, gid } from '../factories/fixtures.js';
import { countStatements } from '../support/statement-counter.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const FEED = `query Feed { feed(first: 50) { edges { node { __typename ... on Lesson { id title } ... on Insight { id title } } } } }`;
const ARENA_LESSONS = `query($id: ID!) { atelier(id: $id) { lessons(visibility: ARENA, first: 50) { edges { node { id title } } } } }`;
const LESSON_TITLE = `query($id: ID!) { lesson(id: $id) { title } }`;

const feedIds = (data: any): string[] => data.feed.edges.map((e: any) => e.node.id);

/**
 * The response cache (src/common/graphql/response-cache.ts): a repeated query is answered without running it,
 * and never with what its reader may no longer read, whoever changed what, on whichever replica.
 * The statement counter leaves the session lookup out (it reads the content version along), so an answer from
 * the cache counts no statement for a signed-in reader, and one (the content version) for a visitor.
 */
describe('response cache', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let trekker: GraphQLClient;
  let tribune: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  /** A new TRIBUNE lesson, in `reader`'s feed and kept there: asked again, the feed runs no statement. */
  async function keptInFeedOf(reader: GraphQLClient): Promise<string> {
    const lesson = await f.lesson({
      atelierId,
      authorId: (await f.user(DEMO.arena)).id,
      visibility: 'TRIBUNE',
    });
    const id = gid('Lesson', lesson.id);
    expect(feedIds(await reader.ok(FEED))).toContain(id);
    const kept = await countStatements(async () => expect(feedIds(await reader.ok(FEED))).toContain(id));
    expect(kept.count).toBe(0);
    return id;
  }

  /** A lesson made for one test, straight into the database (no version moves on). */
  const newLesson = async (atelier: string, visibility: 'ARENA' | 'TRIBUNE') =>
    f.lesson({ atelierId: atelier, authorId: (await f.user(DEMO.arena)).id, visibility });

  /** A person made for one test who takes part on the tribune of these ateliers, signed in through `app`. */
  async function tribuneReaderOf(
    app: { client(): GraphQLClient },
    ...ateliers: string[]
  ): Promise<{ reader: GraphQLClient; userId: string }> {
    const { user, email, password } = await f.account('Leest mee op de tribune');
    for (const id of ateliers) {
      await t.prisma.participation.create({ data: { atelierId: id, userId: user.id, role: 'TRIBUNE' } });
    }
    return { reader: await app.client().signIn(email, password), userId: user.id };
  }

  /** The reader's feed, asked twice so it is kept; the second time it runs no statement. */
  async function keptFeedOf(reader: GraphQLClient): Promise<unknown> {
    const feed = await reader.ok(FEED);
    const again = await countStatements(async () => expect(await reader.ok(FEED)).toEqual(feed));
    expect(again.count).toBe(0);
    return feed;
  }

  /** Asked again, the feed is the answer kept: at most one statement, the check of what it read. */
  async function expectStillKept(reader: GraphQLClient, feed: unknown): Promise<void> {
    const again = await countStatements(async () => expect(await reader.ok(FEED)).toEqual(feed));
    expect(again.count).toBeLessThanOrEqual(1);
    for (const statement of again.statements) expect(statement).toContain('"ContentScope"');
  }

  /** The trekker shares a lesson of the arena with the tribune. */
  const liftToTribune = (id: string) =>
    trekker.ok(`mutation($id: ID!) { setLessonVisibility(id: $id, visibility: TRIBUNE) { visibility } }`, {
      id,
    });

  const moveBackToArena = (id: string) =>
    trekker.ok(`mutation($id: ID!) { setLessonVisibility(id: $id, visibility: ARENA) { visibility } }`, {
      id,
    });

  it('answers a repeated query without running it: the same answer and headers, no statement beyond the session', async () => {
    // A query of this test's own, so the first asking is certainly not kept yet.
    const ASKED_TWICE = FEED.replace('query Feed', 'query AskedTwice');
    let first: Awaited<ReturnType<GraphQLClient['query']>> | undefined;
    const fresh = await countStatements(async () => (first = await tribune.query(ASKED_TWICE)));
    let kept: Awaited<ReturnType<GraphQLClient['query']>> | undefined;
    const again = await countStatements(async () => (kept = await tribune.query(ASKED_TWICE)));
    expect(feedIds(first!.data).length).toBeGreaterThan(0);
    expect(kept!.data).toEqual(first!.data);
    expect(fresh.count).toBeGreaterThan(0);
    expect(again.count).toBe(0);
    const { date: _a, ...keptHeaders } = kept!.headers;
    const { date: _b, ...firstHeaders } = first!.headers;
    expect(keptHeaders).toEqual(firstHeaders);
    expect(keptHeaders['cache-control']).toBe('no-store');
  });

  it('answers a visitor’s repeated query after one statement, the content version, until a lesson goes public', async () => {
    const visitor = t.client();
    const SEARCH = `query VisitorSearches { search(query: "zwembadochtend", first: 5) { totalCount } }`;
    const lesson = await f.lesson({
      atelierId,
      authorId: (await f.user(DEMO.arena)).id,
      visibility: 'TRIBUNE',
      title: 'Een zwembadochtend brengt ouderen samen',
      publicConsent: true,
    });
    expect((await visitor.ok(SEARCH)).search.totalCount).toBe(0);
    const again = await countStatements(async () =>
      expect((await visitor.ok(SEARCH)).search.totalCount).toBe(0),
    );
    expect(again.statements).toEqual([expect.stringContaining('"ContentVersion"')]);

    await trekker.ok(
      `mutation($id: ID!) { setLessonVisibility(id: $id, visibility: PUBLIC) { visibility } }`,
      {
        id: gid('Lesson', lesson.id),
      },
    );
    expect((await visitor.ok(SEARCH)).search.totalCount).toBe(1);
  });

  it('gives each reader their own answer: another person, a visitor and the same browser after signing out', async () => {
    const ME = `{ me { email } }`;
    const arena = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    const visitor = t.client();
    const leaving = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    expect((await leaving.ok(ME)).me.email).toBe(DEMO.tribune);
    expect((await leaving.ok(ME)).me.email).toBe(DEMO.tribune);
    expect((await arena.ok(ME)).me.email).toBe(DEMO.arena);
    expect((await visitor.ok(ME)).me).toBeNull();
    await leaving.ok(`mutation { signOut }`);
    expect((await leaving.ok(ME)).me).toBeNull();
    // And the visitor's answer, kept now, is not what a person signing in gets.
    expect((await visitor.signIn(DEMO.arena, DEMO_PASSWORD).then((c) => c.ok(ME))).me.email).toBe(DEMO.arena);
  });

  it('a lesson moved back down to the arena leaves the tribune’s feed at once, though the feed was kept', async () => {
    const id = await keptInFeedOf(tribune);
    await moveBackToArena(id);
    expect(feedIds(await tribune.ok(FEED))).not.toContain(id);
    expect((await tribune.query(LESSON_TITLE, { id })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('never answers a mutation from the cache: the same lesson logged twice is two lessons', async () => {
    const arena = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    const LOG = `mutation($input: LogLessonInput!) { logLesson(input: $input) { id } }`;
    const input = {
      atelierId: gid('Atelier', atelierId),
      title: 'Twee keer hetzelfde geleerd',
      body: '<p>Een inloopochtend werkt beter met koffie.</p>',
      conditions: ['SOCIAL_COHESION'],
      level: 'NEIGHBOURHOOD',
      domain: 'WELFARE',
    };
    const first = await arena.ok(LOG, { input });
    const second = await arena.ok(LOG, { input });
    expect(second.logLesson.id).not.toBe(first.logLesson.id);
  });

  it('someone the trekker removes from the arena stops reading its lessons at once, though their answer was kept', async () => {
    const arena = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    const arenaUser = await f.user(DEMO.arena);
    const lesson = await f.lesson({
      atelierId,
      authorId: (await f.user(DEMO.trekker)).id,
      visibility: 'ARENA',
    });
    const ids = async () =>
      (await arena.query(ARENA_LESSONS, { id: gid('Atelier', atelierId) })).data?.atelier?.lessons.edges.map(
        (e: any) => e.node.id,
      ) ?? [];
    expect(await ids()).toContain(gid('Lesson', lesson.id));
    expect(await ids()).toContain(gid('Lesson', lesson.id));

    const participation = await t.prisma.participation.findFirstOrThrow({
      where: { atelierId, userId: arenaUser.id, status: 'ACTIVE' },
    });
    await trekker.ok(`mutation($p: ID!) { removeParticipant(participationId: $p) }`, {
      p: gid('Participation', participation.id),
    });
    expect(await ids()).not.toContain(gid('Lesson', lesson.id));
  });

  it('a change made through one replica is seen at once through another that kept the answer', async () => {
    const replica = await t.replica();
    try {
      const there = await replica.client().signIn(DEMO.tribune, DEMO_PASSWORD);
      const id = await keptInFeedOf(there);
      // Through this app (the other replica), not the one that kept the feed.
      await moveBackToArena(id);
      expect(feedIds(await there.ok(FEED))).not.toContain(id);
    } finally {
      await replica.close();
    }
  });

  it('a lesson logged in the arena leaves a tribune reader’s kept feed kept, and the arena’s own answers are made afresh', async () => {
    const { reader } = await tribuneReaderOf(t, atelierId);
    const member = await f.account('Doet mee in de arena');
    await t.prisma.user.update({ where: { id: member.user.id }, data: { emailConfirmedAt: new Date() } });
    await t.prisma.participation.create({ data: { atelierId, userId: member.user.id, role: 'ARENA' } });
    const arena = await t.client().signIn(member.email, member.password);
    await newLesson(atelierId, 'TRIBUNE');
    const feed = await keptFeedOf(reader);
    const arenaIds = async () =>
      (await arena.ok(ARENA_LESSONS, { id: gid('Atelier', atelierId) })).atelier.lessons.edges.map(
        (e: any) => e.node.id,
      );
    const before = await arenaIds();
    expect(await arenaIds()).toEqual(before);

    const logged = await arena.ok(
      `mutation($input: LogLessonInput!) { logLesson(input: $input) { id visibility } }`,
      {
        input: {
          atelierId: gid('Atelier', atelierId),
          title: 'Alleen voor de arena',
          body: '<p>Een inloopochtend werkt beter met koffie.</p>',
          conditions: ['SOCIAL_COHESION'],
          level: 'NEIGHBOURHOOD',
          domain: 'WELFARE',
          visibility: 'ARENA',
        },
      },
    );
    expect(logged.logLesson.visibility).toBe('ARENA');

    await expectStillKept(reader, feed);
    expect(await arenaIds()).toContain(logged.logLesson.id);
  });

  it('a feed that asks beyond what the feed shows (an atelier’s arena under an item) is made afresh after an arena lesson', async () => {
    const member = await f.account('Leest de arena onder de feed');
    await t.prisma.user.update({ where: { id: member.user.id }, data: { emailConfirmedAt: new Date() } });
    await t.prisma.participation.create({ data: { atelierId, userId: member.user.id, role: 'ARENA' } });
    const arena = await t.client().signIn(member.email, member.password);
    await newLesson(atelierId, 'TRIBUNE');
    const FEED_WITH_ARENA = `query { feed(first: 1) { edges { node { ... on Lesson {
      atelier { lessons(visibility: ARENA, first: 50) { edges { node { id } } } } } } } } }`;
    const arenaUnderFeed = async (): Promise<string[]> =>
      (await arena.ok(FEED_WITH_ARENA)).feed.edges[0].node.atelier.lessons.edges.map((e: any) => e.node.id);
    const before = await arenaUnderFeed();
    expect(await arenaUnderFeed()).toEqual(before);

    const logged = await arena.ok(`mutation($input: LogLessonInput!) { logLesson(input: $input) { id } }`, {
      input: {
        atelierId: gid('Atelier', atelierId),
        title: 'Ook onder de feed te lezen',
        body: '<p>Een inloopochtend werkt beter met koffie.</p>',
        conditions: ['SOCIAL_COHESION'],
        level: 'NEIGHBOURHOOD',
        domain: 'WELFARE',
        visibility: 'ARENA',
      },
    });
    expect(await arenaUnderFeed()).toContain(logged.logLesson.id);
  });

  it('a lesson lifted to the tribune is in the feed of the atelier’s readers at once, and leaves another atelier’s readers’ kept feeds alone', async () => {
    const otherAtelierId = (await f.atelierOf(POVERTY)).id;
    await newLesson(otherAtelierId, 'TRIBUNE');
    const { reader: readerHere } = await tribuneReaderOf(t, atelierId);
    const { reader: readerElsewhere } = await tribuneReaderOf(t, otherAtelierId);
    const id = gid('Lesson', (await newLesson(atelierId, 'ARENA')).id);
    expect(feedIds(await keptFeedOf(readerHere))).not.toContain(id);
    const elsewhere = await keptFeedOf(readerElsewhere);

    await liftToTribune(id);
    expect(feedIds(await readerHere.ok(FEED))).toContain(id);
    await expectStillKept(readerElsewhere, elsewhere);
  });

  it('a reaction on a shared lesson is under it in the kept feeds of the atelier’s readers at once, and leaves another atelier’s readers’ kept feeds alone', async () => {
    const otherAtelierId = (await f.atelierOf(POVERTY)).id;
    await newLesson(otherAtelierId, 'TRIBUNE');
    const { reader: readerHere } = await tribuneReaderOf(t, atelierId);
    const { reader: readerElsewhere } = await tribuneReaderOf(t, otherAtelierId);
    const id = gid('Lesson', (await newLesson(atelierId, 'TRIBUNE')).id);
    const FEED_WITH_REACTIONS = FEED.replace(
      '... on Lesson { id title }',
      '... on Lesson { id title reactions { id } }',
    );
    const reactionsUnder = async (): Promise<string[]> =>
      (await readerHere.ok(FEED_WITH_REACTIONS)).feed.edges
        .find((e: any) => e.node.id === id)
        .node.reactions.map((r: any) => r.id);
    expect(await reactionsUnder()).toEqual([]);
    expect(await reactionsUnder()).toEqual([]);
    const elsewhere = await keptFeedOf(readerElsewhere);

    const reacted = await readerHere.ok(
      `mutation($id: ID!) { react(targetId: $id, body: "Herkenbaar, dank je.") { id } }`,
      {
        id,
      },
    );
    expect(await reactionsUnder()).toEqual([reacted.react.id]);
    await expectStillKept(readerElsewhere, elsewhere);
  });

  it('someone removed from an atelier’s tribune no longer finds its lessons in their kept feed, at once', async () => {
    const otherAtelierId = (await f.atelierOf(POVERTY)).id;
    const { reader, userId } = await tribuneReaderOf(t, atelierId, otherAtelierId);
    const { reader: readerElsewhere } = await tribuneReaderOf(t, otherAtelierId);
    const id = gid('Lesson', (await newLesson(atelierId, 'TRIBUNE')).id);
    expect(feedIds(await keptFeedOf(reader))).toContain(id);
    const elsewhere = await keptFeedOf(readerElsewhere);

    const participation = await t.prisma.participation.findFirstOrThrow({ where: { atelierId, userId } });
    await trekker.ok(`mutation($p: ID!) { removeParticipant(participationId: $p) }`, {
      p: gid('Participation', participation.id),
    });
    expect(feedIds(await reader.ok(FEED))).not.toContain(id);
    await expectStillKept(readerElsewhere, elsewhere);
  });

  it('a lesson lifted to the tribune through one replica is in the feed another replica kept, and leaves its other kept feeds alone', async () => {
    const replica = await t.replica();
    try {
      const otherAtelierId = (await f.atelierOf(POVERTY)).id;
      await newLesson(otherAtelierId, 'TRIBUNE');
      const { reader: readerHere } = await tribuneReaderOf(replica, atelierId);
      const { reader: readerElsewhere } = await tribuneReaderOf(replica, otherAtelierId);
      const id = gid('Lesson', (await newLesson(atelierId, 'ARENA')).id);
      expect(feedIds(await keptFeedOf(readerHere))).not.toContain(id);
      const elsewhere = await keptFeedOf(readerElsewhere);

      // Through this app, not the replica that kept the feeds.
      await liftToTribune(id);
      expect(feedIds(await readerHere.ok(FEED))).toContain(id);
      await expectStillKept(readerElsewhere, elsewhere);
    } finally {
      await replica.close();
    }
  });

  it('does not keep an answer with errors: asking again runs the query again', async () => {
    const arenaLesson = await f.lessonAt(atelierId, 'ARENA');
    const ask = () => tribune.query(LESSON_TITLE, { id: gid('Lesson', arenaLesson.id) });
    expect((await ask()).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const again = await countStatements(async () =>
      expect((await ask()).errors?.[0]?.extensions.code).toBe('NOT_FOUND'),
    );
    expect(again.count).toBeGreaterThan(0);
  });

  it('keeps a list of upcoming activities until the first of them is over, not beyond', async () => {
    const trekkerUser = await f.user(DEMO.trekker);
    const activity = await t.prisma.activity.create({
      data: {
        atelierId,
        plannedById: trekkerUser.id,
        kind: 'MEETING',
        title: 'Bijeenkomst die zo begint',
        location: 'Buurthuis De Brug',
        startsAt: new Date(Date.now() + 1_500),
      },
    });
    const UPCOMING = `query($id: ID!) { atelier(id: $id) { activities(upcoming: true) { id } } }`;
    const upcoming = async () =>
      (await tribune.ok(UPCOMING, { id: gid('Atelier', atelierId) })).atelier.activities.map(
        (a: any) => a.id,
      );
    expect(await upcoming()).toContain(gid('Activity', activity.id));
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, activity.startsAt.getTime() - Date.now()) + 100),
    );
    expect(await upcoming()).not.toContain(gid('Activity', activity.id));
  });
});

describe('response cache and the clock', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
  });
  afterAll(() => t.close());

  it('keeps the trekker’s upcoming activities, with whether each may still be changed, while none has begun', async () => {
    const trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    const activity = await t.prisma.activity.create({
      data: {
        atelierId,
        plannedById: (await f.user(DEMO.trekker)).id,
        kind: 'MEETING',
        title: 'Bijeenkomst over een uur',
        location: 'Buurthuis De Brug',
        startsAt: new Date(Date.now() + 3_600_000),
      },
    });
    const PLANNED = `query Planned($id: ID!) { atelier(id: $id) { activities(upcoming: true) { id title canEdit } } }`;
    const ask = () => trekker.ok(PLANNED, { id: gid('Atelier', atelierId) });
    const first = await ask();
    expect(first.atelier.activities).toContainEqual({
      id: gid('Activity', activity.id),
      title: 'Bijeenkomst over een uur',
      canEdit: true,
    });
    const again = await countStatements(async () => expect(await ask()).toEqual(first));
    expect(again.count).toBe(0);
  });

  it('never keeps an answer that depends on the time of asking with no moment to name (past activities)', async () => {
    const tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    const PAST = `query Past($id: ID!) { atelier(id: $id) { activities(upcoming: false) { id } } }`;
    await tribune.ok(PAST, { id: gid('Atelier', atelierId) });
    const again = await countStatements(() => tribune.ok(PAST, { id: gid('Atelier', atelierId) }));
    expect(again.count).toBeGreaterThan(0);
  });
});

describe('response cache: changes made outside the API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_SECONDS: '3' } });
  });
  afterAll(() => t.close());

  it('are seen after RESPONSE_CACHE_SECONDS at the latest (the kept answer lives no longer)', async () => {
    const tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    const f = new DemoFixtures(t.prisma);
    const lesson = await f.lessonAt((await f.atelierOf(LONELINESS)).id, 'TRIBUNE');
    const id = gid('Lesson', lesson.id);
    const before = (await tribune.ok(LESSON_TITLE, { id })).lesson.title;
    const keptAt = Date.now();
    // Straight into the database, as an operator with psql would: no mutation moves the content version on.
    await t.pool.query(`UPDATE "Lesson" SET title = 'Aangepast buiten de app om' WHERE id = $1`, [lesson.id]);
    expect((await tribune.ok(LESSON_TITLE, { id })).lesson.title).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, keptAt + 3_100 - Date.now())));
    expect((await tribune.ok(LESSON_TITLE, { id })).lesson.title).toBe('Aangepast buiten de app om');
  });
});
