import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { SocialIssueChangeResolver, SocialIssueResolver } from './social-issue.resolver.js';
import { AgendaResolver } from './agenda.resolver.js';
import { AgendaService } from './social-issue.agenda.service.js';
import { SocialIssueService } from './social-issue.service.js';

@Module({
  imports: [UserModule],
  providers: [
    SocialIssueService,
    AgendaService,
    SocialIssueResolver,
    SocialIssueChangeResolver,
    AgendaResolver,
  ],
  exports: [SocialIssueService],
})
export class SocialIssueModule {}
