import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { PracticeModule } from '../practice/practice.module.js';
import { UserModule } from '../user/user.module.js';
import { WerkgebiedModule } from '../werkgebied/werkgebied.module.js';
import {
  AtelierLessonsResolver,
  LessonResolver,
  NotificationLessonResolver,
  PracticeLessonsResolver,
  VisibilityChangeResolver,
} from './lesson.resolver.js';
import { LessonService } from './lesson.service.js';

@Module({
  imports: [AtelierModule, NotificationModule, PracticeModule, UserModule, WerkgebiedModule],
  providers: [
    LessonService,
    LessonResolver,
    NotificationLessonResolver,
    VisibilityChangeResolver,
    AtelierLessonsResolver,
    PracticeLessonsResolver,
  ],
  exports: [LessonService],
})
export class LessonModule {}
