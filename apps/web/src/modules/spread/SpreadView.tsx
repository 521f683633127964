import { CONDITIONS, DOMAINS, LEVELS } from '@werkplaats/domain';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { SpreadView_SpreadFragment } from '../../gql/graphql';
import { Empty } from '../common/States';
import { FilterSelect, type FilterOption } from '../common/FilterSelect';

graphql(`
  fragment SpreadView_spread on LessonSpread {
    total
    withoutMunicipality
    byCondition {
      condition
      count
    }
    byLevel {
      level
      count
    }
    byDomain {
      domain
      count
    }
    byMunicipality {
      count
      municipality {
        id
        name
      }
    }
  }
`);

type ParamName = 'voorwaarde' | 'niveau' | 'domein' | 'gemeente';

/** The spread's filters live in the address (as the tribune's), so a narrowed spread can be sent on. */
export function useSpreadFilters() {
  const [params, setParams] = useSearchParams();
  const pick = <T extends string>(name: ParamName, values: readonly T[]) =>
    values.find((v) => v === params.get(name)) ?? null;
  const condition = pick('voorwaarde', CONDITIONS);
  const level = pick('niveau', LEVELS);
  const domain = pick('domein', DOMAINS);
  const municipalityId = params.get('gemeente') || null;
  const set = (name: ParamName, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return {
    condition,
    level,
    domain,
    municipalityId,
    set,
    clear: () => setParams(new URLSearchParams(), { replace: true }),
    active: condition !== null || level !== null || domain !== null || municipalityId !== null,
    variables: { condition, level, domain, municipalityId },
  };
}
export type SpreadFilters = ReturnType<typeof useSpreadFilters>;

interface Bar {
  key: string;
  label: string;
  count: number;
  /** The fill of the bar: the condition's own colour, where the bar is one. */
  fill?: string;
}

const ROW = 22;
const LABEL_WIDTH = 200;
const BAR_WIDTH = 150;
const LABEL_CHARS = 28;

/**
 * One dimension of the spread: a bar chart (SVG, named for screen readers, which read its numbers in the table)
 * and beside it the table with the same numbers and their share.
 */
function SpreadChart({
  title,
  bars,
  total,
  note,
}: {
  title: string;
  bars: Bar[];
  total: number;
  note?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.count));
  const percent = (count: number) => (total === 0 ? 0 : Math.round((count / total) * 100));
  return (
    <section className="spread-chart card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {note && <p className="meta">{note}</p>}
      <div className="spread-chart__body">
        <svg
          className="spread-chart__bars"
          viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 36} ${bars.length * ROW}`}
          role="img"
          aria-label={t('spread.chartLabel', { title })}
        >
          {bars.map((bar, i) => (
            <g key={bar.key} transform={`translate(0 ${i * ROW})`}>
              <text x="0" y={ROW / 2 + 4} className="spread-chart__label">
                {bar.label.length > LABEL_CHARS ? `${bar.label.slice(0, LABEL_CHARS - 1)}…` : bar.label}
              </text>
              <rect
                className="spread-chart__track"
                x={LABEL_WIDTH}
                y="4"
                width={BAR_WIDTH}
                height={ROW - 8}
                rx="2"
              />
              <rect
                className={bar.fill ?? 'spread-chart__fill'}
                x={LABEL_WIDTH}
                y="4"
                width={(bar.count / max) * BAR_WIDTH}
                height={ROW - 8}
                rx="2"
              />
              <text x={LABEL_WIDTH + BAR_WIDTH + 6} y={ROW / 2 + 4} className="spread-chart__count">
                {bar.count}
              </text>
            </g>
          ))}
        </svg>
        <table className="data-table spread-chart__table">
          <caption className="visually-hidden">{t('spread.tableCaption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('spread.valueColumn')}</th>
              <th scope="col" className="numeric">
                {t('spread.countColumn')}
              </th>
              <th scope="col" className="numeric">
                {t('spread.shareColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td className="numeric">{bar.count}</td>
                <td className="numeric">{t('spread.percent', { percent: percent(bar.count) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * Lessons by condition, level, domain and gemeente, with the filters that narrow all four: counted by the API
 * over what the reader may read.
 */
export function SpreadView({
  spread,
  filters,
  municipalities,
}: {
  spread: SpreadView_SpreadFragment | undefined;
  filters: SpreadFilters;
  municipalities: readonly { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const id = useId();
  const select = (
    name: ParamName,
    label: string,
    all: string,
    value: string | null,
    options: FilterOption[],
  ) => (
    <FilterSelect
      id={`${id}-${name}`}
      label={label}
      value={value}
      all={all}
      onChange={(chosen) => filters.set(name, chosen)}
      options={options}
    />
  );
  return (
    <>
      <form className="list-filters" aria-label={t('spread.filters')} onSubmit={(e) => e.preventDefault()}>
        {select(
          'voorwaarde',
          t('spread.filterCondition'),
          t('spread.allConditions'),
          filters.condition,
          CONDITIONS.map((c) => ({ value: c, label: t(`condition.${c}`) })),
        )}
        {select(
          'niveau',
          t('spread.filterLevel'),
          t('spread.allLevels'),
          filters.level,
          LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) })),
        )}
        {select(
          'domein',
          t('spread.filterDomain'),
          t('spread.allDomains'),
          filters.domain,
          DOMAINS.map((d) => ({ value: d, label: t(`domain.${d}`) })),
        )}
        {select(
          'gemeente',
          t('spread.filterMunicipality'),
          t('spread.allMunicipalities'),
          filters.municipalityId,
          municipalities.map((m) => ({ value: m.id, label: m.name })),
        )}
        {filters.active && (
          <button type="button" className="button button--quiet" onClick={filters.clear}>
            {t('spread.clearFilters')}
          </button>
        )}
      </form>
      <p className="meta" role="status">
        {spread ? t('spread.total', { count: spread.total }) : ''}
      </p>
      {spread &&
        (spread.total === 0 ? (
          <Empty>{filters.active ? t('spread.emptyFiltered') : t('spread.empty')}</Empty>
        ) : (
          <div className="spread-charts">
            <SpreadChart
              title={t('spread.byCondition')}
              note={t('spread.conditionNote')}
              total={spread.total}
              bars={spread.byCondition.map((c) => ({
                key: c.condition,
                label: t(`condition.${c.condition}`),
                count: c.count,
                fill: `condition-fill--${c.condition.toLowerCase()}`,
              }))}
            />
            <SpreadChart
              title={t('spread.byLevel')}
              total={spread.total}
              bars={spread.byLevel.map((l) => ({
                key: l.level,
                label: t(`level.${l.level}`),
                count: l.count,
              }))}
            />
            <SpreadChart
              title={t('spread.byDomain')}
              total={spread.total}
              bars={spread.byDomain.map((d) => ({
                key: d.domain,
                label: t(`domain.${d.domain}`),
                count: d.count,
              }))}
            />
            <SpreadChart
              title={t('spread.byMunicipality')}
              total={spread.total}
              bars={[
                ...spread.byMunicipality.map((m) => ({
                  key: m.municipality.id,
                  label: m.municipality.name,
                  count: m.count,
                })),
                ...(spread.withoutMunicipality > 0
                  ? [{ key: 'atelier', label: t('spread.atelierLevel'), count: spread.withoutMunicipality }]
                  : []),
              ]}
            />
          </div>
        ))}
    </>
  );
}
