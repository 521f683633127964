import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { LessonModule } from '../lesson/lesson.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { CodeOfConductService } from './code-of-conduct.service.js';
import {
  LessonModerationResolver,
  ModerationItemResolver,
  ModerationResolver,
  ReactionModerationResolver,
  WorkshopCodeOfConductResolver,
} from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';

@Module({
  imports: [AtelierModule, LessonModule, NotificationModule],
  providers: [
    ModerationService,
    CodeOfConductService,
    ModerationResolver,
    ModerationItemResolver,
    LessonModerationResolver,
    ReactionModerationResolver,
    WorkshopCodeOfConductResolver,
  ],
})
export class ModerationModule {}
