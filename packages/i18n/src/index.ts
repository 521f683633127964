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

/** Fills `{name}` placeholders of a message. Unknown placeholders stay visible, so a mistake shows. */
export function format(message: string, values: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
