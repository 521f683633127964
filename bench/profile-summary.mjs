// Summarises a V8 .cpuprofile (what `pnpm bench --profile` records of the API): self time by package and the
// hottest functions. `node bench/profile-summary.mjs <file.cpuprofile>` prints Markdown.
import { readFileSync } from 'node:fs';

/** Where a frame's code lives: a package, the app, Node itself, or a V8 pseudo-frame. */
function category(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node (core)';
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pnpm) return pnpm[1];
  const plain = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (plain) return plain[1];
  if (url.includes('/apps/api/dist/generated/')) return 'app: generated Prisma client';
  if (url.includes('/apps/api/dist/')) return `app: ${url.split('/apps/api/dist/')[1].split('/')[0]}`;
  if (url.includes('/bench/')) return 'bench (statement counter)';
  return url;
}

export function summarise(profile, top = 15) {
  const { nodes, samples, timeDeltas } = profile;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const self = new Map();
  samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byCategory = new Map();
  const byFunction = new Map();
  for (const [id, micros] of self) {
    const { callFrame } = byId.get(id);
    const cat = category(callFrame.url, callFrame.functionName);
    byCategory.set(cat, (byCategory.get(cat) ?? 0) + micros);
    const fn = callFrame.url
      ? `${callFrame.functionName || '(anonymous)'} — ${cat}:${callFrame.lineNumber + 1}`
      : callFrame.functionName || '(native)';
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  }
  const idle = byCategory.get('(idle)') ?? 0;
  const busy = total - idle;
  const rows = (map) =>
    [...map.entries()]
      .filter(([key]) => key !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([key, micros]) =>
          `| ${key.replaceAll('|', '\\|')} | ${(micros / 1000).toFixed(0)} | ${((micros / busy) * 100).toFixed(1)} % |`,
      );
  return [
    `Profiled ${(total / 1e6).toFixed(1)} s, of which busy ${(busy / 1e6).toFixed(1)} s (idle excluded below).`,
    '',
    '| where (self time) | ms | share of busy |',
    '| --- | ---: | ---: |',
    ...rows(byCategory),
    '',
    '| hottest functions (self time) | ms | share of busy |',
    '| --- | ---: | ---: |',
    ...rows(byFunction),
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node bench/profile-summary.mjs <file.cpuprofile>');
    process.exit(2);
  }
  console.log(summarise(JSON.parse(readFileSync(file, 'utf8'))));
}
