import { SessionSweep } from '../../src/auth/session.sweep.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id name } }`;
const ME = `{ me { id name email } }`;

function sessionCookie(headers: Record<string, string | string[] | undefined>): string | undefined {
  const cookies = headers['set-cookie'];
  const list = Array.isArray(cookies) ? cookies : cookies ? [cookies] : [];
  return list.find((c) => c.startsWith('werkplaats_session='));
}

describe('sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('successful-sign-up', () => {
    it('creates the account with an argon2id hash and no session; signing in with it works', async () => {
      const client = t.client();
      const result = await client.query(SIGN_UP, {
        input: {
          email: ' Anna.deVries@Example.nl ',
          password: 'buurtkamer-2026',
          name: 'Anna de Vries',
          partyKind: 'PROFESSIONAL',
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ signUp: true });
      expect(sessionCookie(result.headers)).toBeUndefined();
      expect((await client.ok(ME)).me).toBeNull();

      const stored = await t.prisma.user.findUniqueOrThrow({ where: { email: 'anna.devries@example.nl' } });
      expect(stored).toMatchObject({ name: 'Anna de Vries', partyKind: 'PROFESSIONAL' });
      expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(stored.passwordHash).not.toContain('buurtkamer-2026');

      const signIn = await client.query(SIGN_IN, {
        email: 'anna.devries@example.nl',
        password: 'buurtkamer-2026',
      });
      expect(signIn.errors).toBeUndefined();
      const cookie = sessionCookie(signIn.headers);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).toMatch(/Path=\//);
      // At least 128 bits of randomness: 32 random bytes in base64url are 43 characters.
      expect(cookie?.split(';')[0]?.split('=')[1]?.length).toBeGreaterThanOrEqual(43);
      const me = await client.ok(ME);
      expect(me.me).toMatchObject({ name: 'Anna de Vries', email: 'anna.devries@example.nl' });
    });
  });

  describe('sign-up-language', () => {
    it('keeps the language the person signed up in as their choice, and mails the confirmation in it', async () => {
      const client = t.client();
      const result = await client.query(SIGN_UP, {
        input: {
          email: 'sam.jones@example.nl',
          password: 'buurtkamer-2026',
          name: 'Sam Jones',
          locale: 'en',
        },
      });
      expect(result.errors).toBeUndefined();
      const stored = await t.prisma.user.findUniqueOrThrow({ where: { email: 'sam.jones@example.nl' } });
      expect(stored.locale).toBe('en');
      const mail = await t.prisma.mailMessage.findFirstOrThrow({ where: { to: 'sam.jones@example.nl' } });
      expect(mail.locale).toBe('en');

      // Without a language given (an older app), none is chosen: the browser's stays, mail is in Dutch.
      await client.ok(SIGN_UP, {
        input: { email: 'lotte.bakker@example.nl', password: 'buurtkamer-2026', name: 'Lotte Bakker' },
      });
      const plain = await t.prisma.user.findUniqueOrThrow({ where: { email: 'lotte.bakker@example.nl' } });
      expect(plain.locale).toBeNull();

      // A language the app does not offer is refused, whatever the address.
      const wrong = await client.query(SIGN_UP, {
        input: { email: 'x.y@example.nl', password: 'buurtkamer-2026', name: 'X Y', locale: 'fr' },
      });
      expect(wrong.errors?.[0]?.extensions).toMatchObject({ field: 'input.locale' });
      expect(await t.prisma.user.count({ where: { email: 'x.y@example.nl' } })).toBe(0);
    });
  });

  describe('failing-sign-up', () => {
    it.each([
      [{ email: 'geen-email', password: 'lang-genoeg-1', name: 'X' }, 'input.email', { rule: 'email' }],
      [
        { email: 'kort@example.nl', password: 'kort', name: 'X' },
        'input.password',
        { rule: 'minLength', min: 8 },
      ],
      [
        { email: 'lang@example.nl', password: 'x'.repeat(129), name: 'X' },
        'input.password',
        { rule: 'maxLength', max: 128 },
      ],
      [
        { email: 'naam@example.nl', password: 'lang-genoeg-1', name: '   ' },
        'input.name',
        { rule: 'required' },
      ],
      [
        { email: 'org@example.nl', password: 'lang-genoeg-1', name: 'X', organisationId: 'bm90LWFuLWlk' },
        'input.organisationId',
        { rule: 'unknown' },
      ],
      [
        { email: 'gewoon@example.nl', password: 'welkom01', name: 'X' },
        'input.password',
        { rule: 'commonPassword' },
      ],
      [
        { email: 'gewoon2@example.nl', password: 'Password1', name: 'X' },
        'input.password',
        { rule: 'commonPassword' },
      ],
    ])('refuses %o naming the field at fault and the rule broken', async (input, field, rule) => {
      const result = await t.client().query(SIGN_UP, { input });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, ...rule });
      expect(sessionCookie(result.headers)).toBeUndefined();
    });

    it('answers a known address exactly as a new one, keeps the account as it was, and audits the attempt', async () => {
      const first = await t.client().query(SIGN_UP, {
        input: { email: 'dubbel@example.nl', password: 'lang-genoeg-1', name: 'Eerste' },
      });
      const again = await t.client().query(SIGN_UP, {
        input: { email: 'DUBBEL@example.nl', password: 'ander-wachtwoord-2', name: 'Tweede' },
      });
      const fresh = await t.client().query(SIGN_UP, {
        input: { email: 'nog-niet-bekend@example.nl', password: 'ander-wachtwoord-2', name: 'Tweede' },
      });
      for (const answer of [first, again, fresh]) {
        expect({ status: answer.status, data: answer.data, errors: answer.errors }).toEqual({
          status: 200,
          data: { signUp: true },
          errors: undefined,
        });
        expect(sessionCookie(answer.headers)).toBeUndefined();
      }
      const owner = await t.prisma.user.findUniqueOrThrow({ where: { email: 'dubbel@example.nl' } });
      expect(owner.name).toBe('Eerste');
      expect(await t.prisma.user.count({ where: { email: 'dubbel@example.nl' } })).toBe(1);
      await t.client().signIn('dubbel@example.nl', 'lang-genoeg-1');
      const taken = await t
        .client()
        .query(SIGN_IN, { email: 'dubbel@example.nl', password: 'ander-wachtwoord-2' });
      expect(taken.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      const audited = await t.prisma.auditEvent.findMany({
        where: { action: 'account.sign-up-for-known-address' },
      });
      expect(audited.map((e) => e.targetId)).toEqual([owner.id]);
    });

    it('refuses bad input for a known address exactly as for a new one', async () => {
      await t
        .client()
        .ok(SIGN_UP, { input: { email: 'bestaat@example.nl', password: 'lang-genoeg-1', name: 'X' } });
      for (const input of [
        { password: 'kort', name: 'X' },
        { password: 'welkom01', name: 'X' },
        { password: 'lang-genoeg-1', name: ' ' },
        { password: 'lang-genoeg-1', name: 'X', organisationId: 'bm90LWFuLWlk' },
      ]) {
        const known = await t.client().query(SIGN_UP, { input: { ...input, email: 'bestaat@example.nl' } });
        const unknown = await t
          .client()
          .query(SIGN_UP, { input: { ...input, email: 'bestaat-niet@example.nl' } });
        expect(known.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
        expect({ data: known.data, errors: known.errors }).toEqual({
          data: unknown.data,
          errors: unknown.errors,
        });
      }
      expect(await t.prisma.user.count({ where: { email: 'bestaat-niet@example.nl' } })).toBe(0);
    });
  });

  describe('failing-sign-in', () => {
    it('gives the same error for a wrong password and an unknown email', async () => {
      await t
        .client()
        .ok(SIGN_UP, { input: { email: 'bekend@example.nl', password: 'juist-wachtwoord', name: 'Bekend' } });
      const wrongPassword = await t
        .client()
        .query(SIGN_IN, { email: 'bekend@example.nl', password: 'fout-wachtwoord' });
      const unknownEmail = await t
        .client()
        .query(SIGN_IN, { email: 'onbekend@example.nl', password: 'fout-wachtwoord' });
      expect(wrongPassword.errors?.[0]).toMatchObject({
        message: 'Email or password is incorrect',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(unknownEmail.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
      expect(unknownEmail.errors?.[0]?.extensions).toEqual(wrongPassword.errors?.[0]?.extensions);
      expect(sessionCookie(wrongPassword.headers)).toBeUndefined();
    });
  });

  describe('successful-sign-in and sign-out', () => {
    it('rotates the token at sign-in and ends the session at sign-out', async () => {
      await t
        .client()
        .ok(SIGN_UP, { input: { email: 'roteer@example.nl', password: 'juist-wachtwoord', name: 'Roteer' } });
      const client = t.client();
      const first = await client.query(SIGN_IN, { email: 'roteer@example.nl', password: 'juist-wachtwoord' });
      const firstToken = sessionCookie(first.headers)?.split(';')[0];
      const second = await client.query(SIGN_IN, {
        email: 'roteer@example.nl',
        password: 'juist-wachtwoord',
      });
      const secondToken = sessionCookie(second.headers)?.split(';')[0];
      expect(firstToken).toBeDefined();
      expect(secondToken).toBeDefined();
      expect(secondToken).not.toBe(firstToken);

      // The first token no longer opens a session.
      const replay = await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('cookie', firstToken!)
        .send({ query: ME });
      expect(replay.body.data.me).toBeNull();

      expect((await client.ok(ME)).me.name).toBe('Roteer');
      expect((await client.ok('mutation { signOut }')).signOut).toBe(true);
      expect((await client.ok(ME)).me).toBeNull();
      const afterSignOut = await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('cookie', secondToken!)
        .send({ query: ME });
      expect(afterSignOut.body.data.me).toBeNull();
    });

    it('signing out ends the session for the rest of the request too', async () => {
      await t.client().ok(SIGN_UP, {
        input: { email: 'daarna@example.nl', password: 'juist-wachtwoord', name: 'Daarna' },
      });
      for (const signOut of ['signOut', 'signOutEverywhere']) {
        const client = await t.client().signIn('daarna@example.nl', 'juist-wachtwoord');
        const result = await client.query(`mutation { ${signOut} markNotificationsRead }`);
        expect(result.errors?.map((e) => [e.path?.[0], e.extensions.code])).toEqual([
          ['markNotificationsRead', 'UNAUTHENTICATED'],
        ]);
        expect((await client.ok(ME)).me).toBeNull();
      }
    });

    it('ends a session after the idle window and after the absolute lifetime', async () => {
      await t.client().ok(SIGN_UP, {
        input: { email: 'verloop@example.nl', password: 'juist-wachtwoord', name: 'Verloop' },
      });
      const user = await t.prisma.user.findUniqueOrThrow({ where: { email: 'verloop@example.nl' } });

      const idle = await t.client().signIn('verloop@example.nl', 'juist-wachtwoord');
      expect((await idle.ok(ME)).me.name).toBe('Verloop');
      await t.prisma.session.updateMany({
        where: { userId: user.id },
        data: { lastSeenAt: new Date(Date.now() - t.config.session.idleMs - 1000) },
      });
      expect((await idle.ok(ME)).me).toBeNull();

      const absolute = await t.client().signIn('verloop@example.nl', 'juist-wachtwoord');
      await t.prisma.session.updateMany({
        where: { userId: user.id },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      expect((await absolute.ok(ME)).me).toBeNull();
      expect(await t.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    });

    it('forgets the ended sessions of people who do not come back, and keeps those in use', async () => {
      for (const [email, name] of [
        ['weg-idle@example.nl', 'Weg Idle'],
        ['weg-oud@example.nl', 'Weg Oud'],
        ['blijft@example.nl', 'Blijft'],
      ] as const) {
        await t.client().ok(SIGN_UP, { input: { email, password: 'juist-wachtwoord', name } });
      }
      const idle = await t.client().signIn('weg-idle@example.nl', 'juist-wachtwoord');
      const old = await t.client().signIn('weg-oud@example.nl', 'juist-wachtwoord');
      const active = await t.client().signIn('blijft@example.nl', 'juist-wachtwoord');
      const idOf = async (email: string) => (await t.prisma.user.findUniqueOrThrow({ where: { email } })).id;
      await t.prisma.session.updateMany({
        where: { userId: await idOf('weg-idle@example.nl') },
        data: { lastSeenAt: new Date(Date.now() - t.config.session.idleMs - 1000) },
      });
      await t.prisma.session.updateMany({
        where: { userId: await idOf('weg-oud@example.nl') },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });

      await t.app.get(SessionSweep).sweep();

      const left = await t.prisma.session.findMany({
        where: {
          userId: {
            in: await Promise.all(
              ['weg-idle@example.nl', 'weg-oud@example.nl', 'blijft@example.nl'].map(idOf),
            ),
          },
        },
        select: { userId: true },
      });
      expect(left).toEqual([{ userId: await idOf('blijft@example.nl') }]);
      expect((await active.ok(ME)).me.name).toBe('Blijft');
      expect((await idle.ok(ME)).me).toBeNull();
      expect((await old.ok(ME)).me).toBeNull();
    });

    it('shows a person their own email address and nobody else', async () => {
      const anna = await t.client().signIn('anna.devries@example.nl', 'buurtkamer-2026');
      const self = await anna.ok(ME);
      const node = await t
        .client()
        .ok(`query($id: ID!) { node(id: $id) { ... on User { name email } } }`, { id: self.me.id });
      expect(self.me.email).toBe('anna.devries@example.nl');
      expect(node.node).toEqual({ name: 'Anna de Vries', email: null });
    });
  });

  describe('changing the password and signing out everywhere', () => {
    it('successful-change-password: keeps this session, ends the others, and the new password works', async () => {
      await t
        .client()
        .ok(SIGN_UP, { input: { email: 'wissel@example.nl', password: 'oud-wachtwoord-1', name: 'Wissel' } });
      const here = await t.client().signIn('wissel@example.nl', 'oud-wachtwoord-1');
      const elsewhere = await t.client().signIn('wissel@example.nl', 'oud-wachtwoord-1');
      const changed = await here.ok(
        `mutation { changePassword(currentPassword: "oud-wachtwoord-1", password: "nieuw-wachtwoord-2") }`,
      );
      expect(changed.changePassword).toBe(true);
      expect((await here.ok(ME)).me.name).toBe('Wissel');
      expect((await elsewhere.ok(ME)).me).toBeNull();
      const old = await t
        .client()
        .query(SIGN_IN, { email: 'wissel@example.nl', password: 'oud-wachtwoord-1' });
      expect(old.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      await t.client().signIn('wissel@example.nl', 'nieuw-wachtwoord-2');
    });

    it('failing-change-password: a wrong current password or a common new one is refused, naming the field', async () => {
      const client = await t.client().signIn('wissel@example.nl', 'nieuw-wachtwoord-2');
      const wrong = await client.query(
        `mutation { changePassword(currentPassword: "niet-goed-123", password: "nog-een-ander-3") }`,
      );
      expect(wrong.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'currentPassword',
      });
      const common = await client.query(
        `mutation { changePassword(currentPassword: "nieuw-wachtwoord-2", password: "password123") }`,
      );
      expect(common.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
      const visitor = await t
        .client()
        .query(`mutation { changePassword(currentPassword: "a", password: "b") }`);
      expect(visitor.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });

    it('successful-sign-out-everywhere: ends every session of the person', async () => {
      const one = await t.client().signIn('wissel@example.nl', 'nieuw-wachtwoord-2');
      const two = await t.client().signIn('wissel@example.nl', 'nieuw-wachtwoord-2');
      const ended = await one.ok(`mutation { signOutEverywhere }`);
      expect(ended.signOutEverywhere).toBeGreaterThanOrEqual(2);
      expect((await one.ok(ME)).me).toBeNull();
      expect((await two.ok(ME)).me).toBeNull();
    });
  });
});
