import { useMutation, useQuery } from '@apollo/client/react';
import type { MessageKey } from '@werkplaats/i18n';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { EmailInvitationRow_InvitationFragment, ParticipationRole } from '../../gql/graphql';
import { Field } from '../auth/Field';
import { appendPage } from '../common/append-page';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { LoadMore } from '../common/LoadMore';
import { Empty, LoadError, Loading } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';
import { TextArea } from '../common/TextArea';

graphql(`
  fragment EmailInvitationRow_invitation on EmailInvitation {
    id
    email
    role
    status
    createdAt
    expiresAt
    closedAt
    acceptedBy {
      id
      name
    }
  }
`);

const AtelierInvitationsQuery = graphql(`
  query AtelierEmailInvitations($id: ID!, $after: String) {
    atelier(id: $id) {
      id
      emailInvitations(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...EmailInvitationRow_invitation
          }
        }
      }
    }
  }
`);

const WorkshopInvitationsQuery = graphql(`
  query BeheerEmailInvitations($workshopId: ID!, $after: String) {
    workshopEmailInvitations(workshopId: $workshopId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...EmailInvitationRow_invitation
        }
      }
    }
  }
`);

const InviteToAtelierMutation = graphql(`
  mutation InviteToAtelierByEmail(
    $atelierId: ID!
    $email: String!
    $role: ParticipationRole!
    $message: String
  ) {
    inviteToAtelierByEmail(atelierId: $atelierId, email: $email, role: $role, message: $message) {
      id
    }
  }
`);

const InviteToWorkshopMutation = graphql(`
  mutation InviteToWorkshopByEmail($workshopId: ID!, $email: String!, $message: String) {
    inviteToWorkshopByEmail(workshopId: $workshopId, email: $email, message: $message) {
      id
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawEmailInvitation($id: ID!) {
    withdrawEmailInvitation(id: $id) {
      id
      status
      closedAt
    }
  }
`);

type Place = { kind: 'atelier'; atelierId: string } | { kind: 'workshop'; workshopId: string };
type Row = EmailInvitationRow_InvitationFragment;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Inviting people by e-mail address, and the invitations made so far with their status: on the trekker's dashboard
 * (into the arena or onto the tribune of the atelier) and in beheer (into the werkplaats). The address gets a link
 * that signs up or signs in and joins in one step; an open invitation can be withdrawn.
 */
export function EmailInvitations({ place }: { place: Place }) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const atelierList = useQuery(AtelierInvitationsQuery, {
    variables: { id: place.kind === 'atelier' ? place.atelierId : '', after: null },
    skip: place.kind !== 'atelier',
    fetchPolicy: 'network-only',
  });
  const workshopList = useQuery(WorkshopInvitationsQuery, {
    variables: { workshopId: place.kind === 'workshop' ? place.workshopId : '', after: null },
    skip: place.kind !== 'workshop',
    fetchPolicy: 'network-only',
  });
  const [withdraw, withdrawing] = useMutation(WithdrawMutation);
  const [inviting, setInviting] = useState(false);
  const [withdrawal, setWithdrawal] = useState<Row | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const connection =
    place.kind === 'atelier'
      ? atelierList.data?.atelier?.emailInvitations
      : workshopList.data?.workshopEmailInvitations;
  const list = place.kind === 'atelier' ? atelierList : workshopList;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  async function refresh() {
    await list.refetch().catch(() => undefined);
  }

  async function more(after: string | null) {
    if (place.kind === 'atelier') {
      await atelierList.fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) =>
          previous.atelier && fetchMoreResult.atelier
            ? {
                ...previous,
                atelier: {
                  ...previous.atelier,
                  emailInvitations: {
                    ...fetchMoreResult.atelier.emailInvitations,
                    edges: [
                      ...previous.atelier.emailInvitations.edges,
                      ...fetchMoreResult.atelier.emailInvitations.edges,
                    ],
                  },
                },
              }
            : previous,
      });
    } else {
      await workshopList.fetchMore({
        variables: { after },
        updateQuery: appendPage('workshopEmailInvitations'),
      });
    }
  }

  const statusText = (row: Row) => {
    if (row.status === 'OPEN') {
      return t('invitations.status.OPEN', {
        date: formatDate(row.expiresAt, { day: 'numeric', month: 'long' }),
      });
    }
    if (row.status === 'ACCEPTED' && row.acceptedBy) {
      return t('invitations.status.ACCEPTED_BY', { name: row.acceptedBy.name });
    }
    return t(`invitations.status.${row.status}`);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('invitations.title')}
      </h2>
      <p className="meta">
        {t(place.kind === 'atelier' ? 'invitations.introAtelier' : 'invitations.introWorkshop')}
      </p>
      <div>
        <button type="button" className="button button--primary" onClick={() => setInviting(true)}>
          {t('invitations.open')}
        </button>
      </div>
      <StatusMessage>{notice}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      {list.loading && !connection ? (
        <Loading />
      ) : list.error && !connection ? (
        <LoadError retry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <Empty>{t('invitations.empty')}</Empty>
      ) : (
        <>
          <ul className="participants" aria-label={t('invitations.listLabel')}>
            {rows.map((row) => (
              <li key={row.id}>
                <span>
                  <strong>{row.email}</strong>{' '}
                  <span className="meta">
                    {row.role ? `${t(`invitations.role.${row.role}`)} · ` : ''}
                    {statusText(row)}
                  </span>
                </span>
                {row.status === 'OPEN' && (
                  <span className="participants__actions">
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={`${t('invitations.withdraw')}: ${row.email}`}
                      onClick={() => setWithdrawal(row)}
                    >
                      {t('invitations.withdraw')}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
          <LoadMore pageInfo={connection?.pageInfo} label={t('invitations.more')} onMore={more} />
        </>
      )}

      <InviteDialog
        open={inviting}
        place={place}
        onClose={() => setInviting(false)}
        onInvited={async (email) => {
          setInviting(false);
          setProblem(null);
          setNotice(t('invitations.sent', { email }));
          await refresh();
          heading.current?.focus();
        }}
      />

      <ConfirmDialog
        open={withdrawal !== null}
        title={t('invitations.withdrawTitle', { email: withdrawal?.email ?? '' })}
        confirmLabel={t('invitations.withdrawYes')}
        cancelLabel={t('invitations.cancel')}
        busy={withdrawing.loading}
        onClose={() => setWithdrawal(null)}
        onConfirm={() => {
          const row = withdrawal;
          if (!row) return;
          setWithdrawal(null);
          setNotice(null);
          setProblem(null);
          void (async () => {
            try {
              await withdraw({ variables: { id: row.id } });
              setNotice(t('invitations.withdrawn', { email: row.email }));
            } catch {
              setProblem(t('state.error'));
            }
            await refresh();
            heading.current?.focus();
          })();
        }}
      >
        <p>{t('invitations.withdrawBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

type FieldKey = 'email' | 'message';

/** The form to invite one address, as a modal dialog (focus starts on the address; Escape closes). */
function InviteDialog({
  open,
  place,
  onClose,
  onInvited,
}: {
  open: boolean;
  place: Place;
  onClose: () => void;
  onInvited: (email: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ParticipationRole>('ARENA');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldKey, MessageKey>>>({});
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [inviteToAtelier, atelierState] = useMutation(InviteToAtelierMutation);
  const [inviteToWorkshop, workshopState] = useMutation(InviteToWorkshopMutation);
  const busy = atelierState.loading || workshopState.loading;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      element.querySelector('input')?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  function reset() {
    setEmail('');
    setRole('ARENA');
    setMessage('');
    setErrors({});
    setProblem(null);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const address = email.trim();
    const found: Partial<Record<FieldKey, MessageKey>> = {};
    if (address === '') found.email = 'invitations.error.emailRequired';
    else if (!EMAIL.test(address)) found.email = 'invitations.error.email';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      dialog.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
      return;
    }
    const note = message.trim() || null;
    try {
      if (place.kind === 'atelier') {
        await inviteToAtelier({
          variables: { atelierId: place.atelierId, email: address, role, message: note },
        });
      } else {
        await inviteToWorkshop({
          variables: { workshopId: place.workshopId, email: address, message: note },
        });
      }
    } catch (error) {
      const [first] = apiProblems(error);
      const field = fieldName(first?.field);
      if (first?.code === 'CONFLICT' && field === 'email') {
        setErrors({
          email:
            first.reason === 'INVITED' ? 'invitations.error.invitedAlready' : 'invitations.error.takesPart',
        });
      } else if (first?.code === 'BAD_USER_INPUT' && field === 'email') {
        setErrors({ email: 'invitations.error.email' });
      } else if (first?.code === 'BAD_USER_INPUT' && field === 'message') {
        setErrors({ message: 'invitations.error.message' });
      } else {
        setProblem(first?.code === 'CONFLICT' ? 'invitations.error.open' : 'state.error');
      }
      return;
    }
    reset();
    await onInvited(address);
  }

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        reset();
        onClose();
      }}
    >
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <h2 id={`${id}-title`}>
          {t(place.kind === 'atelier' ? 'invitations.dialogTitleAtelier' : 'invitations.dialogTitleWorkshop')}
        </h2>
        <p>{t('invitations.dialogBody')}</p>
        <Field
          label={t('invitations.email')}
          hint={t('invitations.emailHint')}
          type="email"
          name="email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email && t(errors.email)}
        />
        {place.kind === 'atelier' && (
          <fieldset className="fieldset fieldset--plain">
            <legend>{t('invitations.roleLegend')}</legend>
            {(['ARENA', 'TRIBUNE'] as const).map((r) => (
              <label key={r} className="checkbox checkbox--block">
                <input
                  type="radio"
                  name={`${id}-role`}
                  value={r}
                  checked={role === r}
                  onChange={() => setRole(r)}
                />
                <span>
                  <strong>{t(`invitations.role.${r}`)}</strong>
                  <span className="field__hint"> {t(`invitations.roleHint.${r}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <TextArea
          label={t('invitations.message')}
          hint={t('invitations.messageHint')}
          value={message}
          maxLength={1000}
          onChange={(e) => setMessage(e.target.value)}
          error={errors.message && t(errors.message)}
        />
        {problem && (
          <p className="form__problem" role="alert">
            {t(problem)}
          </p>
        )}
        <div className="choice">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('invitations.sending') : t('invitations.send')}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('invitations.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
