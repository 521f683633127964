import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { countStatements } from '../support/statement-counter.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const SEARCH = `query($q: String!, $first: Int, $after: String) {
  search(query: $q, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { rank node { __typename ... on Lesson { id title visibility } ... on Insight { id title } ... on Question { id title } ... on Atelier { id title } } }
  }
}`;

type Role = 'visitor' | 'tribune' | 'arena' | 'trekker' | 'committee' | 'admin';

/** Dutch full-text search, ranked, paged by cursor, and never finding more than the reader may read. */
describe('search', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  const c = {} as Record<Role, GraphQLClient>;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    c.visitor = t.client();
    for (const role of ['tribune', 'arena', 'trekker', 'committee', 'admin'] as const) c[role] = await t.client().signIn(DEMO[role], DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  const titles = (data: any) => data.search.edges.map((e: any) => e.node.title);

  it('successful-search: Dutch stemming finds "ontmoeting" for "ontmoetingen", title matches rank first', async () => {
    const data = await c.trekker.ok(SEARCH, { q: 'ontmoetingen' });
    expect(titles(data)).toContain('Ontmoeting is het begin, niet het doel');
    expect(data.search.edges[0].node.title).toBe('Ontmoeting is het begin, niet het doel');
    const ranks = data.search.edges.map((e: any) => e.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    // Ateliers and questions are found too.
    const atelier = await c.visitor.ok(SEARCH, { q: 'eenzaamheid' });
    expect(atelier.search.edges.map((e: any) => e.node.__typename)).toContain('Atelier');
    const question = await c.arena.ok(SEARCH, { q: 'buurtkamer' });
    expect(question.search.edges.map((e: any) => e.node.__typename)).toContain('Question');
  });

  it('successful-search: reads by the ladder, cell by cell', async () => {
    const arena = await f.user(DEMO.arena);
    const word = 'zeldzaamwoordje';
    for (const visibility of ['DRAFT', 'ARENA', 'TRIBUNE', 'PUBLIC'] as const) {
      await f.lesson({ atelierId, authorId: arena.id, visibility, title: `${visibility} ${word}` });
    }
    const expected: Record<Role, string[]> = {
      visitor: ['PUBLIC'],
      tribune: ['TRIBUNE', 'PUBLIC'],
      arena: ['DRAFT', 'ARENA', 'TRIBUNE', 'PUBLIC'], // the author reads their own draft
      trekker: ['DRAFT', 'ARENA', 'TRIBUNE', 'PUBLIC'],
      committee: ['ARENA', 'TRIBUNE', 'PUBLIC'],
      admin: ['TRIBUNE', 'PUBLIC'], // beheerders read what the tribune reads
    };
    for (const [role, rungs] of Object.entries(expected)) {
      const data = await c[role as Role].ok(SEARCH, { q: word });
      const found = data.search.edges.map((e: any) => e.node.visibility).sort();
      expect({ role, found, total: data.search.totalCount }).toEqual({ role, found: [...rungs].sort(), total: rungs.length });
    }
  });

  it('successful-pagination: pages by cursor without gaps or repeats', async () => {
    const all = await c.trekker.ok(SEARCH, { q: 'les OR ontmoeting OR geld OR buurt', first: 100 });
    expect(all.search.totalCount).toBeGreaterThan(4);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: any = await c.trekker.ok(SEARCH, { q: 'les OR ontmoeting OR geld OR buurt', first: 3, after });
      seen.push(...page.search.edges.map((e: any) => e.node.id));
      if (!page.search.pageInfo.hasNextPage) break;
      after = page.search.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.search.edges.map((e: any) => e.node.id));
  });

  it('successful-search: statements do not grow with the page size', async () => {
    const small = await countStatements(() => c.trekker.ok(SEARCH, { q: 'les OR ontmoeting OR geld OR buurt', first: 2 }));
    const large = await countStatements(() => c.trekker.ok(SEARCH, { q: 'les OR ontmoeting OR geld OR buurt', first: 50 }));
    expect(large.count).toBeLessThanOrEqual(small.count + 2); // at most the kinds the larger page adds
    expect(large.count).toBeLessThanOrEqual(14);
  });

  it('failing-search: an empty or huge query and a bad cursor name the argument', async () => {
    for (const [q, after, fieldName] of [['  ', null, 'query'], ['x'.repeat(201), null, 'query'], ['les', 'bm9wZQ', 'after']] as const) {
      const result = await c.visitor.query(SEARCH, { q, after });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: fieldName });
    }
    // Search syntax never reaches SQL as text: operators are just words.
    const odd = await c.visitor.query(SEARCH, { q: `'); DROP TABLE "Lesson"; --` });
    expect(odd.errors).toBeUndefined();
    expect(gid('Atelier', atelierId)).toEqual(expect.any(String));
  });
});
