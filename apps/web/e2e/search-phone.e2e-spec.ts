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

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1366, height: 800 };

/** Where the first result's title ends, from the top of the page (CSS pixels). */
function firstResultBottom(page: Page): Promise<number> {
  return page
    .locator('.card-list > li')
    .first()
    .getByRole('heading')
    .evaluate((h) => h.getBoundingClientRect().bottom + window.scrollY);
}

/**
 * Search on a phone: the filters fold behind one button that counts the chosen ones, so the first results show on
 * the first screen; open where there is room. The dates have Dutch labels, and the chosen period is said back in
 * words, next to the fields and with the results.
 */
describe('search filters on a phone, and the dates in words', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('folds the filters on a 390 px phone, with the first result on the first screen', async () => {
    const shot = screenshots('search-phone');
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, DEMO.tribune);
    await page.goto(`${DEMO_WORKSHOP}/zoeken?q=ontmoeting`);
    await page
      .getByRole('status')
      .getByText(/\d+ resultaten voor "ontmoeting"/)
      .waitFor();
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('checkbox', { name: 'Activiteiten' }).isVisible()).toBe(false);
    expect(await firstResultBottom(page)).toBeLessThanOrEqual(PHONE.height);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'folded');

    // Opened by keyboard: the chips, the selects and the dates, labelled in Dutch.
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('checkbox', { name: 'Activiteiten' }).waitFor();
    const from = page.getByLabel('Vanaf (datum)');
    const to = page.getByLabel('Tot en met (datum)');
    await from.fill('2000-01-01');
    await page.waitForURL((url) => url.searchParams.get('van') === '2000-01-01');
    // Said back in words next to the field (the field itself shows the browser's own format).
    await page.getByText('Gekozen: 1 januari 2000').waitFor();
    await page.getByText('Leeg: zonder einddatum.').waitFor();
    await page
      .getByRole('status')
      .getByText(/voor "ontmoeting" met deze filters, vanaf 1 januari 2000$/)
      .waitFor();
    await to.fill('2100-12-31');
    await page.waitForURL((url) => url.searchParams.get('tot') === '2100-12-31');
    await page.getByText('Gekozen: 31 december 2100').waitFor();
    await page
      .getByRole('status')
      .getByText(/met deze filters, van 1 januari 2000 tot en met 31 december 2100$/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Filters (2)' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'open-with-dates');

    // A reload keeps the filters (in the address), folded again, the button counting them.
    await page.reload();
    const counted = page.getByRole('button', { name: 'Filters (2)' });
    await counted.waitFor();
    expect(await counted.getAttribute('aria-expanded')).toBe('false');
    await page.locator('.card-list > li').first().waitFor();
    expect(await firstResultBottom(page)).toBeLessThanOrEqual(PHONE.height);
    await shot(page, 'folded-counted');

    // A period that holds nothing says so, naming the period.
    await counted.click();
    await page.getByLabel('Vanaf (datum)').fill('2099-01-01');
    await page.getByLabel('Tot en met (datum)').fill('2099-01-31');
    await page
      .getByText(
        /Niets gevonden voor "ontmoeting" met deze filters\..* Gekozen periode: van 1 januari 2099 tot en met 31 januari 2099\./,
      )
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('keeps the filters open at 1366 px, where they leave the results in view', async () => {
    const shot = screenshots('search-phone');
    const { context, page } = await newPage(browser, WIDE);
    await signIn(page, DEMO.tribune);
    await page.goto(`${DEMO_WORKSHOP}/zoeken?q=ontmoeting&van=2000-01-01`);
    await page
      .getByRole('status')
      .getByText(/met deze filters, vanaf 1 januari 2000$/)
      .waitFor();
    const toggle = page.getByRole('button', { name: 'Filters (1)' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('checkbox', { name: 'Activiteiten' }).waitFor();
    expect(await page.getByLabel('Vanaf (datum)').inputValue()).toBe('2000-01-01');
    expect(await firstResultBottom(page)).toBeLessThanOrEqual(WIDE.height);
    // Folding them is possible here too.
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('checkbox', { name: 'Activiteiten' }).isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'wide');
    await context.close();
  });
});
