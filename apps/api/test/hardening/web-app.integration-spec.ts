import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  Kind,
  OperationTypeNode,
  parse,
  print,
  visit,
  type DefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { GRAPHQL_LIMITS, operationCost } from '../../src/common/graphql/limits.js';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

// The web app's own operations, as generated from its sources (apps/web/src/gql*/gql.ts, kept current by
// `pnpm test`'s codegen check): the limits must let every page through with room to spare.
const webSrc = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/src');
const PRECOMPRESS = resolve(webSrc, '../scripts/precompress.mjs');
/** A second asset, varied enough that Brotli's dictionary and settings show. */
const agendaAsset = Array.from(
  { length: 300 },
  (_, i) =>
    `export const regel${i} = ${JSON.stringify(`Bijeenkomst ${i} van het leeratelier in wijk ${i % 17}`)};`,
).join('\n');

function webDocuments(): DefinitionNode[] {
  const definitions: DefinitionNode[] = [];
  for (const file of ['gql/gql.ts', 'gql-shell/gql.ts']) {
    const text = readFileSync(join(webSrc, file), 'utf8');
    const block = text.slice(text.indexOf('const documents'));
    for (const match of block.matchAll(/^\s+("(?:[^"\\]|\\.)*"): types\.\w+,?$/gm)) {
      definitions.push(...parse(JSON.parse(match[1]!) as string).definitions);
    }
  }
  return definitions;
}

/** The operation with the fragments it uses (transitively). */
function withFragments(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): string {
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !needed.has(fragment.name.value)) {
          needed.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return [operation, ...needed.values()].map((d) => print(d)).join('\n');
}

/** The same operation asking everything twice (each top-level field again under an alias): twice the cost. */
function doubled(operation: OperationDefinitionNode): OperationDefinitionNode {
  const fields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
  const again = fields.map((f): FieldNode => ({
    ...f,
    alias: { kind: Kind.NAME, value: `again_${f.alias?.value ?? f.name.value}` },
  }));
  return {
    ...operation,
    selectionSet: { ...operation.selectionSet, selections: [...operation.selectionSet.selections, ...again] },
  };
}

describe('the web app under the GraphQL limits', () => {
  let t: TestApp;
  let trekker: GraphQLClient;
  let committee: GraphQLClient;
  let beheer: GraphQLClient;
  let ids: Record<string, string>;
  const definitions = webDocuments();
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const queries = definitions.filter(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.QUERY,
  );

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const f = new DemoFixtures(t.prisma);
    const atelier = await f.atelierOf(LONELINESS);
    const insight = await t.prisma.insight.findFirstOrThrow({ where: { atelierId: atelier.id } });
    const activity = await t.prisma.activity.findFirstOrThrow({ where: { atelierId: atelier.id } });
    const question = await t.prisma.question.findFirstOrThrow({ where: { atelierId: atelier.id } });
    const product = await t.prisma.product.findFirstOrThrow({
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    // A proposal in the trekker's atelier (the demo has none), for the decision's page.
    const proposal = await t.prisma.proposal.create({
      data: {
        atelierId: atelier.id,
        authorId: atelier.trekkerId,
        kind: 'PROPOSAL',
        title: 'Een vaste ontmoetingstafel in elke wijk',
        body: '<p>Zullen we dit in het voorjaar proberen?</p>',
        closesAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
      },
    });
    ids = {
      proposal: gid('Proposal', proposal.id),
      atelier: gid('Atelier', atelier.id),
      question: gid('Question', question.id),
      product: gid('Product', product.id),
      lesson: gid('Lesson', (await f.lessonAt(atelier.id, 'ARENA')).id),
      insight: gid('Insight', insight.id),
      activity: gid('Activity', activity.id),
      workshop: gid('Workshop', atelier.workshopId),
    };
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    committee = await t.client().signIn(DEMO.committee, DEMO_PASSWORD);
    beheer = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  const variablesFor = (name: string): Record<string, string | boolean> => ({
    id:
      (
        {
          LessonPage: ids.lesson,
          InsightPage: ids.insight,
          ActivityPage: ids.activity,
          // The link picker of an activity lists its atelier's insights, lessons and outputs.
          ActivityLinkChoices: ids.atelier,
          QuestionPage: ids.question,
          OutputPage: ids.product,
          EditOutputPage: ids.product,
          ProposalPage: ids.proposal,
        } as Record<string, string | undefined>
      )[name] ?? ids.atelier!,
    query: 'buurt',
    // A theme's page by its slug; the werkplaats of a page's address (its privacy statement too) by its own.
    slug: [
      'CurrentWorkshop',
      'PrivacyStatementPage',
      'BeheerPrivacyStatement',
      'BeheerPrivacyWords',
    ].includes(name)
      ? 'arnhem-nijmegen'
      : 'sociale-basis',
    workshopId: ids.workshop!,
    // The atelier a page is about when its address names it apart (registering an output, linking a question).
    atelierId: ids.atelier!,
    // An invitation's link, as a visitor might hold one that names nothing: the page's question is still admitted.
    token: 'een-onbekende-uitnodiging',
    // The trekker's digest previewed as a tribune member.
    reader: 'TRIBUNE',
    // The sign-in page asks which work-account providers serve a typed address, in the werkplaats it came from.
    email: 'iemand@example.nl',
    workshopSlug: 'arnhem-nijmegen',
    // The moderation queue's open reports; the people offered after "@Tr" under a lesson's thread.
    hidden: false,
    targetId: ids.lesson!,
    search: 'Tr',
  });
  const declared = (operation: OperationDefinitionNode, values: Record<string, string | boolean>) =>
    Object.fromEntries(
      (operation.variableDefinitions ?? [])
        .filter((v) => v.variable.name.value in values)
        .map((v) => [v.variable.name.value, values[v.variable.name.value]]),
    );

  it('finds the web app’s pages', () => {
    expect(queries.map((q) => q.name?.value)).toEqual(
      expect.arrayContaining([
        'AtelierPage',
        'Feed',
        'FeedAteliers',
        'TrekkerDashboard',
        'LessonPage',
        'Agenda',
        'Workshops',
        'CurrentWorkshop',
        'ObjectWorkshop',
        'PersonWorkshops',
        'PrivacyStatementPage',
        'PrivacyStatements',
        'AccessibilityContacts',
        'BeheerPrivacyStatement',
        'BeheerProcessingRegister',
        'BeheerPrivacyWords',
        'BeheerDraftRetention',
        'DigestDraft',
        'DigestPreview',
        'AtelierDigests',
      ]),
    );
  });

  it('costs every query of the web app at most half the limit', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const costs = Object.fromEntries(
      queries.map((operation) => {
        const name = operation.name?.value ?? '(anonymous)';
        return [
          name,
          operationCost(
            schema,
            parse(withFragments(operation, fragments)),
            declared(operation, variablesFor(name)),
            name,
          ),
        ];
      }),
    );
    const heaviest = Object.entries(costs).sort(([, a], [, b]) => b - a);
    console.log(
      `web app operation costs (limit ${GRAPHQL_LIMITS.maxCost}): ${heaviest
        .slice(0, 8)
        .map(([n, c]) => `${n} ${c}`)
        .join(', ')}`,
    );
    expect(heaviest.filter(([, cost]) => cost > GRAPHQL_LIMITS.maxCost / 2)).toEqual([]);
    expect(costs.AtelierPage).toBeGreaterThan(0);
  });

  it('admits every query of the web app, even asked twice over in one request', async () => {
    const refused: string[] = [];
    for (const operation of queries) {
      const name = operation.name?.value ?? '(anonymous)';
      const variables = declared(operation, variablesFor(name));
      // Each page as the one it is for: the commissie's agenda, the beheerder's pages (and the membership requests
      // they decide on, on /lidmaatschappen and in beheer), the rest as the trekker.
      const asBeheerder = name.startsWith('Beheer') || name === 'MembershipRequests';
      const viewer = name === 'CommitteeAgenda' ? committee : asBeheerder ? beheer : trekker;
      for (const [label, document] of [
        ['once', withFragments(operation, fragments)],
        ['twice', withFragments(doubled(operation), fragments)],
      ] as const) {
        const result = await viewer.query(document, variables);
        if (result.status !== 200 || result.errors)
          refused.push(`${name} (${label}): ${result.status} ${JSON.stringify(result.errors)}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('admits the feed at 50 and at the largest page (100), and refuses what no page asks for', async () => {
    const feed = queries.find((q) => q.name?.value === 'Feed')!;
    const source = withFragments(feed, fragments);
    // The printed operation may break the arguments over lines (the feed's filters make them long).
    expect(source).toMatch(/feed\(\s*first: \d+/);
    for (const first of [50, 100]) {
      const result = await trekker.query(source.replace(/feed\(\s*first: \d+/, `feed(first: ${first}`), {
        workshopId: ids.workshop,
      });
      expect({ first, errors: result.errors }).toEqual({ first, errors: undefined });
      expect(result.data.feed.edges.length).toBeGreaterThan(0);
    }
    // Every atelier with a full page of its lessons and their reactions: a page of pages.
    const abusive = await trekker.query(
      `{ ateliers(first: 100) { edges { node { lessons(first: 100) { edges { node { title reactions { id } } } } } } } }`,
    );
    expect(abusive.status).toBe(400);
    expect(abusive.errors?.[0]?.message).toMatch(/too expensive/);
    expect(abusive.data).toBeUndefined();
  });
});

/** A GET whose body is kept as the bytes sent (supertest and fetch would unzip them). */
async function rawGet(
  t: TestApp,
  path: string,
  headers: Record<string, string>,
): Promise<{ statusCode: number; headers: IncomingHttpHeaders; rawPayload: Buffer }> {
  const server = t.app.getHttpServer();
  if (!server.listening) await t.app.listen(0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return new Promise((resolveGet, reject) => {
    get({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolveGet({
          statusCode: res.statusCode ?? 0,
          headers: res.headers,
          rawPayload: Buffer.concat(chunks),
        }),
      );
    }).on('error', reject);
  });
}

describe('the web app’s page and session cookie in production', () => {
  let t: TestApp;
  let webDist: string;
  // A built asset as Vite names it (content hash), large enough to be worth compressing.
  const asset = `export const tekst = ${JSON.stringify('Werkplaats Sociaal Domein. '.repeat(400))};\n`;
  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'werkplaats-web-'));
    writeFileSync(
      join(webDist, 'index.html'),
      '<!doctype html><html lang="nl"><head><title>Werkplaats</title></head><body><div id="root"></div></body></html>',
    );
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'assets', 'index-3f9a1c2e.js'), asset);
    writeFileSync(join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // An asset the build precompresses, as `vite build` does through the web app's own script.
    writeFileSync(join(webDist, 'assets', 'agenda-7c1d2e3f.js'), agendaAsset);
    execFileSync(process.execPath, [PRECOMPRESS, webDist]);
    t = await startTestApp({
      demo: true,
      env: { NODE_ENV: 'production', WEB_DIST_DIR: webDist, TRUST_PROXY: 'true' },
    });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it.each(['/', '/ateliers/deep-link'])(
    'serves %s with a strict Content-Security-Policy and the security headers',
    async (path) => {
      const response = await t.http().get(path).set('accept', 'text/html');
      expect(response.status).toBe(200);
      expect(response.text).toContain('<div id="root">');
      const csp = String(response.headers['content-security-policy']);
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ]) {
        expect(csp).toContain(directive);
      }
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{8}; includeSubDomains/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(response.headers['x-powered-by']).toBeUndefined();
    },
  );

  it('serves the page itself uncached, so a new release is picked up at once', async () => {
    const page = await t.http().get('/ateliers/deep-link').set('accept', 'text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
  });

  it('serves hashed assets compressed and cached for a year, other files for an hour', async () => {
    const js = await rawGet(t, '/assets/index-3f9a1c2e.js', { 'accept-encoding': 'gzip' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['content-encoding']).toBe('gzip');
    expect(js.rawPayload.length).toBeLessThan(asset.length / 10);
    expect(gunzipSync(js.rawPayload).toString('utf8')).toBe(asset);

    const icon = await t.http().get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('serves the build’s own Brotli and gzip forms of an asset, smallest first, each as the same file', async () => {
    const original = readFileSync(join(webDist, 'assets', 'agenda-7c1d2e3f.js'));
    const br = await rawGet(t, '/assets/agenda-7c1d2e3f.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    // The file the build wrote at the highest setting, not one compressed on the fly.
    expect(br.rawPayload.equals(readFileSync(join(webDist, 'assets', 'agenda-7c1d2e3f.js.br')))).toBe(true);
    expect(brotliDecompressSync(br.rawPayload).equals(original)).toBe(true);

    const gz = await rawGet(t, '/assets/agenda-7c1d2e3f.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(original)).toBe(true);
    expect(br.rawPayload.length).toBeLessThan(gz.rawPayload.length);

    const plain = await rawGet(t, '/assets/agenda-7c1d2e3f.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(original)).toBe(true);
    // The compressed forms are not addresses of their own.
    expect((await t.http().get('/assets/agenda-7c1d2e3f.js.br')).status).toBe(404);
  });

  it('answers 404, not the page, for a missing file or a client that wants JSON', async () => {
    expect((await t.http().get('/assets/index-00000000.js')).status).toBe(404);
    expect((await t.http().get('/ateliers/deep-link').set('accept', 'application/json')).status).toBe(404);
  });

  it('leaves GraphQL answers uncompressed (the proxy in front compresses)', async () => {
    const response = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-encoding', 'gzip')
      .send({ query: `{ socialIssues(first: 50) { edges { node { id title description } } } }` });
    expect(response.status).toBe(200);
    expect(response.body.data.socialIssues.edges.length).toBeGreaterThan(0);
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  it('sets the session and known-browser cookies as __Host-, Secure, HttpOnly and SameSite=Lax, without a Domain', async () => {
    const response = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-proto', 'https')
      .send({ query: `mutation { signIn(email: "${DEMO.tribune}", password: "${DEMO_PASSWORD}") { id } }` });
    expect(response.body.errors).toBeUndefined();
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const session = cookies.find((c) => c.startsWith('__Host-werkplaats_session='));
    expect(session).toBeDefined();
    const attributes = session!
      .split(';')
      .slice(1)
      .map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['path=/', 'httponly', 'secure', 'samesite=lax']));
    expect(attributes.some((a) => a.startsWith('domain='))).toBe(false);
    expect(cookies.some((c) => c.startsWith('werkplaats_session='))).toBe(false);

    // The known-browser cookie: the same attributes, for a year.
    const browser = cookies.find((c) => c.startsWith('__Host-werkplaats_browser='));
    const browserAttributes = browser!
      .split(';')
      .slice(1)
      .map((a) => a.trim().toLowerCase());
    expect(browserAttributes).toEqual(
      expect.arrayContaining(['path=/', 'httponly', 'secure', 'samesite=lax', `max-age=${365 * 24 * 3600}`]),
    );
    expect(browserAttributes.some((a) => a.startsWith('domain='))).toBe(false);
  });
});

describe('the built web app in production', () => {
  // The real build (`pnpm -r run build`; `pnpm test` builds before these tests): what a deployment serves.
  const webDist = resolve(webSrc, '../dist');
  let t: TestApp;
  beforeAll(async () => {
    if (!existsSync(join(webDist, 'index.html'))) {
      throw new Error(`No web build at ${webDist}: run \`pnpm -r run build\` first`);
    }
    t = await startTestApp({ env: { NODE_ENV: 'production', WEB_DIST_DIR: webDist } });
  });
  afterAll(() => t?.close());

  it('serves no source maps: none in the build, none referenced by its scripts, none under /assets', async () => {
    const files = readdirSync(webDist, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const scripts = readdirSync(join(webDist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
    expect(scripts.length).toBeGreaterThan(5);
    for (const file of scripts) {
      const text = readFileSync(join(webDist, 'assets', file), 'utf8');
      expect({ file, referencesAMap: /sourceMappingURL/.test(text) }).toEqual({
        file,
        referencesAMap: false,
      });
      const map = await t.http().get(`/assets/${file}.map`);
      expect({ file, status: map.status }).toEqual({ file, status: 404 });
    }
  });
});
