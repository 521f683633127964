import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_WORKSHOP,
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
const RESTORED = 'We hebben je onafgemaakte les bewaard. Je schrijft verder waar je was gebleven.';
const BODY = 'Wie een vaste tafel heeft, komt terug; de koffie is bijzaak.';

/** Whether the browser still keeps a lesson draft (what the form would bring back). */
function keptDrafts(page: Page): Promise<number> {
  return page.evaluate(
    () => Object.keys(localStorage).filter((k) => k.startsWith('werkplaats.draft.lesson.')).length,
  );
}

/**
 * The lesson form keeps what one types in this browser: after a reload it is back, with a word that says so and a
 * way to throw it away; saving the lesson or signing out removes it.
 */
describe('the lesson form keeps a draft while typing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`types, reloads, finds the text back, saves and the draft is gone (${viewport.width} px)`, async () => {
      const shot = screenshots(`lesson-draft-${viewport.width}`);
      const { context, page } = await newPage(browser, viewport);
      // Reloading with unsaved text gets the browser's own question (the unsaved-changes guard): leave.
      page.on('dialog', (dialog) => void dialog.accept());
      await signIn(page, DEMO.arena);
      const atelier = await atelierId(context, LONELINESS);
      const form = `${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(atelier)}/les`;
      await page.goto(form);
      await page.getByRole('heading', { level: 1, name: 'Een les vastleggen' }).waitFor();
      expect(await page.getByText(RESTORED).count()).toBe(0);

      const title = `Een vaste tafel (${viewport.width})`;
      await page.getByLabel('Titel', { exact: true }).fill(title);
      await page.locator('.rich-text__input').click();
      await page.keyboard.type(BODY);
      await page.getByRole('checkbox', { name: /Sociale cohesie/ }).check();
      const facets = page.getByRole('group', { name: 'Niveau en domein' });
      await facets.getByLabel('Niveau', { exact: true }).selectOption({ label: 'Groep' });
      await facets.getByLabel('Domein', { exact: true }).selectOption({ label: 'Zorg' });
      // Kept once typing pauses (the reload below would keep it too, as the page is left).
      await page.waitForFunction(() =>
        Object.values(localStorage).some((v) => v.includes('"domain":"CARE"')),
      );

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Een les vastleggen' }).waitFor();
      await page.getByText(RESTORED).waitFor();
      expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe(title);
      await page.locator('.rich-text__input').getByText(BODY).waitFor();
      expect(await page.getByRole('checkbox', { name: /Sociale cohesie/ }).isChecked()).toBe(true);
      await facets
        .getByLabel('Niveau', { exact: true })
        .locator('option:checked', { hasText: 'Groep' })
        .waitFor({
          state: 'attached',
        });
      await facets
        .getByLabel('Domein', { exact: true })
        .locator('option:checked', { hasText: 'Zorg' })
        .waitFor({
          state: 'attached',
        });
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, 'restored');

      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await keptDrafts(page)).toBe(0);
      await page.goto(form);
      await page.getByRole('heading', { level: 1, name: 'Een les vastleggen' }).waitFor();
      expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('');
      expect(await page.getByText(RESTORED).count()).toBe(0);
      await context.close();
    });
  }

  it('throws a kept draft away after asking, and signing out removes what is kept', async () => {
    const shot = screenshots('lesson-draft-discard');
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, DEMO.arena);
    const atelier = await atelierId(context, LONELINESS);
    const form = `${DEMO_WORKSHOP}/ateliers/${encodeURIComponent(atelier)}/les`;
    await page.goto(form);
    await page.getByLabel('Titel', { exact: true }).fill('Bijna vergeten');
    await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('Bijna vergeten')));
    await page.reload();
    await page.getByText(RESTORED).waitFor();

    await page.getByRole('button', { name: 'Weggooien' }).click();
    const ask = page.getByRole('dialog', { name: 'Onafgemaakte les weggooien?' });
    await ask.waitFor();
    expect(await focused(page)).toBe('Annuleren');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'discard-asked');
    await ask.getByRole('button', { name: 'Weggooien' }).click();
    await page.getByText('Je onafgemaakte les is weggegooid.').waitFor();
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('');
    expect(await keptDrafts(page)).toBe(0);

    // Typed again, then signed out (behind the menu on a phone): nothing stays in this browser.
    await page.getByLabel('Titel', { exact: true }).fill('Persoonlijk en onaf');
    await page.waitForFunction(() =>
      Object.values(localStorage).some((v) => v.includes('Persoonlijk en onaf')),
    );
    await page.getByRole('button', { name: /^Menu/ }).click();
    await page.getByRole('button', { name: /^Ingelogd als/ }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    // Signed out: on the list of werkplaatsen, and the header no longer names anyone.
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByText(/Ingelogd als/).waitFor({ state: 'detached' });
    expect(await keptDrafts(page)).toBe(0);
    await context.close();
  });
});
