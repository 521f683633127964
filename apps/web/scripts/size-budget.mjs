// A first route's JavaScript must stay ≤ 150 KB gzip: index.html's entry script and the chunks it imports
// statically, plus the route's page (its lazy chunk; a front door's texts are in the shell's catalogue, the other
// pages' come after). Run after `vite build`.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dist = resolve(fileURLToPath(import.meta.url), '../../dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const size = (key) => gzipSync(readFileSync(join(dist, manifest[key].file))).length;
/** The chunks a key loads: itself and what it imports statically, transitively. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
}
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
// Two front doors, each the shell and its page's chunk: the list of werkplaatsen (`/`) and a werkplaats's
// agenda (`/w/<slug>`). Each must fit the budget on its own.
const doors = [
  ['/', 'modules/workshop/WorkshopsPage.tsx'],
  ['/w/<slug>', 'modules/agenda/AgendaPage.tsx'],
];
const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).length;
let over = false;
for (const [route, page] of doors) {
  const seen = closure(entry);
  const pageKey = Object.keys(manifest).find((key) => key.endsWith(page));
  if (pageKey) closure(pageKey, seen);
  let total = 0;
  const rows = [];
  for (const key of seen) {
    total += size(key);
    rows.push(`  ${manifest[key].file}: ${(size(key) / 1024).toFixed(1)} KB`);
  }
  console.log(
    `First route ${route} JavaScript (gzip): ${(total / 1024).toFixed(1)} KB of ${BUDGET_KB} KB budget, ${chunks} chunks in all\n${rows.join('\n')}`,
  );
  if (total > BUDGET_KB * 1024) {
    console.error(`${route} is over budget by ${((total - BUDGET_KB * 1024) / 1024).toFixed(1)} KB.`);
    over = true;
  }
}
if (over) process.exit(1);
