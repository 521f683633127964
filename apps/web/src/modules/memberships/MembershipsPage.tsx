import { useRef } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/session';
import { Loading } from '../common/States';
import { MembershipRequestList } from './MembershipRequestList';
import { JoinLink } from '../auth/JoinLink';

/**
 * For a beheerder (of the werkplaats' organisations) or an organisation's contact (of theirs): who says they
 * belong to which organisation, oldest first, to confirm or decline. The person is told either way.
 */
export function MembershipsPage() {
  const { t } = useI18n();
  const { viewer, loading: viewerLoading } = useViewer();
  const heading = useRef<HTMLHeadingElement>(null);

  if (viewerLoading) return <Loading />;
  if (!viewer) {
    return (
      <section className="narrow">
        <h1>{t('memberships.title')}</h1>
        <p>
          <Link to="/inloggen?terug=%2Flidmaatschappen">{t('memberships.signIn')}</Link>{' '}
          <JoinLink back="/lidmaatschappen" />
        </p>
      </section>
    );
  }

  return (
    <section className="prose">
      <h1 ref={heading} tabIndex={-1}>
        {t('memberships.title')}
      </h1>
      <p className="lead">{t('memberships.intro')}</p>
      <MembershipRequestList viewerId={viewer.id} focusAfter={heading} />
    </section>
  );
}
