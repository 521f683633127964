import { useQuery } from '@apollo/client/react';
import { Link, Navigate } from 'react-router';
import { workshopPath } from '../../app/workshop';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql-shell';
import { Empty, LoadError, Loading } from '../common/States';

const WorkshopsQuery = graphql(`
  query Workshops {
    workshops {
      id
      slug
      name
      region
      activeSocialIssueCount
      atelierCount
      publicInsightCount
      latestPublicInsights {
        id
        title
      }
    }
    nationalThemes {
      id
      slug
      name
    }
  }
`);

/**
 * The front door of a deployment: its werkplaatsen, each with what it shares publicly, and the national themes
 * that run across them. With one werkplaats there is nothing to choose: its agenda is the front door.
 */
export function WorkshopsPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(WorkshopsQuery);
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError retry={() => void refetch()} />;
  const workshops = data?.workshops ?? [];
  if (workshops.length === 1) return <Navigate replace to={workshopPath(workshops[0]!.slug)} />;

  return (
    <>
      <section className="intro">
        <h1>{t('werkplaatsen.title')}</h1>
        <p className="lead">{t('werkplaatsen.intro')}</p>
      </section>
      <div className="two-columns">
        <section aria-labelledby="werkplaatsen">
          <h2 id="werkplaatsen" className="visually-hidden">
            {t('werkplaatsen.listTitle')}
          </h2>
          {workshops.length === 0 ? (
            <Empty>{t('werkplaatsen.empty')}</Empty>
          ) : (
            <ul className="card-list">
              {workshops.map((w) => (
                <li key={w.id} className="card workshop-card">
                  <h3>
                    <Link to={workshopPath(w.slug)}>{w.name}</Link>
                  </h3>
                  {w.region && <p className="meta">{t('werkplaatsen.region', { region: w.region })}</p>}
                  <p>
                    {t('werkplaatsen.figures', {
                      issues: w.activeSocialIssueCount,
                      ateliers: w.atelierCount,
                      insights: w.publicInsightCount,
                    })}
                  </p>
                  {w.latestPublicInsights.length > 0 && (
                    <>
                      <p className="meta">{t('werkplaatsen.latest')}</p>
                      <ul>
                        {w.latestPublicInsights.map((insight) => (
                          <li key={insight.id}>
                            <Link to={workshopPath(w.slug, `/inzichten/${encodeURIComponent(insight.id)}`)}>
                              {insight.title}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        {data && data.nationalThemes.length > 0 && (
          <aside className="card" aria-labelledby="thema-s">
            <h2 id="thema-s">{t('agenda.themesTitle')}</h2>
            <p className="meta">{t('werkplaatsen.themesIntro')}</p>
            <ul>
              {data.nationalThemes.map((theme) => (
                <li key={theme.id}>
                  <Link to={`/themas/${theme.slug}`}>{theme.name}</Link>
                </li>
              ))}
            </ul>
          </aside>
        )}
      </div>
    </>
  );
}
