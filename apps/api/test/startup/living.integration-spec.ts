// The built app, started as `pnpm start` starts it and with its default timeouts, used as a person uses it: a
// few requests, a pause longer than any timeout of the pool (10 s), more requests, text a database cannot hold,
// connections ended from the database side; after each, the next ordinary request answers correctly.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { graphql, mainJs, start, stop, type Answer, type Running } from '../support/built-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** Longer than every timeout between the app and its database with the defaults (the pool's idle 10 s). */
const IDLE_MS = 12_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Target {
  name: string;
  /** The environment the app starts with, and what to clean up afterwards. */
  prepare(): Promise<{ env: Record<string, string>; database?: TestDatabase; cleanUp(): Promise<void> }>;
}

// Each integration run lives on its own kind of database (the real one when TEST_DATABASE_URL is set).
const target: Target = process.env.TEST_DATABASE_URL
  ? {
      name: 'postgres',
      prepare: async () => {
        const database = await createTestDatabase();
        return {
          env: { DATABASE_URL: database.url, DEMO_DATA: 'true' },
          database,
          cleanUp: () => database.dispose(),
        };
      },
    }
  : {
      name: 'embedded',
      prepare: () => {
        const dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-living-'));
        return Promise.resolve({
          env: { DATA_DIR: dataDir },
          cleanUp: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
        });
      },
    };

describe(`the built app living on the ${target.name} database`, () => {
  let running: Running;
  let prepared: Awaited<ReturnType<Target['prepare']>>;
  const tribune: { cookie?: string } = {};
  let expected: Answer['data'];

  /** A tribune member opening the app: who am I, the agenda, the feed. */
  const ordinaryUse = () =>
    graphql(
      running.url,
      '{ me { name } socialIssues(first: 5) { totalCount } feed(first: 5) { totalCount } }',
      {},
      tribune,
    );
  const signIn = (email: string, jar: { cookie?: string } = {}) =>
    graphql(
      running.url,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { name } }',
      { e: email, p: 'werkplaats-demo' },
      jar,
    );
  async function expectAllWell() {
    expect(await signIn('arena@demo.werkplaats.nl')).toMatchObject({
      status: 200,
      data: { signIn: { name: expect.any(String) } },
    });
    const again = await ordinaryUse();
    expect({ status: again.status, errors: again.errors, data: again.data }).toEqual({
      status: 200,
      errors: undefined,
      data: expected,
    });
    const health = await fetch(`${running.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
  }

  beforeAll(async () => {
    if (!existsSync(mainJs)) throw new Error('apps/api/dist/main.js is missing: run `pnpm build` first');
    prepared = await target.prepare();
    running = await start({ ...prepared.env, LOG_LEVEL: 'error' });
    expect((await signIn('tribune@demo.werkplaats.nl', tribune)).errors).toBeUndefined();
    const first = await ordinaryUse();
    expect(first.errors).toBeUndefined();
    expected = first.data;
    expect(expected.feed.totalCount).toBeGreaterThan(0);
  });
  afterAll(async () => {
    if (running) await stop(running);
    await prepared?.cleanUp();
  });

  it(`successful-idle: answers as before after ${IDLE_MS / 1000} s without a request`, async () => {
    await sleep(IDLE_MS);
    await expectAllWell();
    await sleep(IDLE_MS);
    await expectAllWell();
  }, 60_000);

  it('failing-hostile-text: 100 requests with NUL, broken surrogates and broken UTF-8 are refused with 400, and nothing else changes', async () => {
    const statuses: number[] = [];
    const codes = new Set<string>();
    const hostile = ['\u0000', 'a\u0000b', 'x\uD800', '\uDC00y'];
    for (let i = 0; i < 100; i++) {
      const bad = hostile[i % hostile.length]!;
      let answer: { status: number; code?: string };
      if (i % 5 === 4) {
        // Over-long and truncated UTF-8 sequences in the body itself.
        const bytes = Buffer.concat([
          Buffer.from('{"query":"{ search(query: \\"'),
          Buffer.from(i % 2 ? [0xc0, 0x80] : [0xe2, 0x82]),
          Buffer.from('\\") { totalCount } }"}'),
        ]);
        const response = await fetch(`${running.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: tribune.cookie ?? '' },
          body: bytes,
        });
        const body = (await response.json()) as { message?: string };
        answer = { status: response.status, code: body.message };
      } else {
        const variables = [
          { query: 'mutation($e: String!) { signIn(email: $e, password: "x") { id } }', v: { e: bad } },
          { query: 'query($q: String!) { search(query: $q) { totalCount } }', v: { q: bad } },
          { query: 'query($id: ID!) { node(id: $id) { id } }', v: { id: bad } },
          { query: 'query($a: String) { socialIssues(first: 1, after: $a) { totalCount } }', v: { a: bad } },
        ][i % 4]!;
        const result = await graphql(running.url, variables.query, variables.v, tribune);
        answer = { status: result.status, code: result.errors?.[0]?.extensions.code };
      }
      statuses.push(answer.status);
      codes.add(answer.code ?? 'none');
    }
    expect(new Set(statuses)).toEqual(new Set([400]));
    expect(codes).toEqual(new Set(['BAD_USER_INPUT', 'The request body is not valid UTF-8']));
    await expectAllWell();
  });

  it('successful-terminated: connections the database ends (pg_terminate_backend) are replaced', async () => {
    if (!prepared.database) {
      // PGlite has no other backends; a lost connection there is tested through a proxy (living-server).
      expect(target.name).toBe('embedded');
      return;
    }
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    try {
      const database = new URL(prepared.database.url).pathname.slice(1);
      const inFlight = Array.from({ length: 10 }, () => ordinaryUse());
      const { rowCount } = await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [database],
      );
      expect(rowCount).toBeGreaterThan(0);
      for (const answer of await Promise.all(inFlight)) {
        // A request whose connection ended under it may fail, as such; none fails otherwise.
        if (answer.errors)
          expect(answer.errors.map((e) => e.extensions.code)).toContain('SERVICE_UNAVAILABLE');
      }
    } finally {
      await admin.end();
    }
    await expectAllWell();
  });
});
