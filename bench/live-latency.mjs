#!/usr/bin/env node
// `node bench/live-latency.mjs [--lifts 10]`: how soon a tribune member hears of a lesson lifted to the tribune when
// the lift is made on another replica. Starts two built APIs (apps/api/dist) on a fresh database of the real Postgres
// (BENCH_DATABASE_URL, default 127.0.0.1:5432) with the demo data and one Redis (REDIS_URL, default 127.0.0.1:6379),
// as the compose file runs them. The demo's tribune member subscribes to feedItemAdded on replica 2 over graphql-ws;
// the trekker lifts the atelier's arena lessons one at a time on replica 1 (setLessonVisibility TRIBUNE). For each lift:
// milliseconds from sending the mutation, and from its answer, to the event on the other replica. Target (issue 23):
// within 1 s. Results: bench/results/<date>-live-latency.{json,md}. Needs `pnpm --filter @werkplaats/api build` first.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  freePort,
  graphql,
  loadFromApi,
  percentile,
  root,
  signInCookie,
  sleep,
  startBuiltApi,
} from './api-process.mjs';

const { values: opts } = parseArgs({
  options: {
    lifts: { type: 'string', default: '10' },
    'database-url': {
      type: 'string',
      default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    },
    'redis-url': { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
  },
});
const LIFTS = Number(opts.lifts);
const PASSWORD = 'werkplaats-demo';
const { createClient } = await loadFromApi('graphql-ws');
const { default: WebSocket } = await loadFromApi('ws');

const admin = new pg.Pool({ connectionString: opts['database-url'], max: 1 });
const dbName = `werkplaats_live_${Date.now()}`;
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(opts['database-url']);
url.pathname = `/${dbName}`;
const children = [];
const clients = [];

try {
  const env = { REDIS_URL: opts['redis-url'] };
  // The first replica migrates and seeds the demo; the second starts on what it made.
  const one = await startBuiltApi({
    name: 'live-1',
    databaseUrl: url.toString(),
    port: await freePort(),
    env: { ...env, DEMO_DATA: 'true' },
    children,
  });
  const two = await startBuiltApi({
    name: 'live-2',
    databaseUrl: url.toString(),
    port: await freePort(),
    env,
    children,
  });
  const tribune = await signInCookie(two.base, 'tribune@demo.werkplaats.nl', PASSWORD);
  const trekker = await signInCookie(one.base, 'trekker@demo.werkplaats.nl', PASSWORD);

  // The arena lessons the trekker may lift, in the ateliers the tribune member follows.
  const ateliers = await graphql(two.base, '{ feedAteliers { id title } }', {}, tribune);
  if (ateliers.body.errors) throw new Error(JSON.stringify(ateliers.body.errors));
  const waiting = [];
  for (const { id, title } of ateliers.body.data.feedAteliers) {
    const { body } = await graphql(
      one.base,
      'query($id: ID!) { atelier(id: $id) { canLead lessons(visibility: ARENA, first: 50) { edges { node { id } } } } }',
      { id },
      trekker,
    );
    if (body.data?.atelier?.canLead)
      for (const edge of body.data.atelier.lessons.edges) waiting.push({ id: edge.node.id, atelier: title });
  }
  if (waiting.length === 0)
    throw new Error('The demo trekker has no arena lesson in an atelier the tribune member follows');

  const heard = new Map();
  const headers = { cookie: tribune };
  const client = createClient({
    url: `${two.base.replace('http', 'ws')}/graphql`,
    lazy: false,
    retryAttempts: 0,
    webSocketImpl: class extends WebSocket {
      constructor(address, protocols) {
        super(address, protocols, { headers });
      }
    },
  });
  clients.push(client);
  await new Promise((resolve, reject) => {
    client.subscribe(
      { query: 'subscription { feedItemAdded { ... on Lesson { id } } }' },
      {
        next: ({ data }) => {
          const id = data?.feedItemAdded?.id;
          if (id) heard.get(id)?.(performance.now());
        },
        error: reject,
        complete: () => undefined,
      },
    );
    client.on('connected', () => resolve());
  });
  await sleep(500);

  const LIFT = `mutation($id: ID!) { setLessonVisibility(id: $id, visibility: TRIBUNE) { id visibility } }`;
  const lifts = [];
  const refused = [];
  for (const lesson of waiting) {
    if (lifts.length >= LIFTS) break;
    const arrived = new Promise((resolve) => heard.set(lesson.id, resolve));
    const sent = performance.now();
    const { body } = await graphql(one.base, LIFT, { id: lesson.id }, trekker);
    const answered = performance.now();
    if (body.errors) {
      heard.delete(lesson.id);
      refused.push(body.errors[0]?.extensions?.code ?? 'error');
      continue;
    }
    const at = await Promise.race([arrived, sleep(5_000).then(() => null)]);
    lifts.push({
      atelier: lesson.atelier,
      fromSentMs: at === null ? null : Number((at - sent).toFixed(1)),
      fromAnswerMs: at === null ? null : Number((at - answered).toFixed(1)),
    });
    await sleep(300);
  }
  if (lifts.length === 0) throw new Error(`Every lift was refused: ${refused.join(', ')}`);

  const received = lifts.filter((l) => l.fromSentMs !== null);
  const sorted = received.map((l) => l.fromSentMs).sort((a, b) => a - b);
  const [load1, load5] = os.loadavg();
  const result = {
    date: new Date().toISOString(),
    lifts: lifts.length,
    received: received.length,
    refused,
    p50FromSentMs: percentile(sorted, 50),
    maxFromSentMs: sorted.at(-1) ?? null,
    targetMs: 1000,
    load: [Number(load1.toFixed(2)), Number(load5.toFixed(2))],
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
    each: lifts,
  };
  const date = result.date.slice(0, 10);
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${date}-live-latency.json`), `${JSON.stringify(result, null, 2)}\n`);
  const md = [
    `# A lift heard on the other replica: ${date}`,
    '',
    `Two built APIs on one Postgres and one Redis; the tribune member subscribed (feedItemAdded) on replica 2, the trekker lifting arena lessons to the tribune on replica 1, one at a time. Machine: ${result.machine}, load ${result.load.join(' / ')}.`,
    '',
    `| lifts | heard | median from sending | slowest from sending | target |`,
    `| --- | --- | --- | --- | --- |`,
    `| ${result.lifts} | ${result.received} | ${result.p50FromSentMs?.toFixed(1)} ms | ${result.maxFromSentMs?.toFixed(1)} ms | ≤ 1,000 ms |`,
    '',
    '| atelier | from sending the lift (ms) | from its answer (ms) |',
    '| --- | --- | --- |',
    ...lifts.map(
      (l) => `| ${l.atelier} | ${l.fromSentMs ?? 'not heard in 5 s'} | ${l.fromAnswerMs ?? '–'} |`,
    ),
    '',
  ].join('\n');
  writeFileSync(join(dir, `${date}-live-latency.md`), md);
  console.log(md);
  console.log(`Written: bench/results/${date}-live-latency.{json,md}`);
} finally {
  for (const client of clients) await client.dispose();
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await sleep(1_000);
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  await admin.end();
}
