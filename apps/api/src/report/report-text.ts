import { format, type Locale } from '@werkplaats/i18n';
import { en } from '@werkplaats/i18n/en';
import { enPages } from '@werkplaats/i18n/en-pages';
import { nl } from '@werkplaats/i18n/nl';
import { nlPages } from '@werkplaats/i18n/nl-pages';

/** The catalogues the web app shows, so a report names things as the pages do (one wording per language). */
const CATALOGUES = {
  nl: { ...nl, ...nlPages },
  en: { ...en, ...enPages },
} as const satisfies Record<Locale, Record<string, string>>;

type Key = keyof (typeof CATALOGUES)['nl'];

/** The texts of one language: `t(key, values)` as in the web app, `label(prefix, value)` for an enum's name. */
export function reportTexts(locale: Locale) {
  const catalogue: Record<string, string> = CATALOGUES[locale];
  const t = (key: Key, values?: Record<string, string | number>) =>
    format(catalogue[key] ?? key, values, locale);
  const label = (prefix: string, value: string) => catalogue[`${prefix}.${value}`] ?? value;
  const date = (value: Date) =>
    new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }).format(value);
  return { locale, t, label, date };
}

export type ReportTexts = ReturnType<typeof reportTexts>;

/** The report's language from `?lang=`: Dutch unless English is asked for. */
export function reportLocale(lang: unknown): Locale {
  return lang === 'en' ? 'en' : 'nl';
}
