import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql, mainJs, run, start, stop } from '../support/built-app.js';
import { createTestDatabase } from '../support/test-database.js';

// Each integration run starts the app on its own kind of database: the embedded run as a newcomer meets it
// (`pnpm start`; with it the checks of the environment, which need no database), the real-Postgres run as
// production meets it (DATABASE_URL).
const realDatabase = process.env.TEST_DATABASE_URL;

if (realDatabase) {
  describe('starting the app on real Postgres', () => {
    it('successful-start: migrates, seeds the demo data only when asked, and keeps data across a restart', async () => {
      const database = await createTestDatabase();
      try {
        const plain = await start({ DATABASE_URL: database.url });
        expect(plain.output()).not.toMatch(/Demo accounts/);
        expect((await fetch(`${plain.url}/healthz`)).status).toBe(200);
        const empty = await graphql(plain.url, '{ socialIssues(first: 50) { totalCount } }');
        expect(empty.data.socialIssues.totalCount).toBe(0);
        await stop(plain);

        const demo = await start({ DATABASE_URL: database.url, DEMO_DATA: 'true' });
        expect(demo.output()).toMatch(/^Demo accounts \(password werkplaats-demo\): /m);
        const agenda = await graphql(demo.url, '{ socialIssues(first: 50) { totalCount } }');
        expect(agenda.data.socialIssues.totalCount).toBeGreaterThanOrEqual(5);
        const signUp = await graphql(
          demo.url,
          'mutation { signUp(input: { email: "blijft@example.nl", password: "blijft-bewaard", name: "Blijft" }) }',
        );
        expect(signUp.errors).toBeUndefined();
        await stop(demo);

        const again = await start({ DATABASE_URL: database.url, DEMO_DATA: 'true' });
        const signIn = await graphql(
          again.url,
          'mutation { signIn(email: "blijft@example.nl", password: "blijft-bewaard") { name } }',
        );
        expect(signIn.data.signIn.name).toBe('Blijft');
        const count = await graphql(again.url, '{ socialIssues(first: 50) { totalCount } }');
        expect(count.data.socialIssues.totalCount).toBe(agenda.data.socialIssues.totalCount);
        await stop(again);
      } finally {
        await database.dispose();
      }
    }, 300_000);
  });
} else {
  describe('starting the app', () => {
    let dataDir: string;
    beforeAll(() => {
      if (!existsSync(mainJs)) throw new Error('apps/api/dist/main.js is missing: run `pnpm build` first');
    });
    beforeEach(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-start-'));
    });
    afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

    it('successful-start: serves demo data on the embedded database, prints the URL, and keeps data across a restart', async () => {
      const first = await start({ DATA_DIR: dataDir });
      expect(first.url).toMatch(/^http:\/\/localhost:\d+$/);
      // Whoever started it learns how to get in.
      expect(first.output()).toMatch(
        /^Demo accounts \(password werkplaats-demo\): beheer@demo\.werkplaats\.nl, commissie@demo\.werkplaats\.nl, trekker@demo\.werkplaats\.nl, arena@demo\.werkplaats\.nl, tribune@demo\.werkplaats\.nl; who is who: README\.md, "Demo accounts"\.$/m,
      );
      expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
      const agenda = await graphql(first.url, '{ socialIssues(first: 50) { totalCount } }');
      expect(agenda.data.socialIssues.totalCount).toBeGreaterThanOrEqual(5);
      const signedIn = await graphql(
        first.url,
        'mutation { signIn(email: "trekker@demo.werkplaats.nl", password: "werkplaats-demo") { name } }',
      );
      expect(signedIn.errors).toBeUndefined();
      const signUp = await graphql(
        first.url,
        'mutation { signUp(input: { email: "blijft@example.nl", password: "blijft-bewaard", name: "Blijft" }) }',
      );
      expect(signUp.errors).toBeUndefined();

      // A second process on the same data folder is refused while the first runs.
      const second = run({ DATA_DIR: dataDir, PORT: '0' });
      const refused = await second.done;
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/^Werkplaats cannot start: Another Werkplaats process/m);
      await stop(first);

      const again = await start({ DATA_DIR: dataDir });
      const signIn = await graphql(
        again.url,
        'mutation { signIn(email: "blijft@example.nl", password: "blijft-bewaard") { name } }',
      );
      expect(signIn.data.signIn.name).toBe('Blijft');
      // The demo data is seeded once, not again.
      const count = await graphql(again.url, '{ socialIssues(first: 50) { totalCount } }');
      expect(count.data.socialIssues.totalCount).toBe(agenda.data.socialIssues.totalCount);
      await stop(again);
      // Two cold starts of the embedded database (migrate, seed, restart): minutes on a busy two-core machine.
    }, 300_000);

    it('stopping: SIGTERM lets the requests in flight finish; clients that keep asking get answers or a closed door, never an error', async () => {
      const running = await start({ DATA_DIR: dataDir });
      const query =
        '{ socialIssues(first: 50) { totalCount edges { node { title ateliers { title trekker { name } } } } } }';
      const answered: string[] = [];
      let stopped = false;
      // Ten clients asking one after the other on kept-alive connections, as browsers behind a proxy do, until the
      // server no longer takes their connection.
      const clients = Array.from({ length: 10 }, async () => {
        while (!stopped) {
          let response: Response;
          try {
            response = await fetch(`${running.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query }),
            });
          } catch {
            return; // refused or closed before the request was taken: the client tries another replica
          }
          const body = (await response.json()) as { errors?: { message: string }[] };
          answered.push(`${response.status} ${body.errors?.[0]?.message ?? 'ok'}`);
        }
      });
      // Under way before the signal: ten answers in (whatever the machine's speed), and each client asking again.
      while (answered.length < 10) await new Promise((r) => setTimeout(r, 20));
      const exited = new Promise<number | null>((r) => running.child.on('exit', (code) => r(code)));
      running.child.kill('SIGTERM');
      const code = await exited;
      stopped = true;
      await Promise.all(clients);
      // The requests in flight when the signal came were answered too.
      expect(answered.length).toBeGreaterThan(10);
      expect(answered.filter((a) => a !== '200 ok')).toEqual([]);
      expect(code).toBe(0);
    });

    it.each([
      [
        { DATABASE_URL: 'mysql://nope' },
        /^Werkplaats cannot start: DATABASE_URL must be a postgresql:\/\/ URL with a host/m,
      ],
      [
        { PORT: 'zeventig' },
        /^Werkplaats cannot start: PORT must be a port number from 0 to 65535, not "zeventig"$/m,
      ],
      [
        { DATABASE_IDLE_TIMEOUT_MS: '-1' },
        /^Werkplaats cannot start: DATABASE_IDLE_TIMEOUT_MS must be a whole number/m,
      ],
      [
        // Any free port, so the database is what stops it, whatever else runs on this machine.
        { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/none', PORT: '0' },
        /^Werkplaats cannot start: Cannot reach the database at 127\.0\.0\.1:1\/none/m,
      ],
    ])('failing-start: %o stops with one clear line', async (env, message) => {
      const { done } = run({ DATA_DIR: dataDir, ...env });
      const { code, output } = await done;
      expect(code).toBe(1);
      expect(output).toMatch(message);
      expect(output).not.toMatch(/\n\s+at /);
    });

    it('failing-start: a port in use stops with one clear line', async () => {
      const blocker = createServer();
      await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
      const port = (blocker.address() as { port: number }).port;
      const { done } = run({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });
      const { code, output } = await done;
      blocker.close();
      expect(code).toBe(1);
      // One line, said before the database was opened, migrated or seeded (the data folder is untouched).
      expect(output.trim().split('\n')).toEqual([
        `Werkplaats cannot start: Port ${port} is in use; stop what uses it or set PORT to another port`,
      ]);
      expect(readdirSync(dataDir)).toEqual([]);
    });
  });
}
