// A Lighthouse run (mobile, Lighthouse's default emulation and throttling) against the production build:
// starts the built API serving the built web app on a fresh embedded database with the demo data, audits
// the agenda, an atelier page, the tribune's feed and the trekker's dashboard (signed in) five times each, and
// records the medians in bench/results/lighthouse-<date>.{json,md}.
// Run after `pnpm -r run build`: `pnpm --filter @werkplaats/web lighthouse`. Lighthouse measures on this machine's
// CPU: the load average is recorded with every run, and the results say how busy the machine was.
// LIGHTHOUSE_RUNS=n changes the number of runs, LIGHTHOUSE_PAGES=agenda,atelier audits only those pages (a trial,
// not a result), LIGHTHOUSE_REPORTS=<dir> keeps each run's full report (its audits and main-thread breakdown).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-lighthouse-'));
const env = {
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  DEMO_DATA: 'true',
  NODE_ENV: 'production',
  LOG_LEVEL: 'error',
  RATE_LIMIT_PER_MINUTE: '100000',
  // Production asks for a mail server; nothing is mailed during an audit, and what the demo queues waits.
  SMTP_URL: process.env.SMTP_URL ?? 'smtp://127.0.0.1:2525',
};
delete env.DATABASE_URL;
const app = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
const base = await new Promise((resolveUrl, reject) => {
  let output = '';
  const onData = (chunk) => {
    output += chunk.toString();
    const match = /ready at (http:\/\/\S+?)\/? /.exec(output);
    if (match) resolveUrl(match[1].replace(/\/$/, ''));
  };
  app.stdout.on('data', onData);
  app.stderr.on('data', onData);
  app.on('exit', (code) => reject(new Error(`the app stopped (exit ${code}): ${output}`)));
});

// The werkplaats of the demo, and its loneliness atelier: ask the API like the app does.
const SLUG = 'arnhem-nijmegen';
async function graphql(query, cookie) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return { body: await response.json(), cookies: response.headers.getSetCookie() };
}
/** A demo person's session cookie, sent by Lighthouse with every request of a signed-in page. */
async function sessionOf(email) {
  const { body, cookies } = await graphql(
    `mutation { signIn(email: "${email}", password: "werkplaats-demo") { id } }`,
  );
  if (body.errors) throw new Error(`signing in ${email} failed: ${JSON.stringify(body.errors)}`);
  return cookies.map((c) => c.split(';')[0]).join('; ');
}
const agenda = await graphql('{ ateliers(first: 10) { edges { node { id title } } } }');
const atelier = agenda.body.data.ateliers.edges.find((e) => e.node.title.includes('Eenzaamheid')).node;
const atelierPath = `/w/${SLUG}/ateliers/${encodeURIComponent(atelier.id)}`;
const pages = [
  { name: 'agenda', path: `/w/${SLUG}` },
  { name: 'atelier', path: atelierPath },
  { name: 'feed (tribune member)', path: `/w/${SLUG}/tribune`, as: 'tribune@demo.werkplaats.nl' },
  { name: 'dashboard (trekker)', path: `${atelierPath}/dashboard`, as: 'trekker@demo.werkplaats.nl' },
];
// Lighthouse's scores vary from run to run: each page is audited RUNS times and the median recorded. A run
// that fails (Lighthouse's runtimeError, or a category without a score) is reported and never scored as 0.
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const only = process.env.LIGHTHOUSE_PAGES?.split(',').map((name) => name.trim());
const audited = only ? pages.filter((page) => only.some((name) => page.name.startsWith(name))) : pages;
const reports = process.env.LIGHTHOUSE_REPORTS;
if (reports) mkdirSync(reports, { recursive: true });
const load1 = () => Number(os.loadavg()[0].toFixed(2));
const loadAtStart = load1();

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const results = [];
const failures = [];
let lighthouseVersion = 'n/a';
try {
  for (const page of audited) {
    const cookie = page.as ? await sessionOf(page.as) : undefined;
    const runs = [];
    for (let run = 1; run <= RUNS; run += 1) {
      let lhr;
      const load = load1();
      try {
        ({ lhr } = await lighthouse(`${base}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
        }));
      } catch (error) {
        failures.push({ page: page.name, run, load, reason: String(error?.message ?? error) });
        continue;
      }
      lighthouseVersion = `lighthouse ${lhr.lighthouseVersion}`;
      const unscored = CATEGORIES.filter((id) => typeof lhr.categories[id]?.score !== 'number');
      if (lhr.runtimeError || unscored.length > 0) {
        failures.push({
          page: page.name,
          run,
          load,
          reason: lhr.runtimeError?.message ?? `no score for ${unscored.join(', ')}`,
        });
        continue;
      }
      if (reports) {
        const file = `${page.name.split(' ')[0]}-${run}.json`;
        writeFileSync(join(reports, file), JSON.stringify(lhr));
      }
      const score = (id) => Math.round(lhr.categories[id].score * 100);
      const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
      runs.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: value('first-contentful-paint'),
        lcpMs: value('largest-contentful-paint'),
        tbtMs: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        formFactor: lhr.configSettings.formFactor,
        load,
        // Lighthouse's own measure of this machine's speed as the run began (higher is faster); its mobile
        // throttling (4x CPU) is calibrated for a machine of about 1000 or more.
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      });
    }
    if (runs.length === 0) continue;
    const of = (key) => median(runs.map((r) => r[key]));
    results.push({
      page: page.name,
      path: page.path.replace(encodeURIComponent(atelier.id), '<id>'),
      formFactor: runs[0].formFactor,
      runs: runs.length,
      performance: of('performance'),
      accessibility: of('accessibility'),
      bestPractices: of('bestPractices'),
      seo: of('seo'),
      performanceEachRun: runs.map((r) => r.performance),
      loadEachRun: runs.map((r) => r.load),
      benchmarkIndexEachRun: runs.map((r) => r.benchmarkIndex),
      firstContentfulPaintMs: Math.round(of('fcpMs')),
      largestContentfulPaintMs: Math.round(of('lcpMs')),
      totalBlockingTimeMs: Math.round(of('tbtMs')),
      cumulativeLayoutShift: Number(of('cls').toFixed(3)),
      worstCumulativeLayoutShift: Number(Math.max(...runs.map((r) => r.cls)).toFixed(3)),
    });
  }
} finally {
  chrome.kill();
  app.kill('SIGTERM');
  await new Promise((r) => app.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}

const date = new Date().toISOString().slice(0, 10);
const dir = join(root, 'bench/results');
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, 1-minute load average ${loadAtStart} at the start and ${load1()} at the end`;
// A trial of some pages prints its table; only a run of every page is recorded.
const record = only ? () => {} : writeFileSync;
mkdirSync(dir, { recursive: true });
record(
  join(dir, `lighthouse-${date}.json`),
  `${JSON.stringify({ date, lighthouse: lighthouseVersion, machine, runsPerPage: RUNS, results, failures }, null, 2)}\n`,
);
const table = [
  `Median of ${RUNS} runs per page, ${lighthouseVersion} (${machine}). Load: the machine's 1-minute load average as each run started; benchmark: Lighthouse's benchmarkIndex of the machine in that run (higher is faster; its 4x mobile CPU throttling assumes about 1000 or more).`,
  '',
  '| page | form factor | runs scored | performance (each run) | accessibility | best practices | SEO | FCP | LCP | TBT | CLS (worst) | load (each run) | benchmark (each run) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.page} | ${r.formFactor} | ${r.runs} | ${r.performance} (${r.performanceEachRun.join(', ')}) | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.firstContentfulPaintMs / 1000).toFixed(1)} s | ${(r.largestContentfulPaintMs / 1000).toFixed(1)} s | ${r.totalBlockingTimeMs} ms | ${r.cumulativeLayoutShift} (${r.worstCumulativeLayoutShift}) | ${r.loadEachRun.join(', ')} | ${r.benchmarkIndexEachRun.join(', ')} |`,
  ),
  '',
  failures.length === 0
    ? 'No run failed.'
    : `Failed runs (not scored):\n${failures.map((f) => `- ${f.page}, run ${f.run} (load ${f.load}): ${f.reason}`).join('\n')}`,
].join('\n');
record(
  join(dir, `lighthouse-${date}.md`),
  `# Lighthouse (mobile) on the production build, ${date}\n\n${table}\n`,
);
console.log(table);
