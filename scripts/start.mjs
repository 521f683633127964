// `pnpm start`: build what is missing or out of date, then run the API, which applies the migrations,
// seeds the demo data on the embedded database and serves the API and the web app on one port.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { API, WEB, buildIfStale, root } from './build-if-stale.mjs';

buildIfStale([API, WEB]);

const api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
