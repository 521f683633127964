// One fresh, migrated database per caller (a test file), optionally with the demo data, made from a template
// instead of migrating and seeding each time: on a real server a template database cloned with
// `CREATE DATABASE … TEMPLATE` (milliseconds), without a server an in-memory embedded Postgres loaded from a
// tarball of one (about a second, against three to open, migrate and seed). Templates with the demo data are
// made once per test run (its dates are relative to the day it is seeded): global-setup.mjs names the run.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import pg from 'pg';
import { createPool, startEmbeddedPostgres } from '../../src/common/database/embedded-postgres.js';
import { applyMigrations, readMigrationFiles } from '../../src/common/database/migrate.js';
import { PrismaService } from '../../src/common/prisma/prisma.service.js';
import { seedDemoData } from '../../src/demo/seed-demo-data.js';

export interface TestDatabase {
  /** Connect with `createPool(url, { embedded: kind === 'embedded' })`: the embedded one is a single session. */
  url: string;
  kind: 'postgres' | 'embedded';
  dispose(): Promise<void>;
}

// Serialises template builds across jest workers and parallel runs (any constant unlike Prisma's 72707369).
const TEMPLATE_LOCK_KEY = 72707370;

export async function createTestDatabase(options: { demo?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const demo = options.demo ?? false;
  return serverUrl ? cloneFromTemplate(serverUrl, demo) : startEmbedded(demo);
}

/** This test run's folder (global-setup.mjs makes it; a process run without it gets one of its own). */
export function testRunDir(): string {
  process.env.WERKPLAATS_TEST_RUN_DIR ??= join(
    tmpdir(),
    `werkplaats-test-run-${randomBytes(4).toString('hex')}`,
  );
  const dir = process.env.WERKPLAATS_TEST_RUN_DIR;
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await readMigrationFiles()) hash.update(`${file.name}\n${file.checksum}\n`);
  return hash.digest('hex').slice(0, 12);
}

async function startEmbedded(demo: boolean): Promise<TestDatabase> {
  const template = await embeddedTemplate(demo);
  const embedded = await startEmbeddedPostgres({ dataDir: 'memory://', loadDataDir: template });
  return { url: embedded.connectionString, kind: 'embedded', dispose: () => embedded.close() };
}

/** The tarball of a migrated (and maybe seeded) embedded database, made by the first worker that needs it. */
async function embeddedTemplate(demo: boolean): Promise<Blob> {
  const file = join(testRunDir(), `embedded-${await migrationsHash()}${demo ? '-demo' : ''}.tar`);
  await buildOnce(file, async () => {
    const embedded = await startEmbeddedPostgres({ dataDir: 'memory://' });
    try {
      const pool = createPool(embedded.connectionString, { embedded: true });
      try {
        await applyMigrations(pool, { log: () => undefined });
        if (demo) await seedDemoData(new PrismaService(pool, { prepare: false }));
      } finally {
        await pool.end();
      }
      return Buffer.from(await (await embedded.dump()).arrayBuffer());
    } finally {
      await embedded.close();
    }
  });
  return new Blob([await readFile(file)]);
}

/**
 * Writes `file` with what `build` makes, unless it exists; workers that find another building it wait. A lock
 * left behind by a worker that died is taken over after two minutes.
 */
async function buildOnce(file: string, build: () => Promise<Buffer>): Promise<void> {
  const lock = `${file}.lock`;
  for (const deadline = Date.now() + 180_000; !existsSync(file);) {
    if (Date.now() > deadline) throw new Error(`Waited three minutes for ${basename(file)} to be built`);
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx' });
    } catch {
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 120_000) await rm(lock, { force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    try {
      if (!existsSync(file)) {
        const building = `${file}.${process.pid}.part`;
        await writeFile(building, await build());
        await rename(building, file);
      }
    } finally {
      await rm(lock, { force: true });
    }
  }
}

async function cloneFromTemplate(serverUrl: string, demo: boolean): Promise<TestDatabase> {
  const template = demo ? await ensureDemoTemplate(serverUrl) : await ensureTemplate(serverUrl);
  const name = `werkplaats_test_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    url: databaseUrl(serverUrl, name),
    kind: 'postgres',
    dispose: () =>
      withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/** `werkplaats_tpl_<hash of the migrations>`: a changed or new migration gets a template of its own. */
async function ensureTemplate(serverUrl: string): Promise<string> {
  const template = `werkplaats_tpl_${await migrationsHash()}`;
  await buildTemplate(serverUrl, template, async (client, building) => {
    await client.query(`CREATE DATABASE "${building}"`);
    await migrate(databaseUrl(serverUrl, building));
  });
  return template;
}

/** The migrated template with the demo data, for this test run only (global-teardown.mjs drops it). */
async function ensureDemoTemplate(serverUrl: string): Promise<string> {
  const migrated = await ensureTemplate(serverUrl);
  const template = demoTemplateName(migrated, testRunDir());
  await buildTemplate(serverUrl, template, async (client, building) => {
    await client.query(`CREATE DATABASE "${building}" TEMPLATE "${migrated}"`);
    const pool = createPool(databaseUrl(serverUrl, building), { embedded: false });
    try {
      await seedDemoData(new PrismaService(pool, { prepare: false }));
    } finally {
      await pool.end();
    }
  });
  return template;
}

/** Kept in step with global-teardown.mjs, which drops the run's demo templates by this pattern. */
export function demoTemplateName(migratedTemplate: string, runDir: string): string {
  return `${migratedTemplate}_demo_${basename(runDir)
    .replace(/[^a-z0-9]/g, '')
    .slice(-8)}`;
}

/** Builds a template database under another name and renames it when complete: a half-made one is never cloned. */
async function buildTemplate(
  serverUrl: string,
  template: string,
  build: (client: pg.Client, building: string) => Promise<void>,
): Promise<void> {
  await withClient(serverUrl, async (client) => {
    if (await databaseExists(client, template)) return;
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      // Another worker may have built it while this one waited for the lock.
      if (await databaseExists(client, template)) return;
      const building = `${template}_building`;
      await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await build(client, building);
      await renameDatabase(client, building, template);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
}

async function migrate(url: string): Promise<void> {
  const pool = createPool(url, { embedded: false });
  try {
    await applyMigrations(pool, { log: () => undefined });
  } finally {
    await pool.end();
  }
}

async function renameDatabase(client: pg.Client, from: string, to: string): Promise<void> {
  // The migration pool's backend may take a moment to go away after pool.end().
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`ALTER DATABASE "${from}" RENAME TO "${to}"`);
      return;
    } catch (error) {
      const beingAccessed = (error as { code?: string }).code === '55006';
      if (!beingAccessed || attempt >= 50) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

async function databaseExists(client: pg.Client, name: string): Promise<boolean> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return (rowCount ?? 0) > 0;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
