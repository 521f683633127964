import { CATALOGUES, LOCALES, format, type Locale, type MessageKey } from '@werkplaats/i18n';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'werkplaats.locale';

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** A message of the catalogue, with `{placeholders}` filled in. */
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  formatDate: (iso: string, options?: Intl.DateTimeFormatOptions) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return (LOCALES as readonly string[]).includes(stored ?? '') ? (stored as Locale) : 'nl';
}

/** Dutch by default; the choice is kept in this browser and sets the page's `lang`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
    return {
      locale,
      setLocale,
      t: (key, values) => format(CATALOGUES[locale][key], values),
      formatDate: (iso, options = { day: 'numeric', month: 'long', year: 'numeric' }) => new Intl.DateTimeFormat(tag, options).format(new Date(iso)),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider');
  return value;
}
