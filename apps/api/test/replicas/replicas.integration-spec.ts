// Two replicas of the built API (`node dist/main.js`, as the image runs it, in production mode with TRUST_PROXY) on
// one real Postgres and one Redis, behind a round-robin proxy that does what docker/nginx.conf.template asks of
// nginx (test/support/round-robin-proxy.ts). People sign in through the proxy and use it: feed reads, lessons
// logged, reactions; replica 1 gets SIGKILL in the middle of it, and the clients go on, sending a failed request
// once more as a person pressing "Opnieuw proberen" would. What a visitor must not notice is checked afterwards:
// every write that was acknowledged is there, the live socket that was on replica 1 is back and hears what happens
// after the kill, a session and a sign-in budget are the same on both replicas, and every mail (direct
// notifications, the daily summary both replicas sweep for, a digest sent from both at once) arrives exactly once.
//
// Mail is queued before and after the kill, not at it: a message accepted by the mail server in the instant before
// a SIGKILL is sent again after its lease (at least once, never lost); mail-crash.integration-spec.ts and
// bench/mail-crash.mjs measure that window. Here no person but one has direct mail, so the load itself queues none.
//
// Runs on the real-Postgres integration run only (jest.config.js leaves it out of the embedded one: replicas need
// a database server they share). Redis is required there: without it the test fails and says so.
import { randomInt } from 'node:crypto';
import http from 'node:http';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { createPool } from '../../src/common/database/embedded-postgres.js';
import { PrismaService } from '../../src/common/prisma/prisma.service.js';
import { fromGlobalId } from '../../src/common/graphql/relay.js';
import { messageIdOf } from '../../src/mail/transport.js';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { start, type Running } from '../support/built-app.js';
import { startRoundRobinProxy, type RoundRobinProxy } from '../support/round-robin-proxy.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const FROM = 'noreply@werkplaats.example.nl';
/** Sign-in attempts per address per 10 minutes, lowered so that the shared count shows within a few attempts. */
const AUTH_BUDGET = 5;
/** Acknowledged writes before the kill, and at least as many after it. */
const WRITES_EACH_SIDE = 30;

// Every client comes from an address of its own, new each run (the whole of 127/8 is this machine), so that the
// per-address budgets Redis keeps for ten minutes are this run's alone.
const network = `127.${randomInt(10, 250)}.${randomInt(0, 256)}`;
let lastHost = 0;
const newAddress = () => `${network}.${++lastHost}`;

interface Reply {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
  cookie?: string;
}

/** A GraphQL request from `from`, as a browser sends it with its cookie. Rejects when no answer came. */
function graphql(
  base: string,
  from: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}/graphql`, {
      method: 'POST',
      localAddress: from,
      agent: false,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        const session = (response.headers['set-cookie'] ?? []).find((c) => /werkplaats_session=/.test(c));
        let body: Omit<Reply, 'status' | 'cookie'> = {};
        try {
          body = JSON.parse(text) as typeof body;
        } catch {
          // A proxy's 502 has no JSON: the status says it.
        }
        resolve({ status: response.statusCode ?? 0, ...body, cookie: session?.split(';')[0] });
      });
    });
    request.on('error', reject);
    request.end(JSON.stringify({ query, variables }));
  });
}

const answered = (reply: Reply) => reply.status === 200 && !reply.errors && reply.data != null;

/** Sent once more when the first try got no answer, a 502 or an error, as the web app's "Opnieuw proberen". */
async function withOneRetry(send: () => Promise<Reply>): Promise<{ reply?: Reply; retried: boolean }> {
  const first = await send().catch(() => undefined);
  if (first && answered(first)) return { reply: first, retried: false };
  return { reply: await send().catch(() => undefined), retried: true };
}

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`;
const FEED_ITEM_ADDED = `subscription { feedItemAdded { ... on Lesson { id } } }`;

async function signIn(base: string, from: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const reply = await graphql(base, from, SIGN_IN, { email, password });
  if (!reply.cookie) throw new Error(`No session for ${email}: ${JSON.stringify(reply)}`);
  return reply.cookie;
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`Waited ${ms / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A graphql-ws client through the proxy, set up as the web app's (apps/web/src/app/live-link.ts). */
function liveClient(base: string, cookie: string, events: { connected: number[]; closed: number[] }): Client {
  const from = newAddress();
  return createClient({
    url: `${base.replace('http', 'ws')}/graphql`,
    lazy: false,
    retryAttempts: 8,
    keepAlive: 25_000,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols: string | string[]) {
        super(url, protocols, { headers: { cookie }, localAddress: from });
      }
    },
    on: {
      connected: () => events.connected.push(Date.now()),
      closed: () => events.closed.push(Date.now()),
    },
  });
}

describe('two API replicas behind a proxy, one killed with SIGKILL', () => {
  let database: TestDatabase;
  let prisma: PrismaService;
  let smtp: TestSmtpServer;
  let replicas: Running[];
  let proxy: RoundRobinProxy;
  const clients: Client[] = [];
  let atelierId: string;
  /** Mail that was already sent or given up on in the demo data, before the replicas ran. */
  let mailBefore: Set<string>;
  /** The session replica 1 issued, used on replica 2 after the kill. */
  let cookieFromReplica1: string;
  let directAuthor: { id: string; email: string; password: string };
  let mailLessonId: string;

  beforeAll(async () => {
    const redis = new Redis(REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      retryStrategy: () => null,
    });
    try {
      await redis.connect();
      await redis.ping();
    } catch (error) {
      throw new Error(
        `The replicas test needs Redis (shared rate limits and live events) at ${REDIS_URL} (REDIS_URL; by default redis://127.0.0.1:6379): ${String(error)}`,
        { cause: error },
      );
    } finally {
      redis.disconnect();
    }

    database = await createTestDatabase({ demo: true });
    prisma = new PrismaService(createPool(database.url, { embedded: false }));
    const f = new DemoFixtures(prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;

    // Everyone gets summaries, except one author who wants each notification by mail at once: her lesson's
    // reactions are the direct mail of this test, sent before and after the kill.
    await prisma.user.updateMany({ data: { mailDelivery: 'DAILY' } });
    const author = await f.account('Dina Direct');
    await prisma.user.update({ where: { id: author.user.id }, data: { mailDelivery: 'DIRECT' } });
    await prisma.participation.create({
      data: { atelierId, userId: author.user.id, role: 'ARENA', notificationLevel: 'NORMAL' },
    });
    directAuthor = { id: author.user.id, email: author.email, password: author.password };
    mailLessonId = gid(
      'Lesson',
      (
        await f.lesson({
          atelierId,
          authorId: author.user.id,
          visibility: 'TRIBUNE',
          title: 'Post over de buurtkamer',
        })
      ).id,
    );
    // Yesterday's notification: both replicas sweep for the daily summaries at start, one is queued.
    const tribune = await f.user(DEMO.tribune);
    const yesterdayNoon = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 - 12 * 3_600_000);
    await prisma.notification.create({
      data: {
        userId: tribune.id,
        kind: 'LESSON_SHARED',
        lessonId: fromGlobalId('Lesson', mailLessonId, 'id'),
        actorId: author.user.id,
        createdAt: yesterdayNoon,
      },
    });
    mailBefore = new Set(
      (
        await prisma.mailMessage.findMany({
          where: { status: { notIn: ['QUEUED', 'SENDING'] } },
          select: { id: true },
        })
      ).map((m) => m.id),
    );

    smtp = await startSmtpServer();
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      DEMO_DATA: 'false',
      REDIS_URL,
      // Exactly the proxy, as compose names nginx's address: it connects from 127.0.0.1, the visitors from
      // addresses of their own.
      TRUST_PROXY: '127.0.0.1',
      SMTP_URL: smtp.url,
      MAIL_FROM: `"Werkplaats Sociaal Domein" <${FROM}>`,
      AUTH_RATE_LIMIT_PER_IP: String(AUTH_BUDGET),
      // Each load client asks as fast as it is answered, for as long as the socket takes to come back: more than
      // a person's 600 a minute on a fast machine. The budget shown shared here is the sign-in one.
      RATE_LIMIT_PER_MINUTE: '100000',
      LOG_LEVEL: 'error',
    };
    replicas = await Promise.all([start(env), start(env)]);
    proxy = await startRoundRobinProxy(
      replicas.map((r) => ({ host: '127.0.0.1', port: Number(new URL(r.url).port) })),
    );
  });

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await proxy?.close();
    for (const replica of replicas ?? []) {
      if (replica.child.exitCode !== null || replica.child.signalCode !== null) continue;
      const exited = new Promise((resolve) => replica.child.once('exit', resolve));
      replica.child.kill('SIGTERM');
      await exited;
    }
    await smtp?.close();
    await prisma?.$disconnect();
    await database?.dispose();
  });

  it('counts sign-in attempts from one address together on both replicas (Redis)', async () => {
    const [first, second] = replicas.map((r) => r.url) as [string, string];
    const visitor = newAddress();
    const wrong = () =>
      graphql(first, visitor, SIGN_IN, { email: DEMO.tribune, password: 'niet-het-wachtwoord' });
    for (let i = 0; i < AUTH_BUDGET; i++) {
      expect((await wrong()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    // The budget was spent on replica 1: replica 2 refuses the next attempt from that address, right password or
    // not, and so do both behind the proxy, which passes the visitor's address on.
    const rightPassword = () => ({ email: DEMO.tribune, password: DEMO_PASSWORD });
    const attempts = [
      await graphql(second, visitor, SIGN_IN, rightPassword()),
      await graphql(proxy.url, visitor, SIGN_IN, rightPassword()),
      await graphql(proxy.url, visitor, SIGN_IN, rightPassword()),
      // Straight to a replica with an address of one's choosing in X-Forwarded-For: only the proxy is believed.
      await graphql(second, visitor, SIGN_IN, rightPassword(), undefined, {
        'x-forwarded-for': newAddress(),
      }),
    ];
    expect(attempts.map((a) => [a.errors?.[0]?.extensions?.code, a.cookie])).toEqual(
      attempts.map(() => ['TOO_MANY_REQUESTS', undefined]),
    );
    // Another visitor behind the same proxy is not held back.
    expect(await signIn(proxy.url, newAddress(), DEMO.tribune)).toMatch(/werkplaats_session=/);
  });

  it('queues a digest sent from both replicas at the same moment once, and the daily summary once', async () => {
    const [first, second] = replicas.map((r) => r.url) as [string, string];
    const trekker = await signIn(first, newAddress(), DEMO.trekker);
    const from = newAddress();
    const started = await graphql(
      first,
      from,
      `
        mutation ($a: ID!) {
          startDigest(atelierId: $a) {
            id
          }
        }
      `,
      { a: gid('Atelier', atelierId) },
      trekker,
    );
    const digestId = started.data.startDigest.id as string;
    const saved = await graphql(
      second,
      from,
      `
        mutation ($id: ID!, $i: UpdateDigestInput!) {
          updateDigest(id: $id, input: $i) {
            id
          }
        }
      `,
      {
        id: digestId,
        i: { introduction: 'Wat we deze maand leerden over eenzaamheid.', itemIds: [mailLessonId] },
      },
      trekker,
    );
    expect(saved.errors).toBeUndefined();
    const send = (base: string) =>
      graphql(
        base,
        from,
        `
          mutation ($id: ID!) {
            sendDigest(id: $id) {
              id
            }
          }
        `,
        { id: digestId },
        trekker,
      );
    const sends = await Promise.all([send(first), send(second)]);
    expect(sends.filter(answered)).toHaveLength(1);
    // The other is told it was sent already, whichever replica came second.
    expect(sends.flatMap((s) => s.errors?.map((e) => e.extensions?.code) ?? [])).toEqual(['CONFLICT']);

    const digestRows = await prisma.mailMessage.count({
      where: { idempotencyKey: { startsWith: `digest:${fromGlobalId('Digest', digestId, 'id')}:` } },
    });
    const followers = await prisma.participation.count({
      where: { atelierId, status: 'ACTIVE', digestMail: true, user: { erasedAt: null, blockedAt: null } },
    });
    expect(digestRows).toBe(followers);
    expect(followers).toBeGreaterThan(0);

    const tribune = await prisma.user.findUniqueOrThrow({ where: { email: DEMO.tribune } });
    await until(
      'the daily summary to be queued',
      async () =>
        (await prisma.mailMessage.count({
          where: { idempotencyKey: { startsWith: `summary:DAILY:${tribune.id}:` } },
        })) > 0,
    );
  });

  it('keeps every acknowledged write, and the live socket on the killed replica comes back, through the proxy', async () => {
    const [first] = replicas as [Running, Running];
    cookieFromReplica1 = await signIn(first.url, newAddress(), DEMO.tribune);
    // Direct mail before the kill, from whichever replica the proxy picks.
    const reactor = newAddress();
    const reactorCookie = await signIn(proxy.url, reactor, DEMO.tribune);
    const REACT = `mutation($t: ID!, $b: String!) { react(targetId: $t, body: $b) { id } }`;
    for (let i = 0; i < 4; i++) {
      const reply = await graphql(
        proxy.url,
        reactor,
        REACT,
        { t: mailLessonId, b: `Mooi verhaal, dank je (${i})` },
        reactorCookie,
      );
      expect(reply.errors).toBeUndefined();
    }
    await mailSettled();

    // Two live sockets through the proxy, one on each replica.
    const listener = await signIn(proxy.url, newAddress(), DEMO.tribune);
    const sockets = [0, 1].map(() => ({
      connected: [] as number[],
      closed: [] as number[],
      received: [] as string[],
    }));
    for (const socket of sockets) {
      const client = liveClient(proxy.url, listener, socket);
      clients.push(client);
      client.subscribe<{ feedItemAdded: { id?: string } }>(
        { query: FEED_ITEM_ADDED },
        {
          next: (result) => {
            if (result.data?.feedItemAdded.id) socket.received.push(result.data.feedItemAdded.id);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      await until('a live socket to connect', () => socket.connected.length > 0);
    }
    expect([...proxy.upgrades].sort()).toEqual([0, 1]);
    const onKilled = sockets[proxy.upgrades.indexOf(0)]!;

    // A lesson lifted to the tribune on one replica reaches the sockets on both (Redis). Lifted once a second
    // until both heard one: a subscription is in place a moment after its socket connects.
    const f = new DemoFixtures(prisma);
    const trekker = await signIn(proxy.url, newAddress(), DEMO.trekker);
    const arenaAuthor = await f.user(DEMO.arena);
    const liftUntilHeard = async (base: string, what: string) => {
      const lifted: string[] = [];
      await until(
        what,
        async () => {
          if (sockets.every((s) => s.received.some((id) => lifted.includes(id)))) return true;
          const lesson = gid(
            'Lesson',
            (await f.lesson({ atelierId, authorId: arenaAuthor.id, visibility: 'ARENA' })).id,
          );
          const reply = await graphql(
            base,
            newAddress(),
            `
              mutation ($id: ID!) {
                setLessonVisibility(id: $id, visibility: TRIBUNE) {
                  id
                }
              }
            `,
            { id: lesson },
            trekker,
          );
          expect(reply.errors).toBeUndefined();
          lifted.push(lesson);
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          return false;
        },
        90_000,
      );
    };
    await liftUntilHeard(replicas[0]!.url, 'both live sockets to hear of a lesson lifted on replica 1');
    // The lift's mail to Dina (she hears at once what reaches the tribune) is out before the load and the kill.
    await mailSettled();

    // The load: people logging lessons (arena) and reacting (tribune), each also reading the feed.
    const reactedLesson = await prisma.lesson.findFirstOrThrow({
      where: { atelierId, visibility: 'TRIBUNE', authorId: { not: directAuthor.id } },
    });
    const lessons: { id: string; title: string }[] = [];
    const reactions: string[] = [];
    const unanswered: string[] = [];
    let retried = 0;
    let killedAt = 0;
    let stopping = false;
    const writesAfterKill = () => lessons.length + reactions.length - writesAtKill;
    let writesAtKill = 0;
    const client = async (n: number, email: string) => {
      const from = newAddress();
      const cookie = await signIn(proxy.url, from, email);
      for (let i = 0; !stopping; i++) {
        const title = `Les ${n}-${i} van de belasting`;
        const [label, query, variables] =
          i % 2 === 0
            ? ['feed', `{ feed(first: 10) { totalCount } }`, {}]
            : email === DEMO.arena
              ? [
                  'logLesson',
                  `mutation($i: LogLessonInput!) { logLesson(input: $i) { id } }`,
                  {
                    i: {
                      atelierId: gid('Atelier', atelierId),
                      title,
                      body: `<p>Wat client ${n} leerde, keer ${i}.</p>`,
                      conditions: ['SOCIAL_COHESION'],
                      level: 'GROUP',
                      domain: 'WELFARE',
                      visibility: 'ARENA',
                    },
                  },
                ]
              : [
                  'react',
                  REACT,
                  { t: gid('Lesson', reactedLesson.id), b: `Herkenbaar (client ${n}, keer ${i})` },
                ];
        const { reply, retried: again } = await withOneRetry(() =>
          graphql(proxy.url, from, query, variables, cookie),
        );
        if (again) retried += 1;
        if (!reply || !answered(reply)) {
          unanswered.push(
            `${label}: ${reply ? `${reply.status} ${JSON.stringify(reply.errors)}` : 'no answer'}`,
          );
          continue;
        }
        if (label === 'logLesson') lessons.push({ id: reply.data.logLesson.id as string, title });
        if (label === 'react') reactions.push(reply.data.react.id as string);
        if (!killedAt && lessons.length + reactions.length >= WRITES_EACH_SIDE) {
          killedAt = Date.now();
          writesAtKill = lessons.length + reactions.length;
          first.child.kill('SIGKILL');
        }
      }
    };
    const load = Promise.all([
      client(1, DEMO.arena),
      client(2, DEMO.arena),
      client(3, DEMO.tribune),
      client(4, DEMO.tribune),
    ]);

    await until('replica 1 to be killed', () => killedAt > 0);
    await until('the socket on replica 1 to connect again', () => onKilled.connected.length > 1);
    const reconnectMs = onKilled.connected[1]! - killedAt;
    // Lessons lifted to the tribune after the kill reach both sockets.
    await liftUntilHeard(proxy.url, 'both live sockets to hear of a lesson lifted after the kill');
    await until('as many writes after the kill as before it', () => writesAfterKill() >= WRITES_EACH_SIDE);
    stopping = true;
    await load;

    expect(first.child.signalCode).toBe('SIGKILL');
    expect(unanswered).toEqual([]);
    // Read back through the proxy, which now has only replica 2.
    const reader = newAddress();
    const arena = await signIn(proxy.url, reader, DEMO.arena);
    const missing: string[] = [];
    for (const lesson of lessons) {
      const reply = await graphql(
        proxy.url,
        reader,
        `
          query ($id: ID!) {
            lesson(id: $id) {
              id
              title
            }
          }
        `,
        { id: lesson.id },
        arena,
      );
      if (reply.data?.lesson?.title !== lesson.title) missing.push(lesson.id);
    }
    const storedReactions = await prisma.reaction.count({
      where: { id: { in: reactions.map((id) => fromGlobalId('Reaction', id, 'id')) } },
    });
    expect(missing).toEqual([]);
    expect(storedReactions).toBe(reactions.length);
    console.log(
      `replicas: ${lessons.length + reactions.length} writes acknowledged (${writesAtKill} before SIGKILL), 0 lost; ` +
        `${retried} requests sent a second time (${proxy.failedInFlight} in flight at the kill); ` +
        `live socket on the killed replica connected again ${reconnectMs} ms after the kill`,
    );
  });

  it('keeps a session issued by the killed replica, and sends every mail exactly once', async () => {
    const me = await graphql(
      proxy.url,
      newAddress(),
      `
        {
          me {
            email
          }
        }
      `,
      {},
      cookieFromReplica1,
    );
    expect(me.data?.me?.email).toBe(DEMO.tribune);

    // Direct mail after the kill: only replica 2 is left to send it.
    const reactor = newAddress();
    const reactorCookie = await signIn(proxy.url, reactor, DEMO.tribune);
    for (let i = 0; i < 3; i++) {
      const reply = await graphql(
        proxy.url,
        reactor,
        `
          mutation ($t: ID!, $b: String!) {
            react(targetId: $t, body: $b) {
              id
            }
          }
        `,
        { t: mailLessonId, b: `Nog steeds herkenbaar (${i})` },
        reactorCookie,
      );
      expect(reply.errors).toBeUndefined();
    }
    const rows = await mailSettled();
    const sent = rows.filter((m) => m.status === 'SENT');
    const deliveries = new Map<string, number>();
    for (const mail of smtp.received)
      deliveries.set(mail.messageId, (deliveries.get(mail.messageId) ?? 0) + 1);
    const expected = new Map(sent.map((m) => [messageIdOf(m.idempotencyKey, FROM), m]));
    const notOnce = [...expected.keys()].filter((id) => deliveries.get(id) !== 1);
    const unexpected = [...deliveries.keys()].filter((id) => !expected.has(id));
    const kinds = (prefix: string) => sent.filter((m) => m.idempotencyKey.startsWith(prefix)).length;
    expect(rows.filter((m) => m.status !== 'SENT' && m.status !== 'DROPPED')).toEqual([]);
    expect(notOnce).toEqual([]);
    expect(unexpected).toEqual([]);
    expect(kinds('notification:')).toBeGreaterThanOrEqual(7);
    expect(kinds('digest:')).toBeGreaterThan(0);
    expect(kinds('summary:')).toBeGreaterThan(0);
    console.log(
      `replicas: ${sent.length}/${sent.length} mails sent exactly once (${kinds('notification:')} direct, ` +
        `${kinds('digest:')} digest, ${kinds('summary:')} summaries) across both replicas and the kill`,
    );
  });

  /** Waits until no mail is queued or being sent, and the mail server has every sent message; gives the rows. */
  async function mailSettled() {
    let rows: { id: string; idempotencyKey: string; status: string }[] = [];
    await until(
      'the mail to be sent',
      async () => {
        rows = (
          await prisma.mailMessage.findMany({ select: { id: true, idempotencyKey: true, status: true } })
        ).filter((m) => !mailBefore.has(m.id));
        const sent = rows.filter((m) => m.status === 'SENT').length;
        return (
          rows.every((m) => m.status !== 'QUEUED' && m.status !== 'SENDING') && smtp.received.length >= sent
        );
      },
      90_000,
    );
    return rows;
  }
});
