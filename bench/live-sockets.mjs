#!/usr/bin/env node
// `node bench/live-sockets.mjs [--sockets 1000] [--sessions 100]`: what idle live sockets cost the API. Starts the
// built API (apps/api/dist, with the production image's runtime settings) on a fresh embedded database with the
// demo data, signs in `--sessions` sessions (the demo accounts in turn), then opens `--sockets` graphql-ws sockets
// spread over them, each subscribed to notificationAdded as the web app's shell is, and lets them idle. Records
// the API's RSS (from /proc) before and after, and per socket, to bench/results/<date>-live-sockets.{json,md}.
// Target (issue 23): 1,000 idle sockets cost ≤ 50 MB. Needs `pnpm --filter @werkplaats/api build` first.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { apiRuntimeEnv as runtimeEnv, signInCookie } from './api-process.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiDir = join(root, 'apps', 'api');
const requireApi = createRequire(join(apiDir, 'package.json'));
const { createClient } = await import(pathToFileURL(requireApi.resolve('graphql-ws')).href);
const { default: WebSocket } = await import(pathToFileURL(requireApi.resolve('ws')).href);

const { values } = parseArgs({
  options: {
    sockets: { type: 'string', default: '1000' },
    sessions: { type: 'string', default: '100' },
    idle: { type: 'string', default: '10' },
  },
});
const SOCKETS = Number(values.sockets);
const SESSIONS = Number(values.sessions);
const IDLE_S = Number(values.idle);
const ACCOUNTS = [
  'tribune@demo.werkplaats.nl',
  'arena@demo.werkplaats.nl',
  'trekker@demo.werkplaats.nl',
  'commissie@demo.werkplaats.nl',
  'beheer@demo.werkplaats.nl',
];
const PASSWORD = 'werkplaats-demo';

const dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-live-bench-'));
const env = {
  ...process.env,
  ...runtimeEnv,
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  DEMO_DATA: 'true',
  NODE_ENV: 'test',
  LOG_LEVEL: 'error',
  RATE_LIMIT_PER_MINUTE: '1000000',
  AUTH_RATE_LIMIT_PER_IP: '1000000',
  AUTH_RATE_LIMIT_PER_ACCOUNT: '1000000',
  AUTH_RATE_LIMIT_PER_ACCOUNT_ALL_SOURCES: '1000000',
};
delete env.DATABASE_URL;
delete env.REDIS_URL;
const api = spawn(process.execPath, [join(apiDir, 'dist', 'main.js')], {
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
const base = await new Promise((resolve, reject) => {
  let output = '';
  const onData = (chunk) => {
    output += chunk.toString();
    const match = /ready at (http:\/\/\S+?)\/? /.exec(output);
    if (match) resolve(match[1].replace(/\/$/, '').replace('localhost', '127.0.0.1'));
  };
  api.stdout.on('data', onData);
  api.stderr.on('data', onData);
  api.on('exit', (code) => reject(new Error(`The API stopped (exit ${code}):\n${output}`)));
});

/** The API's resident set (MB), from /proc. */
function rssMb() {
  const status = readFileSync(`/proc/${api.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const signIn = (email) => signInCookie(base, email, PASSWORD);

const clients = [];
try {
  const cookies = [];
  for (let i = 0; i < SESSIONS; i++) cookies.push(await signIn(ACCOUNTS[i % ACCOUNTS.length]));
  // One subscription first, so the socket server and the subscription path are warm before the baseline.
  await sleep(2_000);
  const before = rssMb();
  const started = Date.now();
  for (let i = 0; i < SOCKETS; i++) {
    const headers = { cookie: cookies[i % cookies.length] };
    const client = createClient({
      url: `${base.replace('http', 'ws')}/graphql`,
      lazy: false,
      retryAttempts: 0,
      webSocketImpl: class extends WebSocket {
        constructor(url, protocols) {
          super(url, protocols, { headers });
        }
      },
    });
    clients.push(client);
    client.subscribe(
      { query: 'subscription { notificationAdded { id } }' },
      {
        next: () => undefined,
        error: (error) => console.error('subscription failed', error),
        complete: () => undefined,
      },
    );
    await new Promise((resolve, reject) => {
      const off = client.on('connected', () => {
        off();
        resolve();
      });
      client.on('closed', (event) => reject(new Error(`socket ${i} closed: ${event.code}`)));
    });
  }
  const openedMs = Date.now() - started;
  const samples = [];
  for (let s = 0; s < IDLE_S; s++) {
    await sleep(1_000);
    samples.push(rssMb());
  }
  const after = samples.at(-1);
  const result = {
    date: new Date().toISOString(),
    sockets: SOCKETS,
    sessions: SESSIONS,
    idleSeconds: IDLE_S,
    openedInMs: openedMs,
    rssBeforeMb: Number(before.toFixed(1)),
    rssAfterMb: Number(after.toFixed(1)),
    rssSamplesMb: samples.map((v) => Number(v.toFixed(1))),
    costMb: Number((after - before).toFixed(1)),
    perSocketKb: Number((((after - before) * 1024) / SOCKETS).toFixed(1)),
    targetMb: 50,
    node: process.version,
    runtime: runtimeEnv,
  };
  const day = result.date.slice(0, 10);
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(root, 'bench', 'results', `${day}-live-sockets.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  writeFileSync(
    join(root, 'bench', 'results', `${day}-live-sockets.md`),
    `# Idle live sockets: ${day}\n\n` +
      `${SOCKETS} graphql-ws sockets over ${SESSIONS} sessions, each subscribed to notificationAdded, idle ${IDLE_S} s ` +
      `(built API, embedded Postgres, the production image's runtime settings: \`${runtimeEnv.NODE_OPTIONS ?? ''}\`).\n\n` +
      `| API RSS before | after | cost | per socket | target |\n|---|---|---|---|---|\n` +
      `| ${result.rssBeforeMb} MB | ${result.rssAfterMb} MB | ${result.costMb} MB | ${result.perSocketKb} kB | ≤ 50 MB |\n\n` +
      `Opened in ${openedMs} ms, one after another. RSS each second while idle: ${result.rssSamplesMb.join(', ')} MB.\n`,
  );
  console.log(
    `${SOCKETS} idle sockets: API RSS ${result.rssBeforeMb} → ${result.rssAfterMb} MB (${result.costMb} MB, ${result.perSocketKb} kB each; target ≤ 50 MB)`,
  );
} finally {
  await Promise.all(clients.map((c) => c.dispose()));
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
