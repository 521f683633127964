// The database for running without DATABASE_URL: PGlite (PostgreSQL compiled to WebAssembly, in-process)
// served on a local port, so the app talks to it through the same pg + @prisma/adapter-pg path as to a
// real server. See shared/design/toolchain.md.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** A folder (created when missing), or `memory://` for a database that lives only as long as the process. */
  dataDir: string;
  /** A database to start from, as `dump()` made it (tests start from a migrated one instead of re-migrating). */
  loadDataDir?: Blob;
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  connectionString: string;
  /** The whole database as a tarball, for `loadDataDir` (close every connection first). */
  dump(): Promise<Blob>;
  close(): Promise<void>;
}

const LOCK_FILE = 'werkplaats.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Two processes on one PGlite folder silently lose writes, so the folder gets an exclusive lock file.
async function lockDataDir(dir: string, log: (line: string) => void): Promise<string> {
  const lockPath = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lockPath, `${process.pid}\n`, { flag: 'wx' });
      return lockPath;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
      throw new Error(
        `Another Werkplaats process (pid ${owner}) is using the embedded database in ${dir}; stop it or set DATA_DIR to another folder.`,
      );
    }
    log(`Taking over the stale lock of pid ${Number.isNaN(owner) ? 'unknown' : owner} on ${dir}.`);
    await rm(lockPath, { force: true });
  }
  throw new Error(
    `Could not lock the embedded database in ${dir}; remove ${lockPath} if no Werkplaats process runs.`,
  );
}

/** Opens PGlite on `dataDir` and serves it on 127.0.0.1 at a free port. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const inMemory = options.dataDir.startsWith('memory://');
  const dir = inMemory ? options.dataDir : resolve(options.dataDir);
  let lockPath: string | undefined;
  if (!inMemory) {
    await mkdir(dir, { recursive: true });
    lockPath = await lockDataDir(dir, log);
  }

  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    const started = performance.now();
    db = await PGlite.create({
      dataDir: dir,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    // PGlite is one session, so each app's pool must have max 1 (createPool). The server still accepts a
    // few connections: with a limit of 1, a pool that connects right after another one ended is refused
    // about half the time (the server hasn't seen the old socket close yet), and a refused client only
    // sees "Connection terminated unexpectedly".
    server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
    await server.start();
    const port = Number(server.getServerConn().split(':').pop());
    log(
      `Embedded PostgreSQL (PGlite) on ${inMemory ? 'memory' : dir}, port ${port}, ready in ${Math.round(performance.now() - started)} ms.`,
    );

    let closing: Promise<void> | undefined;
    const openDb = db;
    const openServer = server;
    return {
      connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      dump: () => openDb.dumpDataDir('none'),
      close() {
        closing ??= (async () => {
          await openServer.stop();
          await openDb.close();
          if (lockPath) await rm(lockPath, { force: true });
        })();
        return closing;
      },
    };
  } catch (error) {
    await server?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    if (lockPath) await rm(lockPath, { force: true });
    throw error;
  }
}

export interface PoolOptions {
  /** The embedded database: one session behind a socket, so one connection at a time, reset when opened. */
  embedded: boolean;
  /** Postgres statement_timeout for each connection (real Postgres only). */
  statementTimeoutMs?: number;
  /** How long an unused connection is kept open before the pool closes it (pg's default: 10 s). */
  idleTimeoutMs?: number;
  /**
   * Real Postgres: how long a query waits for a connection (a new one, or a free one of a full pool) before it
   * fails. The embedded database has no timeout: its one in-process connection is busy, never unreachable.
   */
  connectTimeoutMs?: number;
}

/**
 * PGlite is one Postgres session that every socket connection to it shares. A new pg connection believes it
 * starts a session of its own, with no prepared statements, no session settings and no locks; on PGlite it
 * inherits whatever the connection before it left there, and the first named statement it prepares again is
 * "already exists" (pg forgets a connection's statements when it closes the connection: after the pool's idle
 * timeout, and after any query that fails, since pool.query discards a client that errored). So every new
 * connection to the embedded database starts by emptying the session, and the pool's belief is true again.
 * The socket server has already rolled back a transaction the old connection left open (and holds the new
 * connection's statements until it has), so DISCARD ALL never runs inside one.
 */
export const RESET_EMBEDDED_SESSION = 'DISCARD ALL';

/** The app's pg pool: one connection for the embedded database (a single session), ten for a real server. */
export function createPool(connectionString: string, options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.embedded ? 1 : 10,
    idleTimeoutMillis: options.idleTimeoutMs ?? 10_000,
    connectionTimeoutMillis: options.embedded ? 0 : (options.connectTimeoutMs ?? 0),
    // A real server behind a network: notice a peer that vanished without closing the connection.
    keepAlive: !options.embedded,
    // A runaway statement is cancelled by the server (the embedded one serves one local user).
    ...(options.embedded || !options.statementTimeoutMs
      ? {}
      : { statement_timeout: options.statementTimeoutMs }),
    // pg-pool waits for the promise before it hands the new connection out (its types say void); a failure
    // discards the connection.
    ...(options.embedded
      ? // eslint-disable-next-line @typescript-eslint/no-misused-promises
        { onConnect: (client: pg.ClientBase) => client.query(RESET_EMBEDDED_SESSION) }
      : {}),
  });
  // pg drops a broken idle client by itself; without a listener the 'error' event would crash the process.
  pool.on('error', () => undefined);
  return pool;
}
