import type { Browser } from 'playwright-core';
import {
  DEMO,
  axeViolations,
  focused,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

/** A person puts their activities in their own calendar app: a secret address, renewed or stopped at will. */
describe('calendar subscription', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('makes an address that a calendar app can fetch, renews it (the old one stops) and stops it, on a phone', async () => {
    const shot = screenshots('calendar');
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, DEMO.tribune);
    await page.goto('/privacy#agenda');
    const section = page.getByRole('heading', { level: 2, name: 'Je activiteiten in je eigen agenda' });
    await section.waitFor();
    await page.getByLabel(/Ook alle activiteiten van de ateliers waar ik aan meedoe/).check();
    await page.getByRole('button', { name: 'Agenda-abonnement maken' }).click();
    const address = page.getByLabel('Adres van je agenda-abonnement');
    await address.waitFor();
    const first = await address.inputValue();
    expect(first).toMatch(/\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await page.getByRole('link', { name: 'Openen in je agenda-app' }).getAttribute('href')).toMatch(
      /^webcal:\/\//,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot(page, 'address');

    // What a calendar app gets: the tribune's activities, without any cookie.
    const calendar = await context.request.get(new URL(first).pathname, { headers: { cookie: '' } });
    expect(calendar.status()).toBe(200);
    const text = await calendar.text();
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(text).toContain('BEGIN:VEVENT');

    await page.reload();
    await page.getByText(/Je hebt een agenda-abonnement sinds/).waitFor();
    await page.getByText(/Je agenda haalde het voor het laatst op/).waitFor();
    await page.getByRole('button', { name: 'Nieuw adres maken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Een nieuw adres maken?' });
    await dialog.waitFor();
    expect(await focused(page)).toBe('Annuleren');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'renew-dialog');
    await dialog.getByRole('button', { name: 'Nieuw adres maken' }).click();
    await page.waitForFunction((old) => {
      const input = [...document.querySelectorAll('input')].find((i) => i.value.includes('/kalender/'));
      return input !== undefined && input.value !== old;
    }, first);
    expect((await context.request.get(new URL(first).pathname)).status()).toBe(404);

    await page.getByRole('button', { name: 'Abonnement stoppen' }).click();
    await page
      .getByRole('dialog', { name: 'Het agenda-abonnement stoppen?' })
      .getByRole('button', { name: 'Abonnement stoppen' })
      .click();
    await page.getByText('Je agenda-abonnement is gestopt.').waitFor();
    await page.getByRole('button', { name: 'Agenda-abonnement maken' }).waitFor();
    await context.close();
  });
});
