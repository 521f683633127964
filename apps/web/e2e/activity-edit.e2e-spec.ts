import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  axeViolations,
  focused,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const ATELIER = 'Leeratelier Eenzaamheid en betekenisvol contact';

/**
 * An activity after planning: the trekker plans it from the dashboard (the form opens where it is asked for and is
 * empty again afterwards), a tribune member registers, the trekker moves it, edits it and cancels it with a message;
 * the tribune member is told of the move and of the cancellation with the message. On a wide screen and a phone.
 */
describe('changing and cancelling an activity', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function checked(page: Page, shot: (page: Page, name: string) => Promise<void>, name: string) {
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot(page, name);
    // On a phone, the narrowest one too.
    const viewport = page.viewportSize();
    if (viewport && viewport.width === 390) {
      await page.setViewportSize({ width: 320, height: viewport.height });
      expect({ name, at320: await sidewaysOverflow(page) }).toEqual({ name, at320: 0 });
      await page.setViewportSize(viewport);
    }
  }

  /** The tribune member's notification about the activity of this kind, once it is there. */
  async function notification(page: Page, kind: string, title: string) {
    await page.goto('/meldingen');
    const item = page
      .getByRole('listitem')
      .filter({ hasText: kind })
      .filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await item.first().waitFor();
    return item.first();
  }

  it.each([
    ['wide', { width: 1366, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ])(
    'plans, moves, edits and cancels with a message; the registered hear of it (%s)',
    async (name, viewport) => {
      const shot = screenshots(`activity-edit-${name}`);
      const title = `Buurtmaaltijd aan de Waal (${name})`;
      const trekker = await newPage(browser, viewport);
      const page = trekker.page;
      await signIn(page, DEMO.trekker);
      await page.getByRole('link', { name: ATELIER }).first().click();
      await page.getByRole('link', { name: 'Naar het trekkersdashboard' }).click();
      await page.getByRole('heading', { level: 1, name: 'Trekkersdashboard' }).waitFor();

      // Planning opens under the button that asks for it, with the focus on it.
      await page.getByRole('button', { name: 'Een activiteit plannen', expanded: false }).click();
      const form = page.getByRole('form', { name: 'Een activiteit plannen' });
      await form.waitFor();
      expect(await focused(page)).toBe('Een activiteit plannen');
      // The gemeenten offered are those of this werkplaats's werkgebied, not another werkplaats's.
      const gemeenten = await form.getByLabel('Gemeente').locator('option').allTextContents();
      expect(gemeenten).toEqual(expect.arrayContaining(['Nijmegen', 'Arnhem', 'Land van Cuijk']));
      expect(gemeenten).not.toContain('Lindewaarde');
      await form.getByLabel('Titel', { exact: true }).fill(title);
      await form.getByLabel('Beschrijving').fill('Samen eten en praten over wat er speelt in de wijk.');
      await form.getByLabel('Begint op').fill('2031-05-14T19:30');
      await form.getByLabel('Gemeente').selectOption({ label: 'Nijmegen' });
      await form.getByLabel('Adres of plek').fill('Wijkcentrum De Biezantijn');
      await form.getByLabel('Maximaal aantal deelnemers (niet verplicht)').fill('20');
      await form.getByRole('button', { name: 'Activiteit plannen' }).click();
      await form.getByText(`Gepland: ${title}. De volgers krijgen een melding.`).waitFor();
      // Empty again, every field, for the next one.
      expect(await form.getByLabel('Titel', { exact: true }).inputValue()).toBe('');
      expect(await form.getByLabel('Beschrijving').inputValue()).toBe('');
      expect(await form.getByLabel('Begint op').inputValue()).toBe('');
      expect(await form.getByLabel('Gemeente').inputValue()).toBe('');
      expect(await form.getByLabel('Adres of plek').inputValue()).toBe('');
      expect(await form.getByLabel('Maximaal aantal deelnemers (niet verplicht)').inputValue()).toBe('');
      await checked(page, shot, 'planned');

      // "Binnenkort" leads to the activity.
      await page
        .getByRole('region', { name: 'Binnenkort' })
        .getByRole('link', { name: title, exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const activityUrl = page.url();

      // A tribune member registers.
      const member = await newPage(browser, viewport);
      await signIn(member.page, DEMO.tribune);
      await member.page.goto(activityUrl);
      await member.page.getByRole('button', { name: 'Aanmelden' }).click();
      await member.page.getByText('Je bent aangemeld.').waitFor();

      // The trekker moves it: the time alone.
      await page.reload();
      await page.getByRole('button', { name: 'Verzetten' }).click();
      const move = page.getByRole('form', { name: 'Activiteit verzetten' });
      await move.waitFor();
      expect(await focused(page)).toBe('Activiteit verzetten');
      expect(await move.getByLabel('Titel', { exact: true }).count()).toBe(0);
      expect(await move.getByLabel('Begint op').inputValue()).toBe('2031-05-14T19:30');
      await checked(page, shot, 'move-form');
      await move.getByLabel('Begint op').fill('2031-05-21T19:30');
      await move.getByRole('button', { name: 'Nieuwe tijd opslaan' }).click();
      await page
        .getByText(/^Verzet naar .*21 mei 2031.*Wie zich aanmeldde en wie het atelier volgt/)
        .waitFor();
      expect(await focused(page)).toBe('Verzetten');
      await page
        .getByRole('definition')
        .filter({ hasText: /21 mei 2031/ })
        .waitFor();
      await checked(page, shot, 'moved');

      // The registered member is told, with the new time.
      const moved = await notification(member.page, 'Activiteit gewijzigd', title);
      await moved.getByText(/Nu op .*21 mei/).waitFor();
      await checked(member.page, shot, 'member-told-of-move');

      // Editing: the fields of planning, as it is now.
      await page.getByRole('button', { name: 'Bewerken' }).click();
      const edit = page.getByRole('form', { name: 'Activiteit bewerken' });
      await edit.waitFor();
      expect(await edit.getByLabel('Titel', { exact: true }).inputValue()).toBe(title);
      expect(await edit.getByLabel('Adres of plek').inputValue()).toBe('Wijkcentrum De Biezantijn');
      await edit
        .getByLabel('Gemeente')
        .locator('option', { hasText: 'Nijmegen' })
        .waitFor({ state: 'attached' });
      expect(
        await edit.getByLabel('Gemeente').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text),
      ).toBe('Nijmegen');
      await edit.getByLabel('Maximaal aantal deelnemers (niet verplicht)').fill('30');
      await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByText(/^Opgeslagen\. Wie zich aanmeldde/).waitFor();
      expect(await focused(page)).toBe('Bewerken');
      await page.getByText('1 van 30 plaatsen bezet').waitFor();

      // Cancelling asks first, the safe choice focused, with room for a message to those registered.
      await page.getByRole('button', { name: 'Afgelasten' }).click();
      const ask = page.getByRole('dialog', { name: 'Deze activiteit afgelasten?' });
      await ask.waitFor();
      expect(await focused(page)).toBe('Annuleren');
      await ask.getByText(/1 persoon heeft zich aangemeld en krijgt een melding/).waitFor();
      const message = 'De zaal is die avond niet beschikbaar; we plannen een nieuwe datum.';
      await ask.getByLabel('Bericht aan wie zich aanmeldde (niet verplicht)').fill(message);
      await checked(page, shot, 'cancel-asked');
      await ask.getByRole('button', { name: 'Ja, afgelasten' }).click();
      await page.getByText(/^Afgelast\. Wie zich aanmeldde/).waitFor();
      await page.getByText(/^Afgelast op .*Deze activiteit gaat niet door\./).waitFor();
      expect(await page.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Aanmelden' }).count()).toBe(0);
      await checked(page, shot, 'cancelled');

      // In the dashboard's list it says so.
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Trekkersdashboard' }).waitFor();
      await page
        .getByRole('region', { name: 'Binnenkort' })
        .getByRole('listitem')
        .filter({ hasText: title })
        .getByText('Afgelast', { exact: true })
        .waitFor();

      // The registered member is told, with the message; the activity page says it is off.
      const cancelled = await notification(member.page, 'Activiteit afgelast', title);
      await cancelled.getByText(message).waitFor();
      await checked(member.page, shot, 'member-told-of-cancellation');
      await cancelled.getByRole('link', { name: title, exact: true }).click();
      await member.page.getByText(/^Afgelast op .*Deze activiteit gaat niet door\./).waitFor();
      expect(await member.page.getByRole('button', { name: 'Afmelden' }).count()).toBe(0);
      await checked(member.page, shot, 'member-sees-cancelled');

      await member.context.close();
      await trekker.context.close();
    },
  );
});
