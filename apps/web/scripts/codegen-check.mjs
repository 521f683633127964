// Fails when the generated GraphQL types in src/gql/ don't match the schema and the app's operations.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = resolve(fileURLToPath(import.meta.url), '../..');
const committed = join(web, 'src/gql');
const saved = mkdtempSync(join(tmpdir(), 'werkplaats-gql-'));
cpSync(committed, saved, { recursive: true });

const run = spawnSync('pnpm', ['exec', 'graphql-codegen', '--config', 'codegen.ts', '--silent'], { cwd: web, stdio: 'inherit' });
const stale = [];
try {
  if (run.status !== 0) throw new Error('graphql-codegen failed');
  const names = new Set([...readdirSync(saved), ...readdirSync(committed)]);
  for (const name of names) {
    const read = (dir) => {
      try {
        return readFileSync(join(dir, name), 'utf8');
      } catch {
        return null;
      }
    };
    if (read(saved) !== read(committed)) stale.push(name);
  }
} finally {
  // Leave the committed files as they were; the check only reports.
  rmSync(committed, { recursive: true, force: true });
  cpSync(saved, committed, { recursive: true });
  rmSync(saved, { recursive: true, force: true });
}
if (stale.length > 0) {
  console.error(`Generated GraphQL types are stale (${stale.join(', ')}): run \`pnpm --filter @werkplaats/web codegen\` and commit src/gql/.`);
  process.exit(1);
}
console.log('Generated GraphQL types are current.');
