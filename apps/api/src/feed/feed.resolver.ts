import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { FeedService } from './feed.service.js';
import { FeedItemConnection } from './models/feed-item.model.js';

@Resolver()
export class FeedResolver {
  constructor(private readonly feedService: FeedService) {}

  @SignedIn()
  @Query(() => FeedItemConnection, {
    description: 'What was shared with the tribune in the ateliers you take part in, newest first.',
  })
  feed(@Args() args: ConnectionArgs, @CurrentViewer() viewer: MaybeViewer, @Context() ctx: RequestContext) {
    return this.feedService.feed(viewer, ctx.loaders, args);
  }
}
