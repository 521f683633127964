import { useQuery } from '@apollo/client/react';
import { Link, NavLink, Route, Routes } from 'react-router';
import { useViewer } from '../../app/session';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { LoadError, Loading } from '../common/States';
import { ActivitiesSection } from './ActivitiesSection';
import { AuditSection } from './AuditSection';
import { CodeOfConductSection } from '../moderation/CodeOfConductPage';
import { DeadMailSection } from './DeadMailSection';
import { MembershipsSection } from './MembershipsSection';
import { MunicipalitiesSection } from './MunicipalitiesSection';
import { OrganisationsSection } from './OrganisationsSection';
import { PeopleSection } from './PeopleSection';
import { PrivacySection } from './PrivacySection';
import { StartAccountSection } from './StartAccountSection';
import { WorkAccountsSection } from './WorkAccountsSection';
import { EmailInvitations } from '../invitations/EmailInvitations';
import { useBeheerText, type BeheerWorkshop } from './text';

const BeheerWorkshopsQuery = graphql(`
  query BeheerWorkshops {
    me {
      id
      workshopRoles {
        role
        workshop {
          id
          name
        }
      }
    }
  }
`);

const SECTIONS = [
  { path: '', key: 'beheer.people' },
  { path: 'account', key: 'beheer.startAccount' },
  { path: 'uitnodigingen', key: 'beheer.invitations' },
  { path: 'organisaties', key: 'beheer.organisations' },
  { path: 'lidmaatschappen', key: 'beheer.memberships' },
  { path: 'gemeenten', key: 'beheer.municipalities' },
  { path: 'auditlog', key: 'beheer.audit' },
  { path: 'privacy', key: 'beheer.privacy' },
  { path: 'mail', key: 'beheer.deadMail' },
  { path: 'bijeenkomsten', key: 'beheer.activities' },
  { path: 'werkaccounts', key: 'beheer.workAccounts' },
  { path: 'gedragscode', key: 'beheer.conduct' },
] as const;

/**
 * Beheer in the browser, for the beheerders of a werkplaats: its people, accounts, organisations, gemeenten and
 * audit log, a section per address (/w/<slug>/beheer, …/beheer/account, …). The werkplaats is the one of the
 * address (the header's switcher moves to another); the API refuses anything outside it all the same.
 */
export function BeheerPage() {
  const { bt } = useBeheerText();
  const workshop = useWorkshop();
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, loading, error, refetch } = useQuery(BeheerWorkshopsQuery, {
    skip: !viewer,
    fetchPolicy: 'network-only',
  });

  if (viewerLoading) return <Loading />;
  if (!viewer) {
    return (
      <section className="narrow">
        <h1>{bt('beheer.title')}</h1>
        <p>
          <Link to={`/inloggen?terug=${encodeURIComponent(workshop.path('/beheer'))}`}>
            {bt('beheer.signIn')}
          </Link>
        </p>
      </section>
    );
  }
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError retry={() => void refetch()} />;

  const workshops: BeheerWorkshop[] = (data?.me?.workshopRoles ?? [])
    .filter((r) => r.role === 'ADMIN')
    .map((r) => r.workshop);
  // Beheerder of this werkplaats, or of none here: powers end at one's own werkplaats.
  const chosen = workshops.find((w) => w.id === workshop.id);
  if (!chosen) {
    return (
      <section className="narrow">
        <h1>{bt('beheer.title')}</h1>
        <p>{bt('beheer.notAdmin')}</p>
      </section>
    );
  }

  return (
    <section className="beheer">
      <h1>
        {bt('beheer.title')}
        <span className="beheer__workshop"> · {chosen.name}</span>
      </h1>
      <p className="lead">{bt('beheer.intro')}</p>
      <nav aria-label={bt('beheer.sections')} className="beheer__nav">
        {SECTIONS.map((s) => (
          <NavLink key={s.path} to={workshop.path(`/beheer${s.path ? `/${s.path}` : ''}`)} end>
            {bt(s.key)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<PeopleSection key={chosen.id} workshop={chosen} viewerId={viewer.id} />} />
        <Route path="account" element={<StartAccountSection key={chosen.id} workshop={chosen} />} />
        <Route
          path="uitnodigingen"
          element={<EmailInvitations key={chosen.id} place={{ kind: 'workshop', workshopId: chosen.id }} />}
        />
        <Route path="organisaties" element={<OrganisationsSection key={chosen.id} workshop={chosen} />} />
        <Route
          path="lidmaatschappen"
          element={<MembershipsSection key={chosen.id} workshop={chosen} viewerId={viewer.id} />}
        />
        <Route path="gemeenten" element={<MunicipalitiesSection key={chosen.id} workshop={chosen} />} />
        <Route path="auditlog" element={<AuditSection key={chosen.id} workshop={chosen} />} />
        <Route
          path="privacy"
          element={<PrivacySection key={chosen.id} workshop={chosen} slug={workshop.slug} />}
        />
        <Route path="mail" element={<DeadMailSection key={chosen.id} workshop={chosen} />} />
        <Route path="bijeenkomsten" element={<ActivitiesSection key={chosen.id} workshop={chosen} />} />
        <Route path="werkaccounts" element={<WorkAccountsSection key={chosen.id} workshop={chosen} />} />
        <Route path="gedragscode" element={<CodeOfConductSection key={chosen.id} slug={workshop.slug} />} />
      </Routes>
    </section>
  );
}
