import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { NationalThemeResolver, SocialIssueChangeResolver, SocialIssueResolver } from './social-issue.resolver.js';
import { SocialIssueService } from './social-issue.service.js';

@Module({
  imports: [UserModule],
  providers: [SocialIssueService, SocialIssueResolver, SocialIssueChangeResolver, NationalThemeResolver],
  exports: [SocialIssueService],
})
export class SocialIssueModule {}
