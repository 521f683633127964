import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { apiProblems } from '../../app/errors';
import { buildIcs, icsFileName } from '@werkplaats/domain';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { WrongWorkshop } from '../workshop/WrongWorkshop';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import { queryStatus } from '../common/QueryStatus';
import { JoinLink } from '../auth/JoinLink';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { StatusMessage } from '../common/StatusMessage';
import { problemText } from '../../app/form-errors';
import { EditActivityForm } from './EditActivityForm';
import { ActivityKnowledge } from './ActivityKnowledge';

const ActivityQuery = graphql(`
  query ActivityPage($id: ID!) {
    activity(id: $id) {
      id
      kind
      title
      description
      startsAt
      endsAt
      location
      onlineUrl
      capacity
      placesLeft
      registrationCount
      cancelledAt
      canEdit
      municipality {
        id
        name
      }
      atelier {
        workshop {
          id
          slug
        }
        id
        title
        myParticipation {
          id
          role
        }
      }
      workshop {
        id
        slug
        name
      }
      isPublic
      outcome
      proposal {
        id
        title
      }
      attendeeCount
      canRecordOutcome
      namedAttendees {
        id
        name
      }
      registrations {
        id
        attended
        user {
          id
          name
        }
      }
      links {
        hiddenCount
        lessons {
          id
          title
        }
        insights {
          id
          title
        }
        outputs {
          id
          title
        }
        lessonsFromRoom {
          id
          title
        }
      }
      myRegistration {
        id
        cancelledAt
      }
    }
  }
`);

const RegisterMutation = graphql(`
  mutation RegisterForActivity($id: ID!) {
    registerForActivity(activityId: $id) {
      id
    }
  }
`);

const CancelMutation = graphql(`
  mutation CancelRegistration($id: ID!) {
    cancelRegistration(activityId: $id)
  }
`);

const CancelActivityMutation = graphql(`
  mutation CancelActivity($id: ID!, $message: String) {
    cancelActivity(id: $id, message: $message) {
      id
      cancelledAt
      canEdit
    }
  }
`);

/** A tribune activity: when and where, places left, register or cancel, and add it to a calendar. */
export function ActivityPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const { viewer } = useViewer();
  const workshop = useWorkshop();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(ActivityQuery, { variables: { id } });
  const [register, registering] = useMutation(RegisterMutation);
  const [cancel, cancelling] = useMutation(CancelMutation);
  const [problem, setProblem] = useState<string | null>(null);
  // Those who lead the atelier change, move or cancel it here; what they did is said under the buttons.
  const [mode, setMode] = useState<'view' | 'edit' | 'move'>('view');
  const [asking, setAsking] = useState(false);
  const [cancelProblem, setCancelProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [cancelActivity, cancellingActivity] = useMutation(CancelActivityMutation);
  const opener = useRef<'edit' | 'move' | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const moveButton = useRef<HTMLButtonElement>(null);
  // Back from a form, focus returns to the button that opened it.
  useEffect(() => {
    if (mode !== 'view' || !opener.current) return;
    (opener.current === 'move' ? moveButton : editButton).current?.focus();
    opener.current = null;
  }, [mode]);
  const activity = data?.activity;
  if (!activity) return queryStatus({ loading, error, retry: refetch });
  // Under another werkplaats's address: to its own. A werkplaats-wide activity has no atelier.
  const slug = activity.atelier?.workshop.slug ?? activity.workshop?.slug ?? workshop.slug;
  if (slug !== workshop.slug) return <WrongWorkshop slug={slug} />;
  const host = activity.atelier?.title ?? activity.workshop?.name ?? '';

  const registered =
    activity.myRegistration !== null &&
    activity.myRegistration !== undefined &&
    activity.myRegistration.cancelledAt === null;
  const full = activity.placesLeft === 0;
  const where = activity.onlineUrl
    ? t('atelier.online')
    : [activity.location, activity.municipality?.name].filter(Boolean).join(', ');

  async function act(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
      await refetch();
    } catch (failure) {
      const code = apiProblems(failure)[0]?.code;
      setProblem(
        code === 'CONFLICT'
          ? t('activity.full')
          : code === 'FORBIDDEN'
            ? t('activity.notFollower')
            : t('state.error'),
      );
    }
  }

  const when = (iso: string) =>
    formatDate(iso, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });

  function open(next: 'edit' | 'move') {
    setNotice(null);
    opener.current = next;
    setMode(next);
  }

  async function confirmCancel(message: string) {
    if (!activity) return;
    setCancelProblem(null);
    try {
      await cancelActivity({ variables: { id: activity.id, message: message || null } });
      setAsking(false);
      setNotice(t('activity.cancelDone'));
      await refetch();
    } catch (failure) {
      const [first] = apiProblems(failure);
      setCancelProblem(
        first?.code === 'CONFLICT'
          ? t('activity.noLongerOpen')
          : first
            ? problemText(t, first)
            : t('state.error'),
      );
    }
  }

  function downloadIcs() {
    if (!activity) return;
    const ics = buildIcs({
      uid: activity.id,
      title: activity.title,
      description: `${activity.description}\n\n${host}`.trim(),
      startsAt: new Date(activity.startsAt),
      endsAt: activity.endsAt ? new Date(activity.endsAt) : null,
      // Online: the meeting link is where it takes place; the URL is always the activity's page here.
      location: activity.onlineUrl ?? (where || null),
      url: `${window.location.origin}${window.location.pathname}`,
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    link.download = icsFileName(activity.title);
    link.click();
    URL.revokeObjectURL(link.href);
  }

  return (
    <article className="prose">
      <p className="eyebrow">
        {t(`activityKind.${activity.kind}`)} ·{' '}
        {activity.atelier ? (
          <Link to={workshop.path(`/ateliers/${encodeURIComponent(activity.atelier.id)}`)}>
            {activity.atelier.title}
          </Link>
        ) : (
          <>
            {t('activity.werkplaatsWide', { name: host })}
            {activity.isPublic && ` · ${t('activity.public')}`}
          </>
        )}
      </p>
      <h1>{activity.title}</h1>
      {activity.cancelledAt && (
        <p className="activity__cancelled">
          {t('activity.cancelledOn', { when: when(activity.cancelledAt) })}
        </p>
      )}
      {activity.proposal && (
        <p className="meta">
          {t('decision.fromDecision')}:{' '}
          <Link to={workshop.path(`/besluiten/${encodeURIComponent(activity.proposal.id)}`)}>
            {activity.proposal.title}
          </Link>
        </p>
      )}
      <dl className="facts">
        <dt>{t('activity.when')}</dt>
        <dd>
          {when(activity.startsAt)}
          {activity.endsAt && ` – ${formatDate(activity.endsAt, { hour: '2-digit', minute: '2-digit' })}`}
        </dd>
        <dt>{t('activity.where')}</dt>
        <dd>{activity.onlineUrl ? <a href={activity.onlineUrl}>{t('activity.onlineLink')}</a> : where}</dd>
        <dt>{t('dashboard.participants')}</dt>
        <dd>
          {activity.capacity !== null && activity.capacity !== undefined
            ? t('activity.places', { count: activity.registrationCount, capacity: activity.capacity })
            : t('activity.registrations', { count: activity.registrationCount })}
        </dd>
      </dl>
      {activity.description && <p>{activity.description}</p>}
      <ActivityKnowledge activity={activity} onRecorded={() => void refetch()} />
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      {!activity.cancelledAt && (
        <div className="choice">
          {!viewer ? (
            <p>
              <Link to={`/inloggen?terug=${encodeURIComponent(location.pathname)}`}>
                {t('activity.signIn')}
              </Link>{' '}
              <JoinLink back={location.pathname} />
            </p>
          ) : registered ? (
            <>
              <p className="notice" role="status">
                {t('activity.registered')}
              </p>
              <button
                type="button"
                className="button"
                disabled={cancelling.loading}
                onClick={() => void act(() => cancel({ variables: { id: activity.id } }))}
              >
                {t('activity.cancel')}
              </button>
            </>
          ) : full ? (
            <p>{t('activity.full')}</p>
          ) : (
            <button
              type="button"
              className="button button--primary"
              disabled={registering.loading}
              onClick={() => void act(() => register({ variables: { id: activity.id } }))}
            >
              {t('activity.register')}
            </button>
          )}
          <button type="button" className="button" onClick={downloadIcs}>
            {t('activity.calendar')}
          </button>
          <Link to="/privacy#agenda">{t('calendar.all')}</Link>
        </div>
      )}
      {(activity.canEdit || notice) && (
        <section className="activity__actions" aria-labelledby="beheren">
          <h2 id="beheren">{t('activity.actions')}</h2>
          {mode !== 'view' && activity.canEdit ? (
            <EditActivityForm
              key={mode}
              activity={activity}
              only={mode === 'move' ? 'time' : undefined}
              onClose={() => setMode('view')}
              onSaved={({ moved, startsAt }) => {
                setNotice(moved ? t('activity.moved', { when: when(startsAt) }) : t('activity.saved'));
                setMode('view');
                void refetch();
              }}
            />
          ) : (
            activity.canEdit && (
              <div className="choice">
                <button ref={editButton} type="button" className="button" onClick={() => open('edit')}>
                  {t('activity.edit')}
                </button>
                <button ref={moveButton} type="button" className="button" onClick={() => open('move')}>
                  {t('activity.move')}
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => {
                    setNotice(null);
                    setCancelProblem(null);
                    setAsking(true);
                  }}
                >
                  {t('activity.cancelActivity')}
                </button>
              </div>
            )
          )}
          {/* Said under the buttons that did it. */}
          <StatusMessage>{notice}</StatusMessage>
          <ConfirmDialog
            open={asking}
            title={t('activity.cancelTitle')}
            confirmLabel={t('activity.cancelConfirm')}
            cancelLabel={t('ladder.cancel')}
            noteLabel={t('activity.cancelNote')}
            noteHint={t('activity.cancelNoteHint')}
            busy={cancellingActivity.loading}
            problem={cancelProblem}
            onConfirm={(message) => void confirmCancel(message)}
            onClose={() => setAsking(false)}
          >
            <p>
              <strong>{activity.title}</strong> · {when(activity.startsAt)}
            </p>
            <p>{t('activity.cancelWho', { count: activity.registrationCount })}</p>
          </ConfirmDialog>
        </section>
      )}
    </article>
  );
}
