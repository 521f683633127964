import { format } from '@werkplaats/i18n';
import { beheerEn } from '@werkplaats/i18n/beheer-en';
import { beheerNl } from '@werkplaats/i18n/beheer-nl';
import { en } from '@werkplaats/i18n/en';
import { enPages } from '@werkplaats/i18n/en-pages';
import { nl } from '@werkplaats/i18n/nl';
import { nlPages } from '@werkplaats/i18n/nl-pages';

const catalogues: [name: string, locale: 'nl' | 'en', texts: Record<string, string>][] = [
  ['nl', 'nl', nl],
  ['nl-pages', 'nl', nlPages],
  ['beheer-nl', 'nl', beheerNl],
  ['en', 'en', en],
  ['en-pages', 'en', enPages],
  ['beheer-en', 'en', beheerEn],
];

/** Placeholders that stand for a number of things, wherever a message uses them. */
const COUNTS = ['count', 'total', 'capacity', 'issues', 'ateliers', 'insights'];

/** The message with its plural constructs cut out: what is left must name no count bare. */
function outsidePlurals(message: string): string {
  let out = '';
  let depth = 0;
  let inPlural = false;
  for (let i = 0; i < message.length; i++) {
    if (!inPlural && /^\{\w+,\s*plural,/.test(message.slice(i))) inPlural = true;
    if (inPlural) {
      if (message[i] === '{') depth++;
      else if (message[i] === '}' && --depth === 0) inPlural = false;
      continue;
    }
    out += message[i];
  }
  return out;
}

describe('plurals and numbers', () => {
  it('chooses the form by the number, in both languages', () => {
    const nlResults = '{count, plural, one {# resultaat} other {# resultaten}} voor "{query}"';
    expect(format(nlResults, { count: 1, query: 'eenzaam' }, 'nl')).toBe('1 resultaat voor "eenzaam"');
    expect(format(nlResults, { count: 2, query: 'eenzaam' }, 'nl')).toBe('2 resultaten voor "eenzaam"');
    expect(format(nlResults, { count: 0, query: 'eenzaam' }, 'nl')).toBe('0 resultaten voor "eenzaam"');
    expect(format(nlResults, { count: 1200, query: 'x' }, 'nl')).toBe('1.200 resultaten voor "x"');
    expect(format(en['search.results'], { count: 1, query: 'lonely' }, 'en')).toBe('1 result for "lonely"');
    expect(format('{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 }, 'en')).toBe('none');
  });

  it.each(catalogues)(
    '%s: every count is said with a plural form (a tally "Label (3)" or "Label: 3" aside)',
    (_name, _l, texts) => {
      const bare = Object.entries(texts).flatMap(([key, message]) =>
        COUNTS.filter((name) => {
          const rest = outsidePlurals(message);
          // A tally after a label, "Kwesties (3)" or "Gevonden: 3.", needs no noun to agree with the number,
          // nor does the first number of "2 van 30 plaatsen" (the noun agrees with the second).
          const tally = new RegExp(`(\\(\\{${name}\\}\\)|: \\{${name}\\}[.]?$|\\{${name}\\} (van|of) \\{)`);
          return rest.includes(`{${name}}`) && !tally.test(message);
        }).map((name) => `${key}: {${name}}`),
      );
      expect(bare).toEqual([]);
    },
  );

  it.each(catalogues)('%s: every plural form reads whole for one and for many', (_name, locale, texts) => {
    for (const [key, message] of Object.entries(texts)) {
      if (!/, plural,/.test(message)) continue;
      for (const n of [1, 2]) {
        const values = Object.fromEntries(COUNTS.map((name) => [name, n]));
        const text = format(message, values, locale);
        expect([key, text]).toEqual([key, expect.not.stringMatching(/plural|#|\{(count|total|capacity)/)]);
      }
    }
  });
});
