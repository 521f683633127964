// Fails when the generated GraphQL types in src/gql/ don't match the schema and the app's operations.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = resolve(fileURLToPath(import.meta.url), '../..');
const outputs = ['src/gql', 'src/gql-shell'];
const saved = mkdtempSync(join(tmpdir(), 'werkplaats-gql-'));
for (const dir of outputs) cpSync(join(web, dir), join(saved, dir), { recursive: true });

const run = spawnSync('pnpm', ['exec', 'graphql-codegen', '--config', 'codegen.ts', '--silent'], {
  cwd: web,
  stdio: 'inherit',
});
const stale = [];
try {
  if (run.status !== 0) throw new Error('graphql-codegen failed');
  for (const dir of outputs) {
    const names = new Set([...readdirSync(join(saved, dir)), ...readdirSync(join(web, dir))]);
    for (const name of names) {
      const read = (base) => {
        try {
          return readFileSync(join(base, dir, name), 'utf8');
        } catch {
          return null;
        }
      };
      if (read(saved) !== read(web)) stale.push(`${dir}/${name}`);
    }
  }
} finally {
  // Leave the committed files as they were; the check only reports.
  for (const dir of outputs) {
    rmSync(join(web, dir), { recursive: true, force: true });
    cpSync(join(saved, dir), join(web, dir), { recursive: true });
  }
  rmSync(saved, { recursive: true, force: true });
}
if (stale.length > 0) {
  console.error(
    `Generated GraphQL types are stale (${stale.join(', ')}): run \`pnpm --filter @werkplaats/web codegen\` and commit src/gql/ and src/gql-shell/.`,
  );
  process.exit(1);
}
console.log('Generated GraphQL types are current.');
