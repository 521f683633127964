import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { csvCell, toCsv } from '../../src/open-data/csv.js';
import { DATASET_NAMES } from '../../src/open-data/datasets.js';

/**
 * The atelier report (PDF and Markdown) and a werkplaats's open data: the ladder decides every line of both, the
 * personal-data check runs again on every text, and the CSV cannot run anything in a spreadsheet. Runs on the
 * embedded database and, with TEST_DATABASE_URL, on real Postgres (startTestApp picks the path).
 */
// The demo's questions of the arena: one kept there, one answered and shared with the tribune.
const ARENA_QUESTION = 'Hoe bereiken we mensen die nooit naar de buurtkamer komen?';
const TRIBUNE_QUESTION = 'Wanneer wordt een ontmoeting betekenisvol contact?';
const ARENA_LESSON = 'Een vaste dag en tijd geeft houvast';
const TRIBUNE_LESSON = 'Wederkerigheid: iets kunnen bijdragen maakt het verschil';
const PUBLIC_LESSON = 'Ontmoeting is het begin, niet het doel';
const TRIBUNE_INSIGHT = 'Een vaste plek, een vast gezicht en iets te doen';

describe('the atelier report and open data', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let workshopSlug: string;
  let trekker: GraphQLClient;
  let arena: GraphQLClient;
  let tribune: GraphQLClient;

  const reportPath = (format: 'md' | 'pdf', lang = 'nl') =>
    `/w/${workshopSlug}/ateliers/${gid('Atelier', atelierId)}/verslag.${format}?lang=${lang}`;
  const markdown = async (client: GraphQLClient | null, lang = 'nl') => {
    const response = await (client
      ? client.getText(reportPath('md', lang))
      : t.http().get(reportPath('md', lang)));
    expect(response.status).toBe(200);
    return response.text;
  };
  const openData = async (file: string) => t.http().get(`/w/${workshopSlug}/open-data/${file}`);

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    const atelier = await f.atelierOf(LONELINESS);
    atelierId = atelier.id;
    workshopSlug = (await t.prisma.workshop.findUniqueOrThrow({ where: { id: atelier.workshopId } })).slug;
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    arena = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  it("differs per reader: the tribune's report has no arena question or lesson, a visitor's only what is public", async () => {
    const forTrekker = await markdown(trekker);
    expect(forTrekker).toContain('# Verslag: Leeratelier Eenzaamheid en betekenisvol contact');
    expect(forTrekker).toContain('Gemaakt voor:** de trekker');
    expect(forTrekker).toContain(ARENA_QUESTION);
    expect(forTrekker).toContain(ARENA_LESSON);
    expect(forTrekker).toContain(TRIBUNE_INSIGHT);

    const forArena = await markdown(arena);
    expect(forArena).toContain(ARENA_QUESTION);
    expect(forArena).toContain(ARENA_LESSON);

    const forTribune = await markdown(tribune);
    expect(forTribune).toContain('Gemaakt voor:** de tribune');
    expect(forTribune).toContain(TRIBUNE_INSIGHT);
    expect(forTribune).toContain(TRIBUNE_LESSON);
    expect(forTribune).not.toContain(ARENA_QUESTION);
    expect(forTribune).toContain(TRIBUNE_QUESTION);
    expect(forTribune).not.toContain(ARENA_LESSON);

    const forVisitor = await markdown(null);
    expect(forVisitor).toContain('Gemaakt voor:** een bezoeker');
    expect(forVisitor).not.toContain(TRIBUNE_INSIGHT);
    expect(forVisitor).not.toContain(TRIBUNE_LESSON);
    expect(forVisitor).not.toContain(ARENA_LESSON);
    expect(forVisitor).not.toContain(TRIBUNE_QUESTION);
    // Who takes part is read from the tribune: a visitor gets no participant table.
    expect(forVisitor).toContain('Wie deelneemt, lees je vanaf de tribune van dit atelier.');
    // The visitor's spread counts only public lessons.
    const publicLessons = await t.prisma.lesson.findMany({
      where: { atelierId, visibility: 'PUBLIC' },
      select: { conditions: true },
    });
    const cohesion = publicLessons.filter((l) => l.conditions.includes('SOCIAL_COHESION')).length;
    expect(cohesion).toBeGreaterThan(0);
    expect(forVisitor).toContain(`| Sociale cohesie | ${cohesion} |`);
  });

  it('names a participant only with their consent; otherwise counts them per organisation', async () => {
    const me = await f.user(DEMO.arena);
    expect(await markdown(trekker)).not.toContain(me.name);
    await arena.ok(`mutation { updateMe(input: { nameInReports: true }) { id nameInReports } }`);
    const consented = await markdown(trekker);
    expect(consented).toContain(me.name);
    expect(consented).toMatch(/\| Arena \| Tribune \| Met naam \(met toestemming\) \|/);
    // Read back by oneself only.
    const others = await trekker.ok(`query($id: ID!) { node(id: $id) { ... on User { nameInReports } } }`, {
      id: gid('User', me.id),
    });
    expect(others.node?.nameInReports ?? null).toBeNull();
    await arena.ok(`mutation { updateMe(input: { nameInReports: false }) { id } }`);
    expect(await markdown(trekker)).not.toContain(me.name);
  });

  it('leaves out and counts an item whose personal data is not resolved', async () => {
    const trekkerRow = await f.user(DEMO.trekker);
    const lesson = await f.lesson({
      atelierId,
      authorId: trekkerRow.id,
      visibility: 'TRIBUNE',
      title: 'Bel mevrouw Jansen op 06-12345678 voor de inloop',
    });
    const report = await markdown(tribune);
    expect(report).not.toContain('Jansen');
    expect(report).not.toContain('06-12345678');
    expect(report).toMatch(/> \d+ items? weggelaten: persoonsgegevens niet opgelost/);
    await t.prisma.lesson.delete({ where: { id: lesson.id } });
  });

  it('is a PDF in Dutch or English; an unknown atelier or one under another werkplaats is not found', async () => {
    const pdf = await trekker
      .get(reportPath('pdf', 'en'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toBe('private, no-store');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="report-[a-z0-9-]+\.pdf"$/);
    const body = pdf.body as Buffer;
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(body.length).toBeGreaterThan(2000);

    const english = await markdown(trekker, 'en');
    expect(english).toContain('# Report: Leeratelier Eenzaamheid en betekenisvol contact');
    expect(english).toContain('## Spread of the lessons');

    const unknown = await trekker.getText(
      `/w/${workshopSlug}/ateliers/${gid('Atelier', '00000000-0000-4000-8000-000000000000')}/verslag.md`,
    );
    expect(unknown.status).toBe(404);
    const elsewhere = await trekker.getText(`/w/lindeland/ateliers/${gid('Atelier', atelierId)}/verslag.md`);
    expect(elsewhere.status).toBe(404);
    const notAnAtelier = await trekker.getText(
      `/w/${workshopSlug}/ateliers/${gid('Lesson', atelierId)}/verslag.md`,
    );
    expect(notAnAtelier.status).toBe(404);
  });

  it('open data holds only PUBLIC items, nothing with unresolved findings, a licence in every file and row', async () => {
    const trekkerRow = await f.user(DEMO.trekker);
    const withFindings = await f.lesson({
      atelierId,
      authorId: trekkerRow.id,
      visibility: 'PUBLIC',
      title: 'Mail jan.jansen@example.nl voor een afspraak',
    });
    const index = await openData('index.json');
    expect(index.status).toBe(200);
    const catalogue = index.body as {
      licence: { id: string; url: string };
      datasets: { name: string; rowCount: number; withheld: number; fields: { name: string }[] }[];
    };
    expect(catalogue.licence).toMatchObject({
      id: 'CC_BY_4_0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(catalogue.datasets.map((d) => d.name)).toEqual([...DATASET_NAMES]);
    expect(catalogue.datasets.find((d) => d.name === 'lessen')!.withheld).toBeGreaterThanOrEqual(1);

    const lessons = (await openData('lessen.json')).body as {
      licence: { url: string };
      withheld: number;
      rows: { id: string; title: string; licence: string }[];
    };
    expect(lessons.licence.url).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(lessons.withheld).toBeGreaterThanOrEqual(1);
    expect(lessons.rows.map((r) => r.id)).not.toContain(withFindings.id);
    expect(lessons.rows.every((r) => r.licence === lessons.licence.url)).toBe(true);
    const rungs = await t.prisma.lesson.findMany({
      where: { id: { in: lessons.rows.map((r) => r.id) } },
      select: { visibility: true, atelier: { select: { workshop: { select: { slug: true } } } } },
    });
    expect(rungs.length).toBe(lessons.rows.length);
    expect(rungs.every((r) => r.visibility === 'PUBLIC' && r.atelier.workshop.slug === workshopSlug)).toBe(
      true,
    );
    expect(lessons.rows.map((r) => r.title)).toContain(PUBLIC_LESSON);
    expect(lessons.rows.map((r) => r.title)).not.toContain(TRIBUNE_LESSON);

    const insights = (await openData('inzichten.json')).body as { rows: { id: string }[] };
    const insightRungs = await t.prisma.insight.findMany({
      where: { id: { in: insights.rows.map((r) => r.id) } },
      select: { visibility: true },
    });
    expect(insightRungs.every((r) => r.visibility === 'PUBLIC')).toBe(true);
    expect(JSON.stringify(insights)).not.toContain(TRIBUNE_INSIGHT);

    // An atelier's activities are tribune content: only the werkplaats-wide ones made public are open data.
    const activities = (await openData('activiteiten.json')).body as {
      rows: { id: string; scope: string }[];
    };
    expect(activities.rows.every((r) => r.scope === 'WERKPLAATS')).toBe(true);
    const activityRows = await t.prisma.activity.findMany({
      where: { id: { in: activities.rows.map((r) => r.id) } },
      select: { isPublic: true, workshop: { select: { slug: true } } },
    });
    expect(activityRows.length).toBe(activities.rows.length);
    expect(activityRows.every((r) => r.isPublic && r.workshop?.slug === workshopSlug)).toBe(true);

    const csv = await openData('lessen.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(csv.text.startsWith('\uFEFFid,atelierId,title,body,conditions,')).toBe(true);
    expect(csv.text).not.toContain('jan.jansen@example.nl');
    expect(csv.text.endsWith('\r\n')).toBe(true);

    expect((await openData('onbekend.json')).status).toBe(404);
    expect((await t.http().get('/w/bestaat-niet/open-data/lessen.json')).status).toBe(404);
    await t.prisma.lesson.delete({ where: { id: withFindings.id } });
  });

  it('the beheerder changes the licence; every file carries the new one (and nobody else may change it)', async () => {
    const workshop = await t.prisma.workshop.findUniqueOrThrow({ where: { slug: workshopSlug } });
    const SET = `mutation($w: ID!, $l: OpenDataLicence!) { setOpenDataLicence(workshopId: $w, licence: $l) { openDataLicence } }`;
    const refused = await trekker.query(SET, { w: gid('Workshop', workshop.id), l: 'CC0_1_0' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    const set = await admin.ok(SET, { w: gid('Workshop', workshop.id), l: 'CC0_1_0' });
    expect(set.setOpenDataLicence.openDataLicence).toBe('CC0_1_0');
    const ateliers = await openData('ateliers.csv');
    const [header, first] = ateliers.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.split(',').at(-1)).toBe('licence');
    expect(first!.endsWith(',https://creativecommons.org/publicdomain/zero/1.0/')).toBe(true);
    await admin.ok(SET, { w: gid('Workshop', workshop.id), l: 'CC_BY_4_0' });
  });

  it('CSV cells are RFC 4180 and never a formula', () => {
    expect(csvCell('gewoon')).toBe('gewoon');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('zei "hallo"')).toBe('"zei ""hallo"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+31 6')).toBe("'+31 6");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a', 'b'], [['1', 'ë']])).toBe('\uFEFFa,b\r\n1,ë\r\n');
  });
});
