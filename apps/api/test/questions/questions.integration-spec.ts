// The arena's questions (issue 21): written and refined in the arena, linked to the lessons and insights that answer
// them, shared (once answered) by the trekker; and the knowledge path behind a question, an insight or an output. Every read
// follows the ladder: a link shows only to who reads both ends, a path step counts what it does not show, and no
// hidden title ever leaves the server. The role table pins each role's cells; this file the behaviour around them.
import { randomUUID } from 'node:crypto';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, POVERTY, gid } from '../factories/fixtures.js';
import { countStatements } from '../support/statement-counter.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const ADD = `mutation($i: AddQuestionInput!) { addQuestion(input: $i) { id status visibility version } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateQuestionInput!) {
  updateQuestion(id: $id, input: $i) { id title status version history { kind fromValue toValue actor { name } } }
}`;
const STEP = `mutation($id: ID!, $v: Visibility!) { setQuestionVisibility(id: $id, visibility: $v) { visibility allowedVisibilities } }`;
const LINK = `mutation($q: ID!, $a: ID!) { linkQuestionAnswer(questionId: $q, answerId: $a) { id } }`;
const UNLINK = `mutation($q: ID!, $a: ID!) { unlinkQuestionAnswer(questionId: $q, answerId: $a) { id } }`;
const READ = `query($id: ID!) { question(id: $id) {
  title status visibility canEdit canLink allowedVisibilities
  answers { hiddenCount lessons { id title } insights { id title } }
  history { kind fromValue toValue }
} }`;
const PATH_OF_QUESTION = `query($id: ID!) { question(id: $id) { knowledgePath { steps { kind hiddenCount items {
  __typename ... on Question { id title } ... on Practice { id title } ... on Lesson { id title } ... on Insight { id title }
  ... on Product { id title }
} } } } }`;
const PATH_OF_PRODUCT = `query($id: ID!) { product(id: $id) { knowledgePath { steps { kind hiddenCount items {
  __typename ... on Question { id title } ... on Practice { id title } ... on Lesson { id title } ... on Insight { id title }
  ... on Product { id title }
} } } } }`;
const PATH_OF_INSIGHT = `query($id: ID!) { insight(id: $id) { knowledgePath { steps { kind hiddenCount items {
  __typename ... on Question { id title } ... on Practice { id title } ... on Lesson { id title } ... on Insight { id title }
  ... on Product { id title }
} } } } }`;

type Step = { kind: string; hiddenCount: number; items: { id: string; title: string }[] };

describe('the arena’s questions and the knowledge path', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let arenaId: string;
  let arena: GraphQLClient;
  let trekker: GraphQLClient;
  let tribune: GraphQLClient;
  let visitor: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    arenaId = (await f.user(DEMO.arena)).id;
    arena = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    visitor = t.client();
  });
  afterAll(() => t.close());

  it('successful-question: written in the arena, refined, answered, shared rung by rung, with its history', async () => {
    const { addQuestion } = await arena.ok(ADD, {
      i: { atelierId: gid('Atelier', atelierId), title: 'Wie mist er aan de lange tafel?' },
    });
    expect(addQuestion).toMatchObject({ status: 'OPEN', visibility: 'ARENA', version: 1 });
    const id = addQuestion.id as string;
    // Only the arena reads it yet.
    expect((await tribune.query(READ, { id })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const refined = await arena.ok(UPDATE, {
      id,
      i: { version: 1, title: 'Wie missen we aan de lange tafel?', status: 'IN_PRACTICE' },
    });
    expect(refined.updateQuestion).toMatchObject({ title: 'Wie missen we aan de lange tafel?', version: 2 });
    // Sharing an unanswered question is refused, for the trekker too.
    const early = await trekker.query(STEP, { id, v: 'TRIBUNE' });
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'QUESTION_NOT_ANSWERED',
    });

    const answered = await trekker.ok(UPDATE, { id, i: { version: 2, status: 'ANSWERED' } });
    expect(answered.updateQuestion.history).toEqual([
      { kind: 'STATUS', fromValue: 'OPEN', toValue: 'IN_PRACTICE', actor: { name: expect.any(String) } },
      { kind: 'STATUS', fromValue: 'IN_PRACTICE', toValue: 'ANSWERED', actor: { name: expect.any(String) } },
    ]);
    // The arena member who wrote it does not share it: that is the trekker's.
    expect((await arena.query(STEP, { id, v: 'TRIBUNE' })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // One rung at a time.
    expect((await trekker.query(STEP, { id, v: 'PUBLIC' })).errors?.[0]?.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    const shared = await trekker.ok(STEP, { id, v: 'TRIBUNE' });
    expect(shared.setQuestionVisibility).toEqual({
      visibility: 'TRIBUNE',
      allowedVisibilities: ['ARENA', 'PUBLIC'],
    });

    const read = await tribune.ok(READ, { id });
    expect(read.question).toMatchObject({
      status: 'ANSWERED',
      visibility: 'TRIBUNE',
      canEdit: false,
      canLink: false,
    });
    expect(read.question.history.map((h: { toValue: string }) => h.toValue)).toEqual([
      'IN_PRACTICE',
      'ANSWERED',
      'TRIBUNE',
    ]);
    expect((await visitor.query(READ, { id })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    // A shared question stays answered: reopening it means taking it back to the arena first.
    const reopen = await trekker.query(UPDATE, { id, i: { version: 4, status: 'OPEN' } });
    expect(reopen.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'QUESTION_SHARED' });
    await trekker.ok(STEP, { id, v: 'PUBLIC' });
    expect((await visitor.ok(READ, { id })).question.visibility).toBe('PUBLIC');
  });

  it('failing-question: a stale version, words too long, or personal data in a shared one are refused', async () => {
    const q = await f.question({ atelierId, authorId: arenaId });
    const id = gid('Question', q.id);
    await arena.ok(UPDATE, { id, i: { version: 1, body: 'Wat zien de vrijwilligers?' } });
    const stale = await arena.query(UPDATE, { id, i: { version: 1, body: 'Wat zien de buurtwerkers?' } });
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const long = await arena.query(UPDATE, { id, i: { version: 2, title: 'x'.repeat(301) } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });

    // Personal data stops a question from leaving the arena, and keeps it out of the words of a shared one.
    const named = await f.question({
      atelierId,
      authorId: arenaId,
      status: 'ANSWERED',
      body: 'Mevrouw Jansen vertelde dat ze haar post niet meer opent. Bel 06-12345678.',
    });
    const refused = await trekker.query(STEP, { id: gid('Question', named.id), v: 'TRIBUNE' });
    expect(refused.errors?.[0]?.extensions.code).toBe('PERSONAL_DATA');
    const shared = await f.question({ atelierId, authorId: arenaId, visibility: 'TRIBUNE' });
    const edit = await trekker.query(UPDATE, {
      id: gid('Question', shared.id),
      i: { version: 1, body: 'Mevrouw Jansen belt elke week: 06-12345678.' },
    });
    expect(edit.errors?.[0]?.extensions.code).toBe('PERSONAL_DATA');
  });

  it('failing-link: an answer of another atelier, one the linker may not read, or not a lesson or insight', async () => {
    const q = gid('Question', (await f.question({ atelierId, authorId: arenaId })).id);
    const poverty = (await f.atelierOf(POVERTY)).id;
    const elsewhere = await f.lesson({ atelierId: poverty, authorId: arenaId, visibility: 'PUBLIC' });
    const cross = await arena.query(LINK, { q, a: gid('Lesson', elsewhere.id) });
    expect(cross.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answerId' });
    // Another author's draft: the arena member does not read it, so it is not found (its existence stays unsaid).
    const other = await f.participant(atelierId, 'ARENA');
    const draft = await f.lesson({ atelierId, authorId: other.user.id, visibility: 'DRAFT' });
    expect((await arena.query(LINK, { q, a: gid('Lesson', draft.id) })).errors?.[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );
    expect((await arena.query(LINK, { q, a: gid('Atelier', atelierId) })).errors?.[0]?.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    // Linking twice is one link; unlinking takes it away.
    const lesson = await f.lesson({ atelierId, authorId: arenaId, visibility: 'ARENA' });
    await arena.ok(LINK, { q, a: gid('Lesson', lesson.id) });
    await arena.ok(LINK, { q, a: gid('Lesson', lesson.id) });
    expect((await arena.ok(READ, { id: q })).question.answers.lessons).toHaveLength(1);
    await arena.ok(UNLINK, { q, a: gid('Lesson', lesson.id) });
    expect((await arena.ok(READ, { id: q })).question.answers).toEqual({
      hiddenCount: 0,
      lessons: [],
      insights: [],
    });
  });

  /**
   * A shared question whose path runs through arena content: a practice working on it, an ARENA lesson logged there,
   * a TRIBUNE lesson linked to it, an ARENA insight resting on the arena lesson and a TRIBUNE insight linked to it;
   * an ARENA output drawing on the TRIBUNE insight and a TRIBUNE output drawing on the TRIBUNE lesson.
   */
  async function sharedQuestionWithPath() {
    const word = randomUUID().slice(0, 6);
    const question = await f.question({
      atelierId,
      authorId: arenaId,
      visibility: 'TRIBUNE',
      title: `Vraag ${word}`,
    });
    const nijmegen = await f.municipality('Nijmegen');
    const practice = await t.prisma.practice.create({
      data: {
        atelierId,
        municipalityId: nijmegen.id,
        title: `Geheime praktijk ${word}`,
        description: 'Alleen voor de arena.',
        startedById: arenaId,
        questions: { connect: { id: question.id } },
      },
    });
    const arenaLesson = await f.lesson({
      atelierId,
      authorId: arenaId,
      visibility: 'ARENA',
      practiceId: practice.id,
      title: `Arenales ${word}`,
    });
    const sharedLesson = await f.lesson({
      atelierId,
      authorId: arenaId,
      visibility: 'TRIBUNE',
      title: `Tribuneles ${word}`,
    });
    await t.prisma.questionLesson.create({ data: { questionId: question.id, lessonId: sharedLesson.id } });
    const arenaInsight = await f.insight({
      atelierId,
      authorId: arenaId,
      visibility: 'ARENA',
      title: `Arenainzicht ${word}`,
    });
    await t.prisma.insightLesson.create({ data: { insightId: arenaInsight.id, lessonId: arenaLesson.id } });
    const sharedInsight = await f.insight({
      atelierId,
      authorId: arenaId,
      visibility: 'TRIBUNE',
      title: `Tribuneinzicht ${word}`,
    });
    await t.prisma.questionInsight.create({ data: { questionId: question.id, insightId: sharedInsight.id } });
    const arenaOutput = await f.product({ atelierId, visibility: 'ARENA', title: `Arenaopbrengst ${word}` });
    await t.prisma.productInsight.create({
      data: { productId: arenaOutput.id, insightId: sharedInsight.id },
    });
    const sharedOutput = await f.product({
      atelierId,
      visibility: 'TRIBUNE',
      title: `Tribuneopbrengst ${word}`,
    });
    await t.prisma.productLesson.create({ data: { productId: sharedOutput.id, lessonId: sharedLesson.id } });
    return {
      question,
      practice,
      arenaLesson,
      sharedLesson,
      arenaInsight,
      sharedInsight,
      arenaOutput,
      sharedOutput,
    };
  }

  it('leaks: a path shows the tribune only what it reads, counts the rest, and never names it', async () => {
    const p = await sharedQuestionWithPath();
    const id = gid('Question', p.question.id);
    const seen = await tribune.query(PATH_OF_QUESTION, { id });
    expect(seen.errors).toBeUndefined();
    const steps = (seen.data as { question: { knowledgePath: { steps: Step[] } } }).question.knowledgePath
      .steps;
    const byKind = Object.fromEntries(steps.map((s) => [s.kind, s]));
    expect(steps.map((s) => s.kind)).toEqual(['QUESTION', 'PRACTICE', 'LESSON', 'INSIGHT', 'OUTPUT']);
    expect(byKind.QUESTION!.items.map((i) => i.title)).toEqual([p.question.title]);
    expect(byKind.PRACTICE).toMatchObject({ items: [], hiddenCount: 1 });
    expect(byKind.LESSON).toMatchObject({ items: [{ title: p.sharedLesson.title }], hiddenCount: 1 });
    expect(byKind.INSIGHT).toMatchObject({ items: [{ title: p.sharedInsight.title }], hiddenCount: 1 });
    expect(byKind.OUTPUT).toMatchObject({ items: [{ title: p.sharedOutput.title }], hiddenCount: 1 });
    // Not a word of what is hidden, anywhere in the answer.
    const raw = JSON.stringify(seen);
    for (const hidden of [p.practice.title, p.arenaLesson.title, p.arenaInsight.title, p.arenaOutput.title])
      expect(raw).not.toContain(hidden);

    // The arena reads the whole chain.
    const all = (await arena.ok(PATH_OF_QUESTION, { id })).question.knowledgePath.steps as Step[];
    expect(all.map((s) => [s.kind, s.items.length, s.hiddenCount])).toEqual([
      ['QUESTION', 1, 0],
      ['PRACTICE', 1, 0],
      ['LESSON', 2, 0],
      ['INSIGHT', 2, 0],
      ['OUTPUT', 2, 0],
    ]);

    // The answers of the question: the same rule, the arena insight is not an answer (it rests on a lesson).
    const answers = (await tribune.ok(READ, { id })).question.answers;
    expect(answers).toEqual({
      hiddenCount: 0,
      lessons: [{ id: gid('Lesson', p.sharedLesson.id), title: p.sharedLesson.title }],
      insights: [{ id: gid('Insight', p.sharedInsight.id), title: p.sharedInsight.title }],
    });
    // The visitor does not read the question, so neither its path.
    expect((await visitor.query(PATH_OF_QUESTION, { id })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('leaks: from an insight, the path back to its question counts the arena’s part and hides its words', async () => {
    const p = await sharedQuestionWithPath();
    // A shared insight resting on the arena lesson: its path runs through the practice to the question.
    const insight = await f.insight({ atelierId, authorId: arenaId, visibility: 'PUBLIC' });
    await t.prisma.insightLesson.create({ data: { insightId: insight.id, lessonId: p.arenaLesson.id } });
    await t.prisma.insightLesson.create({ data: { insightId: insight.id, lessonId: p.sharedLesson.id } });
    const id = gid('Insight', insight.id);

    const ofVisitor = await visitor.query(PATH_OF_INSIGHT, { id });
    const steps = (ofVisitor.data as { insight: { knowledgePath: { steps: Step[] } } }).insight.knowledgePath
      .steps;
    expect(steps.map((s) => [s.kind, s.items.length, s.hiddenCount])).toEqual([
      ['QUESTION', 0, 1],
      ['PRACTICE', 0, 1],
      ['LESSON', 0, 2],
      ['INSIGHT', 1, 0],
      ['OUTPUT', 0, 1],
    ]);
    const raw = JSON.stringify(ofVisitor);
    for (const hidden of [p.question.title, p.practice.title, p.arenaLesson.title, p.sharedLesson.title])
      expect(raw).not.toContain(hidden);

    const ofTribune = (await tribune.ok(PATH_OF_INSIGHT, { id })).insight.knowledgePath.steps as Step[];
    expect(ofTribune.map((s) => [s.kind, s.items.map((i) => i.title), s.hiddenCount])).toEqual([
      ['QUESTION', [p.question.title], 0],
      ['PRACTICE', [], 1],
      ['LESSON', [p.sharedLesson.title], 1],
      ['INSIGHT', [insight.title], 0],
      ['OUTPUT', [p.sharedOutput.title], 0],
    ]);
    // The lesson's side of the link: the tribune reads the question the shared lesson answers.
    const lesson = await tribune.ok(
      `query($id: ID!) { lesson(id: $id) { answersQuestions { hiddenCount questions { title } } } }`,
      {
        id: gid('Lesson', p.sharedLesson.id),
      },
    );
    expect(lesson.lesson.answersQuestions).toEqual({
      hiddenCount: 0,
      questions: [{ title: p.question.title }],
    });
  });

  it('leaks: from an output, the path back through its sources counts the arena’s part and hides its words', async () => {
    const p = await sharedQuestionWithPath();
    // A public output drawing on the shared insight and on the arena lesson (so on the practice behind it).
    const output = await f.product({
      atelierId,
      visibility: 'PUBLIC',
      title: `Publieke opbrengst ${randomUUID()}`,
    });
    await t.prisma.productInsight.create({ data: { productId: output.id, insightId: p.sharedInsight.id } });
    await t.prisma.productLesson.create({ data: { productId: output.id, lessonId: p.arenaLesson.id } });
    const id = gid('Product', output.id);

    const ofVisitor = await visitor.query(PATH_OF_PRODUCT, { id });
    expect(ofVisitor.errors).toBeUndefined();
    const steps = (ofVisitor.data as { product: { knowledgePath: { steps: Step[] } } }).product.knowledgePath
      .steps;
    expect(steps.map((s) => [s.kind, s.items.map((i) => i.title), s.hiddenCount])).toEqual([
      ['QUESTION', [], 1],
      ['PRACTICE', [], 1],
      ['LESSON', [], 1],
      ['INSIGHT', [], 1],
      ['OUTPUT', [output.title], 0],
    ]);
    const raw = JSON.stringify(ofVisitor);
    for (const hidden of [p.question.title, p.practice.title, p.arenaLesson.title, p.sharedInsight.title])
      expect(raw).not.toContain(hidden);

    const ofTribune = (await tribune.ok(PATH_OF_PRODUCT, { id })).product.knowledgePath.steps as Step[];
    expect(ofTribune.map((s) => [s.kind, s.items.map((i) => i.title), s.hiddenCount])).toEqual([
      ['QUESTION', [p.question.title], 0],
      ['PRACTICE', [], 1],
      ['LESSON', [], 1],
      ['INSIGHT', [p.sharedInsight.title], 0],
      ['OUTPUT', [output.title], 0],
    ]);
    const ofArena = (await arena.ok(PATH_OF_PRODUCT, { id })).product.knowledgePath.steps as Step[];
    expect(ofArena.map((s) => [s.kind, s.items.map((i) => i.title), s.hiddenCount])).toEqual([
      ['QUESTION', [p.question.title], 0],
      ['PRACTICE', [p.practice.title], 0],
      ['LESSON', [p.arenaLesson.title], 0],
      ['INSIGHT', [p.sharedInsight.title], 0],
      ['OUTPUT', [output.title], 0],
    ]);
  });

  it('the atelier’s questions with their answers and paths cost the same statements for 2 questions as for 12', async () => {
    const trekkerId = (await f.user(DEMO.trekker)).id;
    const QUESTIONS = `query($id: ID!) { atelier(id: $id) { questions {
      title status canEdit allowedVisibilities author { name }
      answers { hiddenCount lessons { title } insights { title } }
      knowledgePath { steps { kind hiddenCount items { __typename ... on Lesson { title } ... on Practice { title } ... on Product { title } } } }
    } } }`;
    async function addQuestions(count: number) {
      for (let i = 0; i < count; i++) {
        const q = await f.question({ atelierId, authorId: trekkerId });
        const lesson = await f.lesson({ atelierId, authorId: trekkerId, visibility: 'ARENA' });
        await t.prisma.questionLesson.create({ data: { questionId: q.id, lessonId: lesson.id } });
        const output = await f.product({ atelierId, visibility: 'ARENA' });
        await t.prisma.productLesson.create({ data: { productId: output.id, lessonId: lesson.id } });
      }
    }
    await addQuestions(2);
    const small = await countStatements(() => trekker.ok(QUESTIONS, { id: gid('Atelier', atelierId) }));
    await addQuestions(10);
    const large = await countStatements(() => trekker.ok(QUESTIONS, { id: gid('Atelier', atelierId) }));
    expect(large.count).toBe(small.count);
  });
});
