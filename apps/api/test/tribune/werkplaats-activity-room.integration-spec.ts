import {
  DEMO,
  DemoFixtures,
  LONELINESS,
  gid,
  secondWorkshop,
  type SecondWorkshop,
} from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { demoClients, errorOf, inDays, person, type DemoRole } from './tribune-fixtures.js';

/**
 * Issue 21, what a werkplaats-wide activity carries after it: lessons from the room (logged by its beheerder in an
 * atelier of the werkplaats, on the ladder, through the same personal-data check as any lesson), the people of the
 * werkplaats told when one is planned, moved or cancelled, and the public ones in the werkplaats's open data.
 */
const ROOM_LESSON = `mutation($a: ID!, $i: LogLessonInput!, $p: [PersonalDataChoiceInput!]) {
  addActivityLesson(activityId: $a, input: $i, personalData: $p) { id title body visibility atelier { id } } }`;
const LOG_LESSON = `mutation($i: LogLessonInput!, $p: [PersonalDataChoiceInput!]) {
  logLesson(input: $i, personalData: $p) { id body visibility } }`;
const ACTIVITY = `query($id: ID!) { activity(id: $id) { id links { hiddenCount lessonsFromRoom { id title } } } }`;
const PLAN_WIDE = `mutation($w: ID!, $i: PlanActivityInput!) { planWorkshopActivity(workshopId: $w, input: $i) { id } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateActivityInput!) { updateActivity(id: $id, input: $i) { id } }`;
const CANCEL = `mutation($id: ID!, $m: String) { cancelActivity(id: $id, message: $m) { id } }`;
const REGISTER = `mutation($a: ID!) { registerForActivity(activityId: $a) { id } }`;
const NOTIFICATIONS = `query { notifications(first: 50) { edges { node { kind note activity { id title } } } } }`;

const BODY =
  '<p>Mevrouw Jansen vertelde dat ze haar post niet meer opent. Bel 06-12345678 voor een afspraak.</p>';

describe('werkplaats-wide activities: lessons from the room, notifications, open data', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let c: Record<DemoRole | 'visitor', GraphQLClient>;
  let workshopId: string;
  let atelierId: string;
  let adminId: string;
  let other: SecondWorkshop;

  const idOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

  /** A werkplaats-wide activity made straight in the database, starting `days` from now (negative: in the past). */
  async function wide(options: { isPublic: boolean; days: number; title: string }) {
    const row = await t.prisma.activity.create({
      data: {
        workshopId,
        plannedById: adminId,
        kind: 'MEETING',
        title: options.title,
        startsAt: new Date(Date.now() + options.days * 24 * 60 * 60 * 1000),
        location: 'Stadhuis',
        isPublic: options.isPublic,
      },
    });
    return gid('Activity', row.id);
  }

  const lesson = (overrides: Record<string, unknown> = {}) => ({
    atelierId: gid('Atelier', atelierId),
    title: 'Uit de zaal: wie terugkomt, kent iemand',
    body: '<p>Mensen komen terug als ze weten wie er zit.</p>',
    conditions: ['SOCIAL_COHESION'],
    level: 'GROUP',
    domain: 'WELFARE',
    visibility: 'ARENA',
    ...overrides,
  });

  /** The notifications of this kind about this activity, per recipient, straight from the table. */
  async function told(kind: string, activityGid: string) {
    const rows = await t.prisma.notification.findMany({
      where: { kind: kind as 'ACTIVITY_PLANNED', activityId: idOf(activityGid) },
      select: { userId: true, note: true },
    });
    return new Map(rows.map((r) => [r.userId, r.note]));
  }

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    c = await demoClients(t);
    workshopId = (await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } })).id;
    atelierId = (await f.atelierOf(LONELINESS)).id;
    adminId = (await f.user(DEMO.admin)).id;
    other = await secondWorkshop(t.prisma, 'kwelderland');
  });
  afterAll(() => t.close());

  it('a lesson from the room meets the personal-data check: refused without choices, saved pseudonymised', async () => {
    const activity = await wide({ isPublic: true, days: -1, title: 'Symposium lerende praktijken' });
    const refused = await c.admin.query(ROOM_LESSON, { a: activity, i: lesson({ body: BODY }) });
    expect(errorOf(refused)).toMatchObject({
      code: 'PERSONAL_DATA',
      findings: [
        { kind: 'NAME', field: 'body', text: 'Mevrouw Jansen', suggestion: 'Mevrouw A.' },
        { kind: 'PHONE', field: 'body', text: '06-12345678' },
      ],
    });
    // Nothing was kept of the refused one.
    expect((await c.admin.ok(ACTIVITY, { id: activity })).activity.links.lessonsFromRoom).toEqual([]);

    const findings = refused.errors![0]!.extensions.findings as { id: string; kind: string }[];
    const made = (
      await c.admin.ok(ROOM_LESSON, {
        a: activity,
        i: lesson({ body: BODY }),
        p: findings.map((x) =>
          x.kind === 'NAME'
            ? { findingId: x.id, action: 'PSEUDONYMISE' }
            : { findingId: x.id, action: 'CONFIRM', reason: 'Het nummer van het buurtteam' },
        ),
      })
    ).addActivityLesson;
    expect(made).toMatchObject({
      visibility: 'ARENA',
      atelier: { id: gid('Atelier', atelierId) },
      body: '<p>Mevrouw A. vertelde dat ze haar post niet meer opent. Bel 06-12345678 voor een afspraak.</p>',
    });
    const row = await t.prisma.lesson.findUniqueOrThrow({ where: { id: idOf(made.id) } });
    expect(row.authorId).toBe(adminId);
    expect(row.privacyAccepted).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'PHONE', reason: 'Het nummer van het buurtteam', byId: adminId }),
      ]),
    );
    expect((await c.admin.ok(ACTIVITY, { id: activity })).activity.links.lessonsFromRoom).toEqual([
      { id: made.id, title: made.title },
    ]);

    // logLesson takes the same choices.
    const logged = await c.arena.query(LOG_LESSON, { i: lesson({ body: BODY }) });
    expect(errorOf(logged)?.code).toBe('PERSONAL_DATA');
    const again = (
      await c.arena.ok(LOG_LESSON, {
        i: lesson({ body: BODY }),
        p: (logged.errors![0]!.extensions.findings as { id: string }[]).map((x) => ({
          findingId: x.id,
          action: 'PSEUDONYMISE',
        })),
      })
    ).logLesson;
    expect(again.body).toContain('Mevrouw A.');
    expect(again.body).not.toContain('06-12345678');
  });

  it('is logged by its beheerder only, after it began, in an atelier of its own werkplaats', async () => {
    const held = await wide({ isPublic: false, days: -1, title: 'Ontmoeting na afloop' });
    for (const role of ['trekker', 'committee', 'arena', 'tribune'] as const) {
      expect(errorOf(await c[role].query(ROOM_LESSON, { a: held, i: lesson() }))?.code).toBe('FORBIDDEN');
    }
    const upcoming = await wide({ isPublic: true, days: 4, title: 'Ontmoeting die nog komt' });
    expect(errorOf(await c.admin.query(ROOM_LESSON, { a: upcoming, i: lesson() }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_YET_HELD',
    });
    const refused = await c.admin.query(ROOM_LESSON, {
      a: held,
      i: lesson({ atelierId: gid('Atelier', other.atelier.id) }),
    });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.atelierId' });
  });

  it('on the activity page, each reads only the lessons from the room the ladder lets them read', async () => {
    const activity = await wide({ isPublic: true, days: -2, title: 'Netwerkbijeenkomst sociale basis' });
    const arenaLesson = (
      await c.admin.ok(ROOM_LESSON, { a: activity, i: lesson({ title: 'Uit de zaal, voor de arena' }) })
    ).addActivityLesson;
    // The arena of that atelier reads it; the tribune, the visitor and an outsider don't, and are told one is hidden.
    expect((await c.arena.ok(ACTIVITY, { id: activity })).activity.links).toMatchObject({
      hiddenCount: 0,
      lessonsFromRoom: [{ id: arenaLesson.id }],
    });
    const outsider = await person(t, { name: 'Buiten de werkplaats' });
    for (const reader of [c.tribune, c.visitor, outsider.client]) {
      expect((await reader.ok(ACTIVITY, { id: activity })).activity.links).toEqual({
        hiddenCount: 1,
        lessonsFromRoom: [],
      });
    }
    // Shared with the tribune by the trekker, the tribune reads it too.
    await t.prisma.lesson.update({ where: { id: idOf(arenaLesson.id) }, data: { visibility: 'TRIBUNE' } });
    expect((await c.tribune.ok(ACTIVITY, { id: activity })).activity.links).toMatchObject({
      hiddenCount: 0,
      lessonsFromRoom: [{ id: arenaLesson.id }],
    });
    expect((await c.visitor.ok(ACTIVITY, { id: activity })).activity.links.hiddenCount).toBe(1);
  });

  it('tells the werkplaats’s people when one is planned, moved or cancelled; nobody outside it, nobody QUIET', async () => {
    const quiet = await person(t, { atelierId, role: 'TRIBUNE', name: 'Stille Volger' });
    await t.prisma.participation.updateMany({
      where: { userId: quiet.userId },
      data: { notificationLevel: 'QUIET' },
    });
    const loud = await person(t, { atelierId, role: 'TRIBUNE', name: 'Luide Volger' });
    const outsider = await person(t, { name: 'Bezoeker met account' });
    const otherTribune = other.people.tribune.id;
    const demo = Object.fromEntries(
      await Promise.all(
        (Object.keys(DEMO) as DemoRole[]).map(async (role) => [role, (await f.user(DEMO[role])).id] as const),
      ),
    ) as Record<DemoRole, string>;

    // Someone who wants each notification mailed at once gets it named after the werkplaats, from the werkplaats.
    await t.prisma.user.update({ where: { id: loud.userId }, data: { mailDelivery: 'DIRECT' } });
    const planned = (
      await c.admin.ok(PLAN_WIDE, {
        w: gid('Workshop', workshopId),
        i: {
          kind: 'NETWORK_MEETING',
          title: 'Besloten netwerkbijeenkomst',
          startsAt: inDays(12),
          location: 'Stadhuis Nijmegen',
        },
      })
    ).planWorkshopActivity.id;
    const plannedTold = await told('ACTIVITY_PLANNED', planned);
    for (const id of [demo.committee, demo.trekker, demo.arena, demo.tribune, loud.userId]) {
      expect(plannedTold.has(id)).toBe(true);
    }
    // Not the beheerder who planned it, not who set their atelier to quiet, not those outside the werkplaats.
    for (const id of [adminId, quiet.userId, outsider.userId, otherTribune]) {
      expect(plannedTold.has(id)).toBe(false);
    }
    const mailed = await t.prisma.mailMessage.findMany({
      where: { userId: loud.userId, idempotencyKey: { startsWith: 'notification:' } },
      select: { subject: true, fromName: true, workshopId: true },
    });
    const workshopName = (await t.prisma.workshop.findUniqueOrThrow({ where: { id: workshopId } })).name;
    expect(mailed).toEqual([
      { subject: `Nieuwe activiteit in ${workshopName}`, fromName: workshopName, workshopId },
    ]);
    // It reads as any activity notification, with its title.
    const tribuneFeed = (await c.tribune.ok(NOTIFICATIONS)).notifications.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(tribuneFeed).toContainEqual({
      kind: 'ACTIVITY_PLANNED',
      note: null,
      activity: { id: planned, title: 'Besloten netwerkbijeenkomst' },
    });

    await c.admin.ok(UPDATE, { id: planned, i: { startsAt: inDays(14) } });
    const movedTold = await told('ACTIVITY_CHANGED', planned);
    expect(movedTold.has(demo.tribune)).toBe(true);
    expect(movedTold.has(outsider.userId)).toBe(false);
    expect(movedTold.has(quiet.userId)).toBe(false);

    // The quiet one registered: a change or cancellation is addressed to them whatever their level.
    await quiet.client.ok(REGISTER, { a: planned });
    await c.admin.ok(CANCEL, { id: planned, m: 'We schuiven aan bij het symposium.' });
    const cancelledTold = await told('ACTIVITY_CANCELLED', planned);
    expect(cancelledTold.get(quiet.userId)).toBe('We schuiven aan bij het symposium.');
    expect(cancelledTold.get(demo.tribune)).toBeNull();
    expect(cancelledTold.has(outsider.userId)).toBe(false);
    expect(cancelledTold.has(adminId)).toBe(false);

    // A public one: an outsider who registered hears it moved; the werkplaats's people as before.
    const open = (
      await c.admin.ok(PLAN_WIDE, {
        w: gid('Workshop', workshopId),
        i: {
          kind: 'MEETING',
          title: 'Open ontmoeting',
          startsAt: inDays(15),
          location: 'Bibliotheek',
          isPublic: true,
        },
      })
    ).planWorkshopActivity.id;
    expect((await told('ACTIVITY_PLANNED', open)).has(outsider.userId)).toBe(false);
    await outsider.client.ok(REGISTER, { a: open });
    await c.admin.ok(UPDATE, { id: open, i: { location: 'Bibliotheek, zaal 2' } });
    const openMoved = await told('ACTIVITY_CHANGED', open);
    expect(openMoved.has(outsider.userId)).toBe(true);
    expect(openMoved.has(demo.arena)).toBe(true);
    expect(openMoved.has(otherTribune)).toBe(false);
  });

  it('open data lists the public werkplaats-wide activities, with what they present, and no other', async () => {
    const open = await wide({ isPublic: true, days: -3, title: 'Jaarlijks symposium open' });
    const closed = await wide({ isPublic: false, days: -3, title: 'Besloten ontmoeting dicht' });
    const publicLesson = await f.lesson({ atelierId, authorId: adminId, visibility: 'PUBLIC' });
    const tribuneLesson = await f.lesson({ atelierId, authorId: adminId, visibility: 'TRIBUNE' });
    for (const lessonId of [publicLesson.id, tribuneLesson.id]) {
      await t.prisma.activityLesson.create({ data: { activityId: idOf(open), lessonId } });
    }
    await t.prisma.activity.update({
      where: { id: idOf(open) },
      data: { outcome: 'Drie gemeenten delen hun aanpak.', attendeeCount: 120 },
    });
    const json = await t.http().get('/w/arnhem-nijmegen/open-data/activiteiten.json');
    expect(json.status).toBe(200);
    const body = json.body as {
      fields: { name: string }[];
      rows: Record<string, unknown>[];
    };
    expect(body.fields.map((x) => x.name)).toEqual(
      expect.arrayContaining(['scope', 'lessonIds', 'insightIds', 'outcome', 'attendeeCount', 'licence']),
    );
    const row = body.rows.find((r) => r.id === idOf(open));
    expect(row).toMatchObject({
      atelierId: null,
      scope: 'WERKPLAATS',
      title: 'Jaarlijks symposium open',
      lessonIds: [publicLesson.id],
      outcome: 'Drie gemeenten delen hun aanpak.',
      attendeeCount: 120,
      licence: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(body.rows.some((r) => r.id === idOf(closed))).toBe(false);

    const csv = await t.http().get('/w/arnhem-nijmegen/open-data/activiteiten.csv');
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('Jaarlijks symposium open');
    expect(csv.text).not.toContain('Besloten ontmoeting dicht');
    expect(csv.text.split('\r\n')[0]).toContain('scope');
  });
});
