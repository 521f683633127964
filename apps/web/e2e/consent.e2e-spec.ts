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
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';
const TITLE = 'Een buurtapp maakt hulp vragen kleiner';

/**
 * "Mag openbaar": a lesson goes public only with its author's consent. The trekker sees why the step is missing,
 * the author agrees on the lesson page, the trekker publishes, the author is told, and withdrawing the consent
 * takes the lesson back to the tribune.
 */
describe('mag openbaar', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the author gives consent, the trekker publishes, and withdrawing takes the lesson back to the tribune', async () => {
    const shot = screenshots('consent');
    const trekker = await newPage(browser);
    await signIn(trekker.page, DEMO.trekker);

    // An author in the arena: asked to join and let in (through the API; the partner journey does it by hand).
    const author = await newPerson(browser, 'Joyce Willemsen');
    const loneliness = await atelierId(author.context, LONELINESS);
    const asked = await api<{ requestToJoin: { id: string } }>(
      author.context,
      'mutation($a: ID!) { requestToJoin(atelierId: $a, role: ARENA) { id } }',
      { a: loneliness },
    );
    await api(trekker.context, 'mutation($id: ID!) { decideJoinRequest(id: $id, accept: true) { id } }', {
      id: asked.requestToJoin.id,
    });

    const page = author.page;
    await page.goto('/w/arnhem-nijmegen');
    await page.getByRole('link', { name: LONELINESS }).click();
    await page.getByRole('link', { name: 'Een les vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Een les vastleggen' }).waitFor();
    const consent = page.getByRole('group', { name: 'Mag deze les openbaar worden?' });
    // No by default: nothing leaves the atelier unless the author says so.
    expect(await consent.getByRole('radio', { name: 'Nee, alleen binnen het atelier' }).isChecked()).toBe(
      true,
    );
    await page.getByLabel('Titel').fill(TITLE);
    await page.locator('.rich-text__input').click();
    await page.keyboard.type('Via de buurtapp durfden mensen eerder om een kleine klus te vragen.');
    await page.getByRole('checkbox', { name: /Sociale cohesie/ }).check();
    await page.getByLabel('Niveau', { exact: true }).selectOption({ label: 'Wijk' });
    await page.getByLabel('Domein', { exact: true }).selectOption({ label: 'Welzijn' });
    await page.getByLabel('Lerende praktijk').selectOption({ label: 'Geen praktijk: op atelierniveau' });
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'log-form');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const lessonUrl = page.url();
    // At atelier level there is no practice rung: the next one is the arena.
    await page.getByRole('button', { name: 'Delen met: Arena' }).click();
    await page.getByText('Nu: Arena').waitFor();

    // The trekker shares it with the tribune; the public is not on offer, and the ladder says why.
    const t = trekker.page;
    await t.goto(lessonUrl);
    await t.getByRole('button', { name: 'Delen met: Tribune' }).click();
    // A step beyond the atelier is asked first.
    await t.getByRole('dialog').getByRole('button', { name: 'Delen met: Tribune' }).click();
    await t.getByText('Nu: Tribune').waitFor();
    await t
      .getByText(
        'Joyce Willemsen heeft niet ingestemd met openbaar maken (mag openbaar). Daarom kan deze les niet openbaar.',
      )
      .waitFor();
    expect(await t.getByRole('button', { name: 'Delen met: Openbaar' }).count()).toBe(0);
    expect(await axeViolations(t)).toEqual([]);
    await shot(t, 'trekker-no-consent');

    // The author agrees.
    await page.reload();
    const toggle = page.getByRole('switch', { name: 'Mag openbaar' });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await page.getByText('Opgeslagen: je les mag openbaar worden gemaakt.').waitFor();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'author-consents');

    // Now the trekker publishes it, and a visitor reads it.
    await t.reload();
    await t.getByText('Joyce Willemsen vindt het goed dat deze les openbaar wordt (mag openbaar).').waitFor();
    await t.getByRole('button', { name: 'Delen met: Openbaar' }).click();
    await t.getByRole('dialog').getByRole('button', { name: 'Delen met: Openbaar' }).click();
    await t.getByText('Nu: Openbaar').waitFor();
    await shot(t, 'trekker-published');
    const visitor = await newPage(browser);
    await visitor.page.goto(lessonUrl);
    await visitor.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    // The author is told, with a link to the lesson.
    await page.getByRole('link', { name: /^Meldingen/ }).click();
    await page.getByText('Lotte Janssen heeft je les openbaar gemaakt: iedereen kan hem nu lezen.').waitFor();
    await shot(page, 'author-told');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'heeft je les openbaar gemaakt' })
      .getByRole('link', { name: TITLE })
      .click();

    // Withdrawn while public, the lesson steps back to the tribune at once.
    await page
      .getByText('De les is openbaar. Zet je dit uit, dan gaat hij meteen terug naar de tribune.')
      .waitFor();
    await page.getByRole('switch', { name: 'Mag openbaar' }).click();
    await page.getByText('Je toestemming is ingetrokken. De les staat weer op de tribune.').waitFor();
    await page.getByText('Nu: Tribune').waitFor();
    await shot(page, 'consent-withdrawn');
    await visitor.page.reload();
    await visitor.page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();

    await Promise.all([author.context.close(), trekker.context.close(), visitor.context.close()]);
  });
});
