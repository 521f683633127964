#!/usr/bin/env node
// `pnpm bench --journeys`: a werkplaats network of people, not loops. N simulated people arrive at an even rate over
// `--ramp` seconds and then keep following their journey, with think time between steps, until `--steady` more
// seconds have passed: a tribune member opens the feed, reads a lesson from it, sometimes reacts to it, sometimes
// searches; an arena member opens the feed, logs a lesson and reads it back; a trekker opens the dashboard of their
// atelier, reads a waiting lesson, and looks at the feed. Every step is one request to the API, timed from sending to
// the last byte of the answer. Only steps that begin once everyone has arrived count (the steady state).
//
// For each set-up (response cache on and off, one replica and two) it raises N through `--people` and reports
// p50/p95/p99 per step and errors, and the largest N for which every step has p95 ≤ `--target-ms` (100) and no
// error. Two replicas run on the one database and Redis (shared sessions, rate limits and live fan-out); each person
// is served by one replica (person i by replica i mod 2), as a balancer that spreads people evenly would; the
// balancer's own cost is not in the figures. The load generator runs on the same machine as the API and the database.
//
// Results: bench/results/<date>-people.{json,md}. Seeds its own database (as `pnpm bench` does) unless given
// `--database NAME` kept by `pnpm bench --keep` or by `--keep` here.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { apiDist, freePort, percentile, root, signInCookie, sleep, startBuiltApi } from './api-process.mjs';
import { DASHBOARD, FEED, LESSON, LOG_LESSON, SEARCH, toGlobalId } from './operations.mjs';
import { BENCH_PASSWORD, FULL_SIZES, QUICK_SIZES, seed } from './seed.mjs';
import { rng } from './text.mjs';

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    people: { type: 'string' },
    ramp: { type: 'string' },
    steady: { type: 'string' },
    think: { type: 'string' },
    'target-ms': { type: 'string', default: '100' },
    cache: { type: 'string', default: 'on,off' },
    replicas: { type: 'string', default: '1,2' },
    database: { type: 'string' },
    'database-url': {
      type: 'string',
      default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    },
    'redis-url': { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
    keep: { type: 'boolean', default: false },
    label: { type: 'string' },
    note: { type: 'string' },
  },
});

const levels = (opts.people ?? (opts.quick ? '50,100,200' : '250,500,1000,2000,4000')).split(',').map(Number);
const rampS = Number(opts.ramp ?? (opts.quick ? 5 : 30));
const steadyS = Number(opts.steady ?? (opts.quick ? 15 : 60));
const thinkS = Number(opts.think ?? 5);
const targetMs = Number(opts['target-ms']);
const caches = opts.cache.split(',');
const replicaCounts = opts.replicas.split(',').map(Number);
const sizes = opts.quick ? QUICK_SIZES : FULL_SIZES;
const SEARCH_TERMS = ['formulierenbrigade', 'eenzaamheid', 'schulden', 'mantelzorg', 'jongeren'];
const REACT = `mutation React($targetId: ID!, $body: String!) { react(targetId: $targetId, body: $body) { id } }`;
/** The lesson page of the web app, without the parts only its author or trekker sees. */
const children = [];
let adminPool = null;
let dbName = null;
let dropDatabase = false;

async function stopAll() {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null) continue;
    child.kill('SIGTERM');
    await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(10_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

/** Think time: exponential around `thinkS`, between a quarter and four times it (nobody clicks in 0 ms). */
function think(random) {
  const s = -Math.log(1 - random()) * thinkS;
  return Math.min(4 * thinkS, Math.max(thinkS / 4, s)) * 1000;
}

/**
 * One run: `n` people on `bases` (one per replica). Returns per step the latencies (ms) of the steps that began in
 * the steady state and the errors (HTTP status not 200, GraphQL errors, or no answer).
 */
async function runPeople({ n, bases, accounts }) {
  const steps = new Map();
  const record = (step, ms, ok, steady) => {
    if (!steady) return;
    if (!steps.has(step)) steps.set(step, { ms: [], errors: 0, samples: [] });
    const entry = steps.get(step);
    if (ok) entry.ms.push(ms);
    else entry.errors++;
  };
  const started = Date.now();
  const steadyFrom = started + rampS * 1000;
  const endAt = steadyFrom + steadyS * 1000;

  async function request(person, step, query, variables) {
    const t0 = performance.now();
    const steady = Date.now() >= steadyFrom;
    try {
      const res = await fetch(`${person.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: person.cookie },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      const ok = res.status === 200 && !body.errors;
      record(step, performance.now() - t0, ok, steady);
      if (!ok && steps.get(step) && steps.get(step).samples.length < 3)
        steps.get(step).samples.push(JSON.stringify(body.errors ?? res.status).slice(0, 300));
      return ok ? body.data : null;
    } catch (error) {
      record(step, performance.now() - t0, false, steady);
      if (steps.get(step) && steps.get(step).samples.length < 3) steps.get(step).samples.push(String(error));
      return null;
    }
  }

  const pause = async (random) => {
    const ms = think(random);
    if (Date.now() + ms >= endAt) return false;
    await sleep(ms);
    return true;
  };
  const lessonIdsOf = (feed) =>
    (feed?.feed?.edges ?? []).filter((e) => e.node.__typename === 'Lesson').map((e) => e.node.id);

  const journeys = {
    async tribune(person, random) {
      while (Date.now() < endAt) {
        const feed = await request(person, 'feed', FEED, {});
        if (!(await pause(random))) return;
        const ids = lessonIdsOf(feed);
        const id = ids[Math.floor(random() * ids.length)];
        if (id) {
          await request(person, 'lesson', LESSON, { id });
          if (!(await pause(random))) return;
          if (random() < 0.3) {
            await request(person, 'react', REACT, {
              targetId: id,
              body: 'Herkenbaar: bij ons in de wijk werkte een vaste inloop ook beter dan losse afspraken.',
            });
            if (!(await pause(random))) return;
          }
        }
        if (random() < 0.4) {
          const query = SEARCH_TERMS[Math.floor(random() * SEARCH_TERMS.length)];
          await request(person, 'search', SEARCH, { query });
          if (!(await pause(random))) return;
        }
      }
    },
    async arena(person, random) {
      while (Date.now() < endAt) {
        await request(person, 'feed', FEED, {});
        if (!(await pause(random))) return;
        const logged = await request(person, 'logLesson', LOG_LESSON, {
          input: {
            atelierId: toGlobalId('Atelier', person.account.atelierId),
            title: 'Een vaste inloopochtend verlaagt de drempel',
            body: '<p>Bewoners kwamen vaker terug toen de inloop elke week op dezelfde ochtend was.</p>',
            conditions: ['SOCIAL_COHESION', 'SOCIAL_INCLUSION'],
            level: 'NEIGHBOURHOOD',
            domain: 'WELFARE',
            visibility: 'ARENA',
          },
        });
        if (!(await pause(random))) return;
        if (logged) {
          await request(person, 'lesson', LESSON, { id: logged.logLesson.id });
          if (!(await pause(random))) return;
        }
      }
    },
    async trekker(person, random) {
      while (Date.now() < endAt) {
        const dashboard = await request(person, 'dashboard', DASHBOARD, {
          id: toGlobalId('Atelier', person.account.atelierId),
        });
        if (!(await pause(random))) return;
        const waiting = dashboard?.atelier?.waiting?.edges ?? [];
        if (waiting.length > 0) {
          await request(person, 'lesson', LESSON, {
            id: waiting[Math.floor(random() * waiting.length)].node.id,
          });
          if (!(await pause(random))) return;
        }
        await request(person, 'feed', FEED, {});
        if (!(await pause(random))) return;
      }
    },
  };

  // 80 % tribune members, 15 % arena members, 5 % trekkers; person i arrives at i × ramp / n.
  const people = Array.from({ length: n }, (_, i) => {
    const kind = i % 20 === 0 ? 'trekker' : i % 20 <= 3 ? 'arena' : 'tribune';
    const pool = accounts[kind];
    const account = pool[i % pool.length];
    return { kind, account, cookie: account.cookie, base: bases[i % bases.length] };
  });
  await Promise.all(
    people.map(async (person, i) => {
      await sleep((i * rampS * 1000) / n);
      // Seeded: two runs make the same choices.
      await journeys[person.kind](person, rng(i + 1).next);
    }),
  );
  const result = {};
  for (const [step, { ms, errors, samples }] of [...steps].sort()) {
    const sorted = ms.sort((a, b) => a - b);
    result[step] = {
      count: sorted.length,
      errors,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      ...(samples.length ? { errorSamples: samples } : {}),
    };
  }
  return { steps: result, seconds: (Date.now() - started) / 1000 };
}

/**
 * A session for each account without one. One signs in through the API (which names the cookie); the others'
 * sessions are written straight into the database as the API writes them (the SHA-256 of a random token): two
 * thousand argon2id checks would take minutes of the machine the run measures, and signing in is not a step of
 * the journeys (`pnpm bench` measures it on its own).
 */
async function giveSessions(databaseUrl, base, accounts) {
  const without = accounts.filter((u) => !u.cookie);
  if (without.length === 0) return;
  const first = without.shift();
  first.cookie = await signInCookie(base, first.email, BENCH_PASSWORD);
  const cookieName = first.cookie.slice(0, first.cookie.indexOf('='));
  const tokens = without.map(() => randomBytes(32).toString('base64url'));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  try {
    await pool.query(
      `INSERT INTO "Session" (id, "tokenHash", "userId", "expiresAt")
       SELECT gen_random_uuid(), t.hash, t."userId", now() + interval '1 day'
       FROM unnest($1::text[], $2::uuid[]) AS t(hash, "userId")`,
      [tokens.map((token) => createHash('sha256').update(token).digest('hex')), without.map((u) => u.userId)],
    );
  } finally {
    await pool.end();
  }
  without.forEach((u, i) => (u.cookie = `${cookieName}=${tokens[i]}`));
}

async function main() {
  if (!existsSync(join(apiDist, 'main.js')))
    throw new Error('Build the API first: pnpm --filter @werkplaats/api... run build');
  const { applyMigrations } = await import(
    pathToFileURL(join(apiDist, 'common', 'database', 'migrate.js')).href
  );
  const { hashPassword } = await import(pathToFileURL(join(apiDist, 'auth', 'password.js')).href);
  const adminUrl = opts['database-url'];
  adminPool = new pg.Pool({ connectionString: adminUrl, max: 1 });
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  dbName = opts.database ?? `werkplaats_people_${stamp}`;
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const databaseUrl = dbUrl.toString();
  const maxPeople = Math.max(...levels);
  let seeded;
  if (opts.database) {
    seeded = JSON.parse(readFileSync(join(root, '.tmp', `${dbName}.users.json`), 'utf8'));
    console.log(`Using the existing database ${dbName} (--database); not seeding.`);
  } else {
    await adminPool.query(`CREATE DATABASE "${dbName}"`);
    dropDatabase = !opts.keep;
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    try {
      await applyMigrations(pool, { log: () => undefined });
      const t0 = Date.now();
      seeded = await seed(pool, sizes, {
        passwordHash: await hashPassword(BENCH_PASSWORD),
        benchUsers: Math.min(Math.ceil(maxPeople * 0.8), Math.floor(sizes.people / 4)),
        log: console.log,
      });
      console.log(`Seeded ${dbName} in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
      if (opts.keep) {
        mkdirSync(join(root, '.tmp'), { recursive: true });
        writeFileSync(join(root, '.tmp', `${dbName}.users.json`), JSON.stringify(seeded));
        console.log(`Kept: --database ${dbName}`);
      }
    } finally {
      await pool.end();
    }
  }

  const results = [];
  for (const replicas of replicaCounts) {
    for (const cache of caches) {
      const setup = `${replicas} replica${replicas > 1 ? 's' : ''}, cache ${cache}`;
      const bases = [];
      for (let r = 0; r < replicas; r++) {
        const { base } = await startBuiltApi({
          name: `people-${replicas}-${cache}-${r + 1}`,
          databaseUrl,
          port: await freePort(),
          children,
          env: {
            ...(cache === 'off' ? { RESPONSE_CACHE_MB: '0' } : {}),
            ...(replicas > 1 ? { REDIS_URL: opts['redis-url'] } : {}),
          },
        });
        bases.push(base);
      }
      // Sessions live in the database: made once, every replica knows them.
      const accounts = {
        tribune: seeded.users.tribune.slice(0, Math.ceil(maxPeople * 0.8)),
        // Lessons at atelier level (ARENA): their practice, if any, is not named.
        arena: seeded.users.arena.slice(0, Math.ceil(maxPeople * 0.15)),
        trekker: seeded.users.trekkers,
      };
      await giveSessions(databaseUrl, bases[0], Object.values(accounts).flat());
      const runs = [];
      for (const n of levels) {
        console.log(`${setup}: ${n} people (ramp ${rampS} s, steady ${steadyS} s, think ${thinkS} s) …`);
        const run = await runPeople({ n, bases, accounts });
        const worst = Math.max(...Object.values(run.steps).map((s) => s.p95 ?? Infinity));
        const errors = Object.values(run.steps).reduce((sum, s) => sum + s.errors, 0);
        const holds = worst <= targetMs && errors === 0 && Object.keys(run.steps).length > 0;
        runs.push({ people: n, holds, worstP95: worst, errors, ...run });
        console.log(
          `  worst p95 ${worst.toFixed(1)} ms, ${errors} errors: ${holds ? 'holds' : 'does not hold'}; ${Object.entries(
            run.steps,
          )
            .map(([step, s]) => `${step} ${s.count}× p95 ${s.p95?.toFixed(1)}`)
            .join(', ')}`,
        );
        if (!holds) break;
        // The next level starts from rest: what the last one queued (mail, counts) settles first.
        await sleep(3_000);
      }
      const largest = runs.filter((r) => r.holds).at(-1)?.people ?? 0;
      // Every level held: the limit lies above the largest level asked for.
      const limitFound = runs.some((r) => !r.holds);
      results.push({ setup, replicas, cache, largestHolding: largest, limitFound, runs });
      await stopAll();
    }
  }

  const date = new Date().toISOString().slice(0, 10);
  const name = `${date}-people${opts.quick ? '-quick' : ''}${opts.label ? `-${opts.label}` : ''}`;
  const meta = {
    date: new Date().toISOString(),
    note: opts.note ?? null,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadBefore: os.loadavg() },
    sizes: opts.database ? `kept database ${dbName}` : sizes,
    rampS,
    steadyS,
    thinkS,
    targetMs,
    levels,
  };
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', `${name}.json`), JSON.stringify({ meta, results }, null, 2));
  writeFileSync(join(root, 'bench', 'results', `${name}.md`), markdown(meta, results));
  console.log(markdown(meta, results));
  console.log(`Written: bench/results/${name}.{json,md}`);
}

function markdown(meta, results) {
  const ms = (v) => (v === null || v === undefined ? '–' : v.toFixed(1));
  const lines = [
    `# People, not loops — ${meta.date.slice(0, 10)}`,
    '',
    `N people arrive over ${meta.rampS} s, then ${meta.steadyS} s of steady state (only its steps count); think time ` +
      `${meta.thinkS} s on average (exponential, ¼× to 4×). 80 % tribune members (feed, a lesson, react 30 %, search ` +
      `40 %), 15 % arena members (feed, logLesson, their lesson), 5 % trekkers (dashboard, a waiting lesson, feed). ` +
      `Target: p95 ≤ ${meta.targetMs} ms on every step, no errors. Machine: ${meta.machine.cpus} × ${meta.machine.model}, ` +
      `load before ${meta.machine.loadBefore.map((l) => l.toFixed(2)).join(' / ')}; API, database and load ` +
      `generator on the one machine. Data: ${
        typeof meta.sizes === 'string'
          ? meta.sizes
          : Object.entries(meta.sizes)
              .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
              .join(', ')
      }.`,
    ...(meta.note ? ['', meta.note] : []),
    '',
    '| set-up | largest N with p95 ≤ target on every step |',
    '| --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.setup} | **${r.largestHolding ? `${r.limitFound ? '' : '≥ '}${r.largestHolding}` : `< ${meta.levels[0]}`}**${r.limitFound ? '' : ' (every level asked held)'} |`,
    ),
    '',
  ];
  for (const r of results) {
    lines.push(
      `## ${r.setup}`,
      '',
      '| N | step | steps | p50 ms | p95 ms | p99 ms | errors |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const run of r.runs)
      for (const [step, s] of Object.entries(run.steps))
        lines.push(
          `| ${run.people}${run.holds ? '' : ' ✗'} | ${step} | ${s.count} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${s.errors} |`,
        );
    lines.push('');
  }
  return lines.join('\n');
}

try {
  await main();
} finally {
  await stopAll();
  if (adminPool) {
    if (dropDatabase) await adminPool.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await adminPool.end();
  }
}
