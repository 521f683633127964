import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';

/**
 * "Doe je mee? Maak een account": offered wherever signing in is, so who has no account yet finds the way in.
 * `back` is where sign-up returns to (a path inside the app).
 */
export function JoinLink({ back }: { back: string }) {
  const { t } = useI18n();
  return (
    <span className="join-link">
      {t('nav.joinPrompt')}{' '}
      <Link to={`/registreren?terug=${encodeURIComponent(back)}`}>{t('nav.joinLink')}</Link>
    </span>
  );
}
