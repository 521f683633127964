import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/session';
import { CurrentWorkshopQuery, slugInPath, workshopPath } from '../../app/workshop';
import { graphql } from '../../gql';
import { safeReturnPath } from '../auth/SignInPage';
import { Loading } from '../common/States';

const WelcomeAteliersQuery = graphql(`
  query WelcomeAteliers($workshopId: ID!) {
    ateliers(first: 50, workshopId: $workshopId) {
      edges {
        node {
          id
          title
          arenaCount
          tribuneCount
        }
      }
    }
  }
`);

/**
 * Right after sign-up: what to do first (choose an atelier, then the arena or the tribune), with links into the
 * ateliers of the werkplaats one came from, and the way back to where one was.
 */
export function WelcomePage() {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const [params] = useSearchParams();
  const back = safeReturnPath(params.get('terug'));
  const slug = slugInPath(back);
  const workshop = useQuery(CurrentWorkshopQuery, { variables: { slug: slug ?? '' }, skip: !slug });
  const here = workshop.data?.workshop ?? null;
  const workshopId = here?.id;
  const ateliers = useQuery(WelcomeAteliersQuery, {
    variables: { workshopId: workshopId ?? '' },
    skip: !workshopId,
  });
  const list = ateliers.data?.ateliers.edges.map((e) => e.node) ?? [];

  return (
    <section className="prose">
      <h1>{viewer ? t('welcome.title', { name: viewer.name }) : t('welcome.titleAnonymous')}</h1>
      <p className="lead">{t('welcome.intro')}</p>
      <ol className="welcome-steps">
        <li>{t('welcome.step.atelier')}</li>
        <li>{t('welcome.step.arena')}</li>
        <li>{t('welcome.step.tribune')}</li>
      </ol>
      {here ? (
        <>
          <h2>{t('welcome.ateliersOf', { workshop: here.name })}</h2>
          {ateliers.loading && !ateliers.data ? (
            <Loading />
          ) : list.length === 0 ? (
            <p>{t('welcome.noAteliers')}</p>
          ) : (
            <ul className="card-list">
              {list.map((a) => (
                <li key={a.id} className="card">
                  <Link to={workshopPath(here.slug, `/ateliers/${encodeURIComponent(a.id)}`)}>{a.title}</Link>
                  <p className="meta">
                    {t('welcome.counts', { arena: a.arenaCount, tribune: a.tribuneCount })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        !workshop.loading && (
          <p>
            <Link to="/">{t('welcome.chooseWorkshop')}</Link>
          </p>
        )
      )}
      {back !== '/' && (
        <p>
          <Link to={back}>{t('welcome.back')}</Link>
        </p>
      )}
    </section>
  );
}
