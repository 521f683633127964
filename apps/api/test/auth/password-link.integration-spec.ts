import { randomUUID } from 'node:crypto';
import { issuePasswordToken } from '../../src/auth/password-token.js';
import { hashToken } from '../../src/auth/token.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SET_PASSWORD = `mutation($token: String!, $password: String!) {
  setPasswordWithToken(token: $token, password: $password) { id name email }
}`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`;
const ME = `{ me { name email } }`;

/** A person without a password, as `werkplaats setup` makes a first beheerder, with a link of their own. */
async function newcomer(t: TestApp, now?: Date): Promise<{ id: string; email: string; token: string }> {
  const email = `link-${randomUUID()}@example.nl`;
  const user = await t.prisma.user.create({ data: { email, name: 'Eerste Beheerder', passwordHash: null } });
  const { token } = await issuePasswordToken(t.prisma, user.id, now);
  return { id: user.id, email, token };
}

describe('the one-time password link', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('successful-set-password-with-token: sets an argon2id password, signs in, uses the link up and audits it', async () => {
    const { id, email, token } = await newcomer(t);
    const stored = await t.prisma.passwordToken.findFirstOrThrow({ where: { userId: id } });
    // Only the SHA-256 of the token is kept; the link works for seven days.
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.tokenHash).not.toContain(token);
    const days = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 1);
    // Without a password, the account cannot be signed in to.
    const before = await t.client().query(SIGN_IN, { email, password: 'een-goed-wachtwoord-1' });
    expect(before.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

    const client = t.client();
    const result = await client.query(SET_PASSWORD, { token, password: 'een-goed-wachtwoord-1' });
    expect(result.errors).toBeUndefined();
    expect(result.data.setPasswordWithToken).toMatchObject({ name: 'Eerste Beheerder', email });
    const cookies = ([] as string[]).concat(result.headers['set-cookie'] ?? []);
    expect(cookies.find((c) => c.startsWith('werkplaats_session='))).toMatch(/HttpOnly/i);
    expect((await client.ok(ME)).me).toEqual({ name: 'Eerste Beheerder', email });

    const user = await t.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await t.prisma.passwordToken.findFirstOrThrow({ where: { userId: id } })).usedAt).not.toBeNull();
    const audit = await t.prisma.auditEvent.findMany({ where: { targetId: id } });
    expect(audit.map((e) => e.action)).toEqual(['account.password-set-with-link']);
    await t.client().signIn(email, 'een-goed-wachtwoord-1');
  });

  it('failing-set-password-with-token: an unknown, used or expired link, or a weak password, is BAD_USER_INPUT saying which', async () => {
    const unknown = await t
      .client()
      .query(SET_PASSWORD, { token: 'x'.repeat(43), password: 'een-goed-wachtwoord-1' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      reason: 'UNKNOWN',
    });
    expect(unknown.errors?.[0]?.message).toMatch(/not known/);

    const used = await newcomer(t);
    await t.client().ok(SET_PASSWORD, { token: used.token, password: 'een-goed-wachtwoord-1' });
    const again = await t
      .client()
      .query(SET_PASSWORD, { token: used.token, password: 'een-ander-wachtwoord-2' });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      reason: 'USED',
    });
    expect(again.errors?.[0]?.message).toMatch(/used already/);
    // The second attempt changed nothing: the first password still works.
    await t.client().signIn(used.email, 'een-goed-wachtwoord-1');

    const expired = await newcomer(t, new Date(Date.now() - 8 * 86_400_000));
    const late = await t
      .client()
      .query(SET_PASSWORD, { token: expired.token, password: 'een-goed-wachtwoord-1' });
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      reason: 'EXPIRED',
    });
    expect(late.errors?.[0]?.message).toMatch(/expired/);

    // A weak password leaves the link usable.
    const weak = await newcomer(t);
    for (const password of ['kort', 'password123']) {
      const refused = await t.client().query(SET_PASSWORD, { token: weak.token, password });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    }
    await t.client().ok(SET_PASSWORD, { token: weak.token, password: 'een-goed-wachtwoord-1' });

    // A newer link replaces an older one that was not used.
    const twice = await newcomer(t);
    await issuePasswordToken(t.prisma, twice.id);
    const replaced = await t
      .client()
      .query(SET_PASSWORD, { token: twice.token, password: 'een-goed-wachtwoord-1' });
    expect(replaced.errors?.[0]?.message).toMatch(/expired/);
  });

  it('failing-set-password-with-token: the sign-in limit per address applies', async () => {
    const limited = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_IP: '2' } });
    try {
      const client = limited.client();
      for (let i = 0; i < 2; i++) {
        const attempt = await client.query(SET_PASSWORD, {
          token: `onbekend-${i}`,
          password: 'een-goed-wachtwoord-1',
        });
        expect(attempt.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      }
      const third = await client.query(SET_PASSWORD, {
        token: 'onbekend-3',
        password: 'een-goed-wachtwoord-1',
      });
      expect(third.errors?.[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
    } finally {
      await limited.close();
    }
  });
});
