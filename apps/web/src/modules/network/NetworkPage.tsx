import { useQuery } from '@apollo/client/react';
import { CONDITIONS } from '@werkplaats/domain';
import { lazy, Suspense, useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { Empty, LoadError, Loading } from '../common/States';
import { around, atelierRows, type Network, type NetworkNode } from './network-model';
import { FilterSelect } from '../common/FilterSelect';

// The drawing and its graph layout library load only when the picture is shown: the table needs neither.
const NetworkGraph = lazy(() => import('./NetworkGraph'));

const NetworkQuery = graphql(`
  query NetworkPage($workshopId: ID!, $condition: Condition, $nationalThemeId: ID, $municipalityId: ID) {
    network(
      workshopId: $workshopId
      condition: $condition
      nationalThemeId: $nationalThemeId
      municipalityId: $municipalityId
    ) {
      nodes {
        id
        kind
        label
      }
      edges {
        from
        to
        kind
        weight
      }
    }
  }
`);

const NetworkChoicesQuery = graphql(`
  query NetworkChoices($workshopId: ID!) {
    nationalThemes {
      id
      name
    }
    municipalities(workshopId: $workshopId) {
      id
      name
    }
  }
`);

type FilterName = 'voorwaarde' | 'thema' | 'gemeente' | 'rond' | 'weergave';

/** The filters, the part shown and the view live in the address, so a picture can be reloaded and sent on. */
function useNetworkParams() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('voorwaarde');
  const condition = CONDITIONS.find((c) => c === raw) ?? null;
  const themeId = params.get('thema') || null;
  const municipalityId = params.get('gemeente') || null;
  const focusId = params.get('rond') || null;
  const view: 'plaatje' | 'tabel' = params.get('weergave') === 'tabel' ? 'tabel' : 'plaatje';
  const set = (name: FilterName, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: name !== 'rond' },
    );
  const clear = () =>
    setParams(view === 'tabel' ? new URLSearchParams({ weergave: 'tabel' }) : new URLSearchParams(), {
      replace: true,
    });
  return {
    params,
    condition,
    themeId,
    municipalityId,
    focusId,
    view,
    set,
    clear,
    active: condition !== null || themeId !== null || municipalityId !== null,
  };
}

/**
 * The network picture of a werkplaats: its kwesties, ateliers, gemeenten, trekkers and organisations, as a
 * drawing and as a table with the same data and the same filters. What the reader may not see (organisations of
 * ateliers they do not follow) is left out by the API, not here.
 */
export function NetworkPage() {
  const { t } = useI18n();
  const workshop = useWorkshop();
  const filters = useNetworkParams();
  const id = useId();
  const { data, previousData, loading, error, refetch } = useQuery(NetworkQuery, {
    variables: {
      workshopId: workshop.id,
      condition: filters.condition,
      nationalThemeId: filters.themeId,
      municipalityId: filters.municipalityId,
    },
  });
  const choices = useQuery(NetworkChoicesQuery, { variables: { workshopId: workshop.id } });
  const whole: Network | undefined = (data ?? previousData)?.network;
  const focused = useMemo(
    () => (whole && filters.focusId ? around(whole, filters.focusId) : null),
    [whole, filters.focusId],
  );
  const shown = focused ?? whole;
  const rows = useMemo(() => (shown ? atelierRows(shown) : []), [shown]);
  const focusNode = focused?.nodes.find((n) => n.id === filters.focusId);

  /** An atelier opens its page; any other node shows the part of the picture around it. */
  const hrefOf = (node: NetworkNode) => {
    if (node.kind === 'ATELIER') return workshop.path(`/ateliers/${encodeURIComponent(node.id)}`);
    const next = new URLSearchParams(filters.params);
    next.set('rond', node.id);
    return workshop.path(`/netwerk?${next.toString()}`);
  };
  const viewHref = (view: 'plaatje' | 'tabel') => {
    const next = new URLSearchParams(filters.params);
    if (view === 'tabel') next.set('weergave', 'tabel');
    else next.delete('weergave');
    return workshop.path(`/netwerk?${next.toString()}`);
  };

  const nodeLink = (node: NetworkNode | null) =>
    node ? <Link to={hrefOf(node)}>{node.label}</Link> : <span>{t('network.unknown')}</span>;

  return (
    <article className="stack network-page">
      <header className="intro">
        <p className="eyebrow">{workshop.name}</p>
        <h1>{t('network.title')}</h1>
        <p className="lead">{t('network.lead')}</p>
      </header>

      <form className="list-filters" aria-label={t('network.filters')} onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          id={`${id}-condition`}
          label={t('network.filterCondition')}
          value={filters.condition}
          all={t('network.allConditions')}
          onChange={(value) => filters.set('voorwaarde', value)}
          options={CONDITIONS.map((c) => ({ value: c, label: t(`condition.${c}`) }))}
        />
        <FilterSelect
          id={`${id}-theme`}
          label={t('network.filterTheme')}
          value={filters.themeId}
          all={t('network.allThemes')}
          onChange={(value) => filters.set('thema', value)}
          options={(choices.data?.nationalThemes ?? []).map((theme) => ({
            value: theme.id,
            label: theme.name,
          }))}
        />
        <FilterSelect
          id={`${id}-municipality`}
          label={t('network.filterMunicipality')}
          value={filters.municipalityId}
          all={t('network.allMunicipalities')}
          onChange={(value) => filters.set('gemeente', value)}
          options={(choices.data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name }))}
        />
        {filters.active && (
          <button type="button" className="button button--quiet" onClick={filters.clear}>
            {t('network.clearFilters')}
          </button>
        )}
      </form>
      <p className="meta" role="status">
        {whole && (filters.active || focused) ? t('network.count', { count: rows.length }) : ''}
      </p>

      {focusNode && (
        <p className="network-focus">
          {t('network.around', { kind: t(`network.kind.${focusNode.kind}`), name: focusNode.label })}{' '}
          <button type="button" className="button button--quiet" onClick={() => filters.set('rond', '')}>
            {t('network.wholeNetwork')}
          </button>
        </p>
      )}

      <nav className="view-switch" aria-label={t('network.view')}>
        <Link to={viewHref('plaatje')} replace aria-current={filters.view === 'plaatje' ? 'page' : undefined}>
          {t('network.viewGraph')}
        </Link>
        <Link to={viewHref('tabel')} replace aria-current={filters.view === 'tabel' ? 'page' : undefined}>
          {t('network.viewTable')}
        </Link>
      </nav>

      {!whole ? (
        loading ? (
          <Loading />
        ) : (
          <LoadError error={error} retry={() => void refetch()} />
        )
      ) : rows.length === 0 ? (
        <Empty>{filters.active ? t('network.emptyFiltered') : t('network.empty')}</Empty>
      ) : filters.view === 'plaatje' ? (
        <Suspense fallback={<Loading />}>
          <NetworkGraph network={shown!} hrefOf={hrefOf} />
          <p className="meta">{t('network.graphHint')}</p>
        </Suspense>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="data-table network-table">
            <caption id={`${id}-caption`}>{t('network.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network.kind.SOCIAL_ISSUE')}</th>
                <th scope="col">{t('network.kind.ATELIER')}</th>
                <th scope="col">{t('network.kind.TREKKER')}</th>
                <th scope="col">{t('network.municipalitiesColumn')}</th>
                <th scope="col">{t('network.organisationsColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.atelier.id}>
                  <td>{nodeLink(row.socialIssue)}</td>
                  <th scope="row">{nodeLink(row.atelier)}</th>
                  <td>{nodeLink(row.trekker)}</td>
                  <td>
                    {row.municipalities.length === 0 ? (
                      t('network.none')
                    ) : (
                      <ul className="plain-list">
                        {row.municipalities.map((m) => (
                          <li key={m.node.id}>
                            {nodeLink(m.node)}{' '}
                            <span className="meta">{t('network.practices', { count: m.practices })}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {row.organisations.length === 0 ? (
                      t('network.none')
                    ) : (
                      <ul className="plain-list">
                        {row.organisations.map((o) => (
                          <li key={o.node.id}>
                            {nodeLink(o.node)}{' '}
                            <span className="meta">{t('network.people', { count: o.people })}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="meta">{t('network.organisationsNote')}</p>
    </article>
  );
}
