import { Args, Context, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Atelier as AtelierRow } from '../generated/prisma/client.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { CurrentViewer, Public } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { ConditionSpread, Network } from './network.model.js';
import { NetworkService } from './network.service.js';

@Resolver()
export class NetworkResolver {
  constructor(private readonly networkService: NetworkService) {}

  @Public()
  @Query(() => Network, {
    description:
      'The network picture: kwesties, ateliers, gemeenten, trekkers and (for followers) organisations.',
  })
  network(
    @Args('workshopId', { type: () => ID, nullable: true }) workshopId: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.networkService.network(
      viewer,
      workshopId ? fromGlobalId('Workshop', workshopId, 'workshopId') : undefined,
    );
  }

  @Public()
  @Query(() => ConditionSpread, {
    description: 'Lessons per condition for a whole werkplaats (or all), counting only what you may read.',
  })
  conditionSpread(
    @Args('workshopId', { type: () => ID, nullable: true }) workshopId: string | null,
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ) {
    return this.networkService.conditionSpread(ctx.loaders, viewer, {
      workshopId: workshopId ? fromGlobalId('Workshop', workshopId, 'workshopId') : undefined,
    });
  }
}

@Resolver(() => Atelier)
export class AtelierSpreadResolver {
  constructor(private readonly networkService: NetworkService) {}

  @ResolveField(() => ConditionSpread, {
    description: 'Its (readable) lessons per condition, in all and per gemeente.',
  })
  conditionSpreadByMunicipality(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.networkService.conditionSpread(ctx.loaders, ctx.viewer, { atelierId: atelier.id });
  }
}
