import type { Browser } from 'playwright-core';
import {
  DEMO,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  signIn,
  tokenMailedTo,
} from './support/browser';

/**
 * The partner's journey: a professional of a welfare organisation makes an account, asks to join the loneliness
 * atelier's arena (it takes new members on request), is let in by the trekker, joins the practice in Nijmegen,
 * logs a lesson as a draft and shares it on purpose, one rung at a time: with the practice, then the arena.
 */
describe('partner journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('signs up, joins the arena and a practice, logs a lesson and shares it on purpose', async () => {
    const shot = screenshots('partner');
    const { context, page } = await newPage(browser);

    await page.goto('/registreren');
    await page.getByRole('button', { name: 'Account maken' }).click();
    // Inline errors for the empty form, announced with the fields.
    await page.getByText('Vul dit veld in.').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'sign-up-errors');
    // An address that has an account already (here with another password): the page says neither yes nor
    // no, and nobody is signed in.
    await page.getByLabel('Naam').fill('Sanne Bakker');
    await page.getByLabel('E-mailadres').fill('arena@demo.werkplaats.nl');
    await page.getByLabel('Wachtwoord').fill('wijkteam-2026');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page
      .getByText('Heeft dit e-mailadres al een account? Log dan in met het wachtwoord van dat account.')
      .waitFor();
    expect(await page.getByText('Ingelogd als').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'sign-up-known-address');

    const email = `sanne.${Date.now()}@welzijn.example`;
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('wijkteam-2026');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByText('Ingelogd als Sanne Bakker').waitFor();
    await page.goto('/w/arnhem-nijmegen');

    await page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).click();
    const choice = page.getByRole('region', { name: 'Doe je mee?' });
    // Until the address is confirmed, the arena waits: the choice says so instead of offering the request.
    await choice
      .getByText(
        'Om mee te doen in de arena bevestig je eerst je e-mailadres, met de link die we je mailden.',
      )
      .waitFor();
    expect(await choice.getByRole('button', { name: 'Vragen om mee te doen in de arena' }).count()).toBe(0);
    await page.goto(`/e-mail-bevestigen?token=${await tokenMailedTo(email, '/e-mail-bevestigen')}`);
    await page.getByText('Je e-mailadres is bevestigd.', { exact: false }).waitFor();
    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).click();
    await choice.getByText('De arena is op aanvraag: je vraagt de trekker, die beslist.').waitFor();
    // Joining straight away is not on offer here; asking is, with a message for the trekker.
    expect(await choice.getByRole('button', { name: 'Meedoen in de arena', exact: true }).count()).toBe(0);
    await choice
      .getByLabel('Bericht aan de trekker (niet verplicht)')
      .fill('Ik ben opbouwwerker in Hatert en begeleid de buurtkamer.');
    await choice.getByRole('button', { name: 'Vragen om mee te doen in de arena' }).click();
    await choice.getByText('Je aanvraag wacht op de trekker').waitFor();
    await choice.getByText('Ik ben opbouwwerker in Hatert en begeleid de buurtkamer.').waitFor();
    await choice.getByRole('button', { name: 'Aanvraag intrekken' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'asked-to-join');

    // The trekker, in a browser of her own, lets Sanne in from the dashboard's queue.
    const trekker = await newPage(browser);
    await signIn(trekker.page, DEMO.trekker);
    await trekker.page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).click();
    await trekker.page.getByRole('link', { name: /^Naar het trekkersdashboard/ }).click();
    const queue = trekker.page.getByRole('region', { name: /^Aanvragen om mee te doen/ });
    await queue.getByText('Ik ben opbouwwerker in Hatert en begeleid de buurtkamer.').waitFor();
    await shot(trekker.page, 'trekker-queue');
    await queue.getByRole('button', { name: 'Toelaten: Sanne Bakker' }).click();
    await queue.getByText('Sanne Bakker doet nu mee in de arena en krijgt een melding.').waitFor();
    await trekker.context.close();

    await page.reload();
    await page.getByText('Je doet mee in de arena.').waitFor();
    await page.getByRole('button', { name: 'Meedoen: Buurtkamer Hatert' }).click();
    await page.getByText('Je doet mee', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'arena-and-practice');

    await page.getByRole('link', { name: 'Een les vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Een les vastleggen' }).waitFor();
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByText('Kies er minstens één.').last().waitFor();
    // Level and domain have no default: the form asks for both.
    await page.getByText('Kies een niveau.').waitFor();
    await page.getByText('Kies een domein.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'lesson-form-errors');

    await page.getByLabel('Titel').fill('Een vaste tafel in de bibliotheek');
    await page.locator('.rich-text__input').click();
    await page.keyboard.type('Elke dinsdag dezelfde tafel: mensen wisten waar ze elkaar konden vinden.');
    await page.getByRole('checkbox', { name: /Sociale cohesie/ }).check();
    await page.getByLabel('Niveau', { exact: true }).selectOption({ label: 'Wijk' });
    await page.getByLabel('Domein', { exact: true }).selectOption({ label: 'Welzijn' });
    await page.getByLabel('Lerende praktijk').selectOption({ label: 'Buurtkamer Hatert (Nijmegen)' });
    await shot(page, 'lesson-form');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();

    await page.getByRole('heading', { level: 1, name: 'Een vaste tafel in de bibliotheek' }).waitFor();
    await page.getByText('Nu: Concept').waitFor();
    // One rung at a time: from the draft only to the practice; the tribune is for the trekker.
    expect(await page.getByRole('button', { name: 'Delen met: Arena' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delen met: Tribune' }).count()).toBe(0);
    expect(await page.getByRole('switch', { name: 'Mag openbaar' }).getAttribute('aria-checked')).toBe(
      'false',
    );
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'lesson-draft');

    await page.getByRole('button', { name: 'Delen met: Praktijk' }).click();
    await page.getByText('Nu: Praktijk').waitFor();
    await page.getByRole('button', { name: 'Delen met: Arena' }).click();
    await page.getByText('Nu: Arena').waitFor();
    // A step taken by mistake is taken back at once, beside what it said.
    const ladder = page.getByRole('region', { name: 'Wie ziet deze les?' });
    await ladder.getByText('Gedeeld: Arena.').waitFor();
    await ladder.getByRole('button', { name: 'Ongedaan maken' }).click();
    await ladder.getByText('Ongedaan gemaakt. Nu weer: Praktijk.').waitFor();
    await page.getByText('Nu: Praktijk').waitFor();
    expect(await ladder.getByRole('button', { name: 'Ongedaan maken' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Delen met: Arena' }).click();
    await page.getByText('Nu: Arena').waitFor();
    await page.getByText(/van Concept naar Praktijk door Sanne Bakker/).waitFor();
    // The history keeps every step, the one taken back too.
    await page.getByText(/van Arena naar Praktijk door Sanne Bakker/).waitFor();
    await page
      .getByText(/van Praktijk naar Arena door Sanne Bakker/)
      .nth(1)
      .waitFor();
    expect(await page.getByText(/van Praktijk naar Arena door Sanne Bakker/).count()).toBe(2);
    await shot(page, 'lesson-in-arena');

    await page.getByRole('link', { name: /^Meldingen/ }).click();
    await page
      .getByText(
        'Lotte Janssen heeft je toegelaten tot de arena van Leeratelier Eenzaamheid en betekenisvol contact.',
      )
      .waitFor();
    await context.close();
  });
});
