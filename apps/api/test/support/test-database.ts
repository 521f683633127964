// One fresh, migrated database per caller (a test file). On a real server it is cloned from a migrated
// template database, which takes milliseconds instead of re-running every migration; without a server it
// is an in-memory embedded Postgres.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPool, startEmbeddedPostgres } from '../../src/common/database/embedded-postgres.js';
import { applyMigrations, readMigrationFiles } from '../../src/common/database/migrate.js';

export interface TestDatabase {
  /** Connect with `createPool(url, { embedded: kind === 'embedded' })`: the embedded one is a single session. */
  url: string;
  kind: 'postgres' | 'embedded';
  dispose(): Promise<void>;
}

// Serialises template builds across jest workers and parallel runs (any constant unlike Prisma's 72707369).
const TEMPLATE_LOCK_KEY = 72707370;

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  return serverUrl ? cloneFromTemplate(serverUrl) : startEmbedded();
}

async function startEmbedded(): Promise<TestDatabase> {
  const embedded = await startEmbeddedPostgres({ dataDir: 'memory://' });
  try {
    await migrate(embedded.connectionString, true);
  } catch (error) {
    await embedded.close();
    throw error;
  }
  return { url: embedded.connectionString, kind: 'embedded', dispose: () => embedded.close() };
}

async function cloneFromTemplate(serverUrl: string): Promise<TestDatabase> {
  const template = await ensureTemplate(serverUrl);
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
  const files = await readMigrationFiles();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.name}\n${file.checksum}\n`);
  const template = `werkplaats_tpl_${hash.digest('hex').slice(0, 12)}`;

  await withClient(serverUrl, async (client) => {
    if (await databaseExists(client, template)) return;
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      // Another worker may have built it while this one waited for the lock.
      if (await databaseExists(client, template)) return;
      // Built under another name and renamed when complete, so a half-made template is never cloned.
      const building = `${template}_building`;
      await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${building}"`);
      await migrate(databaseUrl(serverUrl, building), false);
      await renameDatabase(client, building, template);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
  return template;
}

async function migrate(url: string, embedded: boolean): Promise<void> {
  const pool = createPool(url, { embedded });
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
