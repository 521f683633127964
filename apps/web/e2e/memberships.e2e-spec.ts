import type { Browser } from 'playwright-core';
import {
  DEMO,
  api,
  axeViolations,
  launchBrowser,
  newPage,
  newPerson,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const POVERTY = 'Leeratelier Armoede en schulden';

/**
 * Organisations are confirmed, not claimed: a person says they belong to one, takes part as themself while it
 * waits, a beheerder confirms (or declines, with a reason), and only then may they take part on its behalf.
 */
describe('memberships', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a person says they belong to an organisation, the beheerder confirms it, and they join on its behalf', async () => {
    const shot = screenshots('memberships');
    const karin = await newPerson(browser, 'Karin Jansen');
    const page = karin.page;
    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('button', { name: 'Ingelogd als Karin Jansen' }).click();
    await page.getByRole('link', { name: 'Mijn gegevens' }).click();
    const mine = page.getByRole('region', { name: 'Mijn organisaties' });
    await mine.getByText('Je hoort nog bij geen organisatie.').waitFor();
    await mine.getByRole('button', { name: 'Doorgeven' }).click();
    await mine.locator('.field__error').getByText('Kies een organisatie').waitFor();
    // Two werkplaatsen list organisations; searching narrows the list to the one she means.
    await mine.getByLabel('Zoeken in de lijst').fill('Rijnoever');
    await mine.getByText('Gevonden: 1.').waitFor();
    await mine.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Welzijn Rijnoever' });
    await mine.getByLabel('Wat doe je daar? (niet verplicht)').fill('Opbouwwerker Presikhaaf');
    await mine.getByRole('button', { name: 'Doorgeven' }).click();
    await mine.getByText(/^Doorgegeven: Welzijn Rijnoever\./).waitFor();
    await mine
      .getByRole('listitem')
      .filter({ hasText: 'Welzijn Rijnoever' })
      .getByText('wacht op bevestiging')
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'requested');

    // While it waits, the atelier page offers no choice of organisation, and says why.
    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('link', { name: POVERTY }).click();
    const choice = page.getByRole('region', { name: 'Doe je mee?' });
    await choice
      .getByText(
        'Je lidmaatschap van Welzijn Rijnoever wacht nog op bevestiging. Tot dan doe je mee als jezelf.',
      )
      .waitFor();
    expect(await choice.getByRole('radio', { name: 'Welzijn Rijnoever' }).count()).toBe(0);
    await shot(page, 'atelier-while-waiting');

    // A second person, whom the beheerder will turn down.
    const lars = await newPerson(browser, 'Lars Claassen');
    const organisations = await api<{ organisations: { edges: { node: { id: string; name: string } }[] } }>(
      lars.context,
      '{ organisations(first: 100) { edges { node { id name } } } }',
    );
    const nijmegen = organisations.organisations.edges.find((e) => e.node.name === 'Gemeente Nijmegen');
    await api(lars.context, 'mutation($o: ID!) { requestMembership(organisationId: $o) { id } }', {
      o: nijmegen?.node.id,
    });

    // The beheerder, on a phone: the header names the memberships waiting, the page decides them.
    const beheer = await newPage(browser, { width: 390, height: 844 });
    await signIn(beheer.page, DEMO.admin);
    const b = beheer.page;
    // On a phone the header's links are behind its menu button, which counts what waits.
    await b.getByRole('button', { name: /^Menu/ }).click();
    await b
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /^Lidmaatschappen/ })
      .click();
    await b.getByRole('heading', { level: 1, name: 'Lidmaatschappen' }).waitFor();
    await b.getByText('Karin Jansen zegt te horen bij Welzijn Rijnoever.').waitFor();
    await b.getByText('Opbouwwerker Presikhaaf').waitFor();
    expect(await sidewaysOverflow(b)).toBeLessThanOrEqual(0);
    expect(await axeViolations(b)).toEqual([]);
    await shot(b, 'beheer-requests');
    await b.getByRole('button', { name: 'Bevestigen: Karin Jansen, Welzijn Rijnoever' }).click();
    await b
      .getByText('Bevestigd: Karin Jansen hoort bij Welzijn Rijnoever. Karin Jansen krijgt een melding.')
      .waitFor();

    await b.getByRole('button', { name: 'Afwijzen: Lars Claassen, Gemeente Nijmegen' }).click();
    const dialog = b.getByRole('dialog', { name: 'Lidmaatschap van Lars Claassen afwijzen?' });
    await dialog
      .getByLabel('Reden (niet verplicht)')
      .fill('Onbekend bij de gemeente; vraag je teamleider om contact.');
    expect(await sidewaysOverflow(b)).toBeLessThanOrEqual(0);
    await shot(b, 'beheer-decline');
    await dialog.getByRole('button', { name: 'Afwijzen' }).click();
    await b.getByText(/^Afgewezen: Lars Claassen doet niet mee namens Gemeente Nijmegen\./).waitFor();

    await lars.page.goto('/meldingen');
    await lars.page
      .getByText('Joost van Dam heeft niet bevestigd dat je bij Gemeente Nijmegen hoort.')
      .waitFor();
    await lars.page.getByText('Onbekend bij de gemeente; vraag je teamleider om contact.').waitFor();

    // Karin is told, and now takes part on the organisation's behalf.
    await page.getByRole('link', { name: /^Meldingen/ }).click();
    await page
      .getByText(
        'Joost van Dam heeft bevestigd dat je bij Welzijn Rijnoever hoort. Je kunt nu namens Welzijn Rijnoever meedoen.',
      )
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'confirmed-notification');
    await page.getByRole('link', { name: 'Naar mijn organisaties' }).click();
    await mine
      .getByRole('listitem')
      .filter({ hasText: 'Welzijn Rijnoever' })
      .getByText('bevestigd', { exact: true })
      .waitFor();

    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('link', { name: POVERTY }).click();
    await choice.getByRole('radio', { name: 'Welzijn Rijnoever' }).check();
    await choice.getByRole('button', { name: 'Meedoen in de arena', exact: true }).click();
    await choice.getByText('Je doet mee in de arena.').waitFor();
    await choice.getByText('Namens Welzijn Rijnoever', { exact: true }).waitFor();
    await shot(page, 'joined-on-behalf');
    await Promise.all([karin.context.close(), lars.context.close(), beheer.context.close()]);
  });
});
