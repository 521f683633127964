import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';

export function NotFound() {
  const { t } = useI18n();
  return (
    <section className="narrow">
      <h1>{t('state.notFound.title')}</h1>
      <p>{t('state.notFound.body')}</p>
      <Link to="/">{t('state.notFound.back')}</Link>
    </section>
  );
}
