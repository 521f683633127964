// A server that lives as people use it: idle between requests past every pool timeout, connections lost under
// it, the database away for a while, text a database cannot hold. After each, the next ordinary request (sign
// in, the agenda, the feed) answers correctly, and /healthz says 503 exactly while requests fail.
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { isDatabaseUnavailable } from '../../src/common/database/unavailable.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const IDLE_MS = 150;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a tribune member does on opening the app: who am I, the agenda, the feed. */
async function ordinaryUse(client: GraphQLClient) {
  return client.ok<{
    me: { name: string } | null;
    socialIssues: { totalCount: number };
    feed: { totalCount: number };
  }>(`{ me { name } socialIssues(first: 5) { totalCount } feed(first: 5) { totalCount } }`);
}

describe('a server that lives', () => {
  let t: TestApp;
  let tribune: GraphQLClient;
  let expected: Awaited<ReturnType<typeof ordinaryUse>>;

  beforeAll(async () => {
    t = await startTestApp({
      demo: true,
      throughProxy: true,
      // Seconds in the test instead of the default's 10 s; the startup spec idles past the default itself.
      // The cache off, so every request reaches the database.
      env: {
        DATABASE_IDLE_TIMEOUT_MS: String(IDLE_MS),
        DATABASE_CONNECT_TIMEOUT_MS: '1000',
        RESPONSE_CACHE_MB: '0',
      },
    });
    tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    expected = await ordinaryUse(tribune);
    expect(expected.me?.name).toBeTruthy();
    expect(expected.feed.totalCount).toBeGreaterThan(0);
  });
  afterAll(() => t.close());

  async function healthz() {
    const response = await t.http().get('/healthz');
    return { status: response.status, body: response.body as { status: string; checks?: object } };
  }

  it('successful-idle: answers after its connections were closed for being idle, again and again', async () => {
    for (let round = 0; round < 3; round++) {
      await sleep(IDLE_MS * 4);
      // The pool has closed its idle connection: the next request opens a new one.
      expect(t.pool.totalCount).toBe(0);
      expect(await ordinaryUse(tribune)).toEqual(expected);
      const signIn = await t
        .client()
        .query(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { name } }`, {
          e: DEMO.arena,
          p: DEMO_PASSWORD,
        });
      expect(signIn.errors).toBeUndefined();
      expect(await healthz()).toEqual({ status: 200, body: { status: 'ok' } });
    }
  });

  it('successful-failed-query: a statement the database refuses costs its connection, and the next request works', async () => {
    // A refused statement (here a NUL byte, which only a test can still send) makes pg discard the
    // connection; on the embedded database the next connection shares the same session.
    await expect(
      t.pool.query({ name: 'test-nul', text: 'SELECT $1::text', values: ['a\u0000b'] }),
    ).rejects.toThrow(/0x00/);
    const duplicate = await t.client().query(`mutation($i: SignUpInput!) { signUp(input: $i) }`, {
      i: { email: DEMO.arena, password: 'een-lang-wachtwoord-hier', name: 'Dubbel' },
    });
    expect(duplicate.data).toEqual({ signUp: true });
    for (let i = 0; i < 3; i++) expect(await ordinaryUse(tribune)).toEqual(expected);
    expect((await healthz()).status).toBe(200);
  });

  it('successful-cut: connections dropped under requests in flight fail as SERVICE_UNAVAILABLE at worst, and the next work', async () => {
    const inFlight = Array.from({ length: 20 }, () =>
      tribune.query(`{ me { name } socialIssues(first: 5) { totalCount } feed(first: 5) { totalCount } }`),
    );
    await sleep(5);
    t.proxy!.cut();
    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      if (answer.errors) expect(answer.errors.map((e) => e.extensions.code)).toContain('SERVICE_UNAVAILABLE');
      else expect(answer.data).toEqual(expected);
    }
    for (let i = 0; i < 3; i++) expect(await ordinaryUse(tribune)).toEqual(expected);
    expect((await healthz()).status).toBe(200);
  });

  it('successful-outage: while the database is away requests are SERVICE_UNAVAILABLE and /healthz is 503; afterwards both work without a restart', async () => {
    await t.proxy!.down();
    try {
      const signedIn = await tribune.query(`{ me { name } }`);
      expect(signedIn.status).toBe(503);
      expect(signedIn.headers['retry-after']).toBe('5');
      expect(signedIn.errors?.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
      // A visitor's query runs and its field fails: 200 with the error, as Nest answers once an operation ran.
      const visitor = await t.client().query(`{ socialIssues(first: 5) { totalCount } }`);
      expect(visitor.headers['retry-after']).toBe('5');
      expect(visitor.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(visitor.errors)).not.toMatch(/ECONN|127\.0\.0\.1|prisma|pg/i);
      const signIn = await t
        .client()
        .query(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { name } }`, {
          e: DEMO.arena,
          p: DEMO_PASSWORD,
        });
      expect(signIn.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
      const health = await healthz();
      expect(health).toEqual({
        status: 503,
        body: {
          status: 'unavailable',
          checks: { migrations: 'unreachable', session: 'not run', contentVersion: 'not run' },
        },
      });
      // The web app's files need no database.
      const page = await t.http().get('/').set('accept', 'text/html');
      expect([200, 404]).toContain(page.status);
    } finally {
      await t.proxy!.up();
    }
    // Still signed in: the session was kept through the outage.
    expect(await ordinaryUse(tribune)).toEqual(expected);
    expect(await healthz()).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('successful-terminated: connections ended from the database side are replaced (pg_terminate_backend)', async () => {
    if (t.databaseKind !== 'postgres') {
      // PGlite has no other backends to end; the proxy's cut above is what a lost connection is there.
      expect(t.databaseKind).toBe('embedded');
      return;
    }
    expect(await ordinaryUse(tribune)).toEqual(expected);
    const database = new URL(t.proxy!.url).pathname.slice(1);
    const admin = await import('pg');
    const client = new admin.default.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    try {
      const inFlight = Array.from({ length: 10 }, () => ordinaryUse(tribune).catch((error: Error) => error));
      const { rowCount } = await client.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [database],
      );
      expect(rowCount).toBeGreaterThan(0);
      await Promise.all(inFlight);
    } finally {
      await client.end();
    }
    for (let i = 0; i < 3; i++) expect(await ordinaryUse(tribune)).toEqual(expected);
    expect((await healthz()).status).toBe(200);
  });

  describe('text a database cannot hold', () => {
    let ids: { atelier: string; lesson: string };
    let arena: GraphQLClient;

    beforeAll(async () => {
      const f = new DemoFixtures(t.prisma);
      const atelier = await f.atelierOf(LONELINESS);
      ids = {
        atelier: gid('Atelier', atelier.id),
        lesson: gid('Lesson', (await f.lessonAt(atelier.id, 'ARENA')).id),
      };
      arena = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    });

    const HOSTILE = ['a\u0000b', '\u0000', 'half \uD800 pair', 'low \uDC00 first', 'end \uDBFF'];

    it('failing-unstorable: NUL and broken surrogates in any argument are BAD_USER_INPUT naming it, 100 times over, and nothing breaks', async () => {
      const cases: {
        query: string;
        variables: (bad: string) => Record<string, unknown>;
        field: string;
        who: () => GraphQLClient;
      }[] = [
        {
          query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
          variables: (bad) => ({ e: bad, p: 'x' }),
          field: 'email',
          who: () => t.client(),
        },
        {
          query: `mutation($i: SignUpInput!) { signUp(input: $i) }`,
          variables: (bad) => ({
            i: { email: 'nieuw@example.nl', password: 'een-lang-wachtwoord', name: bad },
          }),
          field: 'input.name',
          who: () => t.client(),
        },
        {
          query: `query($q: String!) { search(query: $q) { totalCount } }`,
          variables: (bad) => ({ q: bad }),
          field: 'query',
          who: () => tribune,
        },
        {
          query: `mutation($i: LogLessonInput!) { logLesson(input: $i) { id } }`,
          variables: (bad) => ({
            i: {
              atelierId: ids.atelier,
              title: 'Een les',
              body: `<p>${bad}</p>`,
              conditions: ['SOCIAL_COHESION', 'SOCIAL_INCLUSION'],
              level: 'GROUP',
              domain: 'WELFARE',
            },
          }),
          field: 'input.body',
          who: () => arena,
        },
        {
          query: `query($id: ID!) { lesson(id: $id) { title } }`,
          variables: (bad) => ({ id: `${ids.lesson}${bad}` }),
          field: 'id',
          who: () => arena,
        },
        {
          query: `query($a: String) { socialIssues(first: 2, after: $a) { totalCount } }`,
          variables: (bad) => ({ a: bad }),
          field: 'after',
          who: () => t.client(),
        },
        {
          query: `mutation($id: ID!, $b: String!) { react(targetId: $id, body: $b) { id } }`,
          variables: (bad) => ({ id: ids.lesson, b: bad }),
          field: 'body',
          who: () => tribune,
        },
      ];
      let sent = 0;
      for (let round = 0; sent < 100; round++) {
        for (const c of cases) {
          const bad = HOSTILE[(round + sent) % HOSTILE.length]!;
          const answer = await c.who().query(c.query, c.variables(bad));
          expect({
            status: answer.status,
            errors: answer.errors?.map((e) => [e.extensions.code, e.extensions.field]),
          }).toEqual({
            status: 400,
            errors: [['BAD_USER_INPUT', c.field]],
          });
          sent++;
        }
      }
      // The same text written into the query itself (GraphQL's \u escapes) is refused the same way.
      const literal = await t.client().query(`{ search(query: "a\\u0000b") { totalCount } }`);
      expect(literal.errors?.map((e) => [e.extensions.code, e.extensions.field])).toEqual([
        ['BAD_USER_INPUT', 'query'],
      ]);
      const nulTitle = await arena.query(
        `mutation { logLesson(input: { atelierId: "${ids.atelier}", title: "x\\u0000y", body: "<p>b</p>", conditions: [SOCIAL_COHESION], level: GROUP, domain: WELFARE }) { id } }`,
      );
      expect(nulTitle.errors?.map((e) => [e.extensions.code, e.extensions.field])).toEqual([
        ['BAD_USER_INPUT', 'input.title'],
      ]);
      // Half a surrogate pair written as an escape is not GraphQL at all: graphql-js refuses to parse it.
      const surrogate = await t.client().query(`{ search(query: "x\\uD800y") { totalCount } }`);
      expect([surrogate.status, surrogate.errors?.[0]?.extensions.code]).toEqual([
        400,
        'GRAPHQL_PARSE_FAILED',
      ]);
      // Whole pairs (an emoji) are ordinary text.
      const emoji = await tribune.query(`query($q: String!) { search(query: $q) { totalCount } }`, {
        q: 'buurt 💬',
      });
      expect(emoji.errors).toBeUndefined();

      for (let i = 0; i < 3; i++) expect(await ordinaryUse(tribune)).toEqual(expected);
      expect(await healthz()).toEqual({ status: 200, body: { status: 'ok' } });
    });
  });

  it('successful-busy: a transaction that finds every connection taken past its wait is SERVICE_UNAVAILABLE, and the next request works', async () => {
    // Every connection of the pool held (one on the embedded database, ten on a server), as by long work of others.
    const held = await Promise.all(Array.from({ length: t.pool.options.max }, () => t.pool.connect()));
    let error: unknown;
    try {
      error = await t.prisma.$transaction((tx) => tx.user.count(), { maxWait: 200 }).catch((e: unknown) => e);
    } finally {
      for (const client of held) client.release();
    }
    expect(String(error)).toMatch(/Unable to start a transaction in the given time/);
    // What the app answers for it: SERVICE_UNAVAILABLE with Retry-After (see successful-outage), not INTERNAL.
    expect(isDatabaseUnavailable(error)).toBe(true);
    // Nothing else Prisma refuses is taken for it.
    const refused = await t.prisma.user
      .create({ data: { email: DEMO.arena, name: 'Dubbel' } })
      .catch((e: unknown) => e);
    expect(isDatabaseUnavailable(refused)).toBe(false);
    expect(await ordinaryUse(tribune)).toEqual(expected);
  });
});
