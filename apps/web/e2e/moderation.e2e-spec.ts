import type { Browser } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
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

/**
 * A report handled from the queue: a tribune member reports a reaction, the trekker hides it from the moderation
 * queue with a reason, and the reader sees that reason in place of the text. On a laptop and on a phone, axe clean,
 * in Dutch and English.
 */
describe('moderation: a report handled from the queue', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`a tribune member reports, the trekker hides, the reader sees why (${viewport.width} px)`, async () => {
      const shot = screenshots(`moderation-${viewport.width}`);
      const who = `Karel Kwetsend ${viewport.width > 500 ? 'Breed' : 'Smal'}`;
      // Someone follows the atelier from the tribune and writes a reaction that breaks the code of conduct.
      const author = await newPerson(browser, who, viewport);
      const atelier = await atelierId(author.context, LONELINESS);
      await api(author.context, 'mutation($a: ID!) { joinAtelier(atelierId: $a, role: TRIBUNE) { role } }', {
        a: atelier,
      });
      const lessons = await api<{
        atelier: { lessons: { edges: { node: { id: string; title: string } }[] } };
      }>(
        author.context,
        'query($a: ID!) { atelier(id: $a) { lessons(first: 1, visibility: TRIBUNE) { edges { node { id title } } } } }',
        { a: atelier },
      );
      const lesson = lessons.atelier.lessons.edges[0]!.node;
      const text = `Wat een onzin, jullie snappen er niks van (${viewport.width}).`;
      await api(author.context, 'mutation($t: ID!, $b: String!) { react(targetId: $t, body: $b) { id } }', {
        t: lesson.id,
        b: text,
      });
      await author.context.close();

      // The tribune member reports it.
      const reader = await newPage(browser, viewport);
      await signIn(reader.page, DEMO.tribune);
      const lessonPath = `${DEMO_WORKSHOP}/lessen/${encodeURIComponent(lesson.id)}`;
      await reader.page.goto(lessonPath);
      await reader.page.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
      const item = reader.page
        .getByRole('region', { name: /Reacties/ })
        .getByRole('listitem')
        .filter({ hasText: text });
      await item.getByRole('button', { name: 'Deze reactie melden bij de moderatie' }).click();
      await item.getByLabel('Beledigend of intimiderend').check();
      await item.getByRole('link', { name: 'Lees de gedragscode' }).waitFor();
      expect(await axeViolations(reader.page)).toEqual([]);
      await shot(reader.page, 'report-form');
      await item.getByRole('button', { name: 'Melding versturen' }).click();
      await item.getByRole('status').getByText('Gemeld. De moderatie kijkt ernaar.').waitFor();
      await shot(reader.page, 'reported');

      // The trekker is told that something waits (not by whom), and handles it from her queue.
      const trekker = await newPage(browser, viewport);
      await signIn(trekker.page, DEMO.trekker);
      await trekker.page.goto('/meldingen');
      const told = trekker.page
        .getByRole('listitem')
        .filter({ hasText: `Er is iets gemeld in ${LONELINESS}` })
        .first();
      await told.waitFor();
      expect(await told.textContent()).not.toContain('Ingrid Hermsen');
      await told.getByRole('link', { name: 'Naar de moderatie' }).click();
      await trekker.page.getByRole('heading', { level: 1, name: 'Moderatie' }).waitFor();
      const queued = trekker.page.getByRole('listitem').filter({
        has: trekker.page.getByRole('heading', { name: `Reactie van ${who}` }),
      });
      await queued.getByText('1 melding').waitFor();
      // The header links moderators to their queue, with the number of reported items waiting (in the menu on a phone).
      const menu = trekker.page.getByRole('button', { name: 'Menu' });
      if (viewport.width < 500) await menu.click();
      await trekker.page.getByRole('link', { name: /^Moderatie \d+ meldingen wachten$/ }).waitFor();
      if (viewport.width < 500) await menu.click();
      await queued.getByText(text).waitFor();
      expect(await axeViolations(trekker.page)).toEqual([]);
      await shot(trekker.page, 'queue');
      await queued.getByRole('button', { name: 'Verbergen' }).click();
      const dialog = trekker.page.getByRole('dialog', { name: 'Verbergen' });
      await dialog.getByLabel('Reden (lezers zien deze)').fill('Beledigend naar de deelnemers');
      expect(await axeViolations(trekker.page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Verbergen' }).click();
      await trekker.page.getByRole('status').getByText('Verborgen. De schrijver krijgt bericht.').waitFor();
      await shot(trekker.page, 'hidden');

      // In English too.
      // On a phone the language switch sits in the menu.
      if (viewport.width < 500) await menu.click();
      await trekker.page.getByRole('button', { name: 'Switch to English' }).click();
      await trekker.page.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
      expect(await axeViolations(trekker.page)).toEqual([]);
      await trekker.context.close();

      // The reader sees the reason in place of the text.
      await reader.page.goto(lessonPath);
      await reader.page.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
      const reactions = reader.page.getByRole('region', { name: /Reacties/ });
      await reactions
        .getByText('Verborgen door de moderatie: Beledigend naar de deelnemers')
        .first()
        .waitFor();
      expect(await reactions.getByText(text).count()).toBe(0);
      expect(await axeViolations(reader.page)).toEqual([]);
      await shot(reader.page, 'reader-sees-reason');
      await reader.context.close();
    });
  }
});
