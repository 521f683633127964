import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type pg from 'pg';
import request from 'supertest';
import { loadConfig, type AppConfig } from '../../src/common/config/config.js';
import { createPool } from '../../src/common/database/embedded-postgres.js';
import { contentChanged } from '../../src/common/graphql/response-cache.js';
import { PrismaService } from '../../src/common/prisma/prisma.service.js';
import { SummarySweep } from '../../src/notification/summary.sweep.js';
import { RetentionSweep } from '../../src/privacy/retention.js';
import { SessionSweep } from '../../src/auth/session.sweep.js';
import { createApp } from '../../src/server/create-app.js';
import { poolOptions } from '../../src/server/open-database.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';
import { createTestDatabase, testRunDir } from './test-database.js';

export interface GraphQLResponse<T = any> {
  status: number;
  data: T | null | undefined;
  errors:
    | {
        message: string;
        path?: string[];
        extensions: { code: string; field?: string; [key: string]: unknown };
      }[]
    | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/** A browser-like client: keeps its cookies between requests, like a signed-in person would. */
export class GraphQLClient {
  constructor(
    private readonly agent: ReturnType<typeof request.agent>,
    /** Sent with every request (e.g. X-Forwarded-For, to ask from another address behind TRUST_PROXY). */
    private readonly headers: Record<string, string> = {},
  ) {}

  async query<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const response = await this.agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .set(this.headers)
      .send({ query, variables });
    const body = response.body as { data?: T | null; errors?: GraphQLResponse['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** Like query, but fails the test on any GraphQL error, returning the data. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.query<T>(query, variables);
    if (result.errors?.length) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** A plain GET with this client's cookies (a file by its URL, say), answered as bytes. */
  get(path: string) {
    return this.agent
      .get(path)
      .set(this.headers)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  }

  /** A multipart upload of one file (field `file`) with this client's cookies, as the web app sends it. */
  upload(path: string, bytes: Buffer, filename: string, headers: Record<string, string> = {}) {
    return this.agent
      .post(path)
      .set(this.headers)
      .set({ 'x-werkplaats-upload': '1', ...headers })
      .attach('file', bytes, filename);
  }

  /** A GET by address with this client's cookies, as a browser downloads a document (a report, open data), answered as text. */
  getText(path: string) {
    return this.agent.get(path).set(this.headers);
  }

  /** Signs in and fails the test when that doesn't work. */
  async signIn(email: string, password: string): Promise<this> {
    await this.ok(
      `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`,
      {
        email,
        password,
      },
    );
    return this;
  }
}

const MODEL_READS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
]);

/**
 * The tests' own Prisma client. What a test writes with it goes around the API, so no mutation tells the
 * response cache; this client moves the content version on after each of its writes instead, as the API does
 * after a mutation, so the next request sees them (writes outside the API are otherwise seen only after
 * RESPONSE_CACHE_SECONDS: the response-cache spec shows that with a plain SQL write).
 */
function announcingWrites(prisma: PrismaService, pool: pg.Pool): PrismaService {
  const extended = prisma.$extends({
    query: {
      async $allOperations({ operation, args, query }) {
        const result = await query(args);
        if (!MODEL_READS.has(operation)) await contentChanged(pool);
        return result;
      },
    },
  });
  // The same client API with one more step after each write; Prisma types an extended client separately.
  return extended as unknown as PrismaService;
}

export interface TestApp {
  app: NestFastifyApplication;
  prisma: PrismaService;
  pool: pg.Pool;
  config: AppConfig;
  databaseKind: 'postgres' | 'embedded';
  /** With `throughProxy`: the proxy between the app and its database. */
  proxy: TcpProxy | undefined;
  /** A fresh visitor (no cookies), optionally sending these headers with every request. */
  client(headers?: Record<string, string>): GraphQLClient;
  http(): ReturnType<typeof request>;
  /** A second replica of the API on the same database: its own process memory, so its own response cache. */
  replica(): Promise<{ client(): GraphQLClient; close(): Promise<void> }>;
  close(): Promise<void>;
}

/**
 * The whole app over HTTP on a fresh database of its own: real Postgres when TEST_DATABASE_URL or
 * DATABASE_URL is set, the embedded one otherwise. `demo: true` seeds the demo data first.
 */
export async function startTestApp(
  options: { demo?: boolean; env?: Record<string, string>; throughProxy?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase({ demo: options.demo });
  // The app reaches its database through a proxy the test can cut (tcp-proxy.ts).
  const proxy = options.throughProxy ? await startTcpProxy(database.url) : undefined;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATABASE_URL: database.url,
    // Many requests come from one address in tests; the limits themselves are tested with their own values.
    RATE_LIMIT_PER_MINUTE: '1000000',
    AUTH_RATE_LIMIT_PER_IP: '100000',
    AUTH_RATE_LIMIT_PER_ACCOUNT: '100000',
    AUTH_RATE_LIMIT_PER_ACCOUNT_ALL_SOURCES: '100000',
    REPORT_RATE_LIMIT_PER_MINUTE: '100000',
    // The dev mailbox (no SMTP_URL) writes into this app's own folder, not the working copy's ./.data.
    DATA_DIR: join(testRunDir(), `app-${randomBytes(6).toString('hex')}`),
    ...options.env,
  });
  const pool = createPool(proxy?.url ?? database.url, poolOptions(config, database.kind === 'embedded'));
  // The demo data, when asked for, came with the database: nothing to announce to the cache.
  const prisma = announcingWrites(new PrismaService(pool), pool);
  const app = await createApp(config, pool);
  await app.init();
  // Fastify registers its routes and plugins when it is ready; listen() would wait for that too.
  await app.getHttpAdapter().getInstance().ready();
  // The demo has yesterday's notifications, so the app's own first summary sweep (a second after start) queues
  // summaries and the mail worker renders them, reading through the app's pool. Done here, before any test runs, a
  // spec that counts a request's statements or idles the pool measures its requests, not that background work.
  if (options.demo) await settleStartUpMail(app, prisma);
  // The session sweep's start-up tick, done now: a spec that idles the pool or counts statements meets no sweep.
  await app.get(SessionSweep).sweep();
  const server = app.getHttpServer();
  return {
    app,
    prisma,
    pool,
    config,
    databaseKind: database.kind,
    proxy,
    client: (headers) => new GraphQLClient(request.agent(server), headers),
    http: () => request(server),
    replica: async () => {
      const other = await createApp(config, pool);
      await other.init();
      await other.getHttpAdapter().getInstance().ready();
      return {
        client: () => new GraphQLClient(request.agent(other.getHttpServer())),
        close: () => other.close(),
      };
    },
    close: async () => {
      await app.close();
      await prisma.$disconnect();
      await pool.end();
      await proxy?.close();
      await database.dispose();
    },
  };
}

/**
 * Queues the summaries the first sweep would, runs the first retention sweep, and waits (at most 10 s) until the
 * outbox has sent what they queued.
 */
async function settleStartUpMail(app: NestFastifyApplication, prisma: PrismaService): Promise<void> {
  await app.get(SummarySweep).sweep();
  // The retention sweep's start-up tick too: done now, the tick a few seconds in is skipped.
  await app.get(RetentionSweep).sweep();
  for (let tries = 0; tries < 100; tries++) {
    const busy = await prisma.mailMessage.count({ where: { status: { in: ['QUEUED', 'SENDING'] } } });
    if (busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
