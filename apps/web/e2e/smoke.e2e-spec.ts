import type { Browser } from 'playwright-core';
import { DEMO, axeViolations, launchBrowser, newPage, screenshots, signIn } from './support/browser';

/** A newcomer's first visit: the agenda, signing in, an atelier page, English, and a phone. */
describe('first visit', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a visitor sees the agenda, signs in through the form, opens the loneliness atelier, and switches to English', async () => {
    const shot = screenshots('smoke');
    const { context, page } = await newPage(browser);

    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    for (const title of [
      'Armoede en schulden',
      'Eenzaamheid en betekenisvol contact',
      'Samen wonen in de wijk',
      'Evalueren van sociale interventies',
    ]) {
      await page.getByRole('heading', { level: 3, name: title }).waitFor();
    }
    expect(await page.getByText('Sociale empowerment').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'agenda');

    await signIn(page, DEMO.tribune);
    expect(await page.getByText('Ingelogd als Ingrid Hermsen').isVisible()).toBe(true);
    await shot(page, 'signed-in');

    await page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Leeratelier Eenzaamheid en betekenisvol contact' })
      .waitFor();
    await page.getByText('Je volgt dit atelier vanaf de tribune.').waitFor();
    // A tribune member reads what was shared with the tribune, never the arena's work.
    await page
      .getByRole('heading', { level: 3, name: 'Wederkerigheid: iets kunnen bijdragen maakt het verschil' })
      .waitFor();
    expect(await page.getByText('Een vaste dag en tijd geeft houvast').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'atelier');

    await page.reload();
    await page.getByText('Ingelogd als Ingrid Hermsen').waitFor();

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByText('You follow this atelier from the tribune.').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'english');
    await context.close();
  });

  it('the agenda works on a phone (360 px wide) without sideways scrolling', async () => {
    const shot = screenshots('smoke');
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'agenda-phone');
    await context.close();
  });

  it('a wrong password shows one clear message, and an unknown page says so', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill(DEMO.tribune);
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).last().click();
    await page.getByRole('alert').getByText('Dit e-mailadres en wachtwoord horen niet bij elkaar.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    await context.close();
  });
});
