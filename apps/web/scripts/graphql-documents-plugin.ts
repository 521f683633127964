// Vite plugin: each `graphql(`…`)` call in the app becomes an import of that one document, so a page's chunk
// carries only its own GraphQL documents.
//
// Without it, graphql-codegen's client preset resolves `graphql(source)` at run time through one map of every
// document of the app (src/gql/gql.ts, ~280 kB), which every page then loads. The preset's own answer is its
// babel/SWC plugin, which rewrites the call to an import from the generated graphql.ts; that alone does not help
// with Rolldown (or Rollup), which keeps a module in one chunk: graphql.ts, with every document some page uses,
// would still be one shared chunk. So this plugin gives every document a small module of its own
// (`\0graphql-document:<kind>:<name>@<graphql.ts>`; no `#`, which a browser would cut off in development),
// whose text is exactly the generated document in graphql.ts, and the bundler places each with the pages that
// use it. The typed `graphql()` overloads in gql.ts still type the
// calls for TypeScript; only the run-time lookup is replaced. A call whose document is not generated (stale
// codegen) fails the build with the command to run.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

const PREFIX = '\0graphql-document:';
// The generated documents are one line each: `export const XDocument = {…} as unknown as DocumentNode<…>;`.
const EXPORT_LINE = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;
// The app imports `graphql` from a codegen output directory: '…/gql', '…/gql-shell' (or their index).
const ARTIFACT_IMPORT = /(^|\/)gql(-shell)?(\/index(\.ts)?)?$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, visit);
    } else if (isNode(value)) {
      walk(value, visit);
    }
  }
}

/** The key of a document: the kind and name of its first definition, unique within one codegen output. */
function keyOf(definition: { kind: string; name?: { value: string } | null }): string | null {
  if (definition.kind !== 'OperationDefinition' && definition.kind !== 'FragmentDefinition') return null;
  return definition.name ? `${definition.kind}:${definition.name.value}` : null;
}

export function graphqlDocuments(): Plugin {
  // graphql.ts path -> document key -> the document's JSON text.
  const artifacts = new Map<string, Map<string, string>>();

  function documentsOf(file: string): Map<string, string> {
    let documents = artifacts.get(file);
    if (!documents) {
      documents = new Map();
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const match = EXPORT_LINE.exec(line);
        if (!match?.[2]) continue;
        const document = JSON.parse(match[2]) as { definitions: Parameters<typeof keyOf>[0][] };
        const first = document.definitions[0];
        const key = first ? keyOf(first) : null;
        if (key) documents.set(key, match[2]);
      }
      artifacts.set(file, documents);
    }
    return documents;
  }

  return {
    name: 'werkplaats:graphql-documents',
    // After Vite has turned TypeScript and JSX into JavaScript, so the module parses as plain ESM.
    enforce: 'post',
    // A regenerated graphql.ts (in development) is read again.
    watchChange(id) {
      artifacts.delete(id);
    },
    resolveId(source) {
      return source.startsWith(PREFIX) ? source : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const at = id.indexOf('@');
      const key = id.slice(PREFIX.length, at);
      const file = id.slice(at + 1);
      const text = documentsOf(file).get(key);
      if (text === undefined) throw new Error(`GraphQL document ${key} is not in ${file}`);
      this.addWatchFile(file);
      return `export default ${text};\n`;
    },
    transform(code, id) {
      // The generated files only declare; once no call reaches gql.ts's map, nothing of them need load.
      if (/\/src\/gql(-shell)?\/(index|gql|graphql)\.ts$/.test(id)) return { code, moduleSideEffects: false };
      if (id.startsWith('\0') || id.includes('/node_modules/') || !/\.tsx?$/.test(id.split('?')[0] ?? '')) {
        return null;
      }
      if (!code.includes('graphql(')) return null;
      const program = this.parse(code) as unknown as Node;
      // The local names bound to an output directory's `graphql`, with that directory's graphql.ts.
      const imported = new Map<string, string>();
      for (const statement of program.body as Node[]) {
        if (statement.type !== 'ImportDeclaration') continue;
        const source = (statement.source as { value: string }).value;
        if (!ARTIFACT_IMPORT.test(source)) continue;
        const directory = resolve(dirname(id), source.replace(/\/index(\.ts)?$/, ''));
        for (const specifier of statement.specifiers as Node[]) {
          const name = specifier.imported as { name?: string } | undefined;
          if (specifier.type === 'ImportSpecifier' && name?.name === 'graphql') {
            imported.set((specifier.local as { name: string }).name, resolve(directory, 'graphql.ts'));
          }
        }
      }
      if (imported.size === 0) return null;

      const replacements: { start: number; end: number; local: string }[] = [];
      const imports = new Map<string, string>();
      walk(program, (node) => {
        if (node.type !== 'CallExpression') return;
        const callee = node.callee as Node;
        const artifact = callee.type === 'Identifier' ? imported.get(callee.name as string) : undefined;
        const [argument] = node.arguments as Node[];
        if (!artifact || !argument || argument.type !== 'TemplateLiteral') return;
        const quasis = argument.quasis as { value: { cooked: string } }[];
        if (quasis.length !== 1 || !quasis[0]) {
          this.error(`${id}: graphql() takes one template literal without \${…}`);
        }
        const [definition] = parse(quasis[0].value.cooked).definitions;
        const key = definition ? keyOf(definition) : null;
        if (!key || !documentsOf(artifact).has(key)) {
          this.error(
            `${id}: ${key ?? 'an unnamed document'} is not generated in ${artifact}; run \`pnpm --filter @werkplaats/web codegen\`.`,
          );
        }
        const target = `${PREFIX}${key}@${artifact}`;
        let local = imports.get(target);
        if (!local) {
          local = `__graphqlDocument${imports.size}`;
          imports.set(target, local);
        }
        replacements.push({ start: node.start, end: node.end, local });
      });
      if (replacements.length === 0) return null;

      let output = code;
      for (const { start, end, local } of replacements.sort((a, b) => b.start - a.start)) {
        if (!/^\w+\(\s*`/.test(output.slice(start, start + 80)) || output[end - 1] !== ')') {
          this.error(`${id}: unexpected source positions from the parser`);
        }
        output = output.slice(0, start) + local + output.slice(end);
      }
      // On the first line, so the lines of the module stay where they were.
      const header = [...imports].map(([target, local]) => `import ${local} from ${JSON.stringify(target)};`);
      return { code: header.join('') + output, map: null };
    },
  };
}
