import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const ATELIER = 'Leeratelier Eenzaamheid en betekenisvol contact';
/** A question kept in the arena: in the trekker's report, never in a tribune member's. */
const ARENA_QUESTION = 'Hoe bereiken we mensen die nooit naar de buurtkamer komen?';
/** A question answered and shared with the tribune: in both. */
const TRIBUNE_QUESTION = 'Wanneer wordt een ontmoeting betekenisvol contact?';
/** The insight shared with the tribune: in both. */
const TRIBUNE_INSIGHT = 'Een vaste plek, een vast gezicht en iets te doen';

/** Opens the atelier's page and downloads its report as Markdown in Dutch, returning the file's text. */
async function downloadMarkdownReport(page: Page): Promise<string> {
  await page.goto(DEMO_WORKSHOP);
  await page.getByRole('link', { name: ATELIER }).click();
  await page.getByRole('heading', { level: 1, name: ATELIER }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Verslag downloaden' }).waitFor();
  await page.getByLabel('Bestandsvorm').selectOption('md');
  await page.getByLabel('Taal van het verslag').selectOption('nl');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download het verslag (Markdown (tekst), Nederlands)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('verslag-leeratelier-eenzaamheid-en-betekenisvol-contact.md');
  return readFileSync(await file.path(), 'utf8');
}

/**
 * The atelier report, downloaded from the atelier's page by its trekker and by a tribune member: the same atelier,
 * different contents (the ladder decides every line). And the werkplaats's open data, reached from the footer:
 * datasets with their fields and licence, downloadable, without axe violations on a desktop and a 390 px phone.
 */
describe('the atelier report and open data', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the report downloaded by the trekker and by a tribune member (different contents)', async () => {
    const shot = screenshots('report');
    const trekker = await newPage(browser);
    await signIn(trekker.page, DEMO.trekker);
    const trekkerReport = await downloadMarkdownReport(trekker.page);
    await shot(trekker.page, 'atelier-trekker');
    expect(trekkerReport).toContain('# Verslag: Leeratelier Eenzaamheid en betekenisvol contact');
    expect(trekkerReport).toContain(ARENA_QUESTION);
    expect(trekkerReport).toContain(TRIBUNE_INSIGHT);
    await trekker.context.close();

    const tribune = await newPage(browser);
    await signIn(tribune.page, DEMO.tribune);
    const tribuneReport = await downloadMarkdownReport(tribune.page);
    expect(tribuneReport).toContain(TRIBUNE_INSIGHT);
    expect(tribuneReport).not.toContain(ARENA_QUESTION);
    expect(tribuneReport).toContain(TRIBUNE_QUESTION);
    await tribune.context.close();
  });

  it('the open-data page lists the datasets with their fields and licence, on a desktop and a phone', async () => {
    const shot = screenshots('open-data');
    for (const viewport of [
      { width: 1366, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { context, page } = await newPage(browser, viewport);
      await page.goto(DEMO_WORKSHOP);
      await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Links over deze website' })
        .getByRole('link', { name: 'Open data' })
        .click();
      await page.waitForURL(`**${DEMO_WORKSHOP}/open-data`);
      await page.getByRole('heading', { level: 1, name: /^Open data van / }).waitFor();
      await page.getByRole('link', { name: 'CC BY 4.0 (Naamsvermelding)' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Velden van Lessen' }).waitFor();
      await page.getByRole('rowheader', { name: 'conditions' }).first().waitFor();
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `open-data-${viewport.width}`);

      if (viewport.width > 1000) {
        const download = page.waitForEvent('download');
        await page.getByRole('link', { name: 'Lessen als CSV' }).click();
        const file = await download;
        expect(file.suggestedFilename()).toBe('arnhem-nijmegen-lessen.csv');
        const csv = readFileSync(await file.path(), 'utf8');
        expect(csv.startsWith('\uFEFFid,atelierId,title,body,conditions,')).toBe(true);
        expect(csv).toContain('https://creativecommons.org/licenses/by/4.0/');
      }
      await context.close();
    }
  });
});
