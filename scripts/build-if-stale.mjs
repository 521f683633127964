// Builds the outputs (and the shared packages) whose sources changed since they were last built, or that are
// missing: for the commands that run the built app (`pnpm start`, `pnpm werkplaats`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(import.meta.url), '../..');
const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';

/** Newest modification time below a folder (skipping build output and dependencies). */
function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export const API = {
  name: '@werkplaats/api',
  source: ['apps/api/src', 'prisma'],
  built: 'apps/api/dist/main.js',
};
export const WEB = {
  name: '@werkplaats/web',
  source: ['apps/web/src', 'apps/web/index.html', 'packages'],
  built: 'apps/web/dist/index.html',
};

/** Builds what is stale of `outputs`; exits the process when the build fails. */
export function buildIfStale(outputs) {
  const stale = outputs.filter(({ source, built }) => {
    const builtPath = join(root, built);
    if (!existsSync(builtPath)) return true;
    const sourceTime = Math.max(
      ...source.map((s) =>
        statSync(join(root, s), { throwIfNoEntry: false })?.isDirectory()
          ? newest(join(root, s))
          : (statSync(join(root, s), { throwIfNoEntry: false })?.mtimeMs ?? 0),
      ),
    );
    return sourceTime > statSync(builtPath).mtimeMs;
  });
  if (stale.length === 0) return;
  console.log(`Building ${stale.map((o) => o.name).join(' and ')} …`);
  const result = spawnSync(
    pnpm,
    ['-r', '--filter', './packages/**', ...stale.flatMap((o) => ['--filter', o.name]), 'run', 'build'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
