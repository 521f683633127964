import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import { ConditionTags } from '../common/ConditionTags';
import { Empty, LoadError, Loading } from '../common/States';
import { appendPage } from '../common/append-page';
import { LoadMore } from '../common/LoadMore';
import { JoinLink } from '../auth/JoinLink';

const FeedQuery = graphql(`
  query Feed($workshopId: ID!, $after: String) {
    feed(first: 20, workshopId: $workshopId, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          __typename
          ... on Lesson {
            id
            title
            conditions
            sharedAt
            author {
              id
              name
            }
            atelier {
              id
              title
            }
            municipality {
              id
              name
            }
            reactions {
              id
            }
          }
          ... on Insight {
            id
            title
            conditions
            sharedAt
            lessonCount
            author {
              id
              name
            }
            atelier {
              id
              title
            }
            reactions {
              id
            }
          }
        }
      }
    }
  }
`);

/** The tribune: what the followed ateliers shared, newest first, across all of them. */
export function FeedPage() {
  const { t, formatDate } = useI18n();
  const { viewer, loading: viewerLoading } = useViewer();
  const workshop = useWorkshop();
  const { data, loading, error, refetch, fetchMore } = useQuery(FeedQuery, {
    variables: { workshopId: workshop.id },
    skip: !viewer,
  });
  if (viewerLoading) return <Loading />;
  if (!viewer) {
    return (
      <section className="narrow">
        <h1>{t('feed.title')}</h1>
        <p>
          <Link to={`/inloggen?terug=${encodeURIComponent(workshop.path('/tribune'))}`}>
            {t('feed.signIn')}
          </Link>{' '}
          <JoinLink back={workshop.path('/tribune')} />
        </p>
      </section>
    );
  }
  const edges = data?.feed.edges ?? [];
  return (
    <section className="prose">
      <h1>{t('feed.title')}</h1>
      <p className="lead">{t('feed.intro')}</p>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <LoadError retry={() => void refetch()} />
      ) : edges.length === 0 ? (
        <Empty>{t('feed.empty')}</Empty>
      ) : (
        <>
          <ul className="card-list">
            {edges.map(({ cursor, node }) => (
              <li key={cursor} className={`card feed-item feed-item--${node.__typename.toLowerCase()}`}>
                <p className="eyebrow">
                  {node.__typename === 'Insight' ? t('feed.insight') : t('feed.lesson')} ·{' '}
                  {node.atelier.title}
                </p>
                <h2 className="feed-item__title">
                  <Link
                    to={
                      node.__typename === 'Insight'
                        ? workshop.path(`/inzichten/${encodeURIComponent(node.id)}`)
                        : workshop.path(`/lessen/${encodeURIComponent(node.id)}`)
                    }
                  >
                    {node.title}
                  </Link>
                </h2>
                <p className="meta">
                  <span>{node.author.name}</span>
                  {node.__typename === 'Lesson' && node.municipality && <span>{node.municipality.name}</span>}
                  {node.__typename === 'Insight' && (
                    <span>{t('atelier.basedOn', { count: node.lessonCount })}</span>
                  )}
                  {node.sharedAt && <span>{t('feed.sharedOn', { date: formatDate(node.sharedAt) })}</span>}
                  <span>{t('feed.reactions', { count: node.reactions.length })}</span>
                </p>
                <ConditionTags conditions={node.conditions} />
              </li>
            ))}
          </ul>
          <LoadMore
            pageInfo={data?.feed.pageInfo}
            label={t('feed.more')}
            onMore={(after) => fetchMore({ variables: { after }, updateQuery: appendPage('feed') })}
          />
        </>
      )}
    </section>
  );
}
