import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SessionService } from '../auth/session.service.js';
import { isDatabaseUnavailable } from '../common/database/unavailable.js';
import { ResponseCache } from '../common/graphql/response-cache.js';
import { PrismaService } from '../common/prisma/prisma.service.js';

/**
 * What the health check tries, in order, each the way requests do it: the migrations' table through Prisma,
 * the session lookup every signed-in request starts with (a named statement that reads the content version
 * along), and the response cache's own read of the content version (a named statement on the pool).
 */
const CHECKS = ['migrations', 'session', 'contentVersion'] as const;
export type HealthCheck = (typeof CHECKS)[number];

/** `unreachable`: the database is away; `failed`: it answered, but not as requests need. */
export type CheckResult = 'ok' | 'unreachable' | 'failed' | 'not run';

export interface Health {
  ok: boolean;
  checks: Record<HealthCheck, CheckResult>;
}

@Injectable()
export class HealthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly sessions: SessionService,
    private readonly responseCache: ResponseCache,
  ) {}

  async check(): Promise<Health> {
    const run: Record<HealthCheck, () => Promise<unknown>> = {
      migrations: () => this.prisma.$queryRaw`SELECT 1 FROM _prisma_migrations LIMIT 1`,
      // A token nobody has: the same statement as a signed-in request's, finding no session.
      session: () => this.sessions.resolve(randomBytes(32).toString('base64url')),
      contentVersion: () => this.responseCache.readVersion(),
    };
    const checks = Object.fromEntries(CHECKS.map((name) => [name, 'not run'])) as Health['checks'];
    for (const name of CHECKS) {
      try {
        await run[name]();
        checks[name] = 'ok';
      } catch (error) {
        checks[name] = isDatabaseUnavailable(error) ? 'unreachable' : 'failed';
        return { ok: false, checks };
      }
    }
    return { ok: true, checks };
  }
}
