import { useMutation, useQuery } from '@apollo/client/react';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/session';
import { workshopPath } from '../../app/workshop';
import { graphql } from '../../gql';
import type { NotificationKind, WorkshopRoleKind } from '../../gql/graphql';
import { Empty, LoadError, Loading } from '../common/States';
import { DECISION_KINDS, DecisionNotification } from './DecisionNotification';
import { appendPage } from '../common/append-page';
import { LoadMore } from '../common/LoadMore';
import { JoinLink } from '../auth/JoinLink';

const NotificationsQuery = graphql(`
  query Notifications($after: String) {
    notifications(first: 30, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          createdAt
          readAt
          note
          lesson {
            id
            title
            atelier {
              id
              workshop {
                id
                slug
              }
            }
          }
          insight {
            id
            title
            atelier {
              id
              workshop {
                id
                slug
              }
            }
          }
          question {
            id
            title
            atelier {
              id
              workshop {
                id
                slug
              }
            }
          }
          proposal {
            id
            title
            atelier {
              id
              workshop {
                id
                slug
              }
            }
          }
          product {
            id
            title
            atelier {
              id
              workshop {
                id
                slug
              }
            }
          }
          activity {
            id
            title
            startsAt
            cancelledAt
            atelier {
              id
              workshop {
                id
                slug
              }
            }
            workshop {
              id
              slug
            }
          }
          role
          actor {
            id
            name
          }
          person {
            id
            name
          }
          ...DecisionNotification_notification
        }
      }
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead {
    markNotificationsRead
  }
`);

// One notification, read by opening it: the header's count drops by what the API marked.
const MarkOneReadMutation = graphql(`
  mutation MarkNotificationRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** What reached one's tribune or changed: newest first, unread marked, all read in one go. */
export function NotificationsPage() {
  const { t, formatDate } = useI18n();
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsQuery, {
    skip: !viewer,
    fetchPolicy: 'network-only',
  });
  const [markRead, marking] = useMutation(MarkReadMutation, {
    refetchQueries: ['Notifications', 'UnreadNotifications'],
  });
  const [markOneRead] = useMutation(MarkOneReadMutation);
  const navigate = useNavigate();

  /**
   * Following a link of an unread notification marks it read first, then goes there: the cache is updated (the
   * notification's readAt, the header's count) before the next page asks for the count again.
   */
  async function openUnread(event: MouseEvent<HTMLElement>, id: string) {
    const link = (event.target as Element).closest('a');
    const to = link?.getAttribute('href');
    if (!to || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    try {
      await markOneRead({
        variables: { ids: [id] },
        update(cache, { data: marked }) {
          const count = marked?.markNotificationsRead ?? 0;
          if (count === 0) return;
          cache.modify({
            id: cache.identify({ __typename: 'Notification', id }),
            fields: { readAt: () => new Date().toISOString() },
          });
          cache.modify({
            fields: { unreadNotificationCount: (unread: number) => Math.max(0, unread - count) },
          });
        },
      });
    } finally {
      // Read or not (a failure to mark must not keep one from the page), the link leads on.
      void navigate(to);
    }
  }
  if (viewerLoading) return <Loading />;
  if (!viewer) {
    return (
      <section className="narrow">
        <h1>{t('notifications.title')}</h1>
        <p>
          <Link to="/inloggen?terug=%2Fmeldingen">{t('feed.signIn')}</Link> <JoinLink back="/meldingen" />
        </p>
      </section>
    );
  }
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  // Who gave whom which werkplaats role, or took it back; a self-grant says so.
  const roleChange = (
    kind: NotificationKind,
    role: WorkshopRoleKind,
    actor: { id: string; name: string },
    person: { id: string; name: string },
  ) => {
    const self = actor.id === person.id;
    const granted = kind === 'WORKSHOP_ROLE_GRANTED';
    const key = granted
      ? self
        ? 'notifications.roleGrantedSelf'
        : 'notifications.roleGranted'
      : self
        ? 'notifications.roleWithdrawnSelf'
        : 'notifications.roleWithdrawn';
    return t(key, { actor: actor.name, person: person.name, role: t(`notifications.role.${role}`) });
  };
  const unread = items.filter((n) => n.readAt === null).length;
  return (
    <section className="prose">
      <h1>{t('notifications.title')}</h1>
      {unread > 0 && (
        <button type="button" className="button" disabled={marking.loading} onClick={() => void markRead()}>
          {t('notifications.markRead')}
        </button>
      )}
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <LoadError retry={() => void refetch()} />
      ) : items.length === 0 ? (
        <Empty>{t('notifications.empty')}</Empty>
      ) : (
        <ul className="card-list notifications">
          {items.map((n) => {
            // Straight to the werkplaats's own address of what it is about (no redirect from an old one).
            const at = (object: { id: string; atelier: { workshop: { slug: string } } }, path: string) =>
              workshopPath(object.atelier.workshop.slug, `/${path}/${encodeURIComponent(object.id)}`);
            const target = n.insight
              ? { to: at(n.insight, 'inzichten'), title: n.insight.title }
              : n.lesson
                ? { to: at(n.lesson, 'lessen'), title: n.lesson.title }
                : // An atelier's activity under its atelier's werkplaats; a werkplaats-wide one under its own.
                  n.activity && (n.activity.atelier?.workshop ?? n.activity.workshop)
                  ? {
                      to: workshopPath(
                        (n.activity.atelier?.workshop ?? n.activity.workshop)!.slug,
                        `/activiteiten/${encodeURIComponent(n.activity.id)}`,
                      ),
                      title: n.activity.title,
                    }
                  : n.question
                    ? { to: at(n.question, 'vragen'), title: n.question.title }
                    : n.product
                      ? { to: at(n.product, 'opbrengsten'), title: n.product.title }
                      : n.proposal
                        ? { to: at(n.proposal, 'besluiten'), title: n.proposal.title }
                        : null;
            return (
              <li
                key={n.id}
                className={`card${n.readAt === null ? ' notification--unread' : ''}`}
                onClickCapture={n.readAt === null ? (event) => void openUnread(event, n.id) : undefined}
              >
                <p className="meta">
                  {n.readAt === null && (
                    <span className="badge badge--tribune">{t('notifications.unread')}</span>
                  )}
                  <span>{t(`notifications.kind.${n.kind}`)}</span>
                  <span>{formatDate(n.createdAt)}</span>
                </p>
                {DECISION_KINDS.has(n.kind) ? (
                  <DecisionNotification notification={n} />
                ) : n.role && n.actor && n.person ? (
                  <p>{roleChange(n.kind, n.role, n.actor, n.person)}</p>
                ) : target ? (
                  <>
                    {n.kind === 'MENTIONED' && n.actor && (
                      <p>{t('notifications.mentionedBy', { actor: n.actor.name })}</p>
                    )}
                    {n.kind === 'LESSON_SHARED' && n.actor && (
                      <p>{t('notifications.lessonSharedBy', { actor: n.actor.name })}</p>
                    )}
                    <Link to={target.to}>{target.title}</Link>
                    {/* A changed activity says when it is now; a cancelled one that it is off, with the message. */}
                    {n.activity && n.kind === 'ACTIVITY_CHANGED' && !n.activity.cancelledAt && (
                      <p className="meta">
                        {t('notifications.activityWhen', {
                          when: formatDate(n.activity.startsAt, {
                            weekday: 'long',
                            day: 'numeric',
                            month: 'long',
                            hour: '2-digit',
                            minute: '2-digit',
                          }),
                        })}
                      </p>
                    )}
                    {n.activity?.cancelledAt && <p>{t('notifications.activityCancelled')}</p>}
                    {n.kind === 'ACTIVITY_CANCELLED' && n.note && (
                      <p className="quote">
                        <span className="quote__label">
                          {t('notifications.activityMessage')}
                          {n.actor ? ` (${n.actor.name})` : ''}:
                        </span>{' '}
                        {n.note}
                      </p>
                    )}
                  </>
                ) : (
                  n.kind !== 'ADVICE_GIVEN' && <span className="meta">{t('notifications.gone')}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <LoadMore
        pageInfo={data?.notifications.pageInfo}
        label={t('notifications.more')}
        onMore={(after) => fetchMore({ variables: { after }, updateQuery: appendPage('notifications') })}
      />
    </section>
  );
}
