import { apiProblems } from '../../app/errors';
import { useI18n } from '../../app/i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="state state--loading" role="status">
      {t('state.loading')}
    </p>
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
