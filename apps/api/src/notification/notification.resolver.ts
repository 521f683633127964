import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { Notification, NotificationConnection } from './models/notification.model.js';
import { NotificationService } from './notification.service.js';

@ArgsType()
class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only those not yet read.' }) unreadOnly?:
    boolean | null;
}

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

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
