import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The house rule for field resolvers: one without arguments takes `(parent, args, ctx)` as GraphQL passes them,
// with no parameter decorators, so @nestjs/graphql calls it directly instead of through its async wrapper (pipes,
// parameter exchange and two promises per call; a feed page makes about a hundred such calls). A field with
// arguments keeps `@Args()`, which is where the schema's arguments come from, and then every parameter is
// decorated (`@Parent()`, `@Context()`): Nest fills decorated parameters only, so a plain one would be undefined.
const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function resolverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : resolverFiles(path);
    return entry.name.endsWith('.resolver.ts') ? [path] : [];
  });
}

/** A parameter list split at its top-level commas. */
function params(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if ('({['.includes(char)) depth++;
    if (')}]'.includes(char)) depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Each `@ResolveField(…)` method: its name and parameter list. */
function fieldResolvers(file: string): { name: string; params: string }[] {
  const text = readFileSync(file, 'utf8');
  const found: { name: string; params: string }[] = [];
  for (const match of text.matchAll(/@ResolveField\(/g)) {
    // Skip the decorator's own arguments (balanced parentheses), then read `name(params)`.
    let i = match.index + match[0].length;
    for (let depth = 1; depth > 0; i++) depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
    const method = /^\s*(?:async\s+)?(\w+)\(/.exec(text.slice(i));
    if (!method) continue;
    let j = i + method[0].length;
    const start = j;
    for (let depth = 1; depth > 0; j++) depth += text[j] === '(' ? 1 : text[j] === ')' ? -1 : 0;
    found.push({ name: method[1]!, params: text.slice(start, j - 1) });
  }
  return found;
}

describe('field resolvers', () => {
  const all = resolverFiles(src).flatMap((file) =>
    fieldResolvers(file).map((r) => ({ ...r, where: `${relative(src, file)} ${r.name}` })),
  );

  it('are found in the resolvers', () => {
    expect(all.length).toBeGreaterThan(60);
  });

  it('take no parameter decorators unless the field has arguments, and then every parameter has one', () => {
    const decorated = all.filter((r) => r.params.includes('@') && !r.params.includes('@Args('));
    expect(decorated.map((r) => r.where)).toEqual([]);
    const withArguments = all.filter((r) => r.params.includes('@Args('));
    expect(withArguments.length).toBeGreaterThan(0);
    const halfDecorated = withArguments.filter((r) => params(r.params).some((p) => !p.startsWith('@')));
    expect(halfDecorated.map((r) => r.where)).toEqual([]);
  });
});
