// Jest's global setup: names this test run with a folder of its own, where test-database.ts keeps the
// templates it makes for the run (workers inherit the variable). Plain ESM: Jest loads it untransformed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function globalSetup() {
  process.env.WERKPLAATS_TEST_RUN_DIR ??= mkdtempSync(join(tmpdir(), 'werkplaats-test-run-'));
}
