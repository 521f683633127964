import { DEMO, DemoFixtures, LONELINESS, POVERTY, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { demoClients, person, type DemoRole } from './tribune-fixtures.js';

/**
 * The tribune's feed narrowed by atelier and by condition, with an excerpt per item. A filter only narrows
 * what the reader may already read: another atelier's id or a condition never brings in an item below the
 * tribune or from an atelier the reader doesn't follow.
 */
const FEED = `query($atelierId: ID, $condition: Condition, $first: Int, $after: String) {
  feed(first: $first, atelierId: $atelierId, condition: $condition, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { __typename ... on Lesson { id title excerpt conditions atelier { id } }
                               ... on Insight { id title excerpt conditions atelier { id } } } }
  }
}`;

interface FeedNode {
  __typename: 'Lesson' | 'Insight';
  id: string;
  title: string;
  excerpt: string;
  conditions: string[];
  atelier: { id: string };
}

describe('feed filters and excerpts', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let c: Record<DemoRole | 'visitor', GraphQLClient>;
  let loneliness: string;
  let poverty: string;
  let arenaLesson: string;
  let practiceLesson: string;
  let povertyLesson: string;
  let healthLesson: string;
  let longLesson: string;

  const nodes = async (client: GraphQLClient, vars: Record<string, unknown> = {}) => {
    const data = await client.ok(FEED, { first: 100, ...vars });
    return {
      nodes: data.feed.edges.map((e: { node: FeedNode }) => e.node) as FeedNode[],
      total: data.feed.totalCount,
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    f = new DemoFixtures(t.prisma);
    const lonelinessRow = await f.atelierOf(LONELINESS);
    const povertyRow = await f.atelierOf(POVERTY);
    loneliness = gid('Atelier', lonelinessRow.id);
    poverty = gid('Atelier', povertyRow.id);
    const author = (await f.user(DEMO.arena)).id;
    healthLesson = gid(
      'Lesson',
      (
        await f.lesson({
          atelierId: lonelinessRow.id,
          authorId: author,
          visibility: 'TRIBUNE',
          title: 'Gezondheid begint bij de huisarts',
          conditions: ['SOCIO_ECONOMIC_SECURITY'],
        })
      ).id,
    );
    arenaLesson = gid(
      'Lesson',
      (
        await f.lesson({
          atelierId: lonelinessRow.id,
          authorId: author,
          visibility: 'ARENA',
          title: 'Nog in de arena',
          conditions: ['SOCIO_ECONOMIC_SECURITY'],
        })
      ).id,
    );
    practiceLesson = gid(
      'Lesson',
      (
        await f.lesson({
          atelierId: lonelinessRow.id,
          authorId: author,
          visibility: 'PRACTICE',
          title: 'Nog in de praktijk',
          conditions: ['SOCIO_ECONOMIC_SECURITY'],
        })
      ).id,
    );
    povertyLesson = gid(
      'Lesson',
      (
        await f.lesson({
          atelierId: povertyRow.id,
          authorId: author,
          visibility: 'TRIBUNE',
          title: 'Schulden vragen geduld',
          conditions: ['SOCIO_ECONOMIC_SECURITY'],
        })
      ).id,
    );
    const long = await f.lesson({ atelierId: lonelinessRow.id, authorId: author, visibility: 'TRIBUNE' });
    await t.prisma.lesson.update({
      where: { id: long.id },
      data: {
        body:
          '<p>Bewoners &amp; vrijwilligers kwamen elke dinsdag samen.</p><p>Wat begon als koffie werd een plek ' +
          'waar mensen elkaar &lt;echt&gt; leerden kennen, waar de buurtcoach aanschoof en waar na een half jaar ' +
          'ook de huisarts mensen naartoe verwees die alleen thuis zaten en niemand meer spraken sinds hun ' +
          'partner overleed of hun werk ophield.</p>',
      },
    });
    longLesson = gid('Lesson', long.id);
    c = await demoClients(t);
  });
  afterAll(() => t.close());

  it('each item carries an excerpt: plain text, whole words, at most about 200 characters with "…"', async () => {
    const { nodes: items } = await nodes(c.tribune, { atelierId: loneliness });
    const item = items.find((n) => n.id === longLesson)!;
    expect(
      item.excerpt.startsWith('Bewoners & vrijwilligers kwamen elke dinsdag samen. Wat begon als koffie'),
    ).toBe(true);
    expect(item.excerpt).toContain('<echt>');
    expect(item.excerpt).not.toMatch(/<p>|&amp;/);
    expect(item.excerpt.endsWith('…')).toBe(true);
    expect(item.excerpt.length).toBeLessThanOrEqual(201);
    // Cut after a whole word of the body, never inside one.
    const full =
      'Bewoners & vrijwilligers kwamen elke dinsdag samen. Wat begon als koffie werd een plek waar mensen ' +
      'elkaar <echt> leerden kennen, waar de buurtcoach aanschoof en waar na een half jaar ook de huisarts mensen';
    const shown = item.excerpt.slice(0, -1);
    expect(full.startsWith(shown)).toBe(true);
    expect(full[shown.length]).toBe(' ');
    const short = items.find((n) => n.id === healthLesson)!;
    expect(short.excerpt).toBe('Wat we leerden in de buurtkamer.');
  });

  it('by atelier: only that atelier; an atelier the reader does not follow gives an empty list, not its lessons', async () => {
    const { nodes: mine, total } = await nodes(c.tribune, { atelierId: loneliness });
    expect(mine.length).toBeGreaterThan(0);
    expect(total).toBe(mine.length);
    expect(mine.every((n) => n.atelier.id === loneliness)).toBe(true);

    const outsider = (
      await person(t, { name: 'Alleen armoede', atelierId: (await f.atelierOf(POVERTY)).id, role: 'TRIBUNE' })
    ).client;
    const choices = await outsider.ok(`{ feedAteliers { id title } }`);
    expect(choices.feedAteliers).toEqual([{ id: poverty, title: expect.any(String) }]);
    const other = await nodes(outsider, { atelierId: loneliness });
    expect(other).toEqual({ nodes: [], total: 0 });
    const own = await nodes(outsider, { atelierId: poverty });
    expect(own.nodes.map((n) => n.id)).toContain(povertyLesson);
  });

  it('by condition: only items about it, never one below the tribune; pages keep their cursors', async () => {
    const { nodes: about, total } = await nodes(c.trekker, { condition: 'SOCIO_ECONOMIC_SECURITY' });
    expect(about.every((n) => n.conditions.includes('SOCIO_ECONOMIC_SECURITY'))).toBe(true);
    const ids = about.map((n) => n.id);
    expect(ids).toContain(healthLesson);
    expect(ids).not.toContain(longLesson);
    expect(ids).not.toContain(arenaLesson);
    expect(ids).not.toContain(practiceLesson);
    expect(total).toBe(about.length);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const data: any = await c.trekker.ok(FEED, { condition: 'SOCIO_ECONOMIC_SECURITY', first: 1, after });
      seen.push(...data.feed.edges.map((e: { node: FeedNode }) => e.node.id));
      after = data.feed.pageInfo.hasNextPage ? data.feed.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(ids);
  });

  it('on every rung a filtered feed is part of the unfiltered one: no new item comes in through a filter', async () => {
    const filters = [
      { atelierId: loneliness },
      { atelierId: poverty },
      { condition: 'SOCIO_ECONOMIC_SECURITY' },
      { atelierId: loneliness, condition: 'SOCIAL_COHESION' },
    ];
    for (const role of ['tribune', 'arena', 'trekker', 'committee', 'admin'] as const) {
      const all = new Set((await nodes(c[role])).nodes.map((n) => n.id));
      expect(all.has(arenaLesson)).toBe(false);
      expect(all.has(practiceLesson)).toBe(false);
      for (const filter of filters) {
        const filtered = (await nodes(c[role], filter)).nodes.map((n) => n.id);
        expect(filtered.filter((id) => !all.has(id))).toEqual([]);
      }
    }
    const visitor = await c.visitor.query(FEED, { atelierId: loneliness });
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const visitorChoices = await c.visitor.query(`{ feedAteliers { id } }`);
    expect(visitorChoices.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the atelier page tells who may not read its activities nothing about them, and tells readers they may', async () => {
    const ATELIER = `query($id: ID!) { atelier(id: $id) { readsTribune activities(upcoming: true) { id } } }`;
    const outsider = (await person(t, { name: 'Kijkt alleen' })).client;
    for (const reader of [c.visitor, outsider]) {
      expect((await reader.ok(ATELIER, { id: loneliness })).atelier).toEqual({
        readsTribune: false,
        activities: [],
      });
    }
    for (const role of ['tribune', 'arena', 'trekker', 'committee', 'admin'] as const) {
      const { atelier } = await c[role].ok(ATELIER, { id: loneliness });
      expect({ role, readsTribune: atelier.readsTribune }).toEqual({ role, readsTribune: true });
      expect(atelier.activities.length).toBeGreaterThan(0);
    }
  });
});
