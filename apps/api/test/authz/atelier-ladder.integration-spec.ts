import { AccessService } from '../../src/common/authz/access.service.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import {
  ateliersReadableAt,
  readableLessons,
  readableLessonsIn,
  readableLessonsInSql,
  readableQuestions,
  readableQuestionsIn,
  readsRungIn,
  tribuneReadersOf,
} from '../../src/common/authz/policy.js';
import { DemoFixtures } from '../factories/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Pages of one atelier (its lessons, its condition spread) filter with the ladder worked out for the reader's
 * role in that atelier (`readableLessonsIn`), which is cheaper for the database than the general ladder. It must
 * read exactly the same lessons, and so must its SQL form (`readableLessonsInSql`, for pages read in one statement): compared here for every person of the demo and the visitor, in every atelier,
 * after giving the demo the cases the ladder turns on (someone who left, a practice someone left).
 */
describe('the ladder within one atelier equals the general ladder', () => {
  // The rungs of one atelier (`readsRungIn`) are checked against `ateliersReadableAt` in the same loop.
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await new DemoFixtures(t.prisma).ladderEdgeCases();
  });
  afterAll(() => t.close());

  it('for every person and the visitor, in every atelier', async () => {
    const access = new AccessService(t.prisma);
    const ateliers = await t.prisma.atelier.findMany({
      select: { id: true, trekkerId: true, workshopId: true },
    });
    const viewers = await new DemoFixtures(t.prisma).everyViewer();
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    let compared = 0;
    let nonEmpty = 0;
    for (const viewer of viewers) {
      for (const atelier of ateliers) {
        const atelierId = atelier.id;
        const role = viewer ? await access.atelierRole(viewer, atelierId) : null;
        const general = await t.prisma.lesson.findMany({
          where: { AND: [{ atelierId }, readableLessons(viewer)] },
          select: { id: true },
        });
        const within = await t.prisma.lesson.findMany({
          where: readableLessonsIn(atelierId, role),
          select: { id: true },
        });
        const inSql = await t.prisma.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT l.id::text AS id FROM "Lesson" l WHERE ${readableLessonsInSql(atelierId, role)}`,
        );
        const who = viewer?.userId ?? 'visitor';
        expect({ who, atelierId, ids: ids(within) }).toEqual({ who, atelierId, ids: ids(general) });
        expect({ who, atelierId, sql: ids(inSql) }).toEqual({ who, atelierId, sql: ids(general) });
        // The arena's questions (issue 21): the same ladder within one atelier as in general.
        const questions = await t.prisma.question.findMany({
          where: { AND: [{ atelierId }, readableQuestions(viewer)] },
          select: { id: true },
        });
        const questionsWithin = await t.prisma.question.findMany({
          where: readableQuestionsIn(atelierId, role),
          select: { id: true },
        });
        expect({ who, atelierId, questions: ids(questionsWithin) }).toEqual({
          who,
          atelierId,
          questions: ids(questions),
        });
        for (const rung of ['ARENA', 'TRIBUNE'] as const) {
          const reads = await t.prisma.atelier.count({
            where: { AND: [{ id: atelierId }, ateliersReadableAt(viewer, rung)] },
          });
          expect({ who, atelierId, rung, reads: readsRungIn(role, rung) }).toEqual({
            who,
            atelierId,
            rung,
            reads: reads === 1,
          });
          // The same rung seen from the person's side: whom a change to an activity may reach.
          if (rung === 'TRIBUNE' && viewer) {
            const among = await t.prisma.user.count({
              where: { AND: [{ id: viewer.userId }, tribuneReadersOf(atelier)] },
            });
            expect({ who, atelierId, readerOf: among === 1 }).toEqual({
              who,
              atelierId,
              readerOf: reads === 1,
            });
          }
        }
        compared += 1;
        if (general.length > 0) nonEmpty += 1;
      }
    }
    expect(compared).toBe(viewers.length * ateliers.length);
    expect(nonEmpty).toBeGreaterThan(ateliers.length);
  });
});
