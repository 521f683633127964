import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { UserModule } from '../user/user.module.js';
import { ProposalReviewSweep } from './proposal-review.sweep.js';
import {
  ActivityProposalResolver,
  AtelierProposalsResolver,
  NotificationProposalResolver,
  ProposalResolver,
  StanceResolver,
} from './proposal.resolver.js';
import { ProposalService } from './proposal.service.js';

@Module({
  imports: [AtelierModule, NotificationModule, UserModule],
  providers: [
    ProposalService,
    ProposalReviewSweep,
    ProposalResolver,
    StanceResolver,
    AtelierProposalsResolver,
    ActivityProposalResolver,
    NotificationProposalResolver,
  ],
  exports: [ProposalService, ProposalReviewSweep],
})
export class ProposalModule {}
