import type { Browser, Locator, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  api,
  atelierId,
  axeViolations,
  focused,
  launchBrowser,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The field is marked invalid, its error text is what it describes itself with, and it has the focus. */
async function expectErrorAt(field: Locator, text: string): Promise<void> {
  await field.page().getByText(text).first().waitFor();
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const descriptions = await Promise.all(
    describedBy
      .split(' ')
      .filter(Boolean)
      .map((id) => field.page().locator(`[id="${id}"]`).textContent()),
  );
  expect(descriptions).toContain(text);
  expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
}

/**
 * Refused input reads as the catalogue's Dutch next to the field concerned (never the API's English), and a
 * failing server never makes a signed-in person look signed out.
 */
describe('errors a person can meet', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it.each([
    ['wide', WIDE],
    ['phone', PHONE],
  ])(
    'sign-up (%s): an address the API refuses is said in Dutch next to the e-mail field',
    async (name, size) => {
      const shot = screenshots(`errors-signup-${name}`);
      const { context, page } = await newPage(browser, size);
      await page.goto('/registreren');
      await page.getByLabel('Naam', { exact: true }).fill('Fenna Veldkamp');
      await page.getByLabel('E-mailadres').fill('fenna-at-voorbeeld');
      await page.getByLabel('Wachtwoord', { exact: true }).fill('samen-leren-2026');
      await page.getByRole('button', { name: 'Account maken' }).click();
      await expectErrorAt(
        page.getByLabel('E-mailadres'),
        'Dit is geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.',
      );
      expect(await page.getByText(/is not an email address|input\.email/).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'email-refused');
      await context.close();
    },
  );

  it('the commissie: a kwestie title that is too short is said next to the title, with its limit', async () => {
    const shot = screenshots('errors-committee');
    const { context, page } = await newPage(browser, WIDE);
    await signIn(page, DEMO.committee);
    await page.goto(`${DEMO_WORKSHOP}/commissie`);
    const form = page.getByRole('form', { name: 'Nieuwe kwestie' });
    await form.getByLabel('Titel').fill('Wo');
    await form.getByLabel('Omschrijving').fill('Te weinig betaalbare woningen voor jongeren in de regio.');
    await form.getByRole('button', { name: 'Kwestie toevoegen' }).click();
    await expectErrorAt(form.getByLabel('Titel'), 'Gebruik minstens 3 tekens.');
    expect(await page.getByText(/needs at least/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'title-too-short');
    await context.close();
  });

  it('the trekker: an activity link that is not https is said next to the link field', async () => {
    const shot = screenshots('errors-activity');
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, DEMO.trekker);
    await page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).click();
    await page.getByRole('link', { name: 'Naar het trekkersdashboard' }).click();
    await page.getByRole('button', { name: 'Een activiteit plannen', expanded: false }).click();
    const form = page.getByRole('form', { name: 'Een activiteit plannen' });
    await form.getByLabel('Titel', { exact: true }).fill('Netwerkbijeenkomst in de wijk');
    await form.getByLabel('Begint op').fill('2031-03-12T19:30');
    await form.getByRole('radio', { name: 'Online' }).check();
    await form.getByLabel('Link naar de online bijeenkomst').fill('http://meet.voorbeeld.nl/wijk');
    await form.getByRole('button', { name: 'Activiteit plannen' }).click();
    await expectErrorAt(
      form.getByLabel('Link naar de online bijeenkomst'),
      'Gebruik een beveiligde link: die begint met https://.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'link-refused');
    await context.close();
  });

  describe('when the API fails, the person stays signed in', () => {
    /** Answers the viewer query with a failure while `failing` says so, as a server in trouble would. */
    async function failViewer(page: Page, how: 'status' | 'abort'): Promise<{ stop: () => void }> {
      let failing = true;
      await page.route('**/graphql', async (route) => {
        const body = route.request().postData() ?? '';
        if (failing && /"operationName":"Viewer"/.test(body)) {
          if (how === 'abort') await route.abort('connectionreset');
          else await route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' });
        } else await route.continue();
      });
      return { stop: () => (failing = false) };
    }

    it.each([
      ['503', 'status', WIDE],
      ['lost connection', 'abort', PHONE],
    ] as const)(
      '%s on the viewer query: no "Inloggen", the failure with a retry that works',
      async (_n, how, size) => {
        const shot = screenshots(`errors-viewer-${how}`);
        const { context, page } = await newPage(browser, size);
        await signIn(page, DEMO.tribune);
        const viewer = await failViewer(page, how);
        await page.goto('/meldingen');
        await page.getByText('Dit lukte niet. Controleer je verbinding en probeer het opnieuw.').waitFor();
        const header = page.getByRole('banner');
        expect(await header.getByRole('link', { name: 'Inloggen' }).count()).toBe(0);
        expect(await page.getByText('Log in om je tribune te zien.').count()).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        await shot(page, 'failure-shown');

        viewer.stop();
        await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
        await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
        // On a phone the name is behind the header's menu: in the page, not on view.
        await header.getByText(/Ingelogd als/).waitFor({ state: 'attached' });
        expect(await header.getByRole('link', { name: 'Inloggen' }).count()).toBe(0);
        await shot(page, 'after-retry');
        await context.close();
      },
    );

    it('a visitor, told so by the API, is still offered "Inloggen"', async () => {
      const { context, page } = await newPage(browser, WIDE);
      await page.goto('/meldingen');
      await page.getByText('Log in om je tribune te zien.').waitFor();
      await page.getByRole('banner').getByRole('link', { name: 'Inloggen' }).waitFor();
      await context.close();
    });
  });

  it.each([
    ['wide', WIDE],
    ['phone', PHONE],
  ])(
    'sharing wider (%s): asked first with "Annuleren" focused, then said next to the ladder',
    async (name, size) => {
      const shot = screenshots(`feedback-ladder-${name}`);
      const { context, page } = await newPage(browser, size);
      await signIn(page, DEMO.trekker);
      const title = `Buurtkamer op vaste middagen (${name})`;
      const logged = await api<{ logLesson: { id: string } }>(
        context,
        'mutation($input: LogLessonInput!) { logLesson(input: $input) { id } }',
        {
          input: {
            atelierId: await atelierId(context, 'Leeratelier Eenzaamheid en betekenisvol contact'),
            title,
            body: '<p>Een vaste middag maakt het makkelijker om binnen te lopen.</p>',
            conditions: ['SOCIAL_COHESION'],
            level: 'NEIGHBOURHOOD',
            domain: 'WELFARE',
            visibility: 'ARENA',
          },
        },
      );
      await page.goto(`${DEMO_WORKSHOP}/lessen/${encodeURIComponent(logged.logLesson.id)}`);
      const ladder = page.getByRole('region', { name: 'Wie ziet deze les?' });
      await ladder.getByText('Dan ziet iedereen die het atelier volgt dit.').waitFor();

      await ladder.getByRole('button', { name: 'Delen met: Tribune' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delen met: Tribune?' });
      await dialog.waitFor();
      expect(await focused(page)).toBe('Annuleren');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'asked-first');
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await ladder.getByText('Nu: Arena').waitFor();

      await ladder.getByRole('button', { name: 'Delen met: Tribune' }).click();
      await dialog.getByRole('button', { name: 'Delen met: Tribune' }).click();
      await ladder.getByText('Nu: Tribune').waitFor();
      // Said in the ladder's own live region, next to the buttons that did it.
      await ladder.getByRole('status').getByText('Gedeeld: Tribune.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'shared-said-here');
      await context.close();
    },
  );
});
