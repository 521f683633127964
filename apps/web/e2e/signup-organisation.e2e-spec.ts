import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  api,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const PHONE = { width: 360, height: 740 };

/** Fills the sign-up form's own fields with a fresh address. */
async function fillAccount(page: Page, name: string) {
  await page.getByLabel('Naam', { exact: true }).fill(name);
  await page
    .getByLabel('E-mailadres')
    .fill(`${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.nl`);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('samen-leren-2026');
}

/**
 * Sign-up that knows organisations: one chooses a listed organisation and a party kind, or proposes an
 * organisation that is not listed; either is a request. The beheerder sees a proposal as such on Lidmaatschappen,
 * confirms it, and the organisation is listed from then on.
 */
describe('sign-up that knows organisations', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a person signs up for a listed organisation, as a professional; it waits for confirmation', async () => {
    const shot = screenshots('signup-organisation');
    const { context, page } = await newPage(browser);
    await page.goto('/registreren');
    await fillAccount(page, 'Noor Keuze');
    const organisation = page.getByRole('group', { name: /Namens welke organisatie doe je mee/ });
    await organisation
      .getByText(
        'Dit is een verzoek: een beheerder van de werkplaats of de contactpersoon van de organisatie',
      )
      .waitFor();
    await organisation.getByLabel('Zoeken in de lijst').fill('rijnoever');
    await organisation.getByText('Gevonden: 1.').waitFor();
    await organisation
      .getByLabel('Organisatie', { exact: true })
      .selectOption({ label: 'Welzijn Rijnoever' });
    await page.getByLabel('Als wat doe je mee? (niet verplicht)').selectOption({ label: 'Professional' });
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'choose-listed');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByText('Ingelogd als Noor Keuze').waitFor();

    await page.goto('/mijn-gegevens');
    const mine = page.getByRole('region', { name: 'Mijn organisaties' });
    await mine
      .getByRole('listitem')
      .filter({ hasText: 'Welzijn Rijnoever' })
      .getByText('wacht op bevestiging')
      .waitFor();
    const capacity = page.getByRole('region', { name: 'Als wat doe je mee?' });
    expect(await capacity.getByRole('combobox', { name: 'Als wat doe je mee?' }).inputValue()).toBe(
      'PROFESSIONAL',
    );
    // Changed later, on the same page.
    await capacity
      .getByRole('combobox', { name: 'Als wat doe je mee?' })
      .selectOption({ label: 'Onderzoeker' });
    await capacity.getByRole('button', { name: 'Opslaan' }).click();
    await capacity.getByText('Opgeslagen: Onderzoeker.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'privacy-after-sign-up');
    const me = await api<{ me: { partyKind: string } }>(context, '{ me { partyKind } }');
    expect(me.me.partyKind).toBe('RESEARCHER');
    await context.close();
  });

  it('on a phone, a person proposes their organisation; the beheerder sees it as new, confirms, and it is listed', async () => {
    const shot = screenshots('signup-organisation-proposal');
    const name = `Buurtkamer De Linde ${Date.now().toString(36)}`;
    const { context, page } = await newPage(browser, PHONE);
    await page.goto('/registreren');
    await fillAccount(page, 'Pim Voorstel');
    const organisation = page.getByRole('group', { name: /Namens welke organisatie doe je mee/ });
    await organisation.getByLabel('Mijn organisatie staat er niet bij').check();
    await organisation.getByLabel('Naam van de organisatie').fill(name);
    await organisation
      .getByLabel('Soort organisatie')
      .selectOption({ label: 'Bewonersinitiatief / vrijwilligersorganisatie' });
    // Two werkplaatsen: the proposal says which one it belongs to.
    await organisation
      .getByLabel('Werkplaats', { exact: true })
      .selectOption({ label: 'Werkplaats Sociaal Domein Arnhem en Nijmegen' });
    await organisation.getByRole('option', { name: 'Nijmegen', exact: true }).waitFor({ state: 'attached' });
    await organisation.getByLabel('Gemeente (niet verplicht)').selectOption({ label: 'Nijmegen' });
    await page.getByLabel('Als wat doe je mee? (niet verplicht)').selectOption({ label: 'Vrijwilliger' });
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'propose');
    await page.getByRole('button', { name: 'Account maken' }).click();
    // Signed in: the header names the person (behind the menu on this phone).
    await page.getByText('Ingelogd als Pim Voorstel').waitFor({ state: 'attached' });
    await page.goto('/mijn-gegevens');
    await page
      .getByRole('region', { name: 'Mijn organisaties' })
      .getByRole('listitem')
      .filter({ hasText: name })
      .getByText('voorgesteld, nog niet in de lijst')
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'privacy-proposed');
    await context.close();

    // Not listed yet: nobody else can choose it.
    const visitor = await newPage(browser);
    const before = await api<{ organisations: { totalCount: number } }>(
      visitor.context,
      'query($q: String) { organisations(first: 5, query: $q) { totalCount } }',
      { q: name },
    );
    expect(before.organisations.totalCount).toBe(0);

    const beheer = await newPage(browser, PHONE);
    await signIn(beheer.page, DEMO.admin);
    await beheer.page.goto('/lidmaatschappen');
    const card = beheer.page.getByRole('listitem').filter({ hasText: name });
    await card.getByText('nieuwe organisatie').waitFor();
    await card
      .getByText(`Pim Voorstel stelt een nieuwe organisatie voor, ${name}, en zegt erbij te horen.`)
      .waitFor();
    await card.getByText('Bevestig je dit lidmaatschap, dan komt de organisatie in de lijst').waitFor();
    expect(await axeViolations(beheer.page)).toEqual([]);
    expect(await sidewaysOverflow(beheer.page)).toBeLessThanOrEqual(0);
    await shot(beheer.page, 'lidmaatschappen-proposal');
    await card.getByRole('button', { name: `Bevestigen: Pim Voorstel, ${name}` }).click();
    await beheer.page.getByText(`Bevestigd: Pim Voorstel hoort bij ${name}.`).waitFor();
    expect(await axeViolations(beheer.page)).toEqual([]);
    await beheer.context.close();

    // Listed now: a visitor finds it on the sign-up page.
    await visitor.page.goto('/registreren');
    const pick = visitor.page.getByRole('group', { name: /Namens welke organisatie doe je mee/ });
    await pick.getByLabel('Zoeken in de lijst').fill(name.slice(0, 24).toLowerCase());
    await pick.getByRole('option', { name }).waitFor({ state: 'attached' });
    await pick.getByLabel('Organisatie', { exact: true }).selectOption({ label: name });
    expect(await axeViolations(visitor.page)).toEqual([]);
    await shot(visitor.page, 'listed');
    await visitor.context.close();
  });
});
