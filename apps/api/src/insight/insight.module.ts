import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { LessonModule } from '../lesson/lesson.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { UserModule } from '../user/user.module.js';
import { AtelierInsightsResolver, InsightResolver, NotificationInsightResolver } from './insight.resolver.js';
import { InsightService } from './insight.service.js';

@Module({
  imports: [AtelierModule, LessonModule, NotificationModule, UserModule],
  providers: [InsightService, InsightResolver, AtelierInsightsResolver, NotificationInsightResolver],
  exports: [InsightService],
})
export class InsightModule {}
