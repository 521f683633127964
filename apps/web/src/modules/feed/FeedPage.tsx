import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CONDITIONS } from '@werkplaats/domain';
import { useI18n } from '../../app/i18n';
import { usePrefetched, type Prefetch } from '../../app/prefetch';
import { useWorkshop, workshopIdOf } from '../../app/workshop';
import { useViewer, ViewerQuery } from '../../app/session';
import { graphql } from '../../gql';
import { useLiveSubscription } from '../live/use-live-subscription';
import { ConditionTags } from '../common/ConditionTags';
import { Empty, LoadError, Loading } from '../common/States';
import { appendPage, prependNew } from '../common/append-page';
import { LoadMore } from '../common/LoadMore';
import { JoinLink } from '../auth/JoinLink';
import { FilterSelect } from '../common/FilterSelect';

const FeedQuery = graphql(`
  query Feed($workshopId: ID!, $atelierId: ID, $condition: Condition, $after: String) {
    feed(first: 20, workshopId: $workshopId, atelierId: $atelierId, condition: $condition, after: $after) {
      totalCount
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
            excerpt
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
            excerpt
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

// Each lesson or insight as it is shared into the person's feed: the page asks its first page again and puts
// what is new on top of what it shows (filters included: the server applies them).
const FeedItemAddedSubscription = graphql(`
  subscription FeedItemAdded {
    feedItemAdded {
      ... on Lesson {
        id
      }
      ... on Insight {
        id
      }
    }
  }
`);

const FeedAteliersQuery = graphql(`
  query FeedAteliers($workshopId: ID!) {
    feedAteliers(workshopId: $workshopId) {
      id
      title
    }
  }
`);

/** The feed's filters as the address has them (`?atelier=…&voorwaarde=…`). */
function feedFiltersOf(params: URLSearchParams) {
  const raw = params.get('voorwaarde');
  return { atelierId: params.get('atelier') || null, condition: CONDITIONS.find((c) => c === raw) ?? null };
}

/** The feed's filters live in the address, so a filtered tribune can be reloaded and shared. */
function useFeedFilters() {
  const [params, setParams] = useSearchParams();
  const { atelierId, condition } = feedFiltersOf(params);
  const set = (name: 'atelier' | 'voorwaarde', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const clear = () => setParams(new URLSearchParams(), { replace: true });
  return { atelierId, condition, set, clear, active: atelierId !== null || condition !== null };
}

/** The tribune: what the followed ateliers shared, newest first, across all of them or narrowed down. */
export function FeedPage() {
  const { t, formatDate } = useI18n();
  const { viewer, loading: viewerLoading } = useViewer();
  const workshop = useWorkshop();
  const filters = useFeedFilters();
  const id = useId();
  const firstVisit = usePrefetched();
  const { data, loading, error, refetch, fetchMore } = useQuery(FeedQuery, {
    variables: { workshopId: workshop.id, atelierId: filters.atelierId, condition: filters.condition },
    skip: !viewer,
    ...firstVisit,
  });
  const ateliers = useQuery(FeedAteliersQuery, {
    variables: { workshopId: workshop.id },
    skip: !viewer,
    ...firstVisit,
  });
  useLiveSubscription(
    FeedItemAddedSubscription,
    () => void fetchMore({ variables: { after: null }, updateQuery: prependNew('feed') }),
    Boolean(viewer),
  );
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
  const choices = ateliers.data?.feedAteliers ?? [];
  return (
    <section className="prose">
      <h1>{t('feed.title')}</h1>
      <p className="lead">{t('feed.intro')}</p>
      <form className="list-filters" aria-label={t('feed.filters')} onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          id={`${id}-atelier`}
          label={t('feed.filterAtelier')}
          value={filters.atelierId}
          all={t('feed.allAteliers')}
          unknownLabel={ateliers.data ? t('feed.unknownAtelier') : undefined}
          onChange={(value) => filters.set('atelier', value)}
          options={choices.map((a) => ({ value: a.id, label: a.title }))}
        />
        <FilterSelect
          id={`${id}-condition`}
          label={t('feed.filterCondition')}
          value={filters.condition}
          all={t('feed.allConditions')}
          onChange={(value) => filters.set('voorwaarde', value)}
          options={CONDITIONS.map((c) => ({ value: c, label: t(`condition.${c}`) }))}
        />
        {filters.active && (
          <button type="button" className="button button--quiet" onClick={filters.clear}>
            {t('feed.clearFilters')}
          </button>
        )}
      </form>
      <p className="meta" role="status">
        {data && filters.active ? t('feed.filteredCount', { count: data.feed.totalCount }) : ''}
      </p>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <LoadError retry={() => void refetch()} />
      ) : edges.length === 0 ? (
        // With a filter on, "Filters wissen" sits right above, in the filter row.
        <Empty>{filters.active ? t('feed.emptyFiltered') : t('feed.empty')}</Empty>
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
                {node.excerpt && <p className="feed-item__excerpt">{node.excerpt}</p>}
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

/**
 * On a first visit the feed and its filter's ateliers are asked for as soon as the werkplaats and the reader are
 * known, before the page first draws (a visitor is asked to sign in instead: nothing to ask).
 */
FeedPage.prefetch = (async (client, { slug }, search) => {
  const [workshopId, { data }] = await Promise.all([
    workshopIdOf(client, slug),
    client.query({ query: ViewerQuery }),
  ]);
  if (!workshopId || !data?.me) return;
  await Promise.all([
    client.query({ query: FeedQuery, variables: { workshopId, ...feedFiltersOf(search) } }),
    client.query({ query: FeedAteliersQuery, variables: { workshopId } }),
  ]);
}) satisfies Prefetch;
