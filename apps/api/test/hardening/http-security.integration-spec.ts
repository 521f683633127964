import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SIGN_IN = (email: string, password: string) => ({
  query: `mutation { signIn(email: "${email}", password: "${password}") { id } }`,
});

/** Headers, CORS and rate limits: each refuses what it should and lets a normal request through. */
describe('HTTP security', () => {
  describe('headers and CORS', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { CORS_ORIGINS: 'https://partner.example' } });
    });
    afterAll(() => t.close());

    it('sends a strict Content-Security-Policy and the other security headers', async () => {
      const response = await t.http().get('/healthz');
      const csp = response.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-powered-by']).toBeUndefined();
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    });

    it('lets no cache keep a GraphQL answer, a result or an error', async () => {
      const visitor = await t
        .http()
        .post('/graphql')
        .send({ query: '{ socialIssues(first: 1) { totalCount } }' });
      expect(visitor.status).toBe(200);
      expect(visitor.headers['cache-control']).toBe('no-store');
      const refused = await t.http().post('/graphql').send({ query: '{ feed(first: 1) { totalCount } }' });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.headers['cache-control']).toBe('no-store');
    });

    it('answers CORS only for the app’s own origin and the configured ones', async () => {
      const preflight = (origin: string) =>
        t
          .http()
          .options('/graphql')
          .set('origin', origin)
          .set('access-control-request-method', 'POST')
          .set('access-control-request-headers', 'content-type');
      expect(
        (await preflight('https://evil.example')).headers['access-control-allow-origin'],
      ).toBeUndefined();
      const allowed = await preflight('https://partner.example');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example');
      expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    });
  });

  describe('rate limits', () => {
    it('per account and address: the fourth wrong sign-in in ten minutes is refused with Retry-After; another account still works', async () => {
      const t = await startTestApp({
        env: { AUTH_RATE_LIMIT_PER_ACCOUNT: '3', AUTH_RATE_LIMIT_PER_IP: '1000' },
      });
      try {
        const post = (body: object) =>
          t.http().post('/graphql').set('content-type', 'application/json').send(body);
        for (let i = 0; i < 3; i++) {
          const wrong = await post(SIGN_IN('iemand@example.nl', 'fout-wachtwoord'));
          expect(wrong.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        }
        const blocked = await post(SIGN_IN('iemand@example.nl', 'fout-wachtwoord'));
        expect(blocked.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
        expect(blocked.body.data).toBeNull();
        expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
        const other = await post(SIGN_IN('iemand-anders@example.nl', 'fout-wachtwoord'));
        expect(other.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      } finally {
        await t.close();
      }
    });

    it('per IP on sign-in and sign-up, and a general per-IP limit on everything but /healthz', async () => {
      const t = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_IP: '2', RATE_LIMIT_PER_MINUTE: '8' } });
      try {
        const post = (body: object) =>
          t.http().post('/graphql').set('content-type', 'application/json').send(body);
        await post(SIGN_IN('a@example.nl', 'fout-wachtwoord'));
        await post(SIGN_IN('b@example.nl', 'fout-wachtwoord'));
        const third = await post(SIGN_IN('c@example.nl', 'fout-wachtwoord'));
        expect(third.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
        const statuses: number[] = [];
        for (let i = 0; i < 8; i++) statuses.push((await post({ query: '{ me { id } }' })).status);
        const limited = await post({ query: '{ me { id } }' });
        expect(statuses).toContain(429);
        expect(limited.status).toBe(429);
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
        expect((await t.http().get('/healthz')).status).toBe(200);
      } finally {
        await t.close();
      }
    });

    it('per IP on atelier reports: made afresh each time, a few a minute, with the wait in both languages', async () => {
      const t = await startTestApp({ env: { REPORT_RATE_LIMIT_PER_MINUTE: '2' } });
      try {
        const report = (format: string) =>
          t.http().get(`/w/arnhem-nijmegen/ateliers/${randomUUID()}/verslag.${format}`);
        expect((await report('pdf')).status).toBe(404);
        expect((await report('md')).status).toBe(404);
        const third = await report('pdf');
        expect(third.status).toBe(429);
        expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
        expect(third.text).toMatch(/Te veel verslagen.*\n.*Too many reports/s);
        // Only reports are held back: the rest of the app answers.
        const me = await t
          .http()
          .post('/graphql')
          .set('content-type', 'application/json')
          .send({ query: '{ me { id } }' });
        expect(me.status).toBe(200);
      } finally {
        await t.close();
      }
    });

    it('shared across replicas through Redis: two app instances count one account together', async () => {
      const env = {
        REDIS_URL: 'redis://127.0.0.1:6379',
        AUTH_RATE_LIMIT_PER_ACCOUNT: '3',
        AUTH_RATE_LIMIT_PER_IP: '1000',
      };
      const [a, b] = [await startTestApp({ env }), await startTestApp({ env })];
      try {
        const account = `gedeeld-${randomUUID()}@example.nl`;
        const post = (t: TestApp) =>
          t
            .http()
            .post('/graphql')
            .set('content-type', 'application/json')
            .send(SIGN_IN(account, 'fout-wachtwoord'));
        await post(a);
        await post(b);
        await post(a);
        const fourth = await post(b);
        expect(fourth.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
        expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
});
