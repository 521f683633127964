#!/usr/bin/env node
// `pnpm bench --atelier-report` (or `node bench/atelier-report.mjs`): how long the atelier report takes for the
// largest demo atelier (the one with the most lessons the programmacommissie reads: the fullest report), as PDF and as
// Markdown, through the built API over HTTP on the embedded database with the demo data (what `pnpm start` runs).
// One warm-up request each, then 10 timed requests each, one at a time; the median against the target of issue 21
// (< 2 s). Writes bench/results/<yyyy-mm-dd>-atelier-report.{json,md}. Needs `pnpm --filter @werkplaats/api... build`.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { freePort, root, signInCookie, sleep, waitForHealth } from './api-process.mjs';

const RUNS = 10;
const TARGET_MS = 2000;
const PASSWORD = 'werkplaats-demo';
const COMMITTEES = ['commissie@demo.werkplaats.nl', 'commissie.lindeland@demo.werkplaats.nl'];

const say = (line) => console.log(line);

/** The ateliers a committee member reads, with how many lessons each has for them. */
async function ateliersOf(base, cookie) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      query: `{ ateliers(first: 100) { edges { node { id title workshop { slug } lessons(first: 1) { totalCount } } } } }`,
    }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`listing ateliers failed: ${JSON.stringify(body.errors)}`);
  return body.data.ateliers.edges.map((e) => ({ ...e.node, lessonCount: e.node.lessons.totalCount }));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main() {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'werkplaats-report-bench-'));
  // BENCH_PORT pins the port on a shared machine where each user has their own range.
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const base = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _db, REDIS_URL: _redis, NODE_ENV: _env, ...env } = process.env;
  const child = spawn(process.execPath, [join(root, 'apps', 'api', 'dist', 'main.js')], {
    cwd: root,
    env: { ...env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    say('Starting the built API on a fresh embedded database with the demo data …');
    await waitForHealth(`${base}/healthz`, child, 'The API', 180_000);

    let largest = null;
    for (const email of COMMITTEES) {
      const cookie = await signInCookie(base, email, PASSWORD);
      for (const atelier of await ateliersOf(base, cookie))
        if (!largest || atelier.lessonCount > largest.lessonCount)
          largest = { ...atelier, cookie, reader: email };
    }
    say(
      `Largest demo atelier: "${largest.title}" (${largest.lessonCount} lessons), read as ${largest.reader}.`,
    );

    const results = [];
    for (const format of ['pdf', 'md']) {
      const url = `${base}/w/${largest.workshop.slug}/ateliers/${encodeURIComponent(largest.id)}/verslag.${format}?lang=nl`;
      const time = async () => {
        const started = performance.now();
        const response = await fetch(url, { headers: { cookie: largest.cookie } });
        const bytes = (await response.arrayBuffer()).byteLength;
        if (!response.ok) throw new Error(`${format}: HTTP ${response.status}`);
        return { ms: performance.now() - started, bytes };
      };
      await time(); // warm-up: the first request of a process loads fonts and compiles code paths
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await time());
      const ms = runs.map((r) => r.ms);
      const row = {
        format,
        medianMs: median(ms),
        minMs: Math.min(...ms),
        maxMs: Math.max(...ms),
        bytes: runs[0].bytes,
        runs: ms.map((v) => Math.round(v * 10) / 10),
        withinTarget: median(ms) < TARGET_MS,
      };
      results.push(row);
      say(
        `${format.padEnd(3)} median ${row.medianMs.toFixed(1)} ms (min ${row.minMs.toFixed(1)}, max ${row.maxMs.toFixed(1)}), ${row.bytes} bytes: ${row.withinTarget ? 'within' : 'OVER'} the ${TARGET_MS} ms target`,
      );
    }

    const date = new Date().toISOString().slice(0, 10);
    const outDir = join(root, 'bench', 'results');
    mkdirSync(outDir, { recursive: true });
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
      loadavg: os.loadavg(),
      atelier: { title: largest.title, lessons: largest.lessonCount, reader: largest.reader },
      runsPerFormat: RUNS,
      targetMs: TARGET_MS,
      results,
    };
    writeFileSync(join(outDir, `${date}-atelier-report.json`), `${JSON.stringify(report, null, 2)}\n`);
    const md = [
      `# Atelier report: time to make it (${date})`,
      '',
      `The largest demo atelier, _${largest.title}_ (${largest.lessonCount} lessons), as its programmacommissie reads it, through the built API on the embedded database; ${RUNS} requests per format after one warm-up, one at a time. Target: median < ${TARGET_MS} ms. Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')}.`,
      '',
      '| format | median ms | min ms | max ms | bytes | within target |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      ...results.map(
        (r) =>
          `| ${r.format} | ${r.medianMs.toFixed(1)} | ${r.minMs.toFixed(1)} | ${r.maxMs.toFixed(1)} | ${r.bytes} | ${r.withinTarget ? 'yes' : 'no'} |`,
      ),
      '',
    ].join('\n');
    writeFileSync(join(outDir, `${date}-atelier-report.md`), md);
    say(`Wrote bench/results/${date}-atelier-report.{json,md}.`);
    if (results.some((r) => !r.withinTarget)) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(10_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`atelier report bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
