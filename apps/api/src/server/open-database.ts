import { resolve } from 'node:path';
import type pg from 'pg';
import { ConfigError, type AppConfig } from '../common/config/config.js';
import { createPool, startEmbeddedPostgres, type PoolOptions } from '../common/database/embedded-postgres.js';

export interface OpenDatabase {
  pool: pg.Pool;
  embedded: boolean;
  /** Where it lives, for the start-up line. */
  description: string;
  close(): Promise<void>;
}

/** The real Postgres of DATABASE_URL, or else the embedded one in DATA_DIR: one pg pool either way. */
export async function openDatabase(config: AppConfig): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    const pool = createPool(config.databaseUrl, poolOptions(config, false));
    await checkReachable(pool, `${url.hostname}:${url.port || '5432'}${url.pathname}`);
    return {
      pool,
      embedded: false,
      description: `${url.hostname}:${url.port || '5432'}${url.pathname}`,
      close: () => pool.end(),
    };
  }
  const dataDir = resolve(config.dataDir);
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
  try {
    server = await startEmbeddedPostgres({ dataDir });
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
  const pool = createPool(server.connectionString, poolOptions(config, true));
  return {
    pool,
    embedded: true,
    description: `embedded Postgres in ${dataDir}`,
    close: async () => {
      await pool.end();
      await server.close();
    },
  };
}

/** The pool as the config sets it, for the app and for tests that start the app on a database of their own. */
export function poolOptions(config: AppConfig, embedded: boolean): PoolOptions {
  return {
    embedded,
    statementTimeoutMs: config.timeouts.statementMs,
    idleTimeoutMs: config.timeouts.databaseIdleMs,
    connectTimeoutMs: config.timeouts.databaseConnectMs,
  };
}

async function checkReachable(pool: pg.Pool, where: string): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`Cannot reach the database at ${where}: ${reason}`);
  }
}
