import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  Prisma,
  type Notification,
  type NotificationKind,
  type WorkshopRoleKind,
} from '../generated/prisma/client.js';
import {
  readableProducts,
  readableQuestions,
  requireViewer,
  tribuneReadersOf,
  workshopPeople,
} from '../common/authz/policy.js';
import { viewerOf, type MaybeViewer } from '../common/authz/viewer.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { PrismaService, afterCommit, type Tx } from '../common/prisma/prisma.service.js';
import { LiveEvents } from '../live/live-events.js';
import { directMails, NotificationMail, type MailHost, type MailRecipient } from './notification-mail.js';
import type { OutgoingMail } from '../mail/outbox.js';

/** Kinds addressed to those registered for the activity, whatever their level in the atelier. */
const ADDRESSED_TO_REGISTERED: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  'ACTIVITY_CHANGED',
  'ACTIVITY_CANCELLED',
]);

export interface NotificationTarget {
  lessonId?: string;
  insightId?: string;
  activityId?: string;
  atelierId?: string;
  joinRequestId?: string;
  questionId?: string;
  productId?: string;
  proposalId?: string;
}

/** A werkplaats role granted or withdrawn, by whom and to whom (the same person for a self-grant). */
export interface WorkshopRoleChange {
  workshopId: string;
  actorId: string;
  personId: string;
  role: WorkshopRoleKind;
  granted: boolean;
}

/**
 * In-app notifications: when something reaches a person's feed, an activity they may attend changes, a reaction
 * answers what they wrote, a lesson waits for its trekker, or a werkplaats role changes hands. Written in the same
 * transaction as the change that causes them, with the mail of those who want each one directly.
 *
 * How much of an atelier reaches a participant is their level there (Participation.notificationLevel):
 * ALL (alles volgen) also every lesson that reaches a rung they read and every reaction; NORMAL what the tribune
 * is told, reactions on what they wrote and activities; QUIET only what is addressed to them (a decision about
 * them, an activity they registered for that changed). The trekker, who takes no part as a participant, hears
 * NORMAL and what waits for her.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly mail: NotificationMail,
    private readonly live: LiveEvents,
  ) {}

  /**
   * Writes the notifications and queues the mail of those who want them directly; once committed, each recipient's
   * open sockets hear of theirs (notificationAdded). The one way a notification is made, so none misses its mail or
   * its socket.
   */
  async create(tx: Tx, data: Prisma.NotificationCreateManyInput[]): Promise<number> {
    if (data.length === 0) return 0;
    const created = await tx.notification.createManyAndReturn({ data });
    await this.mail.queueDirect(tx, created);
    afterCommit(tx, () => this.stored(created));
    return created.length;
  }

  /** Notifications now committed: each recipient's open sockets hear of theirs (notificationAdded). */
  stored(notifications: readonly { id: string; userId: string }[]): void {
    for (const n of notifications) this.live.publish({ type: 'notification', userId: n.userId, id: n.id });
  }

  /**
   * Tells the atelier's trekker and its active participants whose level is not QUIET, except the one acting.
   * A changed or cancelled activity is addressed to those registered for it as well: they hear of it whatever
   * their level, and also when they registered as commissie or beheerder, as long as they still read it (someone
   * who left the atelier since does not). `note` (the trekker's message on cancelling) goes to the registered.
   */
  async notifyAtelier(
    tx: Tx,
    atelierId: string,
    kind: NotificationKind,
    target: NotificationTarget,
    actorId: string,
    note: string | null = null,
  ): Promise<number> {
    const atelier = await tx.atelier.findUniqueOrThrow({
      where: { id: atelierId },
      select: {
        id: true,
        trekkerId: true,
        workshopId: true,
        participations: { where: { status: 'ACTIVE' }, select: { userId: true, notificationLevel: true } },
      },
    });
    const registered =
      ADDRESSED_TO_REGISTERED.has(kind) && target.activityId
        ? new Set(
            (
              await tx.registration.findMany({
                where: {
                  activityId: target.activityId,
                  cancelledAt: null,
                  user: tribuneReadersOf(atelier),
                },
                select: { userId: true },
              })
            ).map((r) => r.userId),
          )
        : new Set<string>();
    const recipients = new Set([
      atelier.trekkerId,
      ...atelier.participations.filter((p) => p.notificationLevel !== 'QUIET').map((p) => p.userId),
      ...registered,
    ]);
    recipients.delete(actorId);
    for (const userId of await this.notReading(tx, target, [...recipients])) recipients.delete(userId);
    if (recipients.size === 0) return 0;
    return this.create(
      tx,
      // Who did it goes with it: the author of a lesson a trekker shared is told who shared it.
      [...recipients].map((userId) => ({
        userId,
        kind,
        ...target,
        actorId,
        note: registered.has(userId) ? note : null,
      })),
    );
  }

  /**
   * A werkplaats-wide activity was planned, changed or cancelled: the people of its werkplaats hear of it (the
   * policy's workshopPeople, those who read it even when it is not public), except those who take part in its
   * ateliers only with their level set to QUIET (a role or an atelier to lead makes them hear it at NORMAL), and never
   * the one acting. A change or cancellation is addressed to those registered as well, whatever their level, as long
   * as they still read it: anyone for a public activity, only its people for one that is not. Nobody else is told,
   * so a signed-in outsider never hears of a werkplaats activity that is not public.
   */
  async notifyWorkshopActivity(
    tx: Tx,
    activity: { id: string; workshopId: string; isPublic: boolean },
    kind: 'ACTIVITY_PLANNED' | 'ACTIVITY_CHANGED' | 'ACTIVITY_CANCELLED',
    actorId: string,
    note: string | null = null,
  ): Promise<number> {
    const { workshopId } = activity;
    const people = await tx.user.findMany({
      where: { AND: [workshopPeople(workshopId), { erasedAt: null }] },
      select: {
        id: true,
        roles: { where: { workshopId }, select: { role: true } },
        trekkerOf: { where: { workshopId }, select: { id: true } },
        participations: {
          where: { status: 'ACTIVE', atelier: { workshopId } },
          select: { notificationLevel: true },
        },
      },
    });
    const recipients = new Set(
      people
        .filter(
          (p) =>
            p.roles.length > 0 ||
            p.trekkerOf.length > 0 ||
            p.participations.length === 0 ||
            p.participations.some((x) => x.notificationLevel !== 'QUIET'),
        )
        .map((p) => p.id),
    );
    const registered = ADDRESSED_TO_REGISTERED.has(kind)
      ? new Set(
          (
            await tx.registration.findMany({
              where: {
                activityId: activity.id,
                cancelledAt: null,
                user: activity.isPublic ? { erasedAt: null } : workshopPeople(workshopId),
              },
              select: { userId: true },
            })
          ).map((r) => r.userId),
        )
      : new Set<string>();
    for (const userId of registered) recipients.add(userId);
    recipients.delete(actorId);
    if (recipients.size === 0) return 0;
    return this.create(
      tx,
      [...recipients].map((userId) => ({
        userId,
        kind,
        activityId: activity.id,
        actorId,
        note: registered.has(userId) ? note : null,
      })),
    );
  }

  /**
   * Of `userIds`, those who may not read the question or output `target` names, asked of the policy as each of them
   * at send time (a shared item reaches the atelier's readers; someone who left, or reads less, is not told of it).
   */
  private async notReading(tx: Tx, target: NotificationTarget, userIds: string[]): Promise<string[]> {
    const { questionId, productId } = target;
    if ((!questionId && !productId) || userIds.length === 0) return [];
    const users = await tx.user.findMany({
      where: { id: { in: userIds } },
      select: { id: true, roles: { select: { workshopId: true, role: true } } },
    });
    const reads = await Promise.all(
      users.map(async (user) => {
        const viewer = viewerOf(user.id, user.roles);
        const count = questionId
          ? await tx.question.count({ where: { AND: [{ id: questionId }, readableQuestions(viewer)] } })
          : await tx.product.count({ where: { AND: [{ id: productId! }, readableProducts(viewer)] } });
        return count > 0 ? null : user.id;
      }),
    );
    const known = new Set(users.map((u) => u.id));
    return [...reads.filter((id) => id !== null), ...userIds.filter((id) => !known.has(id))];
  }

  /** A lesson climbed to PRACTICE or ARENA: tells whom it concerns (lessonReachedNotices), in `tx`. */
  async notifyLessonReached(
    tx: Tx,
    lesson: ReachedLesson,
    rung: 'PRACTICE' | 'ARENA',
    actorId: string,
  ): Promise<number> {
    const [row] = await tx.$queryRaw<{ audience: LessonAudience }[]>(
      Prisma.sql`SELECT ${lessonAudienceSql(rung, lesson.practiceId)} AS audience
        FROM "Atelier" a WHERE a.id = ${lesson.atelierId}::uuid`,
    );
    if (!row) throw new Error(`No atelier ${lesson.atelierId}`);
    return this.create(tx, lessonReachedNotices(lesson, rung, actorId, row.audience));
  }

  /**
   * notifyLessonReached for a lesson written in one statement (LessonService.log), from the audience its first
   * statement read along (lessonAudienceSql): the notifications with their ids and direct mail, to be written by
   * `notificationsSql` and queueMailSql in that statement; `stored` once it is done.
   */
  lessonReached(
    lesson: ReachedLesson,
    rung: 'PRACTICE' | 'ARENA',
    actorId: string,
    audience: LessonAudience,
  ): { notifications: LessonNotice[]; mails: OutgoingMail[] } {
    const notifications = lessonReachedNotices(lesson, rung, actorId, audience).map((n) => ({
      id: randomUUID(),
      ...n,
    }));
    return { notifications, mails: directMails(notifications, audience.recipients, () => audience.host) };
  }

  /**
   * Someone reacted to a lesson or insight shared with the tribune: its author hears of it (unless QUIET in the
   * atelier), and so does everyone who follows everything there (ALL); never the one reacting.
   */
  async notifyReaction(
    tx: Tx,
    target: {
      atelierId: string;
      /** Who wrote what was reacted to (for an output: who registered it; null when nobody is known). */
      authorId: string | null;
      lessonId?: string;
      insightId?: string;
      questionId?: string;
      productId?: string;
    },
    reactorId: string,
  ): Promise<number> {
    const participations = await tx.participation.findMany({
      where: {
        atelierId: target.atelierId,
        status: 'ACTIVE',
        OR: [{ notificationLevel: 'ALL' }, ...(target.authorId ? [{ userId: target.authorId }] : [])],
      },
      select: { userId: true, notificationLevel: true },
    });
    const recipients = new Set(
      participations
        .filter((p) => p.notificationLevel === 'ALL' || p.notificationLevel === 'NORMAL')
        .map((p) => p.userId),
    );
    // An author without a participation (the trekker, the commissie) hears at NORMAL.
    if (target.authorId && !participations.some((p) => p.userId === target.authorId))
      recipients.add(target.authorId);
    recipients.delete(reactorId);
    const { lessonId, insightId, questionId, productId } = target;
    for (const userId of await this.notReading(tx, { questionId, productId }, [...recipients]))
      recipients.delete(userId);
    if (recipients.size === 0) return 0;
    return this.create(
      tx,
      [...recipients].map((userId) => ({
        userId,
        kind: 'REACTION_ADDED' as const,
        lessonId: lessonId ?? null,
        insightId: insightId ?? null,
        questionId: questionId ?? null,
        productId: productId ?? null,
        actorId: reactorId,
      })),
    );
  }

  /**
   * Tells each author that their draft, untouched for the werkplaats's retention time, is proposed for deletion
   * (the retention sweep): nobody acts, so there is no actor.
   */
  async notifyDraftDeletionProposed(
    tx: Tx,
    drafts: readonly { id: string; authorId: string }[],
  ): Promise<number> {
    if (drafts.length === 0) return 0;
    return this.create(
      tx,
      drafts.map((d) => ({ userId: d.authorId, kind: 'DRAFT_DELETION_PROPOSED' as const, lessonId: d.id })),
    );
  }

  /** Tells the proposer and trekker that an outcome's review date has come (the review sweep): nobody acts. */
  async notifyReviewDue(
    tx: Tx,
    userIds: readonly string[],
    target: { proposalId: string; atelierId: string },
  ): Promise<number> {
    if (userIds.length === 0) return 0;
    return this.create(
      tx,
      [...new Set(userIds)].map((userId) => ({ userId, kind: 'PROPOSAL_REVIEW_DUE' as const, ...target })),
    );
  }

  /**
   * Tells an atelier's moderators that something of it was reported and waits in their queue. The reporter is not
   * named (reports are anonymous to moderators), so there is no actor; the reporter is left out by the caller.
   */
  async notifyReported(tx: Tx, userIds: Iterable<string>, atelierId: string): Promise<number> {
    const recipients = [...new Set(userIds)];
    if (recipients.length === 0) return 0;
    return this.create(
      tx,
      recipients.map((userId) => ({ userId, kind: 'CONTENT_REPORTED' as const, atelierId })),
    );
  }

  /**
   * Tells the given people of something that concerns them (a decision about them, their lesson made public),
   * never the one acting; `note` is what the actor wrote (a reason, a message).
   */
  async notify(
    tx: Tx,
    userIds: Iterable<string>,
    kind: NotificationKind,
    target: NotificationTarget,
    by: { actorId: string; note?: string | null },
  ): Promise<number> {
    const recipients = new Set(userIds);
    recipients.delete(by.actorId);
    if (recipients.size === 0) return 0;
    return this.create(
      tx,
      [...recipients].map((userId) => ({
        userId,
        kind,
        ...target,
        actorId: by.actorId,
        note: by.note ?? null,
      })),
    );
  }

  /**
   * Tells the werkplaats's beheerders and commissie members (those who held a role there before the change or
   * hold one after it) and the person whose role changed, except the one acting: nobody takes the commissie's
   * reading rights, or beheer, unseen.
   */
  async notifyWorkshopRoleChange(tx: Tx, change: WorkshopRoleChange): Promise<number> {
    const holders = await tx.workshopRole.findMany({
      where: { workshopId: change.workshopId, role: { in: ['ADMIN', 'COMMITTEE'] } },
      select: { userId: true },
    });
    const recipients = new Set([change.personId, ...holders.map((h) => h.userId)]);
    recipients.delete(change.actorId);
    if (recipients.size === 0) return 0;
    return this.create(
      tx,
      [...recipients].map((userId) => ({
        userId,
        kind: change.granted ? ('WORKSHOP_ROLE_GRANTED' as const) : ('WORKSHOP_ROLE_WITHDRAWN' as const),
        actorId: change.actorId,
        personId: change.personId,
        role: change.role,
      })),
    );
  }

  list(
    viewer: MaybeViewer,
    args: ConnectionArgs & { unreadOnly?: boolean | null },
  ): Promise<ConnectionPage<Notification>> {
    const v = requireViewer(viewer);
    const where = { userId: v.userId, ...(args.unreadOnly ? { readAt: null } : {}) };
    return paginate<Notification>({
      args,
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'desc',
      load: ({ after, orderBy, take }) =>
        this.prisma.notification.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.notification.count({ where }),
    });
  }

  /** One of the viewer's notifications, or null when it is not theirs (or gone). */
  byId(viewer: MaybeViewer, id: string): Promise<Notification | null> {
    const v = requireViewer(viewer);
    return this.prisma.notification.findFirst({ where: { id, userId: v.userId } });
  }

  unreadCount(viewer: MaybeViewer): Promise<number> {
    const v = requireViewer(viewer);
    return this.prisma.notification.count({ where: { userId: v.userId, readAt: null } });
  }

  /** Marks the given notifications (or all) of the viewer as read; returns how many changed. */
  async markRead(viewer: MaybeViewer, ids: string[] | null): Promise<number> {
    const v = requireViewer(viewer);
    const { count } = await this.prisma.notification.updateMany({
      where: { userId: v.userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
      data: { readAt: new Date() },
    });
    return count;
  }
}

/** A lesson that reached PRACTICE or ARENA, as its notifications need it. */
export interface ReachedLesson {
  id: string;
  atelierId: string;
  authorId: string;
  practiceId: string | null;
}

/** A notification of a lesson that reached a rung, with its id made ahead (its mail's key names it). */
export interface LessonNotice {
  id: string;
  userId: string;
  kind: 'LESSON_WAITING' | 'LESSON_SHARED';
  lessonId: string;
  actorId: string;
}

/** Whom a lesson reaching a rung of an atelier concerns, as lessonAudienceSql reads it. */
export interface LessonAudience {
  trekkerId: string;
  /** Its active arena participants who follow everything (ALL); at PRACTICE, only those taking part in the practice. */
  followers: string[];
  /** The trekker and the followers, with their mail settings (for the direct mail). */
  recipients: MailRecipient[];
  /** The atelier and its werkplaats, which name and send the mail. */
  host: MailHost;
}

/**
 * Whom a lesson reaching `rung` in the atelier `a` concerns (LessonAudience), as one json column of a statement over
 * `"Atelier" a`: notifyLessonReached's read, and LessonService.log's along with its checks.
 */
export function lessonAudienceSql(rung: 'PRACTICE' | 'ARENA', practiceId: string | null): Prisma.Sql {
  const inPractice =
    rung === 'PRACTICE'
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PracticeParticipant" pp
                    WHERE pp."practiceId" = ${practiceId}::uuid AND pp."userId" = p."userId" AND pp."leftAt" IS NULL)`
      : Prisma.empty;
  const followers = Prisma.sql`SELECT p."userId" FROM "Participation" p
     WHERE p."atelierId" = a.id AND p.status = 'ACTIVE' AND p.role = 'ARENA' AND p."notificationLevel" = 'ALL' ${inPractice}`;
  return Prisma.sql`(SELECT json_build_object(
      'trekkerId', a."trekkerId",
      'followers', (SELECT coalesce(json_agg(f."userId"), '[]') FROM (${followers}) f),
      'recipients', (SELECT coalesce(json_agg(json_build_object('id', u.id, 'email', u.email, 'locale', u.locale,
                       'mailDelivery', u."mailDelivery", 'erasedAt', u."erasedAt", 'blockedAt', u."blockedAt")), '[]')
                       FROM "User" u WHERE u.id = a."trekkerId" OR u.id IN (${followers})),
      'host', json_build_object('name', a.title, 'workshop', json_build_object('id', w.id, 'name', w.name)))
    FROM "Workshop" w WHERE w.id = a."workshopId")`;
}

/**
 * A lesson climbed to PRACTICE or ARENA: those of its readers there who follow everything (ALL) hear of it, and
 * at ARENA its trekker: it waits for her to connect it in an insight or lift it to the tribune. Never the one acting,
 * nor its author.
 */
export function lessonReachedNotices(
  lesson: ReachedLesson,
  rung: 'PRACTICE' | 'ARENA',
  actorId: string,
  audience: Pick<LessonAudience, 'trekkerId' | 'followers'>,
): Omit<LessonNotice, 'id'>[] {
  const data: Omit<LessonNotice, 'id'>[] = [];
  const trekker = rung === 'ARENA' ? audience.trekkerId : null;
  if (trekker && trekker !== actorId)
    data.push({ userId: trekker, kind: 'LESSON_WAITING', lessonId: lesson.id, actorId });
  for (const userId of audience.followers) {
    if (userId === actorId || userId === trekker || userId === lesson.authorId) continue;
    data.push({ userId, kind: 'LESSON_SHARED', lessonId: lesson.id, actorId });
  }
  return data;
}

/** Writes lesson notices as a data-modifying WITH item `name` of a larger statement (see lessonReached). */
export function notificationsSql(name: string, notices: readonly LessonNotice[], now: Date): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(name)} AS (
    INSERT INTO "Notification" (id, "userId", kind, "lessonId", "actorId", "createdAt")
    SELECT n.id, n."userId", n.kind::"NotificationKind", n."lessonId", n."actorId", ${now.toISOString()}::timestamp
      FROM jsonb_to_recordset(${JSON.stringify(notices)}::jsonb)
           AS n(id uuid, "userId" uuid, kind text, "lessonId" uuid, "actorId" uuid))`;
}
