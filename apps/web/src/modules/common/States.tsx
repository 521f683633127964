import { apiProblems } from '../../app/errors';
import { useI18n } from '../../app/i18n';

/**
 * While a page's data is on its way: grey blocks shaped like what comes (a heading, a line, cards), which hold
 * the place so little moves when it arrives, and the words for a screen reader.
 */
export function Loading() {
  const { t } = useI18n();
  return (
    <div className="state--loading skeleton" role="status">
      <span className="visually-hidden">{t('state.loading')}</span>
      <span className="skeleton__heading" aria-hidden="true" />
      <span className="skeleton__line" aria-hidden="true" />
      <span className="skeleton__card" aria-hidden="true" />
      <span className="skeleton__card" aria-hidden="true" />
    </div>
  );
}

/**
 * A page's data did not come. Given the error, it tells input the API refused (BAD_USER_INPUT, e.g. a pasted
 * NUL character in a search) from a lost connection: asking again would not help there, so no retry button.
 */
export function LoadError({ retry, error }: { retry?: () => void; error?: unknown }) {
  const { t } = useI18n();
  const badInput = error !== undefined && apiProblems(error).some((p) => p.code === 'BAD_USER_INPUT');
  return (
    <div className="state state--error" role="alert">
      <p>{t(badInput ? 'state.badInput' : 'state.error')}</p>
      {retry && !badInput && (
        <button type="button" className="button" onClick={retry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: string }) {
  return <p className="state state--empty">{children}</p>;
}
