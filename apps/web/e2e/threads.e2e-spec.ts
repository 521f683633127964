import type { Browser, BrowserContext, Page } from 'playwright-core';
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
  sidewaysOverflow,
  signIn,
} from './support/browser';

const LONELINESS = 'Leeratelier Eenzaamheid en betekenisvol contact';

/**
 * A thread with a mention (issue 22): Anna types "@" and part of a name under a shared insight, picks Bram from the
 * people who may read it by keyboard, and reacts; Bram finds the notification, opens it and replies. On a laptop
 * and on a phone, axe clean, in Dutch and then in English.
 */
describe('a thread with a mention', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  /** The trekker composes a fresh insight of two lessons (through the API) and shares it with the tribune. */
  async function sharedInsight(context: BrowserContext, title: string): Promise<string> {
    const atelier = await atelierId(context, LONELINESS);
    const lessons = await api<{ atelier: { lessons: { edges: { node: { id: string } }[] } } }>(
      context,
      'query($a: ID!) { atelier(id: $a) { lessons(first: 2, visibility: ARENA) { edges { node { id } } } } }',
      { a: atelier },
    );
    const made = await api<{ createInsight: { id: string } }>(
      context,
      'mutation($a: ID!, $i: CreateInsightInput!) { createInsight(atelierId: $a, input: $i) { id } }',
      {
        a: atelier,
        i: {
          title,
          body: '<p>Waar iemand je bij naam kent, kom je terug.</p>',
          conditions: ['SOCIAL_COHESION'],
          lessonIds: lessons.atelier.lessons.edges.map((e) => e.node.id),
        },
      },
    );
    await api(
      context,
      'mutation($id: ID!, $v: Visibility!) { setInsightVisibility(id: $id, visibility: $v) { id } }',
      { id: made.createInsight.id, v: 'TRIBUNE' },
    );
    return made.createInsight.id;
  }

  async function follow(context: BrowserContext) {
    await api(context, 'mutation($a: ID!) { joinAtelier(atelierId: $a, role: TRIBUNE) { role } }', {
      a: await atelierId(context, LONELINESS),
    });
  }

  /** The language switch, behind the menu on a phone. */
  async function toEnglish(page: Page) {
    const button = page.getByRole('button', { name: 'Switch to English' });
    if (!(await button.isVisible())) await page.getByRole('button', { name: /Menu/ }).first().click();
    await button.click();
  }

  it('bold text in a reply reads bold for another reader; a pasted or sent <img onerror> does not come through', async () => {
    const stamp = Math.random()
      .toString(36)
      .replace(/[^a-z]/g, '')
      .slice(0, 5);
    const trekker = await newPage(browser);
    await signIn(trekker.page, DEMO.trekker);
    const title = `Opmaak in een gesprek ${stamp}`;
    const id = await sharedInsight(trekker.context, title);
    await trekker.context.close();

    const cas = await newPerson(browser, `Cas Opmaak ${stamp}`);
    await follow(cas.context);
    const page = cas.page;
    await page.goto(`${DEMO_WORKSHOP}/inzichten/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const thread = page.getByRole('region', { name: /Reacties/ });
    const field = thread.getByRole('combobox', { name: 'Jouw reactie' });
    await field.click();
    await field.pressSequentially('Dit is ');
    await thread.getByRole('button', { name: 'Vet' }).first().click();
    // TipTap gives the focus back to the text on the next animation frame: type once it is there (on a busy
    // machine the first keys went to the button, and the words were never bold).
    await field.evaluate(
      (el) =>
        new Promise<void>((resolve) => {
          const check = () =>
            el.contains(document.activeElement) ? resolve() : requestAnimationFrame(check);
          check();
        }),
    );
    await page.keyboard.type('echt belangrijk');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' voor ons.');
    // Pasted HTML with a script in an image: the editor keeps the words, not the image.
    await field.evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/html', '<p> Geplakt<img src="x" onerror="window.__pwned = 1"></p>');
      data.setData('text/plain', ' Geplakt');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await thread.getByRole('button', { name: 'Reageren', exact: true }).click();
    await thread.getByRole('status').getByText('Je reactie staat erbij.').waitFor();
    // And sent straight to the API, past the editor: the server drops it too.
    await api(cas.context, 'mutation($t: ID!, $b: String!) { react(targetId: $t, body: $b) { id } }', {
      t: id,
      b: '<p>Rechtstreeks <img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script></p>',
    });
    await cas.context.close();

    const dirk = await newPerson(browser, `Dirk Leest ${stamp}`);
    await follow(dirk.context);
    const reader = dirk.page;
    await reader.goto(`${DEMO_WORKSHOP}/inzichten/${encodeURIComponent(id)}`);
    const seen = reader.getByRole('region', { name: /Reacties/ });
    const bold = seen.locator('.reaction__body strong', { hasText: 'echt belangrijk' });
    await bold.waitFor();
    expect(Number(await bold.evaluate((el) => getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(600);
    await seen.getByText('Rechtstreeks').waitFor();
    const said = await seen.locator('.reaction__body').first().textContent();
    expect(said).toContain('Dit is echt belangrijk voor ons.');
    expect(said).toContain('Geplakt');
    expect(await seen.locator('img, script').count()).toBe(0);
    expect(await reader.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await axeViolations(reader)).toEqual([]);
    await dirk.context.close();
  });

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const px = `${viewport.width} px`;

    it(`A mentions B, B sees the notification, opens it and replies; axe clean in Dutch and English (${px})`, async () => {
      const shot = screenshots(`threads-${viewport.width}`);
      const stamp = Math.random()
        .toString(36)
        .replace(/[^a-z]/g, '')
        .slice(0, 5);
      const trekker = await newPage(browser);
      await signIn(trekker.page, DEMO.trekker);
      const title = `Een vaste tafel ${viewport.width} ${stamp}`;
      const id = await sharedInsight(trekker.context, title);
      await trekker.context.close();

      const bramName = `Bram Genoemd ${stamp}`;
      const bram = await newPerson(browser, bramName, viewport);
      await follow(bram.context);
      const anna = await newPerson(browser, `Anna Noemt ${stamp}`, viewport);
      await follow(anna.context);

      // Anna: "@" and a few letters offer Bram; arrow keys and Enter choose him.
      const page = anna.page;
      await page.goto(`${DEMO_WORKSHOP}/inzichten/${encodeURIComponent(id)}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const thread = page.getByRole('region', { name: /Reacties/ });
      const field = thread.getByRole('combobox', { name: 'Jouw reactie' });
      await field.click();
      await field.pressSequentially(`Wat vind jij, @Bram Genoemd ${stamp.slice(0, 3)}`);
      const option = page.getByRole('option', { name: bramName });
      await option.waitFor();
      // The list for the whole of what was typed: only Bram (a shorter search may have offered more Brams).
      await page.getByRole('option').nth(1).waitFor({ state: 'detached' });
      expect(await field.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      const active = await field.getAttribute('aria-activedescendant');
      expect(active).toBe(await option.getAttribute('id'));
      expect(await option.getAttribute('aria-selected')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
      await shot(page, 'mention-offered');
      await page.keyboard.press('Enter');
      // The editor holds the name where "@…" was typed, and the caret after it.
      expect(await field.textContent()).toBe(`Wat vind jij, @${bramName} `);
      expect(await field.getAttribute('aria-expanded')).toBe('false');
      await field.pressSequentially('hoe is dat bij jullie?');
      await thread.getByRole('button', { name: 'Reageren', exact: true }).click();
      const said = thread.getByRole('listitem').filter({ hasText: `Anna Noemt ${stamp}` });
      await said.getByText(`Wat vind jij, @${bramName} hoe is dat bij jullie?`).waitFor();
      await shot(page, 'mention-sent');
      await anna.context.close();

      // Bram: the notification says who mentioned him, and leads to the insight.
      const b = bram.page;
      await b.goto('/meldingen');
      const notice = b.locator('.notifications li').filter({ hasText: 'Je bent genoemd' }).first();
      await notice.getByText(`Anna Noemt ${stamp} noemde je in een reactie op:`).waitFor();
      expect(await axeViolations(b)).toEqual([]);
      await shot(b, 'mention-notification');
      await notice.getByRole('link', { name: title }).click();
      await b.getByRole('heading', { level: 1, name: title }).waitFor();

      // He replies, by keyboard: "Beantwoorden" opens the reply form with the focus in it.
      const bThread = b.getByRole('region', { name: /Reacties/ });
      const annaSaid = bThread.getByRole('listitem').filter({ hasText: 'hoe is dat bij jullie?' }).first();
      await annaSaid.getByRole('button', { name: 'Beantwoorden' }).focus();
      await b.keyboard.press('Enter');
      const reply = bThread.getByRole('combobox', { name: `Jouw antwoord aan Anna Noemt ${stamp}` });
      await reply.waitFor();
      // The editor loads with the form and takes the focus.
      await b.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
      await b.keyboard.type('Bij ons staat de koffie om tien uur klaar.');
      await bThread.getByRole('button', { name: 'Antwoord plaatsen' }).click();
      await bThread.getByRole('status').getByText('Je antwoord staat erbij.').waitFor();
      const replies = bThread.getByRole('list', { name: `Antwoorden op Anna Noemt ${stamp}` });
      await replies.getByText('Bij ons staat de koffie om tien uur klaar.').waitFor();
      expect(await axeViolations(b)).toEqual([]);
      expect(await sidewaysOverflow(b)).toBe(0);
      await shot(b, 'reply-sent');

      // The same thread in English.
      await toEnglish(b);
      const enThread = b.getByRole('region', { name: /Reactions/ });
      await enThread.getByRole('button', { name: 'Reply' }).first().waitFor();
      await enThread.getByRole('list', { name: `Replies to Anna Noemt ${stamp}` }).waitFor();
      expect(await axeViolations(b)).toEqual([]);
      expect(await sidewaysOverflow(b)).toBe(0);
      await shot(b, 'thread-english');
      await bram.context.close();
    });
  }
});
