import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Each GraphQL limit refuses the abusive request and admits a legitimate one (OWASP GraphQL cheat sheet). */
describe('GraphQL limits', () => {
  let t: TestApp;
  let atelierId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    atelierId = gid('Atelier', (await new DemoFixtures(t.prisma).atelierOf(LONELINESS)).id);
  });
  afterAll(() => t.close());

  const post = (body: unknown) =>
    t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(body as object);
  const firstError = (response: {
    body: { errors?: { message: string; extensions?: { code?: string } }[] };
  }) => response.body.errors?.[0];

  it('depth: 10 levels are admitted, 11 refused', async () => {
    // atelier > socialIssue > ateliers > socialIssue > … > id: every field on the way is one level.
    const nest = (levels: number) => {
      const hops = Array.from({ length: levels - 2 }, (_, i) => (i % 2 === 0 ? 'socialIssue' : 'ateliers'));
      const inner = hops.reduceRight((selection, hop) => `${hop} { ${selection} }`, 'id');
      return `query($id: ID!) { atelier(id: $id) { ${inner} } }`;
    };
    const ok = await post({ query: nest(10), variables: { id: atelierId } });
    expect(ok.body.errors).toBeUndefined();
    const deep = await post({ query: nest(11), variables: { id: atelierId } });
    expect(deep.status).toBe(400);
    expect(firstError(deep)?.message).toMatch(/depth/i);
  });

  it('aliases: 15 are admitted, 16 refused', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: socialIssues(first: 1) { totalCount }`).join(' ')} }`;
    expect((await post({ query: aliases(15) })).body.errors).toBeUndefined();
    const many = await post({ query: aliases(16) });
    expect(many.status).toBe(400);
    expect(firstError(many)?.message).toMatch(/alias/i);
  });

  it('cost: the atelier page is admitted, a page of pages of pages is refused before it runs', async () => {
    const page = await post({
      query: `query($id: ID!) { atelier(id: $id) { title practices { title lessons { title author { name } } } lessons(first: 20) { edges { node { title author { name } reactions { body } } } } insights(first: 10) { edges { node { title } } } } }`,
      variables: { id: atelierId },
    });
    expect(page.body.errors).toBeUndefined();
    const wide = await post({
      query: `{ ateliers(first: 100) { edges { node { lessons(first: 100) { edges { node { reactions { author { name } } visibilityHistory { actor { name } } } } } } } } }`,
    });
    expect(firstError(wide)?.message).toMatch(/too expensive/);
    expect(wide.body.data).toBeUndefined();
  });

  it('cost is judged per value of `first`: the same document is cheap with 2 and refused with 100; cursors do not matter', async () => {
    const query = `query($n: Int, $after: String) { ateliers(first: $n, after: $after) { pageInfo { endCursor } edges { node { lessons(first: $n) { edges { node { reactions { author { name } } visibilityHistory { actor { name } } } } } } } } }`;
    const cheap = await post({ query, variables: { n: 2 } });
    expect(cheap.body.errors).toBeUndefined();
    const next = await post({
      query,
      variables: { n: 2, after: cheap.body.data.ateliers.pageInfo.endCursor },
    });
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data.ateliers.edges.length).toBeGreaterThan(0);
    const wide = await post({ query, variables: { n: 100 } });
    expect(firstError(wide)?.message).toMatch(/too expensive/);
    // Once a cost is remembered for the document without `first` (the default page), a `first` of the wrong type
    // (a string, which is not part of what is remembered) is still refused as the client's mistake.
    expect((await post({ query })).body.errors).toBeUndefined();
    const wrong = await post({ query, variables: { n: 'twee' } });
    expect(wrong.status).toBe(400);
    expect(firstError(wrong)?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.body.data).toBeUndefined();
  });

  it('first: 100 is admitted, 101 refused naming the argument', async () => {
    expect(
      (await post({ query: `{ socialIssues(first: 100) { totalCount } }` })).body.errors,
    ).toBeUndefined();
    const over = await post({ query: `{ socialIssues(first: 101) { totalCount } }` });
    expect(firstError(over)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('after: a cursor of another list or no cursor at all is bad input on every list, never a server error', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const cursor = (tag: string, value: unknown) =>
      Buffer.from(JSON.stringify([tag, value, id])).toString('base64url');
    const wrong = [
      cursor('s', 'Eenzaamheid'),
      cursor('n', 5),
      cursor('d', '2026-01-01T00:00:00.000Z'),
      'geen-cursor',
      // The right kind of value, with an id that is no id.
      Buffer.from(JSON.stringify(['d', '2026-01-01T00:00:00.000Z', 'geen-id'])).toString('base64url'),
      Buffer.from(JSON.stringify(['s', 'Eenzaamheid', 'geen-id'])).toString('base64url'),
    ];
    for (const list of ['socialIssues', 'ateliers', 'organisations']) {
      const codes: string[] = [];
      for (const after of wrong) {
        const response = await post({
          query: `query($a: String) { ${list}(first: 2, after: $a) { totalCount } }`,
          variables: { a: after },
        });
        codes.push(firstError(response)?.extensions?.code ?? 'ok');
      }
      // Each list sorts by a date or by a name: exactly one of the first three is its own kind of cursor.
      // (Before, these answered INTERNAL_SERVER_ERROR.)
      expect({ list, codes: codes.filter((c) => c !== 'ok') }).toEqual({
        list,
        codes: Array.from({ length: 5 }, () => 'BAD_USER_INPUT'),
      });
    }
  });

  it('one operation per request: a batch (JSON array) is refused, so sign-in cannot be batched either', async () => {
    const signIn = {
      query: `mutation { signIn(email: "${DEMO.tribune}", password: "${DEMO_PASSWORD}") { id } }`,
    };
    const batch = await post([signIn, signIn, signIn]);
    expect(batch.status).toBe(400);
    expect(batch.headers['set-cookie']).toBeUndefined();
    expect((await post(signIn)).body.errors).toBeUndefined();
  });

  it('a document of more than 2,000 tokens is refused', async () => {
    const tokens = (n: number) => `{ ${Array.from({ length: n }, () => '__typename').join(' ')} }`;
    expect((await post({ query: tokens(700) })).body.errors).toBeUndefined();
    const response = await post({ query: tokens(2_100) });
    expect(response.status).toBe(400);
    expect(firstError(response)?.message).toMatch(/token/i);
  });

  it('body size: more than 100 kb is refused with 413, a normal request passes', async () => {
    const big = await post({
      query: `{ socialIssues(first: 1) { totalCount } }`,
      variables: { padding: 'x'.repeat(110_000) },
    });
    expect(big.status).toBe(413);
    expect(JSON.stringify(big.body)).not.toMatch(/node_modules|at .*\.js:\d+/);
  });

  it('CSRF: a form-like POST and a GET without the preflight header are refused; with it, a GET query works', async () => {
    const simple = await t
      .http()
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: '{ me { id } }' }));
    expect(simple.status).toBe(400);
    const get = await t
      .http()
      .get('/graphql')
      .query({ query: '{ socialIssues(first: 1) { totalCount } }' })
      .set('accept', 'application/json');
    expect(get.status).toBe(400);
    const allowed = await t
      .http()
      .get('/graphql')
      .query({ query: '{ socialIssues(first: 1) { totalCount } }' })
      .set('accept', 'application/json')
      .set('apollo-require-preflight', 'true');
    expect(allowed.status).toBe(200);
    expect(allowed.body.data.socialIssues.totalCount).toBeGreaterThan(0);
  });
});

describe('the resolver timeout', () => {
  it('stops a request past its deadline with TIMEOUT, and admits the same request with the normal deadline', async () => {
    const query = `{ ateliers(first: 50) { edges { node { title socialIssue { title } trekker { name } lessons(first: 50) { edges { node { title author { name } } } } } } } }`;
    const strict = await startTestApp({ demo: true, env: { REQUEST_TIMEOUT_MS: '1' } });
    try {
      const response = await strict
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query });
      const codes = (response.body.errors ?? []).map(
        (e: { extensions: { code: string } }) => e.extensions.code,
      );
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes)).toEqual(new Set(['TIMEOUT']));
    } finally {
      await strict.close();
    }
    const normal = await startTestApp({ demo: true });
    try {
      const response = await normal
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query });
      expect(response.body.errors).toBeUndefined();
    } finally {
      await normal.close();
    }
  });
});

describe('in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t.close());

  it('has no introspection, no landing page, no field suggestions and no stack traces', async () => {
    const post = (query: string) =>
      t.http().post('/graphql').set('content-type', 'application/json').send({ query });
    const introspection = await post(`{ __schema { types { name } } }`);
    expect(introspection.body.data).toBeUndefined();
    expect(introspection.body.errors[0].message).toMatch(/introspection/i);
    const typo = await post(`{ socialIssue { titel } }`);
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
    const landing = await t.http().get('/graphql').set('accept', 'text/html');
    expect(landing.text).not.toMatch(/<html|graphiql|sandbox/i);
    const broken = await post(`{ atelier(id: 42) { title } }`);
    expect(JSON.stringify(broken.body)).not.toMatch(/stacktrace|at .*\.(js|ts):\d+/i);
    expect((await post(`{ socialIssues(first: 1) { totalCount } }`)).body.errors).toBeUndefined();
  });
});
