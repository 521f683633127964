import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { usePageText } from '../common/page-text';
import { graphql } from '../../gql';
import type { JoinRequestQueue_RequestFragment } from '../../gql/graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Empty } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';

graphql(`
  fragment JoinRequestQueue_request on JoinRequest {
    id
    kind
    role
    message
    createdAt
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

const DecideMutation = graphql(`
  mutation DecideJoinRequest($id: ID!, $accept: Boolean!, $note: String) {
    decideJoinRequest(id: $id, accept: $accept, note: $note) {
      id
      status
    }
  }
`);

const WithdrawInvitationMutation = graphql(`
  mutation WithdrawInvitation($id: ID!) {
    withdrawJoinRequest(id: $id)
  }
`);

/**
 * The trekker's queue: who asks to join (oldest first), let in or turned away with an optional reason, and the
 * invitations still open, which the trekker may take back. Everyone decided on is told.
 */
export function JoinRequestQueue({
  requests,
  onChanged,
}: {
  requests: readonly JoinRequestQueue_RequestFragment[];
  onChanged: () => Promise<unknown>;
}) {
  const { t, formatDate } = usePageText();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [decide, deciding] = useMutation(DecideMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawInvitationMutation);
  const [declining, setDeclining] = useState<JoinRequestQueue_RequestFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = deciding.loading || withdrawing.loading;
  const asks = requests.filter((r) => r.kind === 'REQUEST');
  const invitations = requests.filter((r) => r.kind === 'INVITATION');

  async function act(action: () => Promise<unknown>, done: string): Promise<void> {
    setNotice(null);
    setProblem(null);
    try {
      await action();
      setNotice(done);
    } catch {
      setProblem(t('queue.problem'));
    }
    await onChanged().catch(() => undefined);
    // The row acted on is gone: keep keyboard users in the queue rather than at the top of the page.
    heading.current?.focus();
  }

  return (
    <section id="aanvragen" className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('queue.title')}
        {asks.length > 0 && (
          <span className="count-badge">
            {asks.length}
            <span className="visually-hidden"> {t('joining.requestsWaiting')}</span>
          </span>
        )}
      </h2>
      <p className="meta">{t('queue.intro')}</p>
      <StatusMessage>{notice}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      {asks.length === 0 ? (
        <Empty>{t('queue.empty')}</Empty>
      ) : (
        <ul className="queue">
          {asks.map((r) => (
            <li key={r.id} className="queue__item">
              <p className="queue__who">
                <strong>{r.user.name}</strong>{' '}
                <span className="meta">
                  {r.organisation
                    ? t('queue.onBehalfOf', { organisation: r.organisation.name })
                    : t('queue.asThemself')}
                </span>
              </p>
              <p className="meta">
                {t(`queue.asks.${r.role}`)} · {formatDate(r.createdAt)}
              </p>
              {r.message && (
                <blockquote className="quote">
                  <span className="visually-hidden">{t('queue.theirMessage', { name: r.user.name })}: </span>
                  {r.message}
                </blockquote>
              )}
              <div className="choice">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy}
                  aria-label={`${t('queue.accept')}: ${r.user.name}`}
                  onClick={() =>
                    void act(
                      () => decide({ variables: { id: r.id, accept: true } }),
                      t(`queue.accepted.${r.role}`, { name: r.user.name }),
                    )
                  }
                >
                  {t('queue.accept')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-label={`${t('queue.decline')}: ${r.user.name}`}
                  onClick={() => setDeclining(r)}
                >
                  {t('queue.decline')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {invitations.length > 0 && (
        <>
          <h3>{t('queue.invitationsTitle')}</h3>
          <ul className="participants">
            {invitations.map((r) => (
              <li key={r.id}>
                <span>
                  <strong>{r.user.name}</strong>{' '}
                  <span className="meta">
                    {t(`queue.invitedTo.${r.role}`, { date: formatDate(r.createdAt) })}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  aria-label={`${t('queue.withdrawInvitation')}: ${r.user.name}`}
                  onClick={() =>
                    void act(
                      () => withdraw({ variables: { id: r.id } }),
                      t('queue.invitationWithdrawn', { name: r.user.name }),
                    )
                  }
                >
                  {t('queue.withdrawInvitation')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <ConfirmDialog
        open={declining !== null}
        title={t('queue.declineTitle', { name: declining?.user.name ?? '' })}
        noteLabel={t('queue.declineReason')}
        noteHint={t('queue.declineReasonHint')}
        confirmLabel={t('queue.declineConfirm')}
        cancelLabel={t('dashboard.cancel')}
        busy={busy}
        onClose={() => setDeclining(null)}
        onConfirm={(note) => {
          const request = declining;
          if (!request) return;
          setDeclining(null);
          void act(
            () => decide({ variables: { id: request.id, accept: false, note: note || null } }),
            t('queue.declined', { name: request.user.name }),
          );
        }}
      >
        <p>{t('queue.declineBody', { name: declining?.user.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
