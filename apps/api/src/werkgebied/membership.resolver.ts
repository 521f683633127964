import { Args, ArgsType, Field, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  Membership as MembershipRow,
  Notification as NotificationRow,
  Organisation as OrganisationRow,
  User as UserRow,
} from '../generated/prisma/client.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { Notification } from '../notification/models/notification.model.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { BadInputError } from '../common/graphql/app-error.js';
import { ProposeOrganisationInput } from './dto/propose-organisation.input.js';
import { MembershipService, parseProposal } from './membership.service.js';
import { Membership, MembershipConnection } from './models/membership.model.js';
import { Organisation } from './models/municipality.model.js';
import { WerkgebiedService } from './werkgebied.service.js';

@ArgsType()
class MembershipRequestsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only those of this werkplaats’ organisations.' })
  workshopId?: string | null;
}

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(
    private readonly memberships: MembershipService,
    private readonly werkgebied: WerkgebiedService,
    private readonly users: UserService,
  ) {}

  @SignedIn()
  @Query(() => MembershipConnection, {
    description:
      'Memberships waiting for a decision that you may take (a beheerder: of the werkplaats’ organisations; a contact: of theirs), oldest first.',
  })
  membershipRequests(@Args() args: MembershipRequestsArgs, @CurrentViewer() viewer: MaybeViewer) {
    const only = args.workshopId ? fromGlobalId('Workshop', args.workshopId, 'workshopId') : null;
    return this.memberships.requests(viewer, args, only);
  }

  @SignedIn()
  @Mutation(() => Membership, {
    description:
      'Say you belong to an organisation: one of the list (`organisationId`) or one you propose (`proposedOrganisation`), never both. A beheerder or its contact confirms it; a proposed one is listed once a beheerder of its werkplaats confirms.',
  })
  requestMembership(
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId: string | null,
    @Args('proposedOrganisation', { type: () => ProposeOrganisationInput, nullable: true })
    proposed: ProposeOrganisationInput | null,
    @Args('function', { type: () => String, nullable: true, description: 'What you do there.' })
    fn: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    if (Boolean(organisationId) === Boolean(proposed)) {
      throw new BadInputError(
        'organisationId',
        'Choose an organisation or propose one: one of the two',
        'notAllowed',
      );
    }
    return this.memberships.request(
      viewer,
      organisationId ? fromGlobalId('Organisation', organisationId, 'organisationId') : null,
      proposed ? parseProposal(proposed, 'proposedOrganisation') : null,
      fn,
    );
  }

  @SignedIn()
  @Mutation(() => Membership, {
    description:
      'Confirm or decline a membership (a beheerder of its werkplaats, or the organisation’s contact); the person is told.',
  })
  decideMembership(
    @Args('id', { type: () => ID }) id: string,
    @Args('confirm') confirm: boolean,
    @Args('note', { type: () => String, nullable: true, description: 'Why, if you want to say.' })
    note: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.memberships.decide(viewer, fromGlobalId('Membership', id, 'id'), confirm, note);
  }

  @SignedIn()
  @Mutation(() => Membership, {
    description: 'A beheerder makes a confirmed member the organisation’s contact, who then confirms others.',
  })
  setMembershipContact(
    @Args('id', { type: () => ID }) id: string,
    @Args('isContact') isContact: boolean,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.memberships.setContact(viewer, fromGlobalId('Membership', id, 'id'), isContact);
  }

  @ResolveField(() => User)
  user(membership: MembershipRow, _args: unknown, ctx: RequestContext) {
    return this.users.load(ctx.loaders, membership.userId);
  }

  @ResolveField(() => Organisation)
  organisation(membership: MembershipRow, _args: unknown, ctx: RequestContext) {
    return this.werkgebied.loadOrganisation(ctx.loaders, ctx.viewer, membership.organisationId);
  }
}

@Resolver(() => User)
export class UserMembershipsResolver {
  constructor(private readonly membershipService: MembershipService) {}

  @ResolveField(() => [Membership], {
    description: 'The organisations they belong to: confirmed ones, and all of your own.',
  })
  memberships(user: UserRow, _args: unknown, ctx: RequestContext) {
    return this.membershipService.ofUser(ctx.loaders, ctx.viewer, user.id);
  }
}

@Resolver(() => Organisation)
export class OrganisationMembershipsResolver {
  constructor(private readonly membershipService: MembershipService) {}

  @ResolveField(() => [Membership], {
    description:
      'Who belongs to it: the confirmed members; also the requests and declined ones, for who decides on them.',
  })
  memberships(organisation: OrganisationRow, _args: unknown, ctx: RequestContext) {
    return this.membershipService.ofOrganisation(ctx.loaders, ctx.viewer, organisation.id);
  }
}

@Resolver(() => Notification)
export class NotificationMembershipResolver {
  constructor(private readonly memberships: MembershipService) {}

  @ResolveField(() => Membership, { nullable: true, description: 'The membership it is about.' })
  membership(notification: NotificationRow, _args: unknown, ctx: RequestContext) {
    return notification.membershipId
      ? this.memberships.load(ctx.loaders, ctx.viewer, notification.membershipId)
      : null;
  }
}
