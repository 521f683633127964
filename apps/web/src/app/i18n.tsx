import { format, LOCALES, type Locale, type MessageKey } from '@werkplaats/i18n';
import { nl } from '@werkplaats/i18n/nl';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'werkplaats.locale';

type Catalogue = Record<MessageKey, string>;

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** A message of the catalogue, with `{placeholders}` filled in. */
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  formatDate: (iso: string, options?: Intl.DateTimeFormatOptions) => string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return (LOCALES as readonly string[]).includes(stored ?? '') ? (stored as Locale) : 'nl';
}

// Dutch ships with the first page; English loads when someone asks for it (a smaller first bundle).
const loadCatalogue = (locale: Locale): Promise<Catalogue> =>
  locale === 'nl' ? Promise.resolve(nl) : import('@werkplaats/i18n/en').then((m) => m.en);

/** Dutch by default; the choice is kept in this browser and sets the page's `lang`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [active, setActive] = useState<{ locale: Locale; catalogue: Catalogue }>({
    locale: 'nl',
    catalogue: nl,
  });
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    void loadCatalogue(next).then((catalogue) => setActive({ locale: next, catalogue }));
  }, []);
  useEffect(() => {
    const wanted = storedLocale();
    if (wanted !== 'nl')
      void loadCatalogue(wanted).then((catalogue) => setActive({ locale: wanted, catalogue }));
  }, []);
  useEffect(() => {
    document.documentElement.lang = active.locale;
  }, [active.locale]);
  const value = useMemo<I18n>(() => {
    const tag = active.locale === 'nl' ? 'nl-NL' : 'en-GB';
    return {
      locale: active.locale,
      setLocale,
      t: (key, values) => format(active.catalogue[key], values),
      formatDate: (iso, options = { day: 'numeric', month: 'long', year: 'numeric' }) =>
        new Intl.DateTimeFormat(tag, options).format(new Date(iso)),
    };
  }, [active, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider');
  return value;
}
