import { en } from './en.js';
import { nl, type MessageKey } from './nl.js';

export { en, nl, type MessageKey };

/** The languages of the UI; Dutch first. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { nl, en };

/** Fills `{name}` placeholders of a message. Unknown placeholders stay visible, so a mistake shows. */
export function format(message: string, values: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function translate(locale: Locale, key: MessageKey, values?: Record<string, string | number>): string {
  return format(CATALOGUES[locale][key], values);
}
