import type { MessageKey } from '@werkplaats/i18n';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { workshopPath } from '../../app/workshop';
import { graphql } from '../../gql';
import type { DecisionNotification_NotificationFragment, NotificationKind } from '../../gql/graphql';

graphql(`
  fragment DecisionNotification_notification on Notification {
    kind
    note
    actor {
      id
      name
    }
    atelier {
      id
      title
      workshop {
        id
        slug
      }
    }
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
    joinRequest {
      id
      kind
      role
      status
    }
    membership {
      id
      status
      function
      organisation {
        id
        name
        workshop {
          id
          slug
        }
      }
    }
  }
`);

/**
 * The kinds that tell of a decision about taking part, a lesson made public, a draft proposed for deletion, or a
 * membership.
 */
export const DECISION_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  'JOIN_REQUESTED',
  'JOIN_REQUEST_DECIDED',
  'INVITED',
  'INVITATION_DECIDED',
  'PARTICIPANT_REMOVED',
  'LESSON_MADE_PUBLIC',
  'DRAFT_DELETION_PROPOSED',
  'MEMBERSHIP_REQUESTED',
  'MEMBERSHIP_DECIDED',
  'CONTENT_HIDDEN',
  'CONTENT_RESTORED',
  'CONTENT_REPORTED',
]);

/**
 * One decision told in a sentence: who did what in which atelier or organisation, what they wrote, and a link to
 * where the reader can act on it (or what became of it since).
 */
export function DecisionNotification({
  notification: n,
}: {
  notification: DecisionNotification_NotificationFragment;
}) {
  const { t } = useI18n();
  const actor = n.actor?.name ?? t('notifications.someone');
  const atelier = n.atelier?.title ?? '';
  // Links go straight to the werkplaats's own addresses (no redirect from an old one).
  const atelierPath = n.atelier
    ? workshopPath(n.atelier.workshop.slug, `/ateliers/${encodeURIComponent(n.atelier.id)}`)
    : null;
  const organisation = n.membership?.organisation.name ?? '';
  const request = n.joinRequest;
  const values = { actor, atelier, organisation };

  let sentence: MessageKey;
  let noteLabel: MessageKey = 'notifications.message';
  let extra: ReactNode = null;
  let link: { to: string; label: MessageKey } | null = null;
  let since: MessageKey | null = null;

  switch (n.kind) {
    case 'JOIN_REQUESTED':
      sentence =
        request?.role === 'TRIBUNE'
          ? 'notifications.joinRequested.TRIBUNE'
          : 'notifications.joinRequested.ARENA';
      if (request?.status === 'PENDING' && atelierPath)
        link = { to: `${atelierPath}/dashboard#aanvragen`, label: 'notifications.toRequests' };
      else if (request?.status === 'WITHDRAWN') since = 'notifications.since.requestWithdrawn';
      else if (request) since = 'notifications.since.decided';
      break;
    case 'JOIN_REQUEST_DECIDED':
      sentence =
        request?.status === 'ACCEPTED'
          ? request.role === 'TRIBUNE'
            ? 'notifications.requestAccepted.TRIBUNE'
            : 'notifications.requestAccepted.ARENA'
          : 'notifications.requestDeclined';
      noteLabel = 'notifications.reason';
      if (atelierPath) link = { to: atelierPath, label: 'notifications.toAtelier' };
      break;
    case 'INVITED':
      sentence =
        request?.role === 'TRIBUNE' ? 'notifications.invited.TRIBUNE' : 'notifications.invited.ARENA';
      if (request?.status === 'PENDING' && atelierPath)
        link = { to: atelierPath, label: 'notifications.toInvitation' };
      else if (request?.status === 'ACCEPTED') since = 'notifications.since.invitationAccepted';
      else if (request?.status === 'DECLINED') since = 'notifications.since.invitationDeclined';
      else if (request?.status === 'WITHDRAWN') since = 'notifications.since.invitationWithdrawn';
      break;
    case 'INVITATION_DECIDED':
      sentence =
        request?.status === 'ACCEPTED'
          ? 'notifications.invitationAccepted'
          : 'notifications.invitationDeclined';
      if (atelierPath) link = { to: `${atelierPath}/dashboard`, label: 'notifications.toDashboard' };
      break;
    case 'PARTICIPANT_REMOVED':
      sentence = 'notifications.removed';
      noteLabel = 'notifications.reason';
      extra = <p>{t('notifications.removedMeans')}</p>;
      if (atelierPath) link = { to: atelierPath, label: 'notifications.toAtelier' };
      break;
    case 'LESSON_MADE_PUBLIC':
      sentence = 'notifications.madePublic';
      if (n.lesson)
        extra = (
          <p>
            <Link
              to={workshopPath(n.lesson.atelier.workshop.slug, `/lessen/${encodeURIComponent(n.lesson.id)}`)}
            >
              {n.lesson.title}
            </Link>
          </p>
        );
      else since = 'notifications.gone';
      break;
    case 'DRAFT_DELETION_PROPOSED':
      // Told by the retention sweep: nobody acted. Opening and saving the draft keeps it.
      sentence = 'notifications.draftDeletionProposed';
      if (n.lesson)
        extra = (
          <p>
            <Link
              to={workshopPath(n.lesson.atelier.workshop.slug, `/lessen/${encodeURIComponent(n.lesson.id)}`)}
            >
              {n.lesson.title}
            </Link>
          </p>
        );
      else since = 'notifications.draftGone';
      break;
    case 'MEMBERSHIP_REQUESTED':
      sentence = 'notifications.membershipRequested';
      if (n.membership?.function) extra = <p className="meta">{n.membership.function}</p>;
      if (n.membership?.status === 'REQUESTED')
        link = {
          to: workshopPath(n.membership.organisation.workshop.slug, '/lidmaatschappen'),
          label: 'notifications.toMemberships',
        };
      else if (n.membership) since = 'notifications.since.decided';
      break;
    case 'MEMBERSHIP_DECIDED':
      sentence =
        n.membership?.status === 'CONFIRMED'
          ? 'notifications.membershipConfirmed'
          : 'notifications.membershipDeclined';
      noteLabel = 'notifications.reason';
      link = { to: '/mijn-gegevens#organisaties', label: 'notifications.toMyOrganisations' };
      break;
    case 'CONTENT_HIDDEN':
    case 'CONTENT_RESTORED':
      // The moderation hid or restored a lesson or reaction of the reader: where it was, and why.
      sentence =
        n.kind === 'CONTENT_HIDDEN' ? 'notifications.contentHidden' : 'notifications.contentRestored';
      noteLabel = 'notifications.reason';
      if (n.lesson)
        extra = (
          <p>
            <Link
              to={workshopPath(n.lesson.atelier.workshop.slug, `/lessen/${encodeURIComponent(n.lesson.id)}`)}
            >
              {n.lesson.title}
            </Link>
          </p>
        );
      break;
    case 'CONTENT_REPORTED':
      // To a moderator: what was reported, and by whom, the queue shows; the notification names only the atelier.
      sentence = 'notifications.contentReported';
      if (n.atelier)
        link = {
          to: workshopPath(n.atelier.workshop.slug, '/moderatie'),
          label: 'notifications.toModeration',
        };
      break;
    case 'ACTIVITY_CANCELLED':
    case 'ACTIVITY_CHANGED':
    case 'ACTIVITY_PLANNED':
    case 'ADVICE_GIVEN':
    case 'INSIGHT_SHARED':
    case 'QUESTION_SHARED':
    case 'PRODUCT_SHARED':
    case 'LESSON_SHARED':
    case 'LESSON_WAITING':
    case 'REACTION_ADDED':
    case 'MENTIONED':
    case 'WORKSHOP_ROLE_GRANTED':
    case 'WORKSHOP_ROLE_WITHDRAWN':
    case 'PROPOSAL_OPENED':
    case 'PROPOSAL_OUTCOME':
    case 'PROPOSAL_REVIEW_DUE':
      return null; // told by the notifications page itself
  }

  return (
    <>
      <p>{t(sentence, values)}</p>
      {n.note && (
        <p className="quote">
          <span className="quote__label">{t(noteLabel)}:</span> {n.note}
        </p>
      )}
      {extra}
      {since && <p className="meta">{t(since)}</p>}
      {link && (
        <p>
          <Link to={link.to}>{t(link.label)}</Link>
        </p>
      )}
    </>
  );
}
