import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Participation, ParticipationChange, ParticipationRole } from '../generated/prisma/client.js';
import { AuditService } from '../common/audit/audit.service.js';
import { ateliersReadableAt, ownParticipationChanges, requireViewer } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { NotFoundError } from '../common/graphql/app-error.js';
import {
  allOf,
  paginate,
  type ConnectionArgs,
  type ConnectionPage,
  type PageReadAhead,
} from '../common/graphql/connection.js';
import { type Loaded, byKey, groupByKey, type Loaders } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';

/**
 * Taking part in an atelier: one row per person and atelier whose role and status change, and a history
 * row for every join, switch, leave and removal.
 */
@Injectable()
export class ParticipationService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Participation', (id, viewer) =>
      this.prisma.participation.findFirst({ where: { id, atelier: ateliersReadableAt(viewer, 'TRIBUNE') } }),
    );
  }

  async leave(viewer: MaybeViewer, atelierId: string): Promise<boolean> {
    const v = requireViewer(viewer);
    await this.end(atelierId, v.userId, v.userId, 'LEFT');
    return true;
  }

  /** Leaving ends taking part in the atelier's practices too, and takes back a request still open. */
  private async end(atelierId: string, userId: string, actorId: string, kind: 'LEFT'): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const current = await tx.participation.findUnique({
        where: { atelierId_userId: { atelierId, userId } },
      });
      if (!current || current.status !== 'ACTIVE') throw new NotFoundError('Participation');
      await tx.participation.update({ where: { id: current.id }, data: { status: kind } });
      await tx.participationChange.create({
        data: {
          participationId: current.id,
          actorId,
          kind,
          fromRole: current.role,
          organisationId: current.organisationId,
        },
      });
      await this.recordChange(tx, current, actorId, 'participation.left', { role: current.role });
      await tx.practiceParticipant.updateMany({
        where: { userId, leftAt: null, practice: { atelierId } },
        data: { leftAt: new Date() },
      });
      await tx.joinRequest.updateMany({
        where: { atelierId, userId, isOpen: true, kind: 'REQUEST' },
        data: { status: 'WITHDRAWN', isOpen: null, decidedById: actorId, decidedAt: new Date() },
      });
    });
  }

  private async recordChange(
    tx: Tx,
    participation: Participation,
    actorId: string,
    action: string,
    details: Record<string, string>,
  ): Promise<void> {
    const atelier = await tx.atelier.findUniqueOrThrow({
      where: { id: participation.atelierId },
      select: { workshopId: true },
    });
    await this.audit.record(
      {
        workshopId: atelier.workshopId,
        actorId,
        personId: participation.userId,
        action,
        targetType: 'Participation',
        targetId: participation.id,
        details,
      },
      tx,
    );
  }

  /** The arena or tribune of an atelier, for those who may see who takes part. */
  list(
    loaders: Loaders,
    viewer: MaybeViewer,
    atelierId: string,
    role: ParticipationRole,
    args: ConnectionArgs,
  ): Promise<ConnectionPage<Participation>> {
    const readAhead = args.after
      ? undefined
      : loaders.recall<PageReadAhead<Participation>>(
          'participation.atelierPage',
          readAheadKey(atelierId, role, args),
        );
    const where = {
      atelierId,
      role,
      status: 'ACTIVE' as const,
      atelier: ateliersReadableAt(viewer, 'TRIBUNE'),
    };
    return paginate<Participation>({
      args,
      sortField: 'joinedAt',
      sortKind: 'date',
      direction: 'asc',
      load: ({ after, orderBy, take }) =>
        this.prisma.participation.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.participation.count({ where }),
      readAhead,
    });
  }

  /**
   * Hands `list` the first page of an atelier's arena or tribune read ahead with the atelier's page
   * (AtelierPageService): `first + 1` participations in its order, under the same rule, and the count if asked.
   */
  primeAtelierList(
    loaders: Loaders,
    atelierId: string,
    role: ParticipationRole,
    args: ConnectionArgs,
    page: PageReadAhead<Participation>,
  ): void {
    if (!args.after) loaders.remember('participation.atelierPage', readAheadKey(atelierId, role, args), page);
  }

  /** Hands `mine` the reader's participation, read with the atelier and their role (AccessService). */
  primeMine(
    loaders: Loaders,
    viewer: MaybeViewer,
    atelierId: string,
    participation: Participation | null,
  ): void {
    if (viewer) this.mineLoader(loaders, viewer).prime(atelierId, participation);
  }

  /** The viewer's own participation in an atelier, batched over a page of ateliers. */
  mine(loaders: Loaders, viewer: MaybeViewer, atelierId: string): Loaded<Participation | null> {
    if (!viewer) return null;
    return this.mineLoader(loaders, viewer).value(atelierId);
  }

  private mineLoader(loaders: Loaders, viewer: NonNullable<MaybeViewer>) {
    return loaders.get<string, Participation | null>('participation.mine', async (ids) =>
      byKey(
        ids,
        await this.prisma.participation.findMany({
          where: { atelierId: { in: [...ids] }, userId: viewer.userId, status: 'ACTIVE' },
        }),
        (r) => r.atelierId,
      ),
    );
  }

  /** A participation's history, oldest first: only for the person it is about (empty for anyone else). */
  history(loaders: Loaders, viewer: MaybeViewer, participationId: string): Loaded<ParticipationChange[]> {
    return loaders
      .get<string, ParticipationChange[]>('participation.history', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.participationChange.findMany({
            where: { AND: [{ participationId: { in: [...ids] } }, ownParticipationChanges(viewer)] },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          }),
          (r) => r.participationId,
        ),
      )
      .value(participationId);
  }

  /**
   * The signed-in person's own history in an atelier, newest first, also after they left or were removed;
   * empty for a visitor and for someone who never took part.
   */
  myHistory(loaders: Loaders, viewer: MaybeViewer, atelierId: string): Loaded<ParticipationChange[]> {
    if (!viewer) return [];
    return loaders
      .get<string, (ParticipationChange & { participation: { atelierId: string } })[]>(
        'participation.myHistory',
        async (ids) =>
          groupByKey(
            ids,
            await this.prisma.participationChange.findMany({
              where: {
                AND: [{ participation: { atelierId: { in: [...ids] } } }, ownParticipationChanges(viewer)],
              },
              include: { participation: { select: { atelierId: true } } },
              orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            }),
            (r) => r.participation.atelierId,
          ),
      )
      .value(atelierId);
  }
}

function readAheadKey(atelierId: string, role: ParticipationRole, args: ConnectionArgs): string {
  return JSON.stringify([atelierId, role, args.first ?? null]);
}
