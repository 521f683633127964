#!/usr/bin/env node
// CPU time per request of the built API, in process and one request at a time: steadier than req/s under
// load on a shared machine, so it tells small changes apart. Boots apps/api/dist on a database kept by
// `pnpm bench --keep`, signs in ten of its tribune people over HTTP (loopback, kept-alive), sends the feed
// (or the dashboard, or a lesson page from their feed) round-robin and prints wall and CPU milliseconds per request (the client's share of the
// CPU is included and the same for every build). RESPONSE_CACHE_MB=0 in the environment measures answers made
// afresh (with the cache, the ten people's answers are kept after their first). Run it alternately on two builds:
//   node --max-semi-space-size=24 --max-old-space-size=192 bench/cpu-per-request.mjs --database NAME
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { smtpSink } from './api-process.mjs';
import { DASHBOARD, FEED, LESSON, SIGN_IN, toGlobalId } from './operations.mjs';
import { BENCH_PASSWORD } from './seed.mjs';

const { values: opts } = parseArgs({
  options: {
    database: { type: 'string' },
    'database-url': { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/postgres' },
    scenario: { type: 'string', default: 'feed' },
    requests: { type: 'string', default: '3000' },
    warmup: { type: 'string', default: '500' },
  },
});
if (!opts.database) throw new Error('--database NAME (a database kept by `pnpm bench --keep`) is required');
if (!['feed', 'dashboard', 'lesson'].includes(opts.scenario))
  throw new Error('--scenario is feed, dashboard or lesson');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const url = new URL(opts['database-url']);
url.pathname = `/${opts.database}`;
Object.assign(process.env, {
  DATABASE_URL: url.toString(),
  NODE_ENV: 'production',
  DEMO_DATA: 'false',
  LOG_LEVEL: 'error',
  RATE_LIMIT_PER_MINUTE: '100000000',
  AUTH_RATE_LIMIT_PER_IP: '100000000',
  AUTH_RATE_LIMIT_PER_ACCOUNT: '100000000',
  AUTH_RATE_LIMIT_PER_ACCOUNT_ALL_SOURCES: '100000000',
  // Production does not start without SMTP; nothing here sends mail, and what would goes to the sink.
  SMTP_URL: (await smtpSink()).url,
});
const dist = (path) => import(pathToFileURL(join(root, 'apps', 'api', 'dist', path)).href);
const { loadConfig } = await dist('common/config/config.js');
const { createPool } = await dist('common/database/embedded-postgres.js');
const { createApp } = await dist('server/create-app.js');

const config = loadConfig(process.env);
const pool = createPool(url.toString(), { embedded: false, statementTimeoutMs: config.timeouts.statementMs });
const app = await createApp(config, pool);
await app.listen(0, '127.0.0.1');
const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function post(body, cookie) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) };
    const req = request(
      `${base}/graphql`,
      { method: 'POST', agent, headers: { ...headers, ...(cookie ? { cookie } : {}) } },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

const info = JSON.parse(readFileSync(join(root, '.tmp', `${opts.database}.users.json`), 'utf8'));
const people =
  opts.scenario === 'dashboard' ? info.users.trekkers.slice(0, 10) : info.users.tribune.slice(0, 10);
const asked = [];
for (const person of people) {
  const { headers } = await post({
    query: SIGN_IN,
    variables: { email: person.email, password: BENCH_PASSWORD },
  });
  const cookie = String(headers['set-cookie']).split(';')[0];
  if (opts.scenario === 'lesson') {
    // The newest lesson of the person's feed, as a tribune member opens it from there.
    const feed = JSON.parse((await post({ query: FEED, variables: {} }, cookie)).body);
    const lesson = feed.data.feed.edges.find((edge) => edge.node.__typename === 'Lesson');
    if (!lesson) throw new Error(`no lesson in the feed of ${person.email}`);
    asked.push({ cookie, body: { query: LESSON, variables: { id: lesson.node.id } } });
  } else
    asked.push(
      opts.scenario === 'feed'
        ? { cookie, body: { query: FEED, variables: {} } }
        : { cookie, body: { query: DASHBOARD, variables: { id: toGlobalId('Atelier', person.atelierId) } } },
    );
}
const run = async (n) => {
  for (let i = 0; i < n; i++) {
    const { cookie, body } = asked[i % asked.length];
    const response = await post(body, cookie);
    if (i === 0 && (!response.body.includes('"data"') || response.body.includes('"errors"')))
      throw new Error(`unexpected answer: ${response.body.slice(0, 300)}`);
  }
};
await run(Number(opts.warmup));
const n = Number(opts.requests);
const cpu = process.cpuUsage();
const started = performance.now();
await run(n);
const used = process.cpuUsage(cpu);
const wall = performance.now() - started;
console.log(
  `${opts.scenario}: ${(wall / n).toFixed(3)} ms wall, ${((used.user + used.system) / 1000 / n).toFixed(3)} ms CPU per request ` +
    `(user ${(used.user / 1000 / n).toFixed(3)}, system ${(used.system / 1000 / n).toFixed(3)}; ${n} requests)`,
);
await app.close();
await pool.end();
