// Jest's global teardown: removes what this test run made for itself (see global-setup.mjs): its folder of
// embedded templates and, on a real server, its templates with the demo data (test-database.ts names them).
import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import pg from 'pg';

export default async function globalTeardown() {
  const runDir = process.env.WERKPLAATS_TEST_RUN_DIR;
  if (!runDir) return;
  rmSync(runDir, { recursive: true, force: true });
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) return;
  const suffix = basename(runDir)
    .replace(/[^a-z0-9]/g, '')
    .slice(-8);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT datname FROM pg_database WHERE datname LIKE 'werkplaats\\_tpl\\_%\\_demo\\_' || $1",
      [suffix],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
