import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { NotFound } from '../common/NotFound';
import { LoadError, Loading } from '../common/States';
import { WrongWorkshop } from '../workshop/WrongWorkshop';
import { SpreadView, useSpreadFilters } from './SpreadView';

const AtelierSpreadQuery = graphql(`
  query AtelierSpread(
    $id: ID!
    $workshopId: ID!
    $condition: Condition
    $level: Level
    $domain: Domain
    $municipalityId: ID
  ) {
    atelier(id: $id) {
      id
      title
      workshop {
        slug
      }
      lessonSpread(condition: $condition, level: $level, domain: $domain, municipalityId: $municipalityId) {
        ...SpreadView_spread
      }
    }
    municipalities(workshopId: $workshopId) {
      id
      name
    }
  }
`);

/** The spread of one atelier's lessons (those the reader may read), with the same filters and charts. */
export function AtelierSpreadPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const workshop = useWorkshop();
  const filters = useSpreadFilters();
  const { data, previousData, loading, error, refetch } = useQuery(AtelierSpreadQuery, {
    variables: { id, workshopId: workshop.id, ...filters.variables },
  });
  const shown = data ?? previousData;
  if (!shown) return loading ? <Loading /> : <LoadError error={error} retry={() => void refetch()} />;
  if (!shown.atelier) return <NotFound />;
  // An atelier of another werkplaats is not shown under this one's name and gemeenten.
  if (shown.atelier.workshop.slug !== workshop.slug)
    return <WrongWorkshop slug={shown.atelier.workshop.slug} />;
  const atelierPath = workshop.path(`/ateliers/${encodeURIComponent(shown.atelier.id)}`);
  return (
    <article className="stack">
      <header className="intro">
        <p className="eyebrow">
          <Link to={atelierPath}>{shown.atelier.title}</Link>
        </p>
        <h1>{t('spread.atelierTitle')}</h1>
        <p className="lead">{t('spread.atelierLead')}</p>
      </header>
      <SpreadView
        spread={shown.atelier.lessonSpread}
        filters={filters}
        municipalities={shown.municipalities}
      />
    </article>
  );
}
