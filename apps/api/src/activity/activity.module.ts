import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { LessonModule } from '../lesson/lesson.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { UserModule } from '../user/user.module.js';
import { WerkgebiedModule } from '../werkgebied/werkgebied.module.js';
import {
  ActivityResolver,
  AtelierActivitiesResolver,
  NotificationActivityResolver,
  RegistrationResolver,
  WorkshopActivitiesResolver,
} from './activity.resolver.js';
import { ActivityKnowledgeService } from './activity-knowledge.service.js';
import { ActivityService } from './activity.service.js';
import { CalendarFeedResolver } from './calendar-feed.resolver.js';
import { CalendarFeedService } from './calendar-feed.service.js';

@Module({
  imports: [AtelierModule, LessonModule, NotificationModule, UserModule, WerkgebiedModule],
  providers: [
    ActivityService,
    ActivityKnowledgeService,
    ActivityResolver,
    WorkshopActivitiesResolver,
    RegistrationResolver,
    AtelierActivitiesResolver,
    NotificationActivityResolver,
    CalendarFeedService,
    CalendarFeedResolver,
  ],
  exports: [ActivityService, ActivityKnowledgeService, CalendarFeedService],
})
export class ActivityModule {}
