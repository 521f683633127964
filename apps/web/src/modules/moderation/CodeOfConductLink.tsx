import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';

/** Where people write: the werkplaats's code of conduct, one link away. */
export function CodeOfConductLink() {
  const { t } = useI18n();
  const workshop = useWorkshop();
  return (
    <p className="meta">
      <Link to={workshop.path('gedragscode')}>{t('moderation.codeOfConductLink')}</Link>
    </p>
  );
}
