import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { workshopPath } from '../../app/workshop';
import { graphql } from '../../gql';
import { LoadError, Loading } from '../common/States';
import { ACCESSIBILITY_STATEMENT_DATE, AXE_EVIDENCE } from './accessibility-evidence';

const AccessibilityContactsQuery = graphql(`
  query AccessibilityContacts {
    workshops {
      id
      slug
      name
      privacyStatement {
        contactEmail
      }
    }
  }
`);

const LEVELS = ['A', 'B', 'C', 'D', 'E'] as const;
const LIMITS = ['untested', 'content', 'external', 'files'] as const;

/**
 * The accessibility statement (/toegankelijkheid), after the Dutch government's model: status, standard, the
 * evidence (the project's own axe tests), known limitations, where to report a problem, and its date.
 */
export function AccessibilityPage() {
  const { t, formatDate } = useI18n();
  const { data, loading, error, refetch } = useQuery(AccessibilityContactsQuery);

  return (
    <article className="prose statement">
      <h1>{t('a11y.title')}</h1>
      <p className="lead">{t('a11y.intro')}</p>

      <section aria-labelledby="a11y-status">
        <h2 id="a11y-status">{t('a11y.statusTitle')}</h2>
        <p>{t('a11y.statusBody')}</p>
        <h3>{t('a11y.levelsTitle')}</h3>
        <p>{t('a11y.levelsIntro')}</p>
        <ul>
          {LEVELS.map((level) => (
            <li key={level}>
              {level === 'C' ? <strong>{t(`a11y.level.${level}`)}</strong> : t(`a11y.level.${level}`)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="a11y-standard">
        <h2 id="a11y-standard">{t('a11y.standardTitle')}</h2>
        <p>{t('a11y.standardBody')}</p>
      </section>

      <section aria-labelledby="a11y-evidence">
        <h2 id="a11y-evidence">{t('a11y.evidenceTitle')}</h2>
        <p>{t('a11y.evidenceBody')}</p>
        <ul>
          {AXE_EVIDENCE.map((e) => (
            <li key={e.page}>
              {t(e.page)}
              {e.phone && `, ${t('a11y.evidencePhone')}`}
            </li>
          ))}
        </ul>
        <p>{t('a11y.evidenceLimit')}</p>
      </section>

      <section aria-labelledby="a11y-limits">
        <h2 id="a11y-limits">{t('a11y.limitsTitle')}</h2>
        <ul>
          {LIMITS.map((limit) => (
            <li key={limit}>{t(`a11y.limit.${limit}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="a11y-contact">
        <h2 id="a11y-contact">{t('a11y.contactTitle')}</h2>
        <p>{t('a11y.contactBody')}</p>
        {loading && !data ? (
          <Loading />
        ) : error && !data ? (
          <LoadError retry={() => void refetch()} />
        ) : (
          <ul>
            {(data?.workshops ?? []).map((w) => (
              <li key={w.id}>
                {w.name}:{' '}
                {w.privacyStatement.contactEmail ? (
                  <a href={`mailto:${w.privacyStatement.contactEmail}`}>{w.privacyStatement.contactEmail}</a>
                ) : (
                  <Link to={workshopPath(w.slug, '/privacyverklaring')}>{t('a11y.contactNone')}</Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="a11y-date">
        <h2 id="a11y-date">{t('a11y.dateTitle')}</h2>
        <p>{t('a11y.dateBody', { date: formatDate(ACCESSIBILITY_STATEMENT_DATE) })}</p>
      </section>
    </article>
  );
}
