import { format } from '@werkplaats/i18n';
import { beheerEn } from '@werkplaats/i18n/beheer-en';
import { beheerNl, type BeheerKey } from '@werkplaats/i18n/beheer-nl';
import { useI18n } from '../../app/i18n';

/**
 * The beheer pages' own texts (a catalogue that comes with this chunk, not with everyone's first page), in the
 * language the rest of the app shows.
 */
export function useBeheerText() {
  const { locale, formatDate } = useI18n();
  const catalogue: Record<BeheerKey, string> = locale === 'en' ? beheerEn : beheerNl;
  return {
    bt: (key: BeheerKey, values?: Record<string, string | number>) => format(catalogue[key], values, locale),
    formatDate,
    locale,
  };
}

export type BeheerText = ReturnType<typeof useBeheerText>['bt'];

/** The werkplaats the beheer pages are about. */
export interface BeheerWorkshop {
  id: string;
  name: string;
}
