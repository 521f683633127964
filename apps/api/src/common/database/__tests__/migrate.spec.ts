import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { createPool } from '../embedded-postgres.js';
import { applyMigrations, defaultMigrationsDir, readMigrationFiles } from '../migrate.js';
import { targets, type EmptyDatabase } from './targets.js';

const TIMEOUT = 60_000;
const repoMigrations = resolve(fileURLToPath(import.meta.url), '../../../../../../../prisma/migrations');

interface HistoryRow {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}

async function writeMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(join(dir, name, 'migration.sql'), sql);
}

const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

describe('defaultMigrationsDir', () => {
  const saved = process.env.MIGRATIONS_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.MIGRATIONS_DIR;
    else process.env.MIGRATIONS_DIR = saved;
  });

  it("finds the repository's prisma/migrations by walking up from the module", () => {
    delete process.env.MIGRATIONS_DIR;
    expect(defaultMigrationsDir()).toBe(repoMigrations);
  });

  it('honours MIGRATIONS_DIR', () => {
    process.env.MIGRATIONS_DIR = '/somewhere/else';
    expect(defaultMigrationsDir()).toBe('/somewhere/else');
  });
});

describe.each(targets().map((target) => [target.name, target] as const))(
  'applyMigrations on %s',
  (_name, target) => {
    let db: EmptyDatabase;
    let pool: pg.Pool;
    let dir: string;
    let lines: string[];
    const log = (line: string) => lines.push(line);
    const history = async () =>
      (await pool.query<HistoryRow>('SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name'))
        .rows;
    const tables = async () =>
      (
        await pool.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
        )
      ).rows.map((row) => row.table_name);

    beforeAll(() => target.start(), TIMEOUT);
    afterAll(() => target.stop(), TIMEOUT);
    beforeEach(async () => {
      db = await target.emptyDatabase();
      pool = createPool(db.url, { embedded: db.embedded });
      dir = await mkdtemp(join(tmpdir(), 'werkplaats-migrations-'));
      lines = [];
    }, TIMEOUT);
    afterEach(async () => {
      await pool.end();
      await db.drop();
      await rm(dir, { recursive: true, force: true });
    }, TIMEOUT);

    it(
      'applies each migration once, in name order, and records Prisma-compatible history',
      async () => {
        // Written out of order on purpose: the second creates a row in the first's table.
        const second =
          'INSERT INTO "Thing" (id) VALUES (1);\nCREATE TABLE "Other" (id INTEGER PRIMARY KEY);\n';
        const first = 'CREATE TABLE "Thing" (id INTEGER PRIMARY KEY);\n';
        await writeMigration(dir, '20260102000000_second', second);
        await writeMigration(dir, '20260101000000_first', first);

        await expect(applyMigrations(pool, { migrationsDir: dir, log })).resolves.toEqual({
          applied: ['20260101000000_first', '20260102000000_second'],
        });
        expect(await tables()).toEqual(['Other', 'Thing', '_prisma_migrations']);
        const rows = await history();
        expect(rows.map((row) => row.migration_name)).toEqual([
          '20260101000000_first',
          '20260102000000_second',
        ]);
        expect(rows.map((row) => row.checksum)).toEqual([sha256(first), sha256(second)]);
        for (const row of rows) {
          expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
          expect(row.finished_at).toBeInstanceOf(Date);
          expect(row.rolled_back_at).toBeNull();
          expect(row.applied_steps_count).toBe(1);
        }

        await expect(applyMigrations(pool, { migrationsDir: dir, log })).resolves.toEqual({ applied: [] });
        expect(await history()).toHaveLength(2);
        expect(lines.at(-1)).toBe('No pending migrations to apply.');

        // A later migration is picked up on its own.
        await writeMigration(dir, '20260103000000_third', 'ALTER TABLE "Other" ADD COLUMN note TEXT;\n');
        await expect(applyMigrations(pool, { migrationsDir: dir, log })).resolves.toEqual({
          applied: ['20260103000000_third'],
        });
        expect(await history()).toHaveLength(3);
      },
      TIMEOUT,
    );

    it(
      'creates the history table exactly as Prisma defines it',
      async () => {
        await applyMigrations(pool, { migrationsDir: dir, log });
        const { rows } = await pool.query<{
          column_name: string;
          data_type: string;
          character_maximum_length: number | null;
          is_nullable: string;
          column_default: string | null;
        }>(
          `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
        );
        expect(rows).toEqual([
          {
            column_name: 'id',
            data_type: 'character varying',
            character_maximum_length: 36,
            is_nullable: 'NO',
            column_default: null,
          },
          {
            column_name: 'checksum',
            data_type: 'character varying',
            character_maximum_length: 64,
            is_nullable: 'NO',
            column_default: null,
          },
          {
            column_name: 'finished_at',
            data_type: 'timestamp with time zone',
            character_maximum_length: null,
            is_nullable: 'YES',
            column_default: null,
          },
          {
            column_name: 'migration_name',
            data_type: 'character varying',
            character_maximum_length: 255,
            is_nullable: 'NO',
            column_default: null,
          },
          {
            column_name: 'logs',
            data_type: 'text',
            character_maximum_length: null,
            is_nullable: 'YES',
            column_default: null,
          },
          {
            column_name: 'rolled_back_at',
            data_type: 'timestamp with time zone',
            character_maximum_length: null,
            is_nullable: 'YES',
            column_default: null,
          },
          {
            column_name: 'started_at',
            data_type: 'timestamp with time zone',
            character_maximum_length: null,
            is_nullable: 'NO',
            column_default: 'now()',
          },
          {
            column_name: 'applied_steps_count',
            data_type: 'integer',
            character_maximum_length: null,
            is_nullable: 'NO',
            column_default: '0',
          },
        ]);
        const pk = await pool.query<{ column_name: string }>(
          `SELECT kcu.column_name FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage kcu USING (constraint_schema, constraint_name)
        WHERE tc.table_name = '_prisma_migrations' AND tc.constraint_type = 'PRIMARY KEY'`,
        );
        expect(pk.rows).toEqual([{ column_name: 'id' }]);
      },
      TIMEOUT,
    );

    it(
      'rolls a failing migration back, records the failure and refuses to go on until it is resolved',
      async () => {
        await writeMigration(dir, '20260101000000_ok', 'CREATE TABLE "Ok" (id INTEGER);\n');
        await writeMigration(
          dir,
          '20260102000000_broken',
          'CREATE TABLE "Half" (id INTEGER);\nSELECT 1 / 0;\n',
        );
        await writeMigration(dir, '20260103000000_after', 'CREATE TABLE "After" (id INTEGER);\n');

        await expect(applyMigrations(pool, { migrationsDir: dir, log })).rejects.toThrow(
          /Migration `20260102000000_broken` failed and was rolled back: division by zero/,
        );
        expect(await tables()).toEqual(['Ok', '_prisma_migrations']);
        const failed = (await history()).find((row) => row.migration_name === '20260102000000_broken');
        expect(failed).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
        expect(failed?.logs).toContain('division by zero');

        // Even once the file is fixed, the recorded failure blocks every further run.
        await writeMigration(dir, '20260102000000_broken', 'CREATE TABLE "Half" (id INTEGER);\n');
        await expect(applyMigrations(pool, { migrationsDir: dir, log })).rejects.toThrow(
          /Migration `20260102000000_broken` failed earlier .*no further migrations are applied/,
        );
        expect(await tables()).toEqual(['Ok', '_prisma_migrations']);

        // Marked rolled back (what `prisma migrate resolve --rolled-back` does), it is applied anew.
        await pool.query('UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = $1', [
          failed?.id,
        ]);
        await expect(applyMigrations(pool, { migrationsDir: dir, log })).resolves.toEqual({
          applied: ['20260102000000_broken', '20260103000000_after'],
        });
        expect(await tables()).toEqual(['After', 'Half', 'Ok', '_prisma_migrations']);
        expect(
          (await history()).filter((row) => row.migration_name === '20260102000000_broken'),
        ).toHaveLength(2);
      },
      TIMEOUT,
    );

    it(
      'warns, and applies nothing, when an applied migration file was edited',
      async () => {
        const original = 'CREATE TABLE "Thing" (id INTEGER);\n';
        await writeMigration(dir, '20260101000000_first', original);
        await applyMigrations(pool, { migrationsDir: dir, log });
        lines = [];

        await writeMigration(dir, '20260101000000_first', 'CREATE TABLE "Thing" (id BIGINT);\n');
        await expect(applyMigrations(pool, { migrationsDir: dir, log })).resolves.toEqual({ applied: [] });
        expect(lines.filter((line) => line.startsWith('Warning:'))).toEqual([
          expect.stringMatching(/^Warning: migration `20260101000000_first` was edited after it was applied/),
        ]);
        expect((await history())[0]?.checksum).toBe(sha256(original));
      },
      TIMEOUT,
    );

    it(
      'lets only one of two simultaneous runs apply the migrations',
      async () => {
        await writeMigration(
          dir,
          '20260101000000_slow',
          'CREATE TABLE "Thing" (id INTEGER);\nSELECT pg_sleep(0.3);\n',
        );
        // A real server gets two connections (the advisory lock decides); PGlite is one session (the pool does).
        const other = db.embedded ? pool : createPool(db.url, { embedded: false });
        try {
          const results = await Promise.all([
            applyMigrations(pool, { migrationsDir: dir, log }),
            applyMigrations(other, { migrationsDir: dir, log }),
          ]);
          expect(results.flatMap((result) => result.applied)).toEqual(['20260101000000_slow']);
          expect(await history()).toHaveLength(1);
          if (!db.embedded)
            expect(lines).toContain('Waiting for another process that is applying migrations…');
        } finally {
          if (other !== pool) await other.end();
        }
      },
      TIMEOUT,
    );

    it(
      "applies the repository's migrations (PostgreSQL 15 and PGlite's 18 alike)",
      async () => {
        const files = await readMigrationFiles(repoMigrations);
        expect(files.length).toBeGreaterThan(0);
        const started = performance.now();
        const { applied } = await applyMigrations(pool, { log });
        lines.push(`repo migrations on ${target.name}: ${Math.round(performance.now() - started)} ms`);
        expect(applied).toEqual(files.map((file) => file.name));
        expect(await tables()).toEqual(
          expect.arrayContaining(['User', 'Workshop', 'Session', '_prisma_migrations']),
        );
        const rows = await history();
        expect(rows.map((row) => row.checksum)).toEqual(files.map((file) => file.checksum));
        expect(rows[0]?.checksum).toBe(
          createHash('sha256')
            .update(await readFile(join(repoMigrations, files[0]!.name, 'migration.sql')))
            .digest('hex'),
        );
        if (process.env.REPORT_TIMINGS) console.log(lines.at(-1));
      },
      TIMEOUT,
    );

    it(
      'needs a migrations folder',
      async () => {
        await expect(applyMigrations(pool, { migrationsDir: join(dir, 'missing'), log })).rejects.toThrow(
          /ENOENT/,
        );
        expect(existsSync(join(dir, 'missing'))).toBe(false);
      },
      TIMEOUT,
    );
  },
);
