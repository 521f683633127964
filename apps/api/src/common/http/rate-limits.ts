import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError, ErrorCode } from '../graphql/app-error.js';

export class TooManyRequestsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} seconds`, ErrorCode.TOO_MANY_REQUESTS, {
      retryAfter: retryAfterSeconds,
    });
  }
}

const TEN_MINUTES = 600;

/**
 * Rate limits, in memory for one process or shared through Redis when REDIS_URL is set (several
 * replicas then count together): a general limit per IP, and sign-in/sign-up limits per IP and per account.
 */
@Injectable()
export class RateLimits implements OnModuleDestroy {
  private readonly redis: Redis | undefined;
  readonly general: RateLimiterAbstract;
  private readonly authPerIp: RateLimiterAbstract;
  private readonly authPerAccount: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = config.redisUrl
      ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
      : undefined;
    const make = (keyPrefix: string, points: number, duration: number) =>
      this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            keyPrefix: `werkplaats:${keyPrefix}`,
            points,
            duration,
            // If Redis is unreachable, each replica keeps counting on its own rather than letting everything through.
            insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
          })
        : new RateLimiterMemory({ keyPrefix, points, duration });
    this.general = make('ip', config.rateLimits.perMinute, 60);
    this.authPerIp = make('auth-ip', config.rateLimits.authPerIp, TEN_MINUTES);
    this.authPerAccount = make('auth-account', config.rateLimits.authPerAccount, TEN_MINUTES);
  }

  /** One sign-in or sign-up attempt; TOO_MANY_REQUESTS (with the wait) when over either limit. */
  async consumeAuthAttempt(ip: string, account: string): Promise<void> {
    await consume(this.authPerIp, ip);
    if (account) await consume(this.authPerAccount, account.trim().toLowerCase());
  }

  /** A successful sign-in clears the account's failed attempts. */
  async resetAccount(account: string): Promise<void> {
    await this.authPerAccount.delete(account.trim().toLowerCase());
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new TooManyRequestsError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
    throw rejection;
  }
}

/** Seconds to wait, from a limiter's rejection. */
export function retryAfterSeconds(rejection: unknown): number | null {
  return rejection instanceof RateLimiterRes ? Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) : null;
}
