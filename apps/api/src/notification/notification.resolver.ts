import {
  Args,
  ArgsType,
  Field,
  ID,
  Int,
  Mutation,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import type { Notification as NotificationRow } from '../generated/prisma/client.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { User } from '../user/models/user.model.js';
import { LiveEvents } from '../live/live-events.js';
import { liveStream } from '../live/live-stream.js';
import { UserService } from '../user/user.service.js';
import { Notification, NotificationConnection } from './models/notification.model.js';
import { NotificationService } from './notification.service.js';

@ArgsType()
class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only those not yet read.' }) unreadOnly?:
    boolean | null;
}

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly notificationService: NotificationService,
    private readonly userService: UserService,
    private readonly live: LiveEvents,
  ) {}

  @SignedIn()
  @Subscription(() => Notification, { description: 'Each of your notifications as it is made.' })
  notificationAdded(@CurrentViewer() viewer: MaybeViewer) {
    const userId = viewer?.userId;
    return liveStream(this.live, (event) =>
      event.type === 'notification' && event.userId === userId
        ? this.notificationService.byId(viewer, event.id).then((n) => n && { notificationAdded: n })
        : null,
    );
  }

  @ResolveField(() => User, {
    nullable: true,
    description:
      'Who did what it tells of: who asked, decided, removed, made public, or granted or withdrew a werkplaats role.',
  })
  actor(notification: NotificationRow, _args: unknown, ctx: RequestContext) {
    return notification.actorId ? this.userService.load(ctx.loaders, notification.actorId) : null;
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Whose werkplaats role it is; the actor themself for a self-grant.',
  })
  person(notification: NotificationRow, _args: unknown, ctx: RequestContext) {
    return notification.personId ? this.userService.load(ctx.loaders, notification.personId) : null;
  }

  @SignedIn()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(@Args() args: NotificationsArgs, @CurrentViewer() viewer: MaybeViewer) {
    return this.notificationService.list(viewer, args);
  }

  @SignedIn()
  @Query(() => Int)
  unreadNotificationCount(@CurrentViewer() viewer: MaybeViewer) {
    return this.notificationService.unreadCount(viewer);
  }

  @SignedIn()
  @Mutation(() => Int, {
    description: 'Marks the given notifications (or all) as read; returns how many changed.',
  })
  markNotificationsRead(
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.notificationService.markRead(
      viewer,
      ids ? ids.map((id, i) => fromGlobalId('Notification', id, `ids.${i}`)) : null,
    );
  }
}
