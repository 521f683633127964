import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { ContentReport, Insight, Reaction, ReportReason } from '../generated/prisma/client.js';
import { AuditService } from '../common/audit/audit.service.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  isAdmin,
  moderatedAteliersIn,
  moderatedReports,
  readableContentReports,
  readableInsights,
  readableLessons,
  readableReactions,
  requireModerator,
  requireViewer,
} from '../common/authz/policy.js';
import { viewerOf, type MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/graphql/app-error.js';
import { byKey, type Loaded, type Loaders } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { parseGlobalId, toGlobalId } from '../common/graphql/relay.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';
import { NotificationService } from '../notification/notification.service.js';
import type { ModerationItem, ModerationSummary } from './models/moderation.model.js';

/** A reported lesson or reaction, as its reader may read it, with what the moderation needs to know of it. */
interface Target {
  kind: 'Lesson' | 'Reaction';
  id: string;
  authorId: string;
  atelierId: string;
  workshopId: string;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  /** What a reaction hangs on (a lesson: itself): one of the four is set. */
  lessonId: string | null;
  insightId: string | null;
  questionId: string | null;
  productId: string | null;
}

const note = z.string().trim().max(1000, { message: 'is longer than 1000 characters' });
const hideReason = z
  .string()
  .trim()
  .min(3, { message: 'is shorter than 3 characters' })
  .max(300, { message: 'is longer than 300 characters' });

const targetSelect = {
  id: true,
  authorId: true,
  hiddenAt: true,
  hiddenReason: true,
} as const;
const atelierOf = { select: { atelierId: true, atelier: { select: { workshopId: true } } } } as const;

type ReportWithTarget = ContentReport & {
  lesson: { id: string; atelierId: string; hiddenAt: Date | null; hiddenReason: string | null } | null;
  reaction: {
    id: string;
    hiddenAt: Date | null;
    hiddenReason: string | null;
    lessonId: string | null;
    insightId: string | null;
  } | null;
};

/**
 * Moderation that keeps the werkplaats a safe space: whoever reads a lesson or reaction may report it; the reports
 * wait, grouped per item, for its moderators (the atelier's trekker, the werkplaats's beheerders), who hide it (with
 * a reason its readers see in its place), restore it, or dismiss the reports. Every step is audited (ids and the
 * reason, never the content) and its author is told. What hiding takes away is the policy's read rules.
 */
@Injectable()
export class ModerationService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly nodes: NodeRegistry,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('ContentReport', (id, viewer) =>
      this.prisma.contentReport.findFirst({ where: { AND: [{ id }, readableContentReports(viewer)] } }),
    );
  }

  /**
   * Reports what the viewer reads; one open report per person per item (reporting it again gives back the open
   * one). Something they can't read is NOT_FOUND, as if it did not exist.
   */
  async report(
    viewer: MaybeViewer,
    input: { targetId: string; reason: ReportReason; note?: string | null },
  ): Promise<ContentReport> {
    const v = requireViewer(viewer);
    const target = await this.target(viewer, input.targetId);
    const text = validate(note, input.note ?? '', 'input.note');
    if (input.reason === 'OTHER' && text === '')
      throw new BadInputError('input.note', 'Say in your own words what is wrong', 'required');
    const item = target.kind === 'Lesson' ? { lessonId: target.id } : { reactionId: target.id };
    return this.prisma.$transaction(async (tx) => {
      // Serialised per item, so two clicks at once still leave one open report per reporter, and of two people
      // reporting at once only the first tells the moderators.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`report:${target.id}`}))`;
      const open = await tx.contentReport.findMany({
        where: { status: 'OPEN', ...item },
        select: { id: true, reporterId: true },
      });
      const own = open.find((r) => r.reporterId === v.userId);
      if (own) return tx.contentReport.findUniqueOrThrow({ where: { id: own.id } });
      const report = await tx.contentReport.create({
        data: {
          workshopId: target.workshopId,
          atelierId: target.atelierId,
          reporterId: v.userId,
          reason: input.reason,
          note: text === '' ? null : text,
          ...item,
        },
      });
      // Later reports on a waiting item join its group in the queue without telling anyone again.
      if (open.length === 0) await this.tellModerators(tx, report, target, v.userId);
      return report;
    });
  }

  /**
   * The viewer's moderation queue in a werkplaats: the items with open reports (or, with `hidden`, the items the
   * moderation hid), each with its reports grouped, most recently reported first.
   */
  async queue(viewer: MaybeViewer, workshopId: string, hidden: boolean): Promise<ModerationItem[]> {
    const v = requireViewer(viewer);
    if (
      !isAdmin(v, workshopId) &&
      (await this.prisma.atelier.count({ where: moderatedAteliersIn(v, workshopId) })) === 0
    )
      throw new ForbiddenError(
        'Only the trekker of an atelier and the beheerders of this werkplaats read its moderation queue',
      );
    const reports = await this.prisma.contentReport.findMany({
      where: {
        AND: [
          { workshopId },
          moderatedReports(viewer),
          hidden
            ? {
                status: 'HIDDEN',
                OR: [{ lesson: { hiddenAt: { not: null } } }, { reaction: { hiddenAt: { not: null } } }],
              }
            : { status: 'OPEN' },
        ],
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: {
        lesson: { select: { id: true, atelierId: true, hiddenAt: true, hiddenReason: true } },
        reaction: {
          select: { id: true, hiddenAt: true, hiddenReason: true, lessonId: true, insightId: true },
        },
      },
      take: 2000,
    });
    const groups = new Map<string, ReportWithTarget[]>();
    for (const r of reports) {
      const key = r.lessonId ?? r.reactionId!;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return [...groups.values()]
      .map((group) => itemOf(group))
      .sort((a, b) => (b.lastReportedAt?.getTime() ?? 0) - (a.lastReportedAt?.getTime() ?? 0));
  }

  /** Whether the viewer moderates anything in a werkplaats, and how many reported items wait for them there. */
  async summary(viewer: MaybeViewer, workshopId: string): Promise<ModerationSummary> {
    if (!viewer) return { mayModerate: false, openItemCount: 0 };
    const ateliers = isAdmin(viewer, workshopId)
      ? 1
      : await this.prisma.atelier.count({ where: moderatedAteliersIn(viewer, workshopId) });
    if (ateliers === 0) return { mayModerate: false, openItemCount: 0 };
    const open = await this.prisma.contentReport.findMany({
      where: { AND: [{ workshopId, status: 'OPEN' }, moderatedReports(viewer)] },
      select: { lessonId: true, reactionId: true },
      distinct: ['lessonId', 'reactionId'],
    });
    return { mayModerate: true, openItemCount: open.length };
  }

  /** Hides a lesson or reaction: gone for its readers at once, its reason shown in its place; reports closed. */
  async hide(viewer: MaybeViewer, input: { targetId: string; reason: string }): Promise<ModerationItem> {
    const target = await this.target(viewer, input.targetId);
    const role = await this.access.atelierRole(viewer, target.atelierId);
    requireModerator(role);
    const reason = validate(hideReason, input.reason, 'input.reason');
    if (target.hiddenAt) throw new ConflictError('It is hidden already', { reason: 'ALREADY_HIDDEN' });
    const actorId = role.viewer.userId;
    return this.prisma.$transaction(async (tx) => {
      const data = { hiddenAt: new Date(), hiddenReason: reason, hiddenById: actorId };
      if (target.kind === 'Lesson') await tx.lesson.update({ where: { id: target.id }, data });
      else await tx.reaction.update({ where: { id: target.id }, data });
      const closed = await this.close(tx, target, 'HIDDEN', actorId);
      await this.record(tx, target, 'moderation.hidden', actorId, { reason, reports: closed });
      await this.tellAuthor(tx, target, 'CONTENT_HIDDEN', actorId, reason);
      return this.itemIn(tx, target);
    });
  }

  /** Shows a hidden lesson or reaction again. */
  async restore(viewer: MaybeViewer, targetId: string): Promise<ModerationItem> {
    const target = await this.target(viewer, targetId);
    const role = await this.access.atelierRole(viewer, target.atelierId);
    requireModerator(role);
    if (!target.hiddenAt) throw new ConflictError('It is not hidden', { reason: 'NOT_HIDDEN' });
    const actorId = role.viewer.userId;
    return this.prisma.$transaction(async (tx) => {
      const data = { hiddenAt: null, hiddenReason: null, hiddenById: null };
      if (target.kind === 'Lesson') await tx.lesson.update({ where: { id: target.id }, data });
      else await tx.reaction.update({ where: { id: target.id }, data });
      await this.record(tx, target, 'moderation.restored', actorId, {});
      await this.tellAuthor(tx, target, 'CONTENT_RESTORED', actorId, null);
      return this.itemIn(tx, { ...target, hiddenAt: null, hiddenReason: null });
    });
  }

  /** Closes the open reports on an item and leaves it as it is. */
  async dismiss(viewer: MaybeViewer, targetId: string): Promise<ModerationItem> {
    const target = await this.target(viewer, targetId);
    const role = await this.access.atelierRole(viewer, target.atelierId);
    requireModerator(role);
    const actorId = role.viewer.userId;
    return this.prisma.$transaction(async (tx) => {
      const closed = await this.close(tx, target, 'DISMISSED', actorId);
      if (closed === 0) throw new ConflictError('No report on it is open', { reason: 'NO_OPEN_REPORTS' });
      await this.record(tx, target, 'moderation.dismissed', actorId, { reports: closed });
      return this.itemIn(tx, target);
    });
  }

  /** Whether the viewer has an open report on each lesson (one statement per page). */
  reportedLesson(loaders: Loaders, viewer: MaybeViewer, lessonId: string): Loaded<boolean> {
    return this.reportedLoader(loaders, viewer, 'lessonId').value(lessonId);
  }

  reportedReaction(loaders: Loaders, viewer: MaybeViewer, reactionId: string): Loaded<boolean> {
    return this.reportedLoader(loaders, viewer, 'reactionId').value(reactionId);
  }

  private reportedLoader(loaders: Loaders, viewer: MaybeViewer, key: 'lessonId' | 'reactionId') {
    return loaders.get<string, boolean>(`moderation.reported.${key}`, async (ids) => {
      if (!viewer) return ids.map(() => false);
      const rows = await this.prisma.contentReport.findMany({
        where: { reporterId: viewer.userId, status: 'OPEN', [key]: { in: [...ids] } },
        select: { lessonId: true, reactionId: true },
      });
      const open = new Set(rows.map((r) => r[key]));
      return ids.map((id) => open.has(id));
    });
  }

  /** The reports grouped in an item; only its moderators get items. */
  reports(loaders: Loaders, item: ModerationItem): Loaded<ContentReport[]> {
    return loaders
      .get<string, ContentReport[]>('moderation.reports', async (keys) => {
        const ids = keys.flatMap((k) => k.split(','));
        const rows = await this.prisma.contentReport.findMany({
          where: { id: { in: ids } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return keys.map((k) => k.split(',').flatMap((id) => byId.get(id) ?? []));
      })
      .value(item.reportIds.join(','));
  }

  /** A reaction as the viewer may read it (moderators read a hidden one in full). */
  reaction(loaders: Loaders, viewer: MaybeViewer, id: string): Loaded<Reaction | null> {
    return loaders
      .get<string, Reaction | null>('moderation.reaction', async (ids) =>
        byKey(
          ids,
          await this.prisma.reaction.findMany({
            where: { AND: [{ id: { in: [...ids] } }, readableReactions(viewer)] },
          }),
          (r) => r.id,
        ),
      )
      .value(id);
  }

  insight(loaders: Loaders, viewer: MaybeViewer, id: string): Loaded<Insight | null> {
    return loaders
      .get<string, Insight | null>('moderation.insight', async (ids) =>
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

  private async close(
    tx: Tx,
    target: Target,
    status: 'HIDDEN' | 'DISMISSED',
    actorId: string,
  ): Promise<number> {
    const { count } = await tx.contentReport.updateMany({
      where: {
        status: 'OPEN',
        ...(target.kind === 'Lesson' ? { lessonId: target.id } : { reactionId: target.id }),
      },
      data: { status, closedAt: new Date(), closedById: actorId },
    });
    return count;
  }

  /** The audit line: ids and the reason only, never the content. */
  private record(
    tx: Tx,
    target: Target,
    action: string,
    actorId: string,
    details: { reason?: string; reports?: number },
  ): Promise<void> {
    return this.audit.record(
      {
        workshopId: target.workshopId,
        actorId,
        personId: target.authorId,
        action,
        targetType: target.kind,
        targetId: target.id,
        details: { ...details, atelierId: target.atelierId },
      },
      tx,
    );
  }

  /**
   * The atelier's moderators who will find this report in their queue (as `moderatedReports` reads it: a beheerder
   * is not told of a report on an arena lesson, which only the trekker handles), except the reporter.
   */
  private async tellModerators(
    tx: Tx,
    report: ContentReport,
    target: Target,
    reporterId: string,
  ): Promise<void> {
    const atelier = await tx.atelier.findUniqueOrThrow({
      where: { id: target.atelierId },
      select: { trekkerId: true },
    });
    const admins = await tx.workshopRole.findMany({
      where: { workshopId: target.workshopId, role: 'ADMIN' },
      select: { userId: true },
    });
    const people = await tx.user.findMany({
      where: {
        id: { in: [atelier.trekkerId, ...admins.map((a) => a.userId)].filter((id) => id !== reporterId) },
        erasedAt: null,
        blockedAt: null,
      },
      select: { id: true, roles: { select: { workshopId: true, role: true } } },
    });
    const moderators: string[] = [];
    for (const person of people) {
      const sees = await tx.contentReport.count({
        where: { AND: [{ id: report.id }, moderatedReports(viewerOf(person.id, person.roles))] },
      });
      if (sees > 0) moderators.push(person.id);
    }
    await this.notifications.notifyReported(tx, moderators, target.atelierId);
  }

  /** The author hears of it through the notifications (and their mail levels), pointed at where it was. */
  private async tellAuthor(
    tx: Tx,
    target: Target,
    kind: 'CONTENT_HIDDEN' | 'CONTENT_RESTORED',
    actorId: string,
    reason: string | null,
  ): Promise<void> {
    // Pointed at what the item hangs on, where the author finds it (and the reason in its place).
    const where = target.lessonId
      ? { lessonId: target.lessonId }
      : target.insightId
        ? { insightId: target.insightId }
        : target.questionId
          ? { questionId: target.questionId }
          : { productId: target.productId! };
    await this.notifications.notify(tx, [target.authorId], kind, where, { actorId, note: reason });
  }

  /** The queue item of one target, from all its reports. */
  private async itemIn(tx: Tx, target: Target): Promise<ModerationItem> {
    const fresh = await tx.contentReport.findMany({
      where: target.kind === 'Lesson' ? { lessonId: target.id } : { reactionId: target.id },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    const hidden =
      target.kind === 'Lesson'
        ? await tx.lesson.findUniqueOrThrow({
            where: { id: target.id },
            select: { hiddenAt: true, hiddenReason: true },
          })
        : await tx.reaction.findUniqueOrThrow({
            where: { id: target.id },
            select: { hiddenAt: true, hiddenReason: true },
          });
    const open = fresh.filter((r) => r.status === 'OPEN');
    const shown = open.length > 0 ? open : fresh;
    return {
      targetId: toGlobalId(target.kind, target.id),
      targetType: target.kind,
      openReportCount: open.length,
      reasons: reasonsOf(shown),
      firstReportedAt: shown[0]?.createdAt ?? null,
      lastReportedAt: shown.at(-1)?.createdAt ?? null,
      hiddenAt: hidden.hiddenAt,
      hiddenReason: hidden.hiddenReason,
      lessonId: target.lessonId,
      insightId: target.insightId,
      reactionId: target.kind === 'Reaction' ? target.id : null,
      atelierId: target.atelierId,
      reportIds: shown.map((r) => r.id),
    };
  }

  /** The lesson or reaction a global ID names, if the viewer may read it; NOT_FOUND otherwise. */
  private async target(viewer: MaybeViewer, globalId: string): Promise<Target> {
    const parsed = parseGlobalId(globalId);
    if (parsed?.type === 'Lesson') {
      const lesson = await this.prisma.lesson.findFirst({
        where: { AND: [{ id: parsed.id }, readableLessons(viewer)] },
        select: { ...targetSelect, atelierId: true, atelier: { select: { workshopId: true } } },
      });
      if (!lesson) throw new NotFoundError('Lesson');
      return {
        kind: 'Lesson',
        id: lesson.id,
        authorId: lesson.authorId,
        atelierId: lesson.atelierId,
        workshopId: lesson.atelier.workshopId,
        hiddenAt: lesson.hiddenAt,
        hiddenReason: lesson.hiddenReason,
        lessonId: lesson.id,
        insightId: null,
        questionId: null,
        productId: null,
      };
    }
    if (parsed?.type === 'Reaction') {
      const reaction = await this.prisma.reaction.findFirst({
        where: { AND: [{ id: parsed.id }, readableReactions(viewer)] },
        select: {
          ...targetSelect,
          lessonId: true,
          insightId: true,
          questionId: true,
          productId: true,
          lesson: atelierOf,
          insight: atelierOf,
          question: atelierOf,
          product: atelierOf,
        },
      });
      if (!reaction) throw new NotFoundError('Reaction');
      const on = (reaction.lesson ?? reaction.insight ?? reaction.question ?? reaction.product)!;
      return {
        kind: 'Reaction',
        id: reaction.id,
        authorId: reaction.authorId,
        atelierId: on.atelierId,
        workshopId: on.atelier.workshopId,
        hiddenAt: reaction.hiddenAt,
        hiddenReason: reaction.hiddenReason,
        lessonId: reaction.lessonId,
        insightId: reaction.insightId,
        questionId: reaction.questionId,
        productId: reaction.productId,
      };
    }
    throw new BadInputError('targetId', 'targetId is not the ID of a Lesson or a Reaction', 'unknown');
  }
}

/** The reasons given, each once, the most given first. */
function reasonsOf(reports: readonly { reason: ReportReason }[]): ReportReason[] {
  const counts = new Map<ReportReason, number>();
  for (const r of reports) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([reason]) => reason);
}

function itemOf(group: ReportWithTarget[]): ModerationItem {
  const first = group[0]!;
  const lesson = first.lesson;
  const reaction = first.reaction;
  return {
    targetId: lesson ? toGlobalId('Lesson', lesson.id) : toGlobalId('Reaction', reaction!.id),
    targetType: lesson ? 'Lesson' : 'Reaction',
    openReportCount: group.filter((r) => r.status === 'OPEN').length,
    reasons: reasonsOf(group),
    firstReportedAt: first.createdAt,
    lastReportedAt: group.at(-1)!.createdAt,
    hiddenAt: (lesson ?? reaction)!.hiddenAt,
    hiddenReason: (lesson ?? reaction)!.hiddenReason,
    lessonId: lesson ? lesson.id : reaction!.lessonId,
    insightId: lesson ? null : reaction!.insightId,
    reactionId: reaction ? reaction.id : null,
    atelierId: first.atelierId,
    reportIds: group.map((r) => r.id),
  };
}
