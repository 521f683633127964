import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';

const AtelierDigestsQuery = graphql(`
  query AtelierDigests($id: ID!) {
    atelier(id: $id) {
      id
      digests(first: 5) {
        edges {
          node {
            id
            introduction
            sentAt
            items {
              lesson {
                id
                title
              }
              insight {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`);

/**
 * The digests 'Wat we leerden' the trekker sent, for those who follow the atelier: each shows only the lessons and
 * insights its reader may read (the API filters them). Nothing is shown to others, nor before the first one.
 */
export function DigestList({ atelierId }: { atelierId: string }) {
  const { t, formatDate } = useI18n();
  const workshop = useWorkshop();
  const { data } = useQuery(AtelierDigestsQuery, { variables: { id: atelierId } });
  const digests = data?.atelier?.digests.edges.map((e) => e.node) ?? [];
  if (digests.length === 0) return null;
  return (
    <section aria-labelledby="wat-we-leerden">
      <h2 id="wat-we-leerden">{t('digest.sentTitle')}</h2>
      <ul className="card-list">
        {digests.map((digest) => (
          <li key={digest.id} className="card">
            <h3>
              {t('digest.sentOn', {
                date: formatDate(digest.sentAt ?? '', { day: 'numeric', month: 'long', year: 'numeric' }),
              })}
            </h3>
            {digest.introduction
              .split(/\n\s*\n/)
              .filter((p) => p.trim() !== '')
              .map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            <ul>
              {digest.items.map((item) =>
                item.lesson ? (
                  <li key={item.lesson.id}>
                    <Link to={workshop.path(`/lessen/${encodeURIComponent(item.lesson.id)}`)}>
                      {item.lesson.title}
                    </Link>
                  </li>
                ) : item.insight ? (
                  <li key={item.insight.id}>
                    <Link to={workshop.path(`/inzichten/${encodeURIComponent(item.insight.id)}`)}>
                      {item.insight.title}
                    </Link>
                  </li>
                ) : null,
              )}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
