import { Prisma } from '../../src/generated/prisma/client.js';
import {
  readableAteliers,
  readableAteliersSql,
  readableInsights,
  readableInsightsSql,
  readableLessons,
  readableLessonsSql,
  readableQuestions,
  readableQuestionsSql,
} from '../../src/common/authz/policy.js';
import type { Viewer } from '../../src/common/authz/viewer.js';
import { DemoFixtures } from '../factories/fixtures.js';
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
  });
  afterAll(() => t.close());

  it('lessons, insights, questions and ateliers, for every person and the visitor', async () => {
    const users = await t.prisma.user.findMany({ select: { id: true, roles: true } });
    const viewers: (Viewer | null)[] = [
      null,
      ...users.map((u) => ({
        userId: u.id,
        committeeOf: new Set(u.roles.filter((r) => r.role === 'COMMITTEE').map((r) => r.workshopId)),
        adminOf: new Set(u.roles.filter((r) => r.role === 'ADMIN').map((r) => r.workshopId)),
      })),
    ];
    const sorted = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    const inSql = async (table: string, where: Prisma.Sql) =>
      sorted(
        await t.prisma.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT x.id::text AS id FROM ${Prisma.raw(`"${table}"`)} x WHERE ${where}`,
        ),
      );
    const select = { id: true } as const;
    const sizes = { Lesson: new Set<number>(), Insight: new Set<number>(), Question: new Set<number>() };
    for (const viewer of viewers) {
      const who = viewer?.userId ?? 'visitor';
      const lessons = sorted(await t.prisma.lesson.findMany({ where: readableLessons(viewer), select }));
      const insights = sorted(await t.prisma.insight.findMany({ where: readableInsights(viewer), select }));
      const questions = sorted(
        await t.prisma.question.findMany({ where: readableQuestions(viewer), select }),
      );
      const ateliers = sorted(await t.prisma.atelier.findMany({ where: readableAteliers(viewer), select }));
      expect({ who, lessons: await inSql('Lesson', readableLessonsSql(viewer, 'x')) }).toEqual({
        who,
        lessons,
      });
      expect({ who, insights: await inSql('Insight', readableInsightsSql(viewer, 'x')) }).toEqual({
        who,
        insights,
      });
      expect({ who, questions: await inSql('Question', readableQuestionsSql(viewer, 'x')) }).toEqual({
        who,
        questions,
      });
      expect({ who, ateliers: await inSql('Atelier', readableAteliersSql(viewer, 'x')) }).toEqual({
        who,
        ateliers,
      });
      sizes.Lesson.add(lessons.length);
      sizes.Insight.add(insights.length);
      sizes.Question.add(questions.length);
    }
    // The demo tells readers apart: a rule that let everyone read the same would not pass unnoticed.
    expect(viewers.length).toBeGreaterThan(10);
    expect(sizes.Lesson.size).toBeGreaterThan(3);
    expect(sizes.Insight.size).toBeGreaterThan(1);
    expect(sizes.Question.size).toBeGreaterThan(1);
  });
});
