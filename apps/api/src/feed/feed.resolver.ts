import { Args, ArgsType, Context, Field, ID, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Condition } from '../generated/prisma/enums.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import { requireViewer } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { atelierScope, personScope } from '../common/graphql/content-scopes.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { LiveEvents } from '../live/live-events.js';
import { liveStream } from '../live/live-stream.js';
import { FeedService } from './feed.service.js';
import { FeedItem, FeedItemConnection } from './models/feed-item.model.js';

@ArgsType()
class FeedArgs extends ConnectionArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only what was shared in the ateliers of this werkplaats.',
  })
  workshopId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only what was shared in this atelier (among those you follow; another atelier gives an empty list).',
  })
  atelierId?: string | null;

  @Field(() => Condition, { nullable: true, description: 'Only lessons and insights about this condition.' })
  condition?: Condition | null;
}

@Resolver()
export class FeedResolver {
  constructor(
    private readonly feedService: FeedService,
    private readonly live: LiveEvents,
  ) {}

  @SignedIn()
  @Subscription(() => FeedItem, {
    description:
      'Each lesson or insight as it is shared into your feed (as `feed` would show it, and only what it would show).',
  })
  feedItemAdded(@CurrentViewer() viewer: MaybeViewer, @Context() ctx: RequestContext) {
    return liveStream(this.live, (event) =>
      event.type === 'feed'
        ? this.feedService
            .item(viewer, ctx.loaders, event.kind, event.id)
            .then((item) => item && { feedItemAdded: item })
        : null,
    );
  }

  @SignedIn()
  @Query(() => FeedItemConnection, {
    description: 'What was shared with the tribune in the ateliers you take part in, newest first.',
  })
  feed(@Args() args: FeedArgs, @CurrentViewer() viewer: MaybeViewer, @Context() ctx: RequestContext) {
    const workshopId = args.workshopId ? fromGlobalId('Workshop', args.workshopId, 'workshopId') : null;
    const atelierId = args.atelierId ? fromGlobalId('Atelier', args.atelierId, 'atelierId') : null;
    return this.feedService.feed(
      viewer,
      ctx.loaders,
      args,
      { workshopId, atelierId, condition: args.condition ?? null },
      // A kept feed is out of date once the reader's standing changes or one of its ateliers shares or unshares.
      (ateliers) =>
        ctx.contentScopes.readFrom('feed', [
          personScope(requireViewer(viewer).userId),
          ...ateliers.map(atelierScope),
        ]),
    );
  }

  @SignedIn()
  @Query(() => [Atelier], {
    description:
      'The ateliers whose shared lessons and insights your feed shows, by title (to narrow it to one).',
  })
  feedAteliers(
    @Args('workshopId', { type: () => ID, nullable: true, description: 'Only those of this werkplaats.' })
    workshopId: string | null,
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ) {
    return this.feedService.feedAteliers(
      viewer,
      ctx.loaders,
      workshopId ? fromGlobalId('Workshop', workshopId, 'workshopId') : null,
    );
  }
}
