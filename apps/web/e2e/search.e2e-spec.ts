import type { Browser } from 'playwright-core';
import { DEMO, axeViolations, launchBrowser, newPage, screenshots, signIn } from './support/browser';

/** Search from the header: Dutch stemming, and nothing below the reader's rung. */
describe('search', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('finds what the reader may read, and not the arena’s work', async () => {
    const shot = screenshots('search');
    const { context, page } = await newPage(browser);
    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('ontmoetingen');
    await page.getByRole('search').getByRole('button', { name: 'Zoek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoeken' }).waitFor();
    await page.getByRole('link', { name: 'Ontmoeting is het begin, niet het doel' }).waitFor();
    // The snippet marks the matching words (stemmed: "ontmoetingen" marks "ontmoeting").
    await page.locator('.search__headline mark').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'visitor');

    await signIn(page, DEMO.tribune);
    await page.goto('/zoeken?q=vaste%20dag');
    await page
      .getByRole('status')
      .or(page.getByText(/Niets gevonden/))
      .first()
      .waitFor();
    // "Een vaste dag en tijd geeft houvast" sits in the arena: a tribune member never finds it.
    expect(await page.getByRole('link', { name: 'Een vaste dag en tijd geeft houvast' }).count()).toBe(0);
    await shot(page, 'tribune');

    await signIn(page, DEMO.arena);
    await page.goto('/zoeken?q=vaste%20dag');
    await page.getByRole('link', { name: 'Een vaste dag en tijd geeft houvast' }).waitFor();
    await shot(page, 'arena');
    await context.close();
  });

  it('says so when a search holds characters that cannot be read, instead of blaming the connection', async () => {
    const { context, page } = await newPage(browser);
    // A NUL character, as pasted from a broken document; the API refuses it as bad input.
    await page.goto('/w/arnhem-nijmegen/zoeken?q=eenzaam%00heid');
    const alert = page.getByRole('alert');
    await alert.getByText('Hierin staan tekens die we niet kunnen lezen').waitFor();
    expect(await alert.getByText(/Controleer je verbinding/).count()).toBe(0);
    // Asking again would not help, so there is no retry button; the search box is there to change it.
    expect(await page.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('eenzaamheid');
    await page.getByRole('search').getByRole('button', { name: 'Zoek' }).click();
    await page
      .getByRole('status')
      .getByText(/eenzaamheid/)
      .waitFor();
    await context.close();
  });
});
