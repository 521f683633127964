import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { PrivacyStatementResolver, WorkshopPrivacyStatementResolver } from './privacy-statement.resolver.js';
import { PrivacyStatementService } from './privacy-statement.service.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';
import { AtelierPrivacyWordsResolver, WorkshopPrivacyWordsResolver } from './privacy-words.resolver.js';
import { WorkshopRetentionResolver } from './retention.resolver.js';
import { RetentionSweep } from './retention.js';

@Module({
  imports: [AuthModule, NotificationModule],
  providers: [
    PrivacyService,
    PrivacyResolver,
    PrivacyStatementService,
    PrivacyStatementResolver,
    WorkshopPrivacyStatementResolver,
    WorkshopPrivacyWordsResolver,
    AtelierPrivacyWordsResolver,
    WorkshopRetentionResolver,
    RetentionSweep,
  ],
})
export class PrivacyModule {}
