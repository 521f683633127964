import { Args, ArgsType, Context, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { FeedService } from './feed.service.js';
import { FeedItemConnection } from './models/feed-item.model.js';

@ArgsType()
class FeedArgs extends ConnectionArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only what was shared in the ateliers of this werkplaats.',
  })
  workshopId?: string | null;
}

@Resolver()
export class FeedResolver {
  constructor(private readonly feedService: FeedService) {}

  @SignedIn()
  @Query(() => FeedItemConnection, {
    description: 'What was shared with the tribune in the ateliers you take part in, newest first.',
  })
  feed(@Args() args: FeedArgs, @CurrentViewer() viewer: MaybeViewer, @Context() ctx: RequestContext) {
    const workshopId = args.workshopId ? fromGlobalId('Workshop', args.workshopId, 'workshopId') : null;
    return this.feedService.feed(viewer, ctx.loaders, args, workshopId);
  }
}
