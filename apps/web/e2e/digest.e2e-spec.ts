import type { Browser } from 'playwright-core';
import { DEMO, axeViolations, launchBrowser, newPage, screenshots, signIn } from './support/browser';

/**
 * The trekker's digest 'Wat we leerden': from the dashboard the trekker starts a draft of what was shared with the
 * tribune, leaves one out, writes an introduction, previews it as a tribune member and sends it; the compose page
 * has no axe violations at 1366 px and on a 390 px phone.
 */
describe('the trekker’s digest', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it.each([
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1366, height: 900 }],
  ])('the compose page reads without axe violations (%s)', async (name, viewport) => {
    const { context, page } = await newPage(browser, viewport);
    await signIn(page, DEMO.trekker);
    await page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).click();
    await page.getByRole('link', { name: 'Naar het trekkersdashboard' }).click();
    await page.getByRole('link', { name: 'Overzicht ‘Wat we leerden’ schrijven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat we leerden' }).waitFor();
    const start = page.getByRole('button', { name: 'Overzicht beginnen' });
    if (await start.isVisible()) await start.click();
    await page.getByRole('heading', { level: 2, name: /In het overzicht/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshots('digest')(page, `compose-${name}`);
    await context.close();
  });

  it('composes, previews as a tribune member and sends', async () => {
    const { context, page } = await newPage(browser, { width: 1366, height: 900 });
    await signIn(page, DEMO.trekker);
    await page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).click();
    await page.getByRole('link', { name: 'Naar het trekkersdashboard' }).click();
    await page.getByRole('link', { name: 'Overzicht ‘Wat we leerden’ schrijven' }).click();
    const start = page.getByRole('button', { name: 'Overzicht beginnen' });
    await page.getByRole('heading', { level: 1, name: 'Wat we leerden' }).waitFor();
    if (await start.isVisible()) await start.click();
    await page.getByRole('heading', { level: 2, name: /In het overzicht/ }).waitFor();
    const leaveOut = page.getByRole('button', { name: /^Weglaten: / }).first();
    const title = ((await leaveOut.getAttribute('aria-label')) ?? '').replace('Weglaten: ', '');
    await leaveOut.click();
    await page.getByRole('button', { name: `Opnemen: ${title}` }).waitFor();
    await page.getByLabel('Inleiding').fill('Deze maand leerden we veel over ontmoeten.');
    await page.getByLabel('Inleiding').blur();
    await page.getByText('Concept opgeslagen.').waitFor();
    // A reload keeps the draft.
    await page.reload();
    await page.getByRole('button', { name: `Opnemen: ${title}` }).waitFor();
    expect(await page.getByLabel('Inleiding').inputValue()).toBe(
      'Deze maand leerden we veel over ontmoeten.',
    );

    await page.getByRole('radio', { name: 'een lid van de tribune' }).check();
    await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
    const frame = page.frameLocator('iframe[title="Voorbeeld van de mail voor een lid van de tribune"]');
    await frame.getByText('Deze maand leerden we veel over ontmoeten.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Versturen' }).click();
    const ask = page.getByRole('dialog', { name: 'Overzicht nu versturen?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Het overzicht is verstuurd.').waitFor();
    await page.getByRole('link', { name: 'Bekijk het in het atelier' }).click();
    await page.getByRole('heading', { level: 2, name: 'Wat we leerden' }).waitFor();
    await page.getByText('Deze maand leerden we veel over ontmoeten.').waitFor();
    await context.close();
  });
});
