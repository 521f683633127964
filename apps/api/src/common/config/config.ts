import { BlockList, isIP } from 'node:net';
import { join } from 'node:path';
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
  /** The address people open the app at (for links the app prints or sends), e.g. https://werkplaats.example.nl. */
  PUBLIC_URL: z
    .string()
    .optional()
    .refine((value) => value === undefined || isHttpUrl(value), { message: 'is not an http(s) URL' }),
  /** Where mail goes: smtp://user:password@host:port or smtps://…; absent outside production: the dev mailbox. */
  SMTP_URL: z
    .string()
    .optional()
    .refine((value) => value === undefined || isSmtpUrl(value), { message: 'is not an smtp(s) URL' }),
  /** The sender, e.g. "Werkplaats Sociaal Domein" <noreply@werkplaats.example.nl>. */
  MAIL_FROM: z.string().trim().min(3).max(300).optional(),
  /** The waits before each retry of a message that failed; after the last, it is dead. */
  MAIL_RETRY_DELAYS: z
    .string()
    .default('1m,5m,30m,2h,12h')
    .refine((value) => parseDelays(value) !== null, { message: 'is not a list of delays' }),
  /** Minutes without a request after which a session ends. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(120),
  /** Hours after sign-in after which a session ends, whatever its use. */
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .default(24 * 7),
  /**
   * Set when a reverse proxy (which ends TLS) is in front of the app: its X-Forwarded-For/-Proto are believed. Its
   * addresses (IPs or CIDRs, comma-separated) to believe that proxy only; true believes whoever connects.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .refine((value) => parseTrustProxy(value) !== null, { message: 'is not true, false or addresses' }),
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
  /** Requests per minute from one IP address, for everything. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Sign-in and sign-up attempts per 10 minutes from one IP address (an IPv6 /64); a known browser's don't count. */
  AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().positive().default(30),
  /** Wrong passwords per 10 minutes for one account from one source (an IP address, or a known browser). */
  AUTH_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().positive().default(10),
  /** Wrong passwords per 10 minutes for one account from all sources together, known browsers excepted. */
  AUTH_RATE_LIMIT_PER_ACCOUNT_ALL_SOURCES: z.coerce.number().int().positive().default(100),
  /** Atelier reports (PDF or Markdown) per minute from one IP address: each is made afresh and costs real CPU. */
  REPORT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(10),
  /** A GraphQL request's deadline: after it, no further field resolves (TIMEOUT). */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Postgres statement_timeout for the app's connections (real Postgres). */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  /** How long an unused database connection stays open (pg's own default). */
  DATABASE_IDLE_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** How long a request waits for a connection to real Postgres before it is SERVICE_UNAVAILABLE. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Memory for answers kept by the response cache, per process, in MB; 0 switches it off. */
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).default(16),
  /** Longest an answer is kept, in seconds, even when nothing changed through the API. */
  RESPONSE_CACHE_SECONDS: z.coerce.number().int().positive().default(60),
  /** Origins (comma-separated) other than the app's own that may call the API from a browser. */
  CORS_ORIGINS: z.string().default(''),
  /** The largest file an output may carry, in MB. */
  FILE_MAX_MB: z.coerce.number().int().positive().max(10_000).default(50),
  /** S3-compatible storage for uploaded files: https://key:secret@host[:port]/bucket[?region=…]; absent: DATA_DIR/files. */
  S3_URL: z
    .string()
    .optional()
    .refine((value) => value === undefined || isS3Url(value), {
      message: 'is not an http(s) URL with credentials and a bucket',
    }),
  /** The key that encrypts the OpenID client secrets beheerders enter (any long random text; required in production to save one). */
  OIDC_SECRET_KEY: z.string().min(32).optional(),
  /**
   * OpenID providers for the whole deployment, as JSON: [{"id","label","issuer","clientId","clientSecret",
   * "domains":["…"],"requiredForDomains":false}].
   */
  OIDC_PROVIDERS: z
    .string()
    .optional()
    .refine((value) => value === undefined || parseEnvOidcProviders(value) !== null, {
      message: 'is not a list of providers',
    }),
});

/** A deployment-wide OpenID provider (OIDC_PROVIDERS). */
export interface EnvOidcProvider {
  id: string;
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  domains: string[];
  requiredForDomains: boolean;
}

const envOidcProvider = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  label: z.string().trim().min(1).max(80),
  issuer: z.string().refine(isHttpUrl),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  domains: z.array(z.string().trim().toLowerCase().min(1)).default([]),
  requiredForDomains: z.boolean().default(false),
});

/** OIDC_PROVIDERS parsed; null when it is not valid JSON of providers. */
export function parseEnvOidcProviders(value: string): EnvOidcProvider[] | null {
  try {
    const parsed = z.array(envOidcProvider).safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** TRUST_PROXY: false, true (one hop, whoever it is), or the addresses and subnets of the proxy. */
export type TrustProxy = boolean | readonly string[];

/** TRUST_PROXY parsed: on/off words, or a list of IPs and CIDRs; null when it is neither. */
export function parseTrustProxy(value: string): TrustProxy | null {
  const onOff = booleanFromEnv.safeParse(value.trim().toLowerCase());
  if (onOff.success) return onOff.data;
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const valid = (entry: string) => {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    if (bits === undefined) return true;
    const prefix = Number(bits);
    return /^\d{1,3}$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
  };
  return entries.length > 0 && entries.every(valid) ? entries : null;
}

/**
 * Whether the app believes the forwarding headers of a connection from `address`: only the hop right before it
 * (the proxy), never one further along X-Forwarded-For, so a visitor's own header is never taken for theirs.
 */
export function trustsProxyAt(trustProxy: TrustProxy, address: string | undefined): boolean {
  if (typeof trustProxy === 'boolean') return trustProxy;
  // An IPv4 peer of a socket listening on both families shows as ::ffff:a.b.c.d.
  const peer = (address ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  const family = isIP(peer);
  return family !== 0 && trustedProxies(trustProxy).check(peer, family === 6 ? 'ipv6' : 'ipv4');
}

const blockLists = new WeakMap<readonly string[], BlockList>();
function trustedProxies(entries: readonly string[]): BlockList {
  let list = blockLists.get(entries);
  if (!list) {
    list = new BlockList();
    for (const entry of entries) {
      const [address = '', bits] = entry.split('/');
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(bits), type);
    }
    blockLists.set(entries, list);
  }
  return list;
}

function isS3Url(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname !== '' &&
      url.username !== '' &&
      url.password !== '' &&
      url.pathname.split('/').filter(Boolean).length === 1
    );
  } catch {
    return false;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const DELAY_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "1m,5m,30m,2h,12h" → milliseconds; null when any part is not a number with ms, s, m or h. */
export function parseDelays(value: string): number[] | null {
  const delays: number[] = [];
  for (const part of value.split(',')) {
    const match = /^\s*(\d+(?:\.\d+)?)(ms|s|m|h)\s*$/.exec(part);
    if (!match) return null;
    delays.push(Math.round(Number(match[1]) * DELAY_UNITS[match[2]!]!));
  }
  return delays;
}

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
  /** PUBLIC_URL without a trailing slash, or http://localhost:PORT. */
  publicUrl: string;
  session: {
    idleMs: number;
    absoluteMs: number;
    cookieName: string;
    /** The known-browser cookie (see KnownBrowserService). */
    browserCookieName: string;
    secureCookie: boolean;
  };
  /** Whom the app believes X-Forwarded-For/-Proto from: nobody, whoever connects, or these addresses. */
  trustProxy: TrustProxy;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
  rateLimits: {
    perMinute: number;
    authPerIp: number;
    authPerAccount: number;
    authPerAccountAllSources: number;
    reportsPerMinute: number;
  };
  corsOrigins: string[];
  timeouts: { requestMs: number; statementMs: number; databaseIdleMs: number; databaseConnectMs: number };
  responseCache: { maxBytes: number; maxAgeMs: number };
  mail: {
    /** Absent: outside production, messages are kept as .eml files in the dev mailbox (mailDir). */
    smtpUrl: string | undefined;
    from: string;
    /** The dev mailbox: DATA_DIR/mail. */
    mailDir: string;
    /** Wait before retry n (ms); a message fails at most retryDelaysMs.length + 1 times, then it is dead. */
    retryDelaysMs: number[];
  };
  files: {
    /** The largest upload, in bytes. */
    maxBytes: number;
    /** Where uploads are kept without S3: DATA_DIR/files. */
    dir: string;
    /** S3-compatible storage instead of the disk, when set. */
    s3Url: string | undefined;
  };
  oidc: {
    /** OIDC_SECRET_KEY; absent outside production: a key kept in DATA_DIR (see auth/oidc/secret-box.ts). */
    secretKey: string | undefined;
    providers: EnvOidcProvider[];
  };
}

const WHOLE_MS = 'a whole number of milliseconds above 0';
const ON_OFF = 'true or false (also 1/0, yes/no, on/off)';

/** What each variable must be, in the words of the one line a bad environment prints. */
const EXPECTED: Record<keyof z.infer<typeof envSchema>, string> = {
  NODE_ENV: 'development, production or test',
  PORT: 'a port number from 0 to 65535',
  HOST: 'an interface to listen on, such as 0.0.0.0 or 127.0.0.1',
  DATABASE_URL:
    'a postgresql:// URL with a host, such as postgresql://user:password@localhost:5432/werkplaats',
  DATA_DIR: 'a folder',
  DEMO_DATA: ON_OFF,
  REDIS_URL: 'a redis:// URL',
  WEB_DIST_DIR: 'a folder',
  PUBLIC_URL: 'the http:// or https:// address people open the app at, such as https://werkplaats.example.nl',
  SESSION_IDLE_MINUTES: 'a whole number of minutes above 0',
  SESSION_ABSOLUTE_HOURS: 'a whole number of hours above 0',
  TRUST_PROXY:
    'true, false, or the proxy’s addresses separated by commas (IPs or CIDRs), such as 172.30.0.10 or 10.0.0.0/8',
  LOG_LEVEL: 'silent, error, info or debug',
  RATE_LIMIT_PER_MINUTE: 'a whole number above 0',
  AUTH_RATE_LIMIT_PER_IP: 'a whole number above 0',
  AUTH_RATE_LIMIT_PER_ACCOUNT: 'a whole number above 0',
  AUTH_RATE_LIMIT_PER_ACCOUNT_ALL_SOURCES: 'a whole number above 0',
  REPORT_RATE_LIMIT_PER_MINUTE: 'a whole number above 0',
  REQUEST_TIMEOUT_MS: WHOLE_MS,
  STATEMENT_TIMEOUT_MS: WHOLE_MS,
  DATABASE_IDLE_TIMEOUT_MS: WHOLE_MS,
  DATABASE_CONNECT_TIMEOUT_MS: WHOLE_MS,
  RESPONSE_CACHE_MB: 'a whole number of megabytes (0 switches the cache off)',
  RESPONSE_CACHE_SECONDS: 'a whole number of seconds above 0',
  CORS_ORIGINS: 'origins separated by commas, such as https://werkplaats.example.nl',
  SMTP_URL: 'an smtp:// or smtps:// URL with a host, such as smtp://user:password@smtp.example.nl:587',
  MAIL_FROM: 'a sender such as "Werkplaats Sociaal Domein" <noreply@werkplaats.example.nl>',
  MAIL_RETRY_DELAYS: 'delays separated by commas, each a number with ms, s, m or h, such as 1m,5m,30m,2h,12h',
  FILE_MAX_MB: 'a whole number of megabytes above 0',
  S3_URL: 'an http(s) URL with key, secret and bucket, such as https://key:secret@s3.example.nl/werkplaats',
  OIDC_SECRET_KEY: 'a random text of at least 32 characters',
  OIDC_PROVIDERS:
    'a JSON list of providers, each {"id","label","issuer","clientId","clientSecret","domains","requiredForDomains"}',
};

/** Validates the environment once, at boot, into a typed config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const name = String(parsed.error.issues[0]?.path[0] ?? '');
    const expected = EXPECTED[name as keyof typeof EXPECTED];
    // A sentence about the variable, e.g. `PORT must be a port number from 0 to 65535, not "abc"`; URLs may
    // hold a password, so their value is not repeated.
    // URLs and the OpenID settings carry secrets: never printed.
    const given =
      name.endsWith('_URL') || name.startsWith('OIDC_') ? '' : `, not ${JSON.stringify(env[name])}`;
    throw new ConfigError(expected ? `${name} must be ${expected}${given}` : 'the environment is invalid');
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  // In production the cookies are Secure and carry the __Host- prefix (no Domain, Path=/).
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
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    session: {
      idleMs: e.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
      cookieName: secureCookie ? '__Host-werkplaats_session' : 'werkplaats_session',
      browserCookieName: secureCookie ? '__Host-werkplaats_browser' : 'werkplaats_browser',
      secureCookie,
    },
    trustProxy: parseTrustProxy(e.TRUST_PROXY)!,
    logLevel: e.LOG_LEVEL,
    rateLimits: {
      perMinute: e.RATE_LIMIT_PER_MINUTE,
      authPerIp: e.AUTH_RATE_LIMIT_PER_IP,
      authPerAccount: e.AUTH_RATE_LIMIT_PER_ACCOUNT,
      authPerAccountAllSources: e.AUTH_RATE_LIMIT_PER_ACCOUNT_ALL_SOURCES,
      reportsPerMinute: e.REPORT_RATE_LIMIT_PER_MINUTE,
    },
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    timeouts: {
      requestMs: e.REQUEST_TIMEOUT_MS,
      statementMs: e.STATEMENT_TIMEOUT_MS,
      databaseIdleMs: e.DATABASE_IDLE_TIMEOUT_MS,
      databaseConnectMs: e.DATABASE_CONNECT_TIMEOUT_MS,
    },
    responseCache: { maxBytes: e.RESPONSE_CACHE_MB * 1024 * 1024, maxAgeMs: e.RESPONSE_CACHE_SECONDS * 1000 },
    mail: {
      smtpUrl: e.SMTP_URL,
      from:
        e.MAIL_FROM ??
        `"Werkplaats Sociaal Domein" <noreply@${new URL(e.PUBLIC_URL ?? 'http://localhost').hostname}>`,
      mailDir: join(e.DATA_DIR, 'mail'),
      retryDelaysMs: parseDelays(e.MAIL_RETRY_DELAYS)!,
    },
    files: {
      maxBytes: e.FILE_MAX_MB * 1024 * 1024,
      dir: join(e.DATA_DIR, 'files'),
      s3Url: e.S3_URL,
    },
    oidc: {
      secretKey: e.OIDC_SECRET_KEY,
      providers: e.OIDC_PROVIDERS ? (parseEnvOidcProviders(e.OIDC_PROVIDERS) ?? []) : [],
    },
  };
}

/**
 * Production sends mail through SMTP: without SMTP_URL nobody would get their password link, so the server does
 * not start (the dev mailbox is for development only).
 */
export function requireMailInProduction(config: AppConfig): void {
  if (config.production && !config.mail.smtpUrl) {
    throw new ConfigError(
      'SMTP_URL must be set in production (password links and account mail go out by e-mail), such as smtp://user:password@smtp.example.nl:587',
    );
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');
