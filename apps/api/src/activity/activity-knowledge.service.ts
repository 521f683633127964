import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Activity, Insight, Lesson, Product, Registration, User } from '../generated/prisma/client.js';
import {
  readableInsights,
  readableLessons,
  readableProducts,
  readableRegistrations,
  requireActivityHeld,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError } from '../common/graphql/app-error.js';
import { type Loaded, type Loaders } from '../common/graphql/loaders.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { LogLessonInput } from '../lesson/dto/log-lesson.input.js';
import { LessonService } from '../lesson/lesson.service.js';
import type { ChoiceInput } from '../privacy/climb-check.js';
import { ActivityService } from './activity.service.js';
import type { ActivityLinksInput, RecordActivityOutcomeInput } from './dto/plan-activity.input.js';

/** More than an activity presents; keeps one statement bounded. */
const MAX_LINKS = 50;

const idList = z.array(z.string()).max(MAX_LINKS, { message: `may name at most ${MAX_LINKS}` });
const linksSchema = z.object({ lessonIds: idList, insightIds: idList, productIds: idList });

const outcomeSchema = z.object({
  outcome: z
    .string()
    .trim()
    .min(1, { message: 'say what came out of it' })
    .max(10_000, { message: 'is longer than 10000 characters' }),
  attendeeCount: z
    .number()
    .int({ message: 'must be a whole number' })
    .min(0, { message: 'may not be negative' })
    .max(100_000, { message: 'may be at most 100000' }),
  attendedUserIds: z.array(z.string()).max(10_000).nullish(),
});

export interface ActivityLinkView {
  lessons: Lesson[];
  insights: Insight[];
  outputs: Product[];
  lessonsFromRoom: Lesson[];
  hiddenCount: number;
}

/**
 * What an activity carries as knowledge: the lessons, insights and outputs it presents, and after it what came out of
 * it (an outcome, lessons from the room, who came). Readers see only the linked items the ladder lets them read, and
 * how many others there are; lessons from the room are logged through the LessonService, so the ladder and the
 * personal-data check apply to them as to any lesson.
 */
@Injectable()
export class ActivityKnowledgeService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly activities: ActivityService,
    private readonly lessons: LessonService,
  ) {}

  /**
   * Replaces what the activity presents. Its leader links what they may read themselves, from the activity's own
   * werkplaats (for an atelier's activity: from that atelier).
   */
  async setLinks(viewer: MaybeViewer, activityId: string, input: ActivityLinksInput): Promise<Activity> {
    const activity = await this.activities.byId(viewer, activityId);
    const lead = await this.activities.requireLead(viewer, activity);
    const data = validate(linksSchema, input);
    const scope = activity.atelierId
      ? { atelierId: activity.atelierId }
      : { atelier: { workshopId: lead.workshopId } };
    const lessonIds = data.lessonIds.map((id, i) => fromGlobalId('Lesson', id, `input.lessonIds.${i}`));
    const insightIds = data.insightIds.map((id, i) => fromGlobalId('Insight', id, `input.insightIds.${i}`));
    const productIds = data.productIds.map((id, i) => fromGlobalId('Product', id, `input.productIds.${i}`));
    const [lessons, insights, products] = await Promise.all([
      this.prisma.lesson.findMany({
        where: { AND: [{ id: { in: lessonIds } }, scope, readableLessons(lead.viewer)] },
        select: { id: true },
      }),
      this.prisma.insight.findMany({
        where: { AND: [{ id: { in: insightIds } }, scope, readableInsights(lead.viewer)] },
        select: { id: true },
      }),
      this.prisma.product.findMany({
        where: { AND: [{ id: { in: productIds } }, scope, readableProducts(lead.viewer)] },
        select: { id: true },
      }),
    ]);
    requireAll('input.lessonIds', lessonIds, lessons);
    requireAll('input.insightIds', insightIds, insights);
    requireAll('input.productIds', productIds, products);
    return this.prisma.$transaction(async (tx) => {
      // Lessons from the room stay linked: they came out of it, they aren't what it presented.
      await tx.activityLesson.deleteMany({ where: { activityId, fromRoom: false } });
      await tx.activityInsight.deleteMany({ where: { activityId } });
      await tx.activityProduct.deleteMany({ where: { activityId } });
      await tx.activityLesson.createMany({
        data: [...new Set(lessonIds)].map((lessonId) => ({ activityId, lessonId })),
        skipDuplicates: true,
      });
      await tx.activityInsight.createMany({
        data: [...new Set(insightIds)].map((insightId) => ({ activityId, insightId })),
      });
      await tx.activityProduct.createMany({
        data: [...new Set(productIds)].map((productId) => ({ activityId, productId })),
      });
      return tx.activity.findUniqueOrThrow({ where: { id: activityId } });
    });
  }

  /**
   * Records what came out of the activity, once it has begun: the outcome, how many came, and which of those
   * registered were there (their names show only with their consent).
   */
  async recordOutcome(
    viewer: MaybeViewer,
    activityId: string,
    input: RecordActivityOutcomeInput,
  ): Promise<Activity> {
    const activity = await this.activities.byId(viewer, activityId);
    const lead = await this.activities.requireLead(viewer, activity);
    requireActivityHeld(activity, new Date());
    const data = validate(outcomeSchema, input);
    const attended = [
      ...new Set(
        (data.attendedUserIds ?? []).map((id, i) => fromGlobalId('User', id, `input.attendedUserIds.${i}`)),
      ),
    ];
    return this.prisma.$transaction(async (tx) => {
      const registered = await tx.registration.findMany({
        where: { activityId, userId: { in: attended }, cancelledAt: null },
        select: { userId: true },
      });
      if (registered.length !== attended.length) {
        throw new BadInputError(
          'input.attendedUserIds',
          'Only people registered for this activity can be marked as having come',
          'notAllowed',
        );
      }
      await tx.registration.updateMany({
        where: { activityId, cancelledAt: null },
        data: { attended: false },
      });
      await tx.registration.updateMany({
        where: { activityId, userId: { in: attended }, cancelledAt: null },
        data: { attended: true },
      });
      return tx.activity.update({
        where: { id: activityId },
        data: {
          outcome: data.outcome,
          attendeeCount: data.attendeeCount,
          outcomeRecordedAt: new Date(),
          outcomeRecordedById: lead.viewer.userId,
        },
      });
    });
  }

  /**
   * A lesson from the room, after the activity began, by whoever leads it: logged through LessonService.log as any
   * lesson (the arena's rules, starting at DRAFT or one rung up, the personal-data check with the form's `choices`),
   * then linked to the activity. An atelier's activity keeps it in that atelier; a werkplaats-wide one in the atelier
   * its leader picks among the werkplaats's ateliers.
   */
  async addLessonFromRoom(
    viewer: MaybeViewer,
    activityId: string,
    input: LogLessonInput,
    choices: readonly ChoiceInput[] = [],
  ): Promise<Lesson> {
    const activity = await this.activities.byId(viewer, activityId);
    const lead = await this.activities.requireLead(viewer, activity);
    requireActivityHeld(activity, new Date());
    const atelierId = fromGlobalId('Atelier', input.atelierId, 'input.atelierId');
    if (activity.atelierId && atelierId !== activity.atelierId) {
      throw new BadInputError(
        'input.atelierId',
        'The lesson belongs to the atelier of the activity',
        'notAllowed',
      );
    }
    if (!activity.atelierId) {
      const atelier = await this.prisma.atelier.findFirst({
        where: { id: atelierId, workshopId: lead.workshopId },
        select: { id: true },
      });
      if (!atelier)
        throw new BadInputError(
          'input.atelierId',
          'Pick one of the ateliers of this werkplaats to keep the lesson in',
          'notAllowed',
        );
    }
    const lesson = await this.lessons.log(viewer, input, choices, activity);
    await this.prisma.activityLesson.create({ data: { activityId, lessonId: lesson.id, fromRoom: true } });
    return lesson;
  }

  /**
   * The links of a page of activities, as far as the reader may read them: one statement per kind for the readable
   * items and one per kind for the counts, whatever the number of activities.
   */
  links(loaders: Loaders, viewer: MaybeViewer, activityId: string): Loaded<ActivityLinkView> {
    return loaders
      .get<string, ActivityLinkView>('activity.links', async (ids) => {
        const activityIds = [...ids];
        const [lessonRows, insightRows, productRows, lessonCounts, insightCounts, productCounts] =
          await Promise.all([
            this.prisma.activityLesson.findMany({
              where: { activityId: { in: activityIds }, lesson: readableLessons(viewer) },
              include: { lesson: true },
              orderBy: [{ createdAt: 'asc' }, { lessonId: 'asc' }],
            }),
            this.prisma.activityInsight.findMany({
              where: { activityId: { in: activityIds }, insight: readableInsights(viewer) },
              include: { insight: true },
              orderBy: [{ createdAt: 'asc' }, { insightId: 'asc' }],
            }),
            this.prisma.activityProduct.findMany({
              where: { activityId: { in: activityIds }, product: readableProducts(viewer) },
              include: { product: true },
              orderBy: [{ createdAt: 'asc' }, { productId: 'asc' }],
            }),
            this.prisma.activityLesson.groupBy({
              by: ['activityId'],
              where: { activityId: { in: activityIds } },
              _count: { _all: true },
            }),
            this.prisma.activityInsight.groupBy({
              by: ['activityId'],
              where: { activityId: { in: activityIds } },
              _count: { _all: true },
            }),
            this.prisma.activityProduct.groupBy({
              by: ['activityId'],
              where: { activityId: { in: activityIds } },
              _count: { _all: true },
            }),
          ]);
        const total = new Map<string, number>();
        for (const group of [...lessonCounts, ...insightCounts, ...productCounts]) {
          total.set(group.activityId, (total.get(group.activityId) ?? 0) + group._count._all);
        }
        return activityIds.map((id) => {
          const lessons = lessonRows.filter((r) => r.activityId === id);
          const insights = insightRows.filter((r) => r.activityId === id).map((r) => r.insight);
          const outputs = productRows.filter((r) => r.activityId === id).map((r) => r.product);
          const readable = lessons.length + insights.length + outputs.length;
          return {
            lessons: lessons.filter((r) => !r.fromRoom).map((r) => r.lesson),
            lessonsFromRoom: lessons.filter((r) => r.fromRoom).map((r) => r.lesson),
            insights,
            outputs,
            hiddenCount: (total.get(id) ?? 0) - readable,
          };
        });
      })
      .value(activityId);
  }

  /**
   * The people who came and agreed to their name in reports (nameInReports), for signed-in readers of the activity;
   * a visitor reads the count only. Erased accounts never show.
   */
  /**
   * Its registrations that are not cancelled, as far as the viewer may read them: all for whoever leads it (to mark
   * who came), only their own for others. By name, so the outcome form reads as a list of people.
   */
  registrations(loaders: Loaders, viewer: MaybeViewer, activityId: string): Loaded<Registration[]> {
    if (!viewer) return [];
    return loaders
      .get<string, Registration[]>('activity.registrations', async (ids) => {
        const rows = await this.prisma.registration.findMany({
          where: {
            AND: [
              { activityId: { in: [...ids] }, cancelledAt: null, user: { erasedAt: null } },
              readableRegistrations(viewer),
            ],
          },
          orderBy: [{ user: { name: 'asc' } }, { id: 'asc' }],
        });
        return ids.map((id) => rows.filter((r) => r.activityId === id));
      })
      .value(activityId);
  }

  namedAttendees(loaders: Loaders, viewer: MaybeViewer, activityId: string): Loaded<User[]> {
    if (!viewer) return [];
    return loaders
      .get<string, User[]>('activity.namedAttendees', async (ids) => {
        const rows = await this.prisma.registration.findMany({
          where: {
            activityId: { in: [...ids] },
            attended: true,
            cancelledAt: null,
            user: { nameInReports: true, erasedAt: null },
          },
          include: { user: true },
          orderBy: [{ user: { name: 'asc' } }, { userId: 'asc' }],
        });
        return ids.map((id) => rows.filter((r) => r.activityId === id).map((r) => r.user));
      })
      .value(activityId);
  }
}

function requireAll(field: string, asked: string[], found: { id: string }[]): void {
  const have = new Set(found.map((f) => f.id));
  const index = asked.findIndex((id) => !have.has(id));
  // Unreadable and from elsewhere are one answer, so that linking doesn't tell what exists.
  if (index >= 0)
    throw new BadInputError(`${field}.${index}`, 'Not found among what you may link here', 'notAllowed');
}
