// `pnpm test`: the whole suite, in the order that fails fastest. Contract checks (lint, types, Prisma
// migrations, GraphQL SDL, generated web types), unit tests, integration tests over HTTP on the embedded
// database and, when TEST_DATABASE_URL or DATABASE_URL is set, on that real Postgres too, then the
// browser tests in Chromium. Ends with one line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const reports = join(root, '.tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const realDatabaseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const workers = Math.max(2, availableParallelism());
const withoutDatabase = { ...process.env };
delete withoutDatabase.TEST_DATABASE_URL;
delete withoutDatabase.DATABASE_URL;

const jest = (project, name, env = process.env) => ({
  name,
  cmd: 'pnpm',
  args: [
    '--filter',
    project === 'e2e' ? '@werkplaats/web' : '@werkplaats/api',
    'exec',
    'node',
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
    ...(project === 'e2e' ? [] : ['--selectProjects', project]),
    // Integration files each have a database of their own, so two run at once (the machines have two cores);
    // the browser tests share one app and run in band.
    ...(project === 'e2e' ? ['--runInBand'] : project === 'integration' ? [`--maxWorkers=${workers}`] : []),
    '--json',
    `--outputFile=${join(reports, `${name}.json`)}`,
  ],
  env,
  report: join(reports, `${name}.json`),
});

const steps = [
  { name: 'lint', cmd: 'pnpm', args: ['-r', 'run', 'lint'] },
  { name: 'formatting (Prettier)', cmd: 'pnpm', args: ['run', 'format:check'] },
  { name: 'typecheck', cmd: 'pnpm', args: ['-r', 'run', 'typecheck'] },
  {
    name: 'prisma migrations match schema.prisma',
    cmd: 'pnpm',
    args: ['--filter', '@werkplaats/api', 'run', 'db:check'],
  },
  { name: 'build', cmd: 'pnpm', args: ['-r', 'run', 'build'] },
  {
    name: 'GraphQL SDL is current',
    cmd: 'pnpm',
    args: ['--filter', '@werkplaats/api', 'run', 'schema:check'],
  },
  {
    name: 'generated web types are current',
    cmd: 'pnpm',
    args: ['--filter', '@werkplaats/web', 'run', 'codegen:check'],
  },
  jest('unit', 'api-unit', withoutDatabase),
  {
    // The personal-data check's own unit tests (packages/privacy-check has its jest config).
    name: 'privacy-check-unit',
    cmd: 'pnpm',
    args: [
      '--filter',
      '@werkplaats/privacy-check',
      'exec',
      'node',
      '--experimental-vm-modules',
      'node_modules/jest/bin/jest.js',
      '--json',
      `--outputFile=${join(reports, 'privacy-check-unit.json')}`,
    ],
    report: join(reports, 'privacy-check-unit.json'),
  },
  jest('integration', 'api-integration-embedded', withoutDatabase),
  ...(realDatabaseUrl
    ? [
        jest('integration', 'api-integration-postgres', {
          ...withoutDatabase,
          TEST_DATABASE_URL: realDatabaseUrl,
        }),
      ]
    : []),
  jest('e2e', 'web-browser', withoutDatabase),
];

if (!realDatabaseUrl) {
  console.log(
    '\nNote: the integration tests run on the embedded database only. To run them on a real PostgreSQL as well\n' +
      '(as CI does), name one: TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres pnpm test',
  );
}

let passed = 0;
let failed = 0;
const started = Date.now();
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.cmd, step.args, {
    cwd: root,
    stdio: 'inherit',
    env: step.env ?? process.env,
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (step.report) {
    try {
      const report = JSON.parse(readFileSync(step.report, 'utf8'));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
      console.log(
        `  ${step.name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed in ${seconds} s`,
      );
      if (report.numTotalTests === 0) failed += 1;
    } catch {
      failed += 1;
    }
  } else {
    console.log(`  ${step.name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
  }
  if (result.status !== 0) {
    if (!step.report) failed += 1;
    console.error(`\n✖ ${step.name} failed; stopping.`);
    console.log(`\n${passed} passed, ${failed} failed`);
    process.exit(1);
  }
}
console.log(`\nAll steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
if (!realDatabaseUrl) console.log('(Real PostgreSQL not tested: set TEST_DATABASE_URL to include it.)');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
