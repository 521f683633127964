import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const resultsDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../test-results');

export const DEMO_PASSWORD = 'werkplaats-demo';
export const DEMO = {
  admin: 'beheer@demo.werkplaats.nl',
  committee: 'commissie@demo.werkplaats.nl',
  trekker: 'trekker@demo.werkplaats.nl',
  arena: 'arena@demo.werkplaats.nl',
  tribune: 'tribune@demo.werkplaats.nl',
} as const;

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: the global setup did not start the app');
  return url;
}

/** Debian's Chromium, headless, without the background networking this closed network refuses. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', baseURL: baseUrl() });
  const page = await context.newPage();
  return { context, page };
}

/** A numbered screenshot of a journey's step, under apps/web/test-results/<journey>/. */
export function screenshots(journey: string) {
  const dir = join(resultsDir, journey);
  mkdirSync(dir, { recursive: true });
  let step = 0;
  return async (page: Page, name: string) => {
    step += 1;
    await page.screenshot({
      path: join(dir, `${String(step).padStart(2, '0')}-${name}.png`),
      fullPage: true,
    });
  };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core on the page for WCAG 2.x A/AA; returns a readable list of violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's strict CSP (rightly) refuses an injected <script>.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (ctx: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations;
  });
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

/** The demo's first werkplaats, whose agenda the journeys start from. */
export const DEMO_WORKSHOP = '/w/arnhem-nijmegen';

/** Signs in through the form, as a person would, and comes back to the demo werkplaats's agenda. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`/inloggen?terug=${encodeURIComponent(DEMO_WORKSHOP)}`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).last().click();
  // Signing in leads away from the form (to where one came from); only then is the new session in place.
  await page.waitForURL((url) => url.pathname !== '/inloggen');
  // The header names the person (behind the menu on a phone, so present rather than visible).
  await page.getByText(/Ingelogd als/).waitFor({ state: 'attached' });
}

/** Sends a GraphQL operation with the context's session (its cookies), as the web app would; fails on errors. */
export async function api<T = unknown>(
  context: BrowserContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await context.request.post('/graphql', {
    data: { query, variables },
    headers: { 'apollo-require-preflight': 'true' },
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * A new person with an account of their own, signed in in a fresh browser context. The account is made through
 * the API (the sign-up page has its own test), so a journey starts where it matters.
 */
export async function newPerson(
  browser: Browser,
  name: string,
  viewport?: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page; email: string }> {
  const { context, page } = await newPage(browser, viewport);
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '.');
  const email = `${slug}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.nl`;
  const password = 'samen-leren-2026';
  await api(context, 'mutation($input: SignUpInput!) { signUp(input: $input) }', {
    input: { name, email, password },
  });
  // They follow the link in the confirmation mail (the dev mailbox), as everyone who signs up does.
  await api(context, 'mutation($t: String!) { confirmEmail(token: $t) }', {
    t: await tokenMailedTo(email, '/e-mail-bevestigen'),
  });
  await api(context, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
    e: email,
    p: password,
  });
  return { context, page, email };
}

/**
 * The token of the newest link to `path` mailed to `email`: the app runs without SMTP_URL, so it keeps its mail
 * and lists it at /dev/mail (newest first). Waits for the worker, which sends right after the request's commit.
 */
export async function tokenMailedTo(email: string, path: string): Promise<string> {
  const address = email.replace(/[.+]/g, '\\$&');
  for (;;) {
    const list = await (await fetch(`${baseUrl()}/dev/mail`)).text();
    for (const entry of list.matchAll(new RegExp(`href="(/dev/mail/[^"]+)">[^<]*</a> — ${address}`, 'g'))) {
      const message = await (await fetch(`${baseUrl()}${entry[1]}`)).text();
      const token = new RegExp(`${path}\\?token=([\\w-]+)`).exec(message)?.[1];
      if (token) return token;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The global ID of a demo atelier, by its title. */
export async function atelierId(context: BrowserContext, title: string): Promise<string> {
  const data = await api<{ ateliers: { edges: { node: { id: string; title: string } }[] } }>(
    context,
    '{ ateliers(first: 50) { edges { node { id title } } } }',
  );
  const found = data.ateliers.edges.find((e) => e.node.title === title);
  if (!found) throw new Error(`No atelier called ${title}`);
  return found.node.id;
}

/** The text of the element that has the keyboard focus. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
