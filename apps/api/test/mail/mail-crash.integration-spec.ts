// The built server (`pnpm test` builds before the integration tests) sending a queue of notification mail on the
// embedded database, killed with SIGKILL mid-sending and started again on the same data: every message arrives,
// and one arrives twice only inside the at-least-once window (accepted by the SMTP server, not yet marked SENT in
// the database), so duplicates are at most the messages in flight at the kill. bench/mail-crash.mjs does the same
// with 500 messages on real Postgres and explains the window.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { startEmbeddedPostgres } from '../../src/common/database/embedded-postgres.js';
import { applyMigrations } from '../../src/common/database/migrate.js';
import { messageIdOf } from '../../src/mail/transport.js';

const mainJs = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/main.js');
const MESSAGES = 60;
const KILL_AFTER = 20;
const FROM = 'noreply@werkplaats.example.nl';

/** The database the server used, opened from the test while the server is not running. */
async function withDatabase<T>(dataDir: string, work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const embedded = await startEmbeddedPostgres({ dataDir });
  const pool = new pg.Pool({ connectionString: embedded.connectionString, max: 1 });
  try {
    return await work(pool);
  } finally {
    await pool.end();
    await embedded.close();
  }
}

function start(env: Record<string, string>): {
  child: ChildProcess;
  exited: Promise<number | null>;
  output: () => string;
} {
  const child = spawn(process.execPath, [mainJs], {
    env: {
      ...process.env,
      DATABASE_URL: undefined,
      TEST_DATABASE_URL: undefined,
      NODE_ENV: 'development',
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  return {
    child,
    exited: new Promise<number | null>((r) => child.once('exit', (code) => r(code))),
    output: () => output,
  };
}

describe('a crash while mail is being sent', () => {
  let dataDir: string;
  let smtp: SMTPServer;

  beforeAll(() => {
    if (!existsSync(mainJs)) throw new Error('apps/api/dist/main.js is missing: run `pnpm build` first');
    dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-mail-crash-'));
  });
  afterAll(async () => {
    await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Five openings of the embedded database (WebAssembly) on a shared machine: a generous safety net, not a speed check.
  it('delivers every queued notification after SIGKILL and a restart; twice only what was in flight at the kill', async () => {
    const keys = Array.from({ length: MESSAGES }, (_, i) => `notify:crash:${i + 1}`);
    const keyOf = new Map(keys.map((key) => [messageIdOf(key, FROM), key]));
    const delivered = new Map<string, number>();
    let accepted = 0;
    let afterAccept = () => undefined as void;
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        let head = '';
        stream.on('data', (chunk: Buffer) => {
          if (head.length < 4096) head += chunk.toString();
        });
        stream.on('end', () => {
          const id = /^Message-ID: (\S+)/im.exec(head)?.[1] ?? '?';
          // A little time per message, so that the kill lands with the queue half sent.
          setTimeout(() => {
            callback();
            const key = keyOf.get(id) ?? `unknown ${id}`;
            delivered.set(key, (delivered.get(key) ?? 0) + 1);
            accepted += 1;
            afterAccept();
          }, 20);
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    const env = {
      DATA_DIR: dataDir,
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      MAIL_FROM: `"Werkplaats Sociaal Domein" <${FROM}>`,
    };

    await withDatabase(dataDir, async (pool) => {
      await applyMigrations(pool, { log: () => undefined });
      await pool.query(
        `INSERT INTO "MailMessage" (id, "idempotencyKey", "to", locale, subject, text, html, "nextAttemptAt", "createdAt")
         SELECT gen_random_uuid(), 'notify:crash:' || n, 'lid' || n || '@example.nl', 'nl',
                'Nieuwe reactie op je les ' || n, 'Er is een reactie op je les ' || n || '.',
                '<p>Er is een reactie op je les ' || n || '.</p>',
                now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
           FROM generate_series(1, $1::int) n`,
        [MESSAGES],
      );
    });

    const first = start(env);
    await new Promise<void>((killed, fail) => {
      void first.exited.then(() => {
        if (accepted < KILL_AFTER) fail(new Error(`the server stopped: ${first.output()}`));
      });
      afterAccept = () => {
        if (accepted !== KILL_AFTER) return;
        first.child.kill('SIGKILL');
        killed();
      };
    });
    await first.exited;
    afterAccept = () => undefined;

    // What the kill left: the rows taken but not marked SENT are the window; their lease (five minutes) is
    // moved to now, as if it had passed, so the restarted worker takes them at once.
    const inFlightKeys = await withDatabase(dataDir, async (pool) => {
      const { rows } = await pool.query<{ idempotencyKey: string }>(
        `SELECT "idempotencyKey" FROM "MailMessage" WHERE status = 'SENDING'`,
      );
      await pool.query(
        `UPDATE "MailMessage" SET "nextAttemptAt" = now() AT TIME ZONE 'UTC' WHERE status = 'SENDING'`,
      );
      return rows.map((r) => r.idempotencyKey);
    });
    const inFlight = inFlightKeys.length;
    const beforeRestart = accepted;
    const before = new Map(delivered);
    expect(beforeRestart).toBeLessThan(MESSAGES);

    const again = start(env);
    await new Promise<void>((done, fail) => {
      // Done when every key has come and each message in flight at the kill was sent again (the worker takes
      // those after the queued ones, by due time): then nothing is left SENDING.
      afterAccept = () => {
        if (
          keys.every((key) => delivered.has(key)) &&
          inFlightKeys.every((key) => delivered.get(key)! > (before.get(key) ?? 0))
        )
          done();
      };
      afterAccept();
      void again.exited.then((code) =>
        fail(new Error(`the restarted server stopped (${code}): ${again.output()}`)),
      );
    });
    // Its last SENT marks follow the last 250 closely: a graceful stop lets the sends under way finish.
    again.child.kill('SIGTERM');
    await again.exited;

    const statuses = await withDatabase(dataDir, async (pool) => {
      const { rows } = await pool.query<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM "MailMessage" GROUP BY status`,
      );
      return Object.fromEntries(rows.map((r) => [r.status, r.n]));
    });
    const duplicates = keys.filter((key) => delivered.get(key)! > 1);
    console.log(
      `mail crash (embedded): ${beforeRestart} accepted before SIGKILL, ${inFlight} in flight, ${duplicates.length} delivered twice, statuses ${JSON.stringify(statuses)}`,
    );
    expect(keys.filter((key) => !delivered.has(key))).toEqual([]);
    expect([...delivered.keys()].filter((key) => key.startsWith('unknown'))).toEqual([]);
    expect(duplicates.length).toBeLessThanOrEqual(inFlight);
    expect(keys.every((key) => delivered.get(key)! <= 2)).toBe(true);
    expect(statuses).toEqual({ SENT: MESSAGES });
  }, 600_000);
});
