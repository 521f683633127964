import { Args, Context, Parent, ID, Mutation, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type {
  Atelier as AtelierRow,
  JoinRequest as JoinRequestRow,
  Notification as NotificationRow,
  Participation as ParticipationRow,
  ParticipationChange as ParticipationChangeRow,
} from '../generated/prisma/client.js';
import { AtelierJoinMode, ParticipationRole } from '../generated/prisma/enums.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import { requireViewer } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import { atelierScope, personScope } from '../common/graphql/content-scopes.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { LiveEvents } from '../live/live-events.js';
import { liveStream } from '../live/live-stream.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { Organisation } from '../werkgebied/models/municipality.model.js';
import { WerkgebiedService } from '../werkgebied/werkgebied.service.js';
import { JoiningService } from './joining.service.js';
import { JoinRequest, JoinRequestConnection, JoiningWays } from './models/join-request.model.js';
import { Participation, ParticipationChange, ParticipationConnection } from './models/participation.model.js';
import { ParticipationService } from './participation.service.js';
import { Notification } from '../notification/models/notification.model.js';

@Resolver(() => Participation)
export class ParticipationResolver {
  constructor(
    private readonly participationService: ParticipationService,
    private readonly joiningService: JoiningService,
    private readonly atelierService: AtelierService,
    private readonly userService: UserService,
    private readonly werkgebiedService: WerkgebiedService,
    private readonly live: LiveEvents,
  ) {}

  @SignedIn()
  @Subscription(() => JoinRequest, {
    description:
      'Each request or invitation as it joins a waiting list you may read (as `Atelier.joinRequests` shows it): all of an atelier’s for its trekker and the commissie, your own for others.',
  })
  joinRequestAdded(
    @Args('atelierId', { type: () => ID, nullable: true, description: 'Only those of this atelier.' })
    atelierId: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    const only = atelierId ? fromGlobalId('Atelier', atelierId, 'atelierId') : null;
    return liveStream(this.live, (event) =>
      event.type === 'joinRequest' && (!only || event.atelierId === only)
        ? this.joiningService.openRequest(viewer, event.id).then((r) => r && { joinRequestAdded: r })
        : null,
    );
  }

  @SignedIn()
  @Mutation(() => Participation, {
    description:
      'Join an atelier in the arena or on the tribune, as its joining mode allows (FORBIDDEN with extensions.reason ON_REQUEST, BY_INVITATION or REMOVED otherwise); accepts an invitation you have.',
  })
  joinAtelier(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @Args('role', { type: () => ParticipationRole }) role: ParticipationRole,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.joiningService.join(
      viewer,
      fromGlobalId('Atelier', atelierId, 'atelierId'),
      role,
      organisationId ? fromGlobalId('Organisation', organisationId, 'organisationId') : null,
    );
  }

  @SignedIn()
  @Mutation(() => Participation, {
    description: 'Move from the arena to the tribune, or back as the joining mode allows.',
  })
  async switchRole(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @Args('role', { type: () => ParticipationRole }) role: ParticipationRole,
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ) {
    const participation = await this.joiningService.switchRole(
      viewer,
      fromGlobalId('Atelier', atelierId, 'atelierId'),
      role,
    );
    ctx.contentScopes.wrote('switchRole', standingIn(participation));
    return participation;
  }

  @SignedIn()
  @Mutation(() => Boolean)
  async leaveAtelier(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ) {
    const id = fromGlobalId('Atelier', atelierId, 'atelierId');
    const left = await this.participationService.leave(viewer, id);
    ctx.contentScopes.wrote(
      'leaveAtelier',
      standingIn({ userId: requireViewer(viewer).userId, atelierId: id }),
    );
    return left;
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'The trekker removes a participant from the atelier; they stay out until the trekker lets them back, and are told (with the reason, if given).',
  })
  async removeParticipant(
    @Args('participationId', { type: () => ID }) participationId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ) {
    const removed = await this.joiningService.remove(
      viewer,
      fromGlobalId('Participation', participationId, 'participationId'),
      reason,
    );
    ctx.contentScopes.wrote('removeParticipant', standingIn(removed));
    return true;
  }

  @SignedIn()
  @Mutation(() => JoinRequest, {
    description:
      'Ask the trekker to let you into the arena (when it is on request), or back after a removal; the trekker is told.',
  })
  requestToJoin(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @Args('role', { type: () => ParticipationRole }) role: ParticipationRole,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId: string | null,
    @Args('message', { type: () => String, nullable: true, description: 'Up to 1,000 characters.' })
    message: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.joiningService.requestToJoin(
      viewer,
      fromGlobalId('Atelier', atelierId, 'atelierId'),
      role,
      organisationId ? fromGlobalId('Organisation', organisationId, 'organisationId') : null,
      message,
    );
  }

  @SignedIn()
  @Mutation(() => JoinRequest, {
    description:
      'The trekker invites a person into the arena (or back onto the tribune after a removal); they are told and accept or decline.',
  })
  inviteToAtelier(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => ParticipationRole }) role: ParticipationRole,
    @Args('message', { type: () => String, nullable: true, description: 'Up to 1,000 characters.' })
    message: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.joiningService.invite(
      viewer,
      fromGlobalId('Atelier', atelierId, 'atelierId'),
      fromGlobalId('User', userId, 'userId'),
      role,
      message,
    );
  }

  @SignedIn()
  @Mutation(() => JoinRequest, {
    description:
      'Accept or decline: a request by the trekker (or the commissie), an invitation by the person invited. The other side is told.',
  })
  decideJoinRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('accept') accept: boolean,
    @Args('note', { type: () => String, nullable: true, description: 'Why, if you want to say.' })
    decisionNote: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.joiningService.decide(viewer, fromGlobalId('JoinRequest', id, 'id'), accept, decisionNote);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Take back your open request, or (the trekker) an invitation.' })
  withdrawJoinRequest(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.joiningService.withdraw(viewer, fromGlobalId('JoinRequest', id, 'id'));
  }

  @SignedIn()
  @Mutation(() => Atelier, { description: 'The trekker sets who may join the arena.' })
  setAtelierJoinMode(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @Args('mode', { type: () => AtelierJoinMode }) mode: AtelierJoinMode,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.joiningService.setJoinMode(viewer, fromGlobalId('Atelier', atelierId, 'atelierId'), mode);
  }

  @ResolveField(() => User)
  user(participation: ParticipationRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, participation.userId);
  }

  @ResolveField(() => Atelier)
  atelier(participation: ParticipationRow, _args: unknown, ctx: RequestContext) {
    return this.atelierService.load(ctx.loaders, participation.atelierId);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'On whose behalf the person takes part.' })
  organisation(participation: ParticipationRow, _args: unknown, ctx: RequestContext) {
    return participation.organisationId
      ? this.werkgebiedService.loadOrganisation(ctx.loaders, ctx.viewer, participation.organisationId)
      : null;
  }

  @ResolveField(() => [ParticipationChange], {
    description:
      'Every join, switch, leave and removal, oldest first: only your own (empty for anyone else).',
  })
  history(participation: ParticipationRow, _args: unknown, ctx: RequestContext) {
    return this.participationService.history(ctx.loaders, ctx.viewer, participation.id);
  }
}

@Resolver(() => ParticipationChange)
export class ParticipationChangeResolver {
  constructor(private readonly werkgebiedService: WerkgebiedService) {}

  @ResolveField(() => Organisation, {
    nullable: true,
    description: 'On whose behalf you took part at that moment (null: for yourself).',
  })
  organisation(change: ParticipationChangeRow, _args: unknown, ctx: RequestContext) {
    return change.organisationId
      ? this.werkgebiedService.loadOrganisation(ctx.loaders, ctx.viewer, change.organisationId)
      : null;
  }
}

@Resolver(() => JoinRequest)
export class JoinRequestResolver {
  constructor(
    private readonly atelierService: AtelierService,
    private readonly userService: UserService,
    private readonly werkgebiedService: WerkgebiedService,
  ) {}

  @ResolveField(() => User, { description: 'Who would join.' })
  user(request: JoinRequestRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, request.userId);
  }

  @ResolveField(() => Atelier)
  atelier(request: JoinRequestRow, _args: unknown, ctx: RequestContext) {
    return this.atelierService.load(ctx.loaders, request.atelierId);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'On whose behalf they would take part.' })
  organisation(request: JoinRequestRow, _args: unknown, ctx: RequestContext) {
    return request.organisationId
      ? this.werkgebiedService.loadOrganisation(ctx.loaders, ctx.viewer, request.organisationId)
      : null;
  }

  @ResolveField(() => User, {
    description: 'Who made it: the person (a request) or the trekker (an invitation).',
  })
  createdBy(request: JoinRequestRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, request.createdById);
  }

  @ResolveField(() => User, { nullable: true })
  decidedBy(request: JoinRequestRow, _args: unknown, ctx: RequestContext) {
    return request.decidedById ? this.userService.load(ctx.loaders, request.decidedById) : null;
  }
}

@Resolver(() => Atelier)
export class AtelierParticipationResolver {
  constructor(
    private readonly participationService: ParticipationService,
    private readonly joiningService: JoiningService,
  ) {}

  @ResolveField(() => JoiningWays, {
    nullable: true,
    description: 'How you may join its arena and its tribune (null for a visitor).',
  })
  joiningWays(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.joiningService.joiningWays(ctx.loaders, ctx.viewer, atelier);
  }

  @ResolveField(() => JoinRequest, {
    nullable: true,
    description: 'Your open request to join, or the invitation you have.',
  })
  myJoinRequest(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.joiningService.myOpen(ctx.loaders, ctx.viewer, atelier.id);
  }

  @ResolveField(() => JoinRequestConnection, {
    description:
      'Open requests and invitations, oldest first: all of them for its trekker and the commissie, your own for others.',
  })
  joinRequests(@Parent() atelier: AtelierRow, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    return this.joiningService.openRequests(ctx.viewer, atelier.id, args);
  }

  @ResolveField(() => ParticipationConnection, { description: 'Who works in the arena (for participants).' })
  arena(@Parent() atelier: AtelierRow, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    return this.participationService.list(ctx.loaders, ctx.viewer, atelier.id, 'ARENA', args);
  }

  @ResolveField(() => ParticipationConnection, {
    description: 'Who follows from the tribune (for participants).',
  })
  tribune(@Parent() atelier: AtelierRow, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    return this.participationService.list(ctx.loaders, ctx.viewer, atelier.id, 'TRIBUNE', args);
  }

  @ResolveField(() => Participation, {
    nullable: true,
    description: 'How the signed-in person takes part, if at all.',
  })
  myParticipation(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.participationService.mine(ctx.loaders, ctx.viewer, atelier.id);
  }

  @ResolveField(() => [ParticipationChange], {
    description:
      'Your own joins, switches, leaves and removals here, newest first, also after you left (empty for a visitor).',
  })
  myHistory(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.participationService.myHistory(ctx.loaders, ctx.viewer, atelier.id);
  }
}

@Resolver(() => Notification)
export class NotificationJoiningResolver {
  constructor(
    private readonly joiningService: JoiningService,
    private readonly atelierService: AtelierService,
  ) {}

  @ResolveField(() => Atelier, { nullable: true, description: 'The atelier it is about, if any.' })
  atelier(notification: NotificationRow, _args: unknown, ctx: RequestContext) {
    return notification.atelierId ? this.atelierService.load(ctx.loaders, notification.atelierId) : null;
  }

  @ResolveField(() => JoinRequest, { nullable: true, description: 'The request or invitation it is about.' })
  joinRequest(notification: NotificationRow, _args: unknown, ctx: RequestContext) {
    return notification.joinRequestId
      ? this.joiningService.load(ctx.loaders, ctx.viewer, notification.joinRequestId)
      : null;
  }
}

/**
 * What a change of a person's standing in an atelier (joining, switching, leaving, being removed) touches: the
 * person (where they take part, and their practices there, requests and notifications) and the atelier (who takes
 * part in it).
 */
function standingIn(participation: { userId: string; atelierId: string }): string[] {
  return [personScope(participation.userId), atelierScope(participation.atelierId)];
}
