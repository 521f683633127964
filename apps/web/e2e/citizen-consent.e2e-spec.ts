import type { Browser } from 'playwright-core';
import {
  DEMO,
  api,
  atelierId,
  axeViolations,
  launchBrowser,
  newPage,
  newPerson,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';

/**
 * The citizen's consent on the lesson page: the author records that the resident did not consent, and the
 * trekker is told on the ladder why the tribune is not on offer (before trying); recorded as given, the trekker
 * shares it; recorded as not given while on the tribune, the author is asked first (focus on "Annuleren") and
 * the lesson steps back to the arena. At 1366 and 390 px, axe on the card, the ladder and the question.
 */
describe('consent of the resident a lesson tells of', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`the author records consent and the ladder follows it (${viewport.width} px)`, async () => {
      const shot = screenshots(`citizen-consent-${viewport.width}`);
      const trekker = await newPage(browser, viewport);
      await signIn(trekker.page, DEMO.trekker);
      const author = await newPerson(
        browser,
        viewport.width > 600 ? 'Noor Hendriks' : 'Daan Peters',
        viewport,
      );
      const loneliness = await atelierId(author.context, LONELINESS);
      const asked = await api<{ requestToJoin: { id: string } }>(
        author.context,
        'mutation($a: ID!) { requestToJoin(atelierId: $a, role: ARENA) { id } }',
        { a: loneliness },
      );
      await api(trekker.context, 'mutation($id: ID!) { decideJoinRequest(id: $id, accept: true) { id } }', {
        id: asked.requestToJoin.id,
      });
      // Logged straight into the arena (the log form has its own tests).
      const title = `Koffie aan de deur (${viewport.width})`;
      const logged = await api<{ logLesson: { id: string } }>(
        author.context,
        'mutation($input: LogLessonInput!) { logLesson(input: $input) { id } }',
        {
          input: {
            atelierId: loneliness,
            title,
            body: '<p>Een bewoner vertelde dat een kop koffie aan de deur meer opent dan een folder.</p>',
            conditions: ['SOCIAL_COHESION'],
            level: 'NEIGHBOURHOOD',
            domain: 'WELFARE',
            visibility: 'ARENA',
          },
        },
      );
      const lessonUrl = `/w/arnhem-nijmegen/lessen/${encodeURIComponent(logged.logLesson.id)}`;

      const page = author.page;
      await page.goto(lessonUrl);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const card = page.getByRole('region', { name: 'Toestemming van de inwoner' });
      await card.getByText('Nog niet vastgelegd.').waitFor();
      const record = card.getByRole('button', { name: 'Toestemming vastleggen' });
      expect(await record.isDisabled()).toBe(true);
      await card.getByRole('radio', { name: /^Niet gegeven/ }).check();
      await record.click();
      await card.getByText('Vastgelegd: Niet gegeven.').waitFor();
      await card.getByText(/^Vastgelegd door jou op .*: Niet gegeven\.$/).waitFor();
      await page
        .getByText(
          'Je hebt vastgelegd dat de inwoner geen toestemming gaf. Daarom kan de les niet verder dan de arena.',
        )
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
      await shot(page, 'author-not-given');

      // The trekker is told why before trying: the tribune is not on offer.
      const t = trekker.page;
      await t.goto(lessonUrl);
      const name = viewport.width > 600 ? 'Noor Hendriks' : 'Daan Peters';
      await t
        .getByText(
          `${name} heeft vastgelegd dat de inwoner over wie deze les gaat geen toestemming gaf. Daarom kan de les niet verder dan de arena.`,
        )
        .waitFor();
      expect(await t.getByRole('button', { name: 'Delen met: Tribune' }).count()).toBe(0);
      // Only the author records it.
      expect(await t.getByRole('region', { name: 'Toestemming van de inwoner' }).count()).toBe(0);
      expect(await axeViolations(t)).toEqual([]);
      await shot(t, 'trekker-told');

      // Given verbally after all: the trekker shares it with the tribune.
      await card.getByRole('radio', { name: /^Mondeling/ }).check();
      await record.click();
      await card.getByText('Vastgelegd: Mondeling.').waitFor();
      await t.reload();
      await t.getByRole('button', { name: 'Delen met: Tribune' }).click();
      await t.getByRole('dialog').getByRole('button', { name: 'Delen met: Tribune' }).click();
      await t.getByText('Nu: Tribune').waitFor();

      // Not given after all, while on the tribune: asked first, then back to the arena.
      await page.reload();
      await card.getByRole('radio', { name: /^Niet gegeven/ }).check();
      await record.click();
      const dialog = page.getByRole('dialog', { name: 'Terug naar de arena?' });
      await dialog.getByText('De les staat nu op: Tribune.', { exact: false }).waitFor();
      expect(
        await dialog.getByRole('button', { name: 'Annuleren' }).evaluate((b) => b === document.activeElement),
      ).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'confirm-back');
      await dialog.getByRole('button', { name: 'Ja, vastleggen' }).click();
      await card.getByText('Vastgelegd: Niet gegeven. De les staat weer in de arena.').waitFor();
      await page.getByText('Nu: Arena').waitFor();
      await shot(page, 'back-in-arena');

      await Promise.all([author.context.close(), trekker.context.close()]);
    });
  }
});
