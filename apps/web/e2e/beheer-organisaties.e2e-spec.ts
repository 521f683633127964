import type { Browser, BrowserContext, Page } from 'playwright-core';
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

/** A name no other run or spec uses; "Aa…" sorts it onto the first page of the list. */
const stamp = () => `${Date.now() % 1_000_000}${Math.random().toString(36).slice(2, 5)}`;

/** The demo werkplaats (Arnhem-Nijmegen), whose beheerder DEMO.admin is. */
async function workshopId(context: BrowserContext): Promise<string> {
  const data = await api<{ workshops: { id: string; slug: string }[] }>(context, '{ workshops { id slug } }');
  return data.workshops.find((w) => w.slug === 'arnhem-nijmegen')!.id;
}

/** A person proposes an organisation (as at sign-up); it waits for the beheerder. */
async function propose(browser: Browser, person: string, organisation: string): Promise<void> {
  const { context } = await newPerson(browser, person);
  await api(
    context,
    `mutation($p: ProposeOrganisationInput!) { requestMembership(proposedOrganisation: $p) { id } }`,
    { p: { name: organisation, kind: 'CITIZENS_INITIATIVE', workshopId: await workshopId(context) } },
  );
  await context.close();
}

/** A person asks to belong to a listed organisation. */
async function requestMembership(browser: Browser, person: string, organisationId: string): Promise<void> {
  const { context } = await newPerson(browser, person);
  await api(
    context,
    `mutation($o: ID!) { requestMembership(organisationId: $o, function: "vrijwilliger") { id } }`,
    {
      o: organisationId,
    },
  );
  await context.close();
}

async function createOrganisation(context: BrowserContext, name: string): Promise<string> {
  const data = await api<{ createOrganisation: { id: string } }>(
    context,
    `mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }`,
    { i: { name, kind: 'WELFARE' } },
  );
  return data.createOrganisation.id;
}

async function openBeheer(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
  await page.locator('.state--loading').waitFor({ state: 'detached' });
}

/**
 * Beheer of organisations and gemeenten in the browser: what people proposed is listed or declined, a duplicate is
 * merged into the one kept, a membership request is confirmed and a member made contact, and a gemeente's kernen
 * are changed. By keyboard where it matters, with axe finding nothing, in Dutch and English and at 360 px.
 */
describe('beheer: organisations, memberships and kernen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a beheerder lists one proposed organisation and declines another', async () => {
    const shot = screenshots('beheer-proposals');
    const kept = `Aa Buurtkamer ${stamp()}`;
    const refused = `Aa Praathuis ${stamp()}`;
    await propose(browser, 'Noor Visser', kept);
    await propose(browser, 'Sem de Groot', refused);

    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    await openBeheer(page, '/beheer/organisaties', 'Organisaties');
    const proposals = page.getByRole('region', { name: 'Voorgesteld door deelnemers' });
    const card = proposals.getByRole('listitem').filter({ hasText: kept });
    await card.getByText('Verzoeken om erbij te horen: 1').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'proposals');

    await card.getByRole('button', { name: `Opnemen: ${kept}` }).click();
    await page.getByRole('status').getByText(`${kept} staat nu in de lijst.`, { exact: false }).waitFor();
    await proposals.getByRole('listitem').filter({ hasText: kept }).waitFor({ state: 'detached' });
    // Listed, it is among the organisations of the werkplaats.
    await page.locator('.card strong', { hasText: kept }).waitFor();

    await proposals.getByRole('button', { name: `Afwijzen: ${refused}` }).click();
    const dialog = page.getByRole('dialog', { name: `${refused} afwijzen?` });
    await dialog.getByText(/Open verzoeken om erbij te horen worden ook afgewezen/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'decline-dialog');
    await dialog.getByRole('button', { name: 'Afwijzen' }).click();
    await page.getByText(`${refused} is afgewezen; wie erbij wilde horen krijgt een melding.`).waitFor();
    expect(await page.getByText(refused).count()).toBe(1);
    await context.close();
  });

  it('a beheerder merges a duplicate into the organisation kept, by keyboard, and its member moves along', async () => {
    const shot = screenshots('beheer-merge');
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    const n = stamp();
    const into = `Aa Stichting Samen ${n}`;
    const duplicate = `Aa Stg. Samen ${n}`;
    await createOrganisation(context, into);
    const duplicateId = await createOrganisation(context, duplicate);
    await requestMembership(browser, 'Lotte Bakker', duplicateId);
    await openBeheer(page, '/beheer/organisaties', 'Organisaties');

    // Keyboard only: focus the merge button, search, choose, continue, confirm.
    await page.getByRole('button', { name: `Samenvoegen met… ${duplicate}` }).focus();
    await page.keyboard.press('Enter');
    // The search field takes the focus in the button's place.
    await page.getByLabel('Zoek de organisatie die blijft').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type(`Stichting Samen ${n}`);
    const choose = page.getByLabel('Organisatie die blijft', { exact: true });
    await choose.locator('option', { hasText: into }).waitFor({ state: 'attached' });
    // Going on without a choice says what is missing.
    await page.getByRole('button', { name: 'Verder' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Kies eerst de organisatie die blijft.').waitFor();
    await choose.focus();
    await page.keyboard.press('ArrowDown');
    expect(await choose.inputValue()).not.toBe('');
    await page.getByRole('button', { name: 'Verder' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `${duplicate} samenvoegen met ${into}?` });
    await dialog.getByText(`${duplicate} verdwijnt.`, { exact: false }).waitFor();
    await dialog.getByText(/de lidmaatschappen van .* \(1\)/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'confirm');
    await dialog.getByRole('button', { name: 'Samenvoegen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`${duplicate} is samengevoegd met ${into}.`).waitFor();
    await page.locator('.card strong', { hasText: duplicate }).waitFor({ state: 'detached' });
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'merged');

    // Lotte's request now waits under the organisation kept.
    await openBeheer(page, '/beheer/lidmaatschappen', 'Lidmaatschappen');
    await page.getByRole('button', { name: `Bevestigen: Lotte Bakker, ${into}` }).waitFor();
    await context.close();
  });

  it('a beheerder confirms a membership request and makes the member the organisation’s contact', async () => {
    const shot = screenshots('beheer-memberships');
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    const organisation = `Aa Wijkteam ${stamp()}`;
    const organisationId = await createOrganisation(context, organisation);
    await requestMembership(browser, 'Daan Smits', organisationId);

    await openBeheer(page, '/beheer', 'Mensen');
    await page
      .getByRole('navigation', { name: 'Onderdelen van beheer' })
      .getByRole('link', { name: 'Lidmaatschappen', exact: true })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Lidmaatschappen' }).waitFor();
    const confirm = page.getByRole('button', { name: `Bevestigen: Daan Smits, ${organisation}` });
    await confirm.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'requests');
    await confirm.focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Bevestigd: Daan Smits hoort bij ${organisation}.`, { exact: false }).waitFor();
    await confirm.waitFor({ state: 'detached' });

    await openBeheer(page, '/beheer/organisaties', 'Organisaties');
    const card = page
      .getByRole('listitem')
      .filter({ has: page.locator('strong', { hasText: organisation }) });
    await card.getByText('Leden (1)').click();
    await card.getByRole('button', { name: 'Contactpersoon maken: Daan Smits' }).click();
    await page
      .getByText(`Daan Smits is nu contactpersoon van ${organisation} en kan lidmaatschappen bevestigen.`)
      .waitFor();
    await card.getByText('contactpersoon', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'contact');
    await card.getByRole('button', { name: 'Niet meer contactpersoon: Daan Smits' }).click();
    await page.getByText(`Daan Smits is geen contactpersoon van ${organisation} meer.`).waitFor();
    await context.close();
  });

  it('a beheerder changes a gemeente’s name, region and kernen, and is told what is wrong', async () => {
    const shot = screenshots('beheer-kernen');
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    const name = `Aa Kerndorp ${stamp()}`;
    await api(context, `mutation($i: MunicipalityInput!) { createMunicipality(input: $i) { id } }`, {
      i: { name, cbsCode: `GM${7000 + Math.floor(Math.random() * 999)}`, places: ['Oudedijk', 'Veldhoek'] },
    });
    await openBeheer(page, '/beheer/gemeenten', 'Gemeenten');
    await page.getByRole('button', { name: `${name} wijzigen` }).focus();
    await page.keyboard.press('Enter');
    const form = page.locator('form').filter({ has: page.getByRole('group', { name: 'Kernen' }) });
    // The keyboard starts at the name, and adds a kern with Enter.
    await form.waitFor();
    expect(await form.getByLabel('Naam', { exact: true }).evaluate((e) => e === document.activeElement)).toBe(
      true,
    );

    // A kern twice (whatever its capitals) or an empty one is refused on the spot.
    await form.getByLabel('Nieuwe kern').fill('veldhoek');
    await form.getByLabel('Nieuwe kern').press('Enter');
    await form.getByText('veldhoek staat al in de lijst van kernen.').waitFor();
    await form.getByLabel('Nieuwe kern').fill('');
    await form.getByRole('button', { name: 'Kern toevoegen' }).click();
    await form.getByText('Vul eerst de naam van de kern in.').waitFor();
    await form.getByLabel('Nieuwe kern').fill('Nieuwbouw');
    await form.getByLabel('Nieuwe kern').press('Enter');
    await form.getByRole('button', { name: 'Verwijder Nieuwbouw' }).waitFor();
    await form.getByRole('button', { name: 'Verwijder Oudedijk' }).click();
    await form.getByLabel('Regio (niet verplicht)').fill('Rijk van Nijmegen');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'editing');

    // An empty name is refused too, then saved with a proper one.
    await form.getByLabel('Naam', { exact: true }).fill('');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByText('Een naam heeft minstens 2 tekens.').waitFor();
    await form.getByLabel('Naam', { exact: true }).fill(`${name} Oost`);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(`${name} Oost is bijgewerkt.`).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: `${name} Oost` });
    await card.getByText('Kernen: Veldhoek, Nieuwbouw').waitFor();
    await card.getByText('Rijk van Nijmegen', { exact: false }).waitFor();
    await shot(page, 'saved');
    await context.close();
  });

  it('every changed section has no axe violations in English, and fits a 360 px phone', async () => {
    const shot = screenshots('beheer-organisaties-en-phone');
    await propose(browser, 'Mila Hendriks', `Aa Voedselhulp ${stamp()}`);
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    await openBeheer(page, '/beheer/organisaties', 'Organisaties');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Organisations' }).waitFor();
    await page.getByRole('region', { name: 'Proposed by participants' }).waitFor();
    await page
      .getByRole('button', { name: /^Merge with… / })
      .first()
      .click();
    await page.getByLabel('Find the organisation to keep').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'en-organisations');
    const nav = page.getByRole('navigation', { name: 'Parts of administration' });
    await nav.getByRole('link', { name: 'Memberships', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Memberships' }).waitFor();
    await page.locator('.state--loading').waitFor({ state: 'detached' });
    expect(await axeViolations(page)).toEqual([]);
    await nav.getByRole('link', { name: 'Municipalities', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Municipalities' }).waitFor();
    await page.locator('.state--loading').waitFor({ state: 'detached' });
    await page
      .getByRole('button', { name: /^Edit / })
      .first()
      .click();
    await page.getByRole('group', { name: 'Places (kernen)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'en-municipalities');
    await context.close();

    const phone = await newPage(browser, { width: 360, height: 780 });
    await signIn(phone.page, DEMO.admin);
    for (const [path, heading] of [
      ['/beheer/organisaties', 'Organisaties'],
      ['/beheer/lidmaatschappen', 'Lidmaatschappen'],
      ['/beheer/gemeenten', 'Gemeenten'],
    ] as const) {
      await openBeheer(phone.page, path, heading);
      if (path === '/beheer/organisaties') {
        await phone.page
          .getByRole('button', { name: /^Samenvoegen met… / })
          .first()
          .click();
        await phone.page.getByLabel('Zoek de organisatie die blijft').waitFor();
        await phone.page
          .getByRole('listitem')
          .filter({ hasText: /Leden \(\d+\)/ })
          .first()
          .getByText(/Leden \(\d+\)/)
          .click();
      }
      if (path === '/beheer/gemeenten') {
        await phone.page
          .getByRole('button', { name: / wijzigen$/ })
          .first()
          .click();
        await phone.page.getByRole('group', { name: 'Kernen' }).waitFor();
      }
      expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(phone.page)).toEqual([]);
      await shot(phone.page, `phone-${heading}`);
    }
    await phone.context.close();
  });
});
