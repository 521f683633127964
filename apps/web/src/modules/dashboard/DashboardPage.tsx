import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { ConditionSpreadChart } from '../atelier/ConditionSpreadChart';
import { queryStatus } from '../common/QueryStatus';
import { Empty } from '../common/States';
import { LessonCard } from '../lesson/LessonCard';
import { PlanActivityForm } from './PlanActivityForm';
import { PracticeMap } from './PracticeMap';

const DashboardQuery = graphql(`
  query TrekkerDashboard($id: ID!) {
    atelier(id: $id) {
      id
      title
      canLead
      arenaCount
      tribuneCount
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
        municipality {
          id
          name
          latitude
          longitude
        }
      }
      activities(upcoming: true) {
        id
        title
        startsAt
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
    municipalities {
      id
      name
    }
  }
`);

graphql(`
  fragment ParticipantRow_participation on Participation {
    id
    role
    joinedAt
    user {
      id
      name
    }
    organisation {
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

const RemoveMutation = graphql(`
  mutation RemoveParticipant($id: ID!) {
    removeParticipant(participationId: $id)
  }
`);

export function DashboardPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const { data, loading, error, refetch } = useQuery(DashboardQuery, { variables: { id } });
  const [share, sharing] = useMutation(ShareMutation);
  const [remove, removing] = useMutation(RemoveMutation);
  const [removal, setRemoval] = useState<{ id: string; name: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  const atelier = data?.atelier;
  if (!atelier) return queryStatus({ loading, error, retry: refetch });
  if (!atelier.canLead) {
    return (
      <section className="narrow">
        <h1>{t('dashboard.title')}</h1>
        <p>{t('dashboard.notLead')}</p>
      </section>
    );
  }

  const places = new Map<
    string,
    { name: string; latitude: number | null; longitude: number | null; count: number }
  >();
  for (const p of atelier.practices) {
    const place = places.get(p.municipality.id) ?? {
      name: p.municipality.name,
      latitude: p.municipality.latitude ?? null,
      longitude: p.municipality.longitude ?? null,
      count: 0,
    };
    place.count += 1;
    places.set(p.municipality.id, place);
  }
  const waiting = atelier.waiting.edges.map((e) => e.node);

  async function shareLesson(lessonId: string) {
    setProblem(null);
    try {
      await share({ variables: { id: lessonId } });
      await refetch();
    } catch {
      setProblem(t('state.error'));
    }
  }

  async function confirmRemoval() {
    if (!removal) return;
    try {
      await remove({ variables: { id: removal.id } });
      dialog.current?.close();
      setRemoval(null);
      await refetch();
    } catch {
      setProblem(t('state.error'));
    }
  }

  const participants = (role: 'arena' | 'tribune') => {
    const list = atelier[role].edges.map((e) => e.node);
    return list.length === 0 ? (
      <Empty>{t('dashboard.noParticipants')}</Empty>
    ) : (
      <ul className="participants">
        {list.map((p) => (
          <li key={p.id}>
            <span>
              <strong>{p.user.name}</strong>{' '}
              <span className="meta">{p.organisation?.name ?? t('dashboard.organisationless')}</span>
            </span>
            <button
              type="button"
              className="button button--quiet"
              aria-label={`${t('dashboard.remove')}: ${p.user.name}`}
              onClick={() => {
                setRemoval({ id: p.id, name: p.user.name });
                dialog.current?.showModal();
              }}
            >
              {t('dashboard.remove')}
            </button>
          </li>
        ))}
      </ul>
    );
  };

  return (
    <article>
      <header className="intro">
        <p className="eyebrow">
          <Link to={`/ateliers/${encodeURIComponent(atelier.id)}`}>{atelier.title}</Link>
        </p>
        <h1>{t('dashboard.title')}</h1>
        <p className="meta">
          {t('atelier.arenaCount', { count: atelier.arenaCount })} ·{' '}
          {t('atelier.tribuneCount', { count: atelier.tribuneCount })}
        </p>
        <div className="choice">
          <Link className="button button--primary" to={`/ateliers/${encodeURIComponent(atelier.id)}/inzicht`}>
            {t('dashboard.composeInsight')}
          </Link>
          <a className="button" href="#plannen">
            {t('dashboard.planActivity')}
          </a>
        </div>
      </header>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="two-columns">
        <div className="stack">
          <section aria-labelledby="wachtend">
            <h2 id="wachtend">
              {t('dashboard.waiting')} ({atelier.waiting.totalCount})
            </h2>
            <p className="meta">{t('dashboard.waitingIntro')}</p>
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
                        onClick={() => void shareLesson(lesson.id)}
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
          <section className="card" aria-labelledby="deelnemers">
            <h2 id="deelnemers">{t('dashboard.participants')}</h2>
            <h3>
              {t('dashboard.arena')} ({atelier.arenaCount})
            </h3>
            {participants('arena')}
            <h3>
              {t('dashboard.tribune')} ({atelier.tribuneCount})
            </h3>
            {participants('tribune')}
          </section>
          <section className="card">
            <PlanActivityForm
              atelierId={atelier.id}
              municipalities={data.municipalities}
              onPlanned={() => refetch()}
            />
          </section>
        </div>
        <aside className="stack">
          <section className="card" aria-labelledby="spreiding">
            <h2 id="spreiding">{t('atelier.spreadTitle')}</h2>
            <ConditionSpreadChart spread={atelier.conditionSpread} />
          </section>
          <section className="card" aria-labelledby="kaart">
            <h2 id="kaart">{t('dashboard.map')}</h2>
            <PracticeMap places={[...places.values()]} />
            <ul>
              {[...places.values()].map((p) => (
                <li key={p.name}>
                  {p.name}: {t('dashboard.practicesIn', { count: p.count })}
                </li>
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby="gepland">
            <h2 id="gepland">{t('atelier.activitiesTitle')}</h2>
            {atelier.activities.length === 0 ? (
              <Empty>{t('atelier.activitiesEmpty')}</Empty>
            ) : (
              <ul className="activities">
                {atelier.activities.map((a) => (
                  <li key={a.id}>
                    <strong>{a.title}</strong>
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
                      {a.registrationCount}
                      {a.capacity ? ` / ${a.capacity}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby="verwijderen-titel"
        onClose={() => setRemoval(null)}
      >
        <h2 id="verwijderen-titel">{t('dashboard.remove')}</h2>
        <p>{removal ? t('dashboard.removeConfirm', { name: removal.name }) : ''}</p>
        <div className="choice">
          <button
            type="button"
            className="button button--danger"
            disabled={removing.loading}
            onClick={() => void confirmRemoval()}
          >
            {t('dashboard.removeYes')}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('dashboard.cancel')}
          </button>
        </div>
      </dialog>
    </article>
  );
}
