import type { Prisma } from '../../src/generated/prisma/client.js';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { countStatements } from '../support/statement-counter.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const SPREAD_FIELDS = `total withoutMunicipality byCondition { condition count } byLevel { level count }
  byDomain { domain count } byMunicipality { count municipality { id name } }`;
const WORKSHOP_SPREAD = `query($w: ID!, $condition: Condition, $level: Level, $domain: Domain, $m: ID) {
  lessonSpread(workshopId: $w, condition: $condition, level: $level, domain: $domain, municipalityId: $m) {
    ${SPREAD_FIELDS} } }`;
const ATELIER_SPREAD = `query($id: ID!, $condition: Condition, $m: ID) {
  atelier(id: $id) { lessonSpread(condition: $condition, municipalityId: $m) { ${SPREAD_FIELDS} } } }`;

const sum = (counts: { count: number }[]) => counts.reduce((n, c) => n + c.count, 0);

describe('the spread of lessons by condition, level, domain and gemeente', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let visitor: GraphQLClient;
  let tribune: GraphQLClient;
  let trekker: GraphQLClient;
  let workshopId: string;

  beforeAll(async () => {
    // The response cache off: a case counts the statements a query runs, and a kept answer runs none.
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    f = new DemoFixtures(t.prisma);
    visitor = t.client();
    tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    workshopId = (await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } })).id;
  });
  afterAll(() => t.close());

  const count = (where: Prisma.LessonWhereInput) => t.prisma.lesson.count({ where });

  it('successful-spread: a visitor’s werkplaats spread counts its public lessons only, in every list', async () => {
    const { lessonSpread: spread } = await visitor.ok(WORKSHOP_SPREAD, { w: gid('Workshop', workshopId) });
    const inWorkshop = { atelier: { workshopId } };
    expect(spread.total).toBe(await count({ ...inWorkshop, visibility: 'PUBLIC' }));
    expect(spread.total).toBeGreaterThan(0);
    expect(spread.total).toBeLessThan(await count(inWorkshop));
    // Every level and domain listed, each lesson counted once in each; by gemeente with the atelier's own.
    expect(spread.byLevel).toHaveLength(8);
    expect(spread.byDomain).toHaveLength(7);
    expect(sum(spread.byLevel)).toBe(spread.total);
    expect(sum(spread.byDomain)).toBe(spread.total);
    expect(sum(spread.byMunicipality) + spread.withoutMunicipality).toBe(spread.total);
    const publicLessons = await t.prisma.lesson.findMany({
      where: { ...inWorkshop, visibility: 'PUBLIC' },
      select: { conditions: true },
    });
    expect(sum(spread.byCondition)).toBe(publicLessons.reduce((n, l) => n + l.conditions.length, 0));
    // Lindeland's public lessons are Lindeland's.
    const everywhere = await visitor.ok(`{ lessonSpread { total } }`);
    expect(everywhere.lessonSpread.total).toBe(await count({ visibility: 'PUBLIC' }));
    expect(everywhere.lessonSpread.total).toBeGreaterThan(spread.total);
  });

  it('successful-spread: a tribune member’s atelier spread has no arena lessons; the trekker’s has all', async () => {
    const atelier = await f.atelierOf(LONELINESS);
    const tribuneUser = await f.user(DEMO.tribune);
    const spreadOf = async (client: GraphQLClient) =>
      (await client.ok(ATELIER_SPREAD, { id: gid('Atelier', atelier.id) })).atelier.lessonSpread;
    expect(await count({ atelierId: atelier.id, visibility: 'ARENA' })).toBeGreaterThan(0);
    expect((await spreadOf(tribune)).total).toBe(
      await count({
        atelierId: atelier.id,
        OR: [{ visibility: { in: ['TRIBUNE', 'PUBLIC'] } }, { authorId: tribuneUser.id }],
      }),
    );
    expect((await spreadOf(visitor)).total).toBe(
      await count({ atelierId: atelier.id, visibility: 'PUBLIC' }),
    );
    expect((await spreadOf(trekker)).total).toBe(await count({ atelierId: atelier.id }));
  });

  it('successful-spread: the filters narrow every list alike', async () => {
    const atelier = await f.atelierOf(LONELINESS);
    const nijmegen = await f.municipality('Nijmegen');
    const cohesion = (
      await trekker.ok(ATELIER_SPREAD, { id: gid('Atelier', atelier.id), condition: 'SOCIAL_COHESION' })
    ).atelier.lessonSpread;
    expect(cohesion.total).toBe(
      await count({ atelierId: atelier.id, conditions: { has: 'SOCIAL_COHESION' } }),
    );
    expect(cohesion.byCondition.find((c: any) => c.condition === 'SOCIAL_COHESION').count).toBe(
      cohesion.total,
    );
    const inNijmegen = (
      await trekker.ok(ATELIER_SPREAD, {
        id: gid('Atelier', atelier.id),
        m: gid('Municipality', nijmegen.id),
      })
    ).atelier.lessonSpread;
    expect(inNijmegen.total).toBe(await count({ atelierId: atelier.id, municipalityId: nijmegen.id }));
    expect(inNijmegen.byMunicipality.map((m: any) => m.municipality.name)).toEqual(['Nijmegen']);
    expect(inNijmegen.withoutMunicipality).toBe(0);
    const welfare = await visitor.ok(WORKSHOP_SPREAD, {
      w: gid('Workshop', workshopId),
      level: 'NEIGHBOURHOOD',
      domain: 'WELFARE',
    });
    expect(welfare.lessonSpread.total).toBe(
      await count({
        atelier: { workshopId },
        visibility: 'PUBLIC',
        level: 'NEIGHBOURHOOD',
        domain: 'WELFARE',
      }),
    );
    // A filter that is not an id of its kind is refused, naming the argument.
    const wrong = await visitor.query(WORKSHOP_SPREAD, {
      w: gid('Workshop', workshopId),
      m: gid('Atelier', atelier.id),
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityId' });
  });

  it('successful-spread: the ateliers of a page cost one grouped statement, however many', async () => {
    const ATELIERS = `query($w: ID!, $first: Int!) { ateliers(workshopId: $w, first: $first) {
      edges { node { id lessonSpread { total byMunicipality { count municipality { name } } } } } } }`;
    const all = await countStatements(() =>
      trekker.ok(ATELIERS, { w: gid('Workshop', workshopId), first: 20 }),
    );
    const ateliers = await t.prisma.atelier.count({ where: { workshopId } });
    expect(ateliers).toBeGreaterThan(3);
    // The page of ateliers, the reader's roles in them, one grouped statement over all their lessons, and the
    // gemeenten's names: not one more per atelier.
    expect(all.statements.filter((s) => s.includes('FROM "public"."Lesson"'))).toHaveLength(1);
    expect(all.count).toBeLessThanOrEqual(4);
  });
});
