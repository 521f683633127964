import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import { Prisma, type Membership, type Organisation } from '../generated/prisma/client.js';
import { OrganisationKind } from '../generated/prisma/enums.js';
import { AuditService } from '../common/audit/audit.service.js';
import {
  membershipsDecidableBy,
  readableMemberships,
  requireMembershipAdmin,
  requireNotOwnMembership,
  requireViewer,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/graphql/app-error.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { byKey, groupByKey, type Loaded, type Loaders } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { fromGlobalId, toGlobalId } from '../common/graphql/relay.js';
import { validate } from '../common/graphql/validate.js';
import { NotificationService } from '../notification/notification.service.js';
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

const proposalSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, { message: 'needs at least 2 characters' })
    .max(120, { message: 'may have at most 120 characters' }),
  kind: z.enum(OrganisationKind),
  municipalityId: z.string().nullish(),
  workshopId: z.string(),
});

/** An organisation a person proposes, its ids decoded. */
export interface Proposal {
  name: string;
  kind: OrganisationKind;
  municipalityId: string | null;
  workshopId: string;
}

/** Checks a proposed organisation's fields (`field` names the input, e.g. `input.proposedOrganisation`). */
export function parseProposal(input: unknown, field: string): Proposal {
  const data = validate(proposalSchema, input, field);
  return {
    name: data.name,
    kind: data.kind,
    municipalityId: data.municipalityId
      ? fromGlobalId('Municipality', data.municipalityId, `${field}.municipalityId`)
      : null,
    workshopId: fromGlobalId('Workshop', data.workshopId, `${field}.workshopId`),
  };
}

/** Proposing one that is listed already: choose that one instead (its id in `organisationId`). */
export class OrganisationListedError extends ConflictError {
  constructor(field: string, organisationId: string) {
    super('This organisation is in the list already: choose it there', {
      field: `${field}.name`,
      reason: 'ORGANISATION_LISTED',
      organisationId: toGlobalId('Organisation', organisationId),
    });
  }
}

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
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Membership', (id, viewer) =>
      this.prisma.membership.findFirst({ where: { AND: [{ id }, readableMemberships(viewer)] } }),
    );
  }

  /**
   * A person says they belong to an organisation (at sign-up, or later): a listed one, or one they propose, which
   * stays unlisted until a beheerder of its werkplaats confirms a membership of it.
   */
  async request(
    viewer: MaybeViewer,
    organisationId: string | null,
    proposal: Proposal | null,
    fn: string | null | undefined,
  ): Promise<Membership> {
    const v = requireViewer(viewer);
    const text = validate(functionText, fn, 'function');
    try {
      return await this.prisma.$transaction((tx) =>
        proposal
          ? this.proposeIn(tx, v.userId, proposal, text, 'proposedOrganisation')
          : this.requestIn(tx, v.userId, organisationId ?? '', text),
      );
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
    // Only a listed one is chosen by id: a proposal waiting for a beheerder is no one else's to find.
    const organisation = await tx.organisation.findFirst({
      where: { id: organisationId, status: 'LISTED' },
      select: { id: true, workshopId: true },
    });
    if (!organisation) throw new BadInputError('organisationId', 'No such organisation', 'unknown');
    return this.createRequest(tx, userId, organisation, fn);
  }

  /**
   * Checks a proposal against the werkplaats (which must exist, with the gemeente in its werkgebied) and its
   * list: a listed organisation of the same name (whatever its capitals) is refused, so the person chooses that
   * one. Returns the unlisted one of that name, if someone proposed it already. Asks nothing about the person,
   * so that sign-up refuses the same for a known address and a new one.
   */
  async checkProposal(tx: Tx, proposal: Proposal, field: string): Promise<Organisation | null> {
    const workshop = await tx.workshop.findUnique({
      where: { id: proposal.workshopId },
      select: { id: true },
    });
    if (!workshop) throw new BadInputError(`${field}.workshopId`, 'No such werkplaats', 'unknown');
    if (proposal.municipalityId) {
      const municipality = await tx.municipality.findFirst({
        where: { id: proposal.municipalityId, workshopId: proposal.workshopId },
        select: { id: true },
      });
      if (!municipality) {
        throw new BadInputError(
          `${field}.municipalityId`,
          'This gemeente is not of that werkplaats',
          'notAllowed',
        );
      }
    }
    const same = await tx.organisation.findFirst({
      where: { workshopId: proposal.workshopId, name: { equals: proposal.name, mode: 'insensitive' } },
      orderBy: { createdAt: 'asc' },
    });
    if (same?.status === 'LISTED') throw new OrganisationListedError(field, same.id);
    return same;
  }

  /**
   * Proposes an organisation and asks to belong to it, inside a transaction of the caller. Someone else's
   * unlisted proposal of the same name is joined (a declined one is proposed again), not doubled.
   */
  async proposeIn(
    tx: Tx,
    userId: string,
    proposal: Proposal,
    fn: string | null,
    field: string,
  ): Promise<Membership> {
    const same = await this.checkProposal(tx, proposal, field);
    let organisation: { id: string; workshopId: string };
    if (same) {
      if (same.status === 'DECLINED') {
        await tx.organisation.update({ where: { id: same.id }, data: { status: 'PROPOSED' } });
      }
      organisation = same;
    } else {
      // Two people proposing the same name at once make one organisation.
      await tx.organisation.createMany({
        data: [
          {
            workshopId: proposal.workshopId,
            name: proposal.name,
            kind: proposal.kind,
            municipalityId: proposal.municipalityId,
            status: 'PROPOSED',
          },
        ],
        skipDuplicates: true,
      });
      organisation = await tx.organisation.findUniqueOrThrow({
        where: { workshopId_name: { workshopId: proposal.workshopId, name: proposal.name } },
        select: { id: true, workshopId: true },
      });
    }
    if (!same || same.status === 'DECLINED') {
      await this.audit.record(
        {
          workshopId: organisation.workshopId,
          actorId: userId,
          personId: userId,
          action: 'organisation.proposed',
          targetType: 'Organisation',
          targetId: organisation.id,
          details: { name: proposal.name, kind: proposal.kind },
        },
        tx,
      );
    }
    return this.createRequest(tx, userId, organisation, fn);
  }

  /** The request itself, and telling those who decide on it. */
  private async createRequest(
    tx: Tx,
    userId: string,
    organisation: { id: string; workshopId: string },
    fn: string | null,
  ): Promise<Membership> {
    const organisationId = organisation.id;
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
      await this.notifications.create(
        tx,
        others.map((recipient) => ({
          userId: recipient,
          kind: 'MEMBERSHIP_REQUESTED' as const,
          membershipId: membership.id,
          actorId: userId,
        })),
      );
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
      include: { organisation: { select: { workshopId: true, status: true } } },
    });
    if (!membership) throw new NotFoundError('Membership');
    const decidable = await this.prisma.membership.count({
      where: { AND: [{ id: membershipId }, membershipsDecidableBy(v)] },
    });
    if (decidable === 0) {
      throw new ForbiddenError('Only a beheerder or the organisation’s contact decides on its memberships');
    }
    requireNotOwnMembership(v, membership);
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
      await this.settleProposal(tx, v.userId, membership.organisationId, membership.organisation, confirm);
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
      await this.notifications.create(tx, [
        {
          userId: membership.userId,
          kind: 'MEMBERSHIP_DECIDED',
          membershipId,
          actorId: v.userId,
          note: text,
        },
      ]);
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

  /**
   * An organisation someone proposed is listed when a beheerder confirms a membership of it; declined, it leaves
   * the running once no one asks to belong to it any more.
   */
  private async settleProposal(
    tx: Tx,
    actorId: string,
    organisationId: string,
    organisation: { workshopId: string; status: Organisation['status'] },
    confirmed: boolean,
  ): Promise<void> {
    if (organisation.status === 'LISTED') return;
    if (!confirmed) {
      const asking = await tx.membership.count({
        where: { organisationId, status: { in: ['REQUESTED', 'CONFIRMED'] } },
      });
      if (asking > 0 || organisation.status === 'DECLINED') return;
    }
    const { count } = await tx.organisation.updateMany({
      where: { id: organisationId, status: { not: 'LISTED' } },
      data: { status: confirmed ? 'LISTED' : 'DECLINED' },
    });
    if (count === 0) return;
    await this.audit.record(
      {
        workshopId: organisation.workshopId,
        actorId,
        action: confirmed ? 'organisation.listed' : 'organisation.declined',
        targetType: 'Organisation',
        targetId: organisationId,
      },
      tx,
    );
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
      throw new BadInputError(
        'membershipId',
        'Only a confirmed member can be the organisation’s contact',
        'notConfirmed',
      );
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

  /** An organisation's memberships that the viewer may read (confirmed ones; all, for who decides), batched. */
  ofOrganisation(loaders: Loaders, viewer: MaybeViewer, organisationId: string): Loaded<Membership[]> {
    return loaders
      .get<string, Membership[]>('membership.ofOrganisation', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.membership.findMany({
            where: { AND: [{ organisationId: { in: [...ids] } }, readableMemberships(viewer)] },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          }),
          (r) => r.organisationId,
        ),
      )
      .value(organisationId);
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
      throw new BadInputError(
        'organisationId',
        'You can only take part on behalf of your own organisation',
        'notAllowed',
      );
    }
    if (membership.status !== 'CONFIRMED') {
      throw new BadInputError(
        'organisationId',
        'Your membership of this organisation is not confirmed yet: take part as yourself meanwhile',
        'notConfirmed',
      );
    }
  }
}
