import { Args, Context, ID, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Public } from '../common/authz/access.decorators.js';
import { selectedFields } from '../common/graphql/lookahead.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { AtelierPageService } from './atelier-page.service.js';

@Resolver(() => Atelier)
export class AtelierPageResolver {
  constructor(private readonly atelierPage: AtelierPageService) {}

  @Public()
  @Query(() => Atelier, { nullable: true })
  atelier(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.atelierPage.read(
      ctx.loaders,
      ctx.viewer,
      fromGlobalId('Atelier', id, 'id'),
      selectedFields(info),
    );
  }
}
