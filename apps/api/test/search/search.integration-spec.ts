import { RANKED_PER_KIND } from '../../src/search/search.service.js';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const SEARCH = `query($q: String!, $first: Int, $after: String) {
  search(query: $q, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { rank headline node { __typename ... on Lesson { id title visibility } ... on Insight { id title visibility } ... on Question { id title } ... on Atelier { id title } } }
  }
}`;

const FILTERED = `query($q: String!, $first: Int, $after: String, $kinds: [SearchKind!], $atelierId: ID, $condition: Condition, $from: DateTime, $to: DateTime) {
  search(query: $q, first: $first, after: $after, kinds: $kinds, atelierId: $atelierId, condition: $condition, from: $from, to: $to) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { headline snippet { text marks { start length } } node { __typename
      ... on Lesson { id title visibility } ... on Insight { id title visibility } ... on Question { id title }
      ... on Atelier { id title } ... on SocialIssue { id title } ... on Activity { id title } ... on Product { id title } } }
  }
}`;

type Role = 'visitor' | 'tribune' | 'arena' | 'trekker' | 'committee' | 'admin';
const ROLES: Role[] = ['visitor', 'tribune', 'arena', 'trekker', 'committee', 'admin'];

/** A word no demo text holds, so a test finds exactly the rows it made. Letters only (one lexeme). */
function uniqueWord(stem: string): string {
  const letters = Array.from({ length: 8 }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join('');
  return `${stem}${letters}`;
}

/** Dutch full-text search, ranked, paged by cursor, and never finding more than the reader may read. */
describe('search', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let otherAtelierId: string;
  let arenaId: string;
  let trekkerId: string;
  const c = {} as Record<Role, GraphQLClient>;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    otherAtelierId = (await f.atelierOf('Samen wonen in de wijk')).id;
    arenaId = (await f.user(DEMO.arena)).id;
    trekkerId = (await f.user(DEMO.trekker)).id;
    c.visitor = t.client();
    for (const role of ['tribune', 'arena', 'trekker', 'committee', 'admin'] as const)
      c[role] = await t.client().signIn(DEMO[role], DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  const titles = (data: any): string[] => data.search.edges.map((e: any) => e.node.title);

  it('successful-search: Dutch stemming finds "ontmoeting" for "ontmoetingen", title matches rank first', async () => {
    const data = await c.trekker.ok(SEARCH, { q: 'ontmoetingen' });
    expect(titles(data)).toContain('Ontmoeting is het begin, niet het doel');
    // The title match outranks the lessons, questions and ateliers that only mention it in their text.
    const lessons = data.search.edges.filter((e: any) => e.node.__typename === 'Lesson');
    expect(lessons[0].node.title).toBe('Ontmoeting is het begin, niet het doel');
    const ranks = data.search.edges.map((e: any) => e.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    // Ateliers and questions are found too.
    const atelier = await c.visitor.ok(SEARCH, { q: 'betekenisvol contact' });
    expect(atelier.search.edges.map((e: any) => e.node.__typename)).toContain('Atelier');
    const question = await c.arena.ok(SEARCH, { q: 'ontmoeting' });
    expect(question.search.edges.map((e: any) => e.node.__typename)).toContain('Question');
  });

  it('successful-search: "eenzaam" finds the loneliness lesson, for those who read its arena only', async () => {
    const lesson = 'In het dorp wil niemand "eenzaam" genoemd worden'; // an ARENA lesson of the loneliness atelier
    expect(titles(await c.trekker.ok(SEARCH, { q: 'eenzaam' }))).toContain(lesson);
    expect(titles(await c.arena.ok(SEARCH, { q: 'eenzaam' }))).toContain(lesson);
    expect(titles(await c.tribune.ok(SEARCH, { q: 'eenzaam' }))).not.toContain(lesson);
    expect(titles(await c.visitor.ok(SEARCH, { q: 'eenzaam' }))).not.toContain(lesson);
  });

  it('successful-search: the last word matches as the start of a word ("eenz" finds eenzaamheid), within the ladder', async () => {
    const lesson = 'In het dorp wil niemand "eenzaam" genoemd worden'; // an ARENA lesson of the loneliness atelier
    const visitor = await c.visitor.ok(SEARCH, { q: 'eenz' });
    expect(titles(visitor)).toContain('Leeratelier Eenzaamheid en betekenisvol contact');
    expect(titles(visitor)).not.toContain(lesson);
    expect(titles(await c.tribune.ok(SEARCH, { q: 'eenz' }))).not.toContain(lesson);
    const arena = await c.arena.ok(SEARCH, { q: 'eenz' });
    expect(titles(arena)).toContain(lesson);
    // The word found by its start is marked in the snippet like any other match.
    expect(arena.search.edges.map((e: any) => e.headline ?? '').join(' ')).toMatch(/<mark>eenza/i);
    // Earlier words still all count: "betekenisvol eenz" finds the atelier, "wijk eenz" does not.
    expect(titles(await c.visitor.ok(SEARCH, { q: 'betekenisvol eenz' }))).toContain(
      'Leeratelier Eenzaamheid en betekenisvol contact',
    );
    expect(titles(await c.visitor.ok(SEARCH, { q: 'armoede eenz' }))).not.toContain(
      'Leeratelier Eenzaamheid en betekenisvol contact',
    );
  });

  it('successful-search: lessons by the ladder, cell by cell', async () => {
    const word = uniqueWord('ladder');
    for (const visibility of ['DRAFT', 'PRACTICE', 'ARENA', 'TRIBUNE', 'PUBLIC'] as const) {
      await f.lesson({ atelierId, authorId: arenaId, visibility, title: `${visibility} ${word}` });
    }
    // The same ladder as lesson(id): see test/authz/role-table.
    const expected: Record<Role, string[]> = {
      visitor: ['PUBLIC'],
      tribune: ['TRIBUNE', 'PUBLIC'],
      arena: ['DRAFT', 'PRACTICE', 'ARENA', 'TRIBUNE', 'PUBLIC'], // the author reads their own draft
      trekker: ['DRAFT', 'PRACTICE', 'ARENA', 'TRIBUNE', 'PUBLIC'], // the trekker reads all of their atelier
      committee: ['ARENA', 'TRIBUNE', 'PUBLIC'],
      admin: ['TRIBUNE', 'PUBLIC'], // beheerders read what the tribune reads
    };
    for (const role of ROLES) {
      const data = await c[role].ok(SEARCH, { q: word });
      const found = data.search.edges.map((e: any) => e.node.visibility).sort();
      expect({ role, found, total: data.search.totalCount }).toEqual({
        role,
        found: [...expected[role]].sort(),
        total: expected[role].length,
      });
    }
  });

  it('successful-search: insights and questions by the same policy; ateliers for everyone', async () => {
    const word = uniqueWord('inzicht');
    for (const visibility of ['ARENA', 'TRIBUNE', 'PUBLIC'] as const) {
      await t.prisma.insight.create({
        data: {
          atelierId,
          authorId: trekkerId,
          title: `${visibility} ${word}`,
          body: '<p>Samengevat.</p>',
          conditions: ['SOCIAL_COHESION'],
          visibility,
        },
      });
    }
    await t.prisma.question.create({ data: { atelierId, authorId: arenaId, title: `Vraag ${word}` } });
    await t.prisma.atelier.update({
      where: { id: otherAtelierId },
      data: { description: `Een atelier over ${word} en wonen.` },
    });
    const expected: Record<Role, string[]> = {
      visitor: ['Atelier', 'Insight:PUBLIC'],
      tribune: ['Atelier', 'Insight:PUBLIC', 'Insight:TRIBUNE'],
      arena: ['Atelier', 'Insight:ARENA', 'Insight:PUBLIC', 'Insight:TRIBUNE', 'Question'],
      trekker: ['Atelier', 'Insight:ARENA', 'Insight:PUBLIC', 'Insight:TRIBUNE', 'Question'],
      committee: ['Atelier', 'Insight:ARENA', 'Insight:PUBLIC', 'Insight:TRIBUNE', 'Question'],
      admin: ['Atelier', 'Insight:PUBLIC', 'Insight:TRIBUNE'],
    };
    for (const role of ROLES) {
      const data = await c[role].ok(SEARCH, { q: word });
      const found = data.search.edges
        .map((e: any) =>
          e.node.visibility ? `${e.node.__typename}:${e.node.visibility}` : e.node.__typename,
        )
        .sort();
      expect({ role, found, total: data.search.totalCount }).toEqual({
        role,
        found: expected[role],
        total: expected[role].length,
      });
    }
  });

  it('successful-search: a readable match is found even when more than RANKED_PER_KIND unreadable ones rank higher', async () => {
    const word = uniqueWord('breed');
    // The arena's lessons name the word in their title (ranked higher); the one shared with the tribune only
    // mentions it in its text. The tribune member reads none of the arena's.
    await t.prisma.lesson.createMany({
      data: Array.from({ length: RANKED_PER_KIND + 1 }, (_, i) => ({
        atelierId,
        authorId: arenaId,
        title: `${word} ${i}`,
        body: `<p>Over ${word} in de wijk.</p>`,
        conditions: ['SOCIAL_COHESION' as const],
        level: 'NEIGHBOURHOOD' as const,
        domain: 'WELFARE' as const,
        visibility: 'ARENA' as const,
      })),
    });
    const shared = await t.prisma.lesson.create({
      data: {
        atelierId,
        authorId: arenaId,
        title: 'Gedeeld met de tribune',
        body: `<p>Ook hier ging het over ${word}.</p>`,
        conditions: ['SOCIAL_COHESION'],
        level: 'NEIGHBOURHOOD',
        domain: 'WELFARE',
        visibility: 'TRIBUNE',
        sharedAt: new Date(),
      },
    });
    const tribune = await c.tribune.ok(SEARCH, { q: word });
    expect({ total: tribune.search.totalCount, found: titles(tribune) }).toEqual({
      total: 1,
      found: [shared.title],
    });
    // The arena member reads them all: the best RANKED_PER_KIND of them, title matches first.
    const arena = await c.arena.ok(SEARCH, { q: word, first: 5 });
    expect(arena.search.totalCount).toBe(RANKED_PER_KIND);
    expect(titles(arena).every((title) => title.startsWith(word))).toBe(true);
  });

  it('successful-search: on equal rank the newest comes first', async () => {
    const word = uniqueWord('gelijk');
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const lesson = await f.lesson({
        atelierId,
        authorId: arenaId,
        visibility: 'PUBLIC',
        title: `Les ${word}`,
      });
      await t.prisma.lesson.update({
        where: { id: lesson.id },
        data: { createdAt: new Date(Date.UTC(2026, 0, 10 + i)) },
      });
      made.push(gid('Lesson', lesson.id));
    }
    const data = await c.visitor.ok(SEARCH, { q: word });
    expect(new Set(data.search.edges.map((e: any) => e.rank)).size).toBe(1);
    expect(data.search.edges.map((e: any) => e.node.id)).toEqual([...made].reverse());
  });

  it('successful-search: the headline marks the matching words and is safe to show as HTML', async () => {
    const word = uniqueWord('kop');
    await t.prisma.lesson.create({
      data: {
        atelierId,
        authorId: arenaId,
        title: 'Een les met een kopregel',
        body: `<p>Bij de <strong>ontmoetingen</strong> over ${word} schreef iemand &lt;script&gt;alert(1)&lt;/script&gt; &amp; meer.</p><script>alert(2)</script>`,
        conditions: ['SOCIAL_COHESION'],
        level: 'GROUP',
        domain: 'WELFARE',
        visibility: 'PUBLIC',
        sharedAt: new Date(),
      },
    });
    const data = await c.visitor.ok(SEARCH, { q: `${word} ontmoeting` });
    const headline: string = data.search.edges[0].headline;
    expect(headline).toContain(`<mark>${word}</mark>`);
    expect(headline).toContain('<mark>ontmoetingen</mark>');
    // Tags in the text are gone; what was written as text is escaped; nothing else is markup.
    expect(headline).not.toContain('<strong>');
    expect(headline).toContain('&#60;script&#62;');
    expect(headline).toContain('&#38; meer');
    expect(headline.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('successful-pagination: pages by cursor without gaps or repeats', async () => {
    const q = 'les OR ontmoeting OR geld OR buurt OR wonen';
    const all = await c.trekker.ok(SEARCH, { q, first: 100 });
    expect(all.search.totalCount).toBeGreaterThan(6);
    expect(all.search.edges.length).toBe(all.search.totalCount);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: any = await c.trekker.ok(SEARCH, { q, first: 3, after });
      expect(page.search.totalCount).toBe(all.search.totalCount);
      seen.push(...page.search.edges.map((e: any) => e.node.id));
      if (!page.search.pageInfo.hasNextPage) break;
      after = page.search.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.search.edges.map((e: any) => e.node.id));
  });

  it('successful-pagination: matches of equal rank and date page by kind and id, one at a time', async () => {
    const word = uniqueWord('gelijkspel');
    const at = new Date(Date.UTC(2026, 1, 2, 10, 30, 0, 123));
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const lesson = await f.lesson({ atelierId, authorId: arenaId, visibility: 'PUBLIC', title: word });
      await t.prisma.lesson.update({
        where: { id: lesson.id },
        data: { createdAt: at, body: '<p>Samengevat.</p>' },
      });
      const insight = await t.prisma.insight.create({
        data: {
          atelierId,
          authorId: trekkerId,
          title: word,
          body: '<p>Samengevat.</p>',
          conditions: ['SOCIAL_COHESION'],
          visibility: 'PUBLIC',
          createdAt: at,
        },
      });
      made.push(gid('Lesson', lesson.id), gid('Insight', insight.id));
    }
    const all = await c.visitor.ok(SEARCH, { q: word, first: 10 });
    expect(new Set(all.search.edges.map((e: any) => e.rank)).size).toBe(1);
    // Insights before lessons (kind), each by id: a total order, whatever the database returns first.
    const order = all.search.edges.map((e: any) => e.node.id);
    expect([...order].sort()).toEqual([...made].sort());
    expect(all.search.edges.map((e: any) => e.node.__typename)).toEqual([
      'Insight',
      'Insight',
      'Insight',
      'Lesson',
      'Lesson',
      'Lesson',
    ]);
    const seen: string[] = [];
    const previous: boolean[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: any = await c.visitor.ok(SEARCH, { q: word, first: 1, after });
      expect(page.search.totalCount).toBe(6);
      seen.push(...page.search.edges.map((e: any) => e.node.id));
      previous.push(page.search.pageInfo.hasPreviousPage);
      if (!page.search.pageInfo.hasNextPage) break;
      after = page.search.pageInfo.endCursor;
    }
    expect(seen).toEqual(order);
    expect(previous).toEqual([false, true, true, true, true, true]);
    // After the last one: an empty page that still counts what there is.
    const end = await c.visitor.ok(SEARCH, { q: word, first: 1, after: all.search.pageInfo.endCursor });
    expect(end.search).toMatchObject({
      totalCount: 6,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
    });
  });

  it('successful-search: a query of only stop words or operators finds nothing, without an error', async () => {
    for (const q of ['de het een', '"" OR -', `'); DROP TABLE "Lesson"; --`]) {
      const result = await c.visitor.query(SEARCH, { q });
      expect({ q, errors: result.errors }).toEqual({ q, errors: undefined });
    }
    const empty = await c.visitor.ok(SEARCH, { q: 'de het een' });
    expect(empty.search).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
    // The table is still there.
    expect(titles(await c.visitor.ok(SEARCH, { q: 'ontmoeting' }))).toContain(
      'Ontmoeting is het begin, niet het doel',
    );
  });

  it('failing-search: an empty or too long query, a bad page size and a bad cursor name the argument', async () => {
    const cases = [
      { q: '', after: null, first: null, field: 'query' },
      { q: '   ', after: null, first: null, field: 'query' },
      { q: 'x'.repeat(201), after: null, first: null, field: 'query' },
      { q: 'les', after: 'bm9wZQ', first: null, field: 'after' },
      { q: 'les', after: Buffer.from('[1,2,"User","x"]').toString('base64url'), first: null, field: 'after' },
      { q: 'les', after: null, first: 0, field: 'first' },
      { q: 'les', after: null, first: 101, field: 'first' },
    ];
    for (const { q, after, first, field } of cases) {
      const result = await c.visitor.query(SEARCH, { q, after, first });
      expect({
        q: q.slice(0, 10),
        code: result.errors?.[0]?.extensions.code,
        field: result.errors?.[0]?.extensions.field,
      }).toEqual({
        q: q.slice(0, 10),
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    // 200 characters is still fine.
    expect((await c.visitor.query(SEARCH, { q: 'x'.repeat(200) })).errors).toBeUndefined();
  });

  /** What a search found, as "Kind:title", sorted. */
  const found = (data: any): string[] =>
    data.search.edges.map((e: any) => `${e.node.__typename}:${e.node.title}`).sort();

  it('successful-search: "eenzaam" finds the kwestie of eenzaamheid too, for everyone (the agenda is public)', async () => {
    for (const role of ROLES) {
      const data = await c[role].ok(FILTERED, { q: 'eenzaam', kinds: ['SOCIAL_ISSUE'] });
      expect({ role, found: found(data) }).toEqual({
        role,
        found: [`SocialIssue:${LONELINESS}`],
      });
      expect(data.search.totalCount).toBe(1);
    }
    // By atelier: the kwestie its atelier works on, and no other.
    const byAtelier = async (id: string) =>
      found(
        await c.visitor.ok(FILTERED, {
          q: 'eenzaam',
          kinds: ['SOCIAL_ISSUE'],
          atelierId: gid('Atelier', id),
        }),
      );
    expect(await byAtelier(atelierId)).toEqual([`SocialIssue:${LONELINESS}`]);
    expect(await byAtelier(otherAtelierId)).toEqual([]);
  });

  it('successful-search: activities by the TRIBUNE rung of their atelier, products by their rung, per role', async () => {
    const word = uniqueWord('bijeen');
    const plannedById = trekkerId;
    await t.prisma.activity.create({
      data: {
        atelierId,
        plannedById,
        kind: 'MEETING',
        title: `Ontmoeting ${word}`,
        description: `Een middag over ${word} in het buurthuis.`,
        startsAt: new Date(Date.now() + 7 * 86_400_000),
      },
    });
    await t.prisma.product.create({
      data: {
        atelierId,
        kind: 'REPORT',
        title: `Rapport ${word}`,
        publishedAt: new Date(),
        visibility: 'PUBLIC',
      },
    });
    await t.prisma.product.create({ data: { atelierId, kind: 'METHOD', title: `Concept ${word}` } });
    const stranger = await f.account('Iemand zonder atelier');
    const roles = { ...c, stranger: await t.client().signIn(stranger.email, stranger.password) };
    const activity = `Activity:Ontmoeting ${word}`;
    const published = `Product:Rapport ${word}`;
    const draft = `Product:Concept ${word}`;
    const expected: Record<keyof typeof roles, string[]> = {
      visitor: [published],
      stranger: [published],
      tribune: [activity, published], // reads the tribune, not the arena's draft products
      arena: [activity, draft, published],
      trekker: [activity, draft, published],
      committee: [activity, draft, published],
      admin: [activity, published], // beheerders read what the tribune reads
    };
    for (const [role, client] of Object.entries(roles) as [keyof typeof roles, GraphQLClient][]) {
      const data = await client.ok(FILTERED, { q: word });
      // Neither the list, nor the count, nor a snippet names what the reader may not read.
      const snippets = data.search.edges.map((e: any) => e.snippet?.text ?? '').join(' ');
      expect({ role, found: found(data), total: data.search.totalCount }).toEqual({
        role,
        found: [...expected[role]].sort(),
        total: expected[role].length,
      });
      if (!expected[role].includes(activity)) expect(snippets).not.toContain('buurthuis');
    }
  });

  it('successful-search: a tribune member never finds an arena lesson, a visitor nothing below PUBLIC, by any filter', async () => {
    const word = uniqueWord('trede');
    for (const visibility of ['ARENA', 'TRIBUNE', 'PUBLIC'] as const) {
      await f.lesson({ atelierId, authorId: arenaId, visibility, title: `${visibility} ${word}` });
    }
    const filters = [
      {},
      { kinds: ['LESSON'] },
      { atelierId: gid('Atelier', atelierId) },
      { condition: 'SOCIAL_COHESION' },
      { from: new Date(Date.now() - 86_400_000).toISOString() },
    ];
    for (const filter of filters) {
      const expected = {
        visitor: ['PUBLIC'],
        tribune: ['PUBLIC', 'TRIBUNE'],
        arena: ['ARENA', 'PUBLIC', 'TRIBUNE'],
      };
      for (const role of ['visitor', 'tribune', 'arena'] as const) {
        const data = await c[role].ok(FILTERED, { q: word, ...filter });
        const rungs = data.search.edges.map((e: any) => e.node.visibility).sort();
        expect({ role, filter, rungs, total: data.search.totalCount }).toEqual({
          role,
          filter,
          rungs: expected[role],
          total: expected[role].length,
        });
      }
    }
  });

  it('successful-search: filters by kind, atelier, condition and date narrow the matches and their count', async () => {
    const word = uniqueWord('filter');
    const day = (d: number) => new Date(Date.UTC(2026, 2, d, 12));
    const lesson = async (at: string, title: string, conditions: any[], date: Date) => {
      const made = await t.prisma.lesson.create({
        data: {
          atelierId: at,
          authorId: arenaId,
          title: `${title} ${word}`,
          body: '<p>Samengevat.</p>',
          conditions,
          level: 'GROUP',
          domain: 'WELFARE',
          visibility: 'PUBLIC',
          sharedAt: date,
        },
      });
      await t.prisma.lesson.update({ where: { id: made.id }, data: { createdAt: date } });
    };
    await lesson(atelierId, 'Cohesie maart', ['SOCIAL_COHESION'], day(1));
    await lesson(atelierId, 'Inclusie april', ['SOCIAL_INCLUSION', 'SOCIAL_EMPOWERMENT'], day(31));
    await lesson(otherAtelierId, 'Wonen cohesie', ['SOCIAL_COHESION'], day(15));
    const insight = await f.insight({
      atelierId,
      authorId: trekkerId,
      visibility: 'PUBLIC',
      title: `Inzicht ${word}`,
    });
    await t.prisma.insight.update({ where: { id: insight.id }, data: { createdAt: day(20) } }); // SOCIAL_INCLUSION
    await t.prisma.atelier.update({
      where: { id: otherAtelierId },
      data: { description: `Een atelier over ${word}.` },
    });
    const otherAtelier = await t.prisma.atelier.findUniqueOrThrow({ where: { id: otherAtelierId } });
    const cases: { filter: Record<string, unknown>; found: string[] }[] = [
      {
        filter: {},
        found: [
          `Atelier:${otherAtelier.title}`,
          `Insight:Inzicht ${word}`,
          `Lesson:Cohesie maart ${word}`,
          `Lesson:Inclusie april ${word}`,
          `Lesson:Wonen cohesie ${word}`,
        ],
      },
      {
        filter: { kinds: ['INSIGHT', 'ATELIER'] },
        found: [`Atelier:${otherAtelier.title}`, `Insight:Inzicht ${word}`],
      },
      { filter: { kinds: ['QUESTION'] }, found: [] },
      {
        filter: { atelierId: gid('Atelier', otherAtelierId) },
        found: [`Atelier:${otherAtelier.title}`, `Lesson:Wonen cohesie ${word}`],
      },
      // A condition keeps the lessons and insights that speak to it; nothing else carries conditions.
      {
        filter: { condition: 'SOCIAL_COHESION' },
        found: [`Lesson:Cohesie maart ${word}`, `Lesson:Wonen cohesie ${word}`],
      },
      {
        filter: { condition: 'SOCIAL_INCLUSION' },
        found: [`Insight:Inzicht ${word}`, `Lesson:Inclusie april ${word}`],
      },
      // From is inclusive, to exclusive.
      {
        filter: { kinds: ['LESSON', 'INSIGHT'], from: day(15).toISOString(), to: day(31).toISOString() },
        found: [`Insight:Inzicht ${word}`, `Lesson:Wonen cohesie ${word}`],
      },
      {
        filter: {
          condition: 'SOCIAL_COHESION',
          atelierId: gid('Atelier', atelierId),
          to: day(2).toISOString(),
        },
        found: [`Lesson:Cohesie maart ${word}`],
      },
    ];
    for (const { filter, found: expected } of cases) {
      const data = await c.visitor.ok(FILTERED, { q: word, ...filter });
      expect({ filter, found: found(data), total: data.search.totalCount }).toEqual({
        filter,
        found: [...expected].sort(),
        total: expected.length,
      });
    }
    // Filtered pages still page by cursor, without gaps or repeats.
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: any = await c.visitor.ok(FILTERED, {
        q: word,
        condition: 'SOCIAL_COHESION',
        first: 1,
        after,
      });
      expect(page.search.totalCount).toBe(2);
      seen.push(...page.search.edges.map((e: any) => e.node.title));
      if (!page.search.pageInfo.hasNextPage) break;
      after = page.search.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual([`Cohesie maart ${word}`, `Wonen cohesie ${word}`]);
  });

  it('failing-search: a date range that ends before it starts names `to`', async () => {
    const result = await c.visitor.query(FILTERED, {
      q: 'les',
      from: '2026-03-10T00:00:00.000Z',
      to: '2026-03-10T00:00:00.000Z',
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
      rule: 'afterStart',
    });
  });

  it('successful-search: the snippet is plain text cut at word boundaries, with "…" and the matches by range', async () => {
    const word = uniqueWord('knip');
    const before = Array.from({ length: 40 }, (_, i) => `woordvoor${i}`).join(' ');
    const after = Array.from({ length: 40 }, (_, i) => `woordna${i}`).join(' ');
    const body = `${before} de <em>${word}</em> &amp; meer ${after}.`;
    await t.prisma.lesson.create({
      data: {
        atelierId,
        authorId: arenaId,
        title: 'Een les met een lange tekst',
        body: `<p>${body}</p>`,
        conditions: ['SOCIAL_COHESION'],
        level: 'GROUP',
        domain: 'WELFARE',
        visibility: 'PUBLIC',
        sharedAt: new Date(),
      },
    });
    const data = await c.visitor.ok(FILTERED, { q: word });
    const { text, marks } = data.search.edges[0].snippet;
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(marks.map((m: any) => text.slice(m.start, m.start + m.length))).toEqual([word]);
    // Between the "…": whole words of the text as written (tags gone, entities as characters).
    const plain = `${before} de ${word} & meer ${after}.`;
    const inner = text.slice(2, -2);
    expect(plain).toContain(inner);
    const at = plain.indexOf(inner);
    expect(plain[at - 1]).toBe(' ');
    expect(plain[at + inner.length]).toBe(' ');
    expect(text).not.toMatch(/[<>]/);
    // The HTML form says the same, escaped.
    expect(data.search.edges[0].headline).toContain(`<mark>${word}</mark> &#38; meer`);
  });
});
