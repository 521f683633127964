import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  axeViolations,
  focused,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const WIDE = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The header's height in CSS pixels: what a person scrolls past before the content. */
function headerHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
}

/** Where the header's top is in the window: 0 when it is in view at the top. */
function headerTop(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().top);
}

function focusedId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.id);
}

/** The vertical middles of the header's visible parts (brand, links, search, account): one row has one. */
function rowsOfHeader(page: Page): Promise<number> {
  return page.evaluate(() => {
    const parts = [
      ...document.querySelectorAll('.site-header .brand, .site-nav a, .site-search, .site-account > *'),
    ].filter(
      (el) => (el as HTMLElement).offsetParent !== null && getComputedStyle(el).position !== 'absolute',
    );
    const middles = parts.map((el) => {
      const r = el.getBoundingClientRect();
      return Math.round((r.top + r.bottom) / 2);
    });
    // Middles within a few pixels of each other are one row.
    const rows: number[] = [];
    for (const m of middles.sort((a, b) => a - b)) if (!rows.some((r) => Math.abs(r - m) <= 8)) rows.push(m);
    return rows.length;
  });
}

/**
 * The compact header: one row on a 1366 px screen whatever the person's roles and werkplaatsen; on a phone one
 * short row with a menu button that works by keyboard; the current page marked; nothing offered from another
 * werkplaats's roles while the page's werkplaats loads.
 */
describe('header and navigation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('is one row at 1366 px for the beheerder and for who is in two werkplaatsen, with the current page marked', async () => {
    const shot = screenshots('header');
    for (const who of [DEMO.admin, DEMO.tribune, DEMO.committee]) {
      const { context, page } = await newPage(browser, WIDE);
      await signIn(page, who);
      await page.goto(`${DEMO_WORKSHOP}/tribune`);
      await page.getByRole('heading', { level: 1, name: 'Tribune' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      const current = nav.getByRole('link', { name: 'Tribune' });
      expect(await current.getAttribute('aria-current')).toBe('page');
      // Marked so the eye sees it too: a bar under the link, in the brand's colour.
      expect(await current.evaluate((a) => getComputedStyle(a).borderBottomColor)).toBe('rgb(31, 95, 91)');
      expect(await nav.getByRole('link', { name: 'Kennisagenda' }).getAttribute('aria-current')).toBeNull();
      expect(await rowsOfHeader(page)).toBe(1);
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `wide-${who.split('@')[0]}`);
      await context.close();
    }
  });

  it('stays one row from 1024 to 1366 px for every role: the menu button below 1280 px, all in view above', async () => {
    const shot = screenshots('header');
    for (const who of [DEMO.admin, DEMO.tribune, DEMO.committee, DEMO.trekker]) {
      const { context, page } = await newPage(browser, WIDE);
      await signIn(page, who);
      await page.goto(`${DEMO_WORKSHOP}/tribune`);
      await page.getByRole('heading', { level: 1, name: 'Tribune' }).waitFor();
      for (const width of [1024, 1100, 1200, 1280, 1366]) {
        await page.setViewportSize({ width, height: 800 });
        const search = page.getByRole('search').getByRole('searchbox', { name: 'Zoeken' });
        const menu = page.getByRole('button', { name: /^Menu/ });
        if (width < 1280) {
          // A small laptop: the links, search and account sit behind the menu, as on a phone.
          await menu.waitFor();
          expect(await search.isVisible()).toBe(false);
        } else {
          await search.waitFor();
          expect(await menu.isVisible()).toBe(false);
          // The search field gives way, but keeps room to type in.
          expect((await search.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(120);
        }
        expect({ width, rows: await rowsOfHeader(page) }).toEqual({ width, rows: 1 });
        expect(await headerHeight(page)).toBeLessThanOrEqual(64);
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        if (who === DEMO.admin) await shot(page, `row-${width}`);
      }
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('at 1366 px the person’s own things open under their name, by keyboard, and Escape closes them', async () => {
    const shot = screenshots('header');
    const { context, page } = await newPage(browser, WIDE);
    await signIn(page, DEMO.tribune);
    await page.goto(DEMO_WORKSHOP);
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    const toggle = page.getByRole('button', { name: 'Ingelogd als Ingrid Hermsen' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('combobox', { name: 'Werkplaats' }).waitFor();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    // Into the panel with Tab: the switcher is the first thing in it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'wide-account-open');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toBe('Ingelogd als Ingrid Hermsen');
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor({ state: 'hidden' });
    // A click elsewhere closes it too.
    await toggle.click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor({ state: 'hidden' });
    await context.close();
  });

  it('a visitor at 1366 px is offered to sign in and to make an account, in one row', async () => {
    const { context, page } = await newPage(browser, WIDE);
    await page.goto(DEMO_WORKSHOP);
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    const header = page.locator('.site-header');
    await header.getByText('Doe je mee?').waitFor();
    await header.getByRole('link', { name: 'Maak een account' }).click();
    await page.waitForURL((url) => url.pathname === '/registreren');
    expect(new URL(page.url()).searchParams.get('terug')).toBe(DEMO_WORKSHOP);
    await page.goto(DEMO_WORKSHOP);
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    expect(await rowsOfHeader(page)).toBe(1);
    await context.close();
  });

  it('on a 390 px phone the header is one short row, and its menu works by keyboard', async () => {
    const shot = screenshots('header');
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, DEMO.admin);
    await page.goto(DEMO_WORKSHOP);
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    expect(await headerHeight(page)).toBeLessThanOrEqual(64);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const menu = page.getByRole('button', { name: /^Menu/ });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Tribune' }).isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'phone-closed');

    // From the skip link, Tab reaches the brand and then the menu button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^Menu/);
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Tribune' }).waitFor();
    await nav.getByRole('link', { name: 'Beheer' }).waitFor();
    await page.getByRole('search').getByLabel('Zoeken').waitFor();
    await page.getByText('Ingelogd als Joost van Dam').waitFor();
    expect(await nav.getByRole('link', { name: 'Kennisagenda' }).getAttribute('aria-current')).toBe('page');
    // The next Tab goes into the menu, to its first link.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Kennisagenda');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'phone-open');

    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toMatch(/^Menu/);
    await nav.getByRole('link', { name: 'Tribune' }).waitFor({ state: 'hidden' });

    // Following a link closes the menu; the new page is marked as the current one.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Tribune');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tribune' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    // The new page opens at its top with the header in view, the focus on its content (not scrolled to it).
    expect(await focusedId(page)).toBe('inhoud');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await headerTop(page)).toBe(0);
    await menu.click();
    expect(await nav.getByRole('link', { name: 'Tribune' }).getAttribute('aria-current')).toBe('page');
    const marked = await nav
      .getByRole('link', { name: 'Tribune' })
      .evaluate((a) => getComputedStyle(a).borderLeftColor);
    expect(marked).toBe('rgb(31, 95, 91)');
    await shot(page, 'phone-current');
    await context.close();
  });

  it('on a 390 px phone, a page opened from far down another opens at its top with the header in view', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto(DEMO_WORKSHOP);
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    const link = page.locator('main a[href*="/ateliers/"]').last();
    await link.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(await headerHeight(page));
    await link.click();
    await page.waitForURL(/\/ateliers\//);
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await focusedId(page)).toBe('inhoud');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await headerTop(page)).toBe(0);
    await context.close();
  });

  it('fits 320 px without sideways scrolling, menu closed and open, signed in and not', async () => {
    const shot = screenshots('header');
    for (const signedIn of [false, true]) {
      const { context, page } = await newPage(browser, { width: 320, height: 700 });
      if (signedIn) await signIn(page, DEMO.tribune);
      await page.goto(DEMO_WORKSHOP);
      await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: /^Menu/ }).click();
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').first().waitFor();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      if (!signedIn) {
        await page.getByRole('link', { name: 'Inloggen' }).waitFor();
        await page.getByRole('link', { name: 'Maak een account' }).waitFor();
      } else {
        await page.getByRole('button', { name: 'Ingelogd als Ingrid Hermsen' }).click();
        await page.getByRole('combobox', { name: 'Werkplaats' }).waitFor();
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      }
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `narrow-${signedIn ? 'signed-in' : 'visitor'}`);
      await context.close();
    }
  });

  it('while the werkplaats of the page loads, offers no beheer from a role in another werkplaats', async () => {
    const { context, page } = await newPage(browser, WIDE);
    await signIn(page, DEMO.admin);
    // Hold the answer that names Lindeland until the header has been looked at.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let seen: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => (seen = resolve));
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName === 'CurrentWorkshop') {
        seen();
        await held;
      }
      await route.continue();
    });
    await page.goto('/w/lindeland');
    await asked;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').first().waitFor();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link', { name: 'Beheer' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Agenda beheren' }).count()).toBe(0);
    // The links that are there already lead into Lindeland.
    expect(await nav.getByRole('link', { name: 'Tribune' }).getAttribute('href')).toBe(
      '/w/lindeland/tribune',
    );
    release();
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Beheer' }).count()).toBe(0);
    await context.close();
  });
});
