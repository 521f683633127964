import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { countStatements } from '../support/statement-counter.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const NETWORK = `{ network { nodes { id kind label } edges { from to kind weight } } }`;
const SPREAD = `{ conditionSpread { total { condition count } byMunicipality { municipality { name } counts { condition count } } } }`;

describe('the network picture and the werkplaats-wide spread', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let visitor: GraphQLClient;
  let tribune: GraphQLClient;
  let trekker: GraphQLClient;

  beforeAll(async () => {
    // The response cache off: some cases count the statements a query runs, and a kept answer runs none.
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    f = new DemoFixtures(t.prisma);
    visitor = t.client();
    tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  it('successful-network: kwesties with their ateliers, trekkers and gemeenten, for everyone', async () => {
    const data = await visitor.ok(NETWORK);
    const label = (id: string) => data.network.nodes.find((n: any) => n.id === id)?.label;
    const loneliness = gid('Atelier', (await f.atelierOf(LONELINESS)).id);
    const edgesOf = (kind: string) =>
      data.network.edges.filter(
        (e: any) => e.kind === kind && (e.from === loneliness || e.to === loneliness),
      );
    expect(edgesOf('HAS_ATELIER').map((e: any) => label(e.from))).toEqual([LONELINESS]);
    expect(edgesOf('LED_BY').map((e: any) => label(e.to))).toEqual(['Lotte Janssen']);
    expect(
      edgesOf('PRACTICES_IN')
        .map((e: any) => label(e.to))
        .sort(),
    ).toEqual(['Arnhem', 'Land van Cuijk', 'Nijmegen']);
    // Which organisations take part is for those who follow; a visitor sees none.
    expect(data.network.nodes.filter((n: any) => n.kind === 'ORGANISATION')).toEqual([]);
    // Every edge points at a node of the picture.
    const ids = new Set(data.network.nodes.map((n: any) => n.id));
    for (const e of data.network.edges) expect([ids.has(e.from), ids.has(e.to)]).toEqual([true, true]);
  });

  it('successful-network: a tribune member sees the organisations of the ateliers they follow', async () => {
    const data = await tribune.ok(NETWORK);
    const organisations = data.network.nodes
      .filter((n: any) => n.kind === 'ORGANISATION')
      .map((n: any) => n.label);
    expect(organisations).toContain('Stichting Buurtwerk Nijmegen-Zuid');
    // Not of "Samen wonen in de wijk", which they don't follow.
    const housing = gid('Atelier', (await f.atelierOf('Samen wonen in de wijk')).id);
    expect(data.network.edges.filter((e: any) => e.kind === 'TAKES_PART' && e.to === housing)).toEqual([]);
  });

  it('successful-spread: counts only what the reader may read, in all and per gemeente', async () => {
    const sum = (data: any) => data.conditionSpread.total.reduce((n: number, c: any) => n + c.count, 0);
    const asVisitor = await visitor.ok(SPREAD);
    const asTribune = await tribune.ok(SPREAD);
    const asTrekker = await trekker.ok(SPREAD);
    expect(asVisitor.conditionSpread.total.map((c: any) => c.condition).sort()).toEqual([
      'SOCIAL_COHESION',
      'SOCIAL_EMPOWERMENT',
      'SOCIAL_INCLUSION',
      'SOCIO_ECONOMIC_SECURITY',
    ]);
    expect(sum(asVisitor)).toBeGreaterThan(0);
    expect(sum(asTribune)).toBeGreaterThan(sum(asVisitor));
    expect(sum(asTrekker)).toBeGreaterThan(sum(asTribune));
    const publicLessons = await t.prisma.lesson.findMany({
      where: { visibility: 'PUBLIC' },
      select: { conditions: true },
    });
    expect(sum(asVisitor)).toBe(publicLessons.reduce((n, l) => n + l.conditions.length, 0));
    const nijmegen = asTrekker.conditionSpread.byMunicipality.find(
      (m: any) => m.municipality.name === 'Nijmegen',
    );
    expect(nijmegen.counts.find((c: any) => c.condition === 'SOCIAL_COHESION').count).toBeGreaterThan(0);
  });

  it('successful-spread: an atelier’s spread per gemeente counts its readable lessons only', async () => {
    const atelier = await f.atelierOf(LONELINESS);
    const ATELIER_SPREAD = `query($id: ID!) { atelier(id: $id) { conditionSpreadByMunicipality {
      total { condition count } byMunicipality { municipality { name } counts { condition count } } } } }`;
    const spreadOf = async (client: GraphQLClient) =>
      (await client.ok(ATELIER_SPREAD, { id: gid('Atelier', atelier.id) })).atelier
        .conditionSpreadByMunicipality;
    const expectedFor = async (visibilities: ('PUBLIC' | 'TRIBUNE')[]) => {
      const lessons = await t.prisma.lesson.findMany({
        where: { atelierId: atelier.id, visibility: { in: visibilities } },
        select: { conditions: true },
      });
      return lessons.reduce((n, l) => n + l.conditions.length, 0);
    };
    const sum = (spread: any) => spread.total.reduce((n: number, c: any) => n + c.count, 0);
    expect(sum(await spreadOf(visitor))).toBe(await expectedFor(['PUBLIC']));
    expect(sum(await spreadOf(tribune))).toBe(await expectedFor(['PUBLIC', 'TRIBUNE']));
    const asTrekker = await spreadOf(trekker);
    const all = await t.prisma.lesson.findMany({
      where: { atelierId: atelier.id },
      select: { conditions: true },
    });
    expect(sum(asTrekker)).toBe(all.reduce((n, l) => n + l.conditions.length, 0));
    // Per gemeente: the three gemeenten of its practices, and no more than the total per condition.
    expect(asTrekker.byMunicipality.map((m: any) => m.municipality.name)).toEqual([
      'Arnhem',
      'Land van Cuijk',
      'Nijmegen',
    ]);
    for (const { condition, count } of asTrekker.total) {
      const local = asTrekker.byMunicipality.reduce(
        (n: number, m: any) => n + m.counts.find((c: any) => c.condition === condition).count,
        0,
      );
      expect(local).toBeLessThanOrEqual(count);
    }
  });

  const FILTERED = `query($w: ID, $condition: Condition, $theme: ID, $m: ID) {
    network(workshopId: $w, condition: $condition, nationalThemeId: $theme, municipalityId: $m) {
      nodes { id kind label } edges { from to kind weight } } }`;
  const ateliersIn = (data: any) =>
    data.network.nodes
      .filter((n: any) => n.kind === 'ATELIER')
      .map((n: any) => n.id)
      .sort();
  const activeAteliers = async (where: object) =>
    (
      await t.prisma.atelier.findMany({
        where: { AND: [{ status: 'ACTIVE', socialIssue: { status: 'ACTIVE' } }, where] },
        select: { id: true },
      })
    )
      .map((a) => gid('Atelier', a.id))
      .sort();

  it('successful-network: the filters by national theme and gemeente narrow the ateliers, for everyone', async () => {
    const workshop = await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } });
    const w = gid('Workshop', workshop.id);
    const theme = await t.prisma.nationalTheme.findUniqueOrThrow({ where: { slug: 'armoede' } });
    const byTheme = await visitor.ok(FILTERED, { w, theme: gid('NationalTheme', theme.id) });
    const expected = await activeAteliers({
      workshopId: workshop.id,
      socialIssue: { nationalThemes: { some: { id: theme.id } } },
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(ateliersIn(byTheme)).toEqual(expected);
    expect(ateliersIn(byTheme).length).toBeLessThan(ateliersIn(await visitor.ok(FILTERED, { w })).length);

    const nijmegen = await f.municipality('Nijmegen');
    const inNijmegen = await tribune.ok(FILTERED, { w, m: gid('Municipality', nijmegen.id) });
    expect(ateliersIn(inNijmegen)).toEqual(
      await activeAteliers({ workshopId: workshop.id, practices: { some: { municipalityId: nijmegen.id } } }),
    );
    // A narrowed picture still hides the organisations of ateliers the reader does not follow.
    const visitorInNijmegen = await visitor.ok(FILTERED, { w, m: gid('Municipality', nijmegen.id) });
    expect(visitorInNijmegen.network.nodes.filter((n: any) => n.kind === 'ORGANISATION')).toEqual([]);
    expect(inNijmegen.network.nodes.some((n: any) => n.kind === 'ORGANISATION')).toBe(true);
  });

  it('successful-network: the condition filter looks only at the lessons the reader may read', async () => {
    const workshop = await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } });
    const w = gid('Workshop', workshop.id);
    const atelier = await f.atelierOf(LONELINESS);
    const trekkerUser = await f.user(DEMO.trekker);
    // An arena lesson about a condition no lesson a visitor reads in this atelier speaks to.
    const conditions = [
      'SOCIO_ECONOMIC_SECURITY',
      'SOCIAL_INCLUSION',
      'SOCIAL_COHESION',
      'SOCIAL_EMPOWERMENT',
    ] as const;
    let condition: (typeof conditions)[number] | undefined;
    for (const c of conditions) {
      const seen = await t.prisma.lesson.count({
        where: { atelierId: atelier.id, visibility: 'PUBLIC', conditions: { has: c } },
      });
      if (seen === 0) condition = c;
    }
    expect(condition).toBeDefined();
    await f.lesson({
      atelierId: atelier.id,
      authorId: trekkerUser.id,
      visibility: 'ARENA',
      conditions: [condition!],
    });
    const loneliness = gid('Atelier', atelier.id);
    const asVisitor = await visitor.ok(FILTERED, { w, condition });
    expect(ateliersIn(asVisitor)).toEqual(
      await activeAteliers({
        workshopId: workshop.id,
        lessons: { some: { visibility: 'PUBLIC', conditions: { has: condition } } },
      }),
    );
    expect(ateliersIn(asVisitor)).not.toContain(loneliness);
    expect(ateliersIn(await trekker.ok(FILTERED, { w, condition }))).toContain(loneliness);
  });

  it('successful-network: a bounded number of statements, however many ateliers and practices', async () => {
    const before = await countStatements(() => tribune.ok(NETWORK));
    const atelier = await f.atelierOf(LONELINESS);
    const arena = await f.user(DEMO.arena);
    for (const name of ['Arnhem', 'Nijmegen']) {
      const municipality = await f.municipality(name);
      for (let i = 0; i < 3; i++) {
        await t.prisma.practice.create({
          data: {
            atelierId: atelier.id,
            municipalityId: municipality.id,
            title: `Netwerkpraktijk ${name} ${i}`,
            startedById: arena.id,
          },
        });
      }
    }
    const after = await countStatements(() => tribune.ok(NETWORK));
    expect(after.count).toBe(before.count);
    // Two to know who is asking; then ateliers (with kwesties and trekkers), practices per gemeente,
    // organisations per atelier, and the gemeenten' and organisations' names.
    expect(after.count).toBeLessThanOrEqual(9);
  });
});
