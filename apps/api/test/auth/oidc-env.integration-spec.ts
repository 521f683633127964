import { hashPassword } from '../../src/auth/password.js';
import { TestOidcProvider, throughProvider } from '../support/oidc-provider.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DOMAIN = 'rijk-oidc.nl';
// The provider must know the app's callback before the app starts (OIDC_PROVIDERS is read at start), so the
// app's public address is fixed here.
const PUBLIC_URL = 'http://werkplaats-env.test';
const ME = `{ me { id email name } }`;
const PROVIDERS_FOR = `query($email: String!, $slug: String) { signInProviders(email: $email, workshopSlug: $slug) { id label required } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`;

describe('a deployment-wide work-account provider (OIDC_PROVIDERS), against a real provider on loopback', () => {
  let t: TestApp;
  let idp: TestOidcProvider;

  beforeAll(async () => {
    idp = await TestOidcProvider.start(`${PUBLIC_URL}/auth/oidc/callback`);
    t = await startTestApp({
      demo: true,
      env: {
        PUBLIC_URL,
        OIDC_PROVIDERS: JSON.stringify([
          {
            id: 'rijk',
            label: 'Rijksaccount',
            issuer: idp.issuer,
            clientId: idp.clientId,
            clientSecret: idp.clientSecret,
            domains: [DOMAIN],
            requiredForDomains: true,
          },
        ]),
      },
    });
  });
  afterAll(async () => {
    await idp?.close();
    await t?.close();
  });

  it('is offered for its domain in every werkplaats and outside one, and for no other domain', async () => {
    const visitor = t.client();
    const offered = [{ id: 'env:rijk', label: 'Rijksaccount', required: true }];
    expect((await visitor.ok(PROVIDERS_FOR, { email: `iemand@${DOMAIN}` })).signInProviders).toEqual(offered);
    expect(
      (await visitor.ok(PROVIDERS_FOR, { email: `iemand@${DOMAIN}`, slug: 'arnhem-nijmegen' }))
        .signInProviders,
    ).toEqual(offered);
    expect((await visitor.ok(PROVIDERS_FOR, { email: 'iemand@example.nl' })).signInProviders).toEqual([]);
  });

  it('signs in through it (a new account), and signing out gives its logout address', async () => {
    idp.addAccount({ sub: 'rijk-1', email: `roos@${DOMAIN}`, name: 'Roos Rijk' });
    idp.signInAs('rijk-1');
    const browser = t.client();
    const start = await browser.getText(
      `/auth/oidc/env:rijk/start?terug=${encodeURIComponent('/mijn-gegevens')}`,
    );
    expect(start.status).toBe(303);
    const location = String(start.headers['location']);
    expect(location.startsWith(`${idp.issuer}/auth?`)).toBe(true);
    const back = await browser.getText(await throughProvider(location, PUBLIC_URL));
    expect(back.status).toBe(303);
    expect(back.headers['location']).toBe('/mijn-gegevens');
    expect((await browser.ok(ME)).me).toMatchObject({ email: `roos@${DOMAIN}`, name: 'Roos Rijk' });

    const out = await browser.ok(`{ providerLogout { url label } }`);
    expect(out.providerLogout).toMatchObject({ label: 'Rijksaccount' });
    expect(String(out.providerLogout.url).startsWith(`${idp.issuer}/session/end?`)).toBe(true);
    expect((await browser.ok(`mutation { signOut }`)).signOut).toBe(true);
    expect((await browser.ok(ME)).me).toBeNull();
  });

  it('refuses password sign-in for the domain it is required for', async () => {
    const email = `wachtwoord@${DOMAIN}`;
    await t.prisma.user.create({
      data: { email, name: 'Wim Wachtwoord', passwordHash: await hashPassword('een-eigen-wachtwoord') },
    });
    const refused = await t.client().query(SIGN_IN, { email, password: 'een-eigen-wachtwoord' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OIDC_REQUIRED' });
  });
});
