import type { Browser } from 'playwright-core';
import { DEMO, axeViolations, focused, launchBrowser, newPage, screenshots, signIn } from './support/browser';

/**
 * The trekker's journey: the dashboard of the loneliness atelier, a lesson lifted to the tribune, an
 * insight composed from lessons of two gemeenten, an activity planned, a participant removed.
 */
describe('trekker journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('works the dashboard: shares a lesson, composes an insight, plans an activity, manages participants', async () => {
    const shot = screenshots('trekker');
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.trekker);

    await page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).click();
    await page.getByRole('link', { name: 'Naar het trekkersdashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trekkersdashboard' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Nieuwe lessen in de arena/ }).waitFor();
    // The practices per gemeente, as a list (not a schematic map).
    await page
      .getByRole('region', { name: 'Praktijken per gemeente' })
      .getByRole('heading', { level: 3, name: /Land van Cuijk/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'dashboard');

    await page.getByRole('button', { name: 'Deel met de tribune: Geldzorgen houden mensen thuis' }).click();
    // Asked first, with the focus on the safe choice; once shared, the list says where the lesson went.
    const ask = page.getByRole('dialog', { name: 'Deze les delen met de tribune?' });
    await ask.waitFor();
    expect(await focused(page)).toBe('Annuleren');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'share-asked');
    await ask.getByRole('button', { name: 'Deel met de tribune' }).click();
    await page
      .getByRole('button', { name: 'Deel met de tribune: Geldzorgen houden mensen thuis' })
      .waitFor({ state: 'detached' });
    await page.getByText(/“Geldzorgen houden mensen thuis” staat nu op de tribune/).waitFor();
    await page.getByRole('link', { name: 'Naar de les “Geldzorgen houden mensen thuis”' }).waitFor();
    await shot(page, 'shared-said-in-place');

    await page.getByRole('button', { name: 'Verwijderen: Mieke Jacobs' }).click();
    await page
      .getByText('Mieke Jacobs uit het atelier verwijderen? De geschiedenis blijft bewaard.')
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'remove-dialog');
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByRole('button', { name: 'Verwijderen: Mieke Jacobs' }).waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Een activiteit plannen', expanded: false }).click();
    const plan = page.getByRole('form', { name: 'Een activiteit plannen' });
    await plan.getByLabel('Titel', { exact: true }).fill('Leersessie: een vaste plek organiseren');
    await plan.getByLabel('Begint op').fill('2030-03-12T14:00');
    await plan.getByLabel('Gemeente').selectOption({ label: 'Arnhem' });
    await plan.getByLabel('Adres of plek').fill('Wijkcentrum Malburgen');
    await plan.getByLabel('Maximaal aantal deelnemers (niet verplicht)').fill('20');
    await plan.getByRole('button', { name: 'Activiteit plannen' }).click();
    await page
      .getByText('Gepland: Leersessie: een vaste plek organiseren. De volgers krijgen een melding.')
      .waitFor();
    await shot(page, 'activity-planned');

    await page.getByRole('link', { name: 'Een inzicht samenstellen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Een inzicht samenstellen' }).waitFor();
    await page.getByRole('checkbox', { name: /Een vaste dag en tijd geeft houvast/ }).check();
    await page
      .getByRole('group', { name: 'Lessen filteren' })
      .getByLabel('Gemeente')
      .selectOption({ label: 'Arnhem' });
    await page.getByRole('checkbox', { name: /De huisarts als verwijzer/ }).check();
    await page.getByText('Kies de lessen (2 gekozen)').waitFor();
    await page.getByLabel('Titel van het inzicht').fill('Warme overdracht en een vaste dag');
    await page.locator('.rich-text__input').click();
    await page.keyboard.type(
      'In Nijmegen en Arnhem bleek een vaste dag samen met een warme overdracht de drempel te verlagen.',
    );
    await page
      .getByRole('checkbox', { name: /Sociale inclusie/ })
      .last()
      .check();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'compose-insight');
    await page.getByRole('button', { name: 'Inzicht opslaan in de arena' }).click();
    await page.waitForURL(/\/inzichten\//);

    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).click();
    await page.getByRole('heading', { level: 3, name: 'Warme overdracht en een vaste dag' }).waitFor();
    await shot(page, 'atelier-with-insight');
    await context.close();
  });
});
