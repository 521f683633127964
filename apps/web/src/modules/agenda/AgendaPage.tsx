import type { ActivityKind } from '@werkplaats/domain';
import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { usePrefetched, type Prefetch } from '../../app/prefetch';
import { useWorkshop, workshopIdOf } from '../../app/workshop';
import { graphql } from '../../gql-shell';
import type { SocialIssueCard_IssueFragment } from '../../gql-shell/graphql';
import { Empty, LoadError, Loading } from '../common/States';
import { ConditionsExplainer } from './ConditionsExplainer';
import { appendPage } from '../common/append-page';
import { LoadMore } from '../common/LoadMore';

graphql(`
  fragment SocialIssueCard_issue on SocialIssue {
    id
    title
    description
    since
    status
    lapseReason
    mergedInto {
      id
      title
    }
    nationalThemes {
      id
      slug
      name
    }
    ateliers {
      id
      title
      arenaCount
      tribuneCount
      trekker {
        id
        name
      }
    }
  }
`);

const AgendaQuery = graphql(`
  query Agenda($workshopId: ID!, $status: SocialIssueStatus, $after: String) {
    socialIssues(first: 50, workshopId: $workshopId, status: $status, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...SocialIssueCard_issue
        }
      }
    }
    nationalThemes {
      id
      slug
      name
    }
    # The werkplaats's own meetings (ontmoetingen, the symposium): those this reader may read, soonest first.
    werkplaats: node(id: $workshopId) {
      id
      ... on Workshop {
        activities(upcoming: true, first: 5) {
          edges {
            node {
              id
              title
              kind
              startsAt
            }
          }
        }
      }
    }
  }
`);

function SocialIssueCard({ issue }: { issue: SocialIssueCard_IssueFragment }) {
  const { t } = useI18n();
  const workshop = useWorkshop();
  return (
    <li className="card issue">
      <h3 className="issue__title">{issue.title}</h3>
      <p className="meta">
        {issue.status !== 'ACTIVE' && (
          <span className={`badge badge--${issue.status.toLowerCase()}`}>{t(`status.${issue.status}`)}</span>
        )}
        {issue.since && <span>{t('agenda.since', { since: issue.since })}</span>}
      </p>
      <p>{issue.description}</p>
      {issue.nationalThemes.length > 0 && (
        <p className="meta">
          {t('agenda.themesOf')}{' '}
          {/* One item of the line of facts, so the commas sit against the names (the line spaces its items). */}
          <span>
            {issue.nationalThemes.map((theme, i) => (
              <Fragment key={theme.id}>
                {i > 0 && ', '}
                <Link to={`/themas/${theme.slug}`}>{theme.name}</Link>
              </Fragment>
            ))}
          </span>
        </p>
      )}
      {issue.mergedInto && (
        <p className="meta">{t('agenda.mergedInto', { title: issue.mergedInto.title })}</p>
      )}
      {issue.status === 'LAPSED' && issue.lapseReason && (
        <p className="meta">{t('agenda.lapsedBecause', { reason: issue.lapseReason })}</p>
      )}
      {issue.status === 'ACTIVE' &&
        (issue.ateliers.length === 0 ? (
          <p className="meta">{t('agenda.noAtelier')}</p>
        ) : (
          <ul className="issue__ateliers">
            {issue.ateliers.map((atelier) => (
              <li key={atelier.id}>
                <Link
                  to={workshop.path(`/ateliers/${encodeURIComponent(atelier.id)}`)}
                  className="issue__atelier-link"
                >
                  {atelier.title}
                </Link>
                <span className="meta">
                  {t('agenda.trekker', { name: atelier.trekker.name })} ·{' '}
                  {t('atelier.arenaCount', { count: atelier.arenaCount })} ·{' '}
                  {t('atelier.tribuneCount', { count: atelier.tribuneCount })}
                </span>
              </li>
            ))}
          </ul>
        ))}
    </li>
  );
}

/** The upcoming meetings of the werkplaats as a whole; left out when there are none this reader may read. */
function WorkshopActivities({
  activities,
}: {
  activities: { id: string; title: string; kind: ActivityKind; startsAt: string }[];
}) {
  const { t, formatDate } = useI18n();
  const workshop = useWorkshop();
  if (activities.length === 0) return null;
  return (
    <section aria-labelledby="bijeenkomsten" className="card">
      <h2 id="bijeenkomsten">{t('agenda.workshopActivities')}</h2>
      <ul>
        {activities.map((a) => (
          <li key={a.id}>
            <Link to={workshop.path(`/activiteiten/${encodeURIComponent(a.id)}`)}>{a.title}</Link>
            <br />
            <span className="meta">
              {t(`activityKind.${a.kind}`)} · {formatDate(a.startsAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AgendaPage() {
  const { t } = useI18n();
  const workshop = useWorkshop();
  const [showAll, setShowAll] = useState(false);
  const firstVisit = usePrefetched();
  const { data, loading, error, refetch, fetchMore } = useQuery(AgendaQuery, {
    variables: { workshopId: workshop.id, status: showAll ? null : 'ACTIVE' },
    ...firstVisit,
  });
  const issues = data?.socialIssues.edges.map((e) => e.node) ?? [];

  return (
    <>
      <section className="intro">
        <h1>{t('agenda.title')}</h1>
        <p className="meta">{workshop.name}</p>
        <p className="lead">{t('agenda.intro')}</p>
      </section>
      <div className="two-columns">
        <section aria-labelledby="kwesties" className="agenda__issues">
          <div className="section-head">
            <h2 id="kwesties">{t('agenda.issuesTitle')}</h2>
            <label className="checkbox">
              <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
              {t('agenda.showInactive')}
            </label>
          </div>
          {loading && !data ? (
            <Loading />
          ) : error && !data ? (
            <LoadError retry={() => void refetch()} />
          ) : issues.length === 0 ? (
            <Empty>{t('agenda.empty')}</Empty>
          ) : (
            <>
              <ul className="card-list">
                {issues.map((issue) => (
                  <SocialIssueCard key={issue.id} issue={issue} />
                ))}
              </ul>
              <LoadMore
                pageInfo={data?.socialIssues.pageInfo}
                label={t('agenda.more')}
                onMore={(after) =>
                  fetchMore({ variables: { after }, updateQuery: appendPage('socialIssues') })
                }
              />
            </>
          )}
        </section>
        <aside className="stack">
          <WorkshopActivities
            activities={
              data?.werkplaats && 'activities' in data.werkplaats
                ? data.werkplaats.activities.edges.map((e) => e.node)
                : []
            }
          />
          <ConditionsExplainer />
          {data && data.nationalThemes.length > 0 && (
            <section aria-labelledby="thema-s" className="card">
              <h2 id="thema-s">{t('agenda.themesTitle')}</h2>
              <p className="meta">{t('agenda.themesIntro')}</p>
              <ul>
                {data.nationalThemes.map((theme) => (
                  <li key={theme.id}>
                    <Link to={`/themas/${theme.slug}`}>{theme.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </>
  );
}

/** On a first visit the agenda is asked for as soon as the werkplaats is known, before the page first draws. */
AgendaPage.prefetch = (async (client, { slug }) => {
  const workshopId = await workshopIdOf(client, slug);
  if (workshopId) await client.query({ query: AgendaQuery, variables: { workshopId, status: 'ACTIVE' } });
}) satisfies Prefetch;
