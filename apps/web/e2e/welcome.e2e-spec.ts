import type { Browser } from 'playwright-core';
import {
  DEMO_WORKSHOP,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
} from './support/browser';

/**
 * Sign-up and a first visit: from the header's "Doe je mee? Maak een account" to a welcome that says what to do
 * first and leads into this werkplaats's ateliers, at 1366 px and on a 390 px phone. The sign-in page offers the
 * forgotten-password page.
 */
describe('sign-up and first visit', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const [label, viewport] of [
    ['wide', { width: 1366, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`a visitor makes an account from the header and is welcomed with what to do first (${label})`, async () => {
      const shot = screenshots('welcome');
      const { context, page } = await newPage(browser, viewport);
      await page.goto(DEMO_WORKSHOP);
      await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
      if (label === 'phone') await page.getByRole('button', { name: /^Menu/ }).click();
      await page.locator('.site-header').getByRole('link', { name: 'Maak een account' }).click();
      await page.getByRole('heading', { level: 1, name: 'Account maken' }).waitFor();
      const name = `Welkom ${label} ${Date.now()}`;
      await page.getByLabel('Naam', { exact: true }).fill(name);
      await page.getByLabel('E-mailadres').fill(`welkom.${label}.${Date.now()}@example.nl`);
      await page.getByLabel('Wachtwoord', { exact: true }).fill('samen-leren-2026');
      await page.getByRole('button', { name: 'Account maken' }).click();

      await page.getByRole('heading', { level: 1, name: `Welkom, ${name}` }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/welkom');
      await page.getByText('Kies een leeratelier', { exact: false }).waitFor();
      await page.getByText('Doe mee in de arena', { exact: false }).waitFor();
      await page.getByText('Of volg het vanaf de tribune', { exact: false }).waitFor();
      const atelier = page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' });
      expect(await atelier.getAttribute('href')).toMatch(/^\/w\/arnhem-nijmegen\/ateliers\//);
      expect(await page.getByRole('link', { name: 'Verder waar je was' }).getAttribute('href')).toBe(
        DEMO_WORKSHOP,
      );
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `${label}-welcome`);

      await atelier.click();
      await page
        .getByRole('heading', { level: 1, name: 'Leeratelier Eenzaamheid en betekenisvol contact' })
        .waitFor();
      await context.close();
    });
  }

  it('the sign-in page offers a forgotten password and an account', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await page.goto('/inloggen');
    expect(await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).getAttribute('href')).toBe(
      '/wachtwoord-vergeten',
    );
    await page.getByRole('link', { name: 'Account maken' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
