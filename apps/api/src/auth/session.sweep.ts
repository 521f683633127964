import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { PeriodicSweep } from '../common/schedule/periodic-sweep.js';

const SWEEP_MS = 60 * 60_000;

/**
 * Forgets sessions that can no longer be used (idle too long or past their lifetime) once an hour, on every
 * replica: a session holds when and with which browser someone was here, which is not kept longer than it serves.
 * Sign-in clears the person's own as well; this clears those of people who do not come back.
 */
@Injectable()
export class SessionSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly periodic = new PeriodicSweep({
    name: 'The session sweep',
    everyMs: SWEEP_MS,
    firstAfterMs: 30_000,
    log: new Logger('Sessions'),
    work: () => this.sweep(),
  });

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.periodic.stop();
  }

  /** Removes every ended session; returns how many. */
  async sweep(now = Date.now()): Promise<number> {
    this.periodic.ran();
    const { count } = await this.prisma.session.deleteMany({
      where: {
        OR: [
          { expiresAt: { lte: new Date(now) } },
          { lastSeenAt: { lte: new Date(now - this.config.session.idleMs) } },
        ],
      },
    });
    return count;
  }
}
