// A Lighthouse run (mobile, Lighthouse's default emulation and throttling) against the production build:
// starts the built API serving the built web app on a fresh embedded database with the demo data, audits
// the agenda and an atelier page, and records the scores in bench/results/lighthouse-<date>.{json,md}.
// Run after `pnpm -r run build`: `pnpm --filter @werkplaats/web lighthouse`.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

// The atelier page's address needs an id: ask the API like the app does.
const agenda = await fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
  body: JSON.stringify({ query: '{ ateliers(first: 10) { edges { node { id title } } } }' }),
}).then((r) => r.json());
const atelier = agenda.data.ateliers.edges.find((e) => e.node.title.includes('Eenzaamheid')).node;
const pages = [
  { name: 'agenda', url: `${base}/` },
  { name: 'atelier', url: `${base}/ateliers/${encodeURIComponent(atelier.id)}` },
];

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
const results = [];
let lighthouseVersion = 'n/a';
try {
  for (const page of pages) {
    const { lhr } = await lighthouse(page.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    lighthouseVersion = `lighthouse ${lhr.lighthouseVersion}`;
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
    results.push({
      page: page.name,
      formFactor: lhr.configSettings.formFactor,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      firstContentfulPaint: metric('first-contentful-paint'),
      largestContentfulPaint: metric('largest-contentful-paint'),
      totalBlockingTime: metric('total-blocking-time'),
      cumulativeLayoutShift: metric('cumulative-layout-shift'),
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
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, `lighthouse-${date}.json`),
  `${JSON.stringify({ date, lighthouse: lighthouseVersion, results }, null, 2)}\n`,
);
const table = [
  '| page | form factor | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.page} | ${r.formFactor} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.firstContentfulPaint} | ${r.largestContentfulPaint} | ${r.totalBlockingTime} | ${r.cumulativeLayoutShift} |`,
  ),
].join('\n');
writeFileSync(
  join(dir, `lighthouse-${date}.md`),
  `# Lighthouse (mobile) on the production build, ${date}\n\n${table}\n`,
);
console.log(table);
