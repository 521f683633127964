import { format, LOCALES, type Locale, type MessageKey, type PageKey, type ShellKey } from '@werkplaats/i18n';
import { nl } from '@werkplaats/i18n/nl';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

const STORAGE_KEY = 'werkplaats.locale';

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** A message of the catalogue, with `{placeholders}` filled in. */
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  formatDate: (iso: string, options?: Intl.DateTimeFormatOptions) => string;
}

const I18nContext = createContext<I18n | null>(null);

function isLocale(value: string | null | undefined): value is Locale {
  return (LOCALES as readonly (string | null | undefined)[]).includes(value);
}

function storedLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : 'nl';
}

// Only the Dutch texts of the shell (the frame and the two front doors) ship with the first JavaScript. The other
// pages' texts load in the background after the first page, and those pages wait for them (`pageTextsReady`, in
// the router); English loads when someone asks for it. A catalogue, once in, is kept here, so `t` reads it at once.
const loaded: Record<Locale, { shell?: Record<ShellKey, string>; pages?: Record<PageKey, string> }> = {
  nl: { shell: nl },
  en: {},
};
const loading = new Map<string, Promise<unknown>>();

function load<T>(name: string, importer: () => Promise<T>, keep: (catalogue: T) => void): Promise<unknown> {
  let promise = loading.get(name);
  if (!promise) {
    promise = importer().then(keep, (error: unknown) => {
      loading.delete(name); // a lost connection: the next page asks again
      throw error;
    });
    loading.set(name, promise);
  }
  return promise;
}

function loadLocale(locale: Locale): Promise<unknown> {
  if (locale === 'nl') {
    return load(
      'nl-pages',
      () => import('@werkplaats/i18n/nl-pages'),
      (m) => (loaded.nl.pages = m.nlPages),
    );
  }
  return Promise.all([
    load(
      'en',
      () => import('@werkplaats/i18n/en'),
      (m) => (loaded.en.shell = m.en),
    ),
    load(
      'en-pages',
      () => import('@werkplaats/i18n/en-pages'),
      (m) => (loaded.en.pages = m.enPages),
    ),
  ]);
}

let shownLocale: Locale = storedLocale();

/** Resolves once every text of the language shown is in: every page but the front doors waits for it. */
export function pageTextsReady(): Promise<unknown> {
  return loadLocale(shownLocale);
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
// A new Intl.DateTimeFormat costs far more than a date written with it (a list writes one per row): one per
// language and set of options. The very first one also loads the browser's locale data, a long task on a phone
// while the first page draws: the forms the app writes most (a day, a day and year, a time) are written here
// directly, exactly as Intl writes them in nl-NL and en-GB.
const MONTHS: Record<string, string[]> = {
  'nl-NL': 'januari februari maart april mei juni juli augustus september oktober november december'.split(
    ' ',
  ),
  'en-GB': 'January February March April May June July August September October November December'.split(' '),
};
const two = (n: number) => String(n).padStart(2, '0');
const PLAIN: Record<string, (date: Date, tag: string) => string | undefined> = {
  [JSON.stringify(DATE)]: (d, tag) => `${d.getDate()} ${MONTHS[tag]?.[d.getMonth()]} ${d.getFullYear()}`,
  [JSON.stringify({ day: 'numeric', month: 'long' })]: (d, tag) =>
    `${d.getDate()} ${MONTHS[tag]?.[d.getMonth()]}`,
  [JSON.stringify({ hour: '2-digit', minute: '2-digit' })]: (d) =>
    `${two(d.getHours())}:${two(d.getMinutes())}`,
};
const dateFormats = new Map<string, Pick<Intl.DateTimeFormat, 'format'>>();
function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Pick<Intl.DateTimeFormat, 'format'> {
  const key = `${tag} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    const plain = MONTHS[tag] ? PLAIN[JSON.stringify(options)] : undefined;
    format = plain
      ? { format: (date) => plain(new Date(date ?? Date.now()), tag) ?? '' }
      : new Intl.DateTimeFormat(tag, options);
    dateFormats.set(key, format);
  }
  return format;
}

// Whether a text was asked for before its catalogue came in (and so was drawn as its key). Only then does a
// catalogue's arrival draw the tree again: pages wait for their texts (`pageTextsReady`), so normally nothing
// drawn is missing one, and a whole extra render of the app while the first page loads is costly on a phone.
let missed = false;

/** Dutch by default; the choice is kept in this browser and sets the page's `lang`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  // `version` moves when a catalogue comes in that a drawn text was missing, so that it is drawn again.
  const [active, setActive] = useState<{ locale: Locale; version: number }>({ locale: 'nl', version: 0 });
  const show = useCallback((next: Locale) => {
    void loadLocale(next).then(() => {
      const redraw = missed;
      missed = false;
      // The same state, when the language is the one shown and nothing drawn lacked a text: React draws nothing.
      setActive((a) => (a.locale === next && !redraw ? a : { locale: next, version: a.version + 1 }));
    });
  }, []);
  const setLocale = useCallback(
    (next: Locale) => {
      localStorage.setItem(STORAGE_KEY, next);
      shownLocale = next;
      show(next);
    },
    [show],
  );
  useEffect(() => show(shownLocale), [show]);
  useEffect(() => {
    document.documentElement.lang = active.locale;
  }, [active.locale]);
  const value = useMemo<I18n>(() => {
    const tag = active.locale === 'nl' ? 'nl-NL' : 'en-GB';
    const catalogues = loaded[active.locale];
    return {
      locale: active.locale,
      setLocale,
      // Read at each call, so a catalogue that came in since is used at once. A text not in yet shows its key
      // rather than nothing (a page never draws before its texts), and is drawn again when it comes.
      t: (key, values) => {
        const text = catalogues.shell?.[key as ShellKey] ?? catalogues.pages?.[key as PageKey];
        if (text === undefined) missed = true;
        return format(text ?? key, values, active.locale);
      },
      formatDate: (iso, options = DATE) => dateFormat(tag, options).format(new Date(iso)),
    };
  }, [active, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * At sign-in (a visitor becomes a person, in this tab) the interface switches to the language the person chose in
 * their profile. Without one saved, the language this browser shows stays: what a visitor chose is not lost. Only at
 * sign-in: later, the header's switch is this browser's own choice, and a reload keeps it.
 */
export function useSavedLocaleAtSignIn(
  viewer: { id: string; locale?: string | null } | null,
  known: boolean,
) {
  const { locale, setLocale } = useI18n();
  // The person last known in this tab: undefined while unknown, null for a visitor.
  const last = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!known) return;
    const id = viewer?.id ?? null;
    const signedIn = last.current === null && id !== null;
    last.current = id;
    const saved = viewer?.locale;
    if (signedIn && isLocale(saved) && saved !== locale) setLocale(saved);
  }, [viewer, known, locale, setLocale]);
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider');
  return value;
}
