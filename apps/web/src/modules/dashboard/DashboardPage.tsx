import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { usePrefetched, type Prefetch } from '../../app/prefetch';
import { useWorkshop, workshopIdOf } from '../../app/workshop';
import { WrongWorkshop } from '../workshop/WrongWorkshop';
import { graphql } from '../../gql';
import { ConditionSpreadChart } from '../atelier/ConditionSpreadChart';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { queryStatus } from '../common/QueryStatus';
import { Empty } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';
import { LessonCard } from '../lesson/LessonCard';
import { JoinModeForm } from './JoinModeForm';
import { JoinRequestQueue } from './JoinRequestQueue';
import { ParticipantsSection } from './ParticipantsSection';
import { EmailInvitations } from '../invitations/EmailInvitations';
import { PlanActivityForm } from './PlanActivityForm';

const DashboardQuery = graphql(`
  query TrekkerDashboard($id: ID!, $workshopId: ID) {
    atelier(id: $id) {
      workshop {
        id
        slug
      }
      id
      title
      canLead
      arenaCount
      tribuneCount
      ...JoinModeForm_atelier
      joinRequests(first: 100) {
        edges {
          node {
            ...JoinRequestQueue_request
          }
        }
      }
      conditionSpread {
        condition
        count
      }
      waiting: lessons(visibility: ARENA, first: 50) {
        totalCount
        edges {
          node {
            ...LessonCard_lesson
          }
        }
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
        lessons {
          id
        }
      }
      activities(upcoming: true) {
        id
        title
        startsAt
        cancelledAt
        registrationCount
        capacity
      }
      arena(first: 100) {
        edges {
          node {
            ...ParticipantRow_participation
          }
        }
      }
      tribune(first: 100) {
        edges {
          node {
            ...ParticipantRow_participation
          }
        }
      }
    }
    # The gemeenten of this werkplaats's werkgebied: an activity takes place in one of them.
    municipalities(workshopId: $workshopId) {
      id
      name
    }
  }
`);

const ShareMutation = graphql(`
  mutation ShareLessonWithTribune($id: ID!) {
    setLessonVisibility(id: $id, visibility: TRIBUNE) {
      id
      visibility
    }
  }
`);

// Building a Collator loads the language's collation data (a long task on a phone): one per language, not one
// per render of the dashboard.
const collators = new Map<string, Intl.Collator>();
function collatorOf(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator;
}

export function DashboardPage() {
  const { id = '' } = useParams();
  const { t, formatDate, locale } = useI18n();
  const workshop = useWorkshop();
  const firstVisit = usePrefetched();
  const { data, loading, error, refetch } = useQuery(DashboardQuery, {
    variables: { id, workshopId: workshop.id },
    ...firstVisit,
  });
  const [share, sharing] = useMutation(ShareMutation);
  const [problem, setProblem] = useState<string | null>(null);
  // Sharing with the tribune is asked first; once done, the list says where the lesson went (it leaves the list).
  const [asking, setAsking] = useState<{ id: string; title: string } | null>(null);
  const [shared, setShared] = useState<{ id: string; title: string } | null>(null);
  // Planning opens under the button that asks for it, at the top of the page, and takes the focus there.
  const [planning, setPlanning] = useState(false);
  const planHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (planning) planHeading.current?.focus();
  }, [planning]);

  const atelier = data?.atelier;
  if (!atelier) return queryStatus({ loading, error, retry: refetch });
  // Under another werkplaats's address: to its own.
  if (atelier.workshop.slug !== workshop.slug) return <WrongWorkshop slug={atelier.workshop.slug} />;
  if (!atelier.canLead) {
    return (
      <section className="narrow">
        <h1>{t('dashboard.title')}</h1>
        <p>{t('dashboard.notLead')}</p>
      </section>
    );
  }

  // The gemeenten of the werkgebied where its practices run, each with its practices, by name.
  const practices = atelier.practices;
  const places = new Map<string, { id: string; name: string; practices: (typeof practices)[number][] }>();
  for (const p of practices) {
    const place = places.get(p.municipality.id) ?? {
      id: p.municipality.id,
      name: p.municipality.name,
      practices: [],
    };
    place.practices.push(p);
    places.set(p.municipality.id, place);
  }
  const byName = collatorOf(locale).compare;
  const gemeenten = [...places.values()].sort((a, b) => byName(a.name, b.name));
  for (const g of gemeenten) g.practices.sort((a, b) => byName(a.title, b.title));
  const waiting = atelier.waiting.edges.map((e) => e.node);
  const requests = atelier.joinRequests.edges.map((e) => e.node);
  const openFor = new Map(requests.map((r) => [r.user.id, r.kind]));

  async function shareLesson(lesson: { id: string; title: string }) {
    setProblem(null);
    setShared(null);
    try {
      await share({ variables: { id: lesson.id } });
      setShared(lesson);
      await refetch();
    } catch {
      setProblem(t('state.error'));
    }
  }

  return (
    <article>
      <header className="intro">
        <p className="eyebrow">
          <Link to={workshop.path(`/ateliers/${encodeURIComponent(atelier.id)}`)}>{atelier.title}</Link>
        </p>
        <h1>{t('dashboard.title')}</h1>
        <p className="meta">
          {t('atelier.arenaCount', { count: atelier.arenaCount })} ·{' '}
          {t('atelier.tribuneCount', { count: atelier.tribuneCount })}
        </p>
        <div className="choice">
          <Link
            className="button button--primary"
            to={workshop.path(`/ateliers/${encodeURIComponent(atelier.id)}/inzicht`)}
          >
            {t('dashboard.composeInsight')}
          </Link>
          <Link
            className="button"
            to={workshop.path(`/ateliers/${encodeURIComponent(atelier.id)}/overzicht`)}
          >
            {t('digest.open')}
          </Link>
          <button
            type="button"
            className="button"
            aria-expanded={planning}
            aria-controls="activiteit-plannen"
            onClick={() => setPlanning((open) => !open)}
          >
            {t('dashboard.planActivity')}
          </button>
        </div>
      </header>
      {planning && (
        <section id="activiteit-plannen" className="card dashboard__plan">
          <PlanActivityForm
            atelierId={atelier.id}
            municipalities={data.municipalities}
            onPlanned={() => refetch()}
            headingRef={planHeading}
          />
        </section>
      )}
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="two-columns">
        <div className="stack">
          <JoinRequestQueue requests={requests} onChanged={() => refetch()} />
          <section aria-labelledby="wachtend">
            <h2 id="wachtend">
              {t('dashboard.waiting')} ({atelier.waiting.totalCount})
            </h2>
            <p className="meta">{t('dashboard.waitingIntro')}</p>
            <StatusMessage>{shared && t('dashboard.sharedTo', { title: shared.title })}</StatusMessage>
            {shared && (
              <p>
                <Link to={workshop.path(`/lessen/${encodeURIComponent(shared.id)}`)}>
                  {t('dashboard.sharedOpen', { title: shared.title })}
                </Link>
              </p>
            )}
            <ConfirmDialog
              open={asking !== null}
              title={t('dashboard.shareConfirmTitle')}
              confirmLabel={t('dashboard.shareTribune')}
              cancelLabel={t('ladder.cancel')}
              tone="primary"
              onConfirm={() => {
                if (asking) void shareLesson(asking);
                setAsking(null);
              }}
              onClose={() => setAsking(null)}
            >
              <p>
                <strong>{asking?.title}</strong>
              </p>
              <p>{t('dashboard.shareTribuneWho', { count: atelier.tribuneCount })}</p>
            </ConfirmDialog>
            {waiting.length === 0 ? (
              <Empty>{t('dashboard.waitingEmpty')}</Empty>
            ) : (
              <ul className="card-list">
                {waiting.map((lesson) => (
                  <LessonCard key={lesson.id} lesson={lesson} showVisibility={false}>
                    <div className="lesson__share">
                      <button
                        type="button"
                        className="button"
                        disabled={sharing.loading}
                        onClick={() => setAsking({ id: lesson.id, title: lesson.title })}
                        aria-label={`${t('dashboard.shareTribune')}: ${lesson.title}`}
                      >
                        {t('dashboard.shareTribune')}
                      </button>
                      <span className="field__hint">
                        {t('dashboard.shareTribuneWho', { count: atelier.tribuneCount })}
                      </span>
                    </div>
                  </LessonCard>
                ))}
              </ul>
            )}
          </section>
          <ParticipantsSection
            atelierId={atelier.id}
            arena={atelier.arena.edges.map((e) => e.node)}
            tribune={atelier.tribune.edges.map((e) => e.node)}
            arenaCount={atelier.arenaCount}
            tribuneCount={atelier.tribuneCount}
            openFor={openFor}
            onChanged={() => refetch()}
          />
          <EmailInvitations place={{ kind: 'atelier', atelierId: atelier.id }} />
        </div>
        <aside className="stack">
          <section className="card" aria-labelledby="gepland">
            <h2 id="gepland">{t('atelier.activitiesTitle')}</h2>
            {atelier.activities.length === 0 ? (
              <Empty>{t('atelier.activitiesEmpty')}</Empty>
            ) : (
              <ul className="activities">
                {atelier.activities.map((a) => (
                  <li key={a.id}>
                    <Link
                      to={workshop.path(`/activiteiten/${encodeURIComponent(a.id)}`)}
                      className="activities__title"
                    >
                      {a.title}
                    </Link>
                    {a.cancelledAt && (
                      <span className="badge badge--cancelled">{t('activity.cancelledBadge')}</span>
                    )}
                    <span className="meta">
                      {formatDate(a.startsAt, {
                        weekday: 'long',
                        day: 'numeric',
                        month: 'long',
                        hour: '2-digit',
                        minute: '2-digit',
                      })}
                    </span>
                    <span className="meta">
                      {a.capacity
                        ? t('activity.places', { count: a.registrationCount, capacity: a.capacity })
                        : t('activity.registrations', { count: a.registrationCount })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <JoinModeForm atelier={atelier} />
          <section className="card" aria-labelledby="spreiding">
            <h2 id="spreiding">{t('atelier.spreadTitle')}</h2>
            <ConditionSpreadChart spread={atelier.conditionSpread} />
          </section>
          <section className="card" aria-labelledby="praktijken-per-gemeente">
            <h2 id="praktijken-per-gemeente">{t('dashboard.map')}</h2>
            {gemeenten.length === 0 ? (
              <Empty>{t('dashboard.placesEmpty')}</Empty>
            ) : (
              <ul className="places">
                {gemeenten.map((g) => (
                  <li key={g.id} className="places__gemeente">
                    <h3 id={`gemeente-${g.id}`} className="places__name">
                      {g.name}{' '}
                      <span className="meta places__count">
                        ({t('dashboard.practicesIn', { count: g.practices.length })})
                      </span>
                    </h3>
                    <ul className="places__practices" aria-labelledby={`gemeente-${g.id}`}>
                      {g.practices.map((p) => (
                        <li key={p.id}>
                          <span className="places__practice">{p.title}</span>
                          <span className="meta">
                            {p.neighbourhood && <span>{p.neighbourhood}</span>}
                            <span>
                              {t('dashboard.practiceFacts', {
                                participants: p.participants.length,
                                lessons: p.lessons.length,
                              })}
                            </span>
                          </span>
                        </li>
                      ))}
                    </ul>
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

/** On a first visit the dashboard is asked for as soon as the werkplaats is known, before the page first draws. */
DashboardPage.prefetch = (async (client, { slug, id = '' }) => {
  const workshopId = await workshopIdOf(client, slug);
  if (workshopId) await client.query({ query: DashboardQuery, variables: { id, workshopId } });
}) satisfies Prefetch;
