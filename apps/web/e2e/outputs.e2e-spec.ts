import type { Browser } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  api,
  atelierId,
  axeViolations,
  baseUrl,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';
// Words no other spec searches for.
const TITLE = 'Handreiking buurtkamers: wat de regio bouwde';
// The loneliness atelier's insight (demo, TRIBUNE): the output draws on it, so it is on the output's knowledge path.
const INSIGHT = 'Een vaste plek, een vast gezicht en iets te doen';
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * An output registered with a file and found in the public catalogue: the trekker registers a publication with a
 * small PDF from the atelier page and shares it, one rung at a time, with the public; a visitor on a phone finds it
 * through the catalogue's filters and downloads it; a tribune member cannot fetch an arena output's file by its URL.
 * The output draws on the atelier's tribune insight: its knowledge path shows the trekker that insight and the output
 * itself, the visitor the output and only a count where the insight is.
 */
describe('outputs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('an output registered with a file and found in the public catalogue', async () => {
    const shot = screenshots('outputs');
    const trekker = await newPage(browser, { width: 1366, height: 900 });
    await signIn(trekker.page, DEMO.trekker);
    const page = trekker.page;
    const loneliness = await atelierId(trekker.context, LONELINESS);
    await page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(loneliness)}`);
    const outputs = page.getByRole('region', { name: 'Opbrengsten' });
    await outputs.getByRole('link', { name: 'Opbrengst registreren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opbrengst registreren' }).waitFor();

    await page.getByLabel('Soort opbrengst').selectOption('PUBLICATION');
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Samenvatting').fill('Hoe drie gemeenten een buurtkamer openden, stap voor stap.');
    await page.getByLabel('Datum', { exact: true }).fill('2025-06-01');
    const os = page.getByRole('group', { name: 'Dient de O’s' });
    await os.getByLabel('Ondersteuning').check();
    await page.getByRole('group', { name: 'Auteurs' }).getByRole('checkbox').first().check();
    await page
      .getByRole('group', { name: 'Inzichten' })
      .getByRole('checkbox', { name: new RegExp(INSIGHT) })
      .check();
    // A file of another kind is refused next to the field, in words; the form keeps what was typed.
    await page.getByLabel('Bestand (niet verplicht)').setInputFiles({
      name: 'foto.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    });
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'formulier');
    await page.getByRole('button', { name: 'Opbrengst registreren' }).click();
    await page.getByText('Dit soort bestand kan niet: kies een PDF, ODT, DOCX, PPTX of MP4.').waitFor();
    await page.getByText('De opbrengst is opgeslagen, het bestand nog niet.').waitFor();
    // The output was saved once; only the file is sent again.
    await page.getByLabel('Bestand (niet verplicht)').setInputFiles({
      name: 'Handreiking buurtkamers.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByRole('button', { name: 'Bestand opnieuw versturen' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('link', { name: /^PDF downloaden/ }).waitFor();

    // In the arena still; the trekker shares it with the tribune, then the public (each step asked first).
    for (const rung of ['Tribune', 'Openbaar']) {
      await page.getByRole('button', { name: `Delen met: ${rung}` }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: `Delen met: ${rung}` })
        .click();
      await page.getByText(`Gedeeld: ${rung}.`).waitFor();
    }
    // The knowledge path behind it, opened: the insight it draws on, its lessons, and the output as the last step.
    const trekkerPath = page.getByRole('region', { name: 'Kennispad' });
    await trekkerPath.getByText('Kennispad').click();
    const insights = trekkerPath
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Regionale inzichten' }) });
    await insights.getByRole('link', { name: INSIGHT }).waitFor();
    const outputsStep = trekkerPath
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Opbrengsten' }) });
    await outputsStep.getByRole('link', { name: TITLE }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'opbrengst-trekker');
    await trekker.context.close();

    // A visitor on a phone narrows the catalogue to publications of 2025 and downloads the file.
    const visitor = await newPage(browser, { width: 390, height: 844 });
    await visitor.page.goto(`${DEMO_WORKSHOP}/opbrengsten`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Opbrengsten' }).waitFor();
    await visitor.page.getByLabel('Soort', { exact: true }).selectOption('PUBLICATION');
    await visitor.page.getByLabel('Jaar', { exact: true }).selectOption('2025');
    await visitor.page.waitForURL(/soort=PUBLICATION/);
    const found = visitor.page.getByRole('link', { name: TITLE });
    await found.waitFor();
    await visitor.page
      .getByRole('status')
      .getByText(/opbrengst/)
      .waitFor();
    expect(await sidewaysOverflow(visitor.page)).toBe(0);
    expect(await axeViolations(visitor.page)).toEqual([]);
    await shot(visitor.page, 'catalogus-telefoon');
    // A kind with nothing in that year says so.
    await visitor.page.getByLabel('Soort', { exact: true }).selectOption('BOOK');
    await visitor.page.getByText('Geen opbrengsten met deze filters.', { exact: false }).waitFor();
    await visitor.page.getByLabel('Soort', { exact: true }).selectOption('PUBLICATION');
    await found.click();
    await visitor.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await sidewaysOverflow(visitor.page)).toBe(0);
    // The visitor's path: the output itself, and the tribune insight only counted, never named.
    const visitorPath = visitor.page.getByRole('region', { name: 'Kennispad' });
    await visitorPath.getByText('Kennispad').click();
    const stepOf = (name: string) =>
      visitorPath
        .getByRole('listitem')
        .filter({ has: visitor.page.getByRole('heading', { name, exact: true }) });
    await stepOf('Opbrengsten').getByRole('link', { name: TITLE }).waitFor();
    await stepOf('Regionale inzichten').getByText('1 verborgen onderdeel').waitFor();
    expect(await visitorPath.getByText(INSIGHT).count()).toBe(0);
    expect(await sidewaysOverflow(visitor.page)).toBe(0);
    expect(await axeViolations(visitor.page)).toEqual([]);
    const [download] = await Promise.all([
      visitor.page.waitForEvent('download'),
      visitor.page.getByRole('link', { name: /^PDF downloaden/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Handreiking buurtkamers.pdf');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(path)).equals(PDF)).toBe(true);
    await visitor.context.close();
  });

  it('a tribune member cannot download an arena output’s file by its URL', async () => {
    const trekker = await newPage(browser);
    await signIn(trekker.page, DEMO.trekker);
    const loneliness = await atelierId(trekker.context, LONELINESS);
    const made = await api<{ registerProduct: { id: string } }>(
      trekker.context,
      'mutation($a: ID!, $i: RegisterProductInput!) { registerProduct(atelierId: $a, input: $i) { id } }',
      {
        a: loneliness,
        i: { kind: 'METHOD', title: 'Werkwijze in opbouw, nog in de arena', description: '' },
      },
    );
    const upload = await trekker.context.request.post(
      `/files/product/${encodeURIComponent(made.registerProduct.id)}`,
      {
        headers: { 'x-werkplaats-upload': '1' },
        multipart: { file: { name: 'werkwijze.pdf', mimeType: 'application/pdf', buffer: PDF } },
      },
    );
    expect(upload.status()).toBe(201);
    const { file } = (await upload.json()) as { file: { url: string } };
    expect((await trekker.context.request.get(file.url)).status()).toBe(200);
    await trekker.context.close();

    const tribune = await newPage(browser);
    await signIn(tribune.page, DEMO.tribune);
    expect((await tribune.context.request.get(file.url)).status()).toBe(404);
    // Not a hint of it in the page either: the address of the output is not found for them.
    await tribune.page.goto(`${DEMO_WORKSHOP}/opbrengsten/${encodeURIComponent(made.registerProduct.id)}`);
    await tribune.page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    expect((await fetch(`${baseUrl()}${file.url}`)).status).toBe(404);
    await tribune.context.close();
  });
});
