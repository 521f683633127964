import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { UserModule } from '../user/user.module.js';
import { WerkgebiedModule } from '../werkgebied/werkgebied.module.js';
import {
  ActivityResolver,
  AtelierActivitiesResolver,
  NotificationActivityResolver,
  RegistrationResolver,
} from './activity.resolver.js';
import { ActivityService } from './activity.service.js';
import { CalendarFeedResolver } from './calendar-feed.resolver.js';
import { CalendarFeedService } from './calendar-feed.service.js';

@Module({
  imports: [AtelierModule, NotificationModule, UserModule, WerkgebiedModule],
  providers: [
    ActivityService,
    ActivityResolver,
    RegistrationResolver,
    AtelierActivitiesResolver,
    NotificationActivityResolver,
    CalendarFeedService,
    CalendarFeedResolver,
  ],
  exports: [ActivityService, CalendarFeedService],
})
export class ActivityModule {}
