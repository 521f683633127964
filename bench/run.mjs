#!/usr/bin/env node
// `pnpm bench`: seeds a werkplaats-network-sized dataset into a fresh Postgres database, starts the
// production build of the API on it, and measures the feed, the trekker's dashboard, search, logLesson
// and sign-in at 1, 10 and 50 concurrent clients (each client its own signed-in person), with the floor
// (bench/floor.mjs: bare node:http + pg, the same SQL the feed needs) measured side by side in the same run.
// Writes bench/results/<date>.json and .md and prints the table. See bench/README.md.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { DASHBOARD, FEED, LOG_LESSON, SEARCH, SIGN_IN, toGlobalId } from './operations.mjs';
import { BENCH_PASSWORD, FULL_SIZES, QUICK_SIZES, seed } from './seed.mjs';
import { markdownReport, printTable } from './report.mjs';
import { summarise } from './profile-summary.mjs';
import {
  apiDist,
  apiRuntimeEnv,
  cpuMs,
  freePort,
  graphql,
  mapLimit,
  percentile,
  root,
  rssKb,
  signInCookie as signInCookie_,
  sleep,
  startBuiltApi,
  startServer,
  waitForHealth,
} from './api-process.mjs';

const profileDir = join(root, '.tmp', 'bench-profile');
const apiNodeOptions = apiRuntimeEnv.NODE_OPTIONS ?? '';

// ------------------------------------------------------------------ the mail and report benches, run on their own
for (const [flag, script] of [
  ['--mail-queue', 'mail-queue.mjs'],
  ['--mail-crash', 'mail-crash.mjs'],
  ['--atelier-report', 'atelier-report.mjs'],
  ['--journeys', 'people.mjs'],
]) {
  if (!process.argv.includes(flag)) continue;
  const args = process.argv.slice(2).filter((arg) => arg !== flag);
  const run = spawnSync(process.execPath, [join(root, 'bench', script), ...args], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

// ------------------------------------------------------------------ options
const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    soak: { type: 'boolean', default: false },
    'soak-minutes': { type: 'string', default: '10' },
    'soak-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'database-url': {
      type: 'string',
      default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    },
    database: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    scenarios: { type: 'string', default: 'feed,feedWhileWriting,dashboard,search,logLesson,signIn' },
    'search-term': { type: 'string', default: 'formulierenbrigade' },
    'writes-per-second': { type: 'string', default: '10' },
    workshops: { type: 'string' },
    people: { type: 'string' },
    ateliers: { type: 'string' },
    practices: { type: 'string' },
    lessons: { type: 'string' },
    insights: { type: 'string' },
    reactions: { type: 'string' },
    build: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'skip-cold-start': { type: 'boolean', default: false },
    'floor-prepared': { type: 'boolean', default: false },
    out: { type: 'string' },
    label: { type: 'string' },
    note: { type: 'string' },
    help: { type: 'boolean', default: false },
    'privacy-check': { type: 'boolean', default: false },
  },
});

// `pnpm bench --privacy-check`: only the personal-data check's corpus measurement (no database, no API).
if (opts['privacy-check']) {
  const measured = spawnSync('pnpm', ['--filter', '@werkplaats/privacy-check', 'run', 'measure'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(measured.status ?? 1);
}

if (opts.help) {
  console.log(readFileSync(join(root, 'bench', 'README.md'), 'utf8'));
  process.exit(0);
}

const sizes = { ...(opts.quick ? QUICK_SIZES : FULL_SIZES) };
for (const key of Object.keys(sizes)) if (opts[key] !== undefined) sizes[key] = Number(opts[key]);
const duration = Number(opts.duration ?? (opts.quick ? 3 : 10));
const warmup = Number(opts.warmup ?? (opts.quick ? 1 : 3));
const connectionLevels = (opts.connections ?? (opts.quick ? '1,10' : '1,10,50')).split(',').map(Number);
const scenarioNames = opts.scenarios
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const maxClients = Math.max(...connectionLevels);
const soakMinutes = Number(opts['soak-minutes']);

const say = (line) => console.log(line);
const started = Date.now();

// ------------------------------------------------------------------ helpers
/** Samples a process's resident memory while a run goes on. */
function rssSampler(pid, everyMs = 200) {
  const samples = [];
  const timer = setInterval(() => {
    const kb = rssKb(pid);
    if (kb !== null) samples.push({ t: Date.now(), kb });
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const kbs = samples.map((s) => s.kb);
      return {
        samples,
        maxMb: kbs.length ? Math.max(...kbs) / 1024 : null,
        lastMb: kbs.length ? kbs.at(-1) / 1024 : null,
      };
    },
  };
}

async function getJson(url, init) {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

// ------------------------------------------------------------------ the run
const children = [];
let adminPool;
let dbName;
let cleaningUp = false;
let resultFile;

async function cleanup() {
  if (cleaningUp) return;
  cleaningUp = true;
  for (const child of children) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(5_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }
  if (adminPool && dbName) {
    if (opts.keep || opts.database !== undefined) {
      say(`Kept the database ${dbName} (--keep).`);
    } else {
      await adminPool
        .query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
        .catch((e) => say(`Could not drop ${dbName}: ${e.message}`));
      say(`Dropped the database ${dbName}.`);
    }
  }
  await adminPool?.end().catch(() => undefined);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

async function main() {
  // 0. The production build of the API.
  if (opts.build || !existsSync(join(apiDist, 'main.js'))) {
    say('Building the API (pnpm --filter @werkplaats/api... run build) …');
    const built = spawnSync('pnpm', ['--filter', '@werkplaats/api...', 'run', 'build'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('The build failed');
  }
  const { applyMigrations } = await import(
    pathToFileURL(join(apiDist, 'common', 'database', 'migrate.js')).href
  );
  const { hashPassword } = await import(pathToFileURL(join(apiDist, 'auth', 'password.js')).href);

  // 0b. Cold start on the embedded database (what `pnpm start` runs after install and build): a fresh
  // DATA_DIR, migrations, demo data, until /healthz answers.
  let coldStart = null;
  if (!opts['skip-cold-start']) coldStart = await measureColdStart();

  // 1. A fresh database, migrated by the app's own runner, then seeded.
  const adminUrl = opts['database-url'];
  adminPool = new pg.Pool({ connectionString: adminUrl, max: 1 });
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  dbName = opts.database ?? `werkplaats_bench_${stamp}`;
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const databaseUrl = dbUrl.toString();
  const reuse = opts.database !== undefined;
  let seeded;
  let seedSeconds = null;
  if (reuse) {
    say(`Using the existing database ${dbName} (--database); not seeding.`);
    const info = JSON.parse(readFileSync(join(root, '.tmp', `${dbName}.users.json`), 'utf8'));
    seeded = info;
  } else {
    await adminPool.query(`CREATE DATABASE "${dbName}"`);
    say(`Created the database ${dbName}.`);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    try {
      await applyMigrations(pool, { log: () => undefined });
      const passwordHash = await hashPassword(BENCH_PASSWORD);
      say(
        `Seeding ${Object.entries(sizes)
          .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
          .join(', ')} …`,
      );
      const t0 = Date.now();
      seeded = await seed(pool, sizes, { passwordHash, benchUsers: Math.max(60, maxClients), log: say });
      seedSeconds = (Date.now() - t0) / 1000;
      say(
        `Seeded in ${seedSeconds.toFixed(1)} s (${Object.values(seeded.counts)
          .reduce((a, b) => a + b, 0)
          .toLocaleString('en')} rows).`,
      );
      if (opts.keep) {
        mkdirSync(join(root, '.tmp'), { recursive: true });
        writeFileSync(join(root, '.tmp', `${dbName}.users.json`), JSON.stringify(seeded));
      }
    } finally {
      await pool.end();
    }
  }

  // 2. The API (production build, with the statement counter preloaded) twice, as it runs (response cache on)
  // and with the response cache off (what a query costs when it runs), and the floor.
  const [apiPort, counterPort, uncachedPort, uncachedCounterPort, floorPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  mkdirSync(join(root, '.tmp'), { recursive: true });
  if (opts.profile) rmSync(profileDir, { recursive: true, force: true });
  const startApi = ({ name, port, counterPort: statementPort, env = {}, profile = false }) =>
    startBuiltApi({
      name,
      databaseUrl,
      port,
      children,
      nodeArgs: [
        '--import',
        './bench/statement-counter.mjs',
        ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      ],
      env: { BENCH_COUNTER_PORT: String(statementPort), ...env },
    }).then(({ child, base }) => ({ child, base, counterBase: `http://127.0.0.1:${statementPort}` }));
  const cached = await startApi({ name: 'api', port: apiPort, counterPort, profile: opts.profile });
  const uncached = await startApi({
    name: 'api-uncached',
    port: uncachedPort,
    counterPort: uncachedCounterPort,
    env: { RESPONSE_CACHE_MB: '0' },
  });
  const api = cached.child;
  const apiBase = cached.base;
  const counterBase = cached.counterBase;
  const idleRssMb = rssKb(api.pid) / 1024;

  const { child: floor, base: floorBase } = await startServer({
    children,
    name: 'floor',
    what: 'The floor',
    port: floorPort,
    args: [join(root, 'bench', 'floor.mjs')],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(floorPort),
      SESSION_IDLE_MINUTES: '120',
      FLOOR_PREPARED: opts['floor-prepared'] ? '1' : '',
    },
  });

  // 3. Sessions: every client signs in as its own person before the runs.
  const signInCookie = (email) => signInCookie_(apiBase, email, BENCH_PASSWORD);
  const t2 = Date.now();
  const tribune = seeded.users.tribune.slice(0, maxClients);
  const trekkers = seeded.users.trekkers.slice(0, maxClients);
  const arena = seeded.users.arena.slice(0, maxClients);
  const need = new Set(scenarioNames);
  if (need.has('feed') || need.has('feedWhileWriting') || need.has('search'))
    await mapLimit(tribune, 4, async (u) => {
      u.cookie = await signInCookie(u.email);
    });
  if (need.has('dashboard'))
    await mapLimit(trekkers, 4, async (u) => {
      u.cookie = await signInCookie(u.email);
    });
  if (need.has('logLesson') || need.has('feedWhileWriting'))
    await mapLimit(arena, 4, async (u) => {
      u.cookie = await signInCookie(u.email);
    });
  say(
    `Signed in ${[tribune, trekkers, arena].flat().filter((u) => u.cookie).length} bench people in ${((Date.now() - t2) / 1000).toFixed(1)} s.`,
  );
  if (trekkers.length < maxClients)
    say(`Note: only ${trekkers.length} ateliers, so dashboard clients share trekkers beyond that.`);

  // 4. Checks before measuring: the floor answers what the API answers; the statements of one request.
  const checks = {};
  if (need.has('feed')) {
    const apiFeed = await graphql(apiBase, FEED, {}, tribune[0].cookie);
    const floorFeed = await graphql(floorBase, FEED, {}, tribune[0].cookie);
    const apiJson = JSON.stringify(apiFeed.body);
    const floorJson = JSON.stringify(floorFeed.body);
    checks.feedItemsOnPage = apiFeed.body.data?.feed?.edges?.length ?? null;
    checks.floorMatchesApi = apiJson === floorJson;
    if (!checks.floorMatchesApi) {
      writeFileSync(join(root, '.tmp', 'bench-feed-api.json'), JSON.stringify(apiFeed.body, null, 2));
      writeFileSync(join(root, '.tmp', 'bench-feed-floor.json'), JSON.stringify(floorFeed.body, null, 2));
      say('WARNING: the floor’s feed differs from the API’s (see .tmp/bench-feed-{api,floor}.json).');
    } else {
      say(
        `The floor returns the same JSON as the API for the feed (${checks.feedItemsOnPage} items, ${apiJson.length} bytes).`,
      );
    }
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM "Lesson" l WHERE l.visibility IN ('TRIBUNE','PUBLIC')
         AND l."atelierId" IN (SELECT "atelierId" FROM "Participation" WHERE "userId" = $1 AND status = 'ACTIVE')`,
      [tribune[0].userId],
    );
    await client.end();
    checks.feedLessonsOfFirstTribuneUser = rows[0].n;
    say(`The first tribune person's feed holds ${rows[0].n} shared lessons (plus insights).`);
  }
  // One request of each scenario with its statements captured; each SELECT is then run again under
  // EXPLAIN ANALYZE on an idle connection, so its own cost shows apart from the load.
  const explainClient = new pg.Client({ connectionString: databaseUrl });
  await explainClient.connect();
  const explain = async (text, values) => {
    // Reads only: a SELECT, or a WITH … SELECT that writes nothing.
    if (!/^\s*(SELECT|WITH)\b/i.test(text) || /\b(INSERT|UPDATE|DELETE)\b/i.test(text)) return null;
    try {
      const { rows } = await explainClient.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, values);
      const [plan] = rows[0]['QUERY PLAN'];
      const scans = new Set();
      const walk = (node) => {
        if (/Scan/.test(node['Node Type']) && node['Relation Name']) {
          scans.add(
            `${node['Node Type']} ${node['Relation Name']}${node['Index Name'] ? ` (${node['Index Name']})` : ''}`,
          );
        }
        for (const child of node.Plans ?? []) walk(child);
      };
      walk(plan.Plan);
      return {
        executionMs: plan['Execution Time'],
        planningMs: plan['Planning Time'],
        rows: plan.Plan['Actual Rows'],
        scans: [...scans],
      };
    } catch (error) {
      return { error: error.message };
    }
  };
  // Captured on the API with the response cache off: the statements a request runs, not a kept answer.
  const capture = async (name, query, variables, cookie) => {
    await fetch(`${uncached.counterBase}/capture/start`, { method: 'POST' });
    const res = await graphql(uncached.base, query, variables, cookie);
    const { statements } = await getJson(`${uncached.counterBase}/capture`);
    const described = [];
    for (const s of statements) {
      described.push({
        ms: s.ms === null ? null : Math.round(s.ms * 100) / 100,
        explain: await explain(s.text, s.values),
        sql: s.text.replace(/\s+/g, ' ').trim(),
        values: s.values,
      });
    }
    checks[`${name}Statements`] = described;
    if (res.body.errors)
      say(`WARNING: ${name} answered errors: ${JSON.stringify(res.body.errors).slice(0, 400)}`);
    const slowest = described
      .filter((d) => d.explain?.executionMs !== undefined)
      .sort((a, b) => b.explain.executionMs - a.explain.executionMs)[0];
    say(
      `One ${name} request: ${statements.length} SQL statements${slowest ? `; the slowest executes in ${slowest.explain.executionMs.toFixed(1)} ms alone (${slowest.sql.slice(0, 60)}…)` : ''}.`,
    );
  };
  const scenarioDefs = buildScenarios({
    tribune,
    trekkers,
    arena,
    signIn: seeded.users.signIn.slice(0, maxClients),
    apiBase,
    floorBase,
    searchTerm: opts['search-term'],
    writesPerSecond: Number(opts['writes-per-second']),
  });
  for (const name of scenarioNames) {
    const def = scenarioDefs[name];
    if (!def) throw new Error(`Unknown scenario ${name}`);
    // The writers' scenario reads what the feed reads: captured once, under feed.
    if (def.skip || def.writer) continue;
    const sample = def.request(0);
    const body = JSON.parse(sample.body);
    await capture(name, body.query, body.variables, sample.headers.cookie);
  }

  await explainClient.end();

  // 5. The runs.
  const results = [];
  const statementCount = () => getJson(`${counterBase}/count`);
  const servers = {
    api: { base: apiBase, pid: api.pid, count: statementCount },
    // The same build with the response cache off: reads cost what their statements and GraphQL cost.
    uncached: {
      base: uncached.base,
      pid: uncached.child.pid,
      count: () => getJson(`${uncached.counterBase}/count`),
    },
    floor: { base: floorBase, pid: floor.pid, count: () => getJson(`${floorBase}/__count`) },
  };
  if (!opts['soak-only']) {
    for (const name of scenarioNames) {
      const def = scenarioDefs[name];
      if (def.skip) {
        results.push({ scenario: name, target: 'api', skipped: def.skip });
        say(`${name}: skipped (${def.skip})`);
        continue;
      }
      for (const connections of connectionLevels) {
        for (const target of ['api', ...(def.read ? ['uncached'] : []), ...(def.floor ? ['floor'] : [])]) {
          const { base, pid, count } = servers[target];
          // A scenario with writers: they write at their fixed rate while the readers are measured.
          const writing = (seconds) =>
            def.writer
              ? load({ base, def: def.writer, connections: 2, seconds, rate: def.writer.rate })
              : null;
          if (warmup > 0)
            await Promise.all([load({ base, def, connections, seconds: warmup }), writing(warmup)]);
          const loadBefore = os.loadavg()[0];
          const before = await count();
          const cpuBefore = cpuMs(pid);
          const rss = rssSampler(pid);
          const [run, writes] = await Promise.all([
            load({ base, def, connections, seconds: duration }),
            writing(duration),
          ]);
          const memory = rss.stop();
          const cpuAfter = cpuMs(pid);
          const after = await count();
          const per = (value) => (run.responses > 0 ? value / run.responses : null);
          const row = {
            scenario: name,
            target,
            connections,
            durationS: run.durationS,
            requests: run.responses,
            ...(writes
              ? {
                  writesPerS: writes.responses / writes.durationS,
                  writeErrors: writes.errors + writes.non2xx + writes.mismatches,
                }
              : {}),
            reqPerS: run.responses / run.durationS,
            p50: run.p50,
            p95: run.p95,
            p99: run.p99,
            errors: run.errors,
            non2xx: run.non2xx,
            graphqlErrors: run.mismatches,
            rssMaxMb: memory.maxMb,
            // With writers, the process's statements are theirs too: per read they would mislead.
            statementsPerRequest: writes ? null : per(after.total - before.total),
            // API only: the share of its statements sent by name (prepared once per connection).
            ...(after.prepared !== undefined
              ? {
                  preparedShare: (after.prepared - before.prepared) / Math.max(1, after.total - before.total),
                }
              : {}),
            dbMsPerRequest: per(after.dbMs - before.dbMs),
            ...(after.memory
              ? {
                  heapUsedMbAfter: after.memory.heapUsed / 2 ** 20,
                  externalMbAfter: after.memory.external / 2 ** 20,
                }
              : {}),
            cpuMsPerRequest: per(cpuAfter - cpuBefore),
            // The machine's 1-minute load before and after: other work on it skews a run.
            loadavg: [Math.round(loadBefore * 100) / 100, Math.round(os.loadavg()[0] * 100) / 100],
          };
          results.push(row);
          say(
            `${name.padEnd(9)} ${target.padEnd(8)} c=${String(connections).padStart(2)}  ${row.reqPerS.toFixed(0).padStart(5)} req/s  p50 ${fmt(row.p50)}  p95 ${fmt(row.p95)}  p99 ${fmt(row.p99)} ms  errors ${row.errors + row.non2xx + row.graphqlErrors}  RSS ${memory.maxMb?.toFixed(0)} MB  SQL/req ${row.statementsPerRequest?.toFixed(2) ?? '–'}${writes ? `  writes ${row.writesPerS.toFixed(1)}/s` : ''}  DB ${row.dbMsPerRequest?.toFixed(1)} ms/req  CPU ${row.cpuMsPerRequest?.toFixed(1)} ms/req`,
          );
        }
      }
    }
  }

  // 6. The soak: the feed at the highest level for minutes, watching the API's memory.
  let soak = null;
  if (opts.soak || opts['soak-only']) {
    const def = scenarioDefs.feed;
    say(`Soak: feed at ${maxClients} clients for ${soakMinutes} min …`);
    const rss = rssSampler(api.pid, 5_000);
    const before = (await statementCount()).total;
    const run = await load({ base: apiBase, def, connections: maxClients, seconds: soakMinutes * 60 });
    const memory = rss.stop();
    const after = (await statementCount()).total;
    const minuteAvg = (from, to) => {
      const t0 = memory.samples[0]?.t ?? 0;
      const picked = memory.samples
        .filter((s) => s.t - t0 >= from * 60_000 && s.t - t0 < to * 60_000)
        .map((s) => s.kb / 1024);
      return picked.length ? picked.reduce((a, b) => a + b, 0) / picked.length : null;
    };
    soak = {
      minutes: soakMinutes,
      connections: maxClients,
      requests: run.responses,
      reqPerS: run.responses / run.durationS,
      p50: run.p50,
      p95: run.p95,
      p99: run.p99,
      errors: run.errors + run.non2xx + run.mismatches,
      statementsPerRequest: (after - before) / Math.max(1, run.responses),
      rssMaxMb: memory.maxMb,
      rssFirstMinuteMb: minuteAvg(1, 2),
      rssLastMinuteMb: minuteAvg(soakMinutes - 1, soakMinutes),
      rssSamplesMb: memory.samples.map((s) => Math.round(s.kb / 102.4) / 10),
    };
    say(
      `Soak: ${soak.reqPerS.toFixed(0)} req/s, p95 ${fmt(soak.p95)} ms, RSS minute 2 ${soak.rssFirstMinuteMb?.toFixed(0)} MB → last minute ${soak.rssLastMinuteMb?.toFixed(0)} MB (max ${soak.rssMaxMb?.toFixed(0)} MB).`,
    );
  }

  // 7. Results.
  const date = new Date().toISOString().slice(0, 10);
  const label = opts.label ?? (opts.quick ? 'quick' : opts['soak-only'] ? 'soak' : '');
  const outDir = opts.out ?? join(root, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${date}${label ? `-${label}` : ''}`);
  resultFile = file;
  const report = {
    date: new Date().toISOString(),
    quick: opts.quick,
    note: opts.note ?? null,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: (await adminPool.query('SHOW server_version')).rows[0].server_version,
    },
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim(),
    sizes,
    seededRows: seeded.counts ?? null,
    seedSeconds,
    durationS: duration,
    warmupS: warmup,
    connections: connectionLevels,
    searchTerm: opts['search-term'],
    apiNodeOptions,
    apiRuntimeEnv,
    apiIdleRssMb: idleRssMb,
    coldStart,
    checks,
    // Different statement texts the API sent in the whole run (what its prepared-statement cap must hold).
    apiDistinctStatements: (await statementCount()).distinct,
    floorPrepared: opts['floor-prepared'],
    results,
    soak,
    totalSeconds: (Date.now() - started) / 1000,
  };
  writeFileSync(`${file}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${file}.md`, markdownReport(report));
  console.log('');
  printTable(report);
  say(`\nWrote ${file}.json and ${file}.md (${((Date.now() - started) / 1000).toFixed(0)} s in all).`);
}

async function measureColdStart() {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'werkplaats-cold-'));
  const port = await freePort();
  const { DATABASE_URL: _url, REDIS_URL: _redis, NODE_ENV: _env, ...env } = process.env;
  const t0 = Date.now();
  const child = spawn(process.execPath, [join(apiDist, 'main.js')], {
    cwd: root,
    env: { ...env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  try {
    await waitForHealth(
      `http://127.0.0.1:${port}/healthz`,
      child,
      'The API on the embedded database',
      60_000,
    );
    const seconds = (Date.now() - t0) / 1000;
    say(
      `Cold start on the embedded database (fresh DATA_DIR, migrations, demo data) to healthy: ${seconds.toFixed(1)} s.`,
    );
    return { seconds, rssMb: rssKb(child.pid) / 1024 };
  } catch (error) {
    say(`Cold start failed: ${error.message}`);
    return { seconds: null, error: error.message };
  } finally {
    child.kill('SIGTERM');
    await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(10_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function fmt(ms) {
  return ms === null || ms === undefined ? '–' : ms.toFixed(1).padStart(6);
}

/** What each scenario sends; `request(i)` is client i's request (its own person). */
function buildScenarios({ tribune, trekkers, arena, signIn, searchTerm, writesPerSecond }) {
  const json = { 'content-type': 'application/json' };
  const pickCookie = (list, i) => list[i % list.length].cookie;
  const schema = readFileSync(join(root, 'apps', 'api', 'schema.graphql'), 'utf8');
  const hasSearch = /^\s+search\(/m.test(schema);
  const feedRequest = (i) => ({
    headers: { ...json, cookie: pickCookie(tribune, i) },
    body: JSON.stringify({ query: FEED, variables: {} }),
  });
  const logLesson = {
    request: (i) => {
      const a = arena[i % arena.length];
      const input = {
        atelierId: toGlobalId('Atelier', a.atelierId),
        ...(a.practiceId ? { practiceId: toGlobalId('Practice', a.practiceId) } : {}),
        title: 'Een vaste inloopochtend verlaagt de drempel',
        body: '<p>Bewoners kwamen vaker terug toen de inloop elke week op dezelfde ochtend was.</p>',
        conditions: ['SOCIAL_COHESION', 'SOCIAL_INCLUSION'],
        level: 'NEIGHBOURHOOD',
        domain: 'WELFARE',
        // A lesson of a practice starts in the practice (one rung at a time): ARENA would be refused.
        visibility: a.practiceId ? 'PRACTICE' : 'ARENA',
      };
      return {
        headers: { ...json, cookie: a.cookie },
        body: JSON.stringify({ query: LOG_LESSON, variables: { input } }),
      };
    },
  };
  return {
    // read: also measured on the API with its response cache off; floor: and on the floor.
    feed: { read: true, floor: true, request: feedRequest },
    // The feed while lessons are logged at a fixed rate: every write makes every kept answer out of date.
    feedWhileWriting: { read: true, request: feedRequest, writer: { ...logLesson, rate: writesPerSecond } },
    dashboard: {
      read: true,
      request: (i) => {
        const t = trekkers[i % trekkers.length];
        return {
          headers: { ...json, cookie: t.cookie },
          body: JSON.stringify({ query: DASHBOARD, variables: { id: toGlobalId('Atelier', t.atelierId) } }),
        };
      },
    },
    search: hasSearch
      ? {
          read: true,
          request: (i) => ({
            headers: { ...json, cookie: pickCookie(tribune, i) },
            body: JSON.stringify({ query: SEARCH, variables: { query: searchTerm } }),
          }),
        }
      : { skip: 'apps/api/schema.graphql has no search query yet' },
    logLesson,
    signIn: {
      request: (i) => {
        const u = signIn[i % signIn.length];
        return {
          headers: json,
          body: JSON.stringify({ query: SIGN_IN, variables: { email: u.email, password: BENCH_PASSWORD } }),
        };
      },
    },
  };
}

/** One autocannon run; each connection is one client with its own person. Latencies are kept whole for p95. */
function load({ base, def, connections, seconds, rate }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let clientIndex = 0;
    const instance = autocannon(
      {
        url: `${base}/graphql`,
        method: 'POST',
        connections,
        duration: seconds,
        // Requests per second over all connections, when given (the writers); as fast as answered otherwise.
        ...(rate ? { overallRate: rate } : {}),
        timeout: 30,
        headers: { 'content-type': 'application/json' },
        body: def.request(0).body,
        setupClient: (client) => {
          const { headers, body } = def.request(clientIndex);
          clientIndex += 1;
          client.setHeadersAndBody(headers, body);
        },
        // A GraphQL error comes back as 200 with `errors`: counted as a mismatch.
        verifyBody: (body) =>
          typeof body === 'string' && body.startsWith('{"data"') && !body.includes('"errors":['),
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        latencies.sort((a, b) => a - b);
        resolve({
          responses: latencies.length,
          durationS: result.duration,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          errors: result.errors,
          non2xx: result.non2xx,
          mismatches: result.mismatches,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

main()
  .catch((error) => {
    console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup();
    // The API writes its CPU profile as it exits.
    if (opts.profile && resultFile) {
      const profiles = existsSync(profileDir)
        ? readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'))
        : [];
      if (profiles.length === 0) {
        say('No CPU profile was written.');
      } else {
        const summary = summarise(JSON.parse(readFileSync(join(profileDir, profiles[0]), 'utf8')));
        const header = `# CPU profile of the API: ${scenarioNames.join(', ')} at ${connectionLevels.join(', ')} clients\n\n`;
        writeFileSync(`${resultFile}-profile.md`, header + summary);
        console.log(
          `\n${summary}\nWrote ${resultFile}-profile.md (profile: ${join(profileDir, profiles[0])}).`,
        );
      }
    }
  });
