import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { AtelierQuestionsResolver, QuestionResolver } from './question.resolver.js';
import { QuestionService } from './question.service.js';

@Module({
  imports: [UserModule],
  providers: [QuestionService, QuestionResolver, AtelierQuestionsResolver],
  exports: [QuestionService],
})
export class QuestionModule {}
