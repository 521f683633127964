import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import {
  DEMO,
  api,
  atelierId,
  axeViolations,
  launchBrowser,
  screenshots,
  signIn,
  sidewaysOverflow,
} from './support/browser';

const here = fileURLToPath(new URL('.', import.meta.url));
const apiDir = resolve(here, '../../api');
const mainJs = resolve(apiDir, 'dist/main.js');
const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';
const TITLES = { kept: 'Aantekeningen over de inloop', deleted: 'Losse gedachten na de buurtavond' };

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function run(args: string[], env: NodeJS.ProcessEnv, cwd?: string) {
  const child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<number | null>((resolveDone) => child.on('exit', resolveDone));
  return { child, done, output: () => output };
}

/**
 * Retention of drafts, from the author's side: two drafts left untouched longer than the werkplaats keeps them are
 * proposed for deletion by the sweep; the author is told (a notification), opens the draft and keeps it (at 1366 px)
 * or deletes it at once after a confirmation (at 390 px). On a demo of its own, because the drafts' age is set in
 * its database while the app is stopped (nothing in the API makes a text older), and the sweep runs as the app
 * starts again. Axe on the notification, the proposal and the confirmation.
 */
describe('an untouched draft proposed for deletion', () => {
  let browser: Browser;
  let dataDir: string;
  let server: ChildProcess | undefined;
  let baseURL: string;
  let env: NodeJS.ProcessEnv;

  async function start(): Promise<void> {
    const started = run([mainJs], env);
    server = started.child;
    await new Promise<void>((ready, fail) => {
      const timer = setInterval(() => {
        if (/ready at /.test(started.output())) {
          clearInterval(timer);
          ready();
        }
      }, 50);
      void started.done.then((code) => {
        clearInterval(timer);
        fail(new Error(`the app stopped (exit ${code}):\n${started.output()}`));
      });
    });
  }

  async function stop(): Promise<void> {
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server?.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
  }

  async function signedIn(viewport: { width: number; height: number }): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport, locale: 'nl-NL', baseURL });
    await signIn(await context.newPage(), DEMO.arena);
    return context;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-e2e-retention-'));
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    env = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseURL,
      DEMO_DATA: 'true',
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
    };
    delete env.DATABASE_URL;
    delete env.TEST_DATABASE_URL;
    browser = await launchBrowser();

    // The author writes two drafts (through the API: the lesson form has its own tests).
    await start();
    const context = await signedIn({ width: 1366, height: 900 });
    const atelier = await atelierId(context, LONELINESS);
    for (const title of Object.values(TITLES)) {
      await api(context, 'mutation($input: LogLessonInput!) { logLesson(input: $input) { id } }', {
        input: {
          atelierId: atelier,
          title,
          body: '<p>Nog uit te werken.</p>',
          conditions: ['SOCIAL_COHESION'],
          level: 'NEIGHBOURHOOD',
          domain: 'WELFARE',
        },
      });
    }
    await context.close();
    await stop();

    // Untouched for thirteen months, longer than the werkplaats keeps drafts (twelve).
    const aged = run(
      [
        '--input-type=module',
        '-e',
        `import { PGlite } from '@electric-sql/pglite';
         const db = await PGlite.create({ dataDir: process.argv[1] });
         const result = await db.query(
           \`UPDATE "Lesson" SET "updatedAt" = now() - interval '13 months' WHERE title = ANY($1) AND visibility = 'DRAFT'\`,
           [process.argv.slice(2)],
         );
         await db.close();
         if (result.affectedRows !== ${Object.keys(TITLES).length}) process.exit(1);`,
        dataDir,
        ...Object.values(TITLES),
      ],
      env,
      apiDir,
    );
    if ((await aged.done) !== 0) throw new Error(`could not age the drafts:\n${aged.output()}`);
    // Starting again, the app sweeps and proposes both drafts to their author.
    await start();
    // Two start-ups of a demo of its own, the first one seeding it: more than a hook's usual time on a busy machine.
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The notifications page once the sweep told the author of the draft (it runs a few seconds after start-up). */
  async function toldOf(context: BrowserContext, title: string) {
    const page = await context.newPage();
    const link = page.getByRole('link', { name: title });
    for (;;) {
      await page.goto('/meldingen');
      await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
      if ((await link.count()) > 0) break;
      await page.waitForTimeout(500);
    }
    return { page, link };
  }

  it('the author is told, opens the draft and keeps it (1366 px)', async () => {
    const shot = screenshots('draft-retention-1366');
    const context = await signedIn({ width: 1366, height: 900 });
    const { page, link } = await toldOf(context, TITLES.kept);
    const notice = page.getByRole('listitem').filter({ has: link });
    await notice
      .getByText('Je concept is lang niet aangeraakt en wordt over 30 dagen verwijderd.', { exact: false })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'notification');

    await link.click();
    await page.getByRole('heading', { level: 1, name: TITLES.kept }).waitFor();
    const proposal = page.getByRole('region', { name: 'Voorstel om dit concept te verwijderen' });
    await proposal
      .getByText(/^Dit concept is lang niet aangeraakt en wordt op \d+ \w+ \d{4} verwijderd\./)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'proposal');

    await proposal.getByRole('button', { name: 'Concept bewaren' }).click();
    await proposal.waitFor({ state: 'detached' });
    // Kept: after a reload the draft is there without the proposal.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLES.kept }).waitFor();
    expect(await page.getByRole('region', { name: 'Voorstel om dit concept te verwijderen' }).count()).toBe(
      0,
    );
    await shot(page, 'kept');
    await context.close();
  });

  it('the author deletes the other draft at once, after a confirmation (390 px)', async () => {
    const shot = screenshots('draft-retention-390');
    const context = await signedIn({ width: 390, height: 844 });
    const { page, link } = await toldOf(context, TITLES.deleted);
    await link.click();
    await page.getByRole('heading', { level: 1, name: TITLES.deleted }).waitFor();
    const proposal = page.getByRole('region', { name: 'Voorstel om dit concept te verwijderen' });
    await proposal.getByRole('button', { name: 'Nu verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Concept nu verwijderen?' });
    await dialog.waitFor();
    expect(
      await dialog.getByRole('button', { name: 'Annuleren' }).evaluate((b) => b === document.activeElement),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot(page, 'confirm');

    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Concept verwijderd' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Het concept is verwijderd.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'deleted');
    // Its notification went with it; the other draft's is still there.
    await page.goto('/meldingen');
    await page.getByRole('link', { name: TITLES.kept }).waitFor();
    expect(await page.getByRole('link', { name: TITLES.deleted }).count()).toBe(0);
    await context.close();
  });
});
