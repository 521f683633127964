import { Args, Context, Parent, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { Atelier as AtelierRow, Participation as ParticipationRow } from '../generated/prisma/client.js';
import { ParticipationRole } from '../generated/prisma/enums.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { Organisation } from '../werkgebied/models/municipality.model.js';
import { WerkgebiedService } from '../werkgebied/werkgebied.service.js';
import { Participation, ParticipationChange, ParticipationConnection } from './models/participation.model.js';
import { ParticipationService } from './participation.service.js';

@Resolver(() => Participation)
export class ParticipationResolver {
  constructor(
    private readonly participationService: ParticipationService,
    private readonly atelierService: AtelierService,
    private readonly userService: UserService,
    private readonly werkgebiedService: WerkgebiedService,
  ) {}

  @SignedIn()
  @Mutation(() => Participation, { description: 'Join an atelier in the arena or on the tribune.' })
  joinAtelier(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @Args('role', { type: () => ParticipationRole }) role: ParticipationRole,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.participationService.join(
      viewer,
      fromGlobalId('Atelier', atelierId, 'atelierId'),
      role,
      organisationId ? fromGlobalId('Organisation', organisationId, 'organisationId') : null,
    );
  }

  @SignedIn()
  @Mutation(() => Participation, { description: 'Move from the arena to the tribune or back.' })
  switchRole(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @Args('role', { type: () => ParticipationRole }) role: ParticipationRole,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.participationService.switchRole(
      viewer,
      fromGlobalId('Atelier', atelierId, 'atelierId'),
      role,
    );
  }

  @SignedIn()
  @Mutation(() => Boolean)
  leaveAtelier(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.participationService.leave(viewer, fromGlobalId('Atelier', atelierId, 'atelierId'));
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'The trekker removes a participant from the atelier.' })
  removeParticipant(
    @Args('participationId', { type: () => ID }) participationId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.participationService.remove(
      viewer,
      fromGlobalId('Participation', participationId, 'participationId'),
    );
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
      ? this.werkgebiedService.loadOrganisation(ctx.loaders, participation.organisationId)
      : null;
  }

  @ResolveField(() => [ParticipationChange], {
    description: 'Every join, switch, leave and removal, oldest first.',
  })
  history(participation: ParticipationRow, _args: unknown, ctx: RequestContext) {
    return this.participationService.history(ctx.loaders, participation.id);
  }
}

@Resolver(() => Atelier)
export class AtelierParticipationResolver {
  constructor(private readonly participationService: ParticipationService) {}

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
}
