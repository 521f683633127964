import type { Browser, Page } from 'playwright-core';
import { DEMO_WORKSHOP, api, axeViolations, launchBrowser, newPerson, screenshots } from './support/browser';

const PASSWORD = 'samen-leren-2026';

/** Signs in through the form in whichever language it is shown, from the agenda's "sign in" link. */
async function signInByForm(
  page: Page,
  email: string,
  labels: { email: string; password: string; submit: string },
) {
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit }).last().click();
  await page.waitForURL((url) => url.pathname === DEMO_WORKSHOP);
}

const DUTCH = { email: 'E-mailadres', password: 'Wachtwoord', submit: 'Inloggen' };
const ENGLISH = { email: 'Email address', password: 'Password', submit: 'Sign in' };

/**
 * The language saved in one's profile is the one the app takes at sign-in, whatever the page was in; without one
 * saved, the language a visitor chose before signing in stays. A reload keeps it.
 */
describe('the saved language at sign-in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a person whose profile says English signs in on a Dutch page, and the app turns English (390 px)', async () => {
    const shot = screenshots('sign-in-language');
    const { context, page, email } = await newPerson(browser, 'Emma English', { width: 390, height: 844 });
    await api(context, 'mutation { updateMe(input: { locale: "en" }) { locale } }');
    await api(context, 'mutation { signOut }');
    await page.goto(`/inloggen?terug=${encodeURIComponent(DEMO_WORKSHOP)}`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await signInByForm(page, email, DUTCH);
    await page.getByRole('heading', { level: 1, name: 'Knowledge agenda' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByText('Signed in as').waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'english-after-sign-in');
    // Kept in this browser: a reload stays English.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Knowledge agenda' }).waitFor();
    await context.close();
  });

  it('without a saved language, what the visitor chose stays; a saved Dutch one wins (1366 px)', async () => {
    const shot = screenshots('sign-in-language');
    const wide = { width: 1366, height: 900 };
    const { context, page, email } = await newPerson(browser, 'Vera Visitor', wide);
    // Nothing saved yet: the account says so.
    const before = await api<{ me: { locale: string | null } }>(context, '{ me { locale } }');
    expect(before.me.locale).toBeNull();
    await api(context, 'mutation { signOut }');

    // As a visitor, she switches the page to English, then signs in.
    await page.goto(DEMO_WORKSHOP);
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Knowledge agenda' }).waitFor();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signInByForm(page, email, ENGLISH);
    await page.getByText('Signed in as').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Knowledge agenda' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await shot(page, 'visitor-choice-kept');

    // Once she saves Dutch in her profile, Dutch is what the next sign-in brings, though the page was English.
    await api(context, 'mutation { updateMe(input: { locale: "nl" }) { locale } }');
    await page.getByRole('button', { name: /Signed in as/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Signed in as').waitFor({ state: 'detached' });
    await page.goto(`/inloggen?terug=${encodeURIComponent(DEMO_WORKSHOP)}`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signInByForm(page, email, ENGLISH);
    await page.getByRole('heading', { level: 1, name: 'Kennisagenda' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
