import { useQuery } from '@apollo/client/react';
import { Link, Navigate } from 'react-router';
import { useI18n } from '../../app/i18n';
import { workshopPath } from '../../app/workshop';
import { graphql } from '../../gql';
import { Empty, LoadError, Loading } from '../common/States';

const PrivacyStatementsQuery = graphql(`
  query PrivacyStatements {
    workshops {
      id
      slug
      name
    }
  }
`);

/**
 * The footer's privacy statement off a werkplaats's pages (/privacyverklaring): each werkplaats has its own, so
 * this lists them; with one werkplaats, its statement is the page.
 */
export function PrivacyStatementsPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(PrivacyStatementsQuery);
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError retry={() => void refetch()} />;
  const workshops = data?.workshops ?? [];
  if (workshops.length === 1) {
    return <Navigate replace to={workshopPath(workshops[0]!.slug, '/privacyverklaring')} />;
  }
  return (
    <section className="narrow">
      <h1>{t('statements.title')}</h1>
      <p className="lead">{t('statements.intro')}</p>
      {workshops.length === 0 ? (
        <Empty>{t('statements.empty')}</Empty>
      ) : (
        <ul>
          {workshops.map((w) => (
            <li key={w.id}>
              <Link to={workshopPath(w.slug, '/privacyverklaring')}>
                {t('statements.of', { workshop: w.name })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
