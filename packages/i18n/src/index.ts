import type { PageKey } from './nl-pages.js';
import type { ShellKey } from './nl.js';

export type { PageKey, ShellKey };
/** Any UI text: the shell's (with the first page) or the other pages' (loaded after it). */
export type MessageKey = ShellKey | PageKey;

/** The languages of the UI; Dutch first. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The catalogues themselves are separate entry points (`@werkplaats/i18n/nl`, `/nl-pages`, `/en`, `/en-pages`), so an
 * app loads only the language it shows, and the other pages' texts after the first page.
 */

/**
 * Fills `{name}` placeholders of a message, and chooses ICU plural forms by the number given:
 * `{count, plural, one {# les} other {# lessen}}` (also `=0 {…}`), `#` being the number written for the language.
 * Unknown placeholders stay visible, so a mistake shows.
 */
export function format(
  message: string,
  values: Record<string, string | number> = {},
  locale: Locale = 'nl',
): string {
  return plurals(message, values, locale).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

const PLURAL_HEAD = /^\{(\w+),\s*plural,/;

// Building an Intl formatter costs far more than using one (it loads the locale's data); a page formats hundreds of
// texts on its first render, so each language keeps one of each.
const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();
function pluralRulesOf(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}
function numberFormatOf(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

function plurals(message: string, values: Record<string, string | number>, locale: Locale): string {
  // Most texts have no plural at all: they pass through untouched.
  if (!/,\s*plural,/.test(message)) return message;
  let out = '';
  let from = 0;
  for (let start = message.indexOf('{'); start >= 0; start = message.indexOf('{', start + 1)) {
    const head = PLURAL_HEAD.exec(message.slice(start));
    if (!head || start < from) continue;
    let depth = 0;
    let end = start;
    for (; end < message.length; end++) {
      if (message[end] === '{') depth++;
      else if (message[end] === '}' && --depth === 0) break;
    }
    const forms: Record<string, string> = {};
    for (const [, selector, text] of message
      .slice(start + head[0].length, end)
      .matchAll(/(=\d+|\w+)\s*\{((?:[^{}]|\{\w+\})*)\}/g)) {
      forms[selector!] = text!;
    }
    const n = Number(values[head[1]!]);
    // A whole number below 1000 is written and chosen alike in Dutch and English (one for 1, other otherwise, no
    // group separator): the first render then needs no Intl formatter at all, whose first use loads ICU data.
    const small = Number.isInteger(n) && Math.abs(n) < 1000;
    const category = small ? (Math.abs(n) === 1 ? 'one' : 'other') : pluralRulesOf(locale).select(n);
    const form = forms[`=${n}`] ?? forms[category] ?? forms.other ?? '';
    out +=
      message.slice(from, start) + form.replace(/#/g, small ? String(n) : numberFormatOf(locale).format(n));
    from = end + 1;
  }
  return out + message.slice(from);
}
