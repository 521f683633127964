import { generateKeyPairSync } from 'node:crypto';
import { hashPassword } from '../../src/auth/password.js';
import { DEMO, DEMO_PASSWORD, gid, secondWorkshop, type SecondWorkshop } from '../factories/fixtures.js';
import { TestOidcProvider, throughProvider } from '../support/oidc-provider.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const ME = `{ me { id email name } }`;
const SAVE = `mutation($workshopId: ID!, $id: ID, $input: OidcProviderInput!) {
  saveOidcProvider(workshopId: $workshopId, id: $id, input: $input) { id label issuer clientId domains requiredForDomains redirectUri }
}`;
const PROVIDERS_FOR = `query($email: String!, $slug: String) { signInProviders(email: $email, workshopSlug: $slug) { id label required } }`;
const LINK = `mutation($token: String!, $password: String!) { linkOidcLogin(token: $token, password: $password) { id email } }`;
const LINKED = `{ myLinkedLogins { id label issuer } }`;
const REMOVE = `mutation($id: ID!) { removeLinkedLogin(id: $id) }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`;

const DOMAIN = 'gemeente-oidc.nl';

function sessionCookieOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const cookies = headers['set-cookie'];
  const list = Array.isArray(cookies) ? cookies : cookies ? [cookies] : [];
  return list.find((c) => c.startsWith('werkplaats_session=') && !c.startsWith('werkplaats_session=;'));
}

describe('sign-in with a work account (OpenID Connect, against a real provider on loopback)', () => {
  let t: TestApp;
  let idp: TestOidcProvider;
  let providerId: string;
  let demoWorkshop: { id: string; slug: string };
  let other: SecondWorkshop;
  const appOrigin = () => t.config.publicUrl;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    idp = await TestOidcProvider.start(`${t.config.publicUrl}/auth/oidc/callback`);
    demoWorkshop = await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } });
    other = await secondWorkshop(t.prisma);
    const admin = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    const saved = await admin.ok<{ saveOidcProvider: { id: string; redirectUri: string } }>(SAVE, {
      workshopId: gid('Workshop', demoWorkshop.id),
      input: {
        label: 'Gemeente-account',
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        domains: [DOMAIN],
        requiredForDomains: false,
      },
    });
    providerId = saved.saveOidcProvider.id;
    expect(saved.saveOidcProvider.redirectUri).toBe(`${t.config.publicUrl}/auth/oidc/callback`);
  });
  afterAll(async () => {
    await idp?.close();
    await t?.close();
  });

  /** Starts at the app, goes through the provider as `sub`, and returns the callback's path for the app. */
  async function toCallback(browser: GraphQLClient, sub: string, slug = demoWorkshop.slug): Promise<string> {
    idp.signInAs(sub);
    const start = await browser.getText(
      `/auth/oidc/${providerId}/start?werkplaats=${slug}&terug=${encodeURIComponent('/w/arnhem-nijmegen/tribune')}`,
    );
    expect(start.status).toBe(303);
    const location = String(start.headers['location']);
    expect(location.startsWith(`${idp.issuer}/auth?`)).toBe(true);
    const params = new URL(location).searchParams;
    // Authorization code flow with PKCE (S256), state and nonce.
    expect(params.get('response_type')).toBe('code');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toBeTruthy();
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
    return throughProvider(location, appOrigin());
  }

  it('keeps the client secret encrypted at rest and never sends it out', async () => {
    const row = await t.prisma.oidcProvider.findUniqueOrThrow({ where: { id: providerId } });
    expect(row.clientSecretEnc.startsWith('v1.')).toBe(true);
    expect(row.clientSecretEnc).not.toContain(idp.clientSecret);
    const admin = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    const listed = await admin.query(`query($w: ID!) { oidcProviders(workshopId: $w) { id clientId } }`, {
      w: gid('Workshop', demoWorkshop.id),
    });
    expect(JSON.stringify(listed)).not.toContain(idp.clientSecret);
    expect(listed.data.oidcProviders).toEqual([{ id: providerId, clientId: idp.clientId }]);
  });

  it('a first login with a new address makes an account, signs in and comes back where it started', async () => {
    idp.addAccount({ sub: 'new-1', email: `nieuw@${DOMAIN}`, name: 'Noor Nieuw' });
    const browser = t.client();
    const callback = await toCallback(browser, 'new-1');
    const back = await browser.getText(callback);
    expect(back.status).toBe(303);
    expect(back.headers['location']).toBe('/w/arnhem-nijmegen/tribune');
    expect(sessionCookieOf(back.headers)).toMatch(/HttpOnly/i);
    expect((await browser.ok(ME)).me).toMatchObject({ email: `nieuw@${DOMAIN}`, name: 'Noor Nieuw' });
    const linked = await browser.ok(LINKED);
    expect(linked.myLinkedLogins).toEqual([
      expect.objectContaining({ label: 'Gemeente-account', issuer: idp.issuer }),
    ]);

    // The same login again: the same account, a new session (rotated).
    const again = t.client();
    const second = await again.getText(await toCallback(again, 'new-1'));
    expect(sessionCookieOf(second.headers)).toBeDefined();
    expect((await again.ok(ME)).me.email).toBe(`nieuw@${DOMAIN}`);
    expect(await t.prisma.user.count({ where: { email: `nieuw@${DOMAIN}` } })).toBe(1);

    // The only way in of this account cannot be removed.
    const removal = await browser.query(REMOVE, { id: linked.myLinkedLogins[0].id });
    expect(removal.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_SIGN_IN' });
  });

  it("before signing out, the session gives its provider's logout address with the ID token as hint; signing out ends it", async () => {
    idp.addAccount({ sub: 'leave-1', email: `vertrek@${DOMAIN}`, name: 'Vera Vertrek' });
    const browser = t.client();
    await browser.getText(await toCallback(browser, 'leave-1'));
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: `vertrek@${DOMAIN}` } });
    // The ID token is kept server-side, sealed, and only for this session.
    const [session] = await t.prisma.session.findMany({ where: { userId: user.id } });
    expect(session).toMatchObject({ oidcProviderKey: providerId });
    expect(session!.oidcIdTokenEnc?.startsWith('v1.')).toBe(true);

    const asked = await browser.ok(`{ providerLogout { url label } }`);
    expect(asked.providerLogout).toMatchObject({ label: 'Gemeente-account' });
    expect((await browser.ok(`mutation { signOut }`)).signOut).toBe(true);
    expect((await browser.ok(ME)).me).toBeNull();
    expect(await t.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    // Once signed out there is no session left to name a provider.
    expect((await browser.ok(`{ providerLogout { url } }`)).providerLogout).toBeNull();
    const logout = new URL(asked.providerLogout.url);
    expect(`${logout.origin}${logout.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(t.config.publicUrl);
    const hint = logout.searchParams.get('id_token_hint')!;
    const claims = JSON.parse(Buffer.from(hint.split('.')[1]!, 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ iss: idp.issuer, sub: 'leave-1', aud: idp.clientId });

    // The provider accepts it: its logout page asks to confirm (an unknown hint or return address is an error).
    const atProvider = await fetch(logout, { redirect: 'manual' });
    expect(atProvider.status).toBe(200);
    expect(await atProvider.text()).toContain('logout');

    // A password session has no provider to leave.
    const withPassword = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    expect((await withPassword.ok(`{ providerLogout { url label } }`)).providerLogout).toBeNull();
    expect((await t.client().ok(`{ providerLogout { url label } }`)).providerLogout).toBeNull();
  });

  it('a first login with an address that has a password account links only after the password is proven', async () => {
    const email = `bestaand@${DOMAIN}`;
    const password = 'mijn-eigen-wachtwoord';
    const owner = await t.prisma.user.create({
      data: { email, name: 'Bas Bestaand', passwordHash: await hashPassword(password) },
    });
    idp.addAccount({ sub: 'known-1', email, name: 'Bas' });
    const browser = t.client();
    const back = await browser.getText(await toCallback(browser, 'known-1'));
    expect(back.status).toBe(303);
    const location = String(back.headers['location']);
    expect(location).toMatch(/^\/inloggen\/koppelen\?token=/);
    // Not signed in, and nothing linked yet.
    expect(sessionCookieOf(back.headers)).toBeUndefined();
    expect((await browser.ok(ME)).me).toBeNull();
    expect(await t.prisma.oidcIdentity.count({ where: { userId: owner.id } })).toBe(0);
    const token = decodeURIComponent(location.split('token=')[1]!);

    const wrong = await browser.query(LINK, { token, password: 'niet-het-wachtwoord' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await t.prisma.oidcIdentity.count({ where: { userId: owner.id } })).toBe(0);

    const right = await browser.query(LINK, { token, password });
    expect(right.errors).toBeUndefined();
    expect(right.data.linkOidcLogin).toMatchObject({ email });
    expect((await browser.ok(ME)).me.email).toBe(email);
    expect(await t.prisma.oidcIdentity.count({ where: { userId: owner.id } })).toBe(1);

    // The link works once.
    const replay = await t.client().query(LINK, { token, password });
    expect(replay.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'USED' });

    // From now on the work account signs straight in; with a password as well, the login may be removed.
    const later = t.client();
    const direct = await later.getText(await toCallback(later, 'known-1'));
    expect(direct.headers['location']).toBe('/w/arnhem-nijmegen/tribune');
    expect((await later.ok(ME)).me.email).toBe(email);
    const [login] = (await later.ok(LINKED)).myLinkedLogins;
    expect(await later.ok(REMOVE, { id: login.id })).toEqual({ removeLinkedLogin: true });
    expect((await later.ok(LINKED)).myLinkedLogins).toEqual([]);
  });

  describe('refused answers: no session, back to the sign-in page', () => {
    const refusedCases: [string, () => void][] = [
      ['wrong audience', () => (idp.tamper = { claims: (c) => ({ ...c, aud: 'another-client' }) })],
      [
        'expired ID token',
        () =>
          (idp.tamper = {
            claims: (c) => ({
              ...c,
              iat: Math.floor(Date.now() / 1000) - 7200,
              exp: Math.floor(Date.now() / 1000) - 3600,
            }),
          }),
      ],
      [
        'bad signature (another key)',
        () => (idp.tamper = { key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey }),
      ],
      ['wrong nonce', () => (idp.tamper = { claims: (c) => ({ ...c, nonce: 'not-the-nonce' }) })],
      ['wrong issuer', () => (idp.tamper = { claims: (c) => ({ ...c, iss: 'https://elsewhere.example' }) })],
    ];
    it.each(refusedCases)('%s', async (_name, arrange) => {
      idp.addAccount({ sub: 'refused-1', email: `geweigerd@${DOMAIN}`, name: 'Geweigerd' });
      const browser = t.client();
      const callback = await toCallback(browser, 'refused-1');
      arrange();
      const back = await browser.getText(callback);
      // The provider did hand out the changed token: the app refused what it got from the token endpoint.
      expect(idp.tamper).toBeNull();
      expect(back.status).toBe(303);
      expect(back.headers['location']).toBe('/inloggen?werkaccount=geweigerd');
      expect(sessionCookieOf(back.headers)).toBeUndefined();
      expect((await browser.ok(ME)).me).toBeNull();
      expect(await t.prisma.user.count({ where: { email: `geweigerd@${DOMAIN}` } })).toBe(0);
      idp.tamper = null;
    });

    it('replayed state: the second use of a callback opens nothing', async () => {
      idp.addAccount({ sub: 'replay-1', email: `replay@${DOMAIN}`, name: 'Replay' });
      const browser = t.client();
      const callback = await toCallback(browser, 'replay-1');
      expect(sessionCookieOf((await browser.getText(callback)).headers)).toBeDefined();
      // The same browser, the same answer again (its state cookie put back, as a replaying attacker would).
      const replayer = t.client();
      const state = new URL(callback, 'http://x').searchParams.get('state')!;
      const again = await replayer.getText(callback).set('cookie', `werkplaats_oidc=${state}`);
      expect(again.headers['location']).toBe('/inloggen?werkaccount=geweigerd');
      expect(sessionCookieOf(again.headers)).toBeUndefined();
      expect((await replayer.ok(ME)).me).toBeNull();
    });

    it('an answer arriving in another browser than the one that started the login opens nothing (login CSRF)', async () => {
      idp.addAccount({ sub: 'csrf-1', email: `aanvaller@${DOMAIN}`, name: 'Aanvaller' });
      const attacker = t.client();
      const callback = await toCallback(attacker, 'csrf-1');
      const victim = t.client();
      const back = await victim.getText(callback);
      expect(back.headers['location']).toBe('/inloggen?werkaccount=geweigerd');
      expect(sessionCookieOf(back.headers)).toBeUndefined();
      expect((await victim.ok(ME)).me).toBeNull();
    });

    it('a state the app never issued opens nothing', async () => {
      const browser = t.client();
      const back = await browser
        .getText('/auth/oidc/callback?code=abc&state=made-up')
        .set('cookie', 'werkplaats_oidc=made-up');
      expect(back.headers['location']).toBe('/inloggen?werkaccount=geweigerd');
      expect(sessionCookieOf(back.headers)).toBeUndefined();
    });

    it('an address the provider has not verified opens nothing', async () => {
      idp.addAccount({
        sub: 'unverified-1',
        email: `nietgecheckt@${DOMAIN}`,
        name: 'X',
        emailVerified: false,
      });
      const browser = t.client();
      const back = await browser.getText(await toCallback(browser, 'unverified-1'));
      expect(back.headers['location']).toBe('/inloggen?werkaccount=geweigerd');
      expect(sessionCookieOf(back.headers)).toBeUndefined();
    });
  });

  it('a provider of one werkplaats cannot be used in another', async () => {
    const browser = t.client();
    const elsewhere = await browser.getText(
      `/auth/oidc/${providerId}/start?werkplaats=${other.workshop.slug}`,
    );
    expect(elsewhere.status).toBe(404);
    const nowhere = await browser.getText(`/auth/oidc/${providerId}/start`);
    expect(nowhere.status).toBe(404);
    // Nor offered there, while it is offered in its own werkplaats.
    const there = await browser.ok(PROVIDERS_FOR, { email: `iemand@${DOMAIN}`, slug: other.workshop.slug });
    expect(there.signInProviders).toEqual([]);
    const here = await browser.ok(PROVIDERS_FOR, { email: `iemand@${DOMAIN}`, slug: demoWorkshop.slug });
    expect(here.signInProviders).toEqual([{ id: providerId, label: 'Gemeente-account', required: false }]);
    // And the other werkplaats's beheerder can neither see nor change it.
    const otherAdmin = await t.client().signIn(other.people.admin.email, other.password);
    const change = await otherAdmin.query(SAVE, {
      workshopId: gid('Workshop', demoWorkshop.id),
      id: providerId,
      input: {
        label: 'Overgenomen',
        issuer: idp.issuer,
        clientId: 'x',
        domains: [],
        requiredForDomains: false,
      },
    });
    expect(change.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const sideways = await otherAdmin.query(SAVE, {
      workshopId: gid('Workshop', other.workshop.id),
      id: providerId,
      input: {
        label: 'Overgenomen',
        issuer: idp.issuer,
        clientId: 'x',
        domains: [],
        requiredForDomains: false,
      },
    });
    expect(sideways.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await t.prisma.oidcProvider.findUniqueOrThrow({ where: { id: providerId } })).label).toBe(
      'Gemeente-account',
    );
  });

  it('a domain that requires its work account refuses password sign-in with a clear message', async () => {
    const email = `wachtwoord@${DOMAIN}`;
    const password = 'nog-een-wachtwoord';
    await t.prisma.user.create({ data: { email, name: 'Wim', passwordHash: await hashPassword(password) } });
    expect((await t.client().query(SIGN_IN, { email, password })).errors).toBeUndefined();

    const admin = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    await admin.ok(SAVE, {
      workshopId: gid('Workshop', demoWorkshop.id),
      id: providerId,
      input: {
        label: 'Gemeente-account',
        issuer: idp.issuer,
        clientId: idp.clientId,
        domains: [DOMAIN],
        requiredForDomains: true,
      },
    });
    const refused = await t.client().query(SIGN_IN, { email, password });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OIDC_REQUIRED' });
    expect(refused.errors?.[0]?.message).toMatch(/work account/);
    expect(sessionCookieOf(refused.headers)).toBeUndefined();
    // Another domain is not affected; the page offers the provider as the way in.
    expect(
      (await t.client().query(SIGN_IN, { email: DEMO.arena, password: DEMO_PASSWORD })).errors,
    ).toBeUndefined();
    const offered = await t.client().ok(PROVIDERS_FOR, { email, slug: demoWorkshop.slug });
    expect(offered.signInProviders).toEqual([{ id: providerId, label: 'Gemeente-account', required: true }]);
    // The secret was kept when it was left out of the change: logins still work.
    idp.addAccount({ sub: 'after-change', email: `daarna@${DOMAIN}`, name: 'Daarna' });
    const browser = t.client();
    const back = await browser.getText(await toCallback(browser, 'after-change'));
    expect(sessionCookieOf(back.headers)).toBeDefined();
  });

  it('a provider mapped to an organisation makes the login a confirmed membership of it', async () => {
    const organisation = await t.prisma.organisation.findFirstOrThrow({
      where: { workshopId: demoWorkshop.id, status: 'LISTED' },
    });
    const admin = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    await admin.ok(SAVE, {
      workshopId: gid('Workshop', demoWorkshop.id),
      id: providerId,
      input: {
        label: 'Gemeente-account',
        issuer: idp.issuer,
        clientId: idp.clientId,
        domains: [DOMAIN],
        requiredForDomains: true,
        organisationId: gid('Organisation', organisation.id),
      },
    });
    idp.addAccount({ sub: 'member-1', email: `lid@${DOMAIN}`, name: 'Lid' });
    const browser = t.client();
    await browser.getText(await toCallback(browser, 'member-1'));
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: `lid@${DOMAIN}` } });
    const membership = await t.prisma.membership.findUniqueOrThrow({
      where: { userId_organisationId: { userId: user.id, organisationId: organisation.id } },
    });
    expect(membership.status).toBe('CONFIRMED');
  });

  it('maps logins to organisations by e-mail domain and by a claim of the ID token, also when linking', async () => {
    const [byDomain, byGroup] = await t.prisma.organisation.findMany({
      where: { workshopId: demoWorkshop.id, status: 'LISTED' },
      orderBy: { name: 'asc' },
      take: 2,
    });
    const admin = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    const input = {
      label: 'Gemeente-account',
      issuer: idp.issuer,
      clientId: idp.clientId,
      domains: [DOMAIN, 'zorg-oidc.nl'],
      requiredForDomains: false,
      organisationId: null,
      organisationRules: [
        { value: '@Zorg-OIDC.nl', organisationId: gid('Organisation', byDomain!.id) },
        { claim: 'groups', value: 'wijkteam', organisationId: gid('Organisation', byGroup!.id) },
      ],
    };
    const w = gid('Workshop', demoWorkshop.id);
    const saved = await admin.ok(
      `mutation($w: ID!, $id: ID, $input: OidcProviderInput!) {
        saveOidcProvider(workshopId: $w, id: $id, input: $input) { organisationRules { claim value organisationId } }
      }`,
      { w, id: providerId, input },
    );
    // Kept in the order given, the domain written as domains are.
    expect(saved.saveOidcProvider.organisationRules).toEqual([
      { claim: null, value: 'zorg-oidc.nl', organisationId: gid('Organisation', byDomain!.id) },
      { claim: 'groups', value: 'wijkteam', organisationId: gid('Organisation', byGroup!.id) },
    ]);
    // An organisation of another werkplaats, a domain that is none, or a claim name with spaces: refused on the field.
    for (const [rule, field] of [
      [{ value: 'x.nl', organisationId: gid('Organisation', other.organisation.id) }, 'organisationId'],
      [{ value: 'geen domein', organisationId: gid('Organisation', byDomain!.id) }, 'value'],
      [{ claim: 'een claim', value: 'x', organisationId: gid('Organisation', byDomain!.id) }, 'claim'],
    ] as const) {
      const refused = await admin.query(SAVE, {
        workshopId: w,
        id: providerId,
        input: { ...input, organisationRules: [rule] },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(String(refused.errors?.[0]?.extensions?.field)).toContain(field);
    }
    expect(await t.prisma.oidcOrganisationRule.count({ where: { providerId } })).toBe(2);

    const membershipsOf = async (email: string) => {
      const user = await t.prisma.user.findUniqueOrThrow({ where: { email } });
      const rows = await t.prisma.membership.findMany({ where: { userId: user.id, status: 'CONFIRMED' } });
      return rows.map((m) => m.organisationId).sort();
    };
    // By the address's domain, without the group.
    idp.addAccount({ sub: 'zorg-1', email: 'zorg@zorg-oidc.nl', name: 'Zora Zorg' });
    const first = t.client();
    await first.getText(await toCallback(first, 'zorg-1'));
    expect(await membershipsOf('zorg@zorg-oidc.nl')).toEqual([byDomain!.id]);
    // By the group claim (a list holding the value), not by the other domain's rule.
    idp.addAccount({
      sub: 'wijk-1',
      email: `wijk@${DOMAIN}`,
      name: 'Wim Wijk',
      extra: { groups: ['medewerkers', 'wijkteam'] },
    });
    const second = t.client();
    await second.getText(await toCallback(second, 'wijk-1'));
    expect(await membershipsOf(`wijk@${DOMAIN}`)).toEqual([byGroup!.id]);
    // A group that is not mapped counts for nothing.
    idp.addAccount({
      sub: 'los-1',
      email: `los@${DOMAIN}`,
      name: 'Lotte Los',
      extra: { groups: ['wijkteams'] },
    });
    const third = t.client();
    await third.getText(await toCallback(third, 'los-1'));
    expect(await membershipsOf(`los@${DOMAIN}`)).toEqual([]);

    // A login that must first prove an existing account's password joins once linked, by the claims of that login.
    const password = 'een-eigen-wachtwoord';
    await t.prisma.user.create({
      data: {
        email: `koppel-groep@${DOMAIN}`,
        name: 'Bea Bestaand',
        passwordHash: await hashPassword(password),
      },
    });
    idp.addAccount({
      sub: 'koppel-groep-1',
      email: `koppel-groep@${DOMAIN}`,
      name: 'Bea',
      extra: { groups: ['wijkteam'] },
    });
    const linking = t.client();
    const back = await linking.getText(await toCallback(linking, 'koppel-groep-1'));
    const location = String(back.headers['location']);
    expect(location).toMatch(/^\/inloggen\/koppelen\?token=/);
    expect(await membershipsOf(`koppel-groep@${DOMAIN}`)).toEqual([]);
    const token = decodeURIComponent(location.split('token=')[1]!);
    expect((await linking.query(LINK, { token, password })).errors).toBeUndefined();
    expect(await membershipsOf(`koppel-groep@${DOMAIN}`)).toEqual([byGroup!.id]);
  });
});
