// `prisma generate` looks for its native schema engine although it never runs it for generation, and
// that engine would be downloaded from outside the npm registry. Point it at a stub when unset.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const stubDir = join(apiDir, 'node_modules', '.cache', 'prisma-stub');
  const stub = join(stubDir, 'schema-engine');
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(stub, '#!/bin/sh\necho "schema engine stub: not available here" >&2\nexit 1\n');
  chmodSync(stub, 0o755);
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
const prismaBin = join(apiDir, 'node_modules', 'prisma', 'build', 'index.js');
if (!existsSync(prismaBin)) {
  // A production install (no dev dependencies) runs the client generated at build time.
  console.log('prisma CLI not installed: skipping prisma generate');
  process.exit(0);
}
const result = spawnSync(
  process.execPath,
  [prismaBin, 'generate', '--schema', resolve(apiDir, '../../prisma/schema.prisma')],
  { stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
