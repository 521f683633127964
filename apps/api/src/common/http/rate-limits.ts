import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
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

/** Who tries a password, for the account limits. */
export interface PasswordAttemptSource {
  /** The account: its e-mail address (as typed for a sign-in; any case and spaces). */
  account: string;
  ip: string;
  /** The SHA-256 of the known-browser token, when the browser signed in to this account before. */
  knownBrowser?: string | undefined;
}

/** An attempt under way: counted as a failure unless the password turns out right. */
export interface PasswordAttempt {
  /** The password was right: the source's wrong passwords are forgotten, and this attempt was none. */
  succeeded(): Promise<void>;
}

/**
 * Rate limits, in memory for one process or shared through Redis when REDIS_URL is set (several replicas
 * then count together): a general limit per IP; sign-in and sign-up attempts per IP; and wrong passwords per
 * account, as OWASP's credential-stuffing guidance has it, so a guesser is slowed without locking the owner out:
 * - per account and source (AUTH_RATE_LIMIT_PER_ACCOUNT): a source is the IP address (an IPv6 /64), or a
 *   known browser (one that signed in to the account before), which thus keeps its own count even behind the
 *   guesser's address;
 * - per account from all sources but known browsers (AUTH_RATE_LIMIT_PER_ACCOUNT_ALL_SOURCES, much higher), so a
 *   guesser spread over many addresses is slowed too, while the owner's known browser still gets in.
 * Accounts are counted under the SHA-256 of their address, so Redis holds no address.
 */
@Injectable()
export class RateLimits implements OnModuleDestroy {
  /** The Redis connection when REDIS_URL is set; live events publish through it (live-events.ts). */
  readonly redis: Redis | undefined;
  readonly general: RateLimiterAbstract;
  private readonly authPerIp: RateLimiterAbstract;
  private readonly failuresPerSource: RateLimiterAbstract;
  private readonly failuresPerAccount: RateLimiterAbstract;
  private readonly reports: RateLimiterAbstract;

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
    this.failuresPerSource = make('auth-account-source', config.rateLimits.authPerAccount, TEN_MINUTES);
    this.failuresPerAccount = make(
      'auth-account-all',
      config.rateLimits.authPerAccountAllSources,
      TEN_MINUTES,
    );
    this.reports = make('report', config.rateLimits.reportsPerMinute, 60);
  }

  /** One atelier report made for an address; TOO_MANY_REQUESTS (with the wait) over the limit. */
  async consumeReport(ip: string): Promise<void> {
    await consume(this.reports, sourceOf(ip));
  }

  /** One sign-in or sign-up attempt from an address; TOO_MANY_REQUESTS (with the wait) over the limit. */
  async consumeAuthAttempt(ip: string): Promise<void> {
    await consume(this.authPerIp, sourceOf(ip));
  }

  /**
   * Before a password is checked (sign-in, password change, erasure): TOO_MANY_REQUESTS when the source, or all
   * sources but known browsers together, had too many wrong passwords for the account. The attempt counts
   * as a wrong one from now on (so requests sent together can't all slip under the limit) until `succeeded`.
   */
  async beginPasswordAttempt(attempt: PasswordAttemptSource): Promise<PasswordAttempt> {
    const account = createHash('sha256').update(attempt.account.trim().toLowerCase()).digest('hex');
    const source = attempt.knownBrowser
      ? `${account}:browser:${attempt.knownBrowser}`
      : `${account}:ip:${sourceOf(attempt.ip)}`;
    await consume(this.failuresPerSource, source);
    if (!attempt.knownBrowser) {
      try {
        await consume(this.failuresPerAccount, account);
      } catch (error) {
        // Refused before the password was looked at: not a wrong password of this source.
        await this.failuresPerSource.reward(source, 1);
        throw error;
      }
    }
    return {
      succeeded: async () => {
        await this.failuresPerSource.delete(source);
        if (!attempt.knownBrowser) await this.failuresPerAccount.reward(account, 1);
      },
    };
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

/**
 * The source an address stands for: an IPv4 address itself (also when written IPv4-mapped), an IPv6 address
 * its /64, the block one subscriber gets, so a guesser can't take a fresh address for every attempt.
 */
export function sourceOf(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (isIP(ip) !== 6) return ip;
  const address = ip.split('%')[0]!.toLowerCase();
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const before = groups(head);
  const after = tail === undefined ? [] : groups(tail);
  const full = [...before, ...Array<string>(8 - before.length - after.length).fill('0'), ...after];
  return `${full
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
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
