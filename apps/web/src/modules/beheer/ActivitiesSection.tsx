import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { LoadError, Loading } from '../common/States';
import { PlanActivityForm } from '../dashboard/PlanActivityForm';
import { useBeheerText, type BeheerWorkshop } from './text';

const BeheerActivitiesQuery = graphql(`
  query BeheerActivities($workshopId: ID!) {
    municipalities(workshopId: $workshopId) {
      id
      name
    }
    werkplaats: node(id: $workshopId) {
      id
      ... on Workshop {
        activities(upcoming: true, first: 50) {
          edges {
            node {
              id
              title
              startsAt
              isPublic
            }
          }
        }
      }
    }
  }
`);

/**
 * The werkplaats's own meetings (ontmoetingen, netwerkbijeenkomsten, the symposium): its beheerder plans them here,
 * public or for the werkplaats's people, and sees what is coming. Each is changed, linked and recorded on its page.
 */
export function ActivitiesSection({ workshop }: { workshop: BeheerWorkshop }) {
  const { bt } = useBeheerText();
  const { t, formatDate } = useI18n();
  const current = useWorkshop();
  const { data, loading, error, refetch } = useQuery(BeheerActivitiesQuery, {
    variables: { workshopId: workshop.id },
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError retry={() => void refetch()} />;
  const activities =
    data?.werkplaats && 'activities' in data.werkplaats
      ? data.werkplaats.activities.edges.map((e) => e.node)
      : [];
  return (
    <section aria-labelledby="beheer-bijeenkomsten" className="stack">
      <h2 id="beheer-bijeenkomsten">{bt('beheer.activities')}</h2>
      <p className="meta">{bt('beheer.activitiesIntro')}</p>
      {activities.length > 0 && (
        <ul>
          {activities.map((a) => (
            <li key={a.id}>
              <Link to={current.path(`/activiteiten/${encodeURIComponent(a.id)}`)}>{a.title}</Link> ·{' '}
              {formatDate(a.startsAt)}
              {a.isPublic && ` · ${t('activity.public')}`}
            </li>
          ))}
        </ul>
      )}
      <PlanActivityForm
        workshopId={workshop.id}
        municipalities={data?.municipalities ?? []}
        onPlanned={() => refetch()}
      />
    </section>
  );
}
