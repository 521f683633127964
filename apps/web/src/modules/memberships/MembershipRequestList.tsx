import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type RefObject } from 'react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { MembershipRequestsQuery } from '../../gql/graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Empty, LoadError, Loading } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';

const MembershipRequestsQuery = graphql(`
  query MembershipRequests($workshopId: ID) {
    membershipRequests(first: 100, workshopId: $workshopId) {
      totalCount
      edges {
        node {
          id
          function
          createdAt
          user {
            id
            name
            email
          }
          organisation {
            id
            name
            status
            kind
            municipality {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const DecideMembershipMutation = graphql(`
  mutation DecideMembership($id: ID!, $confirm: Boolean!, $note: String) {
    decideMembership(id: $id, confirm: $confirm, note: $note) {
      id
      status
    }
  }
`);

type Request = MembershipRequestsQuery['membershipRequests']['edges'][number]['node'];

interface Props {
  viewerId: string;
  /** Only the requests of this werkplaats' organisations (beheer); all the viewer decides on, if left out. */
  workshopId?: string;
  /** Where focus returns after a decision (the heading above the list). */
  focusAfter: RefObject<HTMLElement | null>;
  /** Told after each decision, so that what shows the memberships elsewhere can follow. */
  onDecided?: () => void;
}

/**
 * The membership requests the viewer may decide on, oldest first, to confirm or decline (with an optional reason);
 * the person is told either way. Used by /lidmaatschappen and by beheer.
 */
export function MembershipRequestList({ viewerId, workshopId, focusAfter, onDecided }: Props) {
  const { t, formatDate } = useI18n();
  const { data, loading, error, refetch } = useQuery(MembershipRequestsQuery, {
    variables: { workshopId: workshopId ?? null },
    fetchPolicy: 'network-only',
  });
  const [decide, deciding] = useMutation(DecideMembershipMutation, {
    refetchQueries: ['UnreadNotifications'],
  });
  const [declining, setDeclining] = useState<Request | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function act(request: Request, confirm: boolean, note: string | null) {
    setNotice(null);
    setProblem(null);
    try {
      await decide({ variables: { id: request.id, confirm, note } });
      setNotice(
        t(confirm ? 'memberships.confirmed' : 'memberships.declined', {
          name: request.user.name,
          organisation: request.organisation.name,
        }),
      );
      onDecided?.();
    } catch {
      setProblem(t('memberships.problem'));
    }
    await refetch().catch(() => undefined);
    focusAfter.current?.focus();
  }

  const requests = data?.membershipRequests.edges.map((e) => e.node) ?? [];
  return (
    <>
      <StatusMessage>{notice}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <LoadError retry={() => void refetch()} />
      ) : requests.length === 0 ? (
        <Empty>{t('memberships.empty')}</Empty>
      ) : (
        <ul className="card-list">
          {requests.map((r) => (
            <li key={r.id} className="card">
              {r.organisation.status === 'LISTED' ? (
                <p>{t('memberships.says', { name: r.user.name, organisation: r.organisation.name })}</p>
              ) : (
                <>
                  <p>
                    <span className="badge">{t('memberships.proposedBadge')}</span>{' '}
                    {t('memberships.proposedSays', { name: r.user.name, organisation: r.organisation.name })}
                  </p>
                  <p className="meta">
                    <span>{t(`organisationKind.${r.organisation.kind}`)}</span>
                    {r.organisation.municipality && <span>{r.organisation.municipality.name}</span>}
                  </p>
                  <p className="field__hint">
                    {t('memberships.proposedMeans', { organisation: r.organisation.name })}
                  </p>
                </>
              )}
              <p className="meta">
                {r.function && <span>{r.function}</span>}
                {r.user.email && <span>{r.user.email}</span>}
                <span>{t('memberships.since', { date: formatDate(r.createdAt) })}</span>
              </p>
              {r.user.id === viewerId ? (
                <p className="meta">{t('memberships.ownRequest')}</p>
              ) : (
                <div className="choice">
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={deciding.loading}
                    aria-label={`${t('memberships.confirm')}: ${r.user.name}, ${r.organisation.name}`}
                    onClick={() => void act(r, true, null)}
                  >
                    {t('memberships.confirm')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={deciding.loading}
                    aria-label={`${t('memberships.decline')}: ${r.user.name}, ${r.organisation.name}`}
                    onClick={() => setDeclining(r)}
                  >
                    {t('memberships.decline')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={declining !== null}
        title={t('memberships.declineTitle', {
          name: declining?.user.name ?? '',
          organisation: declining?.organisation.name ?? '',
        })}
        noteLabel={t('queue.declineReason')}
        noteHint={t('queue.declineReasonHint')}
        confirmLabel={t('memberships.decline')}
        cancelLabel={t('dashboard.cancel')}
        busy={deciding.loading}
        onClose={() => setDeclining(null)}
        onConfirm={(note) => {
          const request = declining;
          if (!request) return;
          setDeclining(null);
          void act(request, false, note || null);
        }}
      >
        <p>
          {t('memberships.declineBody', {
            name: declining?.user.name ?? '',
            organisation: declining?.organisation.name ?? '',
          })}
        </p>
      </ConfirmDialog>
    </>
  );
}
