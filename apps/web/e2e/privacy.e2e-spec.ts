import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DEMO, axeViolations, launchBrowser, newPage, screenshots, signIn } from './support/browser';

/** The person's rights: download everything about them, and erase the account (with a confirmation). */
describe('privacy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('downloads one’s data as JSON and erases the account after confirming with the password', async () => {
    const shot = screenshots('privacy');
    const { context, page } = await newPage(browser);
    const email = `privacy.${Date.now()}@example.nl`;
    await page.goto('/registreren');
    await page.getByLabel('Naam').fill('Pim Privacy');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('mijn-gegevens-2026');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByText('Ingelogd als Pim Privacy').waitFor();

    await page.getByRole('link', { name: 'Privacy en je gegevens' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy en je gegevens' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'page');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Mijn gegevens downloaden' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(exported.person).toMatchObject({ email, name: 'Pim Privacy' });

    await page.getByRole('button', { name: 'Mijn account verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Weet je het zeker?' });
    await dialog.getByLabel('Wachtwoord').fill('niet-mijn-wachtwoord');
    await dialog.getByRole('button', { name: 'Ja, verwijder mijn account' }).click();
    await dialog.getByText('Dit is niet je wachtwoord. Probeer het opnieuw.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'erase-dialog-error');
    await dialog.getByLabel('Wachtwoord').fill('mijn-gegevens-2026');
    await dialog.getByRole('button', { name: 'Ja, verwijder mijn account' }).click();
    await page.getByText('Je account is verwijderd.').waitFor();
    await page.getByRole('link', { name: 'Inloggen' }).waitFor();
    await shot(page, 'erased');

    await page.goto('/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('tells the last beheerder of a werkplaats to hand over beheer before erasing the account', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    await page.goto('/privacy');
    await page.getByRole('button', { name: 'Mijn account verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Weet je het zeker?' });
    await dialog.getByLabel('Wachtwoord').fill('werkplaats-demo');
    await dialog.getByRole('button', { name: 'Ja, verwijder mijn account' }).click();
    await dialog.getByText('Je bent de laatste beheerder van een werkplaats.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Nothing happened: still signed in.
    await page.keyboard.press('Escape');
    await page.getByText(/Ingelogd als/).waitFor();
    await context.close();
  });
});
