import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const ARNHEM_NIJMEGEN = 'Werkplaats Sociaal Domein Arnhem en Nijmegen';
const LINDELAND = 'Werkplaats Sociaal Domein Lindeland';

/** The footer's link of that name (every page has the footer). */
function footerLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Links over deze website' }).getByRole('link', { name });
}

/**
 * The statements the law expects: each werkplaats's privacy statement and the accessibility statement, reached from
 * the footer of any page, written (the privacy statement) by the werkplaats's beheerder, who also downloads the
 * register of processing. Axe finds nothing on either statement, on a desktop and on a 390 px phone.
 */
describe('privacy and accessibility statements', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the statements are reached from the footer of the list of werkplaatsen, an agenda, an atelier and sign-in', async () => {
    const shot = screenshots('statements');
    const { context, page } = await newPage(browser);

    // Off a werkplaats: the footer leads to the list of the werkplaatsen's statements.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Werkplaatsen Sociaal Domein' }).waitFor();
    await footerLink(page, 'Privacyverklaring').click();
    await page.getByRole('heading', { level: 1, name: 'Privacyverklaringen' }).waitFor();
    await page.getByRole('link', { name: `Privacyverklaring van ${LINDELAND}` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: `Privacyverklaring van ${ARNHEM_NIJMEGEN}` }).click();
    await page.getByRole('heading', { level: 1, name: `Privacyverklaring van ${ARNHEM_NIJMEGEN}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Je rechten en hoe je ze gebruikt' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'privacy-statement');

    // On a werkplaats's pages: straight to its own statement.
    await page.goto(DEMO_WORKSHOP);
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    await footerLink(page, 'Privacyverklaring').click();
    await page.waitForURL(`**${DEMO_WORKSHOP}/privacyverklaring`);
    await page.getByRole('heading', { level: 1, name: `Privacyverklaring van ${ARNHEM_NIJMEGEN}` }).waitFor();

    await page.goto(DEMO_WORKSHOP);
    await page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Leeratelier Eenzaamheid en betekenisvol contact' })
      .waitFor();
    await footerLink(page, 'Toegankelijkheid').click();
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Status: C – eerste maatregelen genomen' }).waitFor();
    await page.getByText('de privacyverklaring en deze toegankelijkheidsverklaring').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'accessibility-statement');

    await page.goto('/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await footerLink(page, 'Toegankelijkheid').click();
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    await footerLink(page, 'Privacyverklaring').click();
    await page.getByRole('heading', { level: 1, name: 'Privacyverklaringen' }).waitFor();
    await context.close();
  });

  it('the beheerder writes the privacy statement, everyone reads it, and the register downloads as CSV', async () => {
    const shot = screenshots('statements-beheer');
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    await page.goto(`${DEMO_WORKSHOP}/beheer`);
    await page
      .getByRole('navigation', { name: 'Onderdelen van beheer' })
      .getByRole('link', { name: 'Privacy' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Privacyverklaring' }).waitFor();

    const controller = 'Hogeschool van Arnhem en Nijmegen, Kapittelweg 33, 6525 EN Nijmegen';
    await page.getByLabel('Verwerkingsverantwoordelijke').fill(controller);
    await page.getByLabel('Contactadres (e-mail)').fill('privacy werkplaats');
    await page.getByRole('button', { name: 'Privacyverklaring opslaan' }).click();
    // The problem is told next to the field it is about.
    await page
      .getByText('Vul een e-mailadres in, zoals privacy@werkplaats.nl, of laat het veld leeg.')
      .waitFor();
    expect(await page.getByLabel('Contactadres (e-mail)').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'email-wrong');
    await page.getByLabel('Contactadres (e-mail)').fill('privacy@werkplaats-arnhem-nijmegen.nl');
    await page.getByRole('button', { name: 'Privacyverklaring opslaan' }).click();
    await page.getByText('De privacyverklaring is bijgewerkt.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download als CSV (spreadsheet)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^verwerkingsregister-arnhem-nijmegen-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv.startsWith('\uFEFF"Tabel";"Verwerking";')).toBe(true);
    expect(csv).toContain('"Lesson";"Geleerde lessen"');
    await shot(page, 'saved');

    // A visitor reads what the beheerder wrote, and the default text where they wrote nothing.
    const visitor = await newPage(browser);
    await visitor.page.goto(`${DEMO_WORKSHOP}/privacyverklaring`);
    await visitor.page.getByText(controller).waitFor();
    await visitor.page.getByText(/^We gebruiken je gegevens om je een account te geven/).waitFor();
    await visitor.page.getByRole('link', { name: 'privacy@werkplaats-arnhem-nijmegen.nl' }).waitFor();
    await visitor.page.getByText(/^Laatst gewijzigd op /).waitFor();
    // The accessibility statement names the address to report a problem to.
    await visitor.page.goto('/toegankelijkheid');
    await visitor.page.getByRole('link', { name: 'privacy@werkplaats-arnhem-nijmegen.nl' }).waitFor();
    await visitor.context.close();
    await context.close();
  });

  it('the beheerder writes the code of conduct in beheer, a visitor reads it, and the default comes back', async () => {
    const shot = screenshots('conduct-beheer');
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, DEMO.admin);
    await page.goto(`${DEMO_WORKSHOP}/beheer/gedragscode`);
    await page.getByRole('heading', { level: 2, name: 'Gedragscode aanpassen' }).waitFor();
    await page.getByText('Nu staat de standaardtekst van het platform hier.').waitFor();
    const own =
      '# Zo gaan we met elkaar om\n\nWe spreken over praktijken, niet over personen.\n\n- Noem geen namen van inwoners';
    await page.getByLabel('Tekst van de gedragscode').fill(own);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').getByText('De gedragscode is opgeslagen.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'saved');

    const visitor = await newPage(browser);
    await visitor.page.goto(`${DEMO_WORKSHOP}/gedragscode`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Zo gaan we met elkaar om' }).waitFor();
    await visitor.page.getByRole('listitem').filter({ hasText: 'Noem geen namen van inwoners' }).waitFor();
    expect(await visitor.page.getByRole('heading', { name: 'Gedragscode aanpassen' }).count()).toBe(0);
    await visitor.context.close();

    // The link leads to the page as everyone reads it; putting the default back leaves the demo as it was.
    await page.getByRole('button', { name: 'Standaardtekst terugzetten' }).click();
    await page.getByText('Nu staat de standaardtekst van het platform hier.').waitFor();
    await page.getByRole('link', { name: 'De gedragscode bekijken zoals iedereen hem ziet' }).click();
    await page.waitForURL(`**${DEMO_WORKSHOP}/gedragscode`);
    expect(await page.getByText('Zo gaan we met elkaar om').count()).toBe(0);
    await context.close();
  });

  it('both statements fit a 390 px phone and have no axe violations, in English too', async () => {
    const shot = screenshots('statements-phone');
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    for (const [path, heading] of [
      [`${DEMO_WORKSHOP}/privacyverklaring`, `Privacyverklaring van ${ARNHEM_NIJMEGEN}`],
      ['/toegankelijkheid', 'Toegankelijkheidsverklaring'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, path.replace(/\W+/g, '-'));
    }
    // On a phone the language switch is in the header's menu.
    await page.getByRole('button', { name: /^Menu/ }).click();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Status: C – first measures taken' }).waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('navigation', { name: 'Links about this website' })
      .getByRole('link', { name: 'Privacy statement' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Privacy statements' }).waitFor();
    await page.getByRole('link', { name: `Privacy statement of ${ARNHEM_NIJMEGEN}` }).click();
    await page.getByRole('heading', { level: 1, name: `Privacy statement of ${ARNHEM_NIJMEGEN}` }).waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'privacy-statement-en');
    await context.close();
  });
});
