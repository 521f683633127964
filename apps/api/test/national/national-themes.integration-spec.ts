import { randomUUID } from 'node:crypto';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, POVERTY } from '../factories/fixtures.js';
import { fewestStatements } from '../support/statement-counter.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const THEME = `query($slug: String!, $first: Int, $after: String) {
  nationalTheme(slug: $slug) {
    name
    socialIssues(first: 50) { totalCount edges { node { title workshop { name } ateliers { title workshop { name } } } } }
    insights(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { title visibility atelier { title workshop { name } } } }
    }
    products(first: 50) { edges { node { title publishedAt atelier { title workshop { name } } } } }
  }
}`;

const ARNHEM_NIJMEGEN = 'Werkplaats Sociaal Domein Arnhem en Nijmegen';
const OTHER = 'Werkplaats Sociaal Domein Kromme Rijn (test)';

type Theme = {
  name: string;
  socialIssues: { totalCount: number; edges: { node: { title: string; workshop: { name: string } } }[] };
  insights: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { title: string; visibility: string; atelier: { workshop: { name: string } } } }[];
  };
  products: { edges: { node: { title: string; atelier: { workshop: { name: string } } } }[] };
};

/**
 * The national layer: a page per national theme with what every werkplaats shares publicly under it, for anyone,
 * and nothing below PUBLIC for anyone (the theme page is no way round the ladder).
 */
describe('national themes across werkplaatsen', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let visitor: GraphQLClient;
  let readers: Record<string, GraphQLClient>;
  let otherIssueTitle: string;
  let otherInsightTitle: string;

  const theme = async (client: GraphQLClient, slug: string, variables: Record<string, unknown> = {}) =>
    (await client.ok<{ nationalTheme: Theme | null }>(THEME, { slug, ...variables })).nationalTheme;
  const insightTitles = (page: Theme | null) => page?.insights.edges.map((e) => e.node.title) ?? [];

  beforeAll(async () => {
    // The response cache off: one case counts the statements a page runs, and a kept answer runs none.
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    f = new DemoFixtures(t.prisma);
    visitor = t.client();
    readers = {
      visitor,
      tribune: await t.client().signIn(DEMO.tribune, DEMO_PASSWORD),
      arena: await t.client().signIn(DEMO.arena, DEMO_PASSWORD),
      trekker: await t.client().signIn(DEMO.trekker, DEMO_PASSWORD),
      committee: await t.client().signIn(DEMO.committee, DEMO_PASSWORD),
    };

    // A second werkplaats with a kwestie under "Sociale basis", an atelier and a public insight.
    const workshop = await t.prisma.workshop.create({
      data: { name: OTHER, slug: `kromme-rijn-${randomUUID().slice(0, 6)}` },
    });
    const basis = await t.prisma.nationalTheme.findUniqueOrThrow({ where: { slug: 'sociale-basis' } });
    otherIssueTitle = 'Mantelzorg die het volhoudt';
    const issue = await t.prisma.socialIssue.create({
      data: {
        workshopId: workshop.id,
        title: otherIssueTitle,
        description: 'Mantelzorgers in de kernen houden het langer vol als ze elkaar treffen.',
        nationalThemes: { connect: [{ id: basis.id }] },
      },
    });
    const trekker = await f.person('Iris Kromhout');
    const atelier = await t.prisma.atelier.create({
      data: {
        workshopId: workshop.id,
        socialIssueId: issue.id,
        trekkerId: trekker.id,
        title: 'Leeratelier Mantelzorg',
      },
    });
    otherInsightTitle = 'Mantelzorgers zoeken elkaar op waar ze al komen';
    await f.insight({
      atelierId: atelier.id,
      authorId: trekker.id,
      visibility: 'PUBLIC',
      title: otherInsightTitle,
    });
    await f.insight({
      atelierId: atelier.id,
      authorId: trekker.id,
      visibility: 'TRIBUNE',
      title: 'Nog op de tribune',
    });
  });
  afterAll(() => t.close());

  it('successful-theme: kwesties of every werkplaats under the theme, each with its werkplaats', async () => {
    const page = await theme(visitor, 'sociale-basis');
    expect(page?.name).toBe('Sociale basis');
    const issues = page!.socialIssues.edges.map((e) => `${e.node.title} · ${e.node.workshop.name}`);
    expect(issues).toContain(`${LONELINESS} · ${ARNHEM_NIJMEGEN}`);
    expect(issues).toContain(`${otherIssueTitle} · ${OTHER}`);
    // Poverty is under "Armoede", not here.
    expect(issues.some((line) => line.startsWith(POVERTY))).toBe(false);
    expect(page!.socialIssues.totalCount).toBe(issues.length);
  });

  it('successful-theme: a kwestie that lapsed or was merged no longer speaks for the theme', async () => {
    const basis = await t.prisma.nationalTheme.findUniqueOrThrow({ where: { slug: 'sociale-basis' } });
    const workshop = await t.prisma.workshop.findFirstOrThrow({ where: { name: ARNHEM_NIJMEGEN } });
    await t.prisma.socialIssue.create({
      data: {
        workshopId: workshop.id,
        title: 'Buurtbudgetten (vervallen)',
        description: 'Van de agenda gehaald.',
        status: 'LAPSED',
        lapseReason: 'Opgegaan in de sociale basis',
        nationalThemes: { connect: [{ id: basis.id }] },
      },
    });
    const titles = (await theme(visitor, 'sociale-basis'))!.socialIssues.edges.map((e) => e.node.title);
    expect(titles).not.toContain('Buurtbudgetten (vervallen)');
  });

  it('failing-theme-ladder: every reader sees the public insights of every werkplaats, and nothing below PUBLIC', async () => {
    const atelier = await f.atelierOf(LONELINESS);
    const arena = await f.user(DEMO.arena);
    const word = randomUUID().slice(0, 6);
    for (const visibility of ['ARENA', 'TRIBUNE', 'PUBLIC'] as const) {
      await f.insight({
        atelierId: atelier.id,
        authorId: arena.id,
        visibility,
        title: `Inzicht ${visibility} ${word}`,
      });
    }
    for (const [role, client] of Object.entries(readers)) {
      const page = await theme(client, 'sociale-basis', { first: 100 });
      const titles = insightTitles(page);
      expect([role, titles.includes(`Inzicht PUBLIC ${word}`)]).toEqual([role, true]);
      expect([role, titles.includes(otherInsightTitle)]).toEqual([role, true]);
      // Not even the trekker or the author reads the arena's or the tribune's work here.
      expect([
        role,
        titles.filter((title) => / (ARENA|TRIBUNE) /.test(title) || title === 'Nog op de tribune'),
      ]).toEqual([role, []]);
      expect([role, page!.insights.edges.every((e) => e.node.visibility === 'PUBLIC')]).toEqual([role, true]);
    }
    // The loneliness atelier's kwestie is not under "Armoede": its insight is not on that page.
    expect(insightTitles(await theme(visitor, 'armoede', { first: 100 }))).not.toContain(
      `Inzicht PUBLIC ${word}`,
    );
  });

  it('successful-theme-outputs: published outputs tagged with the theme, with the atelier and werkplaats; drafts stay out', async () => {
    const atelier = await f.atelierOf(LONELINESS);
    const basis = await t.prisma.nationalTheme.findUniqueOrThrow({ where: { slug: 'sociale-basis' } });
    for (const [title, publishedAt] of [
      ['Werkvorm: het buurtgesprek', new Date()],
      ['Werkvorm in wording', null],
    ] as const) {
      await t.prisma.product.create({
        data: {
          atelierId: atelier.id,
          kind: 'WORK_FORM',
          title,
          publishedAt,
          // Outputs climb the ladder: the dated one is out in public, the other still in the arena.
          visibility: publishedAt ? 'PUBLIC' : 'ARENA',
          nationalThemes: { connect: [{ id: basis.id }] },
        },
      });
    }
    for (const [role, client] of Object.entries(readers)) {
      const products = (await theme(client, 'sociale-basis'))!.products.edges.map(
        (e) => `${e.node.title} · ${e.node.atelier.workshop.name}`,
      );
      expect([role, products.includes(`Werkvorm: het buurtgesprek · ${ARNHEM_NIJMEGEN}`)]).toEqual([
        role,
        true,
      ]);
      // An output not yet published is the arena's, and no theme page shows it, not even to the arena.
      expect([role, products.some((p) => p.startsWith('Werkvorm in wording'))]).toEqual([role, false]);
    }
  });

  it('successful-theme-pages: insights come a page at a time by cursor, each once', async () => {
    const all = await theme(visitor, 'sociale-basis', { first: 100 });
    expect(all!.insights.totalCount).toBeGreaterThanOrEqual(2);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page: Theme | null = await theme(visitor, 'sociale-basis', { first: 1, after });
      seen.push(...insightTitles(page));
      if (!page!.insights.pageInfo.hasNextPage) break;
      after = page!.insights.pageInfo.endCursor;
    }
    expect(seen).toEqual(insightTitles(all));
  });

  it('failing-theme: an unknown theme is null, and a cursor of another list is refused', async () => {
    expect(await theme(visitor, 'bestaat-niet')).toBeNull();
    const agenda = await visitor.ok(`{ socialIssues(first: 1) { pageInfo { endCursor } } }`);
    const result = await visitor.query(THEME, {
      slug: 'sociale-basis',
      first: 1,
      after: `${agenda.socialIssues.pageInfo.endCursor}x`,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('successful-theme: the page costs the same statements however many kwesties and ateliers it lists', async () => {
    // The fewest of a few runs: the three lists load side by side, and whether their rows' werkplaatsen are
    // asked for in one batch or two depends on which list's answer comes first.
    const before = await fewestStatements(() => visitor.ok(THEME, { slug: 'sociale-basis' }), 5);
    const basis = await t.prisma.nationalTheme.findUniqueOrThrow({ where: { slug: 'sociale-basis' } });
    const trekker = await f.person('Extra trekker');
    for (let i = 0; i < 4; i++) {
      const workshop = await t.prisma.workshop.create({
        data: { name: `Werkplaats ${i} (test)`, slug: `extra-${i}-${randomUUID().slice(0, 6)}` },
      });
      const issue = await t.prisma.socialIssue.create({
        data: {
          workshopId: workshop.id,
          title: `Kwestie ${i}`,
          description: 'Om te tellen.',
          nationalThemes: { connect: [{ id: basis.id }] },
        },
      });
      const atelier = await t.prisma.atelier.create({
        data: {
          workshopId: workshop.id,
          socialIssueId: issue.id,
          trekkerId: trekker.id,
          title: `Atelier ${i}`,
        },
      });
      await f.insight({ atelierId: atelier.id, authorId: trekker.id, visibility: 'PUBLIC' });
    }
    const after = await fewestStatements(() => visitor.ok(THEME, { slug: 'sociale-basis' }), 5);
    expect(after.count).toBe(before.count);
  });
});
