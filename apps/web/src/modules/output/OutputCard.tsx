import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import type { OutputCard_ProductFragment } from '../../gql/graphql';

graphql(`
  fragment OutputCard_product on Product {
    id
    kind
    title
    description
    os
    publishedAt
    createdAt
    visibility
    atelier {
      id
      title
    }
    file {
      name
    }
  }
`);

/** One output in a list (the catalogue, an atelier's page): its kind, title, atelier, date and O's. */
export function OutputCard({ product }: { product: OutputCard_ProductFragment }) {
  const { t, formatDate } = useI18n();
  const workshop = useWorkshop();
  return (
    <li className="card output-card">
      <p className="eyebrow">{t(`productKind.${product.kind}`)}</p>
      <h3>
        <Link to={workshop.path(`/opbrengsten/${encodeURIComponent(product.id)}`)}>{product.title}</Link>
      </h3>
      {product.description && <p className="output-card__summary">{product.description}</p>}
      <p className="meta">
        {product.visibility !== 'PUBLIC' && (
          <span className={`badge badge--${product.visibility.toLowerCase()}`}>
            {t(`visibility.${product.visibility}`)}
          </span>
        )}
        <span>{product.atelier.title}</span>
        <span>{formatDate(product.publishedAt ?? product.createdAt)}</span>
        {product.file && <span>{t('output.hasFile')}</span>}
      </p>
      {product.os.length > 0 && (
        <ul className="tags" aria-label={t('output.osLabel')}>
          {product.os.map((o) => (
            <li key={o} className="tag">
              {t(`productO.${o}`)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
