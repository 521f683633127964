import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { TestOidcProvider } from '../../api/test/support/oidc-provider';
import { DEMO, DEMO_PASSWORD, api, axeViolations, launchBrowser, screenshots } from './support/browser';

const here = fileURLToPath(new URL('.', import.meta.url));
// The provider sends the browser back to the app's PUBLIC_URL, so this journey runs its own app on a known port.
const PORT = Number(process.env.WORK_ACCOUNT_E2E_PORT ?? 3251);
const APP = `http://127.0.0.1:${PORT}`;
const DOMAIN = 'gemeente-e2e.nl';

async function startApp(): Promise<{ child: ChildProcess; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-e2e-oidc-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    PUBLIC_URL: APP,
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_RATE_LIMIT_PER_IP: '100000',
    AUTH_RATE_LIMIT_PER_ACCOUNT: '100000',
    AUTH_RATE_LIMIT_PER_ACCOUNT_ALL_SOURCES: '100000',
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  const child = spawn(process.execPath, [resolve(here, '../../api/dist/main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ready, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready at http/.test(output)) ready();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`The app stopped (exit ${code}):\n${output}`)));
  });
  return { child, dataDir };
}

describe('signing in with a work account (the whole redirect journey, against a real provider)', () => {
  let browser: Browser;
  let app: { child: ChildProcess; dataDir: string };
  let idp: TestOidcProvider;

  beforeAll(async () => {
    [browser, app, idp] = await Promise.all([
      launchBrowser(),
      startApp(),
      TestOidcProvider.start(`${APP}/auth/oidc/callback`),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await idp?.close();
    app?.child.kill('SIGTERM');
    if (app) rmSync(app.dataDir, { recursive: true, force: true });
  });

  it('a beheerder sets up the provider; a person types their address, takes the work-account button, and is signed in', async () => {
    const shot = screenshots('work-account');
    // The beheerder sets the provider up in /beheer/werkaccounts.
    const admin = await browser.newContext({ locale: 'nl-NL', baseURL: APP });
    const adminPage = await admin.newPage();
    await api(admin, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
      e: DEMO.admin,
      p: DEMO_PASSWORD,
    });
    await adminPage.goto('/w/arnhem-nijmegen/beheer/werkaccounts');
    await adminPage.getByRole('heading', { name: 'Inloggen met een werkaccount' }).waitFor();
    await adminPage.getByLabel('Tekst op de knop').fill('Gemeente-account');
    await adminPage.getByLabel('Issuer-adres').fill(idp.issuer);
    await adminPage.getByLabel('Client-id').fill(idp.clientId);
    await adminPage.getByLabel('Client-secret').fill(idp.clientSecret);
    await adminPage.getByLabel('E-maildomeinen').fill(DOMAIN);
    // A login through it makes a person a confirmed member of the gemeente.
    await adminPage.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Gemeente Nijmegen' });
    // And a login whose ID token puts it in the wijkteam group counts for a second organisation.
    await adminPage.getByRole('button', { name: 'Regel toevoegen' }).click();
    const rule = adminPage.getByRole('group', { name: 'Regel 1' });
    await rule.getByLabel('Soort regel').selectOption({ label: 'Claim in het ID-token' });
    await rule.getByLabel('Naam van de claim').fill('groups');
    await rule.getByLabel('Waarde').fill('wijkteam');
    await rule.getByLabel('Organisatie').selectOption({ index: 1 });
    const ruleOrganisation = await rule
      .getByLabel('Organisatie')
      .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.text);
    expect(await axeViolations(adminPage)).toEqual([]);
    await adminPage.getByRole('button', { name: 'Opslaan' }).click();
    await adminPage.getByText('Gemeente-account is opgeslagen.').waitFor();
    await adminPage.getByText('Organisatie: Gemeente Nijmegen').waitFor();
    await adminPage.getByText(`Claim groups = wijkteam: ${ruleOrganisation}`).waitFor();
    expect(await axeViolations(adminPage)).toEqual([]);
    await shot(adminPage, 'beheer');

    // A person of that gemeente signs in for the first time.
    idp.addAccount({ sub: 'e2e-1', email: `fatima@${DOMAIN}`, name: 'Fatima El Amrani' });
    idp.signInAs('e2e-1');
    const context = await browser.newContext({ locale: 'nl-NL', baseURL: APP });
    const page = await context.newPage();
    await page.goto('/inloggen?terug=%2Fw%2Farnhem-nijmegen');
    await page.getByLabel('E-mailadres').fill(`fatima@${DOMAIN}`);
    const button = page.getByRole('link', { name: 'Inloggen met Gemeente-account' });
    await button.waitFor();
    await page.getByRole('heading', { name: 'Inloggen met je werkaccount' }).waitFor();
    // The work account comes before the password.
    const order = await page.evaluate(() => {
      const link = document.querySelector('a[href^="/auth/oidc/"]');
      const password = document.querySelector('input[type="password"]');
      return link && password ? link.compareDocumentPosition(password) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'sign-in-offers-work-account');
    await button.click();
    // Off to the provider and back: signed in, on the page it started from.
    await page.waitForURL(`${APP}/w/arnhem-nijmegen`);
    await page.getByText(/Ingelogd als/).waitFor({ state: 'attached' });
    await shot(page, 'signed-in');

    // The profile lists the linked work account.
    await page.goto('/mijn-gegevens');
    await page.getByRole('heading', { name: 'Gekoppelde werkaccounts' }).waitFor();
    await page.getByText('Gemeente-account', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'profile');

    // Signing out ends the werkplaats session at once, then offers the provider's logout.
    await page.getByRole('button', { name: 'Ingelogd als Fatima El Amrani' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    const providerLogout = page.getByRole('link', { name: 'Ook uitloggen bij Gemeente-account' });
    await providerLogout.waitFor();
    await page.getByText('Je bent uitgelogd bij de werkplaats.').waitFor();
    expect((await api<{ me: unknown }>(context, '{ me { id } }')).me).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'signed-out-provider-logout');
    await providerLogout.click();
    // The provider asks to confirm and sends the person back to the werkplaats's front page.
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${APP}/`);
    await page.getByRole('link', { name: 'Inloggen' }).first().waitFor();
  });

  it('a first login with an address that has a password account asks for that password, then links and signs in', async () => {
    idp.addAccount({ sub: 'e2e-arena', email: DEMO.arena, name: 'Arena' });
    // The demo's arena member has a password account; their organisation's provider now serves that domain too.
    const admin = await browser.newContext({ locale: 'nl-NL', baseURL: APP });
    await api(admin, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
      e: DEMO.admin,
      p: DEMO_PASSWORD,
    });
    const workshopId = (
      await api<{ workshop: { id: string } }>(admin, 'query { workshop(slug: "arnhem-nijmegen") { id } }')
    ).workshop.id;
    const [provider] = (
      await api<{ oidcProviders: { id: string }[] }>(
        admin,
        'query($w: ID!) { oidcProviders(workshopId: $w) { id } }',
        {
          w: workshopId,
        },
      )
    ).oidcProviders;
    await api(
      admin,
      'mutation($w: ID!, $id: ID, $i: OidcProviderInput!) { saveOidcProvider(workshopId: $w, id: $id, input: $i) { id } }',
      {
        w: workshopId,
        id: provider!.id,
        i: {
          label: 'Gemeente-account',
          issuer: idp.issuer,
          clientId: idp.clientId,
          domains: [DOMAIN, 'demo.werkplaats.nl'],
          requiredForDomains: false,
        },
      },
    );

    idp.signInAs('e2e-arena');
    const context = await browser.newContext({ locale: 'nl-NL', baseURL: APP });
    const page = await context.newPage();
    await page.goto('/inloggen?terug=%2Fw%2Farnhem-nijmegen');
    await page.getByLabel('E-mailadres').fill(DEMO.arena);
    await page.getByRole('link', { name: 'Inloggen met Gemeente-account' }).click();
    await page.waitForURL(/\/inloggen\/koppelen\?token=/);
    await page.getByRole('heading', { name: 'Werkaccount koppelen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Koppelen en inloggen' }).click();
    await page.getByText('Dit wachtwoord klopt niet.').waitFor();
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Koppelen en inloggen' }).click();
    await page.waitForURL(`${APP}/`);
    await page.getByText(/Ingelogd als/).waitFor({ state: 'attached' });
  });
});
