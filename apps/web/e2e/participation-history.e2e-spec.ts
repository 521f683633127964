import type { Browser } from 'playwright-core';
import {
  DEMO,
  api,
  axeViolations,
  launchBrowser,
  newPage,
  newPerson,
  screenshots,
  sidewaysOverflow,
  signIn,
} from './support/browser';

const POVERTY = 'Leeratelier Armoede en schulden';
/** A date as the Dutch pages write it ("6 december 2026"). */
const DATE = '\\d{1,2} [a-z]+ \\d{4}';

/**
 * One's own history in an atelier, under "Doe je mee?": joined (on an organisation's behalf), switched and left,
 * newest first. It stays after leaving; others never see it.
 */
describe('one’s own history in an atelier', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`joining on an organisation's behalf, switching and leaving are listed, newest first (${viewport.width} px)`, async () => {
      const shot = screenshots(`participation-history-${viewport.width}`);
      const person = await newPerson(
        browser,
        viewport.width > 400 ? 'Noor Historie' : 'Noor Verleden',
        viewport,
      );
      // A confirmed membership of Gemeente Nijmegen (its own journey is memberships.e2e-spec).
      const organisations = await api<{ organisations: { edges: { node: { id: string; name: string } }[] } }>(
        person.context,
        '{ organisations(first: 100) { edges { node { id name } } } }',
      );
      const nijmegen = organisations.organisations.edges.find((e) => e.node.name === 'Gemeente Nijmegen');
      const asked = await api<{ requestMembership: { id: string } }>(
        person.context,
        'mutation($o: ID!) { requestMembership(organisationId: $o) { id } }',
        { o: nijmegen?.node.id },
      );
      const beheer = await newPage(browser);
      await signIn(beheer.page, DEMO.admin);
      await api(beheer.context, 'mutation($id: ID!) { decideMembership(id: $id, confirm: true) { id } }', {
        id: asked.requestMembership.id,
      });
      await beheer.context.close();

      const page = person.page;
      await page.goto('/w/arnhem-nijmegen');
      await page.getByRole('link', { name: POVERTY }).click();
      await page.getByRole('heading', { level: 1, name: POVERTY }).waitFor();
      const choice = page.getByRole('region', { name: 'Doe je mee?' });
      // Never taken part: no history to show.
      await choice.getByRole('button', { name: 'Meedoen in de arena', exact: true }).waitFor();
      expect(await choice.getByRole('region', { name: 'Jouw deelname hier' }).count()).toBe(0);

      await choice.getByRole('radio', { name: 'Gemeente Nijmegen' }).check();
      await choice.getByRole('button', { name: 'Meedoen in de arena', exact: true }).click();
      await choice.getByText('Je doet mee in de arena.').waitFor();
      await choice.getByRole('button', { name: 'Liever volgen vanaf de tribune' }).click();
      await choice.getByText('Je volgt dit atelier vanaf de tribune.').waitFor();

      const history = choice.getByRole('region', { name: 'Jouw deelname hier' });
      const items = history.getByRole('listitem');
      await items.nth(1).waitFor();
      expect(await items.allTextContents()).toEqual([
        expect.stringMatching(
          new RegExp(`^Op ${DATE} van de arena naar de tribune \\(namens Gemeente Nijmegen\\)$`),
        ),
        expect.stringMatching(
          new RegExp(`^Op ${DATE} ging je meedoen in de arena \\(namens Gemeente Nijmegen\\)$`),
        ),
      ]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'history');

      // Leaving: the history stays, newest first.
      await choice.getByRole('button', { name: 'Atelier verlaten' }).click();
      await choice.getByRole('button', { name: 'Meedoen in de arena', exact: true }).waitFor();
      await items.nth(2).waitFor();
      expect(await items.first().textContent()).toMatch(
        new RegExp(`^Op ${DATE} van de tribune vertrokken \\(namens Gemeente Nijmegen\\)$`),
      );
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'after-leaving');

      // Someone else, who never took part here, sees no history at all: not hers.
      const other = await newPage(browser, viewport);
      await signIn(other.page, DEMO.arena);
      await other.page.goto('/w/arnhem-nijmegen');
      await other.page.getByRole('link', { name: POVERTY }).click();
      const theirs = other.page.getByRole('region', { name: 'Doe je mee?' });
      await theirs.getByRole('button', { name: 'Meedoen in de arena', exact: true }).waitFor();
      expect(await theirs.getByRole('region', { name: 'Jouw deelname hier' }).count()).toBe(0);
      expect(await theirs.getByText(/Gemeente Nijmegen/).count()).toBe(0);
      await Promise.all([person.context.close(), other.context.close()]);
    });
  }
});
