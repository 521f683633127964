import type { Browser } from 'playwright-core';
import { DEMO, axeViolations, launchBrowser, newPage, screenshots, signIn } from './support/browser';

/** The programmacommissie keeps the agenda: add, change, start an atelier, merge, lapse, advise. */
describe('programmacommissie journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('adds a kwestie, changes it, starts its atelier, merges another into it, lets one lapse and gives advice', async () => {
    const shot = screenshots('committee');
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.committee);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Agenda beheren' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Agenda beheren' }).waitFor();

    const form = page.getByRole('form', { name: 'Nieuwe kwestie' });
    await form.getByRole('button', { name: 'Kwestie toevoegen' }).click();
    await form.getByText('Vul dit veld in.').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'form-errors');
    await form.getByLabel('Titel').fill('Mantelzorg door jongeren');
    await form.getByLabel('Omschrijving').fill('Jongeren die thuis zorgen, op school en in het mbo.');
    await form.getByRole('button', { name: 'Kwestie toevoegen' }).click();
    await form.getByText('Toegevoegd: Mantelzorg door jongeren.').waitFor();

    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Mantelzorg door jongeren' }) });
    await card.getByRole('button', { name: 'Wijzigen: Mantelzorg door jongeren' }).click();
    await card.getByLabel('Titel').fill('Mantelzorg door jongeren en jongvolwassenen');
    await card.getByRole('button', { name: 'Opslaan' }).click();
    const changed = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: 'Mantelzorg door jongeren en jongvolwassenen' }),
    });
    await changed.getByText('Opgeslagen.').waitFor();

    await changed.getByRole('button', { name: /^Leeratelier starten/ }).click();
    await changed.getByLabel('Trekker').selectOption({ label: 'Marloes Verbeek' });
    await changed.getByRole('button', { name: 'Atelier starten' }).click();
    await changed.getByText('Gestart: Leeratelier Mantelzorg door jongeren en jongvolwassenen.').waitFor();
    // One running atelier per kwestie: starting another is no longer offered.
    await changed.getByRole('button', { name: /^Leeratelier starten/ }).waitFor({ state: 'detached' });

    const carers = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Jonge mantelzorgers', exact: true }) });
    await carers.getByRole('button', { name: 'Samenvoegen: Jonge mantelzorgers' }).click();
    await carers
      .getByLabel('Samenvoegen met')
      .selectOption({ label: 'Mantelzorg door jongeren en jongvolwassenen' });
    await shot(page, 'merge');
    await carers.getByRole('button', { name: /Samenvoegen: de ateliers/ }).click();
    await carers.getByText('Samengevoegd met Mantelzorg door jongeren en jongvolwassenen.').waitFor();
    await carers.getByText('Samengevoegd', { exact: true }).waitFor();

    await changed.getByText(/^Geschiedenis/).click();
    await changed
      .getByText(
        /titel gewijzigd van "Mantelzorg door jongeren" naar "Mantelzorg door jongeren en jongvolwassenen"/,
      )
      .waitFor();
    await changed.getByText(/"Jonge mantelzorgers" is hierin opgegaan/).waitFor();
    await changed
      .getByText(/leeratelier gestart: "Leeratelier Mantelzorg door jongeren en jongvolwassenen"/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'history');

    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).click();
    const advice = page.getByRole('region', { name: 'Advies van de programmacommissie' });
    await advice.getByLabel('Onderwerp').fill('Deel de werkvorm met Heumen');
    await advice
      .getByLabel('Advies', { exact: true })
      .fill('De gemeente Heumen zoekt een aanpak voor ontmoeting in de kernen.');
    await advice.getByRole('button', { name: 'Advies versturen' }).click();
    await advice.getByText('Verstuurd. De trekker krijgt een melding.').waitFor();
    await advice.getByText('Deel de werkvorm met Heumen').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'advice');
    await context.close();
  });

  it('is told on Meldingen when a beheerder makes themself commissie, and when they stop', async () => {
    const shot = screenshots('committee-role');
    // The beheerder acts through the API (the web app has no beheer pages yet), with their browser's session.
    const beheer = await newPage(browser);
    await signIn(beheer.page, DEMO.admin);
    const asBeheerder = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await beheer.context.request.post('/graphql', { data: { query, variables } });
      const body = (await response.json()) as { data: any; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    const { me } = await asBeheerder(`{ me { id } }`);
    const setRole = (granted: boolean) =>
      asBeheerder(
        `mutation($u: ID!, $g: Boolean!) { setWorkshopRole(userId: $u, role: COMMITTEE, granted: $g) { id } }`,
        { u: me.id, g: granted },
      );
    await setRole(true);
    await setRole(false);

    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, DEMO.committee);
    // On a phone the header's links are behind its menu button.
    await page.getByRole('button', { name: /^Menu/ }).click();
    await page.getByRole('link', { name: /^Meldingen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByText('Joost van Dam maakte zichzelf lid van de programmacommissie.').waitFor();
    await page
      .getByText('Joost van Dam is op eigen besluit niet langer lid van de programmacommissie.')
      .waitFor();
    // Other journeys (beheer) may have granted roles in the same database: any one of these headings will do.
    await page.getByText('Rol in de werkplaats toegekend').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'notifications');
    await context.close();
    await beheer.context.close();
  });
});
