/* global document */
// Before/after screenshots of the UX round (issue 19): the same pages, as the same demo people, at the same sizes,
// taken from two running builds (an older commit and this one), written to docs/ux-round/{before,after}/ with an
// index. Usage: node scripts/ux-screenshots.mjs --before http://127.0.0.1:3301 --after http://127.0.0.1:3100
// Both apps must run with the demo data (DEMO_DATA=true); nothing is changed in them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { format, resolveConfig } from 'prettier';

const { values } = parseArgs({ options: { before: { type: 'string' }, after: { type: 'string' } } });
if (!values.before || !values.after) throw new Error('Give --before <url> and --after <url>');
const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const out = join(root, 'docs/ux-round');
const SLUG = '/w/arnhem-nijmegen';
const LONELINESS = 'Eenzaamheid en betekenisvol contact';
const desktop = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };

/** What was seen in the review, and where to look: each shot is one page as one person. */
const SHOTS = [
  {
    name: 'header-desktop',
    what: 'Signed-in header at 1366 px (wrapped onto two rows)',
    as: 'trekker',
    viewport: desktop,
    path: () => SLUG,
  },
  {
    name: 'header-phone',
    what: 'Signed-in header on a phone (took 228–335 px before any content)',
    as: 'trekker',
    viewport: phone,
    path: () => SLUG,
  },
  {
    name: 'search',
    what: 'Search for "eenzaam": prefix matching, plurals, highlights, filters',
    as: null,
    viewport: desktop,
    path: () => `${SLUG}/zoeken?q=eenzaam`,
  },
  {
    name: 'atelier-visitor-phone',
    what: 'An atelier page for a visitor on a phone',
    as: null,
    viewport: phone,
    path: (ids) => `${SLUG}/ateliers/${ids.atelier}`,
  },
  {
    name: 'dashboard',
    what: "The trekker's dashboard (the practices 'map', Binnenkort numbers)",
    as: 'trekker',
    viewport: desktop,
    path: (ids) => `${SLUG}/ateliers/${ids.atelier}/dashboard`,
  },
  {
    name: 'compose-insight',
    what: 'Composing an insight (filters spilled out of their card; titles-only picker)',
    as: 'trekker',
    viewport: desktop,
    path: (ids) => `${SLUG}/ateliers/${ids.atelier}/inzicht`,
  },
  {
    name: 'lesson-form',
    what: 'Logging a lesson (level and domain silently defaulted)',
    as: 'arena',
    viewport: desktop,
    path: (ids) => `${SLUG}/ateliers/${ids.atelier}/les`,
  },
  {
    name: 'lesson-page',
    what: "A lesson's page for its author (sharing wider, the ladder's wording)",
    as: 'arena',
    viewport: desktop,
    path: (ids) => ids.lesson,
  },
  {
    name: 'feed-phone',
    what: 'The tribune feed on a phone (excerpts, filters)',
    as: 'tribune',
    viewport: phone,
    path: () => `${SLUG}/tribune`,
  },
  {
    name: 'notifications',
    what: 'Notifications (who shared, opened ones marked read)',
    as: 'tribune',
    viewport: desktop,
    path: () => '/meldingen',
  },
  {
    name: 'profile',
    what: 'Editing one\'s profile ("Mijn gegevens")',
    as: 'arena',
    viewport: desktop,
    path: () => '/mijn-gegevens',
  },
];

const EMAIL = {
  trekker: 'trekker@demo.werkplaats.nl',
  arena: 'arena@demo.werkplaats.nl',
  tribune: 'tribune@demo.werkplaats.nl',
};

async function graphql(context, query, variables = {}) {
  const response = await context.request.post('/graphql', {
    data: { query, variables },
    headers: { 'apollo-require-preflight': 'true' },
  });
  return response.json();
}

/** The ids a build's demo gave the loneliness atelier, and the address of a lesson its arena member wrote. */
async function idsOf(browser, base) {
  const context = await browser.newContext({ baseURL: base });
  const { data } = await graphql(context, '{ ateliers(first: 50) { edges { node { id title } } } }');
  const atelier = data.ateliers.edges.find((e) => e.node.title.includes(LONELINESS)).node.id;
  await graphql(context, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
    e: EMAIL.arena,
    p: 'werkplaats-demo',
  });
  const page = await context.newPage();
  await page.goto(`${SLUG}/ateliers/${atelier}`);
  const link = page.locator('a[href*="/lessen/"]').first();
  await link.waitFor({ timeout: 20_000 });
  const lesson = await link.getAttribute('href');
  await context.close();
  return { atelier, lesson };
}

async function shoot(browser, base, side, ids) {
  const dir = join(out, side);
  mkdirSync(dir, { recursive: true });
  const taken = [];
  for (const [index, shot] of SHOTS.entries()) {
    const context = await browser.newContext({ baseURL: base, viewport: shot.viewport, locale: 'nl-NL' });
    if (shot.as)
      await graphql(
        context,
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        {
          e: EMAIL[shot.as],
          p: 'werkplaats-demo',
        },
      );
    const page = await context.newPage();
    await page.goto(shot.path(ids), { waitUntil: 'networkidle' });
    // What the page shows once its questions are answered: no skeleton or "Even geduld" left, and for a signed-in
    // person no "Inloggen" (the header knows them).
    await page
      .waitForFunction(
        (signedIn) =>
          !document.querySelector('.state--loading') &&
          !document.body.innerText.includes('Even geduld') &&
          (!signedIn ||
            ![...document.querySelectorAll('a, button')].some((e) => e.textContent.trim() === 'Inloggen')),
        Boolean(shot.as),
        { timeout: 30_000 },
      )
      .catch(() =>
        console.warn(`${side} ${shot.name}: still loading or signed out after 30 s, taken as it is`),
      );
    await page.waitForTimeout(300);
    const file = `${String(index + 1).padStart(2, '0')}-${shot.name}.png`;
    await page.screenshot({ path: join(dir, file) });
    taken.push(file);
    await context.close();
  }
  return taken;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const files = {};
  for (const [side, base] of [
    ['before', values.before],
    ['after', values.after],
  ]) {
    files[side] = await shoot(browser, base, side, await idsOf(browser, base));
  }
  const rows = SHOTS.map(
    (shot, i) =>
      `| ${i + 1} | ${shot.what} | ${shot.as ?? 'visitor'}, ${shot.viewport.width} px | ![before](before/${files.before[i]}) | ![after](after/${files.after[i]}) |`,
  );
  const index = [
    '# The UX round (issue 19), before and after',
    '',
    'Taken by `apps/web/scripts/ux-screenshots.mjs` from two builds on the same demo data: before is the main branch',
    'as it was before the round (commit 17fa6de), after is the commit this file came with. Each row is the same',
    'address, as the same demo person, at the same window size.',
    '',
    '| # | what was seen | who, width | before | after |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  // Written as the repository's formatter would (the test command checks every Markdown file).
  const file = join(out, 'README.md');
  writeFileSync(file, await format(index, { ...(await resolveConfig(file)), filepath: file }));
  console.log(`Wrote ${SHOTS.length * 2} screenshots to ${out}`);
} finally {
  await browser.close();
}
