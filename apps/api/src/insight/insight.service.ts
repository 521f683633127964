import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { Insight, InsightVisibilityChange, Prisma } from '../generated/prisma/client.js';
import { Condition, Visibility } from '../generated/prisma/enums.js';
import {
  acceptedOf,
  requireNoPersonalData,
  resolvePersonalData,
  workshopWords,
  type ChoiceInput,
  type ClimbFinding,
} from '../privacy/climb-check.js';
import { AuditService } from '../common/audit/audit.service.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  readableInsights,
  requireAtelierLead,
  requireInsightEdit,
  requireInsightStep,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError, ConflictError, NotFoundError } from '../common/graphql/app-error.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { type Loaded, Loaders, byKey, groupByKey } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { rule, validate } from '../common/graphql/validate.js';
import { PrismaService, afterCommit } from '../common/prisma/prisma.service.js';
import { LiveEvents } from '../live/live-events.js';
import { plainText, sanitizeRichText } from '../common/text/sanitize.js';
import { NotificationService } from '../notification/notification.service.js';
import type { CreateInsightInput } from './dto/create-insight.input.js';
import type { UpdateInsightInput } from './dto/update-insight.input.js';

const SHARED: Visibility[] = [Visibility.TRIBUNE, Visibility.PUBLIC];
/** The ladder's order: only a step up past PRACTICE is checked for personal data. */
const RANK: Record<Visibility, number> = { DRAFT: 0, PRACTICE: 1, ARENA: 2, TRIBUNE: 3, PUBLIC: 4 };

const title = z
  .string()
  .trim()
  .min(3, { message: 'needs at least 3 characters' })
  .max(200, { message: 'is too long' });
const body = z
  .string()
  .max(40_000, { message: 'is too long' })
  .transform(sanitizeRichText)
  .refine((html) => plainText(html).length > 0, { message: 'is empty', params: rule('required') });
const lessonIds = z
  .array(z.string())
  .min(2, { message: 'an insight connects at least two lessons' })
  .max(100);
const conditions = z
  .array(z.enum(Condition))
  .min(1, { message: 'needs at least one of the four conditions' })
  .transform((list) => [...new Set(list)]);

const createSchema = z.object({
  title,
  body,
  lessonIds,
  conditions,
  visibility: z.enum(Visibility).nullish(),
});

const updateSchema = z.object({
  version: z.number().int().min(1),
  title: title.nullish(),
  body: body.nullish(),
  conditions: conditions.nullish(),
  lessonIds: lessonIds.nullish(),
});

/** Regional insights: written and shared by the trekker (or the commissie); read by the same ladder. */
@Injectable()
export class InsightService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly nodes: NodeRegistry,
    private readonly live: LiveEvents,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Insight', (id, viewer) => this.readable(viewer, id));
  }

  readable(viewer: MaybeViewer, id: string): Promise<Insight | null> {
    return this.prisma.insight.findFirst({ where: { AND: [{ id }, readableInsights(viewer)] } });
  }

  async byId(viewer: MaybeViewer, id: string): Promise<Insight> {
    const insight = await this.readable(viewer, id);
    if (!insight) throw new NotFoundError('Insight');
    return insight;
  }

  load(loaders: Loaders, viewer: MaybeViewer, id: string): Loaded<Insight | null> {
    return loaders
      .get<string, Insight | null>('insight.readableById', async (ids) =>
        byKey(
          ids,
          await this.prisma.insight.findMany({
            where: { AND: [{ id: { in: [...ids] } }, readableInsights(viewer)] },
          }),
          (r) => r.id,
        ),
      )
      .value(id);
  }

  async create(viewer: MaybeViewer, atelierId: string, input: CreateInsightInput): Promise<Insight> {
    const data = validate(createSchema, input);
    const role = await this.access.atelierRole(viewer, atelierId);
    requireAtelierLead(role);
    const lessonIds = await this.lessonsOfAtelier(atelierId, data.lessonIds);
    const visibility = data.visibility ?? Visibility.ARENA;
    if (visibility !== Visibility.DRAFT && visibility !== Visibility.PRACTICE) {
      // Composed straight into the arena or beyond: the same check as a lift. As a draft it is resolved first.
      requireNoPersonalData(
        { title: data.title, body: data.body, html: true },
        await workshopWords(this.prisma, role.workshopId),
        [],
      );
    }
    const shared = SHARED.includes(visibility);
    return this.prisma.$transaction(async (tx) => {
      const insight = await tx.insight.create({
        data: {
          atelierId,
          authorId: role.viewer.userId,
          title: data.title,
          body: data.body,
          conditions: data.conditions,
          visibility,
          sharedAt: shared ? new Date() : null,
          lessons: { create: lessonIds.map((lessonId) => ({ lessonId })) },
          visibilityHistory: {
            create: { actorId: role.viewer.userId, fromValue: Visibility.DRAFT, toValue: visibility },
          },
        },
      });
      if (shared) {
        afterCommit(tx, () =>
          this.live.publish({ type: 'feed', kind: 'Insight', id: insight.id, atelierId }),
        );
        await this.notifications.notifyAtelier(
          tx,
          atelierId,
          'INSIGHT_SHARED',
          { insightId: insight.id },
          role.viewer.userId,
        );
      }
      return insight;
    });
  }

  /**
   * The trekker (or the commissie) changes an insight's title, body, conditions or the lessons it connects. Where
   * others read it already (above PRACTICE) the new words pass the same personal-data check as composing; the
   * edit names the version it read (a concurrent change is CONFLICT) and is written to the audit log.
   */
  async update(viewer: MaybeViewer, insightId: string, input: UpdateInsightInput): Promise<Insight> {
    const data = validate(updateSchema, input);
    const insight = await this.byId(viewer, insightId);
    const role = await this.access.atelierRole(viewer, insight.atelierId);
    requireInsightEdit(role);
    const lessonIds = data.lessonIds ? await this.lessonsOfAtelier(insight.atelierId, data.lessonIds) : null;
    const textChanged =
      (data.title != null && data.title !== insight.title) ||
      (data.body != null && data.body !== insight.body);
    if (textChanged && RANK[insight.visibility] > RANK[Visibility.PRACTICE]) {
      requireNoPersonalData(
        { title: data.title ?? insight.title, body: data.body ?? insight.body, html: true },
        await workshopWords(this.prisma, role.workshopId),
        acceptedOf(insight.privacyAccepted),
      );
    }
    const changed = [
      ...(data.title != null && data.title !== insight.title ? ['title'] : []),
      ...(data.body != null && data.body !== insight.body ? ['body'] : []),
      ...(data.conditions != null ? ['conditions'] : []),
      ...(lessonIds ? ['lessons'] : []),
    ];
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.insight.updateMany({
        where: { id: insight.id, version: data.version },
        data: {
          ...(data.title != null ? { title: data.title } : {}),
          ...(data.body != null ? { body: data.body } : {}),
          ...(data.conditions != null ? { conditions: data.conditions } : {}),
          version: { increment: 1 },
        },
      });
      if (count === 0) {
        throw new ConflictError('Someone changed this insight in the meantime; reload it and edit again', {
          field: 'input.version',
          currentVersion: insight.version,
        });
      }
      if (lessonIds) {
        await tx.insightLesson.deleteMany({
          where: { insightId: insight.id, lessonId: { notIn: lessonIds } },
        });
        await tx.insightLesson.createMany({
          data: lessonIds.map((lessonId) => ({ insightId: insight.id, lessonId })),
          skipDuplicates: true,
        });
      }
      await this.audit.record(
        {
          workshopId: role.workshopId,
          actorId: role.viewer.userId,
          action: 'insight.edited',
          targetType: 'Insight',
          targetId: insight.id,
          details: { changed },
        },
        tx,
      );
      return tx.insight.findUniqueOrThrow({ where: { id: insight.id } });
    });
  }

  /** The lessons global IDs name, each a lesson of this atelier (BAD_USER_INPUT otherwise), without repeats. */
  private async lessonsOfAtelier(atelierId: string, globalIds: readonly string[]): Promise<string[]> {
    const ids = [...new Set(globalIds.map((id, i) => fromGlobalId('Lesson', id, `input.lessonIds.${i}`)))];
    const found = await this.prisma.lesson.count({ where: { id: { in: ids }, atelierId } });
    if (found !== ids.length) {
      throw new BadInputError(
        'input.lessonIds',
        'Each lesson must be a lesson of this atelier',
        'notAllowed',
      );
    }
    return ids;
  }

  async setVisibility(viewer: MaybeViewer, insightId: string, to: Visibility): Promise<Insight> {
    const insight = await this.byId(viewer, insightId);
    if (to === insight.visibility) return insight;
    const role = await this.access.atelierRole(viewer, insight.atelierId);
    requireInsightStep(role, insight, to);
    if (RANK[to] > Math.max(RANK[insight.visibility], RANK[Visibility.PRACTICE])) {
      requireNoPersonalData(
        { title: insight.title, body: insight.body, html: true },
        await workshopWords(this.prisma, role.workshopId),
        acceptedOf(insight.privacyAccepted),
      );
    }
    const nowShared = SHARED.includes(to) && !SHARED.includes(insight.visibility);
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.insight.update({
        where: { id: insight.id },
        data: {
          visibility: to,
          version: { increment: 1 },
          ...(nowShared ? { sharedAt: new Date() } : {}),
          visibilityHistory: {
            create: { actorId: role.viewer.userId, fromValue: insight.visibility, toValue: to },
          },
        },
      });
      await this.audit.record(
        {
          workshopId: role.workshopId,
          actorId: role.viewer.userId,
          action: 'insight.visibility',
          targetType: 'Insight',
          targetId: insight.id,
          details: { from: insight.visibility, to },
        },
        tx,
      );
      if (nowShared) {
        afterCommit(tx, () =>
          this.live.publish({ type: 'feed', kind: 'Insight', id: insight.id, atelierId: insight.atelierId }),
        );
        await this.notifications.notifyAtelier(
          tx,
          insight.atelierId,
          'INSIGHT_SHARED',
          { insightId: insight.id },
          role.viewer.userId,
        );
      }
      return updated;
    });
  }

  /** The trekker (or the commissie) resolves the personal-data findings of an insight, as for a lesson. */
  async resolvePersonalData(
    viewer: MaybeViewer,
    input: { id: string; version: number; choices: ChoiceInput[] },
  ): Promise<{ insight: Insight; unresolved: ClimbFinding[] }> {
    const id = fromGlobalId('Insight', input.id, 'input.id');
    const insight = await this.byId(viewer, id);
    const role = await this.access.atelierRole(viewer, insight.atelierId);
    requireAtelierLead(role);
    const result = resolvePersonalData(
      { title: insight.title, body: insight.body, html: true },
      await workshopWords(this.prisma, role.workshopId),
      acceptedOf(insight.privacyAccepted),
      input.choices,
      role.viewer.userId,
      new Date(),
    );
    const { count } = await this.prisma.insight.updateMany({
      where: { id, version: input.version },
      data: {
        title: result.title,
        body: result.body,
        privacyAccepted: result.accepted as unknown as Prisma.InputJsonValue,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      throw new ConflictError('Someone changed this insight in the meantime; check it again', {
        field: 'input.version',
        currentVersion: insight.version,
      });
    }
    return {
      insight: await this.prisma.insight.findUniqueOrThrow({ where: { id } }),
      unresolved: result.unresolved,
    };
  }

  listForAtelier(
    viewer: MaybeViewer,
    atelierId: string,
    args: ConnectionArgs,
  ): Promise<ConnectionPage<Insight>> {
    const where = { AND: [{ atelierId }, readableInsights(viewer)] };
    return paginate<Insight>({
      args,
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'desc',
      load: ({ after, orderBy, take }) =>
        this.prisma.insight.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.insight.count({ where }),
    });
  }

  /** How many lessons an insight rests on in all, including those the reader may not see. */
  lessonCount(loaders: Loaders, insightId: string): Loaded<number> {
    return this.lessonCountLoader(loaders).value(insightId);
  }

  /** Hands the loader a count read elsewhere in the same request (the feed counts with its page). */
  primeLessonCount(loaders: Loaders, insightId: string, count: number): void {
    this.lessonCountLoader(loaders).prime(insightId, count);
  }

  private lessonCountLoader(loaders: Loaders) {
    return loaders.get<string, number>('insight.lessonCount', async (ids) => {
      const groups = await this.prisma.insightLesson.groupBy({
        by: ['insightId'],
        where: { insightId: { in: [...ids] } },
        _count: { _all: true },
      });
      const map = new Map(groups.map((g) => [g.insightId, g._count._all]));
      return ids.map((id) => map.get(id) ?? 0);
    });
  }

  visibilityHistory(loaders: Loaders, insightId: string): Loaded<InsightVisibilityChange[]> {
    return loaders
      .get<string, InsightVisibilityChange[]>('insight.visibilityHistory', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.insightVisibilityChange.findMany({
            where: { insightId: { in: [...ids] } },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          }),
          (r) => r.insightId,
        ),
      )
      .value(insightId);
  }
}
