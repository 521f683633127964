import { Prisma } from '../../src/generated/prisma/client.js';
import {
  lessonWaysInSql,
  readableActivities,
  readableActivitiesSql,
  readableAteliers,
  readableAteliersSql,
  readableInsights,
  readableInsightsSql,
  readableLessons,
  readableLessonsSql,
  readableProducts,
  readableProductsSql,
  readableQuestions,
  readableQuestionsSql,
  readableSocialIssues,
  readableSocialIssuesSql,
} from '../../src/common/authz/policy.js';
import type { MaybeViewer } from '../../src/common/authz/viewer.js';
import { DemoFixtures, secondWorkshop } from '../factories/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Search ranks only what its reader may read, in SQL, with the policy's SQL form of each read rule. Each must
 * select exactly the rows of the Prisma rule it mirrors: compared here for every person of the demo (trekkers,
 * arena and tribune members, the programmacommissie, beheerders, people with no atelier) and the visitor,
 * after giving the demo the cases the ladder turns on (someone who left, a practice someone left).
 */
describe('the read rules in SQL equal the read rules in Prisma', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await new DemoFixtures(t.prisma).ladderEdgeCases();
    // Werkplaats-wide activities, public and private, in the demo werkplaats and in a second one (whose people,
    // among them someone who only asked to belong to an organisation, read only their own private one).
    const second = await secondWorkshop(t.prisma);
    const demo = await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } });
    const planner = await t.prisma.user.findFirstOrThrow({ where: { roles: { some: { role: 'ADMIN' } } } });
    for (const [workshopId, isPublic] of [
      [demo.id, true],
      [demo.id, false],
      [second.workshop.id, false],
    ] as const) {
      await t.prisma.activity.create({
        data: {
          workshopId,
          isPublic,
          plannedById: planner.id,
          kind: 'MEETING',
          title: 'Ontmoeting',
          startsAt: new Date(Date.now() + 86_400_000),
          location: 'Stadhuis',
        },
      });
    }
  });
  afterAll(() => t.close());

  it('lessons, insights, questions, ateliers, kwesties, activities and products, for every person and the visitor', async () => {
    const viewers = await new DemoFixtures(t.prisma).everyViewer();
    const select = { id: true } as const;
    const rules: {
      table: string;
      prisma: (viewer: MaybeViewer) => Promise<{ id: string }[]>;
      sql: (viewer: MaybeViewer, alias: string) => Prisma.Sql;
    }[] = [
      {
        table: 'Lesson',
        prisma: (v) => t.prisma.lesson.findMany({ where: readableLessons(v), select }),
        sql: readableLessonsSql,
      },
      {
        table: 'Insight',
        prisma: (v) => t.prisma.insight.findMany({ where: readableInsights(v), select }),
        sql: readableInsightsSql,
      },
      {
        table: 'Question',
        prisma: (v) => t.prisma.question.findMany({ where: readableQuestions(v), select }),
        sql: readableQuestionsSql,
      },
      {
        table: 'Atelier',
        prisma: (v) => t.prisma.atelier.findMany({ where: readableAteliers(v), select }),
        sql: readableAteliersSql,
      },
      {
        table: 'SocialIssue',
        prisma: (v) => t.prisma.socialIssue.findMany({ where: readableSocialIssues(v), select }),
        sql: readableSocialIssuesSql,
      },
      {
        table: 'Activity',
        prisma: (v) => t.prisma.activity.findMany({ where: readableActivities(v), select }),
        sql: readableActivitiesSql,
      },
      {
        table: 'Product',
        prisma: (v) => t.prisma.product.findMany({ where: readableProducts(v), select }),
        sql: readableProductsSql,
      },
    ];
    const sorted = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    const sizes = new Map(rules.map((rule) => [rule.table, new Set<number>()]));
    for (const viewer of viewers) {
      const who = viewer?.userId ?? 'visitor';
      for (const { table, prisma, sql } of rules) {
        const expected = sorted(await prisma(viewer));
        const inSql = await t.prisma.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT x.id::text AS id FROM ${Prisma.raw(`"${table}"`)} x WHERE ${sql(viewer, 'x')}`,
        );
        expect({ who, table, ids: sorted(inSql) }).toEqual({ who, table, ids: expected });
        sizes.get(table)!.add(expected.length);
      }
    }
    // The demo tells readers apart: a rule that let everyone read the same would not pass unnoticed.
    expect(viewers.length).toBeGreaterThan(10);
    expect(sizes.get('Lesson')!.size).toBeGreaterThan(3);
    expect(sizes.get('Insight')!.size).toBeGreaterThan(1);
    expect(sizes.get('Question')!.size).toBeGreaterThan(1);
    expect(sizes.get('Activity')!.size).toBeGreaterThan(1);
    expect(sizes.get('Product')!.size).toBeGreaterThan(1);
  });

  // Search reads lessons only through these ways (each on its own index), so a way too narrow would hide a match.
  it("search's ways into the lessons miss no lesson its reader may read, for every person and the visitor", async () => {
    // Someone who left an arena still reads what they wrote there, below the tribune: only as its author.
    const fixtures = new DemoFixtures(t.prisma);
    const left = await t.prisma.participation.findFirstOrThrow({ where: { status: 'LEFT', role: 'ARENA' } });
    for (const visibility of ['DRAFT', 'ARENA'] as const) {
      await fixtures.lesson({ atelierId: left.atelierId, authorId: left.userId, visibility });
    }
    const viewers = await fixtures.everyViewer();
    let found = 0;
    for (const viewer of viewers) {
      const who = viewer?.userId ?? 'visitor';
      const ways = Prisma.join(
        lessonWaysInSql(viewer, 'x').map((way) => Prisma.sql`(${way})`),
        ' OR ',
      );
      const [row] = await t.prisma.$queryRaw<{ missed: string[]; readable: number }[]>(
        Prisma.sql`SELECT coalesce(array_agg(x.id::text) FILTER (WHERE NOT (${ways})), '{}') AS missed,
                          count(*)::int AS readable
                     FROM "Lesson" x WHERE ${readableLessonsSql(viewer, 'x')}`,
      );
      expect({ who, missed: row!.missed }).toEqual({ who, missed: [] });
      found += row!.readable;
    }
    expect(found).toBeGreaterThan(0);
  });
});
