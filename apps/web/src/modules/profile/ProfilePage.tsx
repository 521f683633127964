import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import { JoinLink } from '../auth/JoinLink';
import { LoadError, Loading } from '../common/States';
import { MyMemberships } from '../memberships/MyMemberships';
import { NameInReports } from '../report/NameInReports';
import { EmailChangeForm } from './EmailChangeForm';
import { MyLanguage } from './MyLanguage';
import { MyName } from './MyName';
import { MyPartyKind } from './MyPartyKind';
import { MyLinkedLogins } from './MyLinkedLogins';
import { PasswordChangeForm } from './PasswordChangeForm';

const ProfileQuery = graphql(`
  query ProfilePage {
    me {
      id
      name
      locale
      partyKind
      nameInReports
      memberships {
        ...MyMemberships_membership
      }
    }
  }
`);

/**
 * Mijn gegevens: the one place where a person changes what the werkplaats knows of them (name, language,
 * password, e-mail address, in what capacity they take part) and which organisations they belong to. Each part
 * saves on its own and says so next to its button.
 */
export function ProfilePage() {
  const { t } = useI18n();
  const { viewer, loading: viewerLoading } = useViewer();
  const location = useLocation();
  const profile = useQuery(ProfileQuery, { skip: !viewer });
  const loaded = Boolean(profile.data);
  // A link to #organisaties (from an atelier or a notification) lands on that section once it is there.
  useEffect(() => {
    if (loaded && location.hash === '#organisaties')
      document.getElementById('organisaties')?.scrollIntoView();
  }, [loaded, location.hash]);

  if (viewerLoading) return <Loading />;
  if (!viewer) {
    return (
      <section className="narrow">
        <h1>{t('profile.title')}</h1>
        <p>
          <Link to="/inloggen?terug=%2Fmijn-gegevens">{t('profile.signIn')}</Link>{' '}
          <JoinLink back="/mijn-gegevens" />
        </p>
      </section>
    );
  }
  const me = profile.data?.me;
  return (
    <section className="narrow prose profile">
      <h1>{t('profile.title')}</h1>
      <p className="lead">{t('profile.intro')}</p>
      {me ? (
        <>
          <MyName name={me.name} />
          <MyLanguage locale={me.locale} />
          <PasswordChangeForm />
          <MyLinkedLogins />
          <EmailChangeForm current={viewer.email ?? ''} />
          <MyPartyKind partyKind={me.partyKind ?? null} />
          <NameInReports allowed={me.nameInReports ?? false} />
          <MyMemberships memberships={me.memberships} onChanged={() => profile.refetch()} />
        </>
      ) : profile.error ? (
        <LoadError retry={() => void profile.refetch()} />
      ) : (
        <Loading />
      )}
    </section>
  );
}
