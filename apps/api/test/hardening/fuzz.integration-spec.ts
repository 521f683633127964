import type { AddressInfo } from 'node:net';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A small seeded PRNG (mulberry32): the same run every time, so a failure can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

interface FuzzRequest {
  method: 'GET' | 'POST';
  path: string;
  contentType?: string;
  body?: string | Buffer;
}

/** Text Postgres cannot hold or UTF-8 cannot say: NUL, and halves of surrogate pairs. */
const UNSTORABLE = ['\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uD800'];
/** Byte sequences that are not UTF-8: over-long forms, an encoded surrogate, truncated, stray and impossible bytes. */
const NOT_UTF8 = [
  [0xc0, 0x80],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0x80],
  [0xf0, 0x80, 0x80, 0x80],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0x80],
  [0xbf, 0xbf],
  [0xfe],
  [0xff, 0xff],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
];
/** Operations with a string variable `$v` that reaches the database, signed in or not. */
const WITH_TEXT = [
  'mutation($v: String!) { signIn(email: $v, password: $v) { id } }',
  'query($v: String!) { search(query: $v) { totalCount } }',
  'query($v: ID!) { node(id: $v) { id } }',
  'query($v: ID!) { lesson(id: $v) { title } }',
  'query($v: String) { socialIssues(first: 2, after: $v) { totalCount } }',
  'mutation($v: String!) { signUp(input: { email: "x@example.nl", password: "lang-genoeg-wachtwoord", name: $v }) }',
  'mutation($v: String!) { react(targetId: "TGVzc29uOg", body: $v) { id } }',
];

const FIELDS = [
  'socialIssues(first: 5) { totalCount }',
  'ateliers { totalCount }',
  'me { id name }',
  'municipalities { name }',
  '__typename',
  'feed(first: 3) { totalCount }',
];
const ENUMS = ['ARENA', 'TRIBUNE', 'PUBLIC', 'NOPE', '"ARENA"', '1', 'null', '[]'];
const JUNK = [
  '{',
  '}',
  '(',
  ')',
  '...',
  '$',
  '@',
  '"',
  'query',
  'mutation',
  'fragment',
  'on',
  ':',
  '!',
  '[',
  ']',
  '#',
  '\\u0000',
  '💥',
];

function generator(seed: number, ids: { atelier: string; lesson: string }) {
  const r = prng(seed);
  const json = (payload: unknown): FuzzRequest => ({
    method: 'POST',
    path: '/graphql',
    contentType: 'application/json',
    body: JSON.stringify(payload),
  });
  // Printable ASCII drawn once; a random string is a slice of it at a random place (drawing each character of
  // 150 kB strings anew made the generator, not the server, most of the fuzz's time).
  const printable = Buffer.from(Array.from({ length: 160_000 }, () => 32 + r.int(95))).toString('latin1');
  const randomString = (length: number) => {
    const start = r.int(printable.length - length);
    return printable.slice(start, start + length);
  };
  const kinds: (() => FuzzRequest)[] = [
    // deep: far past the depth limit
    () => {
      const depth = 11 + r.int(60);
      let inner = 'id';
      for (let i = 0; i < depth; i++)
        inner = i % 2 === 0 ? `socialIssue { ${inner} }` : `ateliers { ${inner} }`;
      return json({
        query: `query($id: ID!) { atelier(id: $id) { ${inner} } }`,
        variables: { id: ids.atelier },
      });
    },
    // wide: many aliases of expensive lists
    () =>
      json({
        query: `{ ${Array.from({ length: 10 + r.int(200) }, (_, i) => `a${i}: ${r.pick(FIELDS)}`).join(' ')} }`,
      }),
    // nested pages of pages (cost)
    () =>
      json({
        query: `{ ateliers(first: ${r.int(150)}) { edges { node { lessons(first: ${r.int(150)}) { edges { node { reactions { author { name } } } } } } } } }`,
      }),
    // batched
    () =>
      json(
        Array.from({ length: 2 + r.int(50) }, () => ({
          query: `mutation { signIn(email: "a@b.nl", password: "${randomString(10)}") { id } }`,
        })),
      ),
    // huge strings in variables and queries
    () =>
      json({
        query: `query($q: String!) { search(query: $q) { totalCount } }`,
        variables: { q: randomString(100 + r.int(150_000)) },
      }),
    () => json({ query: `{ ${'__typename '.repeat(1000 + r.int(5000))} }` }),
    // wrong types
    () =>
      json({
        query: `query($f: Int) { socialIssues(first: $f) { totalCount } }`,
        variables: { f: r.pick(['twee', -1, 1e12, 3.5, [], {}, true, null, '']) },
      }),
    () =>
      json({
        query: `{ socialIssues(first: ${r.pick(['"x"', '-5', '101', '1e3', 'null', '[1]'])}) { totalCount } }`,
      }),
    () =>
      json({ query: `mutation { joinAtelier(atelierId: "${ids.atelier}", role: ${r.pick(ENUMS)}) { id } }` }),
    () =>
      json({
        query: `mutation($i: LogLessonInput!) { logLesson(input: $i) { id } }`,
        variables: {
          i: {
            atelierId: r.pick([ids.atelier, 123, null, randomString(20)]),
            title: randomString(r.int(500)),
            body: `<script>${randomString(50)}</script>`,
            conditions: [r.pick(ENUMS)],
            level: 'GROUP',
            domain: 'WELFARE',
          },
        },
      }),
    () =>
      json({
        query: `mutation($i: SignUpInput!) { signUp(input: $i) }`,
        variables: {
          i: {
            email: randomString(r.int(400)),
            password: randomString(r.int(300)),
            name: randomString(r.int(300)),
          },
        },
      }),
    // unknown and malformed ids
    () =>
      json({
        query: `query($id: ID!) { node(id: $id) { id } }`,
        variables: {
          id: r.pick([
            Buffer.from(`Lesson:${crypto.randomUUID()}`).toString('base64url'),
            randomString(30),
            '',
            'TGVzc29uOg',
            Buffer.from('Lesson:1 OR 1=1').toString('base64url'),
          ]),
        },
      }),
    () =>
      json({
        query: `query($id: ID!) { lesson(id: $id) { title body } }`,
        variables: { id: r.pick([ids.atelier, ids.lesson.slice(0, -2), `${ids.lesson}==`, "' OR 1=1 --"]) },
      }),
    // bad cursors
    () =>
      json({
        query: `query($a: String) { socialIssues(first: 2, after: $a) { totalCount } }`,
        variables: {
          a: r.pick([
            randomString(40),
            Buffer.from('["d","not a date","x"]').toString('base64url'),
            Buffer.from('{"__proto__":1}').toString('base64url'),
            '%%%',
          ]),
        },
      }),
    // bad JSON and wrong content types
    () => ({
      method: 'POST',
      path: '/graphql',
      contentType: 'application/json',
      body: `{"query": "{ me { id } }"${randomString(r.int(20))}`,
    }),
    () => ({
      method: 'POST',
      path: '/graphql',
      contentType: r.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        'application/xml',
        '',
      ]),
      body: randomString(r.int(2000)),
    }),
    () => ({
      method: 'POST',
      path: '/graphql',
      contentType: 'application/json',
      body: Buffer.from(Array.from({ length: r.int(3000) }, () => r.int(256))),
    }),
    // syntactic garbage and introspection
    () => json({ query: Array.from({ length: 1 + r.int(300) }, () => r.pick(JUNK)).join(' ') }),
    () =>
      json({
        query: `{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }`,
      }),
    () =>
      json({
        query: `fragment A on Atelier { ...B } fragment B on Atelier { ...A } { ateliers { edges { node { ...A } } } }`,
      }),
    () => json({ query: `{ ${'me @include(if: true) '.repeat(5 + r.int(100))} }` }),
    // text a database cannot hold, in variables, in the query's own string literals, and in the URL
    () => {
      const text = randomString(r.int(40));
      const at = r.int(text.length + 1);
      return json({
        query: r.pick(WITH_TEXT),
        variables: { v: `${text.slice(0, at)}${r.pick(UNSTORABLE)}${text.slice(at)}` },
      });
    },
    () =>
      json({
        query: `{ search(query: "${randomString(r.int(20)).replace(/["\\]/g, '')}${r.pick(['\\u0000', '\\uD800', '\\uDC00'])}") { totalCount } }`,
      }),
    () => ({
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('query($v: String!) { search(query: $v) { totalCount } }')}&variables=${r.pick(['%7B%22v%22%3A%22a%00b%22%7D', '%7B%22v%22%3A%22%5Cu0000%22%7D', '%7B%22v%22%3A%22%C0%80%22%7D', '%7B%22v%22%3A%22%ED%A0%80%22%7D', '%FF%FE'])}`,
    }),
    // bodies that are not UTF-8, wherever the bad bytes fall (inside a string, a key, the query)
    () => {
      const template = r.pick([
        '{"query":"query($v: String!) { search(query: $v) { totalCount } }","variables":{"v":"@"}}',
        '{"query":"mutation { signIn(email: \\"@\\", password: \\"x\\") { id } }"}',
        '{"query":"{ me { id } }","variables":{"@":1}}',
        '{"query":"{ me@ { id } }"}',
      ]);
      const [before = '', after = ''] = template.split('@');
      return {
        method: 'POST',
        path: '/graphql',
        contentType: 'application/json',
        body: Buffer.concat([Buffer.from(before), Buffer.from(r.pick(NOT_UTF8)), Buffer.from(after)]),
      };
    },
    // GET and other paths
    () => ({
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(Array.from({ length: r.int(50) }, () => r.pick(JUNK)).join(''))}&variables=${encodeURIComponent(randomString(30))}`,
    }),
    () => ({
      method: 'GET',
      path: r.pick([
        '/ateliers/%E0%A4%A',
        '/../../etc/passwd',
        '/graphql/../healthz',
        `/${randomString(10)}`,
        '/assets/none.js',
      ]),
    }),
  ];
  return () => r.pick(kinds)();
}

const INTERNALS = [
  /\bat \S+\.(js|ts|mjs):\d+/,
  /node_modules/,
  /\/work\//,
  /prisma/i,
  /\bSELECT\b[\s\S]*\bFROM\b/,
  /\bINSERT INTO\b/,
  /stacktrace/i,
];

describe('fuzzing the running app', () => {
  let t: TestApp;
  let base: string;
  let ids: { atelier: string; lesson: string };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const f = new DemoFixtures(t.prisma);
    const atelier = await f.atelierOf(LONELINESS);
    ids = {
      atelier: gid('Atelier', atelier.id),
      lesson: gid('Lesson', (await f.lessonAt(atelier.id, 'PUBLIC')).id),
    };
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('answers 10,000 malformed and abusive requests (broken text and bytes among them) without a 5xx or any internals, and still serves people', async () => {
    const TOTAL = Number(process.env.FUZZ_TOTAL ?? 10_000);
    const CONCURRENCY = 20;
    const next = generator(20261125, ids);
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let sent = 0;
    const started = performance.now();
    async function worker() {
      while (sent < TOTAL) {
        sent += 1;
        const request = next();
        const response = await fetch(`${base}${request.path}`, {
          method: request.method,
          headers: request.contentType === undefined ? {} : { 'content-type': request.contentType },
          body:
            typeof request.body === 'string' ? request.body : request.body && new Uint8Array(request.body),
        });
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const leak = INTERNALS.find((pattern) => pattern.test(text));
        if (response.status >= 500 || leak) {
          failures.push(
            `${response.status} ${leak ?? ''} ← ${request.method} ${request.path} ${String(request.body ?? '').slice(0, 200)} → ${text.slice(0, 300)}`,
          );
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(
      `fuzz: ${sent} requests in ${Math.round(performance.now() - started)} ms; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`,
    );
    if (failures.length) console.log(failures.slice(0, 20).join('\n'));
    expect(failures.slice(0, 10)).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(TOTAL);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    // And it still does what people come for: the agenda, signing in, the feed.
    const visitor = t.client();
    const agenda = await visitor.ok<{ socialIssues: { totalCount: number } }>(
      '{ socialIssues(first: 1) { totalCount } }',
    );
    expect(agenda.socialIssues.totalCount).toBeGreaterThan(0);
    const tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    const mine = await tribune.ok<{ me: { name: string }; feed: { totalCount: number } }>(
      '{ me { name } feed(first: 5) { totalCount } }',
    );
    expect(mine.me.name).toBeTruthy();
    expect(mine.feed.totalCount).toBeGreaterThan(0);
  }, 600_000); // a safety net for a hung server, not a speed check
});
