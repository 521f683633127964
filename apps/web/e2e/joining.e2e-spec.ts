import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  axeViolations,
  focused,
  launchBrowser,
  newPage,
  newPerson,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';

/** The trekker's dashboard of the loneliness atelier, in a browser of its own. */
async function trekkerDashboard(browser: Browser, viewport?: { width: number; height: number }) {
  const trekker = await newPage(browser, viewport);
  await signIn(trekker.page, DEMO.trekker);
  await openDashboard(trekker.page);
  return trekker;
}

async function openDashboard(page: Page) {
  await page.goto('/w/arnhem-nijmegen');
  await page.getByRole('link', { name: LONELINESS }).click();
  await page.getByRole('link', { name: /^Naar het trekkersdashboard/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Trekkersdashboard' }).waitFor();
}

async function openAtelier(page: Page) {
  await page.goto('/w/arnhem-nijmegen');
  await page.getByRole('link', { name: LONELINESS }).click();
  await page.getByRole('heading', { level: 1, name: LONELINESS }).waitFor();
  return page.getByRole('region', { name: 'Doe je mee?' });
}

/**
 * Joining as the trekker decides: the queue of requests (let in, or turned down with a reason), the joining mode,
 * invitations, and a removal that holds until the trekker lets the person back.
 */
describe('joining an atelier', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the trekker lets one person in, turns another down with a reason, and sets who may join', async () => {
    const shot = screenshots('joining-queue');
    const fenna = await newPerson(browser, 'Fenna de Vries');
    const gerrit = await newPerson(browser, 'Gerrit Hofman');
    for (const [person, message] of [
      [fenna, 'Ik werk als sociaal werker in Malburgen.'],
      [gerrit, 'Ik wil graag meekijken.'],
    ] as const) {
      const choice = await openAtelier(person.page);
      await choice.getByLabel('Bericht aan de trekker (niet verplicht)').fill(message);
      await choice.getByRole('button', { name: 'Vragen om mee te doen in de arena' }).click();
      await choice.getByText('Je aanvraag wacht op de trekker').waitFor();
    }

    const trekker = await trekkerDashboard(browser);
    const page = trekker.page;
    const queue = page.getByRole('region', { name: /^Aanvragen om mee te doen/ });
    await queue.getByText('Ik werk als sociaal werker in Malburgen.').waitFor();
    await queue.getByText('Ik wil graag meekijken.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'queue');

    await queue.getByRole('button', { name: 'Toelaten: Fenna de Vries' }).click();
    await queue.getByText('Fenna de Vries doet nu mee in de arena en krijgt een melding.').waitFor();

    await queue.getByRole('button', { name: 'Afwijzen: Gerrit Hofman' }).click();
    const dialog = page.getByRole('dialog', { name: 'Aanvraag van Gerrit Hofman afwijzen?' });
    await dialog
      .getByText(
        'Gerrit Hofman krijgt een melding, met je reden als je die geeft, en kan later opnieuw vragen.',
      )
      .waitFor();
    // Focus starts on the safe choice.
    expect(await focused(page)).toBe('Annuleren');
    await dialog
      .getByLabel('Reden (niet verplicht)')
      .fill('De arena is vol tot de zomer; volg ons vanaf de tribune.');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'decline-dialog');
    await dialog.getByRole('button', { name: 'Afwijzen' }).click();
    await queue
      .getByText('De aanvraag van Gerrit Hofman is afgewezen. Gerrit Hofman krijgt een melding.')
      .waitFor();
    await queue.getByRole('button', { name: 'Afwijzen: Gerrit Hofman' }).waitFor({ state: 'detached' });

    // Fenna is in; Gerrit is told why, and may ask again.
    const fennaChoice = await openAtelier(fenna.page);
    await fennaChoice.getByText('Je doet mee in de arena.').waitFor();
    await gerrit.page.goto('/meldingen');
    await gerrit.page.getByText(`Lotte Janssen heeft je aanvraag voor ${LONELINESS} afgewezen.`).waitFor();
    await gerrit.page.getByText('De arena is vol tot de zomer; volg ons vanaf de tribune.').waitFor();
    expect(await axeViolations(gerrit.page)).toEqual([]);
    await shot(gerrit.page, 'declined-notification');
    const gerritChoice = await openAtelier(gerrit.page);
    await gerritChoice.getByRole('button', { name: 'Vragen om mee te doen in de arena' }).waitFor();

    // The mode: by invitation only, and Gerrit's page says so; then back to on request.
    const mode = page.getByRole('form', { name: 'Wie mag meedoen in de arena?' });
    try {
      await mode.getByRole('radio', { name: /^Alleen op uitnodiging/ }).check();
      await mode.getByRole('button', { name: 'Opslaan' }).click();
      await mode.getByText('Opgeslagen. Meedoen in de arena: Alleen op uitnodiging.').waitFor();
      await shot(page, 'mode-saved');
      await gerrit.page.reload();
      await gerritChoice
        .getByText('Meedoen in de arena kan alleen op uitnodiging van de trekker; je kunt er niet om vragen.')
        .waitFor();
      expect(await gerritChoice.getByRole('button', { name: /Vragen om mee te doen/ }).count()).toBe(0);
      await gerritChoice.getByRole('button', { name: 'Volgen vanaf de tribune' }).waitFor();
    } finally {
      await mode.getByRole('radio', { name: /^Op aanvraag/ }).check();
      await mode.getByRole('button', { name: 'Opslaan' }).click();
      await mode.getByText('Opgeslagen. Meedoen in de arena: Op aanvraag.').waitFor();
    }
    await Promise.all([fenna.context.close(), gerrit.context.close(), trekker.context.close()]);
  });

  it('the trekker invites a tribune member into the arena, who reads the message and accepts', async () => {
    const shot = screenshots('joining-invitation');
    const hanna = await newPerson(browser, 'Hanna Peeters');
    const choice = await openAtelier(hanna.page);
    await choice.getByRole('button', { name: 'Volgen vanaf de tribune' }).click();
    await choice.getByText('Je volgt dit atelier vanaf de tribune.').waitFor();

    const trekker = await trekkerDashboard(browser);
    const participants = trekker.page.getByRole('region', { name: 'Deelnemers' });
    await participants.getByRole('button', { name: 'Uitnodigen voor de arena: Hanna Peeters' }).click();
    const dialog = trekker.page.getByRole('dialog', { name: 'Hanna Peeters uitnodigen voor de arena' });
    // Writing the message is the next step here, so focus starts there.
    expect(await trekker.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await trekker.page.keyboard.type('Je kent de buurtkamer in Hatert goed: doe je mee?');
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await participants.getByText('Hanna Peeters is uitgenodigd voor de arena.').waitFor();
    const queue = trekker.page.getByRole('region', { name: /^Aanvragen om mee te doen/ });
    await queue.getByRole('button', { name: 'Intrekken: Hanna Peeters' }).waitFor();
    await shot(trekker.page, 'invited');

    await hanna.page.reload();
    await choice.getByText('Lotte Janssen nodigt je uit om mee te doen in de arena.').waitFor();
    await choice.getByText('Je kent de buurtkamer in Hatert goed: doe je mee?').waitFor();
    expect(await axeViolations(hanna.page)).toEqual([]);
    await shot(hanna.page, 'invitation');
    await choice.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await choice.getByText('Je doet mee in de arena.').waitFor();
    await Promise.all([hanna.context.close(), trekker.context.close()]);
  });

  it('a removal holds: the person is told why, stays out, asks to be let back and is let back (phone, keyboard)', async () => {
    const shot = screenshots('joining-removal');
    const phone = { width: 390, height: 844 };
    const ivo = await newPerson(browser, 'Ivo Maas', phone);
    const choice = await openAtelier(ivo.page);
    // With the keyboard: the tribune button is reached and pressed without a mouse.
    const follow = choice.getByRole('button', { name: 'Volgen vanaf de tribune' });
    await follow.focus();
    await ivo.page.keyboard.press('Enter');
    await choice.getByText('Je volgt dit atelier vanaf de tribune.').waitFor();

    const trekker = await trekkerDashboard(browser);
    const page = trekker.page;
    const participants = page.getByRole('region', { name: 'Deelnemers' });
    const remove = participants.getByRole('button', { name: 'Verwijderen: Ivo Maas' });
    await remove.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ivo Maas verwijderen' });
    await dialog.getByText('Ivo Maas uit het atelier verwijderen? De geschiedenis blijft bewaard.').waitFor();
    await dialog
      .getByText(
        'Ivo Maas krijgt een melding, met je reden als je die geeft, en kan niet meedoen of volgen tot jij Ivo Maas terug laat.',
      )
      .waitFor();
    expect(await focused(page)).toBe('Annuleren');
    // Escape changes nothing and gives focus back to where it was.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused(page)).toBe('Verwijderen');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    // From "Annuleren" back to the reason: Shift+Tab twice (past "Ja, verwijderen").
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('Herhaaldelijk persoonlijke gegevens van inwoners gedeeld.');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Ja, verwijderen');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'remove-dialog');
    await page.keyboard.press('Enter');
    await participants.getByText('Ivo Maas is verwijderd en krijgt een melding.').waitFor();
    await participants.getByRole('button', { name: 'Verwijderen: Ivo Maas' }).waitFor({ state: 'detached' });

    // Ivo, on his phone: the atelier says so plainly, and offers no way in but asking.
    await ivo.page.reload();
    await choice.getByText('De trekker heeft je uit dit atelier verwijderd.').waitFor();
    expect(await choice.getByRole('button', { name: 'Volgen vanaf de tribune' }).count()).toBe(0);
    expect(await sidewaysOverflow(ivo.page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(ivo.page)).toEqual([]);
    await shot(ivo.page, 'removed-view');

    await choice.getByRole('link', { name: 'De reden staat in je meldingen.' }).click();
    await ivo.page.getByText(`Lotte Janssen heeft je verwijderd uit ${LONELINESS}.`).waitFor();
    await ivo.page.getByText('Herhaaldelijk persoonlijke gegevens van inwoners gedeeld.').waitFor();
    expect(await sidewaysOverflow(ivo.page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(ivo.page)).toEqual([]);
    await shot(ivo.page, 'removed-notification');

    await ivo.page.getByRole('link', { name: 'Naar het atelier' }).first().click();
    await choice.getByRole('heading', { name: 'Vragen om terug te mogen' }).waitFor();
    await choice.getByRole('radio', { name: 'Op de tribune' }).check();
    await choice
      .getByLabel('Bericht aan de trekker (niet verplicht)')
      .fill('Sorry, ik let er voortaan op. Mag ik weer meelezen?');
    await choice.getByRole('button', { name: 'Vragen om terug te mogen' }).press('Enter');
    await choice.getByText(/om terug te mogen op de tribune/).waitFor();
    expect(await sidewaysOverflow(ivo.page)).toBeLessThanOrEqual(0);
    await shot(ivo.page, 'asked-back');

    await openDashboard(page);
    const queue = page.getByRole('region', { name: /^Aanvragen om mee te doen/ });
    await queue.getByText('Sorry, ik let er voortaan op. Mag ik weer meelezen?').waitFor();
    await queue.getByText('Vraagt om terug te mogen op de tribune').waitFor();
    await queue.getByRole('button', { name: 'Toelaten: Ivo Maas' }).click();
    await queue.getByText('Ivo Maas volgt het atelier weer en krijgt een melding.').waitFor();

    await ivo.page.reload();
    await choice.getByText('Je volgt dit atelier vanaf de tribune.').waitFor();
    await Promise.all([ivo.context.close(), trekker.context.close()]);
  });
});
