import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
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
  const activity = data?.activity;
  if (!activity) return queryStatus({ loading, error, retry: refetch });
  // Under another werkplaats's address: to its own.
  if (activity.atelier.workshop.slug !== workshop.slug)
    return <WrongWorkshop slug={activity.atelier.workshop.slug} />;

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

  function downloadIcs() {
    if (!activity) return;
    const ics = buildIcs({
      uid: activity.id,
      title: activity.title,
      description: `${activity.description}\n\n${activity.atelier.title}`.trim(),
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
        <Link to={workshop.path(`/ateliers/${encodeURIComponent(activity.atelier.id)}`)}>
          {activity.atelier.title}
        </Link>
      </p>
      <h1>{activity.title}</h1>
      {activity.cancelledAt && (
        <p className="form__problem" role="status">
          {t('activity.cancelled')}
        </p>
      )}
      <dl className="facts">
        <dt>{t('activity.when')}</dt>
        <dd>
          {formatDate(activity.startsAt, {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
          })}
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
    </article>
  );
}
