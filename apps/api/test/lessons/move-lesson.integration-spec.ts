// The author moves a lesson to another practice of its atelier (updateLesson's practiceId): only into a practice
// they take part in, of the same atelier; the rung stays where it was, and the new practice reads what the old did.
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, POVERTY, gid } from '../factories/fixtures.js';
import { fromGlobalId } from '../../src/common/graphql/relay.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const UPDATE = `mutation($input: UpdateLessonInput!) {
  updateLesson(input: $input) { id visibility version practice { id title } municipality { id } }
}`;
const READ = `query($id: ID!) { lesson(id: $id) { id version visibility practice { id } } }`;

describe('moving a lesson to another practice of its atelier', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let author: GraphQLClient;
  let trekker: GraphQLClient;
  let atelierId: string;
  let authorId: string;
  let from: { id: string; municipalityId: string };
  let to: { id: string; municipalityId: string };
  let notJoined: { id: string };
  let elsewhere: { id: string };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    author = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    authorId = (await f.user(DEMO.arena)).id;
    // Three practices of one atelier made for this test: the author takes part in the first two.
    from = await f.practice(atelierId, 'Verhuispraktijk van', [authorId]);
    to = await f.practice(atelierId, 'Verhuispraktijk naar', [authorId]);
    notJoined = await f.practice(atelierId, 'Verhuispraktijk zonder de auteur');
    elsewhere = await f.practice((await f.atelierOf(POVERTY)).id, 'Praktijk van een ander atelier');
  });
  afterAll(() => t.close());

  async function lessonAt(visibility: 'DRAFT' | 'PRACTICE' | 'ARENA', practiceId: string | null = from.id) {
    const lesson = await f.lesson({
      atelierId,
      authorId,
      visibility,
      practiceId,
      municipalityId: practiceId ? from.municipalityId : null,
    });
    return { id: gid('Lesson', lesson.id), version: lesson.version };
  }

  it('successful: the author moves a lesson at PRACTICE into another practice they take part in; the rung stays', async () => {
    const lesson = await lessonAt('PRACTICE');
    const moved = await author.ok(UPDATE, {
      input: { ...lesson, practiceId: gid('Practice', to.id) },
    });
    expect(moved.updateLesson).toMatchObject({
      visibility: 'PRACTICE',
      version: lesson.version + 1,
      practice: { id: gid('Practice', to.id), title: 'Verhuispraktijk naar' },
      municipality: { id: gid('Municipality', to.municipalityId) },
    });
    const audit = await t.prisma.auditEvent.findFirst({
      where: { action: 'lesson.moved', targetId: fromGlobalId('Lesson', lesson.id, 'id') },
    });
    expect(audit?.details).toMatchObject({ from: from.id, to: to.id });
  });

  it('successful: a lesson of the atelier level moves into a practice and keeps its rung (ARENA)', async () => {
    const lesson = await lessonAt('ARENA', null);
    const moved = await author.ok(UPDATE, { input: { ...lesson, practiceId: gid('Practice', to.id) } });
    expect(moved.updateLesson).toMatchObject({
      visibility: 'ARENA',
      practice: { id: gid('Practice', to.id) },
    });
  });

  it('successful: the new practice reads a lesson at PRACTICE, and the old one no longer does', async () => {
    const lesson = await lessonAt('PRACTICE');
    const reader = await f.account('Leest in de nieuwe praktijk');
    const formerReader = await f.account('Las in de oude praktijk');
    await t.prisma.participation.createMany({
      data: [
        { atelierId, userId: reader.user.id, role: 'ARENA' },
        { atelierId, userId: formerReader.user.id, role: 'ARENA' },
      ],
    });
    await t.prisma.practiceParticipant.createMany({
      data: [
        { practiceId: to.id, userId: reader.user.id },
        { practiceId: from.id, userId: formerReader.user.id },
      ],
    });
    const newReader = await t.client().signIn(reader.email, reader.password);
    const oldReader = await t.client().signIn(formerReader.email, formerReader.password);
    // What a reader is told of a lesson they may not read: NOT_FOUND.
    const reads = async (client: GraphQLClient) =>
      (await client.query(READ, { id: lesson.id })).errors?.[0]?.extensions.code ?? 'READ';
    expect(await reads(newReader)).toBe('NOT_FOUND');
    expect(await reads(oldReader)).toBe('READ');
    await author.ok(UPDATE, { input: { ...lesson, practiceId: gid('Practice', to.id) } });
    expect(await reads(newReader)).toBe('READ');
    expect(await reads(oldReader)).toBe('NOT_FOUND');
  });

  it('failing: into a practice the author does not take part in is FORBIDDEN, and the lesson stays', async () => {
    const lesson = await lessonAt('DRAFT');
    const refused = await author.query(UPDATE, {
      input: { ...lesson, practiceId: gid('Practice', notJoined.id) },
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await author.ok(READ, { id: lesson.id })).lesson).toMatchObject({
      version: lesson.version,
      practice: { id: gid('Practice', from.id) },
    });
  });

  it('failing: into a practice of another atelier is BAD_USER_INPUT on practiceId', async () => {
    const lesson = await lessonAt('DRAFT');
    const refused = await author.query(UPDATE, {
      input: { ...lesson, practiceId: gid('Practice', elsewhere.id) },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.practiceId',
    });
  });

  it('failing: the trekker, who may edit the lesson, does not move another person’s lesson', async () => {
    const lesson = await lessonAt('PRACTICE');
    const refused = await trekker.query(UPDATE, {
      input: { ...lesson, practiceId: gid('Practice', to.id) },
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // Editing its words stays the trekker's to do.
    const edited = await trekker.ok(UPDATE, { input: { ...lesson, title: 'Door de trekker herschreven' } });
    expect(edited.updateLesson.practice.id).toBe(gid('Practice', from.id));
  });

  it('failing: a stale version moves nothing (CONFLICT)', async () => {
    const lesson = await lessonAt('DRAFT');
    await author.ok(UPDATE, { input: { ...lesson, title: 'Eerst iets anders veranderd' } });
    const refused = await author.query(UPDATE, { input: { ...lesson, practiceId: gid('Practice', to.id) } });
    expect(refused.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await author.ok(READ, { id: lesson.id })).lesson.practice.id).toBe(gid('Practice', from.id));
  });
});
