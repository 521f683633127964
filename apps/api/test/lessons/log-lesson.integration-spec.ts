// Logging a lesson in a practice: of its own atelier, one the author takes part in (the trekker needs not), and
// starting at DRAFT or PRACTICE; each refusal as the API has always said it, with nothing written.
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, POVERTY, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const LOG = `mutation($input: LogLessonInput!) {
  logLesson(input: $input) { id visibility practice { id } municipality { id } visibilityHistory { fromValue toValue } }
}`;

describe('logging a lesson in a practice', () => {
  let t: TestApp;
  let author: GraphQLClient;
  let trekker: GraphQLClient;
  let tribune: GraphQLClient;
  let atelierId: string;
  let joined: { id: string; municipalityId: string };
  let notJoined: { id: string };
  let elsewhere: { id: string };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const f = new DemoFixtures(t.prisma);
    author = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    const authorId = (await f.user(DEMO.arena)).id;
    joined = await f.practice(atelierId, 'Logpraktijk met de auteur', [authorId]);
    notJoined = await f.practice(atelierId, 'Logpraktijk zonder de auteur');
    elsewhere = await f.practice((await f.atelierOf(POVERTY)).id, 'Logpraktijk van een ander atelier');
  });
  afterAll(() => t.close());

  const input = (visibility: string, practiceId?: string) => ({
    atelierId: gid('Atelier', atelierId),
    ...(practiceId ? { practiceId } : {}),
    title: 'Wat de buurtkamer ons leerde',
    body: '<p>Mensen komen terug als iemand hen bij naam kent.</p>',
    conditions: ['SOCIAL_COHESION'],
    level: 'NEIGHBOURHOOD',
    domain: 'WELFARE',
    visibility,
  });
  const lessons = () => t.prisma.lesson.count({ where: { atelierId } });

  it('in a practice the author takes part in: at PRACTICE, with its gemeente and first step', async () => {
    const { logLesson } = await author.ok(LOG, { input: input('PRACTICE', gid('Practice', joined.id)) });
    expect(logLesson).toMatchObject({
      visibility: 'PRACTICE',
      practice: { id: gid('Practice', joined.id) },
      municipality: { id: gid('Municipality', joined.municipalityId) },
      visibilityHistory: [{ fromValue: 'DRAFT', toValue: 'PRACTICE' }],
    });
  });

  it('the trekker logs in a practice of her atelier without taking part in it', async () => {
    const { logLesson } = await trekker.ok(LOG, { input: input('DRAFT', gid('Practice', notJoined.id)) });
    expect(logLesson).toMatchObject({ visibility: 'DRAFT', practice: { id: gid('Practice', notJoined.id) } });
  });

  it('failing: each refusal says what it always said, and writes nothing', async () => {
    const before = await lessons();
    const refusal = async (client: GraphQLClient, args: ReturnType<typeof input>) => {
      const result = await client.query(LOG, { input: args });
      return { ...result.errors?.[0]?.extensions, message: result.errors?.[0]?.message };
    };
    expect(await refusal(author, input('DRAFT', gid('Practice', notJoined.id)))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Join the practice to log lessons in it',
    });
    expect(await refusal(author, input('DRAFT', gid('Practice', elsewhere.id)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.practiceId',
      message: 'This practice is not part of the atelier',
    });
    expect(await refusal(author, input('ARENA', gid('Practice', joined.id)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.visibility',
      message: 'A lesson of a practice starts as DRAFT or PRACTICE: one rung at a time',
    });
    expect(await refusal(author, input('PRACTICE'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.visibility',
      message: 'A lesson at atelier level has no practice to share with: it starts as DRAFT or ARENA',
    });
    // An id that names no practice is bad input; to someone who may not log here at all, that comes first.
    const notAPractice = gid('Atelier', atelierId);
    expect(await refusal(author, input('DRAFT', notAPractice))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.practiceId',
    });
    expect(await refusal(tribune, input('DRAFT', notAPractice))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await lessons()).toBe(before);
  });
});
