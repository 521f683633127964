import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { QuestionModule } from '../question/question.module.js';
import { UserModule } from '../user/user.module.js';
import { WerkgebiedModule } from '../werkgebied/werkgebied.module.js';
import { AtelierPracticesResolver, PracticeResolver } from './practice.resolver.js';
import { PracticeService } from './practice.service.js';

@Module({
  imports: [AtelierModule, QuestionModule, UserModule, WerkgebiedModule],
  providers: [PracticeService, PracticeResolver, AtelierPracticesResolver],
  exports: [PracticeService],
})
export class PracticeModule {}
