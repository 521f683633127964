import '../common/graphql/enums.js';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { WorkshopRoleKind } from '../generated/prisma/enums.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { User, UserConnection } from '../user/models/user.model.js';
import {
  Municipality,
  Organisation,
  OrganisationConnection,
} from '../werkgebied/models/municipality.model.js';
import { AdminService } from './admin.service.js';
import {
  MunicipalityInput,
  OrganisationInput,
  ProposedOrganisationsArgs,
  StartAccountInput,
  UsersArgs,
} from './dto/admin.inputs.js';
import { StartedAccount } from './models/started-account.model.js';

const workshopArg = {
  type: () => ID,
  nullable: true,
  description: 'The werkplaats; a beheerder of one werkplaats only may leave it out.',
} as const;

/** The beheerder's operations. Each asks the policy for the werkplaats it touches. */
@Resolver()
export class AdminResolver {
  constructor(private readonly adminService: AdminService) {}

  @SignedIn()
  @Query(() => UserConnection, {
    description: 'The accounts of the people of your werkplaatsen (see the README), for a beheerder.',
  })
  users(@Args() args: UsersArgs, @CurrentViewer() viewer: MaybeViewer) {
    return this.adminService.users(viewer, args);
  }

  @SignedIn()
  @Mutation(() => Organisation)
  createOrganisation(@Args('input') input: OrganisationInput, @CurrentViewer() viewer: MaybeViewer) {
    return this.adminService.createOrganisation(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Organisation)
  updateOrganisation(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OrganisationInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.adminService.updateOrganisation(viewer, fromGlobalId('Organisation', id, 'id'), input);
  }

  @SignedIn()
  @Query(() => OrganisationConnection, {
    description:
      'The organisations people proposed that wait for a beheerder of your werkplaatsen (or of the one named), by name.',
  })
  proposedOrganisations(@Args() args: ProposedOrganisationsArgs, @CurrentViewer() viewer: MaybeViewer) {
    return this.adminService.proposedOrganisations(viewer, args, args.workshopId);
  }

  @SignedIn()
  @Mutation(() => Organisation, {
    description:
      'List an organisation someone proposed (listed: true; its requests stay to be confirmed) or decline it (listed: false; its open requests are declined and the people told). For a beheerder of its werkplaats.',
  })
  decideOrganisation(
    @Args('id', { type: () => ID }) id: string,
    @Args('listed') listed: boolean,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.adminService.decideOrganisation(viewer, fromGlobalId('Organisation', id, 'id'), listed);
  }

  @SignedIn()
  @Mutation(() => Organisation, {
    description:
      'Merge a duplicate organisation into the one kept (both of one werkplaats you keep): its memberships (the stronger one for someone of both), participations and join requests move over and the duplicate is removed. Returns the one kept.',
  })
  mergeOrganisations(
    @Args('duplicateId', { type: () => ID }) duplicateId: string,
    @Args('intoId', { type: () => ID }) intoId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.adminService.mergeOrganisations(
      viewer,
      fromGlobalId('Organisation', duplicateId, 'duplicateId'),
      fromGlobalId('Organisation', intoId, 'intoId'),
    );
  }

  @SignedIn()
  @Mutation(() => Municipality)
  createMunicipality(@Args('input') input: MunicipalityInput, @CurrentViewer() viewer: MaybeViewer) {
    return this.adminService.createMunicipality(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Municipality)
  updateMunicipality(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MunicipalityInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.adminService.updateMunicipality(viewer, fromGlobalId('Municipality', id, 'id'), input);
  }

  @SignedIn()
  @Mutation(() => User, {
    description:
      'Grant or withdraw a werkplaats role (programmacommissie, beheerder) of someone of the werkplaats. Withdrawing its last beheerder is refused (CONFLICT, reason LAST_BEHEERDER).',
  })
  setWorkshopRole(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => WorkshopRoleKind }) role: WorkshopRoleKind,
    @Args('granted') granted: boolean,
    @Args('workshopId', {
      type: () => ID,
      nullable: true,
      description: 'The werkplaats; a beheerder of one werkplaats only may leave it out.',
    })
    workshopId: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.adminService.setWorkshopRole(
      viewer,
      fromGlobalId('User', userId, 'userId'),
      role,
      granted,
      workshopId,
    );
  }

  @SignedIn()
  @Mutation(() => StartedAccount, {
    description:
      'Start an account for someone, for a beheerder: no password yet, of your werkplaats from the start; returns the one-time link to pass on. An address with an account is refused (CONFLICT on input.email).',
  })
  startAccount(@Args('input') input: StartAccountInput, @CurrentViewer() viewer: MaybeViewer) {
    return this.adminService.startAccount(viewer, input);
  }

  @SignedIn()
  @Mutation(() => User, {
    description:
      'Block (or unblock) the account of someone of your werkplaats: a blocked account cannot sign in and its sessions end. Not your own (BAD_USER_INPUT).',
  })
  setAccountBlocked(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('blocked') blocked: boolean,
    @Args('workshopId', workshopArg) workshopId: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.adminService.setAccountBlocked(
      viewer,
      fromGlobalId('User', userId, 'userId'),
      blocked,
      workshopId,
    );
  }

  @SignedIn()
  @Mutation(() => Int, {
    description: 'End every session of someone of your werkplaats; returns how many ended.',
  })
  endSessions(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('workshopId', workshopArg) workshopId: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.adminService.endSessions(viewer, fromGlobalId('User', userId, 'userId'), workshopId);
  }
}
