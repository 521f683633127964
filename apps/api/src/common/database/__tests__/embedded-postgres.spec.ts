import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool, startEmbeddedPostgres, type EmbeddedPostgres } from '../embedded-postgres.js';

const TIMEOUT = 60_000;

describe('startEmbeddedPostgres', () => {
  let parent: string;
  let dataDir: string;
  const open: EmbeddedPostgres[] = [];
  const start = async (dir = dataDir) => {
    const db = await startEmbeddedPostgres({ dataDir: dir });
    open.push(db);
    return db;
  };
  const query = async (url: string, sql: string) => {
    const pool = createPool(url, { embedded: true });
    try {
      return (await pool.query(sql)).rows;
    } finally {
      await pool.end();
    }
  };

  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'werkplaats-embedded-'));
    dataDir = join(parent, 'data', 'nested');
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.close()));
    await rm(parent, { recursive: true, force: true });
  }, TIMEOUT);

  it(
    'creates the folder, serves Postgres on a local port and keeps the data across close and reopen',
    async () => {
      const first = await start();
      expect(first.connectionString).toMatch(
        /^postgresql:\/\/postgres@127\.0\.0\.1:\d+\/postgres\?sslmode=disable$/,
      );
      expect(await readFile(join(dataDir, 'werkplaats.lock'), 'utf8')).toBe(`${process.pid}\n`);
      await query(first.connectionString, 'CREATE TABLE kept (id INTEGER PRIMARY KEY, label TEXT)');
      await query(first.connectionString, "INSERT INTO kept VALUES (1, 'survives')");
      await first.close();
      expect(existsSync(join(dataDir, 'werkplaats.lock'))).toBe(false);

      const second = await start();
      expect(await query(second.connectionString, 'SELECT * FROM kept')).toEqual([
        { id: 1, label: 'survives' },
      ]);
    },
    TIMEOUT,
  );

  it(
    'refuses a second start on the same folder while the first runs, and allows it after close',
    async () => {
      const first = await start();
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(
        `Another Werkplaats process (pid ${process.pid}) is using the embedded database in ${dataDir}; stop it or set DATA_DIR to another folder.`,
      );
      // The refused start must leave the running one and its lock alone.
      expect(await query(first.connectionString, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
      expect(await readFile(join(dataDir, 'werkplaats.lock'), 'utf8')).toBe(`${process.pid}\n`);

      await first.close();
      const again = await start();
      expect(await query(again.connectionString, 'SELECT 2 AS two')).toEqual([{ two: 2 }]);
    },
    TIMEOUT,
  );

  it(
    'takes over the lock of a process that is gone',
    async () => {
      const gone = spawnSync(process.execPath, ['-e', '']).pid;
      await mkdir(dataDir, { recursive: true });
      await writeFile(join(dataDir, 'werkplaats.lock'), `${gone}\n`);
      const lines: string[] = [];
      const db = await startEmbeddedPostgres({ dataDir, log: (line) => lines.push(line) });
      open.push(db);
      expect(await readFile(join(dataDir, 'werkplaats.lock'), 'utf8')).toBe(`${process.pid}\n`);
      expect(lines).toContain(`Taking over the stale lock of pid ${gone} on ${dataDir}.`);
    },
    TIMEOUT,
  );

  it(
    'runs in memory without touching the disk',
    async () => {
      const db = await start('memory://');
      expect(
        await query(db.connectionString, "SELECT current_setting('server_version_num')::int >= 150000 AS ok"),
      ).toEqual([{ ok: true }]);
      expect(existsSync('memory:')).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'stays usable when a pool reconnects right after another one ended',
    async () => {
      const db = await start('memory://');
      for (let i = 0; i < 10; i++) {
        expect(await query(db.connectionString, `SELECT ${i} AS i`)).toEqual([{ i }]);
      }
    },
    TIMEOUT,
  );
});

describe('createPool', () => {
  it('uses one connection for the embedded database and ten for a real server', async () => {
    const embedded = createPool('postgresql://postgres@127.0.0.1:1/postgres', { embedded: true });
    const real = createPool('postgresql://postgres@127.0.0.1:1/postgres', { embedded: false });
    expect(embedded.options.max).toBe(1);
    expect(real.options.max).toBe(10);
    await Promise.all([embedded.end(), real.end()]);
  });
});
