// The atelier page's first visit under a phone's conditions, measured in the browser itself (not Lighthouse's
// simulation): Chromium throttled to 4x slower CPU, 150 ms latency, 1.6 Mbit/s down. Reports, per run, the largest
// contentful paint and the main thread's blocking time (the part of each long task over 50 ms), and their medians.
//
//   node scripts/first-visit-lcp.mjs <base URL of a running app with the demo data> [runs, default 5]
//
// Compare two builds by running it against each, alternating (the machine's load moves the figures).
/* global window */ // The page's own, in the functions run inside it.
import { chromium } from 'playwright-core';

const [, , base = 'http://127.0.0.1:3000', runs = '5'] = process.argv;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const setup = await browser.newPage();
await setup.goto(`${base}/w/arnhem-nijmegen`);
const link = setup.getByRole('link', { name: 'Leeratelier Eenzaamheid en betekenisvol contact' }).first();
await link.waitFor();
const url = base + (await link.getAttribute('href'));
await setup.close();

const results = [];
for (let run = 0; run < Number(runs); run++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__lcp = 0;
    window.__blocking = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__blocking += Math.max(0, entry.duration - 50);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.locator('p.lead').waitFor({ timeout: 60_000 });
  // Long enough for what the page asks after its first paint to be drawn too.
  await page.waitForTimeout(3000);
  results.push(
    await page.evaluate(() => ({
      lcpMs: Math.round(window.__lcp),
      blockingMs: Math.round(window.__blocking),
    })),
  );
  await context.close();
}
await browser.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  JSON.stringify({
    base,
    runs: results,
    medianLcpMs: median(results.map((r) => r.lcpMs)),
    medianBlockingMs: median(results.map((r) => r.blockingMs)),
  }),
);
