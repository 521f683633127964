#!/usr/bin/env node
// Measures the personal-data check on the labelled corpus (test/corpus.json): recall on the sentences
// with personal data, false alarms on those without, both by kind, and the browser cost of the package
// (gzip size of its built JavaScript, the first-name list included). Prints the figures and writes them
// to bench/results/privacy-check.json. A measurement, not a test: it never fails on the figures.
// Run: pnpm --filter @werkplaats/privacy-check measure (builds first), or pnpm bench --privacy-check.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findPersonalData, FINDING_KINDS } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const root = join(packageDir, '..', '..');
const corpus = JSON.parse(readFileSync(join(packageDir, 'test', 'corpus.json'), 'utf8'));

/** Where each labelled span is in its sentence: the n-th label with the same text is its n-th occurrence. */
function locate(text, spans) {
  const from = new Map();
  return spans.map((span) => {
    const start = text.indexOf(span.text, from.get(span.text) ?? 0);
    if (start < 0) throw new Error(`label "${span.text}" not found in "${text}"`);
    from.set(span.text, start + span.text.length);
    return { ...span, start, end: start + span.text.length };
  });
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const pct = (n, d) => (d === 0 ? null : Math.round((1000 * n) / d) / 10);

/** Recall and false alarms over a set of labelled sentences. */
function measure(sentences) {
  const byKind = Object.fromEntries(
    FINDING_KINDS.map((k) => [k, { spans: 0, found: 0, foundAsKind: 0, falseAlarms: 0 }]),
  );
  let positives = 0;
  let caught = 0;
  let negatives = 0;
  let alarmed = 0;
  let strayOnPositives = 0;
  const misses = [];
  const falseAlarmSentences = [];
  for (const sentence of sentences) {
    const findings = findPersonalData(sentence.text, { extraWords: corpus.extraWords });
    if (sentence.personalData.length > 0) {
      positives++;
      const spans = locate(sentence.text, sentence.personalData);
      let all = true;
      for (const span of spans) {
        const stats = byKind[span.kind];
        stats.spans++;
        const hit = findings.find((f) => overlaps(f, span));
        if (hit) stats.found++;
        if (findings.some((f) => f.kind === span.kind && overlaps(f, span))) stats.foundAsKind++;
        if (!hit) {
          all = false;
          misses.push({ id: sentence.id, kind: span.kind, span: span.text, text: sentence.text });
        }
      }
      if (all) caught++;
      strayOnPositives += findings.filter((f) => !spans.some((s) => overlaps(f, s))).length;
    } else {
      negatives++;
      if (findings.length > 0) {
        alarmed++;
        for (const f of findings) byKind[f.kind].falseAlarms++;
        falseAlarmSentences.push({
          id: sentence.id,
          text: sentence.text,
          findings: findings.map((f) => `${f.kind}: ${f.text}`),
        });
      }
    }
  }
  return {
    sentences: sentences.length,
    recall: { caught, of: positives, percent: pct(caught, positives) },
    falseAlarms: { alarmed, of: negatives, percent: pct(alarmed, negatives) },
    findingsOutsideLabelsOnPositives: strayOnPositives,
    byKind: Object.fromEntries(
      Object.entries(byKind).map(([kind, s]) => [
        kind,
        { ...s, recallPercent: pct(s.found, s.spans), recallAsKindPercent: pct(s.foundAsKind, s.spans) },
      ]),
    ),
    misses,
    falseAlarmSentences,
  };
}

function print(name, r) {
  console.log(`${name}: ${r.sentences} sentences`);
  console.log(
    `  recall:       ${r.recall.caught}/${r.recall.of} sentences with personal data caught = ${r.recall.percent} % (target ≥ 95 %)`,
  );
  console.log(
    `  false alarms: ${r.falseAlarms.alarmed}/${r.falseAlarms.of} sentences without personal data flagged = ${r.falseAlarms.percent} % (target ≤ 10 %)`,
  );
  console.log(
    `  findings outside the labels on sentences with personal data: ${r.findingsOutsideLabelsOnPositives}`,
  );
  console.log('  by kind (labelled spans found / of, found as that kind; false alarms on clean sentences):');
  for (const [kind, s] of Object.entries(r.byKind))
    console.log(
      `    ${kind.padEnd(26)} ${String(s.found).padStart(3)}/${String(s.spans).padEnd(3)} ${String(s.foundAsKind).padStart(3)} as kind   false alarms ${s.falseAlarms}`,
    );
  for (const m of r.misses) console.log(`  missed ${m.kind} "${m.span}" in #${m.id}: ${m.text}`);
  for (const f of r.falseAlarmSentences)
    console.log(`  false alarm #${f.id} [${f.findings.join('; ')}]: ${f.text}`);
}

// "development": written alongside the rules; "holdout": written after the rules were frozen, measured
// as they were first run (see the package README), so it says how the rules do on sentences they were not tuned on.
const all = measure(corpus.sentences);
const sets = Object.fromEntries(
  ['development', 'holdout'].map((set) => [set, measure(corpus.sentences.filter((s) => s.set === set))]),
);

// The browser's cost: every built module, gzipped together (what a bundler ships, before minifying).
const dist = join(packageDir, 'dist');
const js = readdirSync(dist)
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(join(dist, f), 'utf8'))
  .join('\n');
const size = { rawBytes: Buffer.byteLength(js), gzipBytes: gzipSync(js, { level: 9 }).length };

const result = {
  date: new Date().toISOString(),
  targets: { recallPercent: '>= 95', falseAlarmPercent: '<= 10' },
  all,
  ...sets,
  size,
};

print('All', all);
for (const [set, r] of Object.entries(sets)) print(`Set "${set}"`, r);
console.log(
  `Size: ${(size.rawBytes / 1024).toFixed(1)} KB built, ${(size.gzipBytes / 1024).toFixed(1)} KB gzip`,
);

const out = join(root, 'bench', 'results', 'privacy-check.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(`Written to ${out.slice(root.length + 1)}`);
