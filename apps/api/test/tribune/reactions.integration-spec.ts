import { DEMO, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { countStatements } from '../support/statement-counter.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { demoClients, errorOf, person, type DemoRole } from './tribune-fixtures.js';

/**
 * Reactions: those who follow an atelier respond to what it shared with the tribune (or the public).
 * Reacting never reveals what the reader can't see, and below the tribune there is nothing to react to.
 */
const REACT = `mutation($t: ID!, $b: String!) { react(targetId: $t, body: $b) { id body createdAt author { name } } }`;
const LESSON_REACTIONS = `query($id: ID!) { lesson(id: $id) { title reactions { id body author { name } } } }`;
const INSIGHT_REACTIONS = `query($id: ID!) { insight(id: $id) { title reactions { id body author { name } } } }`;

describe('reactions', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let c: Record<DemoRole | 'visitor', GraphQLClient>;
  let outsider: GraphQLClient;
  let arenaUserId: string;
  let trekkerId: string;

  const lesson = async (visibility: 'ARENA' | 'TRIBUNE' | 'PUBLIC', title?: string) =>
    gid('Lesson', (await f.lesson({ atelierId, authorId: arenaUserId, visibility, title })).id);

  const insight = async (visibility: 'ARENA' | 'TRIBUNE' | 'PUBLIC', title = `Inzicht ${visibility}`) => {
    const shared = visibility !== 'ARENA';
    const row = await t.prisma.insight.create({
      data: {
        atelierId,
        authorId: trekkerId,
        title,
        body: '<p>Wat de praktijken samen laten zien.</p>',
        conditions: ['SOCIAL_COHESION'],
        visibility,
        sharedAt: shared ? new Date() : null,
      },
    });
    return gid('Insight', row.id);
  };

  beforeAll(async () => {
    // The response cache off: some cases count the statements a query runs, and a kept answer runs none.
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    arenaUserId = (await f.user(DEMO.arena)).id;
    trekkerId = (await f.user(DEMO.trekker)).id;
    c = await demoClients(t);
    outsider = (await person(t, { name: 'Buitenstaander' })).client;
  });
  afterAll(() => t.close());

  describe('successful-react', () => {
    it('a tribune member reacts to a shared lesson; readers of the atelier see the reactions oldest first, with their authors', async () => {
      const id = await lesson('TRIBUNE', 'Koffie als begin van contact');
      const first = await c.tribune.ok(REACT, {
        t: id,
        b: '   Herkenbaar: bij ons werkte de koffieochtend ook.  ',
      });
      expect(first.react).toMatchObject({
        body: '<p>Herkenbaar: bij ons werkte de koffieochtend ook.</p>',
        author: { name: expect.any(String) },
      });
      const second = await c.arena.ok(REACT, { t: id, b: 'Mooi om te lezen hoe het elders ging.' });

      for (const reader of [c.tribune, c.arena, c.trekker, c.committee, c.admin]) {
        const data = await reader.ok(LESSON_REACTIONS, { id });
        expect(data.lesson.reactions.map((r: any) => r.id)).toEqual([first.react.id, second.react.id]);
      }
      const node = await c.tribune.ok(`query($id: ID!) { node(id: $id) { id ... on Reaction { body } } }`, {
        id: first.react.id,
      });
      expect(node.node.body).toBe('<p>Herkenbaar: bij ons werkte de koffieochtend ook.</p>');
    });

    it('reacting to an insight shared with the tribune, and seeing it in the feed', async () => {
      const id = await insight('TRIBUNE', 'Ontmoeting vraagt een vaste plek');
      const reacted = await c.tribune.ok(REACT, { t: id, b: 'Dit zien wij in Arnhem ook.' });
      const data = await c.trekker.ok(INSIGHT_REACTIONS, { id });
      expect(data.insight.reactions).toEqual([
        { id: reacted.react.id, body: '<p>Dit zien wij in Arnhem ook.</p>', author: reacted.react.author },
      ]);
      const feed = await c.tribune.ok(
        `{ feed(first: 50) { edges { node { ... on Insight { id reactions { body } } } } } }`,
      );
      const item = feed.feed.edges.find((e: any) => e.node.id === id);
      expect(item.node.reactions).toEqual([{ body: '<p>Dit zien wij in Arnhem ook.</p>' }]);
    });

    it('the arena, the commissie and the beheerder react to a public lesson; 2000 characters is allowed', async () => {
      const id = await lesson('PUBLIC');
      await c.arena.ok(REACT, { t: id, b: 'x'.repeat(2000) });
      await c.committee.ok(REACT, { t: id, b: 'Advies: deel dit met de andere werkplaatsen.' });
      await c.admin.ok(REACT, { t: id, b: 'Gelezen.' });
      const data = await c.tribune.ok(LESSON_REACTIONS, { id });
      expect(data.lesson.reactions).toHaveLength(3);
    });
  });

  describe('failing-react', () => {
    it('refuses a visitor (UNAUTHENTICATED) and a non-participant, even on a public lesson (FORBIDDEN)', async () => {
      const id = await lesson('PUBLIC');
      expect(errorOf(await c.visitor.query(REACT, { t: id, b: 'Hallo' }))?.code).toBe('UNAUTHENTICATED');
      expect(errorOf(await outsider.query(REACT, { t: id, b: 'Hallo' }))?.code).toBe('FORBIDDEN');
      expect(await t.prisma.reaction.count({ where: { body: '<p>Hallo</p>' } })).toBe(0);
    });

    it('an ARENA lesson is NOT_FOUND for a tribune member and BAD_USER_INPUT (not shared) for an arena member', async () => {
      const id = await lesson('ARENA');
      expect(errorOf(await c.tribune.query(REACT, { t: id, b: 'Wat bedoelen jullie?' }))?.code).toBe(
        'NOT_FOUND',
      );
      expect(errorOf(await c.arena.query(REACT, { t: id, b: 'Wat bedoelen jullie?' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'targetId',
      });
      expect(errorOf(await c.trekker.query(REACT, { t: id, b: 'Wat bedoelen jullie?' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'targetId',
      });
      expect(await t.prisma.reaction.count({ where: { body: '<p>Wat bedoelen jullie?</p>' } })).toBe(0);
    });

    it('an ARENA insight is NOT_FOUND for a tribune member and BAD_USER_INPUT for the trekker', async () => {
      const id = await insight('ARENA');
      expect(errorOf(await c.tribune.query(REACT, { t: id, b: 'Nog niet gedeeld' }))?.code).toBe('NOT_FOUND');
      expect(errorOf(await c.trekker.query(REACT, { t: id, b: 'Nog niet gedeeld' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'targetId',
      });
    });

    it('a tribune lesson of another atelier is NOT_FOUND for someone on the tribune elsewhere', async () => {
      const poverty = await f.atelierOf('Armoede en schulden');
      const elsewhere = await person(t, { atelierId: poverty.id, role: 'TRIBUNE', name: 'Tribune armoede' });
      const id = await lesson('TRIBUNE');
      expect(errorOf(await elsewhere.client.query(REACT, { t: id, b: 'Hallo' }))?.code).toBe('NOT_FOUND');
    });

    it.each([
      ['an empty body', ''],
      ['a body of only spaces', '    '],
      ['a body of 2001 characters', 'x'.repeat(2001)],
    ])('refuses %s (BAD_USER_INPUT on body)', async (_what, body) => {
      const id = await lesson('TRIBUNE');
      expect(errorOf(await c.tribune.query(REACT, { t: id, b: body }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'body',
      });
    });

    it('refuses a target that is not a lesson or insight (BAD_USER_INPUT), and one that does not exist (NOT_FOUND)', async () => {
      for (const target of [gid('Atelier', atelierId), 'geen-id']) {
        expect(errorOf(await c.tribune.query(REACT, { t: target, b: 'Hallo' }))).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'targetId',
        });
      }
      expect(
        errorOf(
          await c.tribune.query(REACT, {
            t: gid('Lesson', '00000000-0000-4000-8000-000000000000'),
            b: 'Hallo',
          }),
        )?.code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('reading reactions', () => {
    it('successful-reactions-stay-in-the-atelier: a public lesson shows its reactions to the tribune, not to visitors or outsiders', async () => {
      const id = await lesson('PUBLIC');
      await c.tribune.ok(REACT, { t: id, b: 'Alleen voor wie het atelier volgt.' });
      expect((await c.tribune.ok(LESSON_REACTIONS, { id })).lesson.reactions).toHaveLength(1);
      expect((await c.visitor.ok(LESSON_REACTIONS, { id })).lesson.reactions).toEqual([]);
      expect((await outsider.ok(LESSON_REACTIONS, { id })).lesson.reactions).toEqual([]);
    });

    it('successful-batched: a page of lessons, and one of insights, with reactions costs the same with five more reacted-to items each', async () => {
      // One list per query: two sibling lists would let DataLoader batch across them or not, by timing.
      const LESSONS = `query($id: ID!) { atelier(id: $id) { lessons(first: 20) { edges { node { title reactions { body author { name } } } } } } }`;
      const INSIGHTS = `query($id: ID!) { atelier(id: $id) { insights(first: 20) { edges { node { title reactions { body author { name } } } } } } }`;
      const atelierGid = gid('Atelier', atelierId);
      // Every field is exercised before the first count.
      await c.tribune.ok(REACT, { t: await lesson('TRIBUNE'), b: 'Eerste reactie op een les' });
      await c.tribune.ok(REACT, { t: await insight('TRIBUNE'), b: 'Eerste reactie op een inzicht' });
      const small = [
        await countStatements(() => c.tribune.ok(LESSONS, { id: atelierGid })),
        await countStatements(() => c.tribune.ok(INSIGHTS, { id: atelierGid })),
      ];
      for (let i = 0; i < 5; i++) {
        await c.tribune.ok(REACT, { t: await lesson('TRIBUNE'), b: `Reactie op les ${i}` });
        await c.arena.ok(REACT, { t: await insight('TRIBUNE'), b: `Reactie op inzicht ${i}` });
      }
      const large = [
        await countStatements(() => c.tribune.ok(LESSONS, { id: atelierGid })),
        await countStatements(() => c.tribune.ok(INSIGHTS, { id: atelierGid })),
      ];
      const lessons = await c.tribune.ok(LESSONS, { id: atelierGid });
      const insights = await c.tribune.ok(INSIGHTS, { id: atelierGid });
      expect(
        lessons.atelier.lessons.edges.filter((e: any) => e.node.reactions.length > 0).length,
      ).toBeGreaterThanOrEqual(6);
      expect(
        insights.atelier.insights.edges.filter((e: any) => e.node.reactions.length > 0).length,
      ).toBeGreaterThanOrEqual(6);
      expect(large.map((r) => r.count)).toEqual(small.map((r) => r.count));
    });
  });
});
