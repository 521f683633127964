import type { Browser } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  atelierId,
  axeViolations,
  focused,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';

/**
 * The browser's back button asks, like a link, before it leaves a form with unsaved text: the app's own dialog,
 * focus on "Annuleren", which keeps the form and its text; "Verlaten zonder opslaan" goes back after all. Without
 * text it goes back at once. On a laptop and on a phone.
 */
describe('leaving a form by the back button', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`asks first when the form holds unsaved text (${viewport.width} px)`, async () => {
      const shot = screenshots(`unsaved-back-${viewport.width}`);
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.trekker);
      const atelier = encodeURIComponent(await atelierId(context, LONELINESS));
      await page.goto(`${DEMO_WORKSHOP}/ateliers/${atelier}/dashboard`);
      await page.getByRole('heading', { level: 1, name: 'Trekkersdashboard' }).waitFor();
      const composePath = `${DEMO_WORKSHOP}/ateliers/${atelier}/inzicht`;
      const onCompose = () => new URL(page.url()).pathname === composePath;

      // Nothing typed: back leaves without a question.
      await page.getByRole('link', { name: 'Een inzicht samenstellen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Een inzicht samenstellen' }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Trekkersdashboard' }).waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);

      // Text typed, then back: asked first, in the app's own dialog, focus on the safe choice.
      await page.getByRole('link', { name: 'Een inzicht samenstellen' }).click();
      const name = page.getByLabel('Titel van het inzicht');
      await name.fill('Een vaste plek, een vast gezicht');
      await page.goBack();
      const ask = page.getByRole('dialog', { name: 'Pagina verlaten?' });
      await ask.waitFor();
      expect(await focused(page)).toBe('Annuleren');
      await ask.getByText('Je hebt tekst ingevuld die nog niet is opgeslagen.').waitFor();
      // The address is the form's again while the dialog asks (the step back was taken back).
      await page.waitForURL(onCompose);
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, 'back-asked');

      // "Annuleren" (Enter on the focused button) stays, with the text.
      await page.keyboard.press('Enter');
      await ask.waitFor({ state: 'hidden' });
      expect(onCompose()).toBe(true);
      expect(await name.inputValue()).toBe('Een vaste plek, een vast gezicht');
      await page.getByRole('heading', { level: 1, name: 'Een inzicht samenstellen' }).waitFor();

      // Asked again at the next back, and Escape stays too.
      await page.goBack();
      await ask.waitFor();
      await page.keyboard.press('Escape');
      await ask.waitFor({ state: 'hidden' });
      expect(await name.inputValue()).toBe('Een vaste plek, een vast gezicht');

      // "Verlaten zonder opslaan" goes back after all, to the page before the form.
      await page.goBack();
      await ask.waitFor();
      await ask.getByRole('button', { name: 'Verlaten zonder opslaan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Trekkersdashboard' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`${DEMO_WORKSHOP}/ateliers/${atelier}/dashboard`);
      expect(await page.getByRole('dialog', { name: 'Pagina verlaten?' }).isVisible()).toBe(false);
      await shot(page, 'back-left');

      // Forward again: a fresh form, and back from it leaves without a question.
      await page.goForward();
      await page.getByRole('heading', { level: 1, name: 'Een inzicht samenstellen' }).waitFor();
      expect(await page.getByLabel('Titel van het inzicht').inputValue()).toBe('');
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Trekkersdashboard' }).waitFor();
      await context.close();
    });
  }
});
