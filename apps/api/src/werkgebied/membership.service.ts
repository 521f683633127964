import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import { Prisma, type Membership } from '../generated/prisma/client.js';
import { AuditService } from '../common/audit/audit.service.js';
import {
  membershipsDecidableBy,
  readableMemberships,
  requireMembershipAdmin,
  requireViewer,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/graphql/app-error.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { byKey, groupByKey, type Loaded, type Loaders } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';

const functionText = z
  .string()
  .trim()
  .max(120, { message: 'may have at most 120 characters' })
  .nullish()
  .transform((value) => (value ? value : null));

const noteText = z
  .string()
  .trim()
  .max(1000, { message: 'may have at most 1,000 characters' })
  .nullish()
  .transform((value) => (value ? value : null));

/**
 * Belonging to a partner organisation. Saying so makes a request; a beheerder of the organisation's werkplaats
 * or the organisation's confirmed contact confirms or declines it. Only a confirmed membership lets a person take
 * part on the organisation's behalf (and so show it in the network picture); until then they act as themself.
 */
@Injectable()
export class MembershipService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Membership', (id, viewer) =>
      this.prisma.membership.findFirst({ where: { AND: [{ id }, readableMemberships(viewer)] } }),
    );
  }

  /** A person says they belong to an organisation (at sign-up, or later). */
  async request(
    viewer: MaybeViewer,
    organisationId: string,
    fn: string | null | undefined,
  ): Promise<Membership> {
    const v = requireViewer(viewer);
    const text = validate(functionText, fn, 'function');
    try {
      return await this.prisma.$transaction((tx) => this.requestIn(tx, v.userId, organisationId, text));
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new ConflictError('You said you belong to this organisation already', {
          field: 'organisationId',
        });
      }
      throw error;
    }
  }

  /**
   * Makes the request inside a transaction of the caller (sign-up makes the account and its request together)
   * and tells those who decide on it.
   */
  async requestIn(tx: Tx, userId: string, organisationId: string, fn: string | null): Promise<Membership> {
    const organisation = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { id: true, workshopId: true },
    });
    if (!organisation) throw new BadInputError('organisationId', 'No such organisation');
    const membership = await tx.membership.create({ data: { userId, organisationId, function: fn } });
    const deciders = await tx.user.findMany({
      where: {
        erasedAt: null,
        OR: [
          { roles: { some: { workshopId: organisation.workshopId, role: 'ADMIN' } } },
          { memberships: { some: { organisationId, status: 'CONFIRMED', isContact: true } } },
        ],
      },
      select: { id: true },
    });
    const others = deciders.map((d) => d.id).filter((id) => id !== userId);
    if (others.length > 0) {
      await tx.notification.createMany({
        data: others.map((recipient) => ({
          userId: recipient,
          kind: 'MEMBERSHIP_REQUESTED' as const,
          membershipId: membership.id,
          actorId: userId,
        })),
      });
    }
    await this.audit.record(
      {
        workshopId: organisation.workshopId,
        actorId: userId,
        personId: userId,
        action: 'membership.requested',
        targetType: 'Membership',
        targetId: membership.id,
        details: { organisationId },
      },
      tx,
    );
    return membership;
  }

  /** Confirms or declines a request; a declined person no longer takes part on the organisation's behalf. */
  async decide(
    viewer: MaybeViewer,
    membershipId: string,
    confirm: boolean,
    note: string | null | undefined,
  ): Promise<Membership> {
    const v = requireViewer(viewer);
    const text = validate(noteText, note, 'note');
    const membership = await this.prisma.membership.findFirst({
      where: { AND: [{ id: membershipId }, readableMemberships(v)] },
      include: { organisation: { select: { workshopId: true } } },
    });
    if (!membership) throw new NotFoundError('Membership');
    const decidable = await this.prisma.membership.count({
      where: { AND: [{ id: membershipId }, membershipsDecidableBy(v)] },
    });
    if (decidable === 0) {
      throw new ForbiddenError('Only a beheerder or the organisation’s contact decides on its memberships');
    }
    if (membership.userId === v.userId) throw new ForbiddenError('You do not decide on your own membership');
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.membership.updateMany({
        where: { id: membershipId, status: membership.status },
        data: {
          status: confirm ? 'CONFIRMED' : 'DECLINED',
          decidedById: v.userId,
          decidedAt: new Date(),
          ...(confirm ? {} : { isContact: false }),
        },
      });
      if (count === 0) throw new ConflictError('Someone decided on this membership in the meantime');
      if (!confirm) {
        // On whose behalf they take part, or asked to: themself from now on.
        await tx.participation.updateMany({
          where: { userId: membership.userId, organisationId: membership.organisationId },
          data: { organisationId: null },
        });
        await tx.joinRequest.updateMany({
          where: { userId: membership.userId, organisationId: membership.organisationId, isOpen: true },
          data: { organisationId: null },
        });
      }
      await tx.notification.create({
        data: {
          userId: membership.userId,
          kind: 'MEMBERSHIP_DECIDED',
          membershipId,
          actorId: v.userId,
          note: text,
        },
      });
      await this.audit.record(
        {
          workshopId: membership.organisation.workshopId,
          actorId: v.userId,
          personId: membership.userId,
          action: confirm ? 'membership.confirmed' : 'membership.declined',
          targetType: 'Membership',
          targetId: membershipId,
          details: { userId: membership.userId, organisationId: membership.organisationId },
        },
        tx,
      );
      return tx.membership.findUniqueOrThrow({ where: { id: membershipId } });
    });
  }

  /** A beheerder makes a confirmed member the organisation's contact (or no longer). */
  async setContact(viewer: MaybeViewer, membershipId: string, isContact: boolean): Promise<Membership> {
    const membership = await this.prisma.membership.findFirst({
      where: { AND: [{ id: membershipId }, readableMemberships(viewer)] },
      include: { organisation: { select: { workshopId: true } } },
    });
    if (!membership) throw new NotFoundError('Membership');
    const v = requireMembershipAdmin(viewer, membership.organisation);
    if (isContact && membership.status !== 'CONFIRMED') {
      throw new BadInputError('membershipId', 'Only a confirmed member can be the organisation’s contact');
    }
    const updated = await this.prisma.membership.update({ where: { id: membershipId }, data: { isContact } });
    await this.audit.record({
      workshopId: membership.organisation.workshopId,
      actorId: v.userId,
      personId: membership.userId,
      action: isContact ? 'membership.contact-made' : 'membership.contact-ended',
      targetType: 'Membership',
      targetId: membershipId,
      details: { userId: membership.userId, organisationId: membership.organisationId },
    });
    return updated;
  }

  /** The requests the viewer may decide on (of one werkplaats' organisations, if named), oldest first. */
  requests(
    viewer: MaybeViewer,
    args: ConnectionArgs,
    onlyWorkshopId: string | null,
  ): Promise<ConnectionPage<Membership>> {
    const v = requireViewer(viewer);
    const where: Prisma.MembershipWhereInput = {
      AND: [
        { status: 'REQUESTED' },
        membershipsDecidableBy(v),
        ...(onlyWorkshopId ? [{ organisation: { workshopId: onlyWorkshopId } }] : []),
      ],
    };
    return paginate<Membership>({
      args,
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'asc',
      load: ({ after, orderBy, take }) =>
        this.prisma.membership.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.membership.count({ where }),
    });
  }

  /** A person's memberships that the viewer may read (confirmed ones, and all of their own). */
  ofUser(loaders: Loaders, viewer: MaybeViewer, userId: string): Loaded<Membership[]> {
    return loaders
      .get<string, Membership[]>('membership.ofUser', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.membership.findMany({
            where: { AND: [{ userId: { in: [...ids] } }, readableMemberships(viewer)] },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          }),
          (r) => r.userId,
        ),
      )
      .value(userId);
  }

  /** A membership by id, if the reader may read it (a notification's), batched per request. */
  load(loaders: Loaders, viewer: MaybeViewer, id: string): Loaded<Membership | null> {
    return loaders
      .get<string, Membership | null>('membership.byId', async (ids) =>
        byKey(
          ids,
          await this.prisma.membership.findMany({
            where: { AND: [{ id: { in: [...ids] } }, readableMemberships(viewer)] },
          }),
          (r) => r.id,
        ),
      )
      .value(id);
  }

  /** Whether the person may take part on the organisation's behalf: a confirmed membership. */
  async requireConfirmed(userId: string, organisationId: string): Promise<void> {
    const membership = await this.prisma.membership.findUnique({
      where: { userId_organisationId: { userId, organisationId } },
    });
    if (!membership) {
      throw new BadInputError('organisationId', 'You can only take part on behalf of your own organisation');
    }
    if (membership.status !== 'CONFIRMED') {
      throw new BadInputError(
        'organisationId',
        'Your membership of this organisation is not confirmed yet: take part as yourself meanwhile',
      );
    }
  }
}
