import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { LoadError, Loading } from '../common/States';
import { PART_DEFAULT, PART_TITLE, Paragraphs, STATEMENT_PARTS } from './parts';

const PrivacyStatementQuery = graphql(`
  query PrivacyStatementPage($slug: String!) {
    workshop(slug: $slug) {
      id
      name
      privacyStatement {
        controller
        purposes
        legalGrounds
        retention
        rights
        dpoContact
        contactEmail
        updatedAt
      }
    }
  }
`);

/**
 * A werkplaats's privacy statement (/w/<slug>/privacyverklaring), for everyone: each part as its beheerders wrote
 * it, or the platform's default text where they left it empty; the contact address; the way to one's own data.
 */
export function PrivacyStatementPage() {
  const { t, formatDate } = useI18n();
  const workshop = useWorkshop();
  const { data, loading, error, refetch } = useQuery(PrivacyStatementQuery, {
    variables: { slug: workshop.slug },
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError retry={() => void refetch()} />;
  const statement = data?.workshop?.privacyStatement;
  const name = data?.workshop?.name ?? workshop.name;

  return (
    <article className="prose statement">
      <h1>{t('statement.title', { workshop: name })}</h1>
      <p className="lead">{t('statement.intro', { workshop: name })}</p>
      <p className="meta">
        {statement?.updatedAt
          ? t('statement.updated', { date: formatDate(statement.updatedAt) })
          : t('statement.allDefault')}
      </p>
      {STATEMENT_PARTS.map((part) => (
        <section key={part} aria-labelledby={`deel-${part}`}>
          <h2 id={`deel-${part}`}>{t(PART_TITLE[part])}</h2>
          <Paragraphs text={statement?.[part] ?? t(PART_DEFAULT[part], { workshop: name })} />
        </section>
      ))}
      <section aria-labelledby="deel-contact">
        <h2 id="deel-contact">{t('statement.contactTitle')}</h2>
        {statement?.contactEmail ? (
          <p>
            {t('statement.contactBody')}{' '}
            <a href={`mailto:${statement.contactEmail}`}>{statement.contactEmail}</a>.
          </p>
        ) : (
          <p>{t('statement.contactNone')}</p>
        )}
      </section>
      <section aria-labelledby="deel-eigen">
        <h2 id="deel-eigen">{t('statement.ownDataTitle')}</h2>
        <p>
          {t('statement.ownDataBody')} <Link to="/privacy">{t('footer.privacy')}</Link>.
        </p>
      </section>
    </article>
  );
}
