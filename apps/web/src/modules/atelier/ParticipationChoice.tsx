import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type {
  ParticipationChoice_AtelierFragment,
  ParticipationChoice_ViewerFragment,
  ParticipationRole,
} from '../../gql/graphql';
import { StatusMessage } from '../common/StatusMessage';
import { TextArea } from '../common/TextArea';
import { MyParticipationHistory } from './MyParticipationHistory';
import { OnBehalfOf } from './OnBehalfOf';
import { JoinLink } from '../auth/JoinLink';

graphql(`
  fragment ParticipationChoice_atelier on Atelier {
    id
    joinMode
    joiningWays {
      arena
      tribune
    }
    trekker {
      id
      name
    }
    myParticipation {
      id
      role
      organisation {
        id
        name
      }
    }
    myHistory {
      kind
      fromRole
      toRole
      createdAt
      organisation {
        id
        name
      }
    }
    myJoinRequest {
      id
      kind
      role
      message
      createdAt
      organisation {
        id
        name
      }
      createdBy {
        id
        name
      }
    }
  }
`);

graphql(`
  fragment ParticipationChoice_viewer on User {
    id
    emailConfirmed
    memberships {
      id
      status
      organisation {
        id
        name
      }
    }
  }
`);

const JoinMutation = graphql(`
  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!, $organisationId: ID) {
    joinAtelier(atelierId: $atelierId, role: $role, organisationId: $organisationId) {
      id
      role
    }
  }
`);

const SwitchMutation = graphql(`
  mutation SwitchRole($atelierId: ID!, $role: ParticipationRole!) {
    switchRole(atelierId: $atelierId, role: $role) {
      id
      role
    }
  }
`);

const LeaveMutation = graphql(`
  mutation LeaveAtelier($atelierId: ID!) {
    leaveAtelier(atelierId: $atelierId)
  }
`);

const RequestMutation = graphql(`
  mutation RequestToJoin($atelierId: ID!, $role: ParticipationRole!, $organisationId: ID, $message: String) {
    requestToJoin(atelierId: $atelierId, role: $role, organisationId: $organisationId, message: $message) {
      id
      status
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawMyJoinRequest($id: ID!) {
    withdrawJoinRequest(id: $id)
  }
`);

const DeclineInvitationMutation = graphql(`
  mutation DeclineInvitation($id: ID!) {
    decideJoinRequest(id: $id, accept: false) {
      id
      status
    }
  }
`);

interface Props {
  atelier: ParticipationChoice_AtelierFragment;
  viewer: ParticipationChoice_ViewerFragment | null;
  /** Reloads the page's query: what one may read changes with the role. */
  onChanged: () => Promise<unknown>;
}

/**
 * The clear choice of the arena/tribune model: work in the arena, or follow from the tribune, as the atelier's
 * joining mode allows (the API's joiningWays): join, ask the trekker, wait for an answer, answer an invitation,
 * or (after a removal) ask to be let back.
 */
export function ParticipationChoice({ atelier, viewer, onChanged }: Props) {
  const { t, formatDate } = useI18n();
  const location = useLocation();
  const ids = useId();
  const [join, joining] = useMutation(JoinMutation);
  const [switchRole, switching] = useMutation(SwitchMutation);
  const [leave, leaving] = useMutation(LeaveMutation);
  const [request, requesting] = useMutation(RequestMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawMutation);
  const [decline, declining] = useMutation(DeclineInvitationMutation);
  const busy =
    joining.loading ||
    switching.loading ||
    leaving.loading ||
    requesting.loading ||
    withdrawing.loading ||
    declining.loading;
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [returnRole, setReturnRole] = useState<ParticipationRole>('ARENA');
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [messageError, setMessageError] = useState<string | null>(null);
  const { ref: card, focusFirstInvalid } = useFocusFirstInvalid<HTMLElement>();

  const atelierId = atelier.id;
  const memberships = viewer?.memberships ?? [];
  // Only a confirmed membership may be named; a choice that is no longer confirmed falls back to oneself.
  const onBehalfOf = memberships.some((m) => m.status === 'CONFIRMED' && m.organisation.id === organisationId)
    ? organisationId
    : null;
  const role = atelier.myParticipation?.role ?? null;
  const ways = atelier.joiningWays;
  const open = atelier.myJoinRequest;
  const trekker = atelier.trekker.name;
  const unconfirmed = viewer?.emailConfirmed === false;

  function failureText(failure: unknown): string | null {
    const first = apiProblems(failure)[0];
    if (first?.reason === 'EMAIL_UNCONFIRMED') return problemText(t, first);
    if (first?.code === 'FORBIDDEN' || first?.code === 'CONFLICT') return t('joining.problem.changed');
    if (first?.code === 'BAD_USER_INPUT' && fieldName(first.field) === 'message') {
      // Said next to the message itself, which gets the focus.
      setMessageError(problemText(t, first));
      focusFirstInvalid();
      return null;
    }
    if (first?.code === 'BAD_USER_INPUT' && fieldName(first.field) === 'organisationId')
      return t('joining.problem.organisation');
    return problemText(t, first ?? { code: 'NETWORK', message: '' });
  }

  async function run(action: () => Promise<unknown>, done?: string) {
    setNotice(null);
    setProblem(null);
    setMessageError(null);
    try {
      await action();
      setMessage('');
      if (done) setNotice(done);
    } catch (failure) {
      // A refusal means the page is out of date (the trekker changed the mode, decided, or removed): reload it.
      setProblem(failureText(failure));
    }
    try {
      await onChanged();
    } catch {
      setProblem(t('state.error'));
    }
  }

  const joinArena = () =>
    run(() =>
      role === null
        ? join({ variables: { atelierId, role: 'ARENA', organisationId: onBehalfOf } })
        : switchRole({ variables: { atelierId, role: 'ARENA' } }),
    );

  const sendRequest = (event: FormEvent, asked: ParticipationRole) => {
    event.preventDefault();
    void run(
      () =>
        request({
          variables: {
            atelierId,
            role: asked,
            organisationId: role === null ? onBehalfOf : null,
            message: message.trim() || null,
          },
        }),
      t('joining.done.requested', { name: trekker }),
    );
  };

  const messageField = (
    <TextArea
      label={t('joining.messageLabel')}
      hint={t('joining.messageHint')}
      value={message}
      maxLength={1000}
      onChange={(e) => setMessage(e.target.value)}
      error={messageError ?? undefined}
    />
  );

  /** The request one made, waiting for the trekker. */
  const pending = (req: NonNullable<typeof open>) => (
    <div className="choice__box">
      <p className="choice__current">{t('joining.pendingTitle')}</p>
      <p>
        {t(
          ways?.arena === 'REMOVED' && req.role === 'ARENA'
            ? 'joining.pendingBackArena'
            : `joining.pendingBody.${req.role}`,
          { date: formatDate(req.createdAt), name: trekker },
        )}
      </p>
      {req.organisation && (
        <p className="meta">{t('joining.onBehalfOfOrg', { organisation: req.organisation.name })}</p>
      )}
      {req.message && (
        <blockquote className="quote">
          <span className="visually-hidden">{t('joining.yourMessage')}: </span>
          {req.message}
        </blockquote>
      )}
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void run(() => withdraw({ variables: { id: req.id } }), t('joining.done.withdrawn'))}
      >
        {t('joining.withdraw')}
      </button>
    </div>
  );

  /** The trekker's invitation: accept (joining, or switching when one follows already) or decline. */
  const invitation = (inv: NonNullable<typeof open>) => (
    <div className="choice__box choice__box--invitation">
      <p className="choice__current">{t(`joining.invited.${inv.role}`, { name: inv.createdBy.name })}</p>
      <p className="meta">{t('joining.invitedOn', { date: formatDate(inv.createdAt) })}</p>
      {inv.message && (
        <blockquote className="quote">
          <span className="visually-hidden">{t('joining.theirMessage', { name: inv.createdBy.name })}: </span>
          {inv.message}
        </blockquote>
      )}
      <div className="choice">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() =>
            void run(
              () =>
                role === null
                  ? join({ variables: { atelierId, role: inv.role, organisationId: onBehalfOf } })
                  : switchRole({ variables: { atelierId, role: inv.role } }),
              t('joining.done.accepted'),
            )
          }
        >
          {t('joining.accept')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run(() => decline({ variables: { id: inv.id } }), t('joining.done.declined'))}
        >
          {t('joining.decline')}
        </button>
      </div>
    </div>
  );

  /** What one can do about the arena from where one stands (not taking part, or on the tribune). */
  function arenaPart(): ReactNode {
    // Joining or asking waits for a confirmed address (the notice at the top of the page sends the link again).
    if (unconfirmed && (ways?.arena === 'JOIN' || (ways?.arena === 'REQUEST' && open?.kind !== 'REQUEST')))
      return <p className="choice__box">{t('joining.confirmEmailFirst')}</p>;
    switch (ways?.arena) {
      case 'JOIN':
        return null; // a plain button, in the row with the others
      case 'ACCEPT_INVITATION':
        return open?.kind === 'INVITATION' ? invitation(open) : null;
      case 'REQUEST':
        if (open?.kind === 'REQUEST') return pending(open);
        return (
          <form className="form choice__box" onSubmit={(e) => sendRequest(e, 'ARENA')} noValidate>
            {messageField}
            <p className="field__hint">{t('joining.requestWhatNext', { name: trekker })}</p>
            <div>
              <button type="submit" className="button button--primary" disabled={busy}>
                {t('joining.requestArena')}
              </button>
            </div>
          </form>
        );
      case 'INVITATION_ONLY':
        return (
          <p className="choice__box">
            {t('joining.invitationOnly')} {role === null && t('joining.tribuneStillOpen')}
          </p>
        );
      case 'REMOVED': // shown on its own, with the way back
      case undefined:
        return null;
    }
  }

  let body: ReactNode;
  if (!viewer) {
    body = (
      <p>
        <Link to={`/inloggen?terug=${encodeURIComponent(location.pathname)}`}>
          {t('atelier.signInToJoin')}
        </Link>{' '}
        <JoinLink back={location.pathname} />
      </p>
    );
  } else if (viewer.id === atelier.trekker.id) {
    body = <p>{t('atelier.youAreTrekker')}</p>;
  } else if (role === 'ARENA') {
    const organisation = atelier.myParticipation?.organisation;
    body = (
      <>
        <p className="choice__current">{t('atelier.youAreArena')}</p>
        {organisation && (
          <p className="meta">{t('joining.onBehalfOfOrg', { organisation: organisation.name })}</p>
        )}
        <div className="choice">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => switchRole({ variables: { atelierId, role: 'TRIBUNE' } }))}
          >
            {t('atelier.switchToTribune')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => void run(() => leave({ variables: { atelierId } }))}
          >
            {t('atelier.leave')}
          </button>
        </div>
        {atelier.joinMode !== 'OPEN' && (
          <p className="field__hint">{t(`joining.backTo.${atelier.joinMode}`)}</p>
        )}
      </>
    );
  } else if (role === 'TRIBUNE') {
    const organisation = atelier.myParticipation?.organisation;
    body = (
      <>
        <p className="choice__current">{t('atelier.youAreTribune')}</p>
        {organisation && (
          <p className="meta">{t('joining.onBehalfOfOrg', { organisation: organisation.name })}</p>
        )}
        {arenaPart()}
        <div className="choice">
          {ways?.arena === 'JOIN' && !unconfirmed && (
            <button type="button" className="button" disabled={busy} onClick={() => void joinArena()}>
              {t('atelier.switchToArena')}
            </button>
          )}
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => void run(() => leave({ variables: { atelierId } }))}
          >
            {t('atelier.leave')}
          </button>
        </div>
      </>
    );
  } else if (ways?.arena === 'REMOVED') {
    body = (
      <>
        <div className="choice__box choice__box--removed">
          <p className="choice__current">{t('joining.removedTitle')}</p>
          <p>
            {t('joining.removedBody')} <Link to="/meldingen">{t('joining.removedWhy')}</Link>
          </p>
        </div>
        {open?.kind === 'REQUEST' ? (
          pending(open)
        ) : (
          <form className="form" onSubmit={(e) => sendRequest(e, returnRole)} noValidate>
            <h3>{t('joining.askBackTitle')}</h3>
            <fieldset className="fieldset fieldset--compact">
              <legend>{t('joining.askBackWhere')}</legend>
              {(['ARENA', 'TRIBUNE'] as const).map((r) => (
                <label key={r} className="checkbox checkbox--block">
                  <input
                    type="radio"
                    name={`${ids}-terug`}
                    checked={returnRole === r}
                    onChange={() => setReturnRole(r)}
                  />
                  <span>{t(`joining.askBackTo.${r}`)}</span>
                </label>
              ))}
            </fieldset>
            <OnBehalfOf memberships={memberships} value={onBehalfOf} onChange={setOrganisationId} />
            {messageField}
            <div>
              <button type="submit" className="button button--primary" disabled={busy}>
                {t('joining.askBack')}
              </button>
            </div>
          </form>
        )}
      </>
    );
  } else {
    const arena = arenaPart();
    const tribuneInvitation =
      ways?.tribune === 'ACCEPT_INVITATION' && open?.kind === 'INVITATION' ? open : null;
    body = (
      <>
        <OnBehalfOf memberships={memberships} value={onBehalfOf} onChange={setOrganisationId} />
        {arena}
        {tribuneInvitation ? (
          invitation(tribuneInvitation)
        ) : (
          <>
            {arena && ways?.tribune === 'JOIN' && <p className="meta">{t('joining.orFollow')}</p>}
            <div className="choice">
              {ways?.arena === 'JOIN' && !unconfirmed && (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy}
                  onClick={() => void joinArena()}
                >
                  {t('atelier.joinArena')}
                </button>
              )}
              {ways?.tribune === 'JOIN' && (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() =>
                    void run(() =>
                      join({ variables: { atelierId, role: 'TRIBUNE', organisationId: onBehalfOf } }),
                    )
                  }
                >
                  {t('atelier.joinTribune')}
                </button>
              )}
            </div>
          </>
        )}
      </>
    );
  }

  return (
    <section ref={card} className="card choice-card" aria-labelledby="meedoen">
      <h2 id="meedoen">{t('atelier.choiceTitle')}</h2>
      <p className="meta">{t('atelier.choiceIntro')}</p>
      <p className="choice__mode">{t(`joining.arenaIs.${atelier.joinMode}`)}</p>
      <StatusMessage>{notice}</StatusMessage>
      {body}
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <MyParticipationHistory changes={atelier.myHistory} />
    </section>
  );
}
