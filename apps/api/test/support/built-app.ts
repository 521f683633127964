// The built server started as `pnpm start` starts it (`node apps/api/dist/main.js`), for the tests that must
// see what a person running it sees: its output, its exit code, its behaviour over time. `pnpm test` builds
// before the integration tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const mainJs = join(apiDir, 'dist/main.js');

export interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Runs the built server with the test's environment on top of this one's, without any database URL. */
export function run(env: Record<string, string | undefined>): {
  child: ChildProcess;
  done: Promise<{ code: number | null; output: string }>;
  output: () => string;
} {
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    DATABASE_URL: undefined,
    TEST_DATABASE_URL: undefined,
    NODE_ENV: 'development',
    ...env,
  };
  const child = spawn(process.execPath, [mainJs], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<{ code: number | null; output: string }>((resolveDone) =>
    child.on('exit', (code) => resolveDone({ code, output })),
  );
  return { child, done, output: () => output };
}

/** Starts it on a free port and waits for the ready line. */
export async function start(env: Record<string, string | undefined>): Promise<Running> {
  const { child, done, output } = run({ PORT: '0', HOST: '127.0.0.1', ...env });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setInterval(() => {
      const match = /ready at (http:\/\/\S+?)\/? /.exec(output());
      if (match?.[1]) {
        clearInterval(timer);
        resolveUrl(match[1]);
      }
    }, 50);
    void done.then(({ code, output: text }) => {
      clearInterval(timer);
      reject(new Error(`server exited with ${code}: ${text}`));
    });
  });
  return { child, url, output };
}

export async function stop(running: Running): Promise<void> {
  const exited = new Promise((r) => running.child.on('exit', r));
  running.child.kill('SIGTERM');
  await exited;
}

export interface Answer {
  status: number;
  data?: any;
  errors?: { message: string; extensions: { code: string; field?: string } }[];
}

/** A GraphQL request as a browser sends it, with the cookie it holds (updated from the answer). */
export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  jar?: { cookie?: string },
): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(jar?.cookie ? { cookie: jar.cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.get('set-cookie');
  if (jar && setCookie) jar.cookie = setCookie.split(';')[0];
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}
