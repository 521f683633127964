import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { hashPassword } from '../../src/auth/password.js';
import { afterCommit, PrismaService } from '../../src/common/prisma/prisma.service.js';
import { LiveEvents } from '../../src/live/live-events.js';
import { LiveSockets } from '../../src/live/live-sockets.js';
import { createApp } from '../../src/server/create-app.js';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, POVERTY, gid } from '../factories/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FEED_ITEM_ADDED = `subscription { feedItemAdded { __typename ... on Lesson { id title } ... on Insight { id title } } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind lesson { id } } }`;

interface Received {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One subscription on a graphql-ws client: what it received, and whether it ended. */
function subscribe(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const received: Received[] = [];
  let ended = false;
  let failed: unknown;
  client.subscribe<Record<string, any>>(
    { query, variables },
    {
      next: (result) => received.push(result as Received),
      error: (error) => {
        failed = error;
        ended = true;
      },
      complete: () => {
        ended = true;
      },
    },
  );
  return {
    received,
    get ended() {
      return ended;
    },
    get failed() {
      return failed;
    },
  };
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Signs in over HTTP as a browser would and gives the session cookie. */
async function cookieOf(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`,
      variables: { email, password },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('werkplaats_session='));
  if (!cookie) throw new Error(`No session for ${email}: ${await response.text()}`);
  return cookie.split(';')[0]!;
}

async function gql(base: string, cookie: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A graphql-ws client with a cookie (as the browser sends it with the upgrade). */
function liveClient(base: string, cookie: string | null, onClosed?: (code: number) => void): Client {
  const headers = cookie ? { cookie } : {};
  return createClient({
    url: `${base.replace('http', 'ws')}/graphql`,
    lazy: false,
    retryAttempts: 0,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols: string | string[]) {
        super(url, protocols, { headers });
      }
    },
    on: { closed: (event) => onClosed?.((event as { code: number }).code) },
  });
}

async function listening(app: NestFastifyApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return (await app.getUrl()).replace('[::1]', '127.0.0.1');
}

async function connected(client: Client): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const off = client.on('connected', () => {
      off();
      resolve();
    });
    client.on('closed', (event) => reject(new Error(`closed ${(event as { code: number }).code}`)));
  });
}

describe('live updates over WebSocket', () => {
  let t: TestApp;
  let base: string;
  let f: DemoFixtures;
  let atelierId: string;
  let otherAtelierId: string;
  let authorId: string;
  let trekkerCookie: string;
  let committeeCookie: string;
  const clients: Client[] = [];
  const open = (cookie: string | null, onClosed?: (code: number) => void) => {
    const client = liveClient(base, cookie, onClosed);
    clients.push(client);
    return client;
  };

  /** A new person in the tribune of the loneliness atelier, with a session cookie. */
  async function tribuneMember(): Promise<{ userId: string; cookie: string }> {
    const email = `live-${randomUUID()}@example.nl`;
    const user = await t.prisma.user.create({
      data: { email, name: 'Tribunelid', passwordHash: await hashPassword('live-test-wachtwoord') },
    });
    await t.prisma.participation.create({ data: { atelierId, userId: user.id, role: 'TRIBUNE' } });
    return { userId: user.id, cookie: await cookieOf(base, email, 'live-test-wachtwoord') };
  }

  async function arenaLesson(atelier: string, title: string): Promise<string> {
    return gid('Lesson', (await f.lesson({ atelierId: atelier, authorId, visibility: 'ARENA', title })).id);
  }

  const lift = (lessonId: string) =>
    gql(
      base,
      trekkerCookie,
      `mutation($id: ID!) { setLessonVisibility(id: $id, visibility: TRIBUNE) { id } }`,
      {
        id: lessonId,
      },
    );

  beforeAll(async () => {
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    base = await listening(t.app);
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    otherAtelierId = (await f.atelierOf(POVERTY)).id;
    authorId = (await f.user(DEMO.arena)).id;
    trekkerCookie = await cookieOf(base, DEMO.trekker, DEMO_PASSWORD);
    committeeCookie = await cookieOf(base, DEMO.committee, DEMO_PASSWORD);
  });
  afterAll(async () => {
    for (const client of clients) void client.dispose();
    await t.close();
  });

  it('sends a tribune member a lesson lifted to the tribune, and its notification, within a second', async () => {
    const member = await tribuneMember();
    const client = open(member.cookie);
    const feed = subscribe(client, FEED_ITEM_ADDED);
    const notes = subscribe(client, NOTIFICATION_ADDED);
    await pause(200);
    const lessonId = await arenaLesson(atelierId, 'Live gedeeld');
    await lift(lessonId);
    // Within a second of the lift (its mutation answered), whatever the machine's speed at the mutation itself.
    const lifted = Date.now();
    await until(() => feed.received.length > 0 && notes.received.length > 0);
    expect(Date.now() - lifted).toBeLessThan(1_000);
    expect(feed.received[0]).toEqual({
      data: { feedItemAdded: { __typename: 'Lesson', id: lessonId, title: 'Live gedeeld' } },
    });
    expect(notes.received[0]?.data?.notificationAdded).toMatchObject({
      kind: 'LESSON_SHARED',
      lesson: { id: lessonId },
    });
  });

  it('never sends what the subscriber may not read: an arena lesson, a lesson of an atelier they do not follow', async () => {
    const member = await tribuneMember();
    const feed = subscribe(open(member.cookie), FEED_ITEM_ADDED);
    await pause(200);
    // An event for an arena-only lesson (none is published for one; this one is forged) reaches the subscriber's
    // policy read, which finds nothing to send.
    const arenaOnly = await arenaLesson(atelierId, 'Alleen voor de arena');
    const { id: arenaOnlyId } = await t.prisma.lesson.findFirstOrThrow({
      where: { title: 'Alleen voor de arena' },
    });
    t.app.get(LiveEvents).publish({ type: 'feed', kind: 'Lesson', id: arenaOnlyId, atelierId });
    // Shared with the tribune of an atelier the member doesn't follow (by the commissie: not our trekker's).
    await gql(
      base,
      committeeCookie,
      `mutation($id: ID!) { setLessonVisibility(id: $id, visibility: TRIBUNE) { id } }`,
      {
        id: await arenaLesson(otherAtelierId, 'Elders gedeeld'),
      },
    );
    // Then one they do read: the first and only thing they receive.
    const readable = await arenaLesson(atelierId, 'Wel voor de tribune');
    await lift(readable);
    await until(() => feed.received.length > 0);
    await pause(300);
    expect(feed.received.map((r) => r.data?.feedItemAdded?.id)).toEqual([readable]);
    expect(feed.received.some((r) => r.data?.feedItemAdded?.id === arenaOnly)).toBe(false);
  });

  it('puts a request to join on its trekker’s live waiting list, and on no one else’s', async () => {
    const trekker = subscribe(
      open(trekkerCookie),
      `subscription($a: ID) { joinRequestAdded(atelierId: $a) { id kind role user { name } } }`,
      { a: gid('Atelier', atelierId) },
    );
    const bystander = subscribe(
      open((await tribuneMember()).cookie),
      `subscription { joinRequestAdded { id } }`,
    );
    await pause(200);
    const asker = await f.account('Vera Vrijwilliger');
    const askerCookie = await cookieOf(base, asker.email, asker.password);
    const asked = await gql(
      base,
      askerCookie,
      `mutation($a: ID!) { requestToJoin(atelierId: $a, role: ARENA) { id } }`,
      { a: gid('Atelier', atelierId) },
    );
    await until(() => trekker.received.length > 0);
    await pause(300);
    expect(trekker.received).toEqual([
      {
        data: {
          joinRequestAdded: {
            id: asked.requestToJoin.id,
            kind: 'REQUEST',
            role: 'ARENA',
            user: { name: 'Vera Vrijwilliger' },
          },
        },
      },
    ]);
    expect(bystander.received).toEqual([]);
  });

  it('has someone leaving the commissie connect again, so her socket no longer tells her of join requests', async () => {
    const workshopId = (await t.prisma.atelier.findUniqueOrThrow({ where: { id: atelierId } })).workshopId;
    const second = await f.account('Cora Commissie');
    await t.prisma.workshopRole.create({ data: { userId: second.user.id, workshopId, role: 'COMMITTEE' } });
    const secondCookie = await cookieOf(base, second.email, second.password);
    const JOIN_REQUESTS = `subscription { joinRequestAdded { id } }`;
    const askToJoin = async (name: string) => {
      const asker = await f.account(name);
      await gql(
        base,
        await cookieOf(base, asker.email, asker.password),
        `mutation($a: ID!) { requestToJoin(atelierId: $a, role: ARENA) { id } }`,
        { a: gid('Atelier', atelierId) },
      );
    };
    let closedWith = 0;
    const beforeClient = open(secondCookie, (code) => (closedWith = code));
    const before = subscribe(beforeClient, JOIN_REQUESTS);
    await connected(beforeClient);
    await pause(200);
    await askToJoin('Wim Wil-meedoen');
    await until(() => before.received.length > 0);

    await gql(
      base,
      await cookieOf(base, DEMO.admin, DEMO_PASSWORD),
      `mutation($u: ID!, $w: ID) { setWorkshopRole(userId: $u, role: COMMITTEE, granted: false, workshopId: $w) { id } }`,
      { u: gid('User', second.user.id), w: gid('Workshop', workshopId) },
    );
    await until(() => closedWith !== 0);
    // Not a session that ended (4401, for good): the web app connects again, with the roles she has now.
    expect(closedWith).toBe(4000);

    const after = subscribe(open(secondCookie), JOIN_REQUESTS);
    const trekker = subscribe(open(trekkerCookie), JOIN_REQUESTS);
    await pause(200);
    await askToJoin('Lotte Later');
    await until(() => trekker.received.length > 0);
    await pause(300);
    expect(after.received).toEqual([]);
  });

  it('tells the trekker of the commissie’s advice and a beheerder of a membership request, as of any notification', async () => {
    const trekker = subscribe(open(trekkerCookie), `subscription { notificationAdded { kind } }`);
    const admin = subscribe(
      open(await cookieOf(base, DEMO.admin, DEMO_PASSWORD)),
      `subscription { notificationAdded { kind } }`,
    );
    await pause(200);
    await gql(
      base,
      committeeCookie,
      `mutation($a: ID!, $i: GiveAdviceInput!) { giveAdvice(atelierId: $a, input: $i) { id } }`,
      {
        a: gid('Atelier', atelierId),
        i: { title: 'Live advies', body: 'Nodig de huisartsen uit.', asked: false },
      },
    );
    await until(() => trekker.received.length > 0);
    expect(trekker.received[0]?.data?.notificationAdded).toEqual({ kind: 'ADVICE_GIVEN' });

    const organisation = await t.prisma.organisation.findFirstOrThrow({
      where: { workshop: { ateliers: { some: { id: atelierId } } }, status: 'LISTED' },
    });
    const person = await f.account('Mara Meldt-zich');
    await gql(
      base,
      await cookieOf(base, person.email, person.password),
      `mutation($o: ID!) { requestMembership(organisationId: $o) { id } }`,
      { o: gid('Organisation', organisation.id) },
    );
    await until(() => admin.received.some((r) => r.data?.notificationAdded?.kind === 'MEMBERSHIP_REQUESTED'));
  });

  it('gives a visitor no subscription that needs a session, and nothing of what is shared', async () => {
    const feed = subscribe(open(null), FEED_ITEM_ADDED);
    await until(() => feed.ended);
    expect(feed.received.map((r) => [r.data ?? null, r.errors?.map((e) => e.extensions?.code)])).toEqual([
      [null, ['UNAUTHENTICATED']],
    ]);
  });

  it('refuses a socket opened from another origin', async () => {
    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${base.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
        headers: { origin: 'https://elders.example' },
      });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
    });
    expect(refused).toBe(403);
  });

  it('serves only subscriptions over the socket', async () => {
    const member = await tribuneMember();
    const query = subscribe(open(member.cookie), '{ me { id } }');
    await until(() => query.ended);
    expect(JSON.stringify(query.failed)).toContain('Only subscriptions');
  });

  it('holds at most twenty subscriptions on one socket', async () => {
    const client = open((await tribuneMember()).cookie);
    const held = Array.from({ length: 21 }, () => subscribe(client, NOTIFICATION_ADDED));
    await until(() => held.some((s) => s.ended));
    await pause(200);
    expect(held.filter((s) => s.ended).length).toBe(1);
    expect(JSON.stringify(held[20]!.failed)).toContain('At most 20 subscriptions');
  });

  it('closes the socket when its session signs out', async () => {
    const member = await tribuneMember();
    let closedWith = 0;
    const client = open(member.cookie, (code) => (closedWith = code));
    subscribe(client, NOTIFICATION_ADDED);
    await connected(client);
    await gql(base, member.cookie, `mutation { signOut }`);
    await until(() => closedWith !== 0);
    expect(closedWith).toBe(4401);
  });

  it('closes a socket at the next check once its session is gone another way (expiry, blocking, a sweep)', async () => {
    const member = await tribuneMember();
    let closedWith = 0;
    const client = open(member.cookie, (code) => (closedWith = code));
    subscribe(client, NOTIFICATION_ADDED);
    await connected(client);
    const other = await tribuneMember();
    const stays = open(other.cookie);
    subscribe(stays, NOTIFICATION_ADDED);
    await connected(stays);
    await t.prisma.session.deleteMany({ where: { userId: member.userId } });
    await t.app.get(LiveSockets).check();
    await until(() => closedWith !== 0);
    expect(closedWith).toBe(4401);
    // A session with an open socket is seen, as polling kept it before.
    const kept = await t.prisma.session.findFirstOrThrow({ where: { userId: other.userId } });
    expect(Date.now() - kept.lastSeenAt.getTime()).toBeLessThan(5_000);
  });

  it('tells of a change only once it is committed: a rolled-back one is never told', async () => {
    const prisma = t.app.get(PrismaService);
    const told: string[] = [];
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.user.count();
        afterCommit(tx, () => told.push('rolled back'));
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await prisma.$transaction(async (tx) => {
      await tx.user.count();
      afterCommit(tx, () => told.push('committed'));
      expect(told).toEqual([]);
    });
    expect(told).toEqual(['committed']);
  });
});

describe('live updates across replicas through Redis', () => {
  let t: TestApp;
  let other: NestFastifyApplication;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      demo: true,
      env: { RESPONSE_CACHE_MB: '0', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
    });
    other = await createApp(t.config, t.pool);
    await other.init();
  });
  afterAll(async () => {
    for (const client of clients) void client.dispose();
    await other.close();
    await t.close();
  });

  it('delivers a lesson lifted on one replica to a subscriber on the other within a second', async () => {
    const [first, second] = [await listening(t.app), await listening(other)];
    await Promise.all([t.app.get(LiveEvents).ready(), other.get(LiveEvents).ready()]);
    const f = new DemoFixtures(t.prisma);
    const atelierId = (await f.atelierOf(LONELINESS)).id;
    const email = `live-${randomUUID()}@example.nl`;
    const user = await t.prisma.user.create({
      data: { email, name: 'Tribunelid', passwordHash: await hashPassword('live-test-wachtwoord') },
    });
    await t.prisma.participation.create({ data: { atelierId, userId: user.id, role: 'TRIBUNE' } });
    const memberCookie = await cookieOf(second, email, 'live-test-wachtwoord');
    const client = liveClient(second, memberCookie);
    clients.push(client);
    const feed = subscribe(client, FEED_ITEM_ADDED);
    await pause(300);
    const lesson = await f.lesson({
      atelierId,
      authorId: (await f.user(DEMO.arena)).id,
      visibility: 'ARENA',
    });
    const trekker = await cookieOf(first, DEMO.trekker, DEMO_PASSWORD);
    await gql(
      first,
      trekker,
      `mutation($id: ID!) { setLessonVisibility(id: $id, visibility: TRIBUNE) { id } }`,
      {
        id: gid('Lesson', lesson.id),
      },
    );
    const lifted = Date.now();
    await until(() => feed.received.length > 0);
    expect(Date.now() - lifted).toBeLessThan(1_000);
    expect(feed.received[0]?.data?.feedItemAdded?.id).toBe(gid('Lesson', lesson.id));
  });
});
