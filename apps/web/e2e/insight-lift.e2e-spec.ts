import type { Browser, BrowserContext } from 'playwright-core';
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
  sidewaysOverflow,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';

/** The ids of `count` lessons of the atelier at one rung. */
async function lessonsAt(context: BrowserContext, atelier: string, visibility: string, count: number) {
  const data = await api<{ atelier: { lessons: { edges: { node: { id: string } }[] } } }>(
    context,
    'query($a: ID!, $v: Visibility, $n: Int) { atelier(id: $a) { lessons(first: $n, visibility: $v) { edges { node { id } } } } }',
    { a: atelier, v: visibility, n: count },
  );
  const ids = data.atelier.lessons.edges.map((e) => e.node.id);
  if (ids.length !== count) throw new Error(`The demo has fewer than ${count} lessons at ${visibility}`);
  return ids;
}

/**
 * The insight's own page: lifting it to the tribune warns, in the confirm step, that its readers will see only some
 * of the lessons behind it (as composing one does); one's own reactions have buttons named after the reaction.
 */
describe('an insight lifted from its page, and its reactions by name', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`warns "1 van de 3" before the tribune, and names each own reaction's buttons (${viewport.width} px)`, async () => {
      const shot = screenshots(`insight-lift-${viewport.width}`);
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.trekker);
      const atelier = await atelierId(context, LONELINESS);
      // One lesson the tribune already reads, two that stay in the arena.
      const lessonIds = [
        ...(await lessonsAt(context, atelier, 'TRIBUNE', 1)),
        ...(await lessonsAt(context, atelier, 'ARENA', 2)),
      ];
      const title = `Buurtkamers als anker ${viewport.width}`;
      const made = await api<{ createInsight: { id: string } }>(
        context,
        'mutation($a: ID!, $i: CreateInsightInput!) { createInsight(atelierId: $a, input: $i) { id } }',
        {
          a: atelier,
          i: {
            title,
            body: '<p>Een buurtkamer met vaste openingstijden houdt mensen vast.</p>',
            conditions: ['SOCIAL_COHESION'],
            lessonIds,
          },
        },
      );
      await page.goto(`${DEMO_WORKSHOP}/inzichten/${encodeURIComponent(made.createInsight.id)}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();

      await page.getByRole('button', { name: 'Delen met: Tribune' }).click();
      const ask = page.getByRole('dialog', { name: 'Delen met: Tribune?' });
      await ask.waitFor();
      await ask
        .getByText('Lezers op de tribune zien 1 van de 3 lessen: de andere 2 blijven in de arena.')
        .waitFor();
      await ask.getByText('Zet die lessen dan eerst op dezelfde trede').waitFor();
      expect(await focused(page)).toBe('Annuleren');
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, 'lift-warned');
      // Not now: the insight stays in the arena.
      await page.keyboard.press('Enter');
      await ask.waitFor({ state: 'hidden' });
      await page.getByText('Nu: Arena').first().waitFor();

      // Shared after all.
      await page.getByRole('button', { name: 'Delen met: Tribune' }).click();
      await ask.getByRole('button', { name: 'Delen met: Tribune' }).click();
      await page.getByRole('status').getByText('Gedeeld: Tribune.').waitFor();

      // A reaction of one's own: its buttons say which reaction they act on.
      const reactions = page.getByRole('region', { name: /Reacties/ });
      await reactions.getByLabel('Jouw reactie').fill('Bij ons in Elst werkt de buurtkamer op dinsdag.');
      await reactions.getByRole('button', { name: 'Reageren' }).click();
      await reactions.getByText('Bij ons in Elst werkt de buurtkamer op dinsdag.').waitFor();
      const today = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long' }).format(new Date());
      const edit = reactions.getByRole('button', { name: `Je reactie van ${today} bewerken`, exact: true });
      const remove = reactions.getByRole('button', {
        name: `Je reactie van ${today} verwijderen`,
        exact: true,
      });
      await edit.waitFor();
      await remove.waitFor();
      // The visible word stays in the name (speech input), and the text it acts on is the description.
      expect(await edit.textContent()).toBe('Bewerken');
      const described = await edit.evaluate((button) =>
        (button.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
      expect(described).toBe('Bij ons in Elst werkt de buurtkamer op dinsdag.');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'reaction-named');

      // Lifting on to the public warns about the lessons that are not public.
      await page.getByRole('button', { name: 'Delen met: Openbaar' }).click();
      const askPublic = page.getByRole('dialog', { name: 'Delen met: Openbaar?' });
      await askPublic.waitFor();
      await askPublic.getByText(/Wie het inzicht openbaar leest, ziet (geen|\d) van de 3/).waitFor();
      await askPublic.getByRole('button', { name: 'Annuleren' }).click();
      await askPublic.waitFor({ state: 'hidden' });
      await context.close();
    });
  }
});
