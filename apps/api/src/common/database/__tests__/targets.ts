// The databases the database specs run against: always the embedded PGlite (PostgreSQL 18), and also the
// real server in TEST_DATABASE_URL (PostgreSQL 15 here) when it is set, since production runs on the latter.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPool, startEmbeddedPostgres, type EmbeddedPostgres } from '../embedded-postgres.js';

export interface EmptyDatabase {
  url: string;
  embedded: boolean;
  drop(): Promise<void>;
}

export interface Target {
  name: 'embedded' | 'postgres';
  start(): Promise<void>;
  /** A database with nothing in it, for one test. */
  emptyDatabase(): Promise<EmptyDatabase>;
  stop(): Promise<void>;
}

function embeddedTarget(): Target {
  let server: EmbeddedPostgres | undefined;
  return {
    name: 'embedded',
    async start() {
      server = await startEmbeddedPostgres({ dataDir: 'memory://' });
    },
    async emptyDatabase() {
      if (!server) throw new Error('start() first');
      const url = server.connectionString;
      // PGlite has one database per instance: wipe it instead of making a new one (~3 s to open).
      const pool = createPool(url, { embedded: true });
      await pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      await pool.end();
      return { url, embedded: true, drop: () => Promise.resolve() };
    },
    async stop() {
      await server?.close();
    },
  };
}

function postgresTarget(serverUrl: string): Target {
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres',
    start: () => Promise.resolve(),
    async emptyDatabase() {
      const name = `werkplaats_unit_${randomBytes(6).toString('hex')}`;
      await admin(`CREATE DATABASE "${name}"`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return {
        url: url.toString(),
        embedded: false,
        drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      };
    },
    stop: () => Promise.resolve(),
  };
}

export function targets(): Target[] {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? [embeddedTarget(), postgresTarget(serverUrl)] : [embeddedTarget()];
}
