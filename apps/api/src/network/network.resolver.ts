import { Args, ArgsType, Context, Field, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Condition } from '../generated/prisma/enums.js';
import type { Atelier as AtelierRow } from '../generated/prisma/client.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { CurrentViewer, Public } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { ConditionSpread, Network } from './network.model.js';
import { NetworkService } from './network.service.js';

@ArgsType()
class NetworkArgs {
  @Field(() => ID, { nullable: true, description: 'Only the ateliers of this werkplaats.' })
  workshopId?: string | null;

  @Field(() => Condition, {
    nullable: true,
    description: 'Only ateliers with a lesson you may read that speaks to this condition.',
  })
  condition?: Condition | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only ateliers whose kwestie connects to this national theme.',
  })
  nationalThemeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only ateliers with a lerende praktijk in this gemeente.' })
  municipalityId?: string | null;
}

@Resolver()
export class NetworkResolver {
  constructor(private readonly networkService: NetworkService) {}

  @Public()
  @Query(() => Network, {
    description:
      'The network picture: kwesties, ateliers, gemeenten, trekkers and (for followers) organisations.',
  })
  network(@Args() args: NetworkArgs, @CurrentViewer() viewer: MaybeViewer) {
    return this.networkService.network(viewer, {
      workshopId: args.workshopId ? fromGlobalId('Workshop', args.workshopId, 'workshopId') : null,
      condition: args.condition ?? null,
      nationalThemeId: args.nationalThemeId
        ? fromGlobalId('NationalTheme', args.nationalThemeId, 'nationalThemeId')
        : null,
      municipalityId: args.municipalityId
        ? fromGlobalId('Municipality', args.municipalityId, 'municipalityId')
        : null,
    });
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
