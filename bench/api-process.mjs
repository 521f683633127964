// What the benchmarks share: the built API started as the production image runs it, waiting for it, signing in,
// GraphQL requests outside the measured runs, and reading a process's memory and CPU from /proc.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const apiDist = join(root, 'apps', 'api', 'dist');

// The API runs with the production image's runtime settings (its memory budget), read from the Dockerfile:
// one `ENV KEY=value` line each.
const RUNTIME_KEYS = [
  'NODE_OPTIONS',
  'UV_THREADPOOL_SIZE',
  'MALLOC_ARENA_MAX',
  'MALLOC_MMAP_THRESHOLD_',
  'MALLOC_TRIM_THRESHOLD_',
];
const dockerfile = readFileSync(join(root, 'docker', 'Dockerfile'), 'utf8');
export const apiRuntimeEnv = Object.fromEntries(
  RUNTIME_KEYS.flatMap((key) => {
    const match = new RegExp(`^ENV ${key}=(?:"([^"]*)"|(\\S+))`, 'm').exec(dockerfile);
    return match ? [[key, match[1] ?? match[2]]] : [];
  }),
);

const fromApi = createRequire(join(root, 'apps', 'api', 'package.json'));
/** A dependency of the API (the benchmarks have none of their own beyond the root's). */
export const loadFromApi = (name) => import(pathToFileURL(fromApi.resolve(name)).href);

let sink = null;
/**
 * An SMTP server in this process that accepts every message and counts it: production refuses to start without
 * SMTP_URL, and a benchmark's notifications must not reach anyone. Started once; `sink.count` is what it took.
 */
export async function smtpSink() {
  if (sink) return sink;
  const { SMTPServer } = await loadFromApi('smtp-server');
  const state = { url: '', count: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        state.count++;
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  server.server.unref();
  state.url = `smtp://127.0.0.1:${port}`;
  sink = state;
  return sink;
}

/** Rate limits out of the way: a benchmark's clients all come from one address. */
export const UNLIMITED = {
  RATE_LIMIT_PER_MINUTE: '1000000000',
  AUTH_RATE_LIMIT_PER_IP: '1000000000',
  AUTH_RATE_LIMIT_PER_ACCOUNT: '1000000000',
  AUTH_RATE_LIMIT_PER_ACCOUNT_ALL_SOURCES: '1000000000',
};

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(url, child, name, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode} before it was healthy (see its log)`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${name} was not healthy within ${timeoutMs / 1000} s`);
}

/**
 * Starts a node process (output in .tmp/bench-<name>.log) listening on `port`, and waits until its /healthz
 * answers. `children` collects it, so the caller can stop everything it started on the way out.
 */
export async function startServer({ name, what, args, env, port, children }) {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const log = join(root, '.tmp', `bench-${name}.log`);
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children?.push(child);
  const out = createWriteStream(log);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  await waitForHealth(`${base}/healthz`, child, what);
  console.log(
    `${what} healthy on ${base} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid}; log ${log}).`,
  );
  return { child, base };
}

/**
 * The production build of the API (`apps/api/dist/main.js`) on `databaseUrl`, as the production image runs it,
 * with rate limits out of the way, no demo data and its mail to `smtpSink()`. `env` adds or overrides settings; `preload` are `--import`ed.
 */
export async function startBuiltApi({ name, databaseUrl, port, env = {}, nodeArgs = [], children }) {
  const mail = await smtpSink();
  // In-memory rate limits and live fan-out (one process) unless the caller passes REDIS_URL.
  const { REDIS_URL: _redis, ...baseEnv } = process.env;
  return startServer({
    name,
    what: `API ${name} (production build)`,
    port,
    children,
    args: [...nodeArgs, join(apiDist, 'main.js')],
    env: {
      ...baseEnv,
      NODE_ENV: 'production',
      NODE_OPTIONS: '',
      ...apiRuntimeEnv,
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      SMTP_URL: mail.url,
      ...UNLIMITED,
      ...env,
    },
  });
}

/** A GraphQL request outside the load runs (sign-in, checks); returns the body and the Set-Cookie headers. */
export async function graphql(base, query, variables, cookie) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  return { status: res.status, body, setCookie: res.headers.getSetCookie() };
}

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { id name }
}`;

/** Signs in through the `signIn` mutation and returns the session cookie (`name=value`), whatever its prefix. */
export async function signInCookie(base, email, password) {
  const { status, body, setCookie } = await graphql(base, SIGN_IN, { email, password });
  if (status !== 200 || body.errors)
    throw new Error(`signIn ${email}: ${JSON.stringify(body.errors ?? status)}`);
  const cookie = setCookie.map((c) => c.split(';')[0]).find((c) => c.includes('werkplaats_session'));
  if (!cookie) throw new Error(`signIn ${email}: no session cookie in ${JSON.stringify(setCookie)}`);
  return cookie;
}

export async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

export function rssKb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used, in ms, from /proc/<pid>/stat. */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11] = utime, fields[12] = stime (fields 14 and 15 of proc(5)), in clock ticks (100 per second).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
