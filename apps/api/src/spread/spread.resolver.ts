import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Atelier as AtelierRow } from '../generated/prisma/client.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { CurrentViewer, Public } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { SpreadFilterArgs, WorkshopSpreadArgs } from './dto/lesson-spread.args.js';
import { LessonSpread } from './models/lesson-spread.model.js';
import { SpreadService, type SpreadFilter } from './spread.service.js';

function filterOf(args: SpreadFilterArgs): SpreadFilter {
  return {
    condition: args.condition ?? null,
    level: args.level ?? null,
    domain: args.domain ?? null,
    municipalityId: args.municipalityId
      ? fromGlobalId('Municipality', args.municipalityId, 'municipalityId')
      : null,
  };
}

@Resolver()
export class SpreadResolver {
  constructor(private readonly spreadService: SpreadService) {}

  @Public()
  @Query(() => LessonSpread, {
    description:
      'Lessons by condition, level, domain and gemeente for a werkplaats (or all), counting only what you may read.',
  })
  lessonSpread(@Args() args: WorkshopSpreadArgs, @CurrentViewer() viewer: MaybeViewer) {
    return this.spreadService.workshopSpread(
      viewer,
      args.workshopId ? fromGlobalId('Workshop', args.workshopId, 'workshopId') : null,
      filterOf(args),
    );
  }
}

@Resolver(() => Atelier)
export class AtelierLessonSpreadResolver {
  constructor(private readonly spreadService: SpreadService) {}

  @ResolveField(() => LessonSpread, {
    description: 'Its lessons by condition, level, domain and gemeente, counting only what you may read.',
  })
  lessonSpread(
    @Parent() atelier: AtelierRow,
    @Args() args: SpreadFilterArgs,
    @Context() ctx: RequestContext,
  ) {
    return this.spreadService.atelierSpread(ctx.loaders, ctx.viewer, atelier.id, filterOf(args));
  }
}
