import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { UserModule } from '../user/user.module.js';
import { KnowledgePathService } from './knowledge-path.service.js';
import {
  AtelierQuestionsResolver,
  InsightQuestionsResolver,
  LessonQuestionsResolver,
  NotificationQuestionResolver,
  ProductPathResolver,
  QuestionChangeResolver,
  QuestionResolver,
} from './question.resolver.js';
import { QuestionService } from './question.service.js';

@Module({
  imports: [AtelierModule, NotificationModule, UserModule],
  providers: [
    QuestionService,
    KnowledgePathService,
    QuestionResolver,
    QuestionChangeResolver,
    AtelierQuestionsResolver,
    LessonQuestionsResolver,
    InsightQuestionsResolver,
    ProductPathResolver,
    NotificationQuestionResolver,
  ],
  exports: [QuestionService, KnowledgePathService],
})
export class QuestionModule {}
