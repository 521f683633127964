import type { Browser } from 'playwright-core';
import {
  DEMO,
  api,
  atelierId,
  axeViolations,
  launchBrowser,
  newPage,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';
const TITLE = 'Ontmoeting begint bij een vaste plek en een vast gezicht';

/**
 * The national layer: a landelijke werkgroep, without an account, reads what the werkplaatsen share publicly
 * under a national theme; an insight the trekker made public is there, one still on the tribune is not.
 */
describe('national themes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a visitor goes from the agenda to a theme and reads the public insight of a werkplaats, on a phone', async () => {
    const shot = screenshots('theme');
    // The trekker composes an insight and takes it to the public, one rung at a time (through the API; the
    // trekker's journey does it by hand); a second stays on the tribune.
    const trekker = await newPage(browser);
    await signIn(trekker.page, DEMO.trekker);
    const loneliness = await atelierId(trekker.context, LONELINESS);
    const lessons = await api<{ atelier: { lessons: { edges: { node: { id: string } }[] } } }>(
      trekker.context,
      'query($a: ID!) { atelier(id: $a) { lessons(first: 2) { edges { node { id } } } } }',
      { a: loneliness },
    );
    const lessonIds = lessons.atelier.lessons.edges.map((e) => e.node.id);
    const make = async (title: string, rungs: string[]) => {
      const made = await api<{ createInsight: { id: string } }>(
        trekker.context,
        'mutation($a: ID!, $i: CreateInsightInput!) { createInsight(atelierId: $a, input: $i) { id } }',
        {
          a: loneliness,
          i: {
            title,
            body: '<p>In drie gemeenten kwamen mensen terug waar iemand hen bij naam kende.</p>',
            conditions: ['SOCIAL_COHESION'],
            lessonIds,
          },
        },
      );
      for (const visibility of rungs) {
        await api(
          trekker.context,
          'mutation($id: ID!, $v: Visibility!) { setInsightVisibility(id: $id, visibility: $v) { id } }',
          {
            id: made.createInsight.id,
            v: visibility,
          },
        );
      }
    };
    await make(TITLE, ['TRIBUNE', 'PUBLIC']);
    await make('Nog even onder ons op de tribune', ['TRIBUNE']);
    await trekker.context.close();

    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await page.goto('/w/arnhem-nijmegen');
    const themes = page.getByRole('region', { name: "Landelijke thema's" });
    await themes.getByRole('link', { name: 'Sociale basis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sociale basis' }).waitFor();
    await page.getByText('Landelijk thema', { exact: true }).waitFor();

    const issues = page.getByRole('region', { name: /^Kwesties/ });
    await issues.getByRole('heading', { name: 'Eenzaamheid en betekenisvol contact' }).waitFor();
    await issues.getByText('Werkplaats Sociaal Domein Arnhem en Nijmegen').first().waitFor();
    // Poverty is under "Armoede", not here.
    expect(await issues.getByRole('heading', { name: 'Armoede en schulden' }).count()).toBe(0);

    const insights = page.getByRole('region', { name: /^Openbare inzichten/ });
    await insights.getByRole('link', { name: TITLE }).waitFor();
    expect(await insights.getByText('Nog even onder ons op de tribune').count()).toBe(0);

    const outputs = page.getByRole('region', { name: /^Opbrengsten/ });
    await outputs.getByRole('heading', { name: 'Werkvorm: de vaste tafel' }).waitFor();
    await outputs.getByText('Werkvorm', { exact: true }).waitFor();

    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'sociale-basis');

    // The insight opens for a visitor, as everything public does.
    await insights.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    // A theme that does not exist says so.
    await page.goto('/themas/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    await context.close();
  });

  it('the theme page reads in English too', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/themas/armoede');
    await page.getByRole('heading', { level: 1, name: 'Armoede' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByText('National theme', { exact: true }).waitFor();
    await page.getByRole('heading', { name: /^Public insights \(\d+\)$/ }).waitFor();
    await page
      .getByRole('heading', { name: 'Werken aan bestaanszekerheid: een handreiking voor de sociale basis' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
