import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import type { AtelierOutputs_AtelierFragment } from '../../gql/graphql';
import { Empty } from '../common/States';
import { OutputCard } from './OutputCard';

graphql(`
  fragment AtelierOutputs_atelier on Atelier {
    id
    canWorkInArena
    products {
      ...OutputCard_product
    }
  }
`);

/** An atelier's outputs on its page (those the reader may read), and for the arena the way to register one. */
export function AtelierOutputs({ atelier }: { atelier: AtelierOutputs_AtelierFragment }) {
  const { t } = useI18n();
  const workshop = useWorkshop();
  return (
    <section aria-labelledby="opbrengsten">
      <h2 id="opbrengsten">{t('output.atelierTitle')}</h2>
      {atelier.canWorkInArena && (
        <p>
          <Link
            className="button"
            to={workshop.path(`/ateliers/${encodeURIComponent(atelier.id)}/opbrengst`)}
          >
            {t('output.register')}
          </Link>
        </p>
      )}
      {atelier.products.length === 0 ? (
        <Empty>{t('output.atelierEmpty')}</Empty>
      ) : (
        <ul className="card-list">
          {atelier.products.map((product) => (
            <OutputCard key={product.id} product={product} />
          ))}
        </ul>
      )}
      <p>
        <Link to={workshop.path('/opbrengsten')}>{t('output.toCatalogue')}</Link>
      </p>
    </section>
  );
}
