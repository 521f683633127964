import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

/**
 * What the web app shows as possible (buttons for the next rung, an edit link, the trekker's tools) comes
 * from the same policy that refuses the action, so the UI never offers what the server would refuse.
 */
describe('permission hints', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  const clients = {} as Record<'visitor' | 'tribune' | 'arena' | 'trekker' | 'committee', GraphQLClient>;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    clients.visitor = t.client();
    for (const role of ['tribune', 'arena', 'trekker', 'committee'] as const)
      clients[role] = await t.client().signIn(DEMO[role], DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  const LESSON = `query($id: ID!) { lesson(id: $id) { visibility allowedVisibilities canEdit } }`;

  it('successful-hints: the author of a draft in a practice may share it with the practice only (one rung); the trekker may not move it', async () => {
    const arena = await f.user(DEMO.arena);
    const practice = await t.prisma.practice.findFirstOrThrow({
      where: { atelierId, title: 'Buurtkamer Hatert' },
    });
    const draft = await f.lesson({
      atelierId,
      authorId: arena.id,
      visibility: 'DRAFT',
      practiceId: practice.id,
    });
    const own = await clients.arena.ok(LESSON, { id: gid('Lesson', draft.id) });
    expect(own.lesson).toEqual({
      visibility: 'DRAFT',
      allowedVisibilities: ['PRACTICE'],
      canEdit: true,
    });
    // A draft is its author's alone: the trekker reads and may edit it, but only the author takes it out of DRAFT.
    const trekker = await clients.trekker.ok(LESSON, { id: gid('Lesson', draft.id) });
    expect(trekker.lesson).toEqual({
      visibility: 'DRAFT',
      allowedVisibilities: [],
      canEdit: true,
    });
  });

  it('successful-hints: one rung up or down from the arena, and the public rung only with the author’s consent', async () => {
    const arena = await f.user(DEMO.arena);
    const practice = await t.prisma.practice.findFirstOrThrow({
      where: { atelierId, title: 'Buurtkamer Hatert' },
    });
    const inArena = await f.lesson({
      atelierId,
      authorId: arena.id,
      visibility: 'ARENA',
      practiceId: practice.id,
    });
    expect(
      (await clients.arena.ok(LESSON, { id: gid('Lesson', inArena.id) })).lesson.allowedVisibilities,
    ).toEqual(['PRACTICE']);
    expect(
      (await clients.trekker.ok(LESSON, { id: gid('Lesson', inArena.id) })).lesson.allowedVisibilities,
    ).toEqual(['PRACTICE', 'TRIBUNE']);
    const shared = await f.lesson({ atelierId, authorId: arena.id, visibility: 'TRIBUNE' });
    expect(
      (await clients.trekker.ok(LESSON, { id: gid('Lesson', shared.id) })).lesson.allowedVisibilities,
    ).toEqual(['ARENA']);
    const agreed = await f.lesson({
      atelierId,
      authorId: arena.id,
      visibility: 'TRIBUNE',
      publicConsent: true,
    });
    expect(
      (await clients.trekker.ok(LESSON, { id: gid('Lesson', agreed.id) })).lesson.allowedVisibilities,
    ).toEqual(['ARENA', 'PUBLIC']);
  });

  it('successful-hints: a lesson at atelier level has no practice rung to offer', async () => {
    const arena = await f.user(DEMO.arena);
    const lesson = await f.lesson({ atelierId, authorId: arena.id, visibility: 'ARENA' });
    const own = await clients.arena.ok(LESSON, { id: gid('Lesson', lesson.id) });
    expect(own.lesson.allowedVisibilities).toEqual(['DRAFT']);
  });

  it('failing-hints: the tribune and a visitor are offered nothing on a shared lesson', async () => {
    const shared = await f.lessonAt(atelierId, 'PUBLIC');
    for (const client of [clients.tribune, clients.visitor]) {
      const data = await client.ok(LESSON, { id: gid('Lesson', shared.id) });
      expect(data.lesson).toMatchObject({ allowedVisibilities: [], canEdit: false });
    }
  });

  it('successful-hints: the atelier says who leads it and who works in its arena', async () => {
    const ATELIER = `query($id: ID!) { atelier(id: $id) { canLead canWorkInArena } }`;
    const expected = {
      visitor: { canLead: false, canWorkInArena: false },
      tribune: { canLead: false, canWorkInArena: false },
      arena: { canLead: false, canWorkInArena: true },
      trekker: { canLead: true, canWorkInArena: true },
      committee: { canLead: true, canWorkInArena: true },
    };
    for (const [role, hints] of Object.entries(expected)) {
      const data = await clients[role as keyof typeof expected].ok(ATELIER, {
        id: gid('Atelier', atelierId),
      });
      expect({ role, ...data.atelier }).toEqual({ role, ...hints });
    }
  });

  it('successful-hints: only the trekker is offered the insight’s next rungs', async () => {
    const insight = await t.prisma.insight.findFirstOrThrow({ where: { atelierId, visibility: 'TRIBUNE' } });
    const INSIGHT = `query($id: ID!) { insight(id: $id) { allowedVisibilities } }`;
    expect(
      (await clients.trekker.ok(INSIGHT, { id: gid('Insight', insight.id) })).insight.allowedVisibilities,
    ).toEqual(['ARENA', 'PUBLIC']);
    expect(
      (await clients.tribune.ok(INSIGHT, { id: gid('Insight', insight.id) })).insight.allowedVisibilities,
    ).toEqual([]);
  });

  it('successful-hints: me says whether one sits on the commissie; nobody reads it of someone else', async () => {
    const ME = `{ me { isCommittee isAdmin } }`;
    expect((await clients.committee.ok(ME)).me).toEqual({ isCommittee: true, isAdmin: false });
    expect((await clients.trekker.ok(ME)).me).toEqual({ isCommittee: false, isAdmin: false });
    const other = await clients.tribune.ok(
      `query($id: ID!) { atelier(id: $id) { trekker { isCommittee } } }`,
      { id: gid('Atelier', atelierId) },
    );
    expect(other.atelier.trekker.isCommittee).toBe(false);
    const committeeMember = await f.user(DEMO.committee);
    const seenByOthers = await clients.tribune.ok(
      `query($id: ID!) { node(id: $id) { ... on User { isCommittee } } }`,
      { id: gid('User', committeeMember.id) },
    );
    expect(seenByOthers.node?.isCommittee ?? false).toBe(false);
  });
});
