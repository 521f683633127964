import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { JoinRequestKind, ParticipantRow_ParticipationFragment } from '../../gql/graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Empty } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';

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

const RemoveMutation = graphql(`
  mutation RemoveParticipant($id: ID!, $reason: String) {
    removeParticipant(participationId: $id, reason: $reason)
  }
`);

const InviteMutation = graphql(`
  mutation InviteToArena($atelierId: ID!, $userId: ID!, $message: String) {
    inviteToAtelier(atelierId: $atelierId, userId: $userId, role: ARENA, message: $message) {
      id
      status
    }
  }
`);

type Row = ParticipantRow_ParticipationFragment;

/**
 * Who takes part, in the arena and on the tribune. The trekker invites tribune members into the arena, and
 * removes a participant, with an optional reason: the person is told, and stays out until let back.
 */
export function ParticipantsSection({
  atelierId,
  arena,
  tribune,
  arenaCount,
  tribuneCount,
  openFor,
  onChanged,
}: {
  atelierId: string;
  arena: readonly Row[];
  tribune: readonly Row[];
  arenaCount: number;
  tribuneCount: number;
  /** People with an open request or invitation: inviting them again is not the next step. */
  openFor: ReadonlyMap<string, JoinRequestKind>;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [remove, removing] = useMutation(RemoveMutation);
  const [invite, inviting] = useMutation(InviteMutation);
  const [removal, setRemoval] = useState<Row | null>(null);
  const [invitee, setInvitee] = useState<Row | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function act(action: () => Promise<unknown>, done: string) {
    setNotice(null);
    setProblem(null);
    try {
      await action();
      setNotice(done);
    } catch {
      setProblem(t('state.error'));
    }
    await onChanged().catch(() => undefined);
    heading.current?.focus();
  }

  const list = (rows: readonly Row[], inTribune: boolean) =>
    rows.length === 0 ? (
      <Empty>{t('dashboard.noParticipants')}</Empty>
    ) : (
      <ul className="participants">
        {rows.map((p) => {
          const open = openFor.get(p.user.id);
          return (
            <li key={p.id}>
              <span>
                <strong>{p.user.name}</strong>{' '}
                <span className="meta">{p.organisation?.name ?? t('dashboard.organisationless')}</span>
              </span>
              <span className="participants__actions">
                {inTribune &&
                  (open ? (
                    <span className="meta">
                      {open === 'INVITATION' ? t('dashboard.invited') : t('dashboard.asked')}
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      aria-label={`${t('dashboard.invite')}: ${p.user.name}`}
                      onClick={() => setInvitee(p)}
                    >
                      {t('dashboard.invite')}
                    </button>
                  ))}
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={`${t('dashboard.remove')}: ${p.user.name}`}
                  onClick={() => setRemoval(p)}
                >
                  {t('dashboard.remove')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    );

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('dashboard.participants')}
      </h2>
      <StatusMessage>{notice}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <h3>
        {t('dashboard.arena')} ({arenaCount})
      </h3>
      {list(arena, false)}
      <h3>
        {t('dashboard.tribune')} ({tribuneCount})
      </h3>
      {list(tribune, true)}

      <ConfirmDialog
        open={invitee !== null}
        title={t('dashboard.inviteTitle', { name: invitee?.user.name ?? '' })}
        noteLabel={t('dashboard.inviteMessage')}
        noteHint={t('dashboard.inviteMessageHint')}
        confirmLabel={t('dashboard.inviteConfirm')}
        cancelLabel={t('dashboard.cancel')}
        tone="primary"
        initialFocus="note"
        busy={inviting.loading}
        onClose={() => setInvitee(null)}
        onConfirm={(message) => {
          const person = invitee;
          if (!person) return;
          setInvitee(null);
          void act(
            () => invite({ variables: { atelierId, userId: person.user.id, message: message || null } }),
            t('dashboard.invitedDone', { name: person.user.name }),
          );
        }}
      >
        <p>{t('dashboard.inviteBody', { name: invitee?.user.name ?? '' })}</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={removal !== null}
        title={t('dashboard.removeTitle', { name: removal?.user.name ?? '' })}
        noteLabel={t('dashboard.removeReason')}
        noteHint={t('dashboard.removeReasonHint')}
        confirmLabel={t('dashboard.removeYes')}
        cancelLabel={t('dashboard.cancel')}
        busy={removing.loading}
        onClose={() => setRemoval(null)}
        onConfirm={(reason) => {
          const person = removal;
          if (!person) return;
          setRemoval(null);
          void act(
            () => remove({ variables: { id: person.id, reason: reason || null } }),
            t('dashboard.removed', { name: person.user.name }),
          );
        }}
      >
        <p>{t('dashboard.removeConfirm', { name: removal?.user.name ?? '' })}</p>
        <p>{t('dashboard.removeConsequence', { name: removal?.user.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
