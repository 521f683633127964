import { DEMO, DemoFixtures, LONELINESS, gid, secondWorkshop } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { demoClients, errorOf, inDays, person, type DemoRole } from './tribune-fixtures.js';

/**
 * Activities of the werkplaats as a whole (issue 21): a beheerder plans them, public or for the werkplaats's people;
 * an activity presents lessons, insights and outputs (each reader sees only what they may read, and how many others
 * there are); after it, whoever leads it records what came out of it and who came.
 */
const FIELDS = `id title isPublic atelier { id } workshop { slug } outcome attendeeCount canRecordOutcome
  namedAttendees { name }
  links { hiddenCount lessons { id } insights { id } outputs { id } lessonsFromRoom { id title } }`;
const PLAN_WIDE = `mutation($w: ID!, $i: PlanActivityInput!) { planWorkshopActivity(workshopId: $w, input: $i) { ${FIELDS} } }`;
const PLAN = `mutation($a: ID!, $i: PlanActivityInput!) { planActivity(atelierId: $a, input: $i) { id } }`;
const ACTIVITY = `query($id: ID!) { activity(id: $id) { ${FIELDS} } }`;
const LINKS = `mutation($id: ID!, $i: ActivityLinksInput!) { setActivityLinks(id: $id, input: $i) { ${FIELDS} } }`;
const RECORD = `mutation($id: ID!, $i: RecordActivityOutcomeInput!) { recordActivityOutcome(id: $id, input: $i) { ${FIELDS} } }`;
const ROOM_LESSON = `mutation($a: ID!, $i: LogLessonInput!) { addActivityLesson(activityId: $a, input: $i) { id title visibility } }`;
const REGISTER = `mutation($a: ID!) { registerForActivity(activityId: $a) { id } }`;
const AGENDA = `query($slug: String!, $up: Boolean) { workshop(slug: $slug) {
  activities(upcoming: $up, first: 10) { totalCount edges { node { id title } } } } }`;
const SEARCH = `query($q: String!) { search(query: $q, first: 20) { edges { node { __typename ... on Activity { id } } } } }`;

describe('werkplaats-wide activities', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let c: Record<DemoRole | 'visitor', GraphQLClient>;
  let workshopGid: string;
  let atelierId: string;
  let adminId: string;
  let arenaId: string;

  const input = (overrides: Record<string, unknown> = {}) => ({
    kind: 'NETWORK_MEETING',
    title: 'Netwerkbijeenkomst sociale basis',
    description: 'Wat de ateliers dit jaar leerden.',
    startsAt: inDays(10),
    location: 'Stadhuis Nijmegen',
    ...overrides,
  });

  /** A werkplaats-wide activity made straight in the database, starting `days` from now (negative: in the past). */
  async function wide(options: { isPublic: boolean; days: number; title?: string }) {
    const row = await t.prisma.activity.create({
      data: {
        workshopId: (await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } })).id,
        plannedById: adminId,
        kind: 'MEETING',
        title: options.title ?? 'Ontmoeting van de werkplaats',
        startsAt: new Date(Date.now() + options.days * 24 * 60 * 60 * 1000),
        location: 'Stadhuis',
        isPublic: options.isPublic,
      },
    });
    return gid('Activity', row.id);
  }

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    c = await demoClients(t);
    const workshop = await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } });
    workshopGid = gid('Workshop', workshop.id);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    adminId = (await f.user(DEMO.admin)).id;
    arenaId = (await f.user(DEMO.arena)).id;
  });
  afterAll(() => t.close());

  it('is planned by a beheerder of the werkplaats only, and public only when they say so', async () => {
    const planned = (await c.admin.ok(PLAN_WIDE, { w: workshopGid, i: input({ isPublic: true }) }))
      .planWorkshopActivity;
    expect(planned).toMatchObject({ isPublic: true, atelier: null, workshop: { slug: 'arnhem-nijmegen' } });
    for (const role of ['trekker', 'committee', 'arena', 'tribune'] as const) {
      expect(errorOf(await c[role].query(PLAN_WIDE, { w: workshopGid, i: input() }))?.code).toBe('FORBIDDEN');
    }
    expect(errorOf(await c.visitor.query(PLAN_WIDE, { w: workshopGid, i: input() }))?.code).toBe(
      'UNAUTHENTICATED',
    );
    // A beheerder of another werkplaats plans nothing here.
    const other = await secondWorkshop(t.prisma);
    const otherAdmin = await t.client().signIn(other.people.admin.email, other.password);
    expect(errorOf(await otherAdmin.query(PLAN_WIDE, { w: workshopGid, i: input() }))?.code).toBe(
      'FORBIDDEN',
    );
    // An atelier's activity stays tribune content.
    const refused = await c.trekker.query(PLAN, {
      a: gid('Atelier', atelierId),
      i: input({ isPublic: true }),
    });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.isPublic' });
  });

  it('is read by the werkplaats’s people when private and by everyone when public, by id, in the agenda and in search', async () => {
    const title = 'Symposium lerende praktijken';
    const privateId = await wide({ isPublic: false, days: 20, title: `${title} besloten` });
    const publicId = await wide({ isPublic: true, days: 21, title: `${title} open` });
    const other = await secondWorkshop(t.prisma, 'kwelderland');
    const outsider = await t.client().signIn(other.people.tribune.email, other.password);
    const readers = { ...c, outsider };
    for (const [role, client] of Object.entries(readers)) {
      const seesPrivate = role !== 'visitor' && role !== 'outsider';
      const byId = await client.query(ACTIVITY, { id: privateId });
      if (seesPrivate) expect(byId.data?.activity?.id).toBe(privateId);
      else expect(errorOf(byId)?.code).toBe('NOT_FOUND');
      expect((await client.ok(ACTIVITY, { id: publicId })).activity.id).toBe(publicId);

      const agenda = (await client.ok(AGENDA, { slug: 'arnhem-nijmegen', up: true })).workshop.activities;
      const listed = agenda.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(listed.includes(privateId)).toBe(seesPrivate);
      expect(listed).toContain(publicId);

      const found = (await client.ok(SEARCH, { q: 'symposium' })).search.edges.map(
        (e: { node: { id?: string } }) => e.node.id,
      );
      expect(found.includes(privateId)).toBe(seesPrivate);
      expect(found).toContain(publicId);
    }
  });

  it('shows only the linked items a reader may read, and how many are hidden', async () => {
    const activity = await wide({ isPublic: true, days: 5 });
    const tribuneInsight = await f.insight({ atelierId, authorId: arenaId, visibility: 'TRIBUNE' });
    const publicLesson = await f.lesson({ atelierId, authorId: arenaId, visibility: 'PUBLIC' });
    const product = await f.product({ atelierId, registeredById: arenaId, visibility: 'PUBLIC' });
    const linked = (
      await c.admin.ok(LINKS, {
        id: activity,
        i: {
          lessonIds: [gid('Lesson', publicLesson.id)],
          insightIds: [gid('Insight', tribuneInsight.id)],
          productIds: [gid('Product', product.id)],
        },
      })
    ).setActivityLinks;
    expect(linked.links).toMatchObject({
      hiddenCount: 0,
      insights: [{ id: gid('Insight', tribuneInsight.id) }],
    });
    // An ARENA lesson is not the beheerder's to read, so not theirs to link either.
    const arenaLesson = await f.lesson({ atelierId, authorId: arenaId, visibility: 'ARENA' });
    const refused = await c.admin.query(LINKS, {
      id: activity,
      i: { lessonIds: [gid('Lesson', arenaLesson.id)], insightIds: [], productIds: [] },
    });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lessonIds.0' });
    expect(
      errorOf(
        await c.trekker.query(LINKS, { id: activity, i: { lessonIds: [], insightIds: [], productIds: [] } }),
      )?.code,
    ).toBe('FORBIDDEN');

    const visitor = (await c.visitor.ok(ACTIVITY, { id: activity })).activity.links;
    expect(visitor).toMatchObject({
      hiddenCount: 1,
      insights: [],
      lessons: [{ id: gid('Lesson', publicLesson.id) }],
    });
    expect(visitor.outputs).toHaveLength(1);
    const tribune = (await c.tribune.ok(ACTIVITY, { id: activity })).activity.links;
    expect(tribune).toMatchObject({ hiddenCount: 0, insights: [{ id: gid('Insight', tribuneInsight.id) }] });
  });

  it('records what came out of it only after it began, by whoever leads it; names only with consent', async () => {
    const upcoming = await wide({ isPublic: true, days: 3 });
    const outcome = { outcome: 'Drie gemeenten delen hun aanpak.', attendeeCount: 42 };
    const early = await c.admin.query(RECORD, { id: upcoming, i: outcome });
    expect(errorOf(early)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_YET_HELD' });

    // Registered while it was upcoming; then it took place.
    const consenting = await person(t, { atelierId, role: 'TRIBUNE', name: 'Fenna Wel-Genoemd' });
    const silent = await person(t, { atelierId, role: 'TRIBUNE', name: 'Gijs Niet-Genoemd' });
    await t.prisma.user.update({ where: { id: consenting.userId }, data: { nameInReports: true } });
    await consenting.client.ok(REGISTER, { a: upcoming });
    await silent.client.ok(REGISTER, { a: upcoming });
    const raw = Buffer.from(upcoming, 'base64url').toString('utf8').split(':')[1]!;
    await t.prisma.activity.update({
      where: { id: raw },
      data: { startsAt: new Date(Date.now() - 3_600_000) },
    });

    for (const role of ['trekker', 'committee', 'arena', 'tribune'] as const) {
      expect(errorOf(await c[role].query(RECORD, { id: upcoming, i: outcome }))?.code).toBe('FORBIDDEN');
    }
    expect((await c.tribune.ok(ACTIVITY, { id: upcoming })).activity.canRecordOutcome).toBe(false);
    expect((await c.admin.ok(ACTIVITY, { id: upcoming })).activity.canRecordOutcome).toBe(true);
    const stranger = await f.person('Nooit aangemeld');
    const wrong = await c.admin.query(RECORD, {
      id: upcoming,
      i: { ...outcome, attendedUserIds: [gid('User', stranger.id)] },
    });
    expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attendedUserIds' });

    const recorded = (
      await c.admin.ok(RECORD, {
        id: upcoming,
        i: { ...outcome, attendedUserIds: [gid('User', consenting.userId), gid('User', silent.userId)] },
      })
    ).recordActivityOutcome;
    expect(recorded).toMatchObject({ outcome: outcome.outcome, attendeeCount: 42 });
    expect(recorded.namedAttendees).toEqual([{ name: 'Fenna Wel-Genoemd' }]);
    // A visitor reads what came out of it and the count, no names.
    const seen = (await c.visitor.ok(ACTIVITY, { id: upcoming })).activity;
    expect(seen).toMatchObject({ outcome: outcome.outcome, attendeeCount: 42, namedAttendees: [] });

    // The outcome form lists those registered by name, whatever their consent: only for whoever leads it.
    const REGISTRATIONS = `query($id: ID!) { activity(id: $id) { registrations { attended user { name } } } }`;
    const byLeader = (await c.admin.ok(REGISTRATIONS, { id: upcoming })).activity.registrations;
    expect(byLeader).toEqual([
      { attended: true, user: { name: 'Fenna Wel-Genoemd' } },
      { attended: true, user: { name: 'Gijs Niet-Genoemd' } },
    ]);
    // Someone registered reads their own registration only; the others, none.
    expect((await silent.client.ok(REGISTRATIONS, { id: upcoming })).activity.registrations).toEqual([
      { attended: true, user: { name: 'Gijs Niet-Genoemd' } },
    ]);
    for (const reader of [c.tribune, c.trekker, c.committee, c.visitor]) {
      expect((await reader.ok(REGISTRATIONS, { id: upcoming })).activity.registrations).toEqual([]);
    }
  });

  it('keeps lessons from the room of an atelier’s activity as lessons of the atelier, on the ladder', async () => {
    const row = await t.prisma.activity.create({
      data: {
        atelierId,
        plannedById: (await f.user(DEMO.trekker)).id,
        kind: 'THEME_DISCUSSION',
        title: 'Themabespreking ontmoeten',
        startsAt: new Date(Date.now() - 2 * 3_600_000),
        location: 'Wijkcentrum',
      },
    });
    const id = gid('Activity', row.id);
    const lesson = {
      atelierId: gid('Atelier', atelierId),
      title: 'Een vaste tafel werkt beter dan een inloop',
      body: '<p>Mensen komen terug als ze weten wie er zit.</p>',
      conditions: ['SOCIAL_COHESION'],
      level: 'GROUP',
      domain: 'WELFARE',
      visibility: 'ARENA',
    };
    expect(errorOf(await c.tribune.query(ROOM_LESSON, { a: id, i: lesson }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await c.admin.query(ROOM_LESSON, { a: id, i: lesson }))?.code).toBe('FORBIDDEN');
    const made = (await c.trekker.ok(ROOM_LESSON, { a: id, i: lesson })).addActivityLesson;
    expect(made.visibility).toBe('ARENA');
    // The arena reads it from the room; the tribune doesn't, and is told one item is hidden.
    const arena = (await c.arena.ok(ACTIVITY, { id })).activity.links;
    expect(arena.lessonsFromRoom).toEqual([{ id: made.id, title: lesson.title }]);
    const tribune = (await c.tribune.ok(ACTIVITY, { id })).activity.links;
    expect(tribune).toMatchObject({ lessonsFromRoom: [], hiddenCount: 1 });
    // Before it begins, nothing came out of it yet.
    const upcoming = (
      await c.trekker.ok(PLAN, { a: gid('Atelier', atelierId), i: input({ kind: 'MEETING' }) })
    ).planActivity.id;
    const early = await c.trekker.query(ROOM_LESSON, { a: upcoming, i: lesson });
    expect(errorOf(early)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_YET_HELD' });
  });
});
