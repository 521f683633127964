import type { Browser } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
  api,
  axeViolations,
  launchBrowser,
  newPage,
  newPerson,
  sidewaysOverflow,
  signIn,
} from './support/browser';

/**
 * What one hears by mail: the level of an atelier one follows (on its page), how mail is delivered (on the privacy
 * page), and, for a beheerder, the mail the outbox gave up on (Beheer › Onbezorgde mail).
 */
describe('mail settings', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`sets an atelier's level and the delivery of mail, kept after a reload (${viewport.width} px)`, async () => {
      const { context, page } = await newPerson(browser, 'Nora Normaal', viewport);
      const { ateliers } = await api<{ ateliers: { edges: { node: { id: string } }[] } }>(
        context,
        '{ ateliers(first: 1) { edges { node { id } } } }',
      );
      const atelier = ateliers.edges[0]!.node.id;
      await api(context, 'mutation($a: ID!) { joinAtelier(atelierId: $a, role: TRIBUNE) { role } }', {
        a: atelier,
      });

      await page.goto(`${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(atelier)}`);
      const level = page.getByRole('form', { name: 'Meldingen uit dit atelier' });
      await level.getByRole('radio', { name: /Normaal/ }).waitFor();
      expect(await level.getByRole('radio', { name: /Normaal/ }).isChecked()).toBe(true);
      await level.getByRole('radio', { name: /Stil/ }).check();
      await level.getByRole('button', { name: 'Opslaan' }).click();
      await level.getByRole('status').getByText('Opgeslagen: Stil.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.reload();
      await page
        .getByRole('form', { name: 'Meldingen uit dit atelier' })
        .getByRole('radio', { name: /Stil/ })
        .waitFor();
      expect(
        await page
          .getByRole('form', { name: 'Meldingen uit dit atelier' })
          .getByRole('radio', { name: /Stil/ })
          .isChecked(),
      ).toBe(true);

      await page.goto('/privacy');
      const delivery = page.getByRole('form', { name: 'Meldingen per e-mail' });
      await delivery.getByRole('radio', { name: /Wekelijks overzicht/ }).check();
      await delivery.getByRole('button', { name: 'Opslaan' }).click();
      await delivery.getByRole('status').getByText('Opgeslagen: Wekelijks overzicht.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.reload();
      const again = page.getByRole('form', { name: 'Meldingen per e-mail' });
      await again.getByRole('radio', { name: /Wekelijks overzicht/ }).waitFor();
      expect(await again.getByRole('radio', { name: /Wekelijks overzicht/ }).isChecked()).toBe(true);
      await context.close();
    });

    it(`shows a beheerder the undelivered mail of the werkplaats (${viewport.width} px)`, async () => {
      const { context, page } = await newPage(browser, viewport);
      await signIn(page, DEMO.admin);
      await page.goto(`${DEMO_WORKSHOP}/beheer/mail`);
      await page.getByRole('heading', { name: 'Onbezorgde mail' }).first().waitFor();
      // The e2e server keeps its mail in the dev mailbox, which never refuses: nothing is undelivered.
      await page.getByText('Er is geen onbezorgde mail.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
      await context.close();
    });
  }
});
