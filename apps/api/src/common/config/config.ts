import { z } from 'zod';

/** Thrown for a bad environment; start-up prints its message as one line and exits. */
export class ConfigError extends Error {}

const booleanFromEnv = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((value) => value === undefined || isPostgresUrl(value), {
      message: 'is not a postgres:// or postgresql:// URL',
    }),
  DATA_DIR: z.string().min(1).default('./.data'),
  DEMO_DATA: booleanFromEnv.optional(),
  REDIS_URL: z.string().url().optional(),
  WEB_DIST_DIR: z.string().optional(),
  /** Minutes without a request after which a session ends. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(120),
  /** Hours after sign-in after which a session ends, whatever its use. */
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .default(24 * 7),
  /** Set when TLS terminates before the app (a proxy); forces Secure cookies. */
  TRUST_PROXY: booleanFromEnv.default(false),
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
  /** Requests per minute from one IP address, for everything. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Sign-in and sign-up attempts per 10 minutes from one IP address. */
  AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().positive().default(30),
  /** Sign-in attempts per 10 minutes for one account. */
  AUTH_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().positive().default(10),
  /** A GraphQL request's deadline: after it, no further field resolves (TIMEOUT). */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Postgres statement_timeout for the app's connections (real Postgres). */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  /** Memory for answers kept by the response cache, per process, in MB; 0 switches it off. */
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).default(16),
  /** Longest an answer is kept, in seconds, even when nothing changed through the API. */
  RESPONSE_CACHE_SECONDS: z.coerce.number().int().positive().default(60),
  /** Origins (comma-separated) other than the app's own that may call the API from a browser. */
  CORS_ORIGINS: z.string().default(''),
});

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  /** Absent: the app runs on the embedded Postgres in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  demoData: boolean;
  redisUrl: string | undefined;
  webDistDir: string | undefined;
  session: { idleMs: number; absoluteMs: number; cookieName: string; secureCookie: boolean };
  trustProxy: boolean;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
  rateLimits: { perMinute: number; authPerIp: number; authPerAccount: number };
  corsOrigins: string[];
  timeouts: { requestMs: number; statementMs: number };
  responseCache: { maxBytes: number; maxAgeMs: number };
}

/** Validates the environment once, at boot, into a typed config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`${name} ${issue?.message ?? 'is invalid'}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  // In production the cookie is Secure and carries the __Host- prefix (no Domain, Path=/).
  const secureCookie = production;
  return {
    production,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    // Demo data: on by default for the embedded database only, never in production unless asked.
    demoData: e.DEMO_DATA ?? (e.DATABASE_URL === undefined && !production),
    redisUrl: e.REDIS_URL,
    webDistDir: e.WEB_DIST_DIR,
    session: {
      idleMs: e.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
      cookieName: secureCookie ? '__Host-werkplaats_session' : 'werkplaats_session',
      secureCookie,
    },
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    rateLimits: {
      perMinute: e.RATE_LIMIT_PER_MINUTE,
      authPerIp: e.AUTH_RATE_LIMIT_PER_IP,
      authPerAccount: e.AUTH_RATE_LIMIT_PER_ACCOUNT,
    },
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    timeouts: { requestMs: e.REQUEST_TIMEOUT_MS, statementMs: e.STATEMENT_TIMEOUT_MS },
    responseCache: { maxBytes: e.RESPONSE_CACHE_MB * 1024 * 1024, maxAgeMs: e.RESPONSE_CACHE_SECONDS * 1000 },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
