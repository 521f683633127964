import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { workshopPath } from '../../app/workshop';
import { graphql } from '../../gql';
import { ConditionTags } from '../common/ConditionTags';
import { queryStatus } from '../common/QueryStatus';
import { LoadMore } from '../common/LoadMore';
import { Empty } from '../common/States';

const ThemeQuery = graphql(`
  query ThemePage($slug: String!, $issuesAfter: String, $insightsAfter: String, $productsAfter: String) {
    nationalTheme(slug: $slug) {
      id
      name
      socialIssues(first: 50, after: $issuesAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            description
            workshop {
              id
              slug
              name
            }
            ateliers {
              id
              title
            }
          }
        }
      }
      insights(first: 20, after: $insightsAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            conditions
            sharedAt
            createdAt
            atelier {
              id
              title
              workshop {
                id
                slug
                name
              }
            }
          }
        }
      }
      products(first: 20, after: $productsAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            description
            kind
            url
            publishedAt
            atelier {
              id
              title
              workshop {
                id
                slug
                name
              }
            }
          }
        }
      }
    }
  }
`);

type ListName = 'socialIssues' | 'insights' | 'products';
const AFTER: Record<ListName, 'issuesAfter' | 'insightsAfter' | 'productsAfter'> = {
  socialIssues: 'issuesAfter',
  insights: 'insightsAfter',
  products: 'productsAfter',
};

/**
 * A national theme: what every Werkplaats Sociaal Domein shares publicly under it (kwesties on their agendas,
 * public insights, published outputs), so a landelijke werkgroep reads across werkplaatsen without a role.
 */
export function ThemePage() {
  const { slug = '' } = useParams();
  const { t, formatDate } = useI18n();
  const { data, loading, error, refetch, fetchMore } = useQuery(ThemeQuery, { variables: { slug } });
  const theme = data?.nationalTheme;
  if (!theme) return queryStatus({ loading, error, retry: refetch });

  /** "Meer laden" for one of the three lists: its next page after what is shown; the other lists stay as they are. */
  const moreButton = (list: ListName, label: string) => (
    <LoadMore
      pageInfo={theme[list].pageInfo}
      label={label}
      onMore={(after) =>
        fetchMore({
          variables: { [AFTER[list]]: after },
          updateQuery: (previous, { fetchMoreResult }) => {
            const before = previous.nationalTheme;
            const next = fetchMoreResult.nationalTheme;
            if (!before || !next) return previous;
            return {
              nationalTheme: {
                ...before,
                [list]: { ...next[list], edges: [...before[list].edges, ...next[list].edges] },
              },
            };
          },
        })
      }
    />
  );

  const issues = theme.socialIssues.edges.map((e) => e.node);
  const insights = theme.insights.edges.map((e) => e.node);
  const products = theme.products.edges.map((e) => e.node);
  return (
    <article className="stack">
      <header className="intro">
        <p className="eyebrow">{t('theme.eyebrow')}</p>
        <h1>{theme.name}</h1>
        <p className="lead">{t('theme.lead')}</p>
      </header>

      <section aria-labelledby="thema-kwesties">
        <h2 id="thema-kwesties">{t('theme.issuesTitle', { count: theme.socialIssues.totalCount })}</h2>
        {issues.length === 0 ? (
          <Empty>{t('theme.issuesEmpty')}</Empty>
        ) : (
          <ul className="card-list">
            {issues.map((issue) => (
              <li key={issue.id} className="card issue">
                <p className="eyebrow">{issue.workshop.name}</p>
                <h3 className="issue__title">{issue.title}</h3>
                <p>{issue.description}</p>
                {issue.ateliers.length > 0 && (
                  <ul className="issue__ateliers">
                    {issue.ateliers.map((atelier) => (
                      <li key={atelier.id}>
                        <Link
                          to={workshopPath(
                            issue.workshop.slug,
                            `/ateliers/${encodeURIComponent(atelier.id)}`,
                          )}
                          className="issue__atelier-link"
                        >
                          {atelier.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
        {moreButton('socialIssues', t('theme.moreIssues'))}
      </section>

      <section aria-labelledby="thema-inzichten">
        <h2 id="thema-inzichten">{t('theme.insightsTitle', { count: theme.insights.totalCount })}</h2>
        {insights.length === 0 ? (
          <Empty>{t('theme.insightsEmpty')}</Empty>
        ) : (
          <ul className="card-list">
            {insights.map((insight) => (
              <li key={insight.id} className="card">
                <h3>
                  <Link
                    to={workshopPath(
                      insight.atelier.workshop.slug,
                      `/inzichten/${encodeURIComponent(insight.id)}`,
                    )}
                  >
                    {insight.title}
                  </Link>
                </h3>
                <p className="meta">
                  <span>{insight.atelier.title}</span>
                  <span>{insight.atelier.workshop.name}</span>
                  <span>{formatDate(insight.sharedAt ?? insight.createdAt)}</span>
                </p>
                <ConditionTags conditions={insight.conditions} />
              </li>
            ))}
          </ul>
        )}
        {moreButton('insights', t('theme.moreInsights'))}
      </section>

      <section aria-labelledby="thema-opbrengsten">
        <h2 id="thema-opbrengsten">{t('theme.productsTitle', { count: theme.products.totalCount })}</h2>
        {products.length === 0 ? (
          <Empty>{t('theme.productsEmpty')}</Empty>
        ) : (
          <ul className="card-list">
            {products.map((product) => (
              <li key={product.id} className="card">
                <p className="eyebrow">{t(`productKind.${product.kind}`)}</p>
                <h3>
                  {product.url ? (
                    <a href={product.url} rel="noopener noreferrer">
                      {product.title}
                    </a>
                  ) : (
                    product.title
                  )}
                </h3>
                {product.description && <p>{product.description}</p>}
                <p className="meta">
                  <Link
                    to={workshopPath(
                      product.atelier.workshop.slug,
                      `/ateliers/${encodeURIComponent(product.atelier.id)}`,
                    )}
                  >
                    {product.atelier.title}
                  </Link>
                  <span>{product.atelier.workshop.name}</span>
                  {product.publishedAt && <span>{formatDate(product.publishedAt)}</span>}
                </p>
              </li>
            ))}
          </ul>
        )}
        {moreButton('products', t('theme.moreProducts'))}
      </section>
    </article>
  );
}
