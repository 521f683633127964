import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { graphql, mainJs, start, stop, type Running } from '../support/built-app.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server.js';

// `werkplaats setup` as an operator runs it on day one: the built CLI as a child process on an empty database
// (real Postgres when TEST_DATABASE_URL is set, else the embedded one in a data folder of its own), then the
// production build started on it without the demo data, and each first beheerder following their printed link.
const here = dirname(fileURLToPath(import.meta.url));
const cliJs = resolve(here, '../../dist/cli/werkplaats.js');
const fictional = join(here, 'zuiderkwartier.werkgebied.json');
const realDatabase = process.env.TEST_DATABASE_URL;
const PUBLIC_URL = 'https://werkplaats.example.nl';

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ARNHEM_NIJMEGEN = [
  '--name',
  'Werkplaats Sociaal Domein Arnhem-Nijmegen',
  '--slug',
  'arnhem-nijmegen',
  '--region',
  'Arnhem-Nijmegen',
  '--werkgebied',
  'arnhem-nijmegen',
  '--beheerder-email',
  'Anne.Beheer@Example.nl',
  '--beheerder-name',
  'Anne Beheer',
];
const ZUIDERKWARTIER = [
  '--name',
  'Werkplaats Sociaal Domein Zuiderkwartier',
  '--slug',
  'zuiderkwartier',
  '--region',
  'Zuiderkwartier',
  '--werkgebied',
  fictional,
  '--beheerder-email',
  'bram@zuiderkwartier.example',
  '--beheerder-name',
  'Bram Zuid',
];

const ME = `{ me { name email workshopRoles { role workshop { slug name region } } } }`;
const SET_PASSWORD = `mutation($token: String!, $password: String!) {
  setPasswordWithToken(token: $token, password: $password) { name }
}`;

function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token') ?? '';
}

function linkIn(output: string): string {
  const match = new RegExp(
    `^${PUBLIC_URL.replace(/\./g, '\\.')}/wachtwoord-instellen\\?token=\\S+$`,
    'm',
  ).exec(output);
  if (!match) throw new Error(`no link in: ${output}`);
  return match[0];
}

describe(`werkplaats setup on an empty ${realDatabase ? 'real Postgres' : 'embedded'} database`, () => {
  let workDir: string;
  let env: Record<string, string | undefined>;
  let dropDatabase: (() => Promise<void>) | undefined;
  let running: Running | undefined;
  let smtp: TestSmtpServer;

  /** The built CLI, as `pnpm werkplaats` runs it. */
  function cli(args: string[]): Promise<Ran> {
    const child = spawn(process.execPath, [cliJs, ...args], {
      cwd: workDir,
      env: { ...process.env, TEST_DATABASE_URL: undefined, DATABASE_URL: undefined, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((done) => child.on('exit', (code) => done({ code, stdout, stderr })));
  }

  beforeAll(async () => {
    for (const file of [cliJs, mainJs]) {
      if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm build\` first`);
    }
    workDir = mkdtempSync(join(tmpdir(), 'werkplaats-setup-'));
    // Production sends mail: the CLI queues each link to its beheerder, and the server sends it.
    smtp = await startSmtpServer();
    env = { NODE_ENV: 'production', PUBLIC_URL, LOG_LEVEL: 'error', SMTP_URL: smtp.url };
    if (realDatabase) {
      // Empty: not the migrated template the other tests clone; setup applies the migrations itself.
      const name = `werkplaats_setup_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: realDatabase });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const url = new URL(realDatabase);
      url.pathname = `/${name}`;
      env.DATABASE_URL = url.toString();
      dropDatabase = async () => {
        const client = new pg.Client({ connectionString: realDatabase });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      };
    } else {
      env.DATA_DIR = join(workDir, 'data');
    }
  });

  afterAll(async () => {
    if (running) await stop(running);
    await smtp?.close();
    await dropDatabase?.();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('sets up two werkplaatsen, idempotently, refuses what it cannot do, and each first beheerder gets in through their link', async () => {
    const help = await cli(['setup', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pnpm werkplaats setup/);
    expect(help.stdout).toContain('--beheerder-email');

    // Refused before the database is opened: one sentence on stderr, a non-zero exit, nothing made.
    const refusals: [string[], RegExp][] = [
      [
        ARNHEM_NIJMEGEN.map((a) => (a === 'arnhem-nijmegen' ? 'Arnhem_Nijmegen' : a)),
        /--slug must be lower-case letters/,
      ],
      [
        ARNHEM_NIJMEGEN.slice(0, 8),
        /^werkplaats: Missing --beheerder-email, --beheerder-name; see --help\.$/,
      ],
      [ARNHEM_NIJMEGEN.map((a) => (a === 'Anne.Beheer@Example.nl' ? 'geen-adres' : a)), /--beheerder-email/],
    ];
    const wrongShape = join(workDir, 'wrong-shape.json');
    writeFileSync(wrongShape, JSON.stringify({ gemeenten: [{ naam: 'Nijmegen' }] }));
    refusals.push([
      ZUIDERKWARTIER.map((a) => (a === fictional ? wrongShape : a)),
      /is not of the expected shape: municipalities/,
    ]);
    for (const [args, message] of refusals) {
      const refused = await cli(['setup', ...args]);
      expect(refused.code).not.toBe(0);
      expect(refused.stdout).toBe('');
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr.trim()).toMatch(message);
    }

    const first = await cli(['setup', ...ARNHEM_NIJMEGEN]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Applied \d+ migration\(s\)\.$/m);
    expect(first.stdout).toContain(
      'Created werkplaats arnhem-nijmegen ("Werkplaats Sociaal Domein Arnhem-Nijmegen", Arnhem-Nijmegen) with 10 gemeente(n) and 4 kern(en).',
    );
    expect(first.stdout).toContain('anne.beheer@example.nl is beheerder of arnhem-nijmegen.');
    expect(first.stdout).toContain('It is queued to anne.beheer@example.nl by mail as well');
    const annesFirstLink = linkIn(first.stdout);

    const second = await cli(['setup', ...ZUIDERKWARTIER]);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toMatch(/migration\(s\)/);
    expect(second.stdout).toContain('with 3 gemeente(n) and 2 kern(en).');
    const bramsFirstLink = linkIn(second.stdout);

    // Again with the same slug: nothing changes, and it says so; no link unless asked for.
    const again = await cli(['setup', ...ARNHEM_NIJMEGEN]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      'Werkplaats arnhem-nijmegen ("Werkplaats Sociaal Domein Arnhem-Nijmegen") exists already; nothing changed.',
    );
    expect(again.stdout).toContain('run this again with --new-link');
    expect(again.stdout).not.toContain('wachtwoord-instellen');

    // A new link when asked; it replaces the one before.
    const newLink = await cli(['setup', ...ZUIDERKWARTIER, '--new-link']);
    expect(newLink.code).toBe(0);
    expect(newLink.stdout).toContain('exists already; nothing changed.');
    const bramsLink = linkIn(newLink.stdout);
    expect(bramsLink).not.toBe(bramsFirstLink);

    // An address that is beheerder elsewhere may be one here too; it is said.
    const third = await cli([
      'setup',
      ...ZUIDERKWARTIER.map((a) =>
        a === 'zuiderkwartier'
          ? 'proefregio'
          : a === 'bram@zuiderkwartier.example'
            ? 'anne.beheer@example.nl'
            : a,
      ),
    ]);
    expect(third.code).toBe(0);
    expect(third.stdout).toContain(
      'anne.beheer@example.nl has an account already (kept as it is) and is beheerder of arnhem-nijmegen too.',
    );
    // Anne has no password yet, so she gets a new link (which replaces her first).
    const annesLink = linkIn(third.stdout);

    // The production build, without the demo data.
    running = await start({ ...env, DEMO_DATA: undefined, LOG_LEVEL: 'info' });
    expect(running.output()).not.toMatch(/Demo accounts/);
    const workshops = await graphql(
      running.url,
      '{ workshops { slug name region } nationalThemes { name } }',
    );
    expect(workshops.data.workshops).toEqual(
      expect.arrayContaining([
        {
          slug: 'arnhem-nijmegen',
          name: 'Werkplaats Sociaal Domein Arnhem-Nijmegen',
          region: 'Arnhem-Nijmegen',
        },
        {
          slug: 'zuiderkwartier',
          name: 'Werkplaats Sociaal Domein Zuiderkwartier',
          region: 'Zuiderkwartier',
        },
      ]),
    );
    expect(workshops.data.workshops).toHaveLength(3);
    // The reference data is there without the demo.
    expect(workshops.data.nationalThemes.map((t: { name: string }) => t.name).sort()).toEqual([
      'Armoede',
      'Ervaringsdeskundigheid',
      'Lerende praktijken',
      'Sociale basis',
    ]);

    // The server sends what the command line queued: each link to its beheerder, from the werkplaats.
    const mailed = await smtp.waitFor((m) => m.text.includes(annesLink));
    expect(mailed.to).toBe('anne.beheer@example.nl');
    expect(mailed.subject).toBe('Je account bij Werkplaats Sociaal Domein Zuiderkwartier');
    expect(mailed.text).toContain(
      'Je bent de eerste beheerder van Werkplaats Sociaal Domein Zuiderkwartier.',
    );
    const annesFirstMail = await smtp.waitFor((m) => m.text.includes(annesFirstLink));
    expect(annesFirstMail.from.name).toBe('Werkplaats Sociaal Domein Arnhem-Nijmegen');
    await smtp.waitFor((m) => m.to === 'bram@zuiderkwartier.example' && m.text.includes(bramsLink));

    // Replaced links no longer work.
    for (const stale of [annesFirstLink, bramsFirstLink]) {
      const refused = await graphql(running.url, SET_PASSWORD, {
        token: tokenOf(stale),
        password: 'een-goed-wachtwoord-1',
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    }

    const beheerders = [
      { link: annesLink, email: 'anne.beheer@example.nl', name: 'Anne Beheer', slug: 'arnhem-nijmegen' },
      { link: bramsLink, email: 'bram@zuiderkwartier.example', name: 'Bram Zuid', slug: 'zuiderkwartier' },
    ];
    for (const b of beheerders) {
      const password = `eigen-wachtwoord-van-${b.name.split(' ')[0]}`;
      const jar: { cookie?: string } = {};
      const set = await graphql(running.url, SET_PASSWORD, { token: tokenOf(b.link), password }, jar);
      expect(set.errors).toBeUndefined();
      expect(set.data.setPasswordWithToken.name).toBe(b.name);
      // Signed in by the link.
      const viaLink = await graphql(running.url, ME, {}, jar);
      expect(viaLink.data.me.email).toBe(b.email);
      // The link works once.
      const reused = await graphql(running.url, SET_PASSWORD, { token: tokenOf(b.link), password });
      expect(reused.errors?.[0]?.message).toMatch(/used already/);

      // And the password signs in from now on; `me` shows the beheerder role of their own werkplaats.
      const fresh: { cookie?: string } = {};
      const signIn = await graphql(
        running.url,
        `
          mutation ($e: String!, $p: String!) {
            signIn(email: $e, password: $p) {
              name
            }
          }
        `,
        { e: b.email, p: password },
        fresh,
      );
      expect(signIn.errors).toBeUndefined();
      const me = await graphql(running.url, ME, {}, fresh);
      expect(me.data.me.workshopRoles).toContainEqual({
        role: 'ADMIN',
        workshop: expect.objectContaining({ slug: b.slug }),
      });
    }
    const bram = await graphql(running.url, ME, {}, {});
    expect(bram.data.me).toBeNull();
    // Eight runs of the CLI and a production server, each a process of its own, the first applying every migration to
    // an empty embedded database: minutes on a busy two-core runner, so more than the suite's two.
  }, 300_000);
});
