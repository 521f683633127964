import '../common/graphql/enums.js';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { WorkshopRoleKind } from '../generated/prisma/enums.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { User, UserConnection } from '../user/models/user.model.js';
import { Municipality, Organisation } from '../werkgebied/models/municipality.model.js';
import { AdminService } from './admin.service.js';
import { MunicipalityInput, OrganisationInput, UsersArgs } from './dto/admin.inputs.js';

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
}
