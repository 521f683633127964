// `pnpm werkplaats <command>`: the app's command line (apps/api/dist/cli/werkplaats.js), built first when its
// sources changed, and run from the repository root like `pnpm start`, so both open the same ./.data.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { API, buildIfStale, root } from './build-if-stale.mjs';

buildIfStale([API]);

const cli = spawn(
  process.execPath,
  [join(root, 'apps/api/dist/cli/werkplaats.js'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cli.kill(signal));
cli.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
