import { startTestApp, type TestApp } from '../support/test-app.js';

const AGENDA = `query($first: Int, $after: String, $status: SocialIssueStatus) {
  socialIssues(first: $first, after: $after, status: $status) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id title status since ateliers { id title trekker { name } } } }
  }
}`;

describe('the agenda, for a visitor', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  it('successful-agenda: lists the five kwesties of the first agenda, each with its atelier and trekker', async () => {
    const data = await t.client().ok(AGENDA, { first: 50, status: 'ACTIVE' });
    const titles = data.socialIssues.edges.map((e: any) => e.node.title);
    for (const title of [
      'Armoede en schulden',
      'Eenzaamheid en betekenisvol contact',
      'Samen wonen in de wijk',
      'Jongeren met een ondersteuningsbehoefte, inclusie en participatie (JIP)',
      'Evalueren van sociale interventies',
    ]) {
      expect(titles).toContain(title);
      const issue = data.socialIssues.edges.find((e: any) => e.node.title === title).node;
      expect(issue.ateliers.length).toBeGreaterThanOrEqual(1);
      expect(issue.ateliers[0].trekker.name).toEqual(expect.any(String));
    }
    expect(data.socialIssues.totalCount).toBe(titles.length);
  });

  it('successful-pagination: walks the agenda two at a time with cursors, without gaps or repeats', async () => {
    const all = await t.client().ok(AGENDA, { first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const data: any = await t.client().ok(AGENDA, { first: 2, after });
      seen.push(...data.socialIssues.edges.map((e: any) => e.node.id));
      expect(data.socialIssues.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!data.socialIssues.pageInfo.hasNextPage) break;
      after = data.socialIssues.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.socialIssues.edges.map((e: any) => e.node.id));
    expect(new Set(seen).size).toBe(all.socialIssues.totalCount);
  });

  it('successful-social-issue: shows a kwestie with its history of changes', async () => {
    const merged = await t.client().ok(AGENDA, { first: 50, status: 'MERGED' });
    expect(merged.socialIssues.edges.length).toBeGreaterThanOrEqual(1);
    const id = merged.socialIssues.edges[0].node.id;
    const data = await t
      .client()
      .ok(
        `query($id: ID!) { socialIssue(id: $id) { title status mergedInto { title status } history { kind createdAt } } }`,
        { id },
      );
    expect(data.socialIssue.status).toBe('MERGED');
    expect(data.socialIssue.mergedInto.status).toBe('ACTIVE');
    expect(data.socialIssue.history.map((h: any) => h.kind)).toEqual(
      expect.arrayContaining(['CREATED', 'MERGED_INTO']),
    );
  });

  it('successful-atelier: opens the loneliness atelier with its trekker and counts, also through node(id)', async () => {
    const list = await t
      .client()
      .ok(`{ ateliers(first: 50) { totalCount edges { node { id title socialIssue { title } } } } }`);
    const loneliness = list.ateliers.edges.find(
      (e: any) => e.node.socialIssue.title === 'Eenzaamheid en betekenisvol contact',
    );
    expect(loneliness).toBeDefined();
    const query = `query($id: ID!) {
      atelier(id: $id) { id title trekker { name email } arenaCount tribuneCount socialIssue { title } }
      node(id: $id) { id ... on Atelier { title } }
    }`;
    const data = await t.client().ok(query, { id: loneliness.node.id });
    expect(data.atelier.trekker.name).toEqual(expect.any(String));
    expect(data.atelier.trekker.email).toBeNull();
    expect(data.atelier.arenaCount).toBeGreaterThanOrEqual(1);
    expect(data.atelier.tribuneCount).toBeGreaterThanOrEqual(1);
    expect(data.node).toEqual({ id: loneliness.node.id, title: data.atelier.title });
  });

  it('successful-werkgebied: lists the gemeenten and the partner organisations', async () => {
    const data = await t
      .client()
      .ok(
        `{ municipalities { name cbsCode region } organisations(first: 100) { totalCount edges { node { name kind municipality { name } } } } }`,
      );
    expect(data.municipalities.map((m: any) => m.name)).toEqual(
      expect.arrayContaining(['Nijmegen', 'Arnhem', 'Land van Cuijk']),
    );
    const kinds = new Set(data.organisations.edges.map((e: any) => e.node.kind));
    expect(kinds.size).toBe(12);
    expect(data.organisations.totalCount).toBe(data.organisations.edges.length);
  });

  describe('failing reads', () => {
    it('answers NOT_FOUND for an id of the right kind that does not exist', async () => {
      const id = Buffer.from('Atelier:00000000-0000-4000-8000-000000000000').toString('base64url');
      const result = await t.client().query(`query($id: ID!) { atelier(id: $id) { id } }`, { id });
      expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });

    it('answers BAD_USER_INPUT naming the argument for an id of another kind or garbage', async () => {
      const agenda = await t.client().ok(AGENDA, { first: 1 });
      const issueId = agenda.socialIssues.edges[0].node.id;
      for (const id of [issueId, 'niet-een-id', '']) {
        const result = await t.client().query(`query($id: ID!) { atelier(id: $id) { id } }`, { id });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      }
    });

    it('answers NOT_FOUND from node(id) for garbage, without saying more', async () => {
      const result = await t.client().query(`{ node(id: "bm9wZQ") { id } }`);
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    });

    it.each([[0], [-1], [101]])('refuses first: %i', async (first) => {
      const result = await t.client().query(AGENDA, { first });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('refuses a cursor that is not one', async () => {
      const result = await t.client().query(AGENDA, { first: 2, after: 'bm90LWEtY3Vyc29y' });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('keeps internals out of error responses for a malformed query', async () => {
      const result = await t.client().query(`{ socialIssues(first: "twee") { totalCount } }`);
      expect(result.status).toBe(400);
      const text = JSON.stringify(result.errors);
      expect(text).not.toMatch(/at .*\.(js|ts):\d+|node_modules|prisma|SELECT/i);
    });
  });

  it('serves /healthz as ok once migrated', async () => {
    const response = await t.http().get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });
});
