import { format } from '@werkplaats/i18n';
import { werkplaatsenEn } from '@werkplaats/i18n/werkplaatsen-en';
import { werkplaatsenNl, type WerkplaatsenKey } from '@werkplaats/i18n/werkplaatsen-nl';
import { useI18n } from '../../app/i18n';

/**
 * The texts of the list of werkplaatsen and the switcher (a catalogue that comes with these chunks, not with a
 * werkplaats's first page), in the language the rest of the app shows.
 */
export function useWerkplaatsenText() {
  const { locale, t } = useI18n();
  const catalogue: Record<WerkplaatsenKey, string> = locale === 'en' ? werkplaatsenEn : werkplaatsenNl;
  return {
    t,
    wt: (key: WerkplaatsenKey, values?: Record<string, string | number>) => format(catalogue[key], values),
  };
}
