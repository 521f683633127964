import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { InsightReactionsResolver, LessonReactionsResolver, ReactionResolver } from './reaction.resolver.js';
import { ReactionService } from './reaction.service.js';

@Module({
  imports: [UserModule],
  providers: [ReactionService, ReactionResolver, LessonReactionsResolver, InsightReactionsResolver],
  exports: [ReactionService],
})
export class ReactionModule {}
