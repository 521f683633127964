import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DEMO, axeViolations, launchBrowser, newPage, screenshots, signIn } from './support/browser';

/**
 * The tribune member's journey: the feed across followed ateliers, the insight with only the shared lessons
 * behind it, a reaction, registering for the session and adding it to a calendar, notifications.
 */
describe('tribune journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('reads the feed and the insight, reacts, registers for the session and reads the notifications', async () => {
    const shot = screenshots('tribune');
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.tribune);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Tribune' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tribune' }).waitFor();
    // Both followed ateliers are in one feed.
    await page
      .getByText(/Inzicht · Leeratelier Eenzaamheid/)
      .first()
      .waitFor();
    await page
      .getByText(/Les · Leeratelier Armoede en schulden/)
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'feed');

    await page.getByRole('link', { name: 'Een vaste plek, een vast gezicht en iets te doen' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Een vaste plek, een vast gezicht en iets te doen' })
      .waitFor();
    // Behind it: two shared lessons; the two still in the arena stay hidden.
    await page.getByText('2 van 4 lessen zichtbaar voor jou; de andere staan nog in de arena.').waitFor();
    await page
      .getByRole('link', { name: 'Wederkerigheid: iets kunnen bijdragen maakt het verschil' })
      .waitFor();
    expect(await page.getByText('Een vaste dag en tijd geeft houvast').count()).toBe(0);

    const reactions = page.getByRole('region', { name: /Reacties/ });
    await reactions.getByRole('button', { name: 'Reageren' }).click();
    await reactions.getByText('Vul dit veld in.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await reactions.getByLabel('Jouw reactie').fill('In Arnhem zien we hetzelfde bij de wijkcentra.');
    await reactions.getByRole('button', { name: 'Reageren' }).click();
    await reactions
      .getByRole('listitem')
      .filter({ hasText: 'In Arnhem zien we hetzelfde bij de wijkcentra.' })
      .waitFor();
    await reactions.getByRole('heading', { name: 'Reacties (3)' }).waitFor();
    await shot(page, 'insight-with-reaction');

    await page.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).first().click();
    await page.getByRole('link', { name: 'Themabespreking: van ontmoeting naar contact' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Themabespreking: van ontmoeting naar contact' })
      .waitFor();
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByText('Je bent aangemeld.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'registered');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Zet in je agenda (.ics)' }).click();
    const ics = readFileSync(await (await download).path(), 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('SUMMARY:Themabespreking: van ontmoeting naar contact\r\n');
    expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z\r\n/);
    expect(ics).toContain('LOCATION:Wijkcentrum Hatert\\, Nijmegen\\, Nijmegen');

    await page.getByRole('link', { name: /^Meldingen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByText('Nieuw inzicht op de tribune').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'notifications');
    await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await page.getByRole('button', { name: 'Alles als gelezen markeren' }).waitFor({ state: 'detached' });
    expect(await page.getByText('Nieuw', { exact: true }).count()).toBe(0);
    await context.close();
  });

  it('the feed works on a phone', async () => {
    const shot = screenshots('tribune');
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await signIn(page, DEMO.tribune);
    await page.goto('/tribune');
    await page.getByRole('heading', { level: 1, name: 'Tribune' }).waitFor();
    await page.getByRole('link', { name: 'Een vaste plek, een vast gezicht en iets te doen' }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'feed-phone');
    await context.close();
  });
});
