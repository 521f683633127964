import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AXE_EVIDENCE } from './accessibility-evidence';

const e2e = fileURLToPath(new URL('../../../e2e/', import.meta.url));
const spec = (name: string) => `${e2e}${name}.e2e-spec.ts`;
const runsAxe = (source: string) => /axeViolations\(/.test(source);
const onAPhone = (source: string) => /width: 3[69]0\b|PHONE\b/.test(source);

/** The accessibility statement's evidence is the test suite as it is: nothing claimed that is not tested, nothing left out. */
describe('the accessibility statement’s evidence', () => {
  it.each(AXE_EVIDENCE.map((e) => [e.page, e] as const))(
    '%s: each spec named runs axe',
    (_page, evidence) => {
      for (const name of evidence.specs) {
        expect(existsSync(spec(name))).toBe(true);
        expect(runsAxe(readFileSync(spec(name), 'utf8'))).toBe(true);
      }
      if (evidence.phone) {
        expect(evidence.specs.some((name) => onAPhone(readFileSync(spec(name), 'utf8')))).toBe(true);
      }
    },
  );

  it('names every browser spec that runs axe', () => {
    const named = new Set(AXE_EVIDENCE.flatMap((e) => e.specs));
    const withAxe = readdirSync(e2e)
      .filter((file) => file.endsWith('.e2e-spec.ts'))
      .filter((file) => runsAxe(readFileSync(`${e2e}${file}`, 'utf8')))
      .map((file) => file.replace('.e2e-spec.ts', ''));
    expect(withAxe.filter((name) => !named.has(name))).toEqual([]);
  });
});
