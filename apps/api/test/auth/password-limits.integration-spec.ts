import { randomUUID } from 'node:crypto';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { name } }`;
const PASSWORD = 'eigen-wachtwoord-1';
const WRONG = 'geraden-wachtwoord';

/** Per account and source 3, per account from all sources but known browsers 6 (instead of 10 and 100). */
const LIMITS = {
  TRUST_PROXY: 'true',
  AUTH_RATE_LIMIT_PER_ACCOUNT: '3',
  AUTH_RATE_LIMIT_PER_ACCOUNT_ALL_SOURCES: '6',
  AUTH_RATE_LIMIT_PER_IP: '1000',
};

/**
 * Wrong passwords slow a guesser without locking the owner out: counted per account and source (an address, or
 * a browser that signed in to the account before), and per account across all sources but known browsers, with
 * a much higher limit. Changing the password and erasing the account check the password under the same count.
 */
describe.each([
  ['in memory', {}],
  ['through Redis', { REDIS_URL: 'redis://127.0.0.1:6379' }],
])('limits on wrong passwords (%s)', (_where, env: Record<string, string>) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { ...LIMITS, ...env } });
  });
  afterAll(() => t.close());

  /** A browser at an address: keeps its cookies, sends X-Forwarded-For (the app trusts its proxy here). */
  const browserAt = (address: string): GraphQLClient => t.client({ 'x-forwarded-for': address });

  async function newAccount(): Promise<string> {
    const email = `eigenaar-${randomUUID()}@example.nl`;
    await t.client().ok(SIGN_UP, { input: { email, password: PASSWORD, name: 'Eigenaar' } });
    return email;
  }

  async function signIn(client: GraphQLClient, email: string, password: string): Promise<string> {
    const result = await client.query(SIGN_IN, { email, password });
    if (result.errors) {
      if (result.errors[0]?.extensions.code === 'TOO_MANY_REQUESTS') {
        expect(Number(result.headers['retry-after'])).toBeGreaterThan(0);
      }
      return result.errors[0]!.extensions.code;
    }
    return 'ok';
  }

  it('successful-sign-in-elsewhere: wrong passwords from one address hold that address back, not the owner at another', async () => {
    const email = await newAccount();
    const guesser = browserAt('203.0.113.10');
    for (let i = 0; i < 3; i++) expect(await signIn(guesser, email, WRONG)).toBe('UNAUTHENTICATED');
    expect(await signIn(guesser, email, WRONG)).toBe('TOO_MANY_REQUESTS');
    expect(await signIn(guesser, email, PASSWORD)).toBe('TOO_MANY_REQUESTS');
    // The owner, in a browser that never signed in before, at another address.
    expect(await signIn(browserAt('198.51.100.20'), email, PASSWORD)).toBe('ok');
  });

  it('successful-known-browser: a guesser spread over many addresses is held back everywhere, except in the owner’s known browser', async () => {
    const email = await newAccount();
    const owners = browserAt('198.51.100.30');
    expect(await signIn(owners, email, PASSWORD)).toBe('ok');
    await owners.ok(`mutation { signOut }`);

    // Two wrong passwords from each of three addresses: six in all, the limit across sources.
    for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      for (let i = 0; i < 2; i++)
        expect(await signIn(browserAt(address), email, WRONG)).toBe('UNAUTHENTICATED');
    }
    // Any new browser, at any address, right password or not, now waits.
    expect(await signIn(browserAt('203.0.113.4'), email, WRONG)).toBe('TOO_MANY_REQUESTS');
    expect(await signIn(browserAt('198.51.100.31'), email, PASSWORD)).toBe('TOO_MANY_REQUESTS');
    // The browser the owner signed in with before still signs in.
    expect(await signIn(owners, email, PASSWORD)).toBe('ok');
    expect((await owners.ok(`{ me { name } }`)).me).toEqual({ name: 'Eigenaar' });
  });

  it('successful-known-browser-behind-the-guesser: a known browser keeps its own count, even at the guesser’s address', async () => {
    const email = await newAccount();
    const shared = '192.0.2.50';
    const owners = browserAt(shared);
    expect(await signIn(owners, email, PASSWORD)).toBe('ok');
    await owners.ok(`mutation { signOut }`);
    const guesser = browserAt(shared);
    for (let i = 0; i < 3; i++) expect(await signIn(guesser, email, WRONG)).toBe('UNAUTHENTICATED');
    expect(await signIn(guesser, email, PASSWORD)).toBe('TOO_MANY_REQUESTS');
    expect(await signIn(owners, email, PASSWORD)).toBe('ok');
    await owners.ok(`mutation { signOut }`);

    // Its own wrong passwords are limited like any source's (a stolen cookie is no way around the limit).
    for (let i = 0; i < 3; i++) expect(await signIn(owners, email, WRONG)).toBe('UNAUTHENTICATED');
    expect(await signIn(owners, email, PASSWORD)).toBe('TOO_MANY_REQUESTS');
  });

  it('failing-together: wrong passwords sent at once do not slip under the limit', async () => {
    const email = await newAccount();
    const guesser = browserAt('203.0.113.80');
    const answers = await Promise.all(Array.from({ length: 8 }, () => signIn(guesser, email, WRONG)));
    expect(answers.filter((a) => a === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(answers.filter((a) => a === 'TOO_MANY_REQUESTS')).toHaveLength(5);
  });

  it('successful-sign-in-clears: the right password forgets that source’s wrong ones', async () => {
    const email = await newAccount();
    const owner = browserAt('198.51.100.40');
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++) expect(await signIn(owner, email, WRONG)).toBe('UNAUTHENTICATED');
      expect(await signIn(owner, email, PASSWORD)).toBe('ok');
    }
  });

  it('failing-change-password: whoever holds the session gets the same few guesses at the current password', async () => {
    const email = await newAccount();
    const holder = browserAt('203.0.113.60');
    expect(await signIn(holder, email, PASSWORD)).toBe('ok');
    const change = (current: string) =>
      holder.query(
        `mutation($c: String!) { changePassword(currentPassword: $c, password: "nieuw-wachtwoord-9") }`,
        {
          c: current,
        },
      );
    for (let i = 0; i < 3; i++) {
      expect((await change(WRONG)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'currentPassword',
      });
    }
    const refused = await change(PASSWORD);
    expect(refused.errors?.[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // One count with signing in from the same browser; the password is unchanged.
    expect(await signIn(holder, email, PASSWORD)).toBe('TOO_MANY_REQUESTS');
    expect(await signIn(browserAt('198.51.100.61'), email, PASSWORD)).toBe('ok');
  });

  it('failing-erase: whoever holds the session gets the same few guesses at the password to erase the account', async () => {
    const email = await newAccount();
    const holder = browserAt('203.0.113.70');
    expect(await signIn(holder, email, PASSWORD)).toBe('ok');
    const erase = (password: string) =>
      holder.query(`mutation($p: String!) { eraseMe(password: $p) }`, { p: password });
    for (let i = 0; i < 3; i++) {
      expect((await erase(WRONG)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'password',
      });
    }
    expect((await erase(PASSWORD)).errors?.[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.erasedAt).toBeNull();
    expect(await signIn(browserAt('198.51.100.71'), email, PASSWORD)).toBe('ok');
  });
});

describe('the per-address limit on signing in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { ...LIMITS, AUTH_RATE_LIMIT_PER_IP: '3' } });
  });
  afterAll(() => t.close());

  it('successful-known-browser-at-a-busy-address: holds new browsers back, not a browser known to the account', async () => {
    const email = `druk-${randomUUID()}@example.nl`;
    await t.client({ 'x-forwarded-for': '198.51.100.90' }).ok(SIGN_UP, {
      input: { email, password: PASSWORD, name: 'Eigenaar' },
    });
    const address = { 'x-forwarded-for': '192.0.2.90' };
    const owners = t.client(address);
    expect((await owners.query(SIGN_IN, { email, password: PASSWORD })).errors).toBeUndefined();
    await owners.ok(`mutation { signOut }`);
    // Others at the same address use up its sign-in attempts (on other accounts).
    for (let i = 0; i < 2; i++) {
      const other = await t
        .client(address)
        .query(SIGN_IN, { email: `ander-${i}@example.nl`, password: WRONG });
      expect(other.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    const fresh = await t.client(address).query(SIGN_IN, { email, password: PASSWORD });
    expect(fresh.errors?.[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect((await owners.query(SIGN_IN, { email, password: PASSWORD })).errors).toBeUndefined();
  });
});
