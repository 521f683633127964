// Retention of drafts (issue 20): a draft untouched for its werkplaats's retention time is proposed to its author
// for deletion (a notification, and mail through the outbox for one who gets mail directly), deleted after the grace
// period unless touched; the beheerder sets the retention per werkplaats. The sweep is run with controlled dates.
import { randomUUID } from 'node:crypto';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { DRAFT_GRACE_DAYS, RETENTION_BATCH, RetentionSweep } from '../../src/privacy/retention.js';

const DAY = 86_400_000;
const SET = `mutation($w: ID!, $m: Int!) { setDraftRetention(workshopId: $w, months: $m) { draftRetentionMonths } }`;
const RETENTION = `query($s: String!) { workshop(slug: $s) { draftRetentionMonths draftGraceDays } }`;
const UPDATE = `mutation($input: UpdateLessonInput!) { updateLesson(input: $input) { version } }`;

describe('retention of untouched drafts', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let sweep: RetentionSweep;
  let author: GraphQLClient;
  let admin: GraphQLClient;
  let authorId: string;
  let atelierId: string;
  let workshopId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    sweep = t.app.get(RetentionSweep);
    // Only the sweeps this spec runs, at the dates it names: the background tick stops.
    await sweep.onModuleDestroy();
    author = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    admin = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    authorId = (await f.user(DEMO.arena)).id;
    const atelier = await f.atelierOf(LONELINESS);
    atelierId = atelier.id;
    workshopId = atelier.workshopId;
    await t.prisma.user.update({ where: { id: authorId }, data: { mailDelivery: 'DIRECT' } });
  });
  afterAll(() => t.close());

  /** A draft last touched `monthsAgo` months before `now`. */
  async function draftTouched(now: Date, monthsAgo: number) {
    const title = `Oud concept ${randomUUID().slice(0, 8)}`;
    const lesson = await f.lesson({ atelierId, authorId, visibility: 'DRAFT', title });
    const touched = new Date(now);
    touched.setUTCMonth(touched.getUTCMonth() - monthsAgo);
    await t.prisma.lesson.update({ where: { id: lesson.id }, data: { updatedAt: touched } });
    return lesson;
  }
  const row = (id: string) => t.prisma.lesson.findUnique({ where: { id } });

  it('proposes a draft untouched for 12 months to its author, with mail, and deletes it after the grace period', async () => {
    const now = new Date();
    const old = await draftTouched(now, 13);
    const recent = await draftTouched(now, 11);
    const shared = await f.lesson({ atelierId, authorId, visibility: 'ARENA' });
    await t.prisma.lesson.update({
      where: { id: shared.id },
      data: { updatedAt: new Date(now.getTime() - 800 * DAY) },
    });

    const first = await sweep.sweep(now);
    expect(first.proposed).toBe(1);
    expect((await row(old.id))?.deletionProposedAt).toEqual(now);
    expect((await row(recent.id))?.deletionProposedAt).toBeNull();
    expect((await row(shared.id))?.deletionProposedAt).toBeNull();
    // Told in the app and, as this author gets mail directly, by mail through the outbox.
    const told = await t.prisma.notification.findMany({ where: { lessonId: old.id } });
    expect(told).toMatchObject([{ userId: authorId, kind: 'DRAFT_DELETION_PROPOSED' }]);
    const mail = await t.prisma.mailMessage.findUniqueOrThrow({
      where: { idempotencyKey: `notification:${told[0]!.id}` },
    });
    expect(mail.subject).toMatch(/^Je concept in .*Eenzaamheid.* wordt binnenkort verwijderd$/);
    const notifications = await author.ok(
      `{ notifications(first: 5) { edges { node { kind lesson { title } } } } }`,
    );
    expect(notifications.notifications.edges[0].node).toEqual({
      kind: 'DRAFT_DELETION_PROPOSED',
      lesson: { title: old.title },
    });

    // Swept again the next day: proposed once, told once.
    expect((await sweep.sweep(new Date(now.getTime() + DAY))).proposed).toBe(0);
    expect(await t.prisma.notification.count({ where: { lessonId: old.id } })).toBe(1);
    // A day before the grace period ends it is still there; after it, it is gone, with an audit event.
    expect((await sweep.sweep(new Date(now.getTime() + (DRAFT_GRACE_DAYS - 1) * DAY))).deleted).toBe(0);
    expect(await row(old.id)).not.toBeNull();
    const end = await sweep.sweep(new Date(now.getTime() + DRAFT_GRACE_DAYS * DAY));
    expect(end.deleted).toBe(1);
    expect(await row(old.id)).toBeNull();
    expect(await row(recent.id)).not.toBeNull();
    expect(await row(shared.id)).not.toBeNull();
    expect(
      await t.prisma.auditEvent.findFirst({
        where: { targetId: old.id, action: 'lesson.retention-deleted' },
      }),
    ).toMatchObject({ workshopId, personId: authorId, actorId: null });
  });

  it('goes through a backlog larger than one batch: every old draft proposed and told once, then deleted', async () => {
    const now = new Date();
    const writer = await f.person('Schrijver met een achterstand');
    const longAgo = new Date(now.getTime() - 800 * DAY);
    const count = RETENTION_BATCH * 2 + 37;
    const ids = Array.from({ length: count }, () => randomUUID());
    await t.prisma.lesson.createMany({
      data: ids.map((id, i) => ({
        id,
        atelierId,
        authorId: writer.id,
        title: `Vergeten concept ${i + 1}`,
        body: '<p>Nooit afgemaakt.</p>',
        conditions: ['SOCIAL_COHESION'],
        level: 'NEIGHBOURHOOD',
        domain: 'WELFARE',
        visibility: 'DRAFT',
        createdAt: longAgo,
        updatedAt: longAgo,
      })),
    });
    const first = await sweep.sweep(now);
    expect(first.proposed).toBe(count);
    expect(await t.prisma.lesson.count({ where: { id: { in: ids }, deletionProposedAt: now } })).toBe(count);
    expect(
      await t.prisma.notification.count({
        where: { userId: writer.id, kind: 'DRAFT_DELETION_PROPOSED', lessonId: { in: ids } },
      }),
    ).toBe(count);
    // Asked again at once: nothing more to propose, nobody told twice.
    expect((await sweep.sweep(now)).proposed).toBe(0);
    const after = new Date(now.getTime() + (DRAFT_GRACE_DAYS + 1) * DAY);
    expect((await sweep.sweep(after)).deleted).toBe(count);
    expect(await t.prisma.lesson.count({ where: { id: { in: ids } } })).toBe(0);
  });

  it('a draft its author touches after the proposal is kept, and the clock starts again', async () => {
    const now = new Date();
    const old = await draftTouched(now, 14);
    expect((await sweep.sweep(now)).proposed).toBeGreaterThanOrEqual(1);
    expect((await row(old.id))?.deletionProposedAt).not.toBeNull();
    // The author opens it and saves it.
    await author.ok(UPDATE, { input: { id: gid('Lesson', old.id), version: old.version, title: old.title } });
    const later = await sweep.sweep(new Date(now.getTime() + (DRAFT_GRACE_DAYS + 1) * DAY));
    expect(later.lapsed).toBeGreaterThanOrEqual(1);
    expect(await row(old.id)).toMatchObject({ deletionProposedAt: null });
  });

  it('its author keeps a proposed draft or deletes it at once; nobody else decides', async () => {
    const now = new Date();
    const kept = await draftTouched(now, 15);
    const dropped = await draftTouched(now, 15);
    await sweep.sweep(now);
    const DUE = `query($id: ID!) { lesson(id: $id) { deletionDueAt } }`;
    expect((await author.ok(DUE, { id: gid('Lesson', kept.id) })).lesson.deletionDueAt).toBe(
      new Date(now.getTime() + DRAFT_GRACE_DAYS * DAY).toISOString(),
    );
    // The trekker reads drafts but neither sees the date nor decides; a tribune member does not find it at all.
    const trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    const tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    expect((await trekker.ok(DUE, { id: gid('Lesson', kept.id) })).lesson.deletionDueAt).toBeNull();
    const KEEP = `mutation($id: ID!) { keepDraft(id: $id) { deletionDueAt } }`;
    const DELETE = `mutation($id: ID!) { deleteDraft(id: $id) }`;
    for (const mutation of [KEEP, DELETE]) {
      const id = gid('Lesson', dropped.id);
      expect((await trekker.query(mutation, { id })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect((await tribune.query(mutation, { id })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect((await t.client().query(mutation, { id })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }

    expect((await author.ok(KEEP, { id: gid('Lesson', kept.id) })).keepDraft).toEqual({
      deletionDueAt: null,
    });
    expect((await row(kept.id))?.deletionProposedAt).toBeNull();
    expect((await author.ok(DELETE, { id: gid('Lesson', dropped.id) })).deleteDraft).toBe(true);
    expect(await row(dropped.id)).toBeNull();
    expect(
      await t.prisma.auditEvent.findFirst({
        where: { targetId: dropped.id, action: 'lesson.draft-deleted' },
      }),
    ).toMatchObject({ workshopId, actorId: authorId, details: { proposed: true } });
    // The grace period over, the kept draft stays.
    await sweep.sweep(new Date(now.getTime() + (DRAFT_GRACE_DAYS + 1) * DAY));
    expect(await row(kept.id)).not.toBeNull();
    // Only a draft: one shared with the arena is not deleted this way.
    const shared = await f.lesson({ atelierId, authorId, visibility: 'ARENA' });
    expect((await author.query(DELETE, { id: gid('Lesson', shared.id) })).errors?.[0]?.extensions.code).toBe(
      'CONFLICT',
    );
  });

  it('the beheerder sets the retention per werkplaats: shorter, a younger draft is proposed', async () => {
    expect((await admin.ok(RETENTION, { s: 'arnhem-nijmegen' })).workshop).toEqual({
      draftRetentionMonths: 12,
      draftGraceDays: DRAFT_GRACE_DAYS,
    });
    // Not for others, and within bounds.
    expect((await author.ok(RETENTION, { s: 'arnhem-nijmegen' })).workshop.draftRetentionMonths).toBeNull();
    const w = gid('Workshop', workshopId);
    expect((await author.query(SET, { w, m: 6 })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await admin.query(SET, { w, m: 0 })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'months',
      rule: 'min',
    });
    expect((await admin.query(SET, { w, m: 121 })).errors?.[0]?.extensions).toMatchObject({ rule: 'max' });

    const now = new Date();
    const sevenMonths = await draftTouched(now, 7);
    expect((await sweep.sweep(now)).proposed).toBe(0);
    expect((await admin.ok(SET, { w, m: 6 })).setDraftRetention.draftRetentionMonths).toBe(6);
    expect(
      await t.prisma.auditEvent.findFirst({
        where: { targetId: workshopId, action: 'workshop.draft-retention' },
      }),
    ).toMatchObject({ details: { from: 12, to: 6 } });
    // (The first case's eleven-month-old draft was proposed by its last sweep, a month on.)
    expect((await sweep.sweep(now)).proposed).toBe(1);
    expect((await row(sevenMonths.id))?.deletionProposedAt).not.toBeNull();
    await admin.ok(SET, { w, m: 12 });
  });
});
