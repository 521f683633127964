#!/usr/bin/env node
// `node bench/mail-queue.mjs`: how fast the mail outbox empties on real Postgres. A fresh database
// (werkplaats_mail_bench_<timestamp> on --database-url, default postgresql://postgres@127.0.0.1:5432/postgres or
// BENCH_DATABASE_URL), migrated by the app's runner; --messages rows queued in one INSERT; then 1 and 2 replicas of
// the production build (`node apps/api/dist/main.js`, NODE_ENV=production) send them to an SMTP server in this
// process (smtp-server, accepting everything). Measured: from the first message received to the last (the steady
// rate), and the time to the first (the replicas find mail queued outside them by polling, every 5 s). Each
// message must arrive exactly once. Also the size of a password-reset mail (HTML, text, the whole .eml).
// Writes bench/results/<date>-mail-queue.{json,md}. Needs `pnpm --filter @werkplaats/api build` first.
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
    messages: { type: 'string', default: '3000' },
    replicas: { type: 'string', default: '1,2' },
    note: { type: 'string', default: '' },
  },
});
const MESSAGES = Number(opts.messages);

// ------------------------------------------------------------------ the SMTP server
const { SMTPServer } = await load('smtp-server');
const received = new Map();
let firstAt = 0;
let lastAt = 0;
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
      received.set(id, (received.get(id) ?? 0) + 1);
      const now = performance.now();
      if (!firstAt) firstAt = now;
      lastAt = now;
      callback();
      for (const wake of waiters.splice(0)) wake();
    });
  },
});
await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const smtpUrl = `smtp://127.0.0.1:${smtp.server.address().port}`;

// ------------------------------------------------------------------ the database
const serverUrl = new URL(opts['database-url']);
const name = `werkplaats_mail_bench_${Date.now()}`;
const admin = new pg.Client({ connectionString: serverUrl.href });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const dbUrl = new URL(serverUrl.href);
dbUrl.pathname = `/${name}`;
const pool = new pg.Pool({ connectionString: dbUrl.href, max: 2 });
const { applyMigrations } = await import(pathToFileURL(join(apiDist, 'common/database/migrate.js')).href);
await applyMigrations(pool, { log: () => undefined });

async function queue(count, batch) {
  await pool.query(
    `INSERT INTO "MailMessage" (id, "idempotencyKey", "to", locale, subject, text, html, "nextAttemptAt", "createdAt")
     SELECT gen_random_uuid(), 'bench:' || $2 || ':' || n, 'person' || n || '@example.nl', 'nl',
            'Bericht ' || n, 'Hallo,\n\nBericht ' || n || '.\n', '<p>Bericht ' || n || '.</p>',
            now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
       FROM generate_series(1, $1) n`,
    [count, batch],
  );
}

function startApi(dataDir) {
  const child = spawn(process.execPath, [join(apiDist, 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl.href,
      DEMO_DATA: 'false',
      SMTP_URL: smtpUrl,
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
  const ready = new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (/ready at /.test(output)) {
        clearInterval(timer);
        resolve();
      }
    }, 20);
    child.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`the API stopped (${code}): ${output}`));
    });
  });
  return { child, ready, output: () => output };
}

async function stopApi(api) {
  if (api.child.exitCode !== null) return;
  const exited = new Promise((resolve) => api.child.once('exit', resolve));
  api.child.kill('SIGTERM');
  await exited;
}

const runs = [];
const dataDir = mkdtempSync(join(os.tmpdir(), 'werkplaats-mail-bench-'));
try {
  for (const replicas of opts.replicas.split(',').map(Number)) {
    received.clear();
    firstAt = 0;
    lastAt = 0;
    await pool.query(`DELETE FROM "MailMessage"`);
    const apis = Array.from({ length: replicas }, () => startApi(dataDir));
    await Promise.all(apis.map((a) => a.ready));
    const queuedAt = performance.now();
    await queue(MESSAGES, `r${replicas}`);
    while (received.size < MESSAGES) await new Promise((resolve) => waiters.push(resolve));
    // The last message is marked SENT just after the server took it.
    for (;;) {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "MailMessage" WHERE status = 'SENT'`);
      if (rows[0].n === MESSAGES) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const { rows } = await pool.query(
      `SELECT status, count(*)::int AS n, max(attempts) AS attempts FROM "MailMessage" GROUP BY status`,
    );
    await Promise.all(apis.map(stopApi));
    const duplicates = [...received.values()].filter((n) => n > 1).length;
    const steadySeconds = (lastAt - firstAt) / 1000;
    runs.push({
      replicas,
      messages: MESSAGES,
      receivedOnce: [...received.values()].filter((n) => n === 1).length,
      duplicates,
      firstAfterMs: Math.round(firstAt - queuedAt),
      allAfterMs: Math.round(lastAt - queuedAt),
      perSecond: Math.round((MESSAGES - 1) / steadySeconds),
      statuses: rows,
    });
    console.log(runs.at(-1));
  }
} finally {
  await pool.end();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  await new Promise((resolve) => smtp.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
}

// ------------------------------------------------------------------ the size of a reset mail
const { passwordResetMail } = await import(pathToFileURL(join(apiDist, 'mail/account-mail.js')).href);
const { renderMail } = await import(pathToFileURL(join(apiDist, 'mail/template.js')).href);
const { createTransport } = await load('nodemailer');
const link = `https://werkplaats.example.nl/wachtwoord-instellen?token=${'x'.repeat(43)}`;
const context = { name: 'Mia de Vries', publicUrl: 'https://werkplaats.example.nl' };
const sizes = {};
for (const locale of ['nl', 'en']) {
  const mail = renderMail(passwordResetMail({ ...context, locale }, link, 60));
  const info = await createTransport({ streamTransport: true, buffer: true }).sendMail({
    from: '"Werkplaats Sociaal Domein" <noreply@werkplaats.example.nl>',
    to: 'mia@example.nl',
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: '<0123456789abcdef0123456789abcdef@werkplaats.example.nl>',
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
  sizes[locale] = {
    htmlBytes: Buffer.byteLength(mail.html),
    textBytes: Buffer.byteLength(mail.text),
    emlBytes: info.message.length,
  };
}
console.log(sizes);

const date = new Date().toISOString().slice(0, 10);
const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
  postgres: `${serverUrl.host}`,
  runs,
  resetMailSize: sizes,
};
const dir = join(root, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${date}-mail-queue.json`), JSON.stringify(result, null, 2) + '\n');
const md = [
  `# Mail outbox throughput, ${date}`,
  '',
  `${result.machine}; Postgres at ${result.postgres}; the production build, SMTP to a local smtp-server that accepts`,
  `everything. ${MESSAGES} messages queued in one INSERT while the replicas run (they find it by polling, every 5 s).`,
  ...(opts.note ? ['', opts.note] : []),
  '',
  '| replicas | messages | received once | duplicates | first after | all after | messages/s (first to last) |',
  '| -------- | -------- | ------------- | ---------- | ----------- | --------- | -------------------------- |',
  ...runs.map(
    (r) =>
      `| ${r.replicas} | ${r.messages} | ${r.receivedOnce} | ${r.duplicates} | ${r.firstAfterMs} ms | ${r.allAfterMs} ms | ${r.perSecond} |`,
  ),
  '',
  'A password-reset mail (link of 43 token characters):',
  '',
  '| language | HTML bytes | text bytes | whole message (.eml) bytes |',
  '| -------- | ---------- | ---------- | -------------------------- |',
  ...Object.entries(sizes).map(([l, s]) => `| ${l} | ${s.htmlBytes} | ${s.textBytes} | ${s.emlBytes} |`),
  '',
].join('\n');
writeFileSync(join(dir, `${date}-mail-queue.md`), md);
console.log(md);
