import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { LoadError, Loading } from '../common/States';
import { SpreadView, useSpreadFilters } from './SpreadView';

const WorkshopSpreadQuery = graphql(`
  query WorkshopSpread(
    $workshopId: ID!
    $condition: Condition
    $level: Level
    $domain: Domain
    $municipalityId: ID
  ) {
    lessonSpread(
      workshopId: $workshopId
      condition: $condition
      level: $level
      domain: $domain
      municipalityId: $municipalityId
    ) {
      ...SpreadView_spread
    }
    municipalities(workshopId: $workshopId) {
      id
      name
    }
  }
`);

/** The spread of a werkplaats's lessons (those the reader may read) over condition, level, domain and gemeente. */
export function SpreadPage() {
  const { t } = useI18n();
  const workshop = useWorkshop();
  const filters = useSpreadFilters();
  const { data, previousData, loading, error, refetch } = useQuery(WorkshopSpreadQuery, {
    variables: { workshopId: workshop.id, ...filters.variables },
  });
  const shown = data ?? previousData;
  return (
    <article className="stack">
      <header className="intro">
        <p className="eyebrow">{workshop.name}</p>
        <h1>{t('spread.title')}</h1>
        <p className="lead">{t('spread.lead')}</p>
      </header>
      {shown ? (
        <SpreadView spread={shown.lessonSpread} filters={filters} municipalities={shown.municipalities} />
      ) : loading ? (
        <Loading />
      ) : (
        <LoadError error={error} retry={() => void refetch()} />
      )}
    </article>
  );
}
