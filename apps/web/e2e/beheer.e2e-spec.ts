import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const TRIBUNE_NAME = 'Ingrid Hermsen';
const BEHEERDER_NAME = 'Joost van Dam';

/** The sections of /beheer, by the name of their link and the heading they open with, in Dutch and English. */
const SECTIONS = {
  nl: [
    ['Mensen', 'Mensen'],
    ['Account aanmaken', 'Account aanmaken'],
    ['Organisaties', 'Organisaties'],
    ['Gemeenten', 'Gemeenten'],
    ['Auditlog', 'Auditlog'],
  ],
  en: [
    ['People', 'People'],
    ['Create an account', 'Create an account'],
    ['Organisations', 'Organisations'],
    ['Municipalities', 'Municipalities'],
    ['Audit log', 'Audit log'],
  ],
} as const;

async function openSection(page: Page, nav: string, link: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: nav }).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
  // Wait until the section has its data (a list, or its empty state).
  await page.locator('.state--loading').waitFor({ state: 'detached' });
}

/**
 * Beheer in the browser: a beheerder finds people and gives or takes a role, starts an account whose owner sets a
 * password through the link, blocks and unblocks an account, and reads the audit log, in Dutch and English and
 * on a phone, with axe finding nothing on any section.
 */
describe('beheer', () => {
  let browser: Browser;
  /** The account started in one case and blocked in the next. */
  const started = {
    name: 'Fatima el Amrani',
    email: `fatima.${Date.now()}@example.nl`,
    password: 'een-eigen-zin-2026',
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a beheerder finds a person and gives and withdraws the commissie role; the last beheerder stays', async () => {
    const shot = screenshots('beheer-people');
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: /^Beheer/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mensen' }).waitFor();

    await page.getByLabel('Zoek op naam of e-mailadres').fill('tribune@demo');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const card = page.getByRole('listitem').filter({ hasText: TRIBUNE_NAME });
    await card.getByText('tribune@demo.werkplaats.nl').waitFor();
    await card.getByText('geen rol').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'found');

    await card.getByRole('button', { name: `Maak programmacommissie: ${TRIBUNE_NAME}` }).click();
    const grant = page.getByRole('dialog', { name: `${TRIBUNE_NAME} programmacommissie maken?` });
    await grant.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'grant-dialog');
    await grant.getByRole('button', { name: 'Maak programmacommissie' }).click();
    await page.getByText(`${TRIBUNE_NAME} is nu programmacommissie.`).waitFor();
    await card.getByText('programmacommissie', { exact: true }).waitFor();

    await card.getByRole('button', { name: `Niet langer programmacommissie: ${TRIBUNE_NAME}` }).click();
    const withdraw = page.getByRole('dialog', { name: `${TRIBUNE_NAME} niet langer programmacommissie?` });
    await withdraw.getByRole('button', { name: 'Niet langer programmacommissie' }).click();
    await page.getByText(`${TRIBUNE_NAME} is niet langer programmacommissie.`).waitFor();
    await card.getByText('geen rol').waitFor();

    // The demo werkplaats has one beheerder: stepping down is refused, and the page says why, in Dutch.
    await page.getByLabel('Zoek op naam of e-mailadres').fill(BEHEERDER_NAME);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const self = page.getByRole('listitem').filter({ hasText: BEHEERDER_NAME });
    await self.getByRole('button', { name: `Niet langer beheerder: ${BEHEERDER_NAME}` }).click();
    await page
      .getByRole('dialog', { name: `${BEHEERDER_NAME} niet langer beheerder?` })
      .getByRole('button', { name: 'Niet langer beheerder' })
      .click();
    await page
      .getByRole('alert')
      .getByText(`Dit kan niet: ${BEHEERDER_NAME} is de laatste beheerder van deze werkplaats.`, {
        exact: false,
      })
      .waitFor();
    // One cannot block oneself: the buttons are not offered.
    expect(await self.getByRole('button', { name: `Blokkeren: ${BEHEERDER_NAME}` }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'last-beheerder');
    await context.close();
  });

  it('a beheerder starts an account; its owner opens the link in a fresh browser, sets a password and signs in', async () => {
    const shot = screenshots('beheer-account');
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    await page.goto('/beheer/account');
    await page.getByRole('heading', { level: 2, name: 'Account aanmaken' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Naam').fill(started.name);
    await page.getByLabel('E-mailadres').fill(started.email);
    await page.getByRole('button', { name: 'Account aanmaken' }).last().click();
    await page.getByRole('heading', { name: `Het account van ${started.name} is aangemaakt.` }).waitFor();
    await page.getByText(/Geef deze link persoonlijk door aan Fatima el Amrani/).waitFor();
    const link = await page.getByLabel('Eenmalige link').inputValue();
    expect(link).toMatch(/\/wachtwoord-instellen\?token=\S+$/);
    await page.getByRole('button', { name: 'Kopieer de link' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'link');

    // The same address again is refused, saying what to do.
    await page.getByRole('button', { name: 'Nog een account aanmaken' }).click();
    await page.getByLabel('Naam').fill('Nog eens Fatima');
    await page.getByLabel('E-mailadres').fill(started.email);
    await page.getByRole('button', { name: 'Account aanmaken' }).last().click();
    await page
      .getByRole('alert')
      .getByText(/heeft al een account/)
      .waitFor();

    // The person, in a browser of their own, opens the link (wherever the app is served).
    const fresh = await newPage(browser);
    const url = new URL(link);
    await fresh.page.goto(`${url.pathname}${url.search}`);
    await fresh.page.getByLabel('Nieuw wachtwoord').fill(started.password);
    await fresh.page.getByLabel('Herhaal het wachtwoord').fill(started.password);
    await fresh.page.getByRole('button', { name: 'Wachtwoord instellen' }).last().click();
    await fresh.page.waitForURL((u) => u.pathname === '/');
    await fresh.page.getByText(`Ingelogd als ${started.name}`).waitFor();
    await shot(fresh.page, 'signed-in-through-link');
    await fresh.context.close();

    // And signs in with that password in yet another browser.
    const again = await newPage(browser);
    await signIn(again.page, started.email, started.password);
    await again.context.close();

    // The beheerder finds the new person among the people of the werkplaats.
    await page.goto('/beheer');
    await page.getByLabel('Zoek op naam of e-mailadres').fill(started.email);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('listitem').filter({ hasText: started.name }).waitFor();
    await context.close();
  });

  it('a blocked account cannot sign in and is signed out; unblocked, it signs in again; the audit log shows both', async () => {
    const shot = screenshots('beheer-block');
    const person = await newPage(browser);
    await signIn(person.page, started.email, started.password);

    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    await page.goto('/beheer');
    await page.getByLabel('Zoek op naam of e-mailadres').fill(started.email);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const card = page.getByRole('listitem').filter({ hasText: started.name });
    await card.getByRole('button', { name: `Blokkeren: ${started.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Account van ${started.name} blokkeren?` });
    await dialog.getByText(/kan dan niet meer inloggen/).waitFor();
    await dialog.getByRole('button', { name: 'Blokkeren' }).click();
    await page.getByText(`Het account van ${started.name} is geblokkeerd.`).waitFor();
    await card.getByText('Geblokkeerd', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'blocked');

    // Their open session has ended, and signing in is refused.
    await person.page.reload();
    await person.page.getByRole('link', { name: 'Inloggen' }).first().waitFor();
    await person.page.goto('/inloggen');
    await person.page.getByLabel('E-mailadres').fill(started.email);
    await person.page.getByLabel('Wachtwoord').fill(started.password);
    await person.page.getByRole('button', { name: 'Inloggen' }).last().click();
    await person.page.getByText('Dit e-mailadres en wachtwoord horen niet bij elkaar.').waitFor();
    await shot(person.page, 'sign-in-refused');

    await card.getByRole('button', { name: `Deblokkeren: ${started.name}` }).click();
    await page
      .getByRole('dialog', { name: `Account van ${started.name} deblokkeren?` })
      .getByRole('button', { name: 'Deblokkeren' })
      .click();
    await page.getByText(`Het account van ${started.name} is gedeblokkeerd.`).waitFor();
    await signIn(person.page, started.email, started.password);
    await person.context.close();

    // The audit log, filtered to account events: the block and the unblock, newest first.
    await openSection(page, 'Onderdelen van beheer', 'Auditlog', 'Auditlog');
    await page.getByLabel('Soort actie').selectOption({ label: 'Accounts' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    const log = page.locator('.beheer__log');
    await log.getByText('account.unblocked').waitFor();
    await log.getByText('account.blocked').waitFor();
    const actions = await log.locator('code').allTextContents();
    expect(actions.every((a) => a.startsWith('account.'))).toBe(true);
    expect(actions.indexOf('account.unblocked')).toBeLessThan(actions.indexOf('account.blocked'));

    // And to one person: everything about (or by) them.
    await page.getByLabel('Soort actie').selectOption({ label: 'Alle acties' });
    await page.getByLabel('Over of door persoon').selectOption({ label: TRIBUNE_NAME });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await log.getByText('workshop-role.withdrawn').waitFor();
    expect(await log.getByText('account.blocked').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'audit-filtered');
    await context.close();
  });

  it('organisations and gemeenten: a beheerder adds and renames; every section has no axe violations, in Dutch and English', async () => {
    const shot = screenshots('beheer-sections');
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    await page.goto('/beheer');

    await openSection(page, 'Onderdelen van beheer', 'Organisaties', 'Organisaties');
    const name = `Buurtkracht ${Date.now() % 100000}`;
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByLabel('Soort').selectOption({ label: 'Welzijn' });
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText(`${name} is toegevoegd.`).waitFor();
    await page.getByRole('button', { name: `Naam wijzigen: ${name}` }).click();
    await page.getByLabel(`Naam van ${name} wijzigen`).fill(`${name} Oost`);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(`De naam is nu ${name} Oost.`).waitFor();

    await openSection(page, 'Onderdelen van beheer', 'Gemeenten', 'Gemeenten');
    await page.getByRole('listitem').filter({ hasText: 'Nijmegen' }).first().waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Proefdorp');
    await page.getByLabel('CBS-code').fill('GM9876');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Proefdorp is toegevoegd aan het werkgebied.').waitFor();

    for (const [link, heading] of SECTIONS.nl) {
      await openSection(page, 'Onderdelen van beheer', link, heading);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `nl-${link}`);
    }

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: /^Administration/ }).waitFor();
    for (const [link, heading] of SECTIONS.en) {
      await openSection(page, 'Parts of administration', link, heading);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `en-${link}`);
    }
    await context.close();
  });

  it('on a 360 px phone every section fits without sideways scrolling and has no axe violations', async () => {
    const shot = screenshots('beheer-phone');
    const { context, page } = await newPage(browser, { width: 360, height: 780 });
    await signIn(page, DEMO.admin);
    await page.goto('/beheer');
    await page.getByRole('heading', { level: 2, name: 'Mensen' }).waitFor();
    for (const [link, heading] of SECTIONS.nl) {
      await openSection(page, 'Onderdelen van beheer', link, heading);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, link);
    }
    // A dialog fits too.
    await openSection(page, 'Onderdelen van beheer', 'Mensen', 'Mensen');
    await page
      .getByRole('button', { name: /^Blokkeren: / })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'dialog');
    await context.close();
  });
});
