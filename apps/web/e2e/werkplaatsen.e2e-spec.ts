import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  api,
  atelierId,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const ARNHEM_NIJMEGEN = 'Werkplaats Sociaal Domein Arnhem en Nijmegen';
const LINDELAND = 'Werkplaats Sociaal Domein Lindeland';

type Figures = {
  workshops: {
    slug: string;
    name: string;
    activeSocialIssueCount: number;
    atelierCount: number;
    publicInsightCount: number;
  }[];
};

/** Presses Tab until the keyboard focus is on the element `selector` finds (a keyboard user's way there). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement === document.querySelector(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Several werkplaatsen on one deployment: the list at `/`, one werkplaats's pages, the switcher, old addresses. */
describe('werkplaatsen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('/ lists both demo werkplaatsen with what each shares publicly, in Dutch and English', async () => {
    const shot = screenshots('werkplaatsen');
    const { context, page } = await newPage(browser);
    const { workshops } = await api<Figures>(
      context,
      '{ workshops { slug name activeSocialIssueCount atelierCount publicInsightCount } }',
    );
    expect(workshops.map((w) => w.name).sort()).toEqual([ARNHEM_NIJMEGEN, LINDELAND]);

    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Werkplaatsen Sociaal Domein' }).waitFor();
    for (const w of workshops) {
      const card = page.locator('.workshop-card').filter({ has: page.getByRole('link', { name: w.name }) });
      await card
        .getByText(
          `${w.activeSocialIssueCount} actuele kwesties · ${w.atelierCount} leerateliers · ${w.publicInsightCount} openbare inzichten`,
        )
        .waitFor();
    }
    expect(workshops.find((w) => w.slug === 'lindeland')?.publicInsightCount).toBeGreaterThan(0);
    const lindeland = page
      .locator('.workshop-card')
      .filter({ has: page.getByRole('link', { name: LINDELAND }) });
    await lindeland.getByText('Regio Lindeland').waitFor();
    // What Lindeland shares publicly, and nothing it keeps at the tribune.
    await lindeland
      .getByRole('link', { name: 'Werkende huishoudens vinden hulp als die naar hen toe komt' })
      .waitFor();
    expect(await page.getByText('Een buffer is de beste schuldpreventie').count()).toBe(0);
    // The national themes run across the werkplaatsen.
    await page.getByRole('link', { name: 'Sociale basis' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'lijst');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkplaatsen Sociaal Domein' }).waitFor();
    await lindeland.getByText('Region Lindeland').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'list-english');
    await context.close();
  });

  it('a visitor opens one werkplaats and sees only its agenda, in Dutch and English', async () => {
    const shot = screenshots('werkplaatsen');
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('link', { name: LINDELAND }).click();
    await page.waitForURL((url) => url.pathname === '/w/lindeland');
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    await page
      .getByRole('heading', { level: 3, name: 'Bestaanszekerheid van werkende huishoudens' })
      .waitFor();
    // Arnhem-Nijmegen's kwesties are on its own agenda, not here.
    expect(await page.getByRole('heading', { level: 3, name: 'Armoede en schulden' }).count()).toBe(0);
    // The header names the werkplaats of the page.
    await page.locator('.site-header .brand').getByText('Lindeland').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'lindeland-agenda');

    // Its ateliers open under its address.
    await page.getByRole('link', { name: 'Leeratelier Bestaanszekerheid van werkende huishoudens' }).click();
    await page.waitForURL(/\/w\/lindeland\/ateliers\//);
    await page
      .getByRole('heading', { level: 1, name: 'Leeratelier Bestaanszekerheid van werkende huishoudens' })
      .waitFor();
    // Its spread, opened under the other werkplaats's address, moves to its own (not shown with the other's gemeenten).
    const lindelandAtelier = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.goto(`/w/arnhem-nijmegen/ateliers/${lindelandAtelier}/spreiding`);
    await page.waitForURL((url) => url.pathname === `/w/lindeland/ateliers/${lindelandAtelier}/spreiding`);
    await page
      .getByRole('link', { name: 'Leeratelier Bestaanszekerheid van werkende huishoudens' })
      .waitFor();

    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('heading', { level: 3, name: 'Armoede en schulden' }).waitFor();
    expect(
      await page
        .getByRole('heading', { level: 3, name: 'Bestaanszekerheid van werkende huishoudens' })
        .count(),
    ).toBe(0);
    await page.locator('.site-header .brand').getByText('Arnhem-Nijmegen').waitFor();

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Knowledge agenda' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'arnhem-nijmegen-english');
    await context.close();
  });

  it('someone in both werkplaatsen switches with the keyboard alone and lands on the other’s agenda', async () => {
    const shot = screenshots('werkplaatsen');
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.tribune);
    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('heading', { level: 3, name: 'Armoede en schulden' }).waitFor();
    // The switcher is among the person's own things, behind their name in the header.
    await tabTo(page, '.site-account__toggle');
    await page.keyboard.press('Enter');
    const switcher = page.getByRole('combobox', { name: 'Werkplaats' });
    await switcher.waitFor();
    expect(await switcher.inputValue()).toBe('arnhem-nijmegen');
    await tabTo(page, '.workshop-switcher select');
    // A native select: the arrow keys choose, nothing moves until the person says go.
    await page.keyboard.press('ArrowDown');
    expect(await switcher.inputValue()).toBe('lindeland');
    expect(new URL(page.url()).pathname).toBe('/w/arnhem-nijmegen');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ga naar werkplaats');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/w/lindeland');
    await page
      .getByRole('heading', { level: 3, name: 'Bestaanszekerheid van werkende huishoudens' })
      .waitFor();
    // The new page closed the panel; the switcher (behind it) and the header name the new werkplaats.
    await page.locator('.site-header .brand').getByText('Lindeland').waitFor();
    expect(await page.locator('.workshop-switcher select').inputValue()).toBe('lindeland');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'switched');

    // From a page every werkplaats has, the switcher goes to the same page of the other.
    await page.goto('/w/lindeland/tribune');
    await page.getByRole('heading', { level: 1, name: 'Tribune' }).waitFor();
    await tabTo(page, '.site-account__toggle');
    await page.keyboard.press('Enter');
    await tabTo(page, '.workshop-switcher select');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/w/arnhem-nijmegen/tribune');
    await context.close();
  });

  it('old addresses redirect to their werkplaats, and an object under another werkplaats’s address to its own', async () => {
    const { context, page } = await newPage(browser);
    const atelier = await atelierId(context, 'Leeratelier Bestaanszekerheid van werkende huishoudens');
    const own = `/w/lindeland/ateliers/${encodeURIComponent(atelier)}`;

    await page.goto(`/ateliers/${encodeURIComponent(atelier)}`);
    await page.waitForURL((url) => url.pathname === own);
    await page
      .getByRole('heading', { level: 1, name: 'Leeratelier Bestaanszekerheid van werkende huishoudens' })
      .waitFor();

    // Opened under Arnhem-Nijmegen's address, it does not pretend to be Arnhem-Nijmegen's.
    await page.goto(`/w/arnhem-nijmegen/ateliers/${encodeURIComponent(atelier)}`);
    await page.waitForURL((url) => url.pathname === own);
    await page.locator('.site-header .brand').getByText('Lindeland').waitFor();

    // A page of a werkplaats at its old address: the person's werkplaats, the query string kept.
    await signIn(page, DEMO.tribune);
    await page.goto('/zoeken?q=ontmoeting');
    await page.waitForURL(
      (url) => url.pathname === '/w/arnhem-nijmegen/zoeken' && url.search === '?q=ontmoeting',
    );
    await page.getByRole('heading', { level: 1, name: 'Zoeken' }).waitFor();
    await context.close();
  });

  it('beheer and the commissie’s agenda are offered in the werkplaats where the person holds that role only', async () => {
    const { context, page } = await newPage(browser);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await signIn(page, DEMO.committee);
    await page.goto('/w/arnhem-nijmegen');
    await nav.getByRole('link', { name: 'Agenda beheren' }).waitFor();
    await page.goto('/w/lindeland');
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Agenda beheren' }).count()).toBe(0);
    // Typed in by hand, the commissie page of the other werkplaats says whose it is, and offers nothing.
    await page.goto('/w/lindeland/commissie');
    await page.getByText('Alleen de programmacommissie beheert de agenda.').waitFor();

    await signIn(page, DEMO.admin);
    await page.goto('/w/arnhem-nijmegen');
    await nav.getByRole('link', { name: 'Beheer' }).waitFor();
    await page.goto('/w/lindeland');
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Beheer' }).count()).toBe(0);
    await context.close();
  });

  it('an unknown werkplaats is not found', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/w/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    await page.goto('/w/bestaat-niet/tribune');
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    await context.close();
  });

  it('the list and a werkplaats work on a phone (360 px wide) without sideways scrolling', async () => {
    const shot = screenshots('werkplaatsen');
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await signIn(page, DEMO.tribune);
    for (const path of ['/', '/w/lindeland']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByRole('button', { name: /^Menu/ }).click();
      await page.getByRole('button', { name: 'Ingelogd als Ingrid Hermsen' }).click();
      await page.getByRole('combobox', { name: 'Werkplaats' }).waitFor();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `phone-${path === '/' ? 'list' : 'lindeland'}`);
    }
    await context.close();
  });
});
