import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  Atelier as AtelierRow,
  EmailInvitation as EmailInvitationRow,
} from '../generated/prisma/client.js';
import { ParticipationRole } from '../generated/prisma/enums.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { CurrentViewer, Public, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { InvitationService, statusOf } from './invitation.service.js';
import {
  EmailInvitation,
  EmailInvitationConnection,
  InvitationByLink,
} from './models/email-invitation.model.js';
import { EmailInvitationStatus } from '../generated/prisma/enums.js';

@Resolver(() => EmailInvitation)
export class InvitationResolver {
  constructor(
    private readonly invitations: InvitationService,
    private readonly userService: UserService,
    private readonly atelierService: AtelierService,
  ) {}

  @SignedIn()
  @Mutation(() => EmailInvitation, {
    description:
      'Those who lead an atelier invite an e-mail address into its arena or onto its tribune. The address gets a link ' +
      '(/uitnodiging?token=…, 14 days, once) to sign up or sign in and join in one step; an address with an account ' +
      'gets the in-app invitation too. An address invited already (open) is CONFLICT on "email".',
  })
  inviteToAtelierByEmail(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @Args('email') email: string,
    @Args('role', { type: () => ParticipationRole }) role: ParticipationRole,
    @Args('message', { type: () => String, nullable: true, description: 'Up to 1,000 characters.' })
    message: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.invitations.inviteToAtelier(
      viewer,
      fromGlobalId('Atelier', atelierId, 'atelierId'),
      email,
      role,
      message,
    );
  }

  @SignedIn()
  @Mutation(() => EmailInvitation, {
    description:
      'A beheerder invites an e-mail address into the werkplaats (the person becomes one of its people), with the ' +
      'same kind of link.',
  })
  inviteToWorkshopByEmail(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('email') email: string,
    @Args('message', { type: () => String, nullable: true, description: 'Up to 1,000 characters.' })
    message: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.invitations.inviteToWorkshop(
      viewer,
      fromGlobalId('Workshop', workshopId, 'workshopId'),
      email,
      message,
    );
  }

  @SignedIn()
  @Mutation(() => EmailInvitation, {
    description:
      'Withdraws an open invitation by e-mail (its link stops working, the in-app invitation goes too).',
  })
  withdrawEmailInvitation(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.invitations.withdraw(viewer, fromGlobalId('EmailInvitation', id, 'id'));
  }

  @SignedIn()
  @Query(() => EmailInvitationConnection, {
    description: "A werkplaats's own invitations by e-mail, newest first: for its beheerders.",
  })
  workshopEmailInvitations(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.invitations.forWorkshop(viewer, fromGlobalId('Workshop', workshopId, 'workshopId'), args);
  }

  @Public()
  @Query(() => InvitationByLink, {
    nullable: true,
    description: "What an invitation's link shows whoever holds it; null for an unknown token.",
  })
  invitationByLink(@Args('token') token: string) {
    return this.invitations.byToken(token);
  }

  @ResolveField(() => EmailInvitationStatus)
  status(invitation: EmailInvitationRow) {
    return statusOf(invitation);
  }

  @ResolveField(() => User, { description: 'Who invited.' })
  invitedBy(invitation: EmailInvitationRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, invitation.createdById);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who accepted, once accepted.' })
  acceptedBy(invitation: EmailInvitationRow, _args: unknown, ctx: RequestContext) {
    return invitation.acceptedById ? this.userService.load(ctx.loaders, invitation.acceptedById) : null;
  }

  @ResolveField(() => Atelier, { nullable: true, description: 'Null for an invitation into the werkplaats.' })
  atelier(invitation: EmailInvitationRow, _args: unknown, ctx: RequestContext) {
    return invitation.atelierId ? this.atelierService.load(ctx.loaders, invitation.atelierId) : null;
  }
}

@Resolver(() => Atelier)
export class AtelierInvitationResolver {
  constructor(private readonly invitations: InvitationService) {}

  @ResolveField(() => EmailInvitationConnection, {
    description: 'Its invitations by e-mail, newest first: for those who lead it (empty for everyone else).',
  })
  emailInvitations(
    @Parent() atelier: AtelierRow,
    @Args() args: ConnectionArgs,
    @Context() ctx: RequestContext,
  ) {
    return this.invitations.forAtelier(ctx.viewer, atelier.id, args);
  }
}
