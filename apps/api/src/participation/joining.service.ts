import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type {
  AtelierJoinMode,
  Atelier,
  JoinRequest,
  Participation,
  ParticipationRole,
} from '../generated/prisma/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { AuditService } from '../common/audit/audit.service.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  joiningWay,
  leadsAtelierAs,
  readableJoinRequests,
  requireAtelierLead,
  requireJoining,
  requireInvitee,
  requireMayRequest,
  requireViewer,
  requireConfirmedEmail,
  JoiningRefusedError,
  type JoiningWay,
} from '../common/authz/policy.js';
import type { MaybeViewer, Viewer } from '../common/authz/viewer.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/graphql/app-error.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { byKey, type Loaded, type Loaders } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService, afterCommit, type Tx } from '../common/prisma/prisma.service.js';
import { LiveEvents } from '../live/live-events.js';
import { NotificationService } from '../notification/notification.service.js';
import { MembershipService } from '../werkgebied/membership.service.js';

/** What a person or a trekker may write with a request, an invitation, a decision or a removal. */
const note = z
  .string()
  .trim()
  .max(1000, { message: 'may have at most 1,000 characters' })
  .nullish()
  .transform((value) => (value ? value : null));

/** What one person is and has in one atelier, as the joining rule needs it. */
interface JoiningFacts {
  atelier: Pick<Atelier, 'id' | 'workshopId' | 'trekkerId' | 'joinMode'>;
  participation: Participation | null;
  /** Their open request or invitation, if any (at most one). */
  open: JoinRequest | null;
  leads: boolean;
}

function wayOf(facts: JoiningFacts, role: ParticipationRole): JoiningWay {
  return joiningWay({
    mode: facts.atelier.joinMode,
    role,
    status: facts.participation?.status ?? null,
    invitedAs: facts.open?.kind === 'INVITATION' ? facts.open.role : null,
    leads: facts.leads,
  });
}

/**
 * Getting into an atelier: joining as its mode allows (the policy's `joiningWay`), asking the trekker, being
 * invited, the decisions on both, and removal, which holds until the trekker lets the person back. Every step
 * is in the participation's history and the audit log, and the people it concerns are told.
 */
@Injectable()
export class JoiningService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly nodes: NodeRegistry,
    private readonly notifications: NotificationService,
    private readonly memberships: MembershipService,
    private readonly live: LiveEvents,
  ) {}

  onModuleInit(): void {
    this.nodes.register('JoinRequest', (id, viewer) =>
      this.prisma.joinRequest.findFirst({ where: { AND: [{ id }, readableJoinRequests(viewer)] } }),
    );
  }

  /** Joins directly, or accepts the invitation one has; refused (with the way that is open) otherwise. */
  async join(
    viewer: MaybeViewer,
    atelierId: string,
    role: ParticipationRole,
    organisationId: string | null,
  ): Promise<Participation> {
    const v = requireViewer(viewer);
    if (organisationId) await this.memberships.requireConfirmed(v.userId, organisationId);
    return this.prisma.$transaction(async (tx) => {
      const facts = await this.facts(tx, v, atelierId);
      if (facts.atelier.trekkerId === v.userId)
        throw new ConflictError('You lead this atelier: you need not join it');
      if (facts.participation?.status === 'ACTIVE') {
        throw new ConflictError('You take part in this atelier already; switch your role instead');
      }
      const way = wayOf(facts, role);
      requireJoining(way);
      if (way === 'ACCEPT_INVITATION' && facts.open) {
        return this.accept(tx, facts, facts.open, v.userId, organisationId);
      }
      if (role === 'ARENA' && !facts.leads) await this.requireConfirmed(tx, v.userId);
      return this.activate(tx, { atelierId, userId: v.userId, role, organisationId, actorId: v.userId });
    });
  }

  /** Moves between the arena and the tribune; into the arena only as its mode allows. */
  async switchRole(viewer: MaybeViewer, atelierId: string, role: ParticipationRole): Promise<Participation> {
    const v = requireViewer(viewer);
    return this.prisma.$transaction(async (tx) => {
      const facts = await this.facts(tx, v, atelierId);
      const current = facts.participation;
      if (!current || current.status !== 'ACTIVE') throw new NotFoundError('Participation');
      if (current.role === role) return current;
      const way = wayOf(facts, role);
      requireJoining(way);
      if (way === 'ACCEPT_INVITATION' && facts.open) {
        return this.accept(tx, facts, facts.open, v.userId, current.organisationId);
      }
      if (role === 'ARENA' && !facts.leads) await this.requireConfirmed(tx, v.userId);
      return this.activate(tx, {
        atelierId,
        userId: v.userId,
        role,
        organisationId: current.organisationId,
        actorId: v.userId,
      });
    });
  }

  /** Asks the trekker to be let in (an arena on request), or back (after a removal). */
  async requestToJoin(
    viewer: MaybeViewer,
    atelierId: string,
    role: ParticipationRole,
    organisationId: string | null,
    message: string | null | undefined,
  ): Promise<JoinRequest> {
    const v = requireViewer(viewer);
    const text = validate(note, message, 'message');
    if (organisationId) await this.memberships.requireConfirmed(v.userId, organisationId);
    return this.uniquely(() =>
      this.prisma.$transaction(async (tx) => {
        const facts = await this.facts(tx, v, atelierId);
        if (facts.participation?.status === 'ACTIVE' && facts.participation.role === role) {
          throw new ConflictError('You take part in this atelier in that role already');
        }
        this.refuseWhileOpen(facts.open, 'you');
        requireMayRequest(wayOf(facts, role));
        await this.requireConfirmed(tx, v.userId);
        const request = await tx.joinRequest.create({
          data: {
            atelierId,
            userId: v.userId,
            role,
            organisationId,
            kind: 'REQUEST',
            message: text,
            createdById: v.userId,
          },
        });
        this.added(tx, request);
        await this.notifications.notify(
          tx,
          [facts.atelier.trekkerId],
          'JOIN_REQUESTED',
          { atelierId, joinRequestId: request.id },
          { actorId: v.userId, note: text },
        );
        await this.record(tx, facts, v.userId, 'join-request.made', request, { role });
        return request;
      }),
    );
  }

  /** The trekker (or the commissie) invites a person: into the arena, or back after a removal. */
  async invite(
    viewer: MaybeViewer,
    atelierId: string,
    userId: string,
    role: ParticipationRole,
    message: string | null | undefined,
  ): Promise<JoinRequest> {
    const v = requireViewer(viewer);
    requireAtelierLead(await this.access.atelierRole(v, atelierId));
    const text = validate(note, message, 'message');
    const person = await this.prisma.user.findUnique({ where: { id: userId }, select: { erasedAt: true } });
    if (!person || person.erasedAt) throw new NotFoundError('User');
    return this.uniquely(() =>
      this.prisma.$transaction((tx) => this.inviteIn(tx, v.userId, atelierId, userId, role, text, 'userId')),
    );
  }

  /**
   * The in-app invitation, in the caller's transaction (an invitation by e-mail to an address with an account makes
   * it too): refused when the person takes part in that role already or has something open. The caller has checked
   * that the actor leads the atelier.
   */
  async inviteIn(
    tx: Tx,
    actorId: string,
    atelierId: string,
    userId: string,
    role: ParticipationRole,
    text: string | null,
    field: string,
  ): Promise<JoinRequest> {
    const facts = await this.facts(tx, { userId }, atelierId);
    if (facts.participation?.status === 'ACTIVE' && facts.participation.role === role) {
      throw new ConflictError('They take part in this atelier in that role already', {
        field,
        reason: 'TAKES_PART',
      });
    }
    this.refuseWhileOpen(facts.open, 'they');
    const invitation = await tx.joinRequest.create({
      data: { atelierId, userId, role, kind: 'INVITATION', message: text, createdById: actorId },
    });
    this.added(tx, invitation);
    await this.notifications.notify(
      tx,
      [userId],
      'INVITED',
      { atelierId, joinRequestId: invitation.id },
      { actorId, note: text },
    );
    await this.record(tx, facts, actorId, 'join-request.invited', invitation, { role });
    return invitation;
  }

  /**
   * Accepts an invitation by link for the person who followed it, in the caller's transaction: the in-app invitation
   * it made (an address with an account), or one made now in the inviter's name and accepted at once (a new account,
   * or another account of the person), so that the way in, the history, the audit log and the inviter's notification
   * are those of every invitation. What the person had open there is decided with it; a removal holds.
   */
  async acceptByLinkIn(
    tx: Tx,
    link: { atelierId: string; role: ParticipationRole; createdById: string; message: string | null },
    userId: string,
  ): Promise<Participation> {
    const facts = await this.facts(tx, { userId }, link.atelierId);
    if (facts.atelier.trekkerId === userId)
      throw new ConflictError('You lead this atelier: you need not join it');
    if (facts.participation?.status === 'REMOVED' && facts.open?.kind !== 'INVITATION') {
      throw new JoiningRefusedError('REMOVED');
    }
    let open = facts.open;
    // Their own request is moot once they are invited in.
    if (open?.kind === 'REQUEST') {
      await this.close(tx, open, 'WITHDRAWN', userId, null);
      open = null;
    }
    const request =
      open ??
      (await tx.joinRequest.create({
        data: {
          atelierId: link.atelierId,
          userId,
          role: link.role,
          kind: 'INVITATION',
          message: link.message,
          createdById: link.createdById,
        },
      }));
    const participation = await this.accept(tx, facts, request, userId, null);
    if (participation.role === link.role) return participation;
    return this.activate(tx, {
      atelierId: link.atelierId,
      userId,
      role: link.role,
      organisationId: participation.organisationId,
      actorId: userId,
    });
  }

  /**
   * Accepts or declines: a request is decided by those who lead the atelier, an invitation by the person
   * invited. Accepting lets the person in, in the role asked.
   */
  async decide(
    viewer: MaybeViewer,
    requestId: string,
    accept: boolean,
    decisionNote: string | null | undefined,
  ): Promise<JoinRequest> {
    const v = requireViewer(viewer);
    const text = validate(note, decisionNote, 'note');
    const request = await this.prisma.joinRequest.findFirst({
      where: { AND: [{ id: requestId }, readableJoinRequests(v)] },
    });
    if (!request) throw new NotFoundError('JoinRequest');
    if (request.kind === 'REQUEST') requireAtelierLead(await this.access.atelierRole(v, request.atelierId));
    else requireInvitee(v, request);
    return this.prisma.$transaction(async (tx) => {
      const facts = await this.facts(tx, { userId: request.userId }, request.atelierId);
      await this.decideIn(tx, facts, request, v.userId, accept, text, request.organisationId);
      return tx.joinRequest.findUniqueOrThrow({ where: { id: request.id } });
    });
  }

  /** The person takes back their request, or the trekker their invitation, while it is open. */
  async withdraw(viewer: MaybeViewer, requestId: string): Promise<boolean> {
    const v = requireViewer(viewer);
    const request = await this.prisma.joinRequest.findFirst({
      where: { AND: [{ id: requestId }, readableJoinRequests(v)] },
    });
    if (!request) throw new NotFoundError('JoinRequest');
    const mayWithdraw =
      request.createdById === v.userId ||
      (request.kind === 'INVITATION' && (await this.leads(v, request.atelierId)));
    if (!mayWithdraw) throw new ForbiddenError('Only whoever made it takes it back');
    await this.prisma.$transaction(async (tx) => {
      await this.close(tx, request, 'WITHDRAWN', v.userId, null);
      const facts = await this.facts(tx, { userId: request.userId }, request.atelierId);
      await this.record(tx, facts, v.userId, 'join-request.withdrawn', request, {});
    });
    return true;
  }

  /**
   * The trekker (or the commissie) removes someone from the atelier. The removal holds: the person cannot join
   * again (arena or tribune) until the trekker lets them back, and is told, with the reason if one was given.
   * Says whom it removed from which atelier (what the write touched, for the response cache).
   */
  async remove(
    viewer: MaybeViewer,
    participationId: string,
    reason: string | null | undefined,
  ): Promise<{ userId: string; atelierId: string }> {
    const v = requireViewer(viewer);
    const text = validate(note, reason, 'reason');
    const target = await this.prisma.participation.findUnique({ where: { id: participationId } });
    if (!target) throw new NotFoundError('Participation');
    requireAtelierLead(await this.access.atelierRole(v, target.atelierId));
    await this.prisma.$transaction(async (tx) => {
      const facts = await this.facts(tx, { userId: target.userId }, target.atelierId);
      const current = facts.participation;
      if (!current || current.status !== 'ACTIVE') throw new NotFoundError('Participation');
      await tx.participation.update({ where: { id: current.id }, data: { status: 'REMOVED' } });
      await tx.participationChange.create({
        data: {
          participationId: current.id,
          actorId: v.userId,
          kind: 'REMOVED',
          fromRole: current.role,
          note: text,
          organisationId: current.organisationId,
        },
      });
      // Taking part in the atelier's practices ends with it, and what they had asked is moot.
      await tx.practiceParticipant.updateMany({
        where: { userId: target.userId, leftAt: null, practice: { atelierId: target.atelierId } },
        data: { leftAt: new Date() },
      });
      if (facts.open) await this.close(tx, facts.open, 'DECLINED', v.userId, text);
      await this.notifications.notify(
        tx,
        [target.userId],
        'PARTICIPANT_REMOVED',
        { atelierId: target.atelierId },
        { actorId: v.userId, note: text },
      );
      await this.audit.record(
        {
          workshopId: facts.atelier.workshopId,
          actorId: v.userId,
          personId: target.userId,
          action: 'participation.removed',
          targetType: 'Participation',
          targetId: current.id,
          details: { role: current.role, ...(text ? { reason: text } : {}) },
        },
        tx,
      );
    });
    return { userId: target.userId, atelierId: target.atelierId };
  }

  /** The trekker (or the commissie) sets who may join the arena. */
  async setJoinMode(viewer: MaybeViewer, atelierId: string, mode: AtelierJoinMode): Promise<Atelier> {
    const v = requireViewer(viewer);
    const role = await this.access.atelierRole(v, atelierId);
    requireAtelierLead(role);
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.atelier.findUniqueOrThrow({
        where: { id: atelierId },
        select: { joinMode: true },
      });
      const atelier = await tx.atelier.update({ where: { id: atelierId }, data: { joinMode: mode } });
      await this.audit.record(
        {
          workshopId: role.workshopId,
          actorId: v.userId,
          action: 'atelier.join-mode',
          targetType: 'Atelier',
          targetId: atelierId,
          details: { from: before.joinMode, to: mode },
        },
        tx,
      );
      return atelier;
    });
  }

  /** How the reader may join an atelier, per role (null for a visitor). */
  async joiningWays(
    loaders: Loaders,
    viewer: MaybeViewer,
    atelier: Atelier,
  ): Promise<{ arena: JoiningWay; tribune: JoiningWay } | null> {
    if (!viewer) return null;
    const [participation, open] = await Promise.all([
      this.anyParticipation(loaders, viewer, atelier.id),
      this.myOpen(loaders, viewer, atelier.id),
    ]);
    const facts: JoiningFacts = {
      atelier,
      participation,
      open,
      leads: leadsAtelierAs(viewer, atelier),
    };
    return { arena: wayOf(facts, 'ARENA'), tribune: wayOf(facts, 'TRIBUNE') };
  }

  /** The reader's open request or invitation in an atelier, batched over a page of ateliers. */
  myOpen(loaders: Loaders, viewer: MaybeViewer, atelierId: string): Loaded<JoinRequest | null> {
    if (!viewer) return null;
    return loaders
      .get<string, JoinRequest | null>('joining.mine', async (ids) =>
        byKey(
          ids,
          await this.prisma.joinRequest.findMany({
            where: { atelierId: { in: [...ids] }, userId: viewer.userId, isOpen: true },
          }),
          (r) => r.atelierId,
        ),
      )
      .value(atelierId);
  }

  /** Once committed, a new open request or invitation is told to the sockets of whoever may read it. */
  private added(tx: Tx, request: JoinRequest): void {
    afterCommit(tx, () =>
      this.live.publish({ type: 'joinRequest', id: request.id, atelierId: request.atelierId }),
    );
  }

  /** An open request or invitation, if the viewer may read it (as in the queue: openRequests); null otherwise. */
  openRequest(viewer: MaybeViewer, id: string): Promise<JoinRequest | null> {
    return this.prisma.joinRequest.findFirst({
      where: { AND: [{ id, isOpen: true }, readableJoinRequests(viewer)] },
    });
  }

  /** An atelier's open requests and invitations, oldest first: the trekker's queue (others see their own). */
  openRequests(
    viewer: MaybeViewer,
    atelierId: string,
    args: ConnectionArgs,
  ): Promise<ConnectionPage<JoinRequest>> {
    const where: Prisma.JoinRequestWhereInput = {
      AND: [{ atelierId, isOpen: true }, readableJoinRequests(viewer)],
    };
    return paginate<JoinRequest>({
      args,
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'asc',
      load: ({ after, orderBy, take }) =>
        this.prisma.joinRequest.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.joinRequest.count({ where }),
    });
  }

  /** A request or invitation by id, if the reader may read it (a notification's), batched per request. */
  load(loaders: Loaders, viewer: MaybeViewer, id: string): Loaded<JoinRequest | null> {
    return loaders
      .get<string, JoinRequest | null>('joining.byId', async (ids) =>
        byKey(
          ids,
          await this.prisma.joinRequest.findMany({
            where: { AND: [{ id: { in: [...ids] } }, readableJoinRequests(viewer)] },
          }),
          (r) => r.id,
        ),
      )
      .value(id);
  }

  // ------------------------------------------------------------------------------------------------ internals

  private anyParticipation(
    loaders: Loaders,
    viewer: Viewer,
    atelierId: string,
  ): Loaded<Participation | null> {
    return loaders
      .get<string, Participation | null>('joining.participation', async (ids) =>
        byKey(
          ids,
          await this.prisma.participation.findMany({
            where: { atelierId: { in: [...ids] }, userId: viewer.userId },
          }),
          (r) => r.atelierId,
        ),
      )
      .value(atelierId);
  }

  /** Joining an arena on one's own waits for a confirmed address (the policy's requireConfirmedEmail). */
  private async requireConfirmed(tx: Tx, userId: string): Promise<void> {
    requireConfirmedEmail(
      await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { emailConfirmedAt: true } }),
    );
  }

  private async leads(viewer: Viewer, atelierId: string): Promise<boolean> {
    const role = await this.access.atelierRole(viewer, atelierId);
    return role.isTrekker || role.isCommittee;
  }

  private async facts(
    tx: Tx,
    person: Pick<Viewer, 'userId'> & Partial<Viewer>,
    atelierId: string,
  ): Promise<JoiningFacts> {
    const atelier = await tx.atelier.findUnique({
      where: { id: atelierId },
      select: { id: true, workshopId: true, trekkerId: true, joinMode: true },
    });
    if (!atelier) throw new NotFoundError('Atelier');
    const [participation, open] = await Promise.all([
      tx.participation.findUnique({ where: { atelierId_userId: { atelierId, userId: person.userId } } }),
      tx.joinRequest.findFirst({ where: { atelierId, userId: person.userId, isOpen: true } }),
    ]);
    const leads = leadsAtelierAs(person, atelier);
    return { atelier, participation, open, leads };
  }

  /** Only one open request or invitation per person and atelier: the second one says what is open. */
  private refuseWhileOpen(open: JoinRequest | null, who: 'you' | 'they'): void {
    if (!open) return;
    if (open.kind === 'REQUEST') {
      throw new ConflictError(
        who === 'you'
          ? 'You asked already; the trekker has not decided yet'
          : 'They asked to join already: decide their request instead',
      );
    }
    throw new ConflictError(
      who === 'you' ? 'The trekker invited you: accept the invitation instead' : 'They are invited already',
    );
  }

  /** Accepts an open request or invitation; returns the participation it made. */
  private async accept(
    tx: Tx,
    facts: JoiningFacts,
    request: JoinRequest,
    deciderId: string,
    organisationId: string | null,
  ): Promise<Participation> {
    const participation = await this.decideIn(tx, facts, request, deciderId, true, null, organisationId);
    if (!participation) throw new Error('An accepted request makes a participation');
    return participation;
  }

  /** Closes an open request and, when accepted, lets the person in. Returns their participation, if any. */
  private async decideIn(
    tx: Tx,
    facts: JoiningFacts,
    request: JoinRequest,
    deciderId: string,
    accept: boolean,
    decisionNote: string | null,
    organisationId: string | null,
  ): Promise<Participation | null> {
    await this.close(tx, request, accept ? 'ACCEPTED' : 'DECLINED', deciderId, decisionNote);
    const participation = accept
      ? await this.activate(tx, {
          atelierId: request.atelierId,
          userId: request.userId,
          role: request.role,
          organisationId: organisationId ?? request.organisationId,
          actorId: deciderId,
        })
      : facts.participation;
    const toldWho = request.kind === 'REQUEST' ? request.userId : request.createdById;
    await this.notifications.notify(
      tx,
      [toldWho],
      request.kind === 'REQUEST' ? 'JOIN_REQUEST_DECIDED' : 'INVITATION_DECIDED',
      { atelierId: request.atelierId, joinRequestId: request.id },
      { actorId: deciderId, note: decisionNote },
    );
    await this.record(
      tx,
      facts,
      deciderId,
      accept ? 'join-request.accepted' : 'join-request.declined',
      request,
      {
        role: request.role,
      },
    );
    // A declined invitation or request leaves whatever they had (nothing, the tribune, or a removal) as it was.
    return participation;
  }

  private async close(
    tx: Tx,
    request: JoinRequest,
    status: 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN',
    deciderId: string,
    decisionNote: string | null,
  ): Promise<void> {
    const { count } = await tx.joinRequest.updateMany({
      where: { id: request.id, isOpen: true },
      data: { status, isOpen: null, decidedById: deciderId, decidedAt: new Date(), decisionNote },
    });
    if (count === 0) throw new ConflictError('This was decided already');
    // The invitation by e-mail that made it (if any) closes with it, whichever way it was answered.
    await tx.emailInvitation.updateMany({
      where: { joinRequestId: request.id, isOpen: true },
      data: {
        status,
        isOpen: null,
        closedAt: new Date(),
        acceptedById: status === 'ACCEPTED' ? request.userId : null,
      },
    });
  }

  /** Makes the person an active participant in the role (switching role if they take part already). */
  private async activate(
    tx: Tx,
    p: {
      atelierId: string;
      userId: string;
      role: ParticipationRole;
      organisationId: string | null;
      actorId: string;
    },
  ): Promise<Participation> {
    const existing = await tx.participation.findUnique({
      where: { atelierId_userId: { atelierId: p.atelierId, userId: p.userId } },
    });
    if (existing?.status === 'ACTIVE') {
      if (existing.role === p.role) return existing;
      const switched = await tx.participation.update({ where: { id: existing.id }, data: { role: p.role } });
      await tx.participationChange.create({
        data: {
          participationId: existing.id,
          actorId: p.actorId,
          kind: 'SWITCHED',
          fromRole: existing.role,
          toRole: p.role,
          organisationId: existing.organisationId,
        },
      });
      return switched;
    }
    const participation = existing
      ? await tx.participation.update({
          where: { id: existing.id },
          data: { role: p.role, status: 'ACTIVE', organisationId: p.organisationId, joinedAt: new Date() },
        })
      : await tx.participation.create({
          data: { atelierId: p.atelierId, userId: p.userId, role: p.role, organisationId: p.organisationId },
        });
    await tx.participationChange.create({
      data: {
        participationId: participation.id,
        actorId: p.actorId,
        kind: 'JOINED',
        toRole: p.role,
        organisationId: participation.organisationId,
      },
    });
    return participation;
  }

  private async record(
    tx: Tx,
    facts: JoiningFacts,
    actorId: string,
    action: string,
    request: JoinRequest,
    details: Record<string, string>,
  ): Promise<void> {
    await this.audit.record(
      {
        workshopId: facts.atelier.workshopId,
        actorId,
        personId: request.userId,
        action,
        targetType: 'JoinRequest',
        targetId: request.id,
        details: { userId: request.userId, ...details },
      },
      tx,
    );
  }

  /** Two at once for the same person and atelier: the unique index keeps one, the other is a CONFLICT. */
  private async uniquely<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new ConflictError('Something is open for this person in this atelier already');
      }
      throw error;
    }
  }
}
