import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  atelierId,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';
/** A lesson the tribune reads, which no other journey looks at: the answer linked here. */
const ANSWER = 'De bus bepaalt wie er meedoet';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

async function openAtelier(page: Page, id: string): Promise<void> {
  await page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(id)}`);
  await page.getByRole('heading', { level: 2, name: 'Vragen' }).waitFor();
}

/**
 * A question from arena to answered (issue 21): an arena member writes it on the atelier page and links a lesson
 * that answers it; the trekker marks it answered and shares it with the tribune (after the confirm step); a tribune
 * member reads it with its answer and the knowledge path behind it; a visitor does not find it.
 */
describe('a question from arena to answered', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const [label, viewport] of [
    ['wide', WIDE],
    ['phone', PHONE],
  ] as const) {
    it(`is written, answered, shared and read by the tribune only, at ${viewport.width} px`, async () => {
      const shot = screenshots('questions');
      const title = `Wie mist er bij de moestuin op woensdag? (${label})`;

      // The arena member writes the question.
      const arena = await newPage(browser, viewport);
      await signIn(arena.page, DEMO.arena);
      const id = await atelierId(arena.context, LONELINESS);
      await openAtelier(arena.page, id);
      const questions = arena.page.getByRole('region', { name: 'Vragen' });
      // The demo's questions, each with its status.
      await questions
        .getByRole('link', { name: 'Hoe bereiken we mensen die nooit naar de buurtkamer komen?' })
        .waitFor();
      await questions.getByText('Geparkeerd').first().waitFor();
      await questions.getByLabel('Vraag', { exact: true }).fill(title);
      await questions
        .getByLabel('Toelichting (niet verplicht)')
        .fill('Op woensdag staat de moestuin open, maar dezelfde vijf mensen komen.');
      await questions.getByRole('button', { name: 'Vraag stellen' }).click();
      await questions.getByText('Je vraag staat bij de vragen van de arena.').waitFor();
      const card = questions
        .getByRole('listitem')
        .filter({ has: arena.page.getByRole('link', { name: title }) });
      await card.getByText('Open', { exact: true }).waitFor();
      expect(await axeViolations(arena.page)).toEqual([]);
      expect(await sidewaysOverflow(arena.page)).toBeLessThanOrEqual(0);
      await shot(arena.page, `${label}-arena-asks`);

      // …and links a lesson that answers it, from the lesson's page, by keyboard.
      await arena.page.getByRole('link', { name: ANSWER }).first().click();
      const answers = arena.page.getByRole('region', { name: 'Beantwoordt vraag' });
      const picker = answers.getByLabel('Koppel aan een vraag van de arena');
      await picker.focus();
      await picker.selectOption({ label: title });
      await answers.getByRole('button', { name: 'Koppelen', exact: true }).focus();
      await arena.page.keyboard.press('Enter');
      await answers.getByText(`Gekoppeld aan de vraag: ${title}`).waitFor();
      await answers.getByRole('link', { name: title }).waitFor();
      expect(await axeViolations(arena.page)).toEqual([]);
      expect(await sidewaysOverflow(arena.page)).toBeLessThanOrEqual(0);
      await shot(arena.page, `${label}-arena-links`);
      await arena.context.close();

      // The trekker marks it answered, then shares it with the tribune.
      const trekker = await newPage(browser, viewport);
      await signIn(trekker.page, DEMO.trekker);
      await openAtelier(trekker.page, id);
      await trekker.page.getByRole('link', { name: title }).click();
      await trekker.page.getByRole('heading', { level: 1, name: title }).waitFor();
      // Not answered yet: the ladder says why there is no step up.
      await trekker.page
        .getByText('Een vraag gaat pas naar de tribune als hij beantwoord is.', { exact: false })
        .waitFor();
      await trekker.page.getByRole('button', { name: 'Bewerken' }).click();
      await trekker.page.getByRole('radio', { name: 'Beantwoord' }).check();
      await trekker.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await trekker.page.getByText('De vraag is bijgewerkt.').waitFor();
      // Focus is back where the edit began.
      await trekker.page
        .getByRole('button', { name: 'Bewerken' })
        .and(trekker.page.locator(':focus'))
        .waitFor();
      await trekker.page.getByRole('button', { name: 'Delen met: Tribune' }).click();
      const dialog = trekker.page.getByRole('dialog', { name: 'Delen met: Tribune?' });
      await dialog.waitFor();
      expect(await axeViolations(trekker.page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Delen met: Tribune' }).click();
      await trekker.page.getByText('Gedeeld: Tribune.').waitFor();
      const history = trekker.page.getByRole('region', { name: 'Geschiedenis' });
      await history.getByText(/zette .* de status van Open op Beantwoord/).waitFor();
      await history.getByText(/zette .* de vraag van Arena naar Tribune/).waitFor();
      expect(await axeViolations(trekker.page)).toEqual([]);
      expect(await sidewaysOverflow(trekker.page)).toBeLessThanOrEqual(0);
      await shot(trekker.page, `${label}-trekker-shares`);
      const questionUrl = trekker.page.url();
      await trekker.context.close();

      // The tribune member reads it, with its answer and the path behind it.
      const tribune = await newPage(browser, viewport);
      await signIn(tribune.page, DEMO.tribune);
      await openAtelier(tribune.page, id);
      const shared = tribune.page.getByRole('region', { name: 'Vragen' });
      const sharedCard = shared
        .getByRole('listitem')
        .filter({ has: tribune.page.getByRole('link', { name: title }) });
      await sharedCard.getByText('Beantwoord', { exact: true }).waitFor();
      await sharedCard.getByRole('link', { name: ANSWER }).waitFor();
      // The arena's open questions are not the tribune's to read.
      expect(
        await shared
          .getByRole('link', { name: 'Hoe bereiken we mensen die nooit naar de buurtkamer komen?' })
          .count(),
      ).toBe(0);
      expect(await axeViolations(tribune.page)).toEqual([]);
      await sharedCard.getByRole('link', { name: title }).click();
      await tribune.page.getByRole('heading', { level: 1, name: title }).waitFor();
      const path = tribune.page.getByRole('region', { name: 'Kennispad' });
      await path.getByRole('heading', { level: 3, name: 'Geleerde lessen' }).waitFor();
      await path.getByRole('link', { name: ANSWER }).waitFor();
      expect(await tribune.page.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
      expect(await axeViolations(tribune.page)).toEqual([]);
      expect(await sidewaysOverflow(tribune.page)).toBeLessThanOrEqual(0);
      await shot(tribune.page, `${label}-tribune-reads`);
      // From an insight, the path behind it: what the tribune may read, the arena's part only counted.
      await openAtelier(tribune.page, id);
      await tribune.page
        .getByRole('link', { name: 'Een vaste plek, een vast gezicht en iets te doen' })
        .first()
        .click();
      const insightPath = tribune.page.getByRole('region', { name: 'Kennispad' });
      await insightPath.getByText('Kennispad').click();
      const lessonsStep = insightPath.getByRole('listitem').filter({
        has: tribune.page.getByRole('heading', { level: 3, name: 'Geleerde lessen' }),
      });
      await lessonsStep.getByText('2 verborgen onderdelen').waitFor();
      await lessonsStep
        .getByRole('link', { name: 'Wederkerigheid: iets kunnen bijdragen maakt het verschil' })
        .waitFor();
      expect(await insightPath.getByText('Een vaste dag en tijd geeft houvast').count()).toBe(0);
      expect(await axeViolations(tribune.page)).toEqual([]);
      expect(await sidewaysOverflow(tribune.page)).toBeLessThanOrEqual(0);
      await shot(tribune.page, `${label}-tribune-insight-path`);
      await tribune.context.close();

      // A visitor finds it neither on the atelier page nor at its address.
      const visitor = await newPage(browser, viewport);
      await openAtelier(visitor.page, id);
      await visitor.page
        .getByRole('region', { name: 'Vragen' })
        .getByText('Er zijn nog geen openbare vragen.', { exact: false })
        .waitFor();
      expect(await visitor.page.getByRole('link', { name: title }).count()).toBe(0);
      await visitor.page.goto(questionUrl);
      await visitor.page.getByRole('heading', { name: 'Deze pagina bestaat niet' }).waitFor();
      expect(await visitor.page.getByText(title).count()).toBe(0);
      expect(await axeViolations(visitor.page)).toEqual([]);
      await shot(visitor.page, `${label}-visitor`);
      await visitor.context.close();
    });
  }
});
