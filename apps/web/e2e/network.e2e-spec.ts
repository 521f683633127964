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

const LONELINESS_ISSUE = 'Eenzaamheid en betekenisvol contact';
const POVERTY_ATELIER = 'Leeratelier Armoede en schulden';

const table = (page: Page) => page.getByRole('table', { name: /^Kwesties, leerateliers/ });
const rowOf = (page: Page, issue: string) => table(page).getByRole('row').filter({ hasText: issue });

/**
 * The network picture: kwesties, ateliers, gemeenten, trekkers and organisations as a drawing whose nodes are
 * links, and as a table with the same data; the filters narrow both; organisations only for those who follow.
 */
describe('the network picture', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a visitor finds it in the footer, reads the table, narrows it and follows a node to its atelier', async () => {
    const shot = screenshots('network');
    const { context, page } = await newPage(browser, { width: 1366, height: 900 });
    await page.goto(DEMO_WORKSHOP);
    await page
      .getByRole('navigation', { name: 'Deze werkplaats in beeld' })
      .getByRole('link', { name: 'Het netwerk' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Het netwerk' }).waitFor();
    // The picture first: every node a link with its kind in its name.
    const graph = page.getByRole('group', { name: 'Het netwerk als plaatje' });
    await graph.getByRole('link', { name: `Kwestie: ${LONELINESS_ISSUE}` }).waitFor();
    await graph.getByRole('link', { name: 'Trekker: Lotte Janssen' }).waitFor();
    expect(await graph.getByRole('link', { name: /^Organisatie:/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'plaatje');

    // The same data as a table: the kwestie with its atelier and trekker, organisations left out for a visitor.
    await page.getByRole('link', { name: 'Tabel', exact: true }).click();
    const loneliness = rowOf(page, LONELINESS_ISSUE);
    await loneliness.getByRole('link', { name: 'Lotte Janssen' }).waitFor();
    await loneliness.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).waitFor();
    await loneliness.getByRole('link', { name: 'Nijmegen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'tabel');

    // A national theme narrows the table: poverty is under "Armoede", loneliness is not.
    await page.getByLabel('Landelijk thema', { exact: true }).selectOption({ label: 'Armoede' });
    await page.waitForURL(/thema=/);
    await page
      .getByRole('status')
      .filter({ hasText: /leeratelier/ })
      .waitFor();
    await rowOf(page, 'Armoede en schulden').waitFor();
    await rowOf(page, LONELINESS_ISSUE).waitFor({ state: 'detached' });

    // Back to the picture, still narrowed: a click on the atelier's node opens its page.
    await page.getByRole('link', { name: 'Plaatje', exact: true }).click();
    await graph.getByRole('link', { name: `Leeratelier: ${POVERTY_ATELIER}` }).waitFor();
    expect(await graph.getByRole('link', { name: `Kwestie: ${LONELINESS_ISSUE}` }).count()).toBe(0);
    await graph.getByRole('link', { name: `Leeratelier: ${POVERTY_ATELIER}` }).click();
    await page.getByRole('heading', { level: 1, name: POVERTY_ATELIER }).waitFor();
    expect(page.url()).toContain('/w/arnhem-nijmegen/ateliers/');

    // With the keyboard: a node is reached with Tab and followed with Enter; a kwestie shows what is around it.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Het netwerk' }).waitFor();
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    const issueNode = graph.getByRole('link', { name: `Kwestie: ${LONELINESS_ISSUE}` });
    await issueNode.focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Je ziet het deel van het netwerk rond ${LONELINESS_ISSUE} (Kwestie).`).waitFor();
    // A kwestie has one running atelier: the part around it is that atelier and what it is linked to.
    expect(await graph.getByRole('link', { name: /^Leeratelier:/ }).count()).toBe(1);
    expect(await graph.getByRole('link', { name: `Leeratelier: ${POVERTY_ATELIER}` }).count()).toBe(0);
    await context.close();
  });

  it('a tribune member sees the organisations of the ateliers she follows, on a phone', async () => {
    const shot = screenshots('network-phone');
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, DEMO.tribune);
    await page.goto(`${DEMO_WORKSHOP}/netwerk?weergave=tabel`);
    const loneliness = rowOf(page, LONELINESS_ISSUE);
    await loneliness.getByRole('link', { name: 'Stichting Buurtwerk Nijmegen-Zuid' }).waitFor();
    await loneliness.getByRole('link', { name: 'Lotte Janssen' }).waitFor();
    // The gemeente filter narrows to the ateliers with a practice there.
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Nijmegen' });
    await page
      .getByRole('status')
      .filter({ hasText: /leeratelier/ })
      .waitFor();
    await loneliness.waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'tabel');
    await page.getByRole('link', { name: 'Plaatje', exact: true }).click();
    const graph = page.getByRole('group', { name: 'Het netwerk als plaatje' });
    await graph.getByRole('link', { name: 'Organisatie: Stichting Buurtwerk Nijmegen-Zuid' }).waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'plaatje');
    await context.close();
  });
});
