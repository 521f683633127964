// Authors decide what leaves their draft: one rung at a time, a draft moved only by its author, and the public
// rung only with the author's consent ("mag openbaar"), which the author may take back.
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const STEP = `mutation($id: ID!, $v: Visibility!) { setLessonVisibility(id: $id, visibility: $v) { visibility } }`;
const CONSENT = `mutation($id: ID!, $c: Boolean!) { setLessonPublicConsent(id: $id, consent: $c) { publicConsent visibility } }`;
const READ = `query($id: ID!) { lesson(id: $id) { title visibility } }`;

describe('authors decide what leaves their draft', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let author: GraphQLClient;
  let trekker: GraphQLClient;
  let atelierId: string;
  let authorId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    author = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    authorId = (await f.user(DEMO.arena)).id;
  });
  afterAll(() => t.close());

  it('failing-no-consent, then successful-consent: public only once the author agrees, and the author is told', async () => {
    const lesson = await f.lesson({ atelierId, authorId, visibility: 'TRIBUNE' });
    const id = gid('Lesson', lesson.id);
    const refused = await trekker.query(STEP, { id, v: 'PUBLIC' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_PUBLIC_CONSENT' });
    expect((await t.client().query(READ, { id })).data?.lesson ?? null).toBeNull();

    expect((await author.ok(CONSENT, { id, c: true })).setLessonPublicConsent.publicConsent).toBe(true);
    expect((await trekker.ok(STEP, { id, v: 'PUBLIC' })).setLessonVisibility.visibility).toBe('PUBLIC');
    expect((await t.client().ok(READ, { id })).lesson.visibility).toBe('PUBLIC');
    const told = await author.ok(
      `{ notifications(first: 10) { edges { node { kind actor { name } lesson { title } } } } }`,
    );
    expect(told.notifications.edges.map((e: any) => e.node)).toContainEqual({
      kind: 'LESSON_MADE_PUBLIC',
      actor: { name: 'Lotte Janssen' },
      lesson: { title: lesson.title },
    });
  });

  it('successful-withdrawn: the author takes consent back and the lesson steps back to the tribune at once', async () => {
    const lesson = await f.lesson({ atelierId, authorId, visibility: 'TRIBUNE', publicConsent: true });
    const id = gid('Lesson', lesson.id);
    await trekker.ok(STEP, { id, v: 'PUBLIC' });
    expect((await author.ok(CONSENT, { id, c: false })).setLessonPublicConsent).toEqual({
      publicConsent: false,
      visibility: 'TRIBUNE',
    });
    expect((await t.client().query(READ, { id })).data?.lesson ?? null).toBeNull();
    const history = await t.prisma.lessonVisibilityChange.findMany({
      where: { lessonId: lesson.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(history.map((h) => [h.fromValue, h.toValue, h.actorId])).toEqual([
      ['TRIBUNE', 'PUBLIC', (await f.user(DEMO.trekker)).id],
      ['PUBLIC', 'TRIBUNE', authorId],
    ]);
  });

  it('failing-draft: a draft is its author’s alone; the author takes it one rung up', async () => {
    const practice = await t.prisma.practice.findFirstOrThrow({
      where: { atelierId, title: 'Buurtkamer Hatert' },
    });
    const draft = await f.lesson({ atelierId, authorId, visibility: 'DRAFT', practiceId: practice.id });
    const id = gid('Lesson', draft.id);
    for (const to of ['PRACTICE', 'ARENA', 'TRIBUNE', 'PUBLIC']) {
      expect((await trekker.query(STEP, { id, v: to })).errors?.[0]?.extensions.code).toMatch(
        /^(FORBIDDEN|BAD_USER_INPUT)$/,
      );
    }
    expect((await author.query(STEP, { id, v: 'ARENA' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'visibility',
    });
    expect((await author.ok(STEP, { id, v: 'PRACTICE' })).setLessonVisibility.visibility).toBe('PRACTICE');
    expect((await author.ok(STEP, { id, v: 'ARENA' })).setLessonVisibility.visibility).toBe('ARENA');
  });

  it('failing-log-two-rungs: a lesson of a practice is logged as a draft or with the practice, not straight in the arena', async () => {
    const practice = await t.prisma.practice.findFirstOrThrow({
      where: { atelierId, title: 'Buurtkamer Hatert' },
    });
    const log = (visibility: string) =>
      author.query(`mutation($i: LogLessonInput!) { logLesson(input: $i) { visibility } }`, {
        i: {
          atelierId: gid('Atelier', atelierId),
          practiceId: gid('Practice', practice.id),
          title: 'Een vast gezicht aan de deur',
          body: '<p>Mensen kwamen terug omdat ze wisten wie er stond.</p>',
          conditions: ['SOCIAL_COHESION'],
          level: 'NEIGHBOURHOOD',
          domain: 'WELFARE',
          visibility,
        },
      });
    expect((await log('ARENA')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.visibility',
    });
    expect((await log('PRACTICE')).data?.logLesson.visibility).toBe('PRACTICE');
  });

  it('failing-insight-rungs: an insight moves one rung at a time between ARENA and PUBLIC, never below', async () => {
    const insight = await t.prisma.insight.create({
      data: {
        atelierId,
        authorId: (await f.user(DEMO.trekker)).id,
        title: 'Een vaste plek helpt',
        body: '<p>In twee gemeenten.</p>',
        conditions: ['SOCIAL_COHESION'],
        visibility: 'ARENA',
      },
    });
    const id = gid('Insight', insight.id);
    const step = (v: string) =>
      trekker.query(
        `mutation($id: ID!, $v: Visibility!) { setInsightVisibility(id: $id, visibility: $v) { visibility } }`,
        {
          id,
          v,
        },
      );
    for (const v of ['DRAFT', 'PRACTICE', 'PUBLIC']) {
      expect((await step(v)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'visibility',
      });
    }
    expect((await step('TRIBUNE')).data?.setInsightVisibility.visibility).toBe('TRIBUNE');
    expect((await step('PUBLIC')).data?.setInsightVisibility.visibility).toBe('PUBLIC');
    const hints = await trekker.ok(`query($id: ID!) { insight(id: $id) { allowedVisibilities } }`, { id });
    expect(hints.insight.allowedVisibilities).toEqual(['TRIBUNE']);
  });
});
