import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { changesWithTime, type RequestContext } from '../common/graphql/request-context.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { CalendarFeed, StartedCalendarFeed } from './models/calendar-feed.model.js';

@Resolver(() => CalendarFeed)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @SignedIn()
  @Query(() => CalendarFeed, {
    nullable: true,
    description: 'Your calendar subscription, if you started one.',
  })
  myCalendarFeed(@CurrentViewer() viewer: MaybeViewer, @Context() ctx: RequestContext) {
    // lastFetchedAt is written by calendar apps' fetches, outside any mutation: an answer kept by the response
    // cache would not show them.
    changesWithTime(ctx);
    return this.feeds.mine(viewer);
  }

  @SignedIn()
  @Mutation(() => StartedCalendarFeed, {
    description:
      'Starts your calendar subscription and returns its secret address (shown once). Starting again makes a new address and ends the old one.',
  })
  async startCalendarFeed(
    @Args('includeFollowed', { defaultValue: false }) includeFollowed: boolean,
    @CurrentViewer() viewer: MaybeViewer,
  ): Promise<StartedCalendarFeed> {
    const { feed, url } = await this.feeds.start(viewer, includeFollowed);
    return { feed, url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
  }

  @SignedIn()
  @Mutation(() => CalendarFeed, {
    nullable: true,
    description: 'Changes what your subscription lists, keeping its address (null: you have none).',
  })
  updateCalendarFeed(
    @Args('includeFollowed') includeFollowed: boolean,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.feeds.update(viewer, includeFollowed);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Stops your calendar subscription: its address shows nothing from now on.',
  })
  stopCalendarFeed(@CurrentViewer() viewer: MaybeViewer) {
    return this.feeds.stop(viewer);
  }
}
