// Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's native schema engine
// (see shared/design/toolchain.md). It writes the same `_prisma_migrations` history, so a machine that has
// the native CLI can still run `prisma migrate deploy`/`status` against the same database.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

/** Prisma's own advisory lock key, so this runner and `prisma migrate` never run at the same time. */
export const PRISMA_MIGRATION_LOCK_KEY = 72707369;

// Prisma's exact definition of its history table (schema engine, PostgreSQL connector).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  /** The folder name, e.g. `20260101120000_init`. */
  name: string;
  sql: string;
  /** sha256 of the file's bytes, hex: what Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
}

export interface ApplyMigrationsOptions {
  migrationsDir?: string;
  log?: (line: string) => void;
}

interface HistoryRow {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

/**
 * `MIGRATIONS_DIR`, else the repository's prisma/migrations found by walking up from this module, so the
 * same code works from src (jest) and from dist (apps/api/dist/common/database).
 */
export function defaultMigrationsDir(): string {
  if (process.env.MIGRATIONS_DIR) return resolve(process.env.MIGRATIONS_DIR);
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'prisma', 'migrations');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) {
      throw new Error(`No prisma/migrations folder above ${start}; set MIGRATIONS_DIR.`);
    }
  }
}

/** The migrations on disk, in name order (their names start with a UTC timestamp). */
export async function readMigrationFiles(
  migrationsDir: string = defaultMigrationsDir(),
): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(join(migrationsDir, name, 'migration.sql'));
      return {
        name,
        sql: bytes.toString('utf8'),
        checksum: createHash('sha256').update(bytes).digest('hex'),
      };
    }),
  );
}

/**
 * Applies every migration not applied yet, each in its own transaction, under Prisma's advisory lock.
 * Refuses to run while the history records a failed migration, as `prisma migrate deploy` does.
 */
export async function applyMigrations(
  pool: pg.Pool,
  options: ApplyMigrationsOptions = {},
): Promise<{ applied: string[] }> {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const log = options.log ?? ((line: string) => console.log(line));
  const files = await readMigrationFiles(migrationsDir);

  // A session-level advisory lock belongs to one connection: everything below runs on this client.
  const client = await pool.connect();
  let reusable = true;
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
      PRISMA_MIGRATION_LOCK_KEY,
    ]);
    if (!rows[0]?.locked) {
      log('Waiting for another process that is applying migrations…');
      await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATION_LOCK_KEY]);
    }
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const history = (
        await client.query<HistoryRow>(
          `SELECT id, migration_name, checksum, finished_at, rolled_back_at, logs
             FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
        )
      ).rows;

      const failed = history.filter((row) => row.finished_at === null && row.rolled_back_at === null);
      if (failed.length > 0) {
        const names = failed.map((row) => `\`${row.migration_name}\``).join(', ');
        throw new Error(
          `Migration ${names} failed earlier (see _prisma_migrations.logs); no further migrations are applied. ` +
            'Each migration runs in a transaction, so its changes were rolled back: fix the migration, then mark the failure ' +
            `rolled back with \`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = '${failed[0]?.id}'\` ` +
            `(or \`prisma migrate resolve --rolled-back ${failed[0]?.migration_name}\`) and start again.`,
        );
      }

      const applied = new Map<string, HistoryRow>();
      for (const row of history)
        if (row.finished_at !== null && row.rolled_back_at === null) applied.set(row.migration_name, row);
      const onDisk = new Set(files.map((file) => file.name));
      for (const name of applied.keys()) {
        if (!onDisk.has(name))
          log(`Warning: migration \`${name}\` is applied to the database but missing from ${migrationsDir}.`);
      }

      const done: string[] = [];
      for (const file of files) {
        const row = applied.get(file.name);
        if (row) {
          if (row.checksum !== file.checksum) {
            log(
              `Warning: migration \`${file.name}\` was edited after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ` +
                `${file.checksum.slice(0, 12)}… on disk). The edit is not applied; put changes in a new migration.`,
            );
          }
          continue;
        }
        log(`Applying migration \`${file.name}\``);
        const id = randomUUID();
        // Recorded before the transaction: if the process dies mid-way the row stays unfinished, which is
        // exactly Prisma's "failed migration" state.
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())',
          [id, file.checksum, file.name],
        );
        try {
          await client.query('BEGIN');
          // No parameters: pg sends it as a simple query, which may hold many statements.
          await client.query(file.sql);
          await client.query(
            'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
            [id],
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          const message = error instanceof Error ? error.message : String(error);
          await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, message]);
          throw new Error(`Migration \`${file.name}\` failed and was rolled back: ${message}`, {
            cause: error,
          });
        }
        done.push(file.name);
      }
      // Callers report what was applied from the result; only say so when there was nothing to do.
      if (done.length === 0) log('No pending migrations to apply.');
      return { applied: done };
    } finally {
      // A connection that may still hold the lock must not go back into the pool.
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATION_LOCK_KEY]).catch(() => {
        reusable = false;
      });
    }
  } finally {
    client.release(!reusable);
  }
}
