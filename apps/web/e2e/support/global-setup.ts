import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const mainJs = resolve(here, '../../../api/dist/main.js');
const webDist = resolve(here, '../../dist/index.html');

declare global {
  var werkplaatsServer: { process: ChildProcess; dataDir: string } | undefined;
}

/** Starts the built API (serving the built web app) on a fresh embedded database with the demo data. */
export default async function globalSetup(): Promise<void> {
  for (const file of [mainJs, webDist]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm -r run build\` first`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_RATE_LIMIT_PER_IP: '100000',
    AUTH_RATE_LIMIT_PER_ACCOUNT: '100000',
    AUTH_RATE_LIMIT_PER_ACCOUNT_ALL_SOURCES: '100000',
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  const child = spawn(process.execPath, [mainJs], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  globalThis.werkplaatsServer = { process: child, dataDir };

  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/\S+?)\/? /.exec(output);
      if (match?.[1]) resolveUrl(match[1].replace(/\/$/, ''));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) =>
      reject(new Error(`The app stopped before it was ready (exit ${code}):\n${output}`)),
    );
  });
  const health = await fetch(`${url}/healthz`);
  if (health.status !== 200) throw new Error(`/healthz answered ${health.status}`);
  process.env.E2E_BASE_URL = url;
}
