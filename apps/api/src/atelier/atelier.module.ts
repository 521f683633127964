import { Module } from '@nestjs/common';
import { SocialIssueModule } from '../social-issue/social-issue.module.js';
import { UserModule } from '../user/user.module.js';
import { AtelierResolver, SocialIssueAteliersResolver } from './atelier.resolver.js';
import { AtelierService } from './atelier.service.js';

@Module({
  imports: [SocialIssueModule, UserModule],
  providers: [AtelierService, AtelierResolver, SocialIssueAteliersResolver],
  exports: [AtelierService],
})
export class AtelierModule {}
