import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nl } from '@werkplaats/i18n/nl';
import { nlPages } from '@werkplaats/i18n/nl-pages';

// The frame and the front doors draw with the shell's texts only (the other pages' texts come after the first
// page): every text their code uses, found by following the static imports from main.tsx and the front doors'
// pages, must be in the shell catalogue, or it would show a key instead of a word.
const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.tsx`,
    `${base}.ts`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

function shellFiles(): string[] {
  const seen = new Set<string>();
  // The shell and the two front doors, which draw with the shell's texts (plain `lazy` in the router).
  const queue = ['main.tsx', 'modules/agenda/AgendaPage.tsx', 'modules/workshop/WorkshopsPage.tsx'].map((f) =>
    join(src, f),
  );
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only (`import(…)` is another chunk); `import type` brings no code.
    for (const [, spec] of code.matchAll(
      /^import\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm,
    )) {
      const target = resolveImport(file, spec!);
      if (target) queue.push(target);
    }
  }
  return [...seen];
}

describe('texts of the shell', () => {
  const files = shellFiles();
  const shellKeys = new Set(Object.keys(nl));
  const pageKeys = new Set(Object.keys(nlPages));

  it('finds the shell’s code by its imports', () => {
    const names = files.map((f) => f.slice(src.length + 1));
    expect(names).toEqual(
      expect.arrayContaining(['app/Layout.tsx', 'app/router.tsx', 'modules/common/States.tsx']),
    );
    expect(names).not.toContain('modules/auth/SignInPage.tsx');
  });

  it.each(files.map((f) => [f.slice(src.length + 1), f]))('%s uses only shell texts', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    // Any string in the code that names a page text (`t('privacy.title')`, `t(ok ? 'a.b' : 'c.d')`, a key in a
    // table) would draw as its key here.
    const named = [...code.matchAll(/['`]([a-zA-Z]+\.[\w.]+)['`]/g)].map((m) => m[1]!);
    const missing = named.filter((k) => pageKeys.has(k) && !shellKeys.has(k));
    // `t(\`status.${…}\`)`: a text chosen at run time under a prefix; none of that prefix may be a page text.
    const prefixes = [...code.matchAll(/\bt\(\s*`([\w.]+)\$\{/g)].map((m) => m[1]!);
    const missingUnder = prefixes.flatMap((prefix) => [...pageKeys].filter((k) => k.startsWith(prefix)));
    expect([...missing, ...missingUnder]).toEqual([]);
  });
});
