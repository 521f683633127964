import pg from 'pg';
import { createTestDatabase } from '../../../../test/support/test-database.js';
import { createPool } from '../embedded-postgres.js';
import { readMigrationFiles } from '../migrate.js';

const TIMEOUT = 60_000;
const serverUrl = process.env.TEST_DATABASE_URL;

async function appliedMigrations(url: string, embedded: boolean): Promise<string[]> {
  const pool = createPool(url, { embedded });
  try {
    const { rows } = await pool.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    return rows.map((row) => row.migration_name);
  } finally {
    await pool.end();
  }
}

// createTestDatabase reads the environment when called: set it per test, put it back afterwards.
function withEnv(env: Record<string, string | undefined>): void {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  beforeEach(() => {
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
}

describe('createTestDatabase without a server', () => {
  withEnv({ TEST_DATABASE_URL: undefined, DATABASE_URL: undefined });

  it(
    'starts a migrated in-memory embedded Postgres and stops it on dispose',
    async () => {
      const expected = (await readMigrationFiles()).map((file) => file.name);
      const db = await createTestDatabase();
      expect(db.kind).toBe('embedded');
      expect(await appliedMigrations(db.url, true)).toEqual(expected);
      await db.dispose();
      const pool = createPool(db.url, { embedded: true });
      await expect(pool.query('SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
      await pool.end();
    },
    TIMEOUT,
  );
});

if (serverUrl) {
  describe('createTestDatabase on a real server', () => {
    withEnv({ TEST_DATABASE_URL: serverUrl });

    const exists = async (name: string) => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        return (
          ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0
        );
      } finally {
        await client.end();
      }
    };

    it(
      'clones separate migrated databases from one template and drops them on dispose',
      async () => {
        const expected = (await readMigrationFiles()).map((file) => file.name);
        // Simultaneous callers (as jest workers are) share one template build.
        const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
        try {
          expect([a.kind, b.kind]).toEqual(['postgres', 'postgres']);
          expect(a.url).not.toBe(b.url);
          expect(await appliedMigrations(a.url, false)).toEqual(expected);
          expect(await appliedMigrations(b.url, false)).toEqual(expected);

          // Separate databases: a table made in one is absent from the other.
          const poolA = createPool(a.url, { embedded: false });
          await poolA.query('CREATE TABLE only_in_a (id INTEGER)');
          await poolA.end();
          const poolB = createPool(b.url, { embedded: false });
          const { rowCount } = await poolB.query("SELECT 1 FROM pg_tables WHERE tablename = 'only_in_a'");
          await poolB.end();
          expect(rowCount).toBe(0);
        } finally {
          await Promise.all([a.dispose(), b.dispose()]);
        }
        const nameOf = (url: string) => new URL(url).pathname.slice(1);
        expect(nameOf(a.url)).toMatch(/^werkplaats_test_[0-9a-f]{12}$/);
        expect(await exists(nameOf(a.url))).toBe(false);
        expect(await exists(nameOf(b.url))).toBe(false);
      },
      TIMEOUT,
    );
  });
}
