import { useQuery } from '@apollo/client/react';
import { PRODUCT_KINDS, PRODUCT_OS, type ProductKind, type ProductO } from '@werkplaats/domain';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { appendPage } from '../common/append-page';
import { LoadMore } from '../common/LoadMore';
import { queryStatus } from '../common/QueryStatus';
import { Empty } from '../common/States';
import { OutputCard } from './OutputCard';
import { FilterSelect } from '../common/FilterSelect';

const CatalogueQuery = graphql(`
  query OutputCatalogue(
    $workshopId: ID!
    $kind: ProductKind
    $o: ProductO
    $theme: ID
    $issue: ID
    $year: Int
    $after: String
  ) {
    products(
      workshopId: $workshopId
      kind: $kind
      o: $o
      nationalThemeId: $theme
      socialIssueId: $issue
      year: $year
      first: 20
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OutputCard_product
        }
      }
    }
  }
`);

const FilterChoicesQuery = graphql(`
  query OutputCatalogueChoices($workshopId: ID!) {
    nationalThemes {
      id
      name
    }
    socialIssues(workshopId: $workshopId, first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** The years the year filter offers: this one and the ten before. */
function recentYears(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 11 }, (_, i) => now - i);
}

/** The address's filters (`?soort=REPORT&o=SUPPORT&thema=…&kwestie=…&jaar=2025`), so a narrowed list can be shared. */
function useCatalogueFilters() {
  const [params, setParams] = useSearchParams();
  const kind = params.get('soort');
  const o = params.get('o');
  const year = Number(params.get('jaar'));
  return {
    kind: (PRODUCT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ProductKind) : null,
    o: (PRODUCT_OS as readonly string[]).includes(o ?? '') ? (o as ProductO) : null,
    theme: params.get('thema') || null,
    issue: params.get('kwestie') || null,
    year: Number.isInteger(year) && year >= 1900 ? year : null,
    set(name: 'soort' | 'o' | 'thema' | 'kwestie' | 'jaar', value: string) {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      );
    },
  };
}

/** A werkplaats's outputs (opbrengsten), for everyone: what the reader may read, narrowed by kind, O, theme, kwestie, year. */
export function CataloguePage() {
  const { t } = useI18n();
  const id = useId();
  const workshop = useWorkshop();
  const filters = useCatalogueFilters();
  const choices = useQuery(FilterChoicesQuery, { variables: { workshopId: workshop.id } });
  const { data, loading, error, refetch, fetchMore } = useQuery(CatalogueQuery, {
    variables: {
      workshopId: workshop.id,
      kind: filters.kind,
      o: filters.o,
      theme: filters.theme,
      issue: filters.issue,
      year: filters.year,
    },
  });
  const filtered = Boolean(filters.kind || filters.o || filters.theme || filters.issue || filters.year);
  const products = data?.products.edges.map((e) => e.node) ?? [];

  return (
    <article className="stack">
      <header className="intro">
        <p className="eyebrow">{workshop.name}</p>
        <h1>{t('output.catalogueTitle')}</h1>
        <p className="lead">{t('output.catalogueLead')}</p>
      </header>
      <form className="list-filters" aria-label={t('output.filters')} onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          id={`${id}-kind`}
          label={t('output.filterKind')}
          value={filters.kind}
          all={t('output.allKinds')}
          onChange={(value) => filters.set('soort', value)}
          options={PRODUCT_KINDS.map((kind) => ({ value: kind, label: t(`productKind.${kind}`) }))}
        />
        <FilterSelect
          id={`${id}-o`}
          label={t('output.filterO')}
          value={filters.o}
          all={t('output.allOs')}
          onChange={(value) => filters.set('o', value)}
          options={PRODUCT_OS.map((o) => ({ value: o, label: t(`productO.${o}`) }))}
        />
        <FilterSelect
          id={`${id}-theme`}
          label={t('output.filterTheme')}
          value={filters.theme}
          all={t('output.allThemes')}
          onChange={(value) => filters.set('thema', value)}
          options={(choices.data?.nationalThemes ?? []).map((theme) => ({
            value: theme.id,
            label: theme.name,
          }))}
        />
        <FilterSelect
          id={`${id}-issue`}
          label={t('output.filterIssue')}
          value={filters.issue}
          all={t('output.allIssues')}
          onChange={(value) => filters.set('kwestie', value)}
          options={(choices.data?.socialIssues.edges ?? []).map(({ node }) => ({
            value: node.id,
            label: node.title,
          }))}
        />
        <FilterSelect
          id={`${id}-year`}
          label={t('output.filterYear')}
          value={filters.year === null ? null : String(filters.year)}
          all={t('output.allYears')}
          onChange={(value) => filters.set('jaar', value)}
          options={recentYears().map((year) => ({ value: String(year), label: String(year) }))}
        />
      </form>
      {!data ? (
        queryStatus({ loading, error, retry: refetch })
      ) : (
        <section aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`} className="visually-hidden">
            {t('output.results')}
          </h2>
          <p role="status" className="meta">
            {t('output.count', { count: data.products.totalCount })}
          </p>
          {products.length === 0 ? (
            <Empty>{filtered ? t('output.emptyFiltered') : t('output.empty')}</Empty>
          ) : (
            <ul className="card-list">
              {products.map((product) => (
                <OutputCard key={product.id} product={product} />
              ))}
            </ul>
          )}
          <LoadMore
            pageInfo={data.products.pageInfo}
            label={t('output.more')}
            onMore={(after) =>
              fetchMore({
                variables: { after },
                updateQuery: appendPage('products'),
              })
            }
          />
        </section>
      )}
    </article>
  );
}
