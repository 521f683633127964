import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

/**
 * Moderation that keeps it a safe space: readers report, the reports wait grouped per item for the atelier's trekker
 * and the werkplaats's beheerders, who hide (the reason in place of the text), restore or dismiss; the author is told,
 * every step is audited, and what is hidden is gone from every path to it at once.
 */
const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) { id reason note status } }`;
const QUEUE = `query($w: ID!, $hidden: Boolean) { moderationQueue(workshopId: $w, hidden: $hidden) {
  targetId targetType openReportCount reasons firstReportedAt lastReportedAt hiddenReason
  reaction { id body } lesson { id title } atelier { title } reports { reason note status } } }`;
const SUMMARY = `query($w: ID!) { moderationSummary(workshopId: $w) { mayModerate openItemCount } }`;
const HIDE = `mutation($input: HideContentInput!) { hideContent(input: $input) { targetId openReportCount hiddenReason } }`;
const RESTORE = `mutation($id: ID!) { restoreContent(targetId: $id) { targetId hiddenAt } }`;
const DISMISS = `mutation($id: ID!) { dismissReports(targetId: $id) { targetId openReportCount hiddenAt } }`;
const REACTIONS = `query($id: ID!) { lesson(id: $id) { reactions { id body hidden hiddenReason reportedByMe } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on Reaction { body } ... on Lesson { title } } }`;

function word(): string {
  return Array.from({ length: 9 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

describe('moderation', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let workshopId: string;
  let workshopSlug: string;
  let c: Record<'visitor' | 'tribune' | 'arena' | 'trekker' | 'committee' | 'admin', GraphQLClient>;
  let ids: Record<'tribune' | 'arena' | 'trekker', string>;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    const atelier = await f.atelierOf(LONELINESS);
    atelierId = atelier.id;
    workshopId = atelier.workshopId;
    workshopSlug = (await t.prisma.workshop.findUniqueOrThrow({ where: { id: workshopId } })).slug;
    c = {
      visitor: t.client(),
      tribune: await t.client().signIn(DEMO.tribune, DEMO_PASSWORD),
      arena: await t.client().signIn(DEMO.arena, DEMO_PASSWORD),
      trekker: await t.client().signIn(DEMO.trekker, DEMO_PASSWORD),
      committee: await t.client().signIn(DEMO.committee, DEMO_PASSWORD),
      admin: await t.client().signIn(DEMO.admin, DEMO_PASSWORD),
    };
    ids = {
      tribune: (await f.user(DEMO.tribune)).id,
      arena: (await f.user(DEMO.arena)).id,
      trekker: (await f.user(DEMO.trekker)).id,
    };
  });
  afterAll(() => t.close());

  /** A TRIBUNE lesson by the trekker with a reaction by the arena member on it. */
  async function reactionOnTribuneLesson(title = `Les ${word()}`) {
    const lesson = await f.lesson({ atelierId, authorId: ids.trekker, visibility: 'TRIBUNE', title });
    const reaction = await t.prisma.reaction.create({
      data: { authorId: ids.arena, lessonId: lesson.id, body: 'Een reactie die niet door de beugel kan.' },
    });
    return { lesson, reaction, lessonId: gid('Lesson', lesson.id), reactionId: gid('Reaction', reaction.id) };
  }

  it('a reader reports once: the same report comes back, "anders" asks for a text, what one cannot read does not exist', async () => {
    const { reactionId, lessonId, reaction } = await reactionOnTribuneLesson();
    const first = await c.tribune.ok(REPORT, { input: { targetId: reactionId, reason: 'OFFENSIVE' } });
    const again = await c.tribune.ok(REPORT, { input: { targetId: reactionId, reason: 'SPAM' } });
    expect(again.reportContent.id).toBe(first.reportContent.id);
    expect(
      await t.prisma.contentReport.count({ where: { reactionId: reaction.id, reporterId: ids.tribune } }),
    ).toBe(1);
    const reactions = await c.tribune.ok(REACTIONS, { id: lessonId });
    expect(reactions.lesson.reactions[0].reportedByMe).toBe(true);

    const other = await c.committee.query(REPORT, { input: { targetId: reactionId, reason: 'OTHER' } });
    expect(other.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0]?.extensions.field).toBe('input.note');

    const arenaLesson = await f.lesson({ atelierId, authorId: ids.arena, visibility: 'ARENA' });
    const refused = await c.tribune.query(REPORT, {
      input: { targetId: gid('Lesson', arenaLesson.id), reason: 'SPAM' },
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const nowhere = await c.tribune.query(REPORT, {
      input: { targetId: gid('Lesson', '00000000-0000-4000-8000-000000000000'), reason: 'SPAM' },
    });
    expect(nowhere.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(nowhere.errors?.[0]?.message).toBe(refused.errors?.[0]?.message);
  });

  it('groups the reports per item in the queue of the trekker and the beheerder, and of nobody else', async () => {
    const { reactionId } = await reactionOnTribuneLesson();
    await c.tribune.ok(REPORT, { input: { targetId: reactionId, reason: 'OFFENSIVE' } });
    await c.committee.ok(REPORT, {
      input: { targetId: reactionId, reason: 'OTHER', note: 'Dit is intimiderend.' },
    });
    await c.admin.ok(REPORT, { input: { targetId: reactionId, reason: 'OFFENSIVE' } });
    for (const who of ['trekker', 'admin'] as const) {
      const queue = (await c[who].ok(QUEUE, { w: gid('Workshop', workshopId) })).moderationQueue;
      const item = queue.find((i: { targetId: string }) => i.targetId === reactionId);
      expect(item).toMatchObject({
        targetType: 'Reaction',
        openReportCount: 3,
        reasons: ['OFFENSIVE', 'OTHER'],
        reaction: { body: 'Een reactie die niet door de beugel kan.' },
        atelier: { title: expect.any(String) },
      });
      expect(item.reports.map((r: { note: string | null }) => r.note)).toContain('Dit is intimiderend.');
      expect(new Date(item.firstReportedAt).getTime()).toBeLessThanOrEqual(
        new Date(item.lastReportedAt).getTime(),
      );
      const summary = (await c[who].ok(SUMMARY, { w: gid('Workshop', workshopId) })).moderationSummary;
      expect(summary.mayModerate).toBe(true);
      expect(summary.openItemCount).toBeGreaterThan(0);
    }
    for (const who of ['tribune', 'arena', 'committee'] as const) {
      const refused = await c[who].query(QUEUE, { w: gid('Workshop', workshopId) });
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect((await c[who].ok(SUMMARY, { w: gid('Workshop', workshopId) })).moderationSummary).toEqual({
        mayModerate: false,
        openItemCount: 0,
      });
    }
    expect(
      (await c.visitor.query(QUEUE, { w: gid('Workshop', workshopId) })).errors?.[0]?.extensions.code,
    ).toBe('UNAUTHENTICATED');

    // A trekker of another atelier moderates that one only: this item is not in her queue.
    const other = await f.atelierOf('Samen wonen in de wijk');
    const otherTrekker = await f.account('Trekker van een ander atelier');
    await t.prisma.atelier.update({ where: { id: other.id }, data: { trekkerId: otherTrekker.user.id } });
    const client = await t.client().signIn(otherTrekker.email, otherTrekker.password);
    const theirs = (await client.ok(QUEUE, { w: gid('Workshop', workshopId) })).moderationQueue;
    expect(theirs.map((i: { targetId: string }) => i.targetId)).not.toContain(reactionId);
  });

  it('tells the moderators once that something waits, never who reported it; an arena lesson only its trekker', async () => {
    const adminId = (await f.user(DEMO.admin)).id;
    const seen = new Set(
      (
        await t.prisma.notification.findMany({ where: { kind: 'CONTENT_REPORTED' }, select: { id: true } })
      ).map((n) => n.id),
    );
    /** The CONTENT_REPORTED notifications made since the last call. */
    const told = async () => {
      const rows = await t.prisma.notification.findMany({
        where: { kind: 'CONTENT_REPORTED', id: { notIn: [...seen] } },
        select: { id: true, userId: true, atelierId: true, actorId: true },
      });
      for (const r of rows) seen.add(r.id);
      return rows;
    };
    const { reactionId } = await reactionOnTribuneLesson();
    await c.tribune.ok(REPORT, { input: { targetId: reactionId, reason: 'OFFENSIVE' } });
    await c.committee.ok(REPORT, { input: { targetId: reactionId, reason: 'SPAM' } });
    const first = await told();
    // One each, for the first report: the second joins the waiting group.
    expect(first.map((n) => n.userId).sort()).toEqual([ids.trekker, adminId].sort());
    expect(first.every((n) => n.actorId === null && n.atelierId === atelierId)).toBe(true);
    const NOTES = `query { notifications(first: 100) { edges { node { kind actor { name } atelier { id } } } } }`;
    const mine = (await c.trekker.ok(NOTES)).notifications.edges
      .map((e: { node: { kind: string } }) => e.node)
      .filter((n: { kind: string }) => n.kind === 'CONTENT_REPORTED');
    expect(mine[0]).toEqual({
      kind: 'CONTENT_REPORTED',
      actor: null,
      atelier: { id: gid('Atelier', atelierId) },
    });

    // Handled, then reported again: told again.
    await c.trekker.ok(DISMISS, { id: reactionId });
    await c.tribune.ok(REPORT, { input: { targetId: reactionId, reason: 'SPAM' } });
    expect((await told()).map((n) => n.userId).sort()).toEqual([ids.trekker, adminId].sort());

    // A moderator who reports is not told of her own report.
    const { reactionId: another } = await reactionOnTribuneLesson();
    await c.admin.ok(REPORT, { input: { targetId: another, reason: 'OFFENSIVE' } });
    expect((await told()).map((n) => n.userId)).toEqual([ids.trekker]);

    // An arena lesson: the beheerder, who does not read the arena, would find nothing in her queue.
    const lesson = await f.lesson({ atelierId, authorId: ids.trekker, visibility: 'ARENA' });
    await c.arena.ok(REPORT, { input: { targetId: gid('Lesson', lesson.id), reason: 'PERSONAL_DATA' } });
    expect((await told()).map((n) => n.userId)).toEqual([ids.trekker]);
  });

  it('the trekker hides a reaction: readers see the reason in its place, its author is told, the audit keeps ids and reason', async () => {
    const { reactionId, reaction, lessonId, lesson } = await reactionOnTribuneLesson();
    await c.tribune.ok(REPORT, { input: { targetId: reactionId, reason: 'OFFENSIVE' } });
    for (const who of ['tribune', 'arena', 'committee'] as const) {
      const refused = await c[who].query(HIDE, { input: { targetId: reactionId, reason: 'Beledigend' } });
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const hidden = await c.trekker.ok(HIDE, {
      input: { targetId: reactionId, reason: 'Beledigend naar een deelnemer' },
    });
    expect(hidden.hideContent).toMatchObject({
      openReportCount: 0,
      hiddenReason: 'Beledigend naar een deelnemer',
    });

    const seen = (await c.tribune.ok(REACTIONS, { id: lessonId })).lesson.reactions[0];
    expect(seen).toMatchObject({ body: '', hidden: true, hiddenReason: 'Beledigend naar een deelnemer' });
    expect((await c.tribune.query(NODE, { id: reactionId })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const own = (await c.arena.ok(REACTIONS, { id: lessonId })).lesson.reactions[0];
    expect(own).toMatchObject({ body: reaction.body, hidden: true });
    expect((await c.admin.ok(NODE, { id: reactionId })).node.body).toBe(reaction.body);

    const told = await t.prisma.notification.findFirstOrThrow({
      where: { userId: ids.arena, kind: 'CONTENT_HIDDEN', lessonId: lesson.id },
    });
    expect(told.note).toBe('Beledigend naar een deelnemer');
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'moderation.hidden', targetId: reaction.id },
    });
    expect(audit).toMatchObject({
      workshopId,
      actorId: ids.trekker,
      personId: ids.arena,
      targetType: 'Reaction',
    });
    expect(audit.details).toEqual({ reason: 'Beledigend naar een deelnemer', reports: 1, atelierId });
    expect(JSON.stringify(audit.details)).not.toContain('beugel');

    const hiddenQueue = (await c.trekker.ok(QUEUE, { w: gid('Workshop', workshopId), hidden: true }))
      .moderationQueue;
    expect(hiddenQueue.map((i: { targetId: string }) => i.targetId)).toContain(reactionId);
    expect(
      (await c.trekker.query(HIDE, { input: { targetId: reactionId, reason: 'Nog eens' } })).errors?.[0]
        ?.extensions.code,
    ).toBe('CONFLICT');

    // The beheerder restores it: readers read it again, the author is told, audited.
    // To a reader who is not its moderator, a hidden reaction does not exist.
    expect((await c.tribune.query(RESTORE, { id: reactionId })).errors?.[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );
    await c.admin.ok(RESTORE, { id: reactionId });
    expect((await c.tribune.ok(REACTIONS, { id: lessonId })).lesson.reactions[0]).toMatchObject({
      body: reaction.body,
      hidden: false,
      hiddenReason: null,
    });
    expect(
      await t.prisma.notification.count({
        where: { userId: ids.arena, kind: 'CONTENT_RESTORED', lessonId: lesson.id },
      }),
    ).toBe(1);
    expect(
      await t.prisma.auditEvent.count({ where: { action: 'moderation.restored', targetId: reaction.id } }),
    ).toBe(1);
  });

  it('dismissing closes the reports and leaves the item as it is; only its moderators may', async () => {
    const { reactionId, reaction, lessonId } = await reactionOnTribuneLesson();
    await c.tribune.ok(REPORT, { input: { targetId: reactionId, reason: 'MISLEADING' } });
    for (const who of ['tribune', 'arena', 'committee'] as const) {
      expect((await c[who].query(DISMISS, { id: reactionId })).errors?.[0]?.extensions.code).toBe(
        'FORBIDDEN',
      );
    }
    const dismissed = await c.trekker.ok(DISMISS, { id: reactionId });
    expect(dismissed.dismissReports).toMatchObject({ openReportCount: 0, hiddenAt: null });
    expect(
      await t.prisma.contentReport.count({ where: { reactionId: reaction.id, status: 'DISMISSED' } }),
    ).toBe(1);
    expect((await c.tribune.ok(REACTIONS, { id: lessonId })).lesson.reactions[0].body).toBe(reaction.body);
    expect(
      await t.prisma.auditEvent.count({ where: { action: 'moderation.dismissed', targetId: reaction.id } }),
    ).toBe(1);
    expect((await c.trekker.query(DISMISS, { id: reactionId })).errors?.[0]?.extensions.code).toBe(
      'CONFLICT',
    );
    // The reporter may report it again once the report is closed.
    const again = await c.tribune.ok(REPORT, { input: { targetId: reactionId, reason: 'SPAM' } });
    expect(again.reportContent.status).toBe('OPEN');
  });

  it('a hidden lesson is gone from node, lesson, the atelier list, the feed, search, the report, open data and the digest', async () => {
    const unique = word();
    const lesson = await f.lesson({
      atelierId,
      authorId: ids.arena,
      visibility: 'PUBLIC',
      publicConsent: true,
      title: `Verborgen ${unique}`,
      conditions: ['SOCIO_ECONOMIC_SECURITY'],
    });
    const lessonId = gid('Lesson', lesson.id);
    const reaction = await t.prisma.reaction.create({
      data: { authorId: ids.tribune, lessonId: lesson.id, body: `Reactie ${unique}` },
    });
    const FEED = `{ feed(first: 100) { edges { node { __typename ... on Lesson { id reactions { id body } } } } } }`;
    const LIST = `query($a: ID!) { atelier(id: $a) { lessons(first: 100) { edges { node { id } } } } }`;
    const SEARCH = `query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { __typename ... on Lesson { id } } } } }`;
    const feedIds = async (client: GraphQLClient) =>
      (await client.ok(FEED)).feed.edges.map((e: { node: { id?: string } }) => e.node.id);
    const listIds = async (client: GraphQLClient) =>
      (await client.ok(LIST, { a: gid('Atelier', atelierId) })).atelier.lessons.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    // The report counts its lessons per condition; the new lesson is the only one about socio-economic security
    // with a title of its own, so its count tells whether the report holds it.
    const report = async (client: GraphQLClient) => {
      const text = (
        await client.getText(`/w/${workshopSlug}/ateliers/${gid('Atelier', atelierId)}/verslag.md?lang=nl`)
      ).text;
      return Number(/\| Sociaaleconomische zekerheid \| (\d+) \|/.exec(text)?.[1] ?? 0);
    };
    const openData = async () => (await t.http().get(`/w/${workshopSlug}/open-data/lessen.json`)).text;

    // Before: every path shows it (so the checks below are not empty).
    expect(await feedIds(c.tribune)).toContain(lessonId);
    expect(await listIds(c.visitor)).toContain(lessonId);
    expect((await c.visitor.ok(SEARCH, { q: unique })).search.totalCount).toBe(1);
    const counted = { tribune: await report(c.tribune), trekker: await report(c.trekker) };
    expect(await openData()).toContain(unique);

    await c.tribune.ok(REPORT, { input: { targetId: lessonId, reason: 'PERSONAL_DATA' } });
    await c.trekker.ok(HIDE, { input: { targetId: lessonId, reason: 'Er staat een naam in' } });

    for (const who of ['visitor', 'tribune', 'committee'] as const) {
      const read = await c[who].query(`query($id: ID!) { lesson(id: $id) { title } }`, { id: lessonId });
      expect(read.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect((await c[who].query(NODE, { id: lessonId })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(await listIds(c[who])).not.toContain(lessonId);
      expect((await c[who].ok(SEARCH, { q: unique })).search.totalCount).toBe(0);
    }
    expect(
      (await c.tribune.query(NODE, { id: gid('Reaction', reaction.id) })).errors?.[0]?.extensions.code,
    ).toBe('NOT_FOUND');
    expect(await feedIds(c.tribune)).not.toContain(lessonId);
    expect(await feedIds(c.trekker)).not.toContain(lessonId);
    for (const who of ['tribune', 'trekker'] as const) expect(await report(c[who])).toBe(counted[who] - 1);
    expect(await openData()).not.toContain(unique);
    const digest = await c.trekker.ok(
      `mutation($a: ID!) { startDigest(atelierId: $a) { proposals { lesson { id } } items { lesson { id } } } }`,
      { a: gid('Atelier', atelierId) },
    );
    expect(JSON.stringify(digest)).not.toContain(lessonId);

    // Its author and the moderators still read it, and why it was hidden.
    for (const who of ['arena', 'trekker', 'admin'] as const) {
      const read = await c[who].ok(`query($id: ID!) { lesson(id: $id) { title hiddenReason } }`, {
        id: lessonId,
      });
      expect(read.lesson).toEqual({ title: `Verborgen ${unique}`, hiddenReason: 'Er staat een naam in' });
    }
    expect(
      await t.prisma.notification.count({
        where: { userId: ids.arena, kind: 'CONTENT_HIDDEN', lessonId: lesson.id },
      }),
    ).toBe(1);
  });

  it('an ARENA lesson is moderated by the trekker; a beheerder, who does not read the arena, cannot reach it', async () => {
    const lesson = await f.lesson({ atelierId, authorId: ids.arena, visibility: 'ARENA' });
    const lessonId = gid('Lesson', lesson.id);
    expect(
      (await c.admin.query(HIDE, { input: { targetId: lessonId, reason: 'Niet gepast' } })).errors?.[0]
        ?.extensions.code,
    ).toBe('NOT_FOUND');
    expect(
      (await c.arena.query(HIDE, { input: { targetId: lessonId, reason: 'Niet gepast' } })).errors?.[0]
        ?.extensions.code,
    ).toBe('FORBIDDEN');
    await c.trekker.ok(HIDE, { input: { targetId: lessonId, reason: 'Niet gepast' } });
    expect((await c.trekker.ok(NODE, { id: lessonId })).node.title).toBe(lesson.title);
  });

  it('the beheerder writes the code of conduct; everyone reads it, the default until then', async () => {
    const READ = `query($s: String!) { workshop(slug: $s) { codeOfConduct codeOfConductIsDefault } }`;
    const before = (await c.visitor.ok(READ, { s: workshopSlug })).workshop;
    expect(before.codeOfConductIsDefault).toBe(true);
    expect(before.codeOfConduct).toContain('Gelijkwaardigheid');
    const UPDATE = `mutation($w: ID!, $text: String) { updateCodeOfConduct(workshopId: $w, text: $text) { codeOfConduct codeOfConductIsDefault } }`;
    for (const who of ['trekker', 'committee', 'tribune'] as const) {
      const refused = await c[who].query(UPDATE, { w: gid('Workshop', workshopId), text: 'Eigen tekst' });
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const written = await c.admin.ok(UPDATE, {
      w: gid('Workshop', workshopId),
      text: '# Onze afspraken\n\n<script>alert(1)</script>Wees aardig.',
    });
    expect(written.updateCodeOfConduct).toEqual({
      codeOfConduct: '# Onze afspraken\n\nalert(1)Wees aardig.',
      codeOfConductIsDefault: false,
    });
    expect((await c.visitor.ok(READ, { s: workshopSlug })).workshop.codeOfConduct).toContain('Wees aardig.');
    expect(
      await t.prisma.auditEvent.count({ where: { action: 'workshop.code-of-conduct', workshopId } }),
    ).toBe(1);
    await c.admin.ok(UPDATE, { w: gid('Workshop', workshopId), text: '  ' });
    expect((await c.visitor.ok(READ, { s: workshopSlug })).workshop.codeOfConductIsDefault).toBe(true);
  });
});
