import { format, type MessageKey } from '@werkplaats/i18n';
import { pagesEn } from '@werkplaats/i18n/pages-en';
import { pagesNl, type PageMessageKey } from '@werkplaats/i18n/pages-nl';
import { useI18n } from '../../app/i18n';

export type PageTextKey = MessageKey | PageMessageKey;

/**
 * `useI18n` for the pages whose texts are not in the shell's catalogue (see `@werkplaats/i18n/pages-nl`): their
 * `t` reads that catalogue first, then the shell's, in the language the rest of the app shows.
 */
export function usePageText() {
  const i18n = useI18n();
  const own: Record<PageMessageKey, string> = i18n.locale === 'en' ? pagesEn : pagesNl;
  const t = (key: PageTextKey, values?: Record<string, string | number>): string =>
    key in own ? format(own[key as PageMessageKey], values) : i18n.t(key as MessageKey, values);
  return { ...i18n, t };
}
