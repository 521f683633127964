#!/usr/bin/env node
// `pnpm bench --mail-crash` (or `node bench/mail-crash.mjs`): the API killed with SIGKILL while it sends a queue of
// notification mail, then started again — is every message delivered, and how many twice?
//
// A fresh database (werkplaats_mail_crash_<timestamp> on --database-url, default BENCH_DATABASE_URL or
// postgresql://postgres@127.0.0.1:5432/postgres), migrated by the app's runner; --messages (500) notification mails
// queued in one INSERT, each with its own idempotency key (`notify:crash:<n>`, as the app keys a notification per
// recipient and event) and already rendered (the queue and the worker are under test here, not the renderers).
// The production build (`node apps/api/dist/main.js`) sends them to an SMTP server in this process (smtp-server,
// accepting everything, --delay-ms per message so the kill lands mid-queue). When the --kill-after-th message is
// accepted, the API gets SIGKILL; it is started again and the run waits until every key has arrived and every row is
// SENT. Deliveries are counted per Message-ID (the transport derives it from the idempotency key: messageIdOf).
//
// The at-least-once window. The worker claims up to 10 messages at a time (SENDING, with a lease), hands each to
// SMTP, and marks it SENT after the server's 250. A kill after the server accepted a message but before that UPDATE
// commits leaves it SENDING: once its lease ends (5 minutes, LEASE_MS) a worker takes it again and sends it again,
// with the same Message-ID, so a mail client shows it once but the server did receive it twice. Nothing claimed is
// lost (a SENDING row is always taken again) and nothing is sent twice outside that window, so duplicates are at
// most the messages in flight at the kill: the rows SENDING in the database right after it, reported as inFlight.
// SMTP has no way to ask "did you already take this one?", so exactly-once is not possible with it; this is as
// close as it gets. --wait-lease waits the real five minutes before the restart's claim; by default the leases of
// the SENDING rows are moved to now before the restart, as if those minutes had passed (the same rows, the same
// claim, only sooner).
//
// Writes bench/results/<date>-mail-crash.{json,md}. Needs `pnpm --filter @werkplaats/api build` first.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiDir = join(root, 'apps', 'api');
const apiDist = join(apiDir, 'dist');
const fromApi = createRequire(join(apiDir, 'package.json'));
const load = (name) => import(pathToFileURL(fromApi.resolve(name)).href);

const { values: opts } = parseArgs({
  options: {
    'database-url': {
      type: 'string',
      default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    },
    messages: { type: 'string', default: '500' },
    'kill-after': { type: 'string', default: '150' },
    'delay-ms': { type: 'string', default: '5' },
    'wait-lease': { type: 'boolean', default: false },
    note: { type: 'string', default: '' },
  },
});
const MESSAGES = Number(opts.messages);
const KILL_AFTER = Number(opts['kill-after']);
const DELAY_MS = Number(opts['delay-ms']);
const FROM = 'noreply@werkplaats.example.nl';
const { messageIdOf } = await import(pathToFileURL(join(apiDist, 'mail/transport.js')).href);
const keys = Array.from({ length: MESSAGES }, (_, i) => `notify:crash:${i + 1}`);
const keyOfMessageId = new Map(keys.map((key) => [messageIdOf(key, FROM), key]));

// ------------------------------------------------------------------ the SMTP server
const { SMTPServer } = await load('smtp-server');
/** Deliveries per idempotency key, counted when the server answers 250. */
const delivered = new Map();
let accepted = 0;
let onAccepted = () => undefined;
let waiters = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    let head = '';
    stream.on('data', (chunk) => {
      if (head.length < 4096) head += chunk.toString();
    });
    stream.on('end', () => {
      const id = /^Message-ID: (\S+)/im.exec(head)?.[1] ?? '?';
      setTimeout(() => {
        callback();
        const key = keyOfMessageId.get(id) ?? `unknown ${id}`;
        delivered.set(key, (delivered.get(key) ?? 0) + 1);
        accepted += 1;
        onAccepted();
        for (const wake of waiters.splice(0)) wake();
      }, DELAY_MS);
    });
  },
});
await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const smtpUrl = `smtp://127.0.0.1:${smtp.server.address().port}`;

// ------------------------------------------------------------------ the database
const serverUrl = new URL(opts['database-url']);
const name = `werkplaats_mail_crash_${Date.now()}`;
const admin = new pg.Client({ connectionString: serverUrl.href });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const dbUrl = new URL(serverUrl.href);
dbUrl.pathname = `/${name}`;
const pool = new pg.Pool({ connectionString: dbUrl.href, max: 2 });
const { applyMigrations } = await import(pathToFileURL(join(apiDist, 'common/database/migrate.js')).href);
await applyMigrations(pool, { log: () => undefined });

function startApi(dataDir) {
  const child = spawn(process.execPath, [join(apiDist, 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl.href,
      DEMO_DATA: 'false',
      SMTP_URL: smtpUrl,
      MAIL_FROM: `"Werkplaats Sociaal Domein" <${FROM}>`,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const ready = new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (/ready at /.test(output)) {
        clearInterval(timer);
        resolve();
      }
    }, 20);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`the API stopped (${code}): ${output}`));
    });
  });
  ready.catch(() => undefined);
  return { child, ready, exited };
}

const counts = async () =>
  Object.fromEntries(
    (
      await pool.query(`SELECT status, count(*)::int AS n FROM "MailMessage" GROUP BY status ORDER BY status`)
    ).rows.map((r) => [r.status, r.n]),
  );

const dataDir = mkdtempSync(join(os.tmpdir(), 'werkplaats-mail-crash-'));
let result;
try {
  await pool.query(
    `INSERT INTO "MailMessage" (id, "idempotencyKey", "to", locale, subject, text, html, "nextAttemptAt", "createdAt")
     SELECT gen_random_uuid(), 'notify:crash:' || n, 'lid' || n || '@example.nl', 'nl',
            'Nieuwe reactie op je les ' || n, 'Hallo,\n\nEr is een reactie op je les ' || n || '.\n',
            '<p>Er is een reactie op je les ' || n || '.</p>',
            now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
       FROM generate_series(1, $1) n`,
    [MESSAGES],
  );
  const first = startApi(dataDir);
  const killed = new Promise((resolve) => {
    onAccepted = () => {
      if (accepted !== KILL_AFTER) return;
      first.child.kill('SIGKILL');
      onAccepted = () => undefined;
      resolve(accepted);
    };
  });
  await first.ready;
  const startedAt = performance.now();
  await killed;
  await first.exited;
  const atKill = await counts();
  const deliveredBeforeRestart = accepted;
  const inFlight = atKill.SENDING ?? 0;
  if (opts['wait-lease']) await new Promise((resolve) => setTimeout(resolve, 5 * 60_000 + 1_000));
  else
    await pool.query(
      `UPDATE "MailMessage" SET "nextAttemptAt" = now() AT TIME ZONE 'UTC' WHERE status = 'SENDING'`,
    );

  const second = startApi(dataDir);
  await second.ready;
  while (keys.some((key) => !delivered.has(key))) await new Promise((resolve) => waiters.push(resolve));
  for (;;) {
    const now = await counts();
    if (now.SENT === MESSAGES) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const allAfterMs = Math.round(performance.now() - startedAt);
  second.child.kill('SIGTERM');
  await second.exited;

  const deliveredOnce = keys.filter((key) => delivered.get(key) === 1).length;
  const duplicates = keys.filter((key) => (delivered.get(key) ?? 0) > 1);
  const missing = keys.filter((key) => !delivered.has(key)).length;
  result = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
    postgres: serverUrl.host,
    messages: MESSAGES,
    killedAfterAccepted: KILL_AFTER,
    statusesAtKill: atKill,
    inFlight,
    deliveredBeforeRestart,
    deliveredOnce,
    duplicates: duplicates.length,
    duplicateKeys: duplicates,
    missing,
    unknown: [...delivered.keys()].filter((key) => key.startsWith('unknown')).length,
    leaseWaited: opts['wait-lease'],
    allAfterMs,
    statusesAfter: await counts(),
  };
  console.log(result);
} finally {
  await pool.end();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  await new Promise((resolve) => smtp.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
}

const date = new Date().toISOString().slice(0, 10);
const dir = join(root, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${date}-mail-crash.json`), JSON.stringify(result, null, 2) + '\n');
const md = [
  `# Mail outbox: SIGKILL mid-sending, ${date}`,
  '',
  `${result.machine}; Postgres at ${result.postgres}; the production build, SMTP to a local smtp-server (${DELAY_MS} ms`,
  `per message). ${MESSAGES} notification mails queued; SIGKILL when the server had accepted ${KILL_AFTER}; started`,
  `again ${result.leaseWaited ? 'after the real five-minute lease' : 'with the leases of the SENDING rows moved to now'}.`,
  ...(opts.note ? ['', opts.note] : []),
  '',
  '| messages | accepted before restart | in flight at kill (SENDING) | delivered once | duplicates | missing | all SENT after |',
  '| -------- | ----------------------- | --------------------------- | -------------- | ---------- | ------- | -------------- |',
  `| ${MESSAGES} | ${result.deliveredBeforeRestart} | ${result.inFlight} | ${result.deliveredOnce} | ${result.duplicates} | ${result.missing} | ${result.allAfterMs} ms |`,
  '',
  'A duplicate is a message the server accepted whose SENT mark the kill cut off (the at-least-once window, see the',
  "script's header); it carries the same Message-ID both times.",
  '',
].join('\n');
writeFileSync(join(dir, `${date}-mail-crash.md`), md);
console.log(md);
if (result.missing > 0 || result.duplicates > result.inFlight) process.exitCode = 1;
