import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PeriodicSweep } from '../common/schedule/periodic-sweep.js';
import { ProposalService } from './proposal.service.js';

/** How often each replica looks for outcomes whose review date has come. */
const SWEEP_MS = 10 * 60_000;

/**
 * Reminds the proposer and the trekker on an outcome's review date (Loomio's review). Every replica sweeps; each
 * outcome is claimed in one UPDATE (`reviewNotifiedAt`), so the reminder goes out once across replicas.
 */
@Injectable()
export class ProposalReviewSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly periodic = new PeriodicSweep({
    name: 'The review sweep',
    everyMs: SWEEP_MS,
    // A review date is a day: half a minute after a start is soon enough, and leaves a fresh server alone.
    firstAfterMs: 30_000,
    log: new Logger('Decisions'),
    work: () => this.sweep(),
  });

  constructor(private readonly proposals: ProposalService) {}

  onApplicationBootstrap(): void {
    this.periodic.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.periodic.stop();
  }

  /** Sends the reminders that are due at `now`; returns how many notifications were written. */
  sweep(now = new Date()): Promise<number> {
    this.periodic.ran();
    return this.proposals.sendReviewReminders(now);
  }
}
