import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { PrivacyStatementResolver, WorkshopPrivacyStatementResolver } from './privacy-statement.resolver.js';
import { PrivacyStatementService } from './privacy-statement.service.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';
import { WorkshopPrivacyWordsResolver } from './privacy-words.resolver.js';

@Module({
  imports: [AuthModule],
  providers: [
    PrivacyService,
    PrivacyResolver,
    PrivacyStatementService,
    PrivacyStatementResolver,
    WorkshopPrivacyStatementResolver,
    WorkshopPrivacyWordsResolver,
  ],
})
export class PrivacyModule {}
