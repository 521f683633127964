import { DigestList } from './DigestList';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { WrongWorkshop } from '../workshop/WrongWorkshop';
import { usePrefetched, type Prefetch } from '../../app/prefetch';
import { useRolesIn, useViewer } from '../../app/session';
import { JoinLink } from '../auth/JoinLink';
import { graphql } from '../../gql';
import { queryStatus } from '../common/QueryStatus';
import { Empty } from '../common/States';
import { ReportDownload } from '../report/ReportDownload';
import { ConditionSpreadChart } from './ConditionSpreadChart';
import { AdviceSection } from '../committee/AdviceSection';
import { LessonCard } from '../lesson/LessonCard';
import { PracticeSection } from '../practice/PracticeSection';
import { QuestionsSection } from '../question/QuestionsSection';
import { DecisionsSection } from '../decision/DecisionsSection';
import { NotificationLevelForm } from '../notifications/NotificationLevelForm';
import { ParticipationChoice } from './ParticipationChoice';
import { AtelierOutputs } from '../output/AtelierOutputs';

const AtelierQuery = graphql(`
  query AtelierPage($id: ID!) {
    atelier(id: $id) {
      workshop {
        id
        slug
      }
      id
      title
      description
      socialIssue {
        id
        title
      }
      trekker {
        id
        name
      }
      arenaCount
      tribuneCount
      canLead
      canWorkInArena
      readsTribune
      myNotificationLevel
      advice {
        ...AdviceSection_advice
      }
      ...AtelierOutputs_atelier
      ...ParticipationChoice_atelier
      joinRequests(first: 100) {
        edges {
          node {
            id
            kind
          }
        }
      }
      conditionSpread {
        condition
        count
      }
      practices {
        id
        title
        neighbourhood
        municipality {
          id
          name
        }
        participants {
          id
        }
      }
      lessons(first: 20) {
        totalCount
        edges {
          node {
            ...LessonCard_lesson
          }
        }
      }
      insights(first: 10) {
        edges {
          node {
            id
            title
            visibility
            conditions
            lessonCount
          }
        }
      }
      activities(upcoming: true) {
        id
        title
        kind
        startsAt
        cancelledAt
        location
        onlineUrl
        placesLeft
        municipality {
          id
          name
        }
      }
    }
    me {
      id
      ...ParticipationChoice_viewer
    }
  }
`);

export function AtelierPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const { viewer } = useViewer();
  const workshop = useWorkshop();
  // The commissie of the atelier's werkplaats advises it (the page is under that werkplaats's address).
  const { isCommittee: isCommitteeHere } = useRolesIn(workshop.id);
  const firstVisit = usePrefetched();
  const { data, loading, error, refetch } = useQuery(AtelierQuery, {
    variables: { id },
    ...firstVisit,
  });

  const atelier = data?.atelier;
  if (!atelier) return queryStatus({ loading, error, retry: refetch });
  // Under another werkplaats's address: to its own.
  if (atelier.workshop.slug !== workshop.slug) return <WrongWorkshop slug={atelier.workshop.slug} />;
  const here = workshop.path(`/ateliers/${encodeURIComponent(atelier.id)}`);

  const lessons = atelier.lessons.edges.map((e) => e.node);
  // For whoever leads it, the requests waiting for a decision (others read only their own).
  const waitingRequests = atelier.canLead
    ? atelier.joinRequests.edges.filter((e) => e.node.kind === 'REQUEST').length
    : 0;
  const insights = atelier.insights.edges.map((e) => e.node);

  return (
    <article className="atelier">
      <header className="intro">
        <p className="eyebrow">
          {t('atelier.issue')}: {atelier.socialIssue.title}
        </p>
        <h1>{atelier.title}</h1>
        <p className="lead">{atelier.description}</p>
        <p className="meta">
          {t('atelier.trekker')}: <strong>{atelier.trekker.name}</strong> ·{' '}
          {t('atelier.arenaCount', { count: atelier.arenaCount })} ·{' '}
          {t('atelier.tribuneCount', { count: atelier.tribuneCount })}
        </p>
        {(atelier.canWorkInArena || atelier.canLead) && (
          <div className="choice">
            {atelier.canWorkInArena && (
              <Link
                className="button button--primary"
                to={workshop.path(`/ateliers/${encodeURIComponent(atelier.id)}/les`)}
              >
                {t('atelier.logLesson')}
              </Link>
            )}
            {atelier.canLead && (
              <Link
                className="button"
                to={workshop.path(`/ateliers/${encodeURIComponent(atelier.id)}/dashboard`)}
              >
                {t('atelier.openDashboard')}
                {waitingRequests > 0 && (
                  <span className="count-badge">
                    {waitingRequests}
                    <span className="visually-hidden"> {t('joining.requestsWaiting')}</span>
                  </span>
                )}
              </Link>
            )}
          </div>
        )}
      </header>

      <div className="two-columns">
        <div className="stack">
          <section aria-labelledby="lessen">
            <h2 id="lessen">{t('atelier.lessonsTitle')}</h2>
            {lessons.length === 0 ? (
              <Empty>{t('atelier.lessonsEmpty')}</Empty>
            ) : (
              <ul className="card-list">
                {lessons.map((lesson) => (
                  <LessonCard key={lesson.id} lesson={lesson} />
                ))}
              </ul>
            )}
          </section>

          <DigestList atelierId={atelier.id} />

          <section aria-labelledby="inzichten">
            <h2 id="inzichten">{t('atelier.insightsTitle')}</h2>
            {insights.length === 0 ? (
              <Empty>{t('atelier.insightsEmpty')}</Empty>
            ) : (
              <ul className="card-list">
                {insights.map((insight) => (
                  <li key={insight.id} className="card insight">
                    <h3>
                      <Link to={workshop.path(`/inzichten/${encodeURIComponent(insight.id)}`)}>
                        {insight.title}
                      </Link>
                    </h3>
                    <p className="meta">
                      <span className={`badge badge--${insight.visibility.toLowerCase()}`}>
                        {t(`visibility.${insight.visibility}`)}
                      </span>
                      <span>{t('atelier.basedOn', { count: insight.lessonCount })}</span>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <QuestionsSection atelierId={atelier.id} signedIn={viewer !== null} />
          {viewer && <DecisionsSection atelierId={atelier.id} />}
          <AtelierOutputs atelier={atelier} />
        </div>

        <aside className="stack">
          <ParticipationChoice atelier={atelier} viewer={data.me ?? null} onChanged={() => refetch()} />
          {atelier.myNotificationLevel && (
            <NotificationLevelForm atelierId={atelier.id} level={atelier.myNotificationLevel} />
          )}

          <section aria-labelledby="spreiding" className="card">
            <h2 id="spreiding">{t('atelier.spreadTitle')}</h2>
            <ConditionSpreadChart spread={atelier.conditionSpread} />
            <p>
              <Link to={`${here}/spreiding`}>{t('atelier.spreadMore')}</Link>
            </p>
          </section>

          <ReportDownload workshopSlug={workshop.slug} atelierId={atelier.id} />

          <AdviceSection
            atelierId={atelier.id}
            advice={atelier.advice}
            canGive={isCommitteeHere}
            onGiven={() => refetch()}
          />

          <PracticeSection
            atelierId={atelier.id}
            practices={atelier.practices}
            viewerId={viewer?.id ?? null}
            canWork={atelier.canWorkInArena}
            onChanged={() => refetch()}
          />

          <section aria-labelledby="binnenkort" className="card">
            <h2 id="binnenkort">{t('atelier.activitiesTitle')}</h2>
            {!atelier.readsTribune ? (
              // Not "none planned": whether there are any is for those who read the tribune (policy.ts).
              <p className="state">
                {viewer ? (
                  <>
                    {t('atelier.activitiesFollow')} <a href="#meedoen">{t('atelier.activitiesFollowLink')}</a>
                  </>
                ) : (
                  <>
                    {t('atelier.activitiesSignIn')}{' '}
                    <Link to={`/inloggen?terug=${encodeURIComponent(here)}`}>
                      {t('atelier.activitiesSignInLink')}
                    </Link>{' '}
                    <JoinLink back={here} />
                  </>
                )}
              </p>
            ) : atelier.activities.length === 0 ? (
              <Empty>{t('atelier.activitiesEmpty')}</Empty>
            ) : (
              <ul className="activities">
                {atelier.activities.map((activity) => (
                  <li key={activity.id}>
                    <Link
                      to={workshop.path(`/activiteiten/${encodeURIComponent(activity.id)}`)}
                      className="activities__title"
                    >
                      {activity.title}
                    </Link>
                    {activity.cancelledAt && (
                      <span className="badge badge--cancelled">{t('activity.cancelledBadge')}</span>
                    )}
                    <span className="meta">
                      {formatDate(activity.startsAt, {
                        weekday: 'long',
                        day: 'numeric',
                        month: 'long',
                        hour: '2-digit',
                        minute: '2-digit',
                      })}
                    </span>
                    <span className="meta">
                      {activity.onlineUrl
                        ? t('atelier.online')
                        : (activity.location ?? activity.municipality?.name)}
                    </span>
                    {!activity.cancelledAt &&
                      activity.placesLeft !== null &&
                      activity.placesLeft !== undefined && (
                        <span className="meta">
                          {t('atelier.placesLeft', { count: activity.placesLeft })}
                        </span>
                      )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </article>
  );
}

/** On a first visit the page's question goes out as soon as this code is in, alongside the werkplaats's. */
AtelierPage.prefetch = ((client, { id = '' }) =>
  client.query({ query: AtelierQuery, variables: { id } })) satisfies Prefetch;
