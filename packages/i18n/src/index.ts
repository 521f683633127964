import type { MessageKey } from './nl.js';

export type { MessageKey };

/** The languages of the UI; Dutch first. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The catalogues themselves are separate entry points (`@werkplaats/i18n/nl`, `/en`), so an app loads only the one it shows. */

/** Fills `{name}` placeholders of a message. Unknown placeholders stay visible, so a mistake shows. */
export function format(message: string, values: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
