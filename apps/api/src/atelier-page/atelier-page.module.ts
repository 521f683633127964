import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { AtelierModule } from '../atelier/atelier.module.js';
import { LessonModule } from '../lesson/lesson.module.js';
import { ParticipationModule } from '../participation/participation.module.js';
import { PracticeModule } from '../practice/practice.module.js';
import { UserModule } from '../user/user.module.js';
import { WerkgebiedModule } from '../werkgebied/werkgebied.module.js';
import { AtelierPageResolver } from './atelier-page.resolver.js';
import { AtelierPageService } from './atelier-page.service.js';

/** `atelier(id)`: an atelier's page, read ahead (AtelierPageService). */
@Module({
  imports: [
    ActivityModule,
    AtelierModule,
    LessonModule,
    ParticipationModule,
    PracticeModule,
    UserModule,
    WerkgebiedModule,
  ],
  providers: [AtelierPageService, AtelierPageResolver],
})
export class AtelierPageModule {}
