import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, screenshots } from './support/browser';

const here = fileURLToPath(new URL('.', import.meta.url));
const mainJs = resolve(here, '../../api/dist/main.js');
const cliJs = resolve(here, '../../api/dist/cli/werkplaats.js');

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

function run(file: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [file, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<number | null>((resolveDone) => child.on('exit', resolveDone));
  return { child, done, output: () => output };
}

/**
 * Day one of a real werkplaats, on a deployment of its own (not the demo the other journeys use): the operator
 * runs `werkplaats setup`, the first beheerder opens the printed link, chooses a password and lands signed in.
 */
describe('first run', () => {
  let browser: Browser;
  let dataDir: string;
  let server: ChildProcess | undefined;
  let baseURL: string;
  let link: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-e2e-first-run-'));
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseURL,
      DEMO_DATA: 'false',
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
    };
    delete env.DATABASE_URL;
    delete env.TEST_DATABASE_URL;
    const setup = run(
      cliJs,
      [
        'setup',
        '--name',
        'Werkplaats Sociaal Domein Arnhem-Nijmegen',
        '--slug',
        'arnhem-nijmegen',
        '--region',
        'Arnhem-Nijmegen',
        '--werkgebied',
        'arnhem-nijmegen',
        '--beheerder-email',
        'eerste.beheerder@example.nl',
        '--beheerder-name',
        'Eerste Beheerder',
      ],
      env,
    );
    if ((await setup.done) !== 0) throw new Error(`werkplaats setup failed:\n${setup.output()}`);
    const printed = new RegExp(`^${baseURL}/wachtwoord-instellen\\?token=\\S+$`, 'm').exec(setup.output());
    if (!printed) throw new Error(`no link in:\n${setup.output()}`);
    link = printed[0];

    const started = run(mainJs, [], env);
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
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server?.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the first beheerder follows the printed link on a phone, by keyboard, and lands signed in on the home page', async () => {
    const shot = screenshots('first-run');
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'nl-NL',
      baseURL,
    });
    const page = await context.newPage();

    // Without its token the page says what to do.
    await page.goto('/wachtwoord-instellen');
    await page.getByRole('alert').getByText('Deze link is niet compleet.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(link.slice(baseURL.length));
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' }).waitFor();
    await page.getByText('heeft minstens 8 en hoogstens 128 tekens;').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'link-opened');

    // By keyboard: type, Tab to the repeat field, Enter sends the form.
    const password = page.getByLabel('Nieuw wachtwoord');
    const repeat = page.getByLabel('Herhaal het wachtwoord');
    const send = async (first: string, second: string) => {
      await password.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(first);
      await page.keyboard.press('Tab');
      expect(await repeat.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(second);
      await page.keyboard.press('Enter');
    };
    await send('kort', 'kort');
    await page.getByText('Je wachtwoord heeft minder dan 8 tekens.').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'too-short');

    await send('een-eigen-zin-2026', 'een-andere-zin-2026');
    await page.getByText('De twee wachtwoorden zijn niet gelijk.').waitFor();

    await send('password123', 'password123');
    await page.getByText('Dit wachtwoord is te bekend en makkelijk te raden. Kies een ander.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'too-common');

    await send('een-eigen-zin-2026', 'een-eigen-zin-2026');
    await page.waitForURL((url) => url.pathname === '/');
    // On a phone the name is behind the menu: in the page, not on screen.
    await page.getByText('Ingelogd als Eerste Beheerder').waitFor({ state: 'attached' });
    await shot(page, 'signed-in');
    await context.close();
  });

  it('a used link says so, in Dutch and in English', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      baseURL,
    });
    const page = await context.newPage();
    await page.goto(link.slice(baseURL.length));
    await page.getByLabel('Nieuw wachtwoord').fill('nog-een-eigen-zin-2026');
    await page.getByLabel('Herhaal het wachtwoord').fill('nog-een-eigen-zin-2026');
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByRole('alert').getByText('Deze link is al gebruikt.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set your password' }).waitFor();
    await page.getByRole('alert').getByText('This link has been used already.', { exact: false }).waitFor();
    await page.getByText('has at least 8 and at most 128 characters;').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await screenshots('first-run')(page, 'used-link-english');
    await context.close();
  });
});
