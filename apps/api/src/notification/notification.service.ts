import { Injectable } from '@nestjs/common';
import type { Notification, NotificationKind, WorkshopRoleKind } from '../generated/prisma/client.js';
import { requireViewer } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';

export interface NotificationTarget {
  lessonId?: string;
  insightId?: string;
  activityId?: string;
  atelierId?: string;
  joinRequestId?: string;
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
 * In-app notifications: when something reaches a person's feed, an activity they may attend changes, or a
 * werkplaats role changes hands. Written in the same transaction as the change that causes them.
 */
@Injectable()
export class NotificationService {
  constructor(private readonly prisma: PrismaService) {}

  /** Tells every active participant of the atelier (and its trekker), except the one acting. */
  async notifyAtelier(
    tx: Tx,
    atelierId: string,
    kind: NotificationKind,
    target: NotificationTarget,
    actorId: string,
  ): Promise<number> {
    const atelier = await tx.atelier.findUniqueOrThrow({
      where: { id: atelierId },
      select: { trekkerId: true, participations: { where: { status: 'ACTIVE' }, select: { userId: true } } },
    });
    const recipients = new Set([atelier.trekkerId, ...atelier.participations.map((p) => p.userId)]);
    recipients.delete(actorId);
    if (recipients.size === 0) return 0;
    const { count } = await tx.notification.createMany({
      // Who did it goes with it: the author of a lesson a trekker shared is told who shared it.
      data: [...recipients].map((userId) => ({ userId, kind, ...target, actorId })),
    });
    return count;
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
    const { count } = await tx.notification.createMany({
      data: [...recipients].map((userId) => ({
        userId,
        kind,
        ...target,
        actorId: by.actorId,
        note: by.note ?? null,
      })),
    });
    return count;
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
    const { count } = await tx.notification.createMany({
      data: [...recipients].map((userId) => ({
        userId,
        kind: change.granted ? ('WORKSHOP_ROLE_GRANTED' as const) : ('WORKSHOP_ROLE_WITHDRAWN' as const),
        actorId: change.actorId,
        personId: change.personId,
        role: change.role,
      })),
    });
    return count;
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
