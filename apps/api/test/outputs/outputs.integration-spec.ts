import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { parseGlobalId } from '../../src/common/graphql/relay.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

/** A small PDF, a small MP4 (its `ftyp` box) and bytes of another kind (a PNG) named as a PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);
const MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypisom'),
  Buffer.from([0, 0, 2, 0]),
  Buffer.from('isomiso2'),
  Buffer.from([0, 0, 0, 8]),
  Buffer.from('free'),
]);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

const REGISTER = `mutation($a: ID!, $i: RegisterProductInput!) {
  registerProduct(atelierId: $a, input: $i) { id visibility version title registeredBy { name } authors { name } organisations { name } }
}`;
const READ = `query($id: ID!) {
  product(id: $id) {
    id title visibility
    lessons { id } insights { id } hiddenSources { lessons insights }
    file { name size contentType url }
  }
}`;

/** The database id behind a global id. */
function rawIdOf(globalId: string): string {
  return parseGlobalId(globalId)!.id;
}

interface Uploaded {
  file: { id: string; name: string; size: number; contentType: string; url: string };
}

describe('outputs: registered with authors, sources and a file, read by the ladder', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let trekker: GraphQLClient;
  let tribune: GraphQLClient;
  let visitor: GraphQLClient;
  let atelierId: string;
  let workshopId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true, env: { FILE_MAX_MB: '1' } });
    f = new DemoFixtures(t.prisma);
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    visitor = t.client();
    atelierId = (await f.atelierOf(LONELINESS)).id;
    workshopId = (await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } })).id;
  });
  afterAll(() => t.close());

  async function register(input: Record<string, unknown> = {}) {
    const data = await trekker.ok<{ registerProduct: { id: string; version: number } }>(REGISTER, {
      a: gid('Atelier', atelierId),
      i: { kind: 'REPORT', title: 'Rapport over de vaste tafel', description: 'Wat we zagen.', ...input },
    });
    return data.registerProduct;
  }

  async function storedFiles(): Promise<string[]> {
    const names = await readdir(join(t.config.files.dir)).catch(() => [] as string[]);
    return names.filter((name) => !name.startsWith('.'));
  }

  it('successful: the trekker registers an output with authors, organisations, themes and sources', async () => {
    const arena = await f.user(DEMO.arena);
    const trekkerUser = await f.user(DEMO.trekker);
    const organisation = await t.prisma.organisation.findFirstOrThrow({
      where: { status: 'LISTED', workshopId },
    });
    const theme = await t.prisma.nationalTheme.findFirstOrThrow();
    const publicLesson = await f.lesson({ atelierId, authorId: arena.id, visibility: 'PUBLIC' });
    const arenaLesson = await f.lesson({ atelierId, authorId: arena.id, visibility: 'ARENA' });
    const arenaInsight = await f.insight({ atelierId, authorId: trekkerUser.id, visibility: 'ARENA' });
    const data = await trekker.ok(REGISTER, {
      a: gid('Atelier', atelierId),
      i: {
        kind: 'KNOWLEDGE_CLIP',
        title: 'Kennisclip: de vaste tafel',
        description: 'Drie minuten over wat een vaste tafel doet.',
        url: 'https://example.nl/clip',
        publishedAt: '2026-03-01T00:00:00.000Z',
        os: ['EDUCATION', 'SUPPORT'],
        nationalThemeIds: [gid('NationalTheme', theme.id)],
        authorIds: [gid('User', arena.id), gid('User', trekkerUser.id)],
        organisationIds: [gid('Organisation', organisation.id)],
        lessonIds: [gid('Lesson', publicLesson.id), gid('Lesson', arenaLesson.id)],
        insightIds: [gid('Insight', arenaInsight.id)],
      },
    });
    const product = data.registerProduct;
    expect(product.visibility).toBe('ARENA');
    expect(product.registeredBy.name).toBe(trekkerUser.name);
    expect(product.authors.map((a: { name: string }) => a.name)).toEqual([arena.name, trekkerUser.name]);
    expect(product.organisations.map((o: { name: string }) => o.name)).toEqual([organisation.name]);

    // The tribune member does not read it in the arena; shared with the tribune, they read it with the sources
    // they may read, and how many they may not.
    expect((await tribune.query(READ, { id: product.id })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    await trekker.ok(`mutation($id: ID!) { setProductVisibility(id: $id, visibility: TRIBUNE) { id } }`, {
      id: product.id,
    });
    const read = (await tribune.ok(READ, { id: product.id })).product;
    expect(read.lessons.map((l: { id: string }) => l.id)).toEqual([gid('Lesson', publicLesson.id)]);
    expect(read.insights).toEqual([]);
    expect(read.hiddenSources).toEqual({ lessons: 1, insights: 1 });
    // The trekker reads every source.
    const own = (await trekker.ok(READ, { id: product.id })).product;
    expect(own.hiddenSources).toEqual({ lessons: 0, insights: 0 });
    expect(own.lessons).toHaveLength(2);
  });

  it('failing: an output whose summary names a resident is refused (PERSONAL_DATA)', async () => {
    const result = await trekker.query(REGISTER, {
      a: gid('Atelier', atelierId),
      i: {
        kind: 'ADVICE',
        title: 'Advies aan de gemeente',
        description: 'Mevrouw Jansen (06-12345678) vertelde hoe het ging.',
      },
    });
    expect(result.errors?.[0]?.extensions.code).toBe('PERSONAL_DATA');
  });

  it('failing: a source the registrar cannot read, or of another atelier, is refused', async () => {
    const other = await f.atelierOf('Samen wonen in de wijk');
    const arena = await f.user(DEMO.arena);
    const elsewhere = await f.lesson({ atelierId: other.id, authorId: arena.id, visibility: 'PUBLIC' });
    const result = await trekker.query(REGISTER, {
      a: gid('Atelier', atelierId),
      i: {
        kind: 'REPORT',
        title: 'Met een vreemde bron',
        description: '',
        lessonIds: [gid('Lesson', elsewhere.id)],
      },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.lessonIds',
    });
  });

  it('successful: the catalogue narrows by kind, O, theme, kwestie and year, page by page', async () => {
    const theme = await t.prisma.nationalTheme.findFirstOrThrow({ where: { slug: 'sociale-basis' } });
    const atelier = await t.prisma.atelier.findUniqueOrThrow({ where: { id: atelierId } });
    const ids: string[] = [];
    for (const year of [2023, 2024, 2024]) {
      const made = await register({
        kind: 'PUBLICATION',
        title: `Catalogustoets ${year}`,
        os: ['DEVELOPMENT'],
        publishedAt: `${year}-05-01T00:00:00.000Z`,
        nationalThemeIds: [gid('NationalTheme', theme.id)],
      });
      ids.push(made.id);
    }
    for (const id of ids) {
      await trekker.ok(`mutation($id: ID!) { setProductVisibility(id: $id, visibility: TRIBUNE) { id } }`, {
        id,
      });
      await trekker.ok(`mutation($id: ID!) { setProductVisibility(id: $id, visibility: PUBLIC) { id } }`, {
        id,
      });
    }
    const CATALOGUE = `query($w: ID!, $k: ProductKind, $o: ProductO, $th: ID, $si: ID, $y: Int, $first: Int, $after: String) {
      products(workshopId: $w, kind: $k, o: $o, nationalThemeId: $th, socialIssueId: $si, year: $y, first: $first, after: $after) {
        totalCount edges { node { id title } } pageInfo { hasNextPage endCursor }
      }
    }`;
    const filters = {
      w: gid('Workshop', workshopId),
      k: 'PUBLICATION',
      o: 'DEVELOPMENT',
      th: gid('NationalTheme', theme.id),
      si: gid('SocialIssue', atelier.socialIssueId),
      y: 2024,
    };
    const first = (await visitor.ok(CATALOGUE, { ...filters, first: 1 })).products;
    expect(first.totalCount).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await visitor.ok(CATALOGUE, { ...filters, first: 1, after: first.pageInfo.endCursor }))
      .products;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([first.edges[0].node.id, second.edges[0].node.id].sort()).toEqual([ids[1], ids[2]].sort());
    expect((await visitor.ok(CATALOGUE, { ...filters, y: 2023 })).products.totalCount).toBe(1);
    expect((await visitor.ok(CATALOGUE, { ...filters, k: 'BOOK' })).products.totalCount).toBe(0);
  });

  it('successful: a PDF is stored under a clean name and served to its readers only, as a download', async () => {
    const productId = (await register()).id;
    const rawId = rawIdOf(productId);
    const response = await trekker.upload(
      `/files/product/${gid('Product', rawId)}`,
      PDF,
      '../../geheim/Rapport <def>?.pdf.exe',
    );
    expect(response.status).toBe(201);
    const { file } = response.body as Uploaded;
    expect(file.name).toBe('Rapport -def.pdf');
    expect(file.contentType).toBe('application/pdf');
    expect(file.size).toBe(PDF.length);

    const download = await trekker.get(file.url);
    expect(download.status).toBe(200);
    expect(Buffer.from(download.body as Buffer).equals(PDF)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="Rapport -def.pdf"/);

    // In the arena: the tribune member and a visitor get the same 404 as for a file that never was.
    expect((await tribune.get(file.url)).status).toBe(404);
    expect((await visitor.get(file.url)).status).toBe(404);
    expect((await visitor.get(`/files/${file.id}/other-name.pdf`)).status).toBe(404);
    expect((await tribune.query(READ, { id: productId })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    await trekker.ok(`mutation($id: ID!) { setProductVisibility(id: $id, visibility: TRIBUNE) { id } }`, {
      id: productId,
    });
    expect((await tribune.get(file.url)).status).toBe(200);
    expect((await visitor.get(file.url)).status).toBe(404);
  });

  it('successful: an MP4 is accepted; a new file replaces the old one, whose bytes go', async () => {
    const rawId = rawIdOf((await register()).id);
    const first = await trekker.upload(`/files/product/${gid('Product', rawId)}`, PDF, 'eerste.pdf');
    expect(first.status).toBe(201);
    const firstKey = (await t.prisma.storedFile.findUniqueOrThrow({ where: { productId: rawId } }))
      .storageKey;
    expect(await storedFiles()).toContain(firstKey);
    const second = await trekker.upload(`/files/product/${gid('Product', rawId)}`, MP4, 'clip.mp4');
    expect(second.status).toBe(201);
    expect((second.body as Uploaded).file.contentType).toBe('video/mp4');
    expect(await storedFiles()).not.toContain(firstKey);
    expect((await trekker.get((first.body as Uploaded).file.url)).status).toBe(404);
  });

  it('successful: a clip is served in ranges (from–to, open-ended, suffix), 416 beyond its end, 404 to who may not read it', async () => {
    const productId = (await register()).id;
    const uploaded = await trekker.upload(
      `/files/product/${gid('Product', rawIdOf(productId))}`,
      MP4,
      'clip.mp4',
    );
    expect(uploaded.status).toBe(201);
    const { url } = (uploaded.body as Uploaded).file;
    const size = MP4.length;

    // The whole file says that ranges may be asked.
    const full = await trekker.get(url);
    expect(full.status).toBe(200);
    expect(full.headers['accept-ranges']).toBe('bytes');
    expect(full.headers['content-length']).toBe(String(size));
    expect(Buffer.from(full.body as Buffer).equals(MP4)).toBe(true);

    const cases: [string, number, number][] = [
      ['bytes=4-11', 4, 11],
      [`bytes=${size - 8}-`, size - 8, size - 1],
      ['bytes=-4', size - 4, size - 1],
      [`bytes=0-${size + 100}`, 0, size - 1],
    ];
    for (const [header, start, end] of cases) {
      const part = await trekker.get(url).set('range', header);
      expect(part.status).toBe(206);
      expect(part.headers['content-range']).toBe(`bytes ${start}-${end}/${size}`);
      expect(part.headers['content-length']).toBe(String(end - start + 1));
      expect(part.headers['content-type']).toBe('video/mp4');
      expect(Buffer.from(part.body as Buffer).equals(MP4.subarray(start, end + 1))).toBe(true);
    }
    expect(Buffer.from((await trekker.get(url).set('range', 'bytes=4-11')).body as Buffer).toString()).toBe(
      'ftypisom',
    );

    const beyond = await trekker.get(url).set('range', `bytes=${size}-`);
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${size}`);
    // Several ranges at once are not served as parts: the whole file.
    expect((await trekker.get(url).set('range', 'bytes=0-1,4-5')).status).toBe(200);

    // In the arena: a range asked by the tribune or a visitor is refused as the whole file is, with nothing of it.
    for (const reader of [tribune, visitor]) {
      for (const header of ['bytes=0-3', `bytes=${size}-`]) {
        const refused = await reader.get(url).set('range', header);
        expect(refused.status).toBe(404);
        expect(refused.headers['content-range']).toBeUndefined();
        expect(Buffer.from(refused.body as Buffer).includes(Buffer.from('ftyp'))).toBe(false);
      }
    }
  });

  it('failing: bytes of another kind, an empty file, a file over the limit and a forged form are refused, in Dutch', async () => {
    const rawId = rawIdOf((await register()).id);
    const before = await storedFiles();

    const png = await trekker.upload(`/files/product/${gid('Product', rawId)}`, PNG, 'rapport.pdf');
    expect(png.status).toBe(415);
    expect(png.body).toMatchObject({
      code: 'FILE_TYPE',
      message: expect.stringContaining('PDF, ODT, DOCX, PPTX of MP4'),
    });

    const empty = await trekker.upload(
      `/files/product/${gid('Product', rawId)}`,
      Buffer.alloc(0),
      'leeg.pdf',
    );
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ code: 'FILE_EMPTY' });

    // FILE_MAX_MB is 1 in this app.
    const large = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const tooLarge = await trekker.upload(`/files/product/${gid('Product', rawId)}`, large, 'groot.pdf');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: 'Het bestand is te groot.',
      maxBytes: 1024 * 1024,
    });

    const forged = await trekker.upload(`/files/product/${gid('Product', rawId)}`, PDF, 'rapport.pdf', {
      'x-werkplaats-upload': '',
    });
    expect(forged.status).toBe(400);

    expect(await t.prisma.storedFile.count({ where: { productId: rawId } })).toBe(0);
    expect(await storedFiles()).toEqual(before);
    expect(await readdir(join(t.config.files.dir, '.incoming'))).toEqual([]);
  });

  it('successful: removing an output removes its file', async () => {
    const rawId = rawIdOf((await register()).id);
    const uploaded = await trekker.upload(`/files/product/${gid('Product', rawId)}`, PDF, 'weg.pdf');
    const key = (await t.prisma.storedFile.findUniqueOrThrow({ where: { productId: rawId } })).storageKey;
    expect(await storedFiles()).toContain(key);
    expect(
      await trekker.ok(`mutation($id: ID!) { removeProduct(id: $id) }`, { id: gid('Product', rawId) }),
    ).toEqual({
      removeProduct: true,
    });
    expect(await storedFiles()).not.toContain(key);
    expect((await trekker.get((uploaded.body as Uploaded).file.url)).status).toBe(404);
  });
});
