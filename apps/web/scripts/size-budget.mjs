// The first route's JavaScript must stay ≤ 150 KB gzip: index.html's entry script and the chunks it
// imports statically, plus the agenda page (the first route's lazy chunk). Run after `vite build`.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dist = resolve(fileURLToPath(import.meta.url), '../../dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const seen = new Set();
function collect(key) {
  if (seen.has(key)) return;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) collect(imported);
}
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
collect(entry);
// The agenda is the first route; if it is ever split off again, its chunk counts too.
const firstPage = Object.keys(manifest).find((key) => key.endsWith('modules/agenda/AgendaPage.tsx'));
if (firstPage) collect(firstPage);

let total = 0;
const rows = [];
for (const key of seen) {
  const file = manifest[key].file;
  const size = gzipSync(readFileSync(join(dist, file))).length;
  total += size;
  rows.push(`  ${file}: ${(size / 1024).toFixed(1)} KB`);
}
const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).length;
console.log(
  `First route JavaScript (gzip): ${(total / 1024).toFixed(1)} KB of ${BUDGET_KB} KB budget, ${chunks} chunks in all\n${rows.join('\n')}`,
);
if (total > BUDGET_KB * 1024) {
  console.error(`Over budget by ${((total - BUDGET_KB * 1024) / 1024).toFixed(1)} KB.`);
  process.exit(1);
}
