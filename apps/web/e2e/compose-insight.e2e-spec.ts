import type { Browser, Locator, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  atelierId,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Where a box is on the page. */
async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on the page');
  return b;
}

/** The three filters lie inside their card and side by side or under each other, never over each other. */
async function filtersFit(page: Page): Promise<void> {
  const card = page.getByRole('group', { name: 'Lessen filteren' });
  const outer = await box(card);
  const selects = [
    await box(card.getByLabel('Voorwaarde')),
    await box(card.getByLabel('Gemeente')),
    await box(card.getByLabel('Praktijk')),
  ];
  for (const s of selects) {
    expect(s.x).toBeGreaterThanOrEqual(outer.x);
    expect(s.x + s.width).toBeLessThanOrEqual(outer.x + outer.width);
    expect(s.y + s.height).toBeLessThanOrEqual(outer.y + outer.height);
  }
  for (const [i, a] of selects.entries()) {
    for (const b of selects.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart).toBe(true);
    }
  }
}

/**
 * Composing an insight (issue 19): the filters fit their card at every width, each lesson to choose says what it
 * is about, where and on which conditions, and before sharing the page says how many of the chosen lessons the
 * insight's readers will see. The trekker's dashboard lists the practices per gemeente.
 */
describe('composing an insight', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const [label, viewport] of [
    ['wide', WIDE],
    ['phone', PHONE],
  ] as const) {
    it(`shows excerpts, fitting filters and the readers' warning at ${viewport.width} px`, async () => {
      const shot = screenshots('compose-insight');
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.trekker);
      const id = await atelierId(context, LONELINESS);

      // The dashboard: the practices per gemeente, as a list a screen reader reads as one.
      await page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(id)}/dashboard`);
      const places = page.getByRole('region', { name: 'Praktijken per gemeente' });
      await places.getByRole('heading', { level: 3, name: /Nijmegen/ }).waitFor();
      const nijmegen = places.getByRole('list', { name: /Nijmegen/ });
      await nijmegen.getByText('Buurtkamer Hatert').waitFor();
      expect(await nijmegen.getByText(/\d+ deelnemers? · \d+ les(sen)?/).count()).toBeGreaterThan(0);
      await places.getByRole('heading', { level: 3, name: /Arnhem/ }).waitFor();
      await places.getByRole('heading', { level: 3, name: /Land van Cuijk/ }).waitFor();
      expect(await page.getByRole('img', { name: /kaart/i }).count()).toBe(0);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `${label}-dashboard-places`);

      await page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(id)}/inzicht`);
      await page.getByRole('heading', { level: 1, name: 'Een inzicht samenstellen' }).waitFor();
      await filtersFit(page);

      // Each lesson: its title to tick, then the first words of its text, its rung, gemeente and conditions.
      const vasteDag = page.locator('.compose__pick', {
        has: page.getByRole('checkbox', { name: 'Een vaste dag en tijd geeft houvast' }),
      });
      await vasteDag
        .getByText(
          'Toen de buurtkamer van wisselende dagen naar elke dinsdag en donderdag ging, verdubbelde het aantal vaste bezoekers in twee maanden. Mensen plannen hun week…',
        )
        .waitFor();
      await vasteDag.getByText('Nijmegen').waitFor();
      await vasteDag.getByText('Sociale cohesie').waitFor();
      const huisarts = page.locator('.compose__pick', {
        has: page.getByRole('checkbox', { name: /De huisarts als verwijzer/ }),
      });
      await huisarts.getByText('Arnhem', { exact: true }).waitFor();
      await huisarts.getByText('Sociale inclusie').waitFor();

      // Three lessons from the arena and one the tribune reads already.
      await page.getByRole('checkbox', { name: 'Een vaste dag en tijd geeft houvast' }).check();
      await page.getByRole('checkbox', { name: /De huisarts als verwijzer/ }).check();
      await page.getByRole('checkbox', { name: /In het dorp wil niemand/ }).check();
      await page.getByRole('checkbox', { name: /Wederkerigheid/ }).check();
      await page.getByText('Kies de lessen (4 gekozen)').waitFor();
      const warning = /Lezers op de tribune zien/;
      expect(await page.getByText(warning).count()).toBe(0);

      // Shared with the tribune: said before the click, next to the button.
      await page.getByRole('radio', { name: /^Tribune/ }).check();
      await page
        .getByText('Lezers op de tribune zien 1 van de 4 lessen: de andere 3 blijven in de arena.')
        .waitFor();
      const share = page.getByRole('button', { name: 'Inzicht delen met de tribune' });
      expect(await share.getAttribute('aria-describedby')).toBeTruthy();
      await filtersFit(page);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `${label}-tribune-warning`);

      // Made public: none of the four is public yet.
      await page.getByRole('radio', { name: /^Openbaar/ }).check();
      await page
        .getByText(
          'Wie het inzicht openbaar leest, ziet geen van de 4 gekozen lessen: die zijn niet openbaar.',
        )
        .waitFor();
      await page.getByRole('button', { name: 'Inzicht openbaar maken' }).waitFor();

      // Kept in the arena: everyone who reads it reads the lessons too.
      await page.getByRole('radio', { name: /^Arena/ }).check();
      await page.getByRole('button', { name: 'Inzicht opslaan in de arena' }).waitFor();
      expect(await page.getByText(/openbaar leest|Lezers op de tribune/).count()).toBe(0);
      await context.close();
    });
  }

  it('keeps the filters inside their card at 320 and 1024 px', async () => {
    for (const viewport of [
      { width: 320, height: 800 },
      { width: 1024, height: 800 },
    ]) {
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.trekker);
      const id = await atelierId(context, LONELINESS);
      await page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(id)}/inzicht`);
      await page.getByRole('heading', { level: 1, name: 'Een inzicht samenstellen' }).waitFor();
      await page.getByRole('checkbox', { name: 'Een vaste dag en tijd geeft houvast' }).waitFor();
      await filtersFit(page);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await context.close();
    }
  });
});
