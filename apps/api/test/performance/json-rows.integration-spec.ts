import { Prisma } from '../../src/generated/prisma/client.js';
import { AccessService } from '../../src/common/authz/access.service.js';
import { viewerOf } from '../../src/common/authz/viewer.js';
import { Loaders } from '../../src/common/graphql/loaders.js';
import { readFileSync } from 'node:fs';
import { DATE_FIELDS, fromJsonRow } from '../../src/common/prisma/json-rows.js';
import { FeedService } from '../../src/feed/feed.service.js';
import { DEMO, DemoFixtures } from '../factories/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The feed reads its page's rows as JSON in one statement and primes them into the loaders that Prisma fills
 * otherwise (see FeedService). A field resolver must not be able to tell the difference: every model read
 * that way comes back equal to Prisma's own row, dates as dates, nulls as nulls, enum lists as lists.
 */
describe('rows read as JSON equal Prisma rows', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    // An erased person, a closed atelier, a cancelled activity without an end, someone for no organisation, so that the nullable dates are seen filled as well as empty.
    const someone = await t.prisma.user.findFirstOrThrow({
      where: { erasedAt: null },
      orderBy: { id: 'asc' },
    });
    await t.prisma.user.update({
      where: { id: someone.id },
      data: { erasedAt: new Date('2026-11-20T10:11:12.345Z') },
    });
    const participation = await t.prisma.participation.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await t.prisma.participation.update({ where: { id: participation.id }, data: { organisationId: null } });
    // An atelier's activity to copy (the demo's werkplaats-wide ones have no atelier).
    const activity = await t.prisma.activity.findFirstOrThrow({
      where: { atelierId: { not: null } },
      orderBy: { id: 'asc' },
    });
    await t.prisma.activity.create({
      data: {
        atelierId: activity.atelierId,
        plannedById: activity.plannedById,
        kind: 'LEARNING_SESSION',
        title: 'Afgelast',
        startsAt: new Date('2026-12-01T18:30:00.250Z'),
        endsAt: null,
        capacity: null,
        cancelledAt: new Date('2026-11-22T09:00:00.999Z'),
      },
    });
    const atelier = await t.prisma.atelier.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await t.prisma.atelier.update({
      where: { id: atelier.id },
      data: { closedAt: new Date('2026-11-21T08:00:00.001Z') },
    });
  });
  afterAll(() => t.close());

  async function asJson(table: string): Promise<Record<string, unknown>[]> {
    const rows = await t.prisma.$queryRaw<{ row: Record<string, unknown> }[]>(
      Prisma.sql`SELECT to_jsonb(x) - 'searchVector' AS row FROM ${Prisma.raw(`"${table}"`)} x ORDER BY x.id`,
    );
    return rows.map((r) => r.row);
  }

  const orderById = { orderBy: { id: 'asc' as const } };

  it('revives every DateTime column of each model it reads, also those the demo leaves empty', () => {
    const schema = readFileSync(new URL('../../../../prisma/schema.prisma', import.meta.url), 'utf8');
    for (const [model, revived] of Object.entries(DATE_FIELDS)) {
      const body = new RegExp(`^model ${model} \\{([\\s\\S]*?)^\\}`, 'm').exec(schema)![1]!;
      const dates = [...body.matchAll(/^\s+(\w+)\s+DateTime\b/gm)].map((m) => m[1]);
      expect([model, [...revived].sort()]).toEqual([model, dates.sort()]);
    }
  });

  it('Lesson (shared and not, with and without a gemeente)', async () => {
    const json = await asJson('Lesson');
    expect(json.some((r) => r.sharedAt === null) && json.some((r) => r.sharedAt !== null)).toBe(true);
    expect(json.map((r) => fromJsonRow('Lesson', r))).toEqual(await t.prisma.lesson.findMany(orderById));
  });

  it('Insight', async () => {
    expect((await asJson('Insight')).map((r) => fromJsonRow('Insight', r))).toEqual(
      await t.prisma.insight.findMany(orderById),
    );
  });

  it('User (one of them erased)', async () => {
    expect((await asJson('User')).map((r) => fromJsonRow('User', r))).toEqual(
      await t.prisma.user.findMany(orderById),
    );
  });

  it('Atelier (one of them closed)', async () => {
    expect((await asJson('Atelier')).map((r) => fromJsonRow('Atelier', r))).toEqual(
      await t.prisma.atelier.findMany(orderById),
    );
  });

  it('Municipality (places, coordinates)', async () => {
    expect((await asJson('Municipality')).map((r) => fromJsonRow('Municipality', r))).toEqual(
      await t.prisma.municipality.findMany(orderById),
    );
  });

  it('Practice', async () => {
    expect((await asJson('Practice')).map((r) => fromJsonRow('Practice', r))).toEqual(
      await t.prisma.practice.findMany(orderById),
    );
  });

  it('Activity (with and without an end, a capacity, a cancellation)', async () => {
    const json = await asJson('Activity');
    expect(json.some((r) => r.endsAt === null) && json.some((r) => r.endsAt !== null)).toBe(true);
    expect(json.some((r) => r.cancelledAt !== null)).toBe(true);
    expect(json.map((r) => fromJsonRow('Activity', r))).toEqual(await t.prisma.activity.findMany(orderById));
  });

  it('Participation (with and without an organisation)', async () => {
    const json = await asJson('Participation');
    expect(json.some((r) => r.organisationId === null) && json.some((r) => r.organisationId !== null)).toBe(
      true,
    );
    expect(json.map((r) => fromJsonRow('Participation', r))).toEqual(
      await t.prisma.participation.findMany(orderById),
    );
  });

  it('Organisation', async () => {
    expect((await asJson('Organisation')).map((r) => fromJsonRow('Organisation', r))).toEqual(
      await t.prisma.organisation.findMany(orderById),
    );
  });

  it('Reaction', async () => {
    const json = await asJson('Reaction');
    expect(json.length).toBeGreaterThan(0);
    expect(json.map((r) => fromJsonRow('Reaction', r))).toEqual(await t.prisma.reaction.findMany(orderById));
  });

  it('the feed and the role lookup prime the rows Prisma reads', async () => {
    const tribune = await new DemoFixtures(t.prisma).user(DEMO.tribune);
    const viewer = viewerOf(tribune.id, []);
    const loaders = new Loaders();
    const page = await t.app.get(FeedService).feed(viewer, loaders, { first: 20 });
    expect(page.edges.length).toBeGreaterThan(3);
    // Loaders are found by name; a loader the feed did not prime would call this batch and fail the test.
    const primed = <V>(name: string) =>
      loaders.get<string, V>(name, () => Promise.reject(new Error(`${name} was not primed`)));
    for (const { node } of page.edges) {
      const { __typename, ...item } = node;
      const own =
        __typename === 'Lesson'
          ? await t.prisma.lesson.findUniqueOrThrow({ where: { id: node.id } })
          : await t.prisma.insight.findUniqueOrThrow({ where: { id: node.id } });
      expect(item).toEqual(own);
      expect(await primed('atelier.byId').load(node.atelierId)).toEqual(
        await t.prisma.atelier.findUniqueOrThrow({ where: { id: node.atelierId } }),
      );
      expect(await primed('user.byId').load(node.authorId)).toEqual(
        await t.prisma.user.findUniqueOrThrow({ where: { id: node.authorId } }),
      );
    }
    const atelierId = page.edges[0]!.node.atelierId;
    const withRole = await t.app.get(AccessService).atelierWithRole(new Loaders(), viewer, atelierId);
    expect(withRole?.atelier).toEqual(await t.prisma.atelier.findUniqueOrThrow({ where: { id: atelierId } }));
  });
});
