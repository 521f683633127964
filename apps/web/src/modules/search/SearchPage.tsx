import { useQuery } from '@apollo/client/react';
import { useId, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CONDITIONS, type Condition } from '@werkplaats/domain';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import type { SearchKind } from '../../gql/graphql';
import { Empty, LoadError, Loading } from '../common/States';
import { appendPage } from '../common/append-page';
import { LoadMore } from '../common/LoadMore';
import { FilterSelect } from '../common/FilterSelect';

const SearchQuery = graphql(`
  query Search(
    $query: String!
    $workshopId: ID!
    $kinds: [SearchKind!]
    $atelierId: ID
    $condition: Condition
    $from: DateTime
    $to: DateTime
    $after: String
  ) {
    search(
      query: $query
      workshopId: $workshopId
      kinds: $kinds
      atelierId: $atelierId
      condition: $condition
      from: $from
      to: $to
      first: 20
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        snippet {
          text
          marks {
            start
            length
          }
        }
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
          ... on SocialIssue {
            id
            title
            ateliers {
              id
              title
            }
          }
          ... on Activity {
            id
            title
            startsAt
            host: atelier {
              id
              title
            }
            workshop {
              id
              name
            }
          }
          ... on Product {
            id
            title
            kind
            atelier {
              id
              title
            }
          }
        }
      }
    }
  }
`);

const SearchAteliersQuery = graphql(`
  query SearchAteliers($workshopId: ID!) {
    ateliers(workshopId: $workshopId, first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** The kinds in the order the chips show them, with their name in the address (Dutch, like the page's). */
const KINDS: readonly { kind: SearchKind; slug: string }[] = [
  { kind: 'SOCIAL_ISSUE', slug: 'kwestie' },
  { kind: 'ATELIER', slug: 'atelier' },
  { kind: 'LESSON', slug: 'les' },
  { kind: 'INSIGHT', slug: 'inzicht' },
  { kind: 'QUESTION', slug: 'vraag' },
  { kind: 'ACTIVITY', slug: 'activiteit' },
  { kind: 'PRODUCT', slug: 'opbrengst' },
];

const isDay = (value: string | null): value is string =>
  value !== null &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(new Date(`${value}T00:00:00`).getTime());

/** The start of a day (YYYY-MM-DD) in the reader's time zone, `plus` days on. */
function startOfDay(day: string, plus = 0): string {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + plus);
  return date.toISOString();
}

/** The search and its filters live in the address, so a narrowed search can be reloaded and shared. */
function useSearchFilters() {
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const slugs = (params.get('soort') ?? '').split(',');
  const kinds = KINDS.filter((k) => slugs.includes(k.slug)).map((k) => k.kind);
  const atelierId = params.get('atelier') || null;
  const raw = params.get('voorwaarde');
  const condition: Condition | null = CONDITIONS.find((c) => c === raw) ?? null;
  const van = params.get('van');
  const tot = params.get('tot');
  const from = isDay(van) ? van : null;
  const to = isDay(tot) ? tot : null;
  const update = (change: (next: URLSearchParams) => void) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        change(next);
        return next;
      },
      { replace: true },
    );
  const set = (name: 'atelier' | 'voorwaarde' | 'van' | 'tot', value: string) =>
    update((next) => (value ? next.set(name, value) : next.delete(name)));
  const toggleKind = (kind: SearchKind) =>
    update((next) => {
      const chosen = kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind];
      const value = KINDS.filter((k) => chosen.includes(k.kind))
        .map((k) => k.slug)
        .join(',');
      if (value) next.set('soort', value);
      else next.delete('soort');
    });
  const clear = () =>
    update((next) => {
      for (const name of ['soort', 'atelier', 'voorwaarde', 'van', 'tot']) next.delete(name);
    });
  // The kinds chosen count as one filter, like each of the fields.
  const count = [kinds.length > 0, atelierId, condition, from, to].filter(Boolean).length;
  return { query, kinds, atelierId, condition, from, to, set, toggleKind, clear, active: count > 0, count };
}

/** Wide enough for the filters beside the results' first lines; on a phone they fold away at first. */
const FILTERS_OPEN_AT = '(min-width: 48rem)';

/** A day (YYYY-MM-DD) as the page's language says it, in the reader's time zone ("1 december 2026"). */
function dayText(formatDate: (iso: string) => string, day: string): string {
  return formatDate(`${day}T00:00:00`);
}

/** A snippet as text, its matches in <mark>: built from ranges, never from markup sent by the server. */
function Snippet({ text, marks }: { text: string; marks: { start: number; length: number }[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  marks.forEach(({ start, length }, i) => {
    if (start < at || start + length > text.length) return;
    parts.push(text.slice(at, start), <mark key={i}>{text.slice(start, start + length)}</mark>);
    at = start + length;
  });
  parts.push(text.slice(at));
  return <p className="search__headline">{parts}</p>;
}

/** Search results: only what the reader may read (the API decides), best match first, narrowed by the filters. */
export function SearchPage() {
  const { t, formatDate } = useI18n();
  const workshop = useWorkshop();
  const filters = useSearchFilters();
  const { query } = filters;
  const id = useId();
  // Open where there is room (the filters beside the first results); folded on a phone, so results come first.
  const [filtersOpen, setFiltersOpen] = useState(
    () => typeof window === 'undefined' || window.matchMedia(FILTERS_OPEN_AT).matches,
  );
  const badRange = filters.from !== null && filters.to !== null && filters.to < filters.from;
  const { data, loading, error, refetch, fetchMore } = useQuery(SearchQuery, {
    variables: {
      query,
      workshopId: workshop.id,
      kinds: filters.kinds.length > 0 ? filters.kinds : null,
      atelierId: filters.atelierId,
      condition: filters.condition,
      from: filters.from ? startOfDay(filters.from) : null,
      // The last day counts whole: up to the start of the day after.
      to: filters.to ? startOfDay(filters.to, 1) : null,
    },
    skip: query === '' || badRange,
  });
  const ateliers = useQuery(SearchAteliersQuery, { variables: { workshopId: workshop.id } });
  const choices = ateliers.data?.ateliers.edges.map((e) => e.node) ?? [];
  const edges = data?.search.edges ?? [];
  // The chosen period said back in words, with the count of what was found.
  const from = filters.from ? dayText(formatDate, filters.from) : null;
  const to = filters.to ? dayText(formatDate, filters.to) : null;
  const period =
    from && to
      ? t('search.periodBoth', { from, to })
      : from
        ? t('search.periodFrom', { from })
        : to
          ? t('search.periodTo', { to })
          : null;

  const atelierPath = (atelierId: string) => workshop.path(`/ateliers/${encodeURIComponent(atelierId)}`);
  const href = (node: (typeof edges)[number]['node']): string | null => {
    switch (node.__typename) {
      case 'Lesson':
        return workshop.path(`/lessen/${encodeURIComponent(node.id)}`);
      case 'Insight':
        return workshop.path(`/inzichten/${encodeURIComponent(node.id)}`);
      case 'Atelier':
        return atelierPath(node.id);
      case 'Activity':
        return workshop.path(`/activiteiten/${encodeURIComponent(node.id)}`);
      case 'Product':
        return atelierPath(node.atelier.id);
      case 'SocialIssue':
        return node.ateliers[0] ? atelierPath(node.ateliers[0].id) : null;
      case 'Question':
        return workshop.path(`/vragen/${encodeURIComponent(node.id)}`);
    }
  };

  return (
    <section className="prose">
      <h1>{t('search.title')}</h1>
      <p className="meta">{t('search.intro')}</p>
      <button
        type="button"
        className="button search-filters__toggle"
        aria-expanded={filtersOpen}
        aria-controls={`${id}-filters`}
        onClick={() => setFiltersOpen((open) => !open)}
      >
        <svg className="search-filters__caret" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d={filtersOpen ? 'M2 8 L6 4 L10 8' : 'M2 4 L6 8 L10 4'} />
        </svg>
        {t('search.filtersToggle', { count: filters.count })}
      </button>
      <form
        id={`${id}-filters`}
        className="search-filters"
        aria-label={t('search.filters')}
        hidden={!filtersOpen}
        onSubmit={(e) => e.preventDefault()}
      >
        <fieldset className="chips">
          <legend>{t('search.filterKind')}</legend>
          {KINDS.map(({ kind }) => (
            <label key={kind} className="chip">
              <input
                type="checkbox"
                checked={filters.kinds.includes(kind)}
                onChange={() => filters.toggleKind(kind)}
              />
              {t(`search.kinds.${kind}`)}
            </label>
          ))}
        </fieldset>
        <div className="list-filters">
          <FilterSelect
            id={`${id}-atelier`}
            label={t('search.filterAtelier')}
            value={filters.atelierId}
            all={t('search.allAteliers')}
            unknownLabel={ateliers.data ? t('search.unknownAtelier') : undefined}
            onChange={(value) => filters.set('atelier', value)}
            options={choices.map((a) => ({ value: a.id, label: a.title }))}
          />
          <FilterSelect
            id={`${id}-condition`}
            label={t('search.filterCondition')}
            value={filters.condition}
            all={t('search.allConditions')}
            describedBy={filters.condition ? `${id}-condition-note` : undefined}
            onChange={(value) => filters.set('voorwaarde', value)}
            options={CONDITIONS.map((c) => ({ value: c, label: t(`condition.${c}`) }))}
          />
        </div>
        <div className="list-filters">
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('search.filterFrom')}</label>
            <input
              id={`${id}-from`}
              type="date"
              value={filters.from ?? ''}
              aria-describedby={`${id}-from-chosen`}
              onChange={(e) => filters.set('van', e.target.value)}
            />
            <p className="field__hint" id={`${id}-from-chosen`}>
              {from ? t('search.dateChosen', { date: from }) : t('search.fromEmpty')}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('search.filterTo')}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={filters.to ?? ''}
              aria-invalid={badRange || undefined}
              aria-describedby={badRange ? `${id}-to-chosen ${id}-range` : `${id}-to-chosen`}
              onChange={(e) => filters.set('tot', e.target.value)}
            />
            <p className="field__hint" id={`${id}-to-chosen`}>
              {to ? t('search.dateChosen', { date: to }) : t('search.toEmpty')}
            </p>
          </div>
          {filters.active && (
            <button type="button" className="button button--quiet" onClick={filters.clear}>
              {t('search.clearFilters')}
            </button>
          )}
        </div>
        {filters.condition && (
          <p className="meta" id={`${id}-condition-note`}>
            {t('search.conditionNote')}
          </p>
        )}
        {badRange && (
          <p className="field__error" id={`${id}-range`} role="alert">
            {t('search.badRange')}
          </p>
        )}
      </form>
      {query === '' ? (
        <Empty>{t('search.prompt')}</Empty>
      ) : badRange ? null : loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <LoadError retry={() => void refetch()} error={error} />
      ) : edges.length === 0 ? (
        <div className="state state--empty">
          <p role="status">
            {filters.active ? t('search.noneFiltered', { query }) : t('search.none', { query })}
            {period && ` ${t('search.periodSentence', { period })}`}
          </p>
          {filters.active && (
            <button type="button" className="button" onClick={filters.clear}>
              {t('search.clearFilters')}
            </button>
          )}
        </div>
      ) : (
        <>
          <p role="status">
            {t(filters.active ? 'search.resultsFiltered' : 'search.results', {
              count: data?.search.totalCount ?? 0,
              query,
            })}
            {period && `, ${period}`}
          </p>
          <ul className="card-list">
            {edges.map(({ cursor, snippet, node }) => {
              const to = href(node);
              return (
                <li key={cursor} className="card">
                  <p className="eyebrow">
                    {node.__typename === 'Product'
                      ? `${t('search.kind.Product')} · ${t(`productKind.${node.kind}`)}`
                      : t(`search.kind.${node.__typename}`)}
                  </p>
                  <h2 className="search__title">{to ? <Link to={to}>{node.title}</Link> : node.title}</h2>
                  {(node.__typename === 'Lesson' || node.__typename === 'Insight') && (
                    <p className="meta">
                      <span className={`badge badge--${node.visibility.toLowerCase()}`}>
                        {t(`visibility.${node.visibility}`)}
                      </span>
                      <Link to={atelierPath(node.atelier.id)}>{node.atelier.title}</Link>
                    </p>
                  )}
                  {node.__typename === 'Activity' && (
                    <p className="meta">
                      <span>{formatDate(node.startsAt)}</span>
                      {/* An atelier's activity names its atelier; a werkplaats-wide one its werkplaats. */}
                      {node.host ? (
                        <Link to={atelierPath(node.host.id)}>{node.host.title}</Link>
                      ) : (
                        node.workshop && <span>{node.workshop.name}</span>
                      )}
                    </p>
                  )}
                  {node.__typename === 'Product' && (
                    <p className="meta">
                      <Link to={atelierPath(node.atelier.id)}>{node.atelier.title}</Link>
                    </p>
                  )}
                  {snippet ? (
                    <Snippet text={snippet.text} marks={snippet.marks} />
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
