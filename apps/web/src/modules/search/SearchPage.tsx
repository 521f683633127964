import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { Empty, LoadError, Loading } from '../common/States';
import { appendPage } from '../common/append-page';
import { LoadMore } from '../common/LoadMore';

const SearchQuery = graphql(`
  query Search($query: String!, $workshopId: ID!, $after: String) {
    search(query: $query, workshopId: $workshopId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        headline
        node {
          __typename
          ... on Lesson {
            id
            title
            visibility
            atelier {
              id
              title
            }
          }
          ... on Insight {
            id
            title
            visibility
            atelier {
              id
              title
            }
          }
          ... on Question {
            id
            title
          }
          ... on Atelier {
            id
            title
            description
          }
        }
      }
    }
  }
`);

/** Search results: only what the reader may read (the API decides), best match first. */
export function SearchPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const workshop = useWorkshop();
  const { data, loading, error, refetch, fetchMore } = useQuery(SearchQuery, {
    variables: { query, workshopId: workshop.id },
    skip: query === '',
  });
  const edges = data?.search.edges ?? [];

  const href = (node: (typeof edges)[number]['node']): string | null => {
    switch (node.__typename) {
      case 'Lesson':
        return workshop.path(`/lessen/${encodeURIComponent(node.id)}`);
      case 'Insight':
        return workshop.path(`/inzichten/${encodeURIComponent(node.id)}`);
      case 'Atelier':
        return workshop.path(`/ateliers/${encodeURIComponent(node.id)}`);
      case 'Question':
        return null;
    }
  };

  return (
    <section className="prose">
      <h1>{t('search.title')}</h1>
      <p className="meta">{t('search.intro')}</p>
      {query === '' ? null : loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <LoadError retry={() => void refetch()} error={error} />
      ) : edges.length === 0 ? (
        <Empty>{t('search.none', { query })}</Empty>
      ) : (
        <>
          <p role="status">
            {t(data?.search.totalCount === 1 ? 'search.resultsOne' : 'search.results', {
              count: data?.search.totalCount ?? 0,
              query,
            })}
          </p>
          <ul className="card-list">
            {edges.map(({ cursor, headline, node }) => {
              const to = href(node);
              return (
                <li key={cursor} className="card">
                  <p className="eyebrow">{t(`search.kind.${node.__typename}`)}</p>
                  <h2 className="search__title">{to ? <Link to={to}>{node.title}</Link> : node.title}</h2>
                  {(node.__typename === 'Lesson' || node.__typename === 'Insight') && (
                    <p className="meta">
                      <span className={`badge badge--${node.visibility.toLowerCase()}`}>
                        {t(`visibility.${node.visibility}`)}
                      </span>
                      <Link to={workshop.path(`/ateliers/${encodeURIComponent(node.atelier.id)}`)}>
                        {node.atelier.title}
                      </Link>
                    </p>
                  )}
                  {headline ? (
                    // Escaped by the API; only the matching words come wrapped in <mark>.
                    <p className="search__headline" dangerouslySetInnerHTML={{ __html: headline }} />
                  ) : (
                    node.__typename === 'Atelier' && <p className="meta">{node.description}</p>
                  )}
                </li>
              );
            })}
          </ul>
          <LoadMore
            pageInfo={data?.search.pageInfo}
            label={t('search.more')}
            onMore={(after) => fetchMore({ variables: { after }, updateQuery: appendPage('search') })}
          />
        </>
      )}
    </section>
  );
}
