import { useI18n } from '../../app/i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="state state--loading" role="status">
      {t('state.loading')}
    </p>
  );
}

export function LoadError({ retry }: { retry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state state--error" role="alert">
      <p>{t('state.error')}</p>
      {retry && (
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
