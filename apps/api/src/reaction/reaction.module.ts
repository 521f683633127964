import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module.js';
import { UserModule } from '../user/user.module.js';
import {
  InsightReactionsResolver,
  LessonReactionsResolver,
  ProductReactionsResolver,
  QuestionReactionsResolver,
  ReactionResolver,
} from './reaction.resolver.js';
import { ReactionService } from './reaction.service.js';

@Module({
  imports: [UserModule, NotificationModule],
  providers: [
    ReactionService,
    ReactionResolver,
    LessonReactionsResolver,
    InsightReactionsResolver,
    QuestionReactionsResolver,
    ProductReactionsResolver,
  ],
  exports: [ReactionService],
})
export class ReactionModule {}
