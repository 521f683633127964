import { useMutation } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { ParticipationRole } from '../../gql/graphql';

const JoinMutation = graphql(`
  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!) {
    joinAtelier(atelierId: $atelierId, role: $role) {
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

interface Props {
  atelierId: string;
  signedIn: boolean;
  isTrekker: boolean;
  role: ParticipationRole | null;
  /** Reloads the page's query: what one may read changes with the role. */
  onChanged: () => Promise<unknown>;
}

/** The clear choice of the arena/tribune model: work in the arena, or follow from the tribune. */
export function ParticipationChoice({ atelierId, signedIn, isTrekker, role, onChanged }: Props) {
  const { t } = useI18n();
  const location = useLocation();
  const [join, joining] = useMutation(JoinMutation);
  const [switchRole, switching] = useMutation(SwitchMutation);
  const [leave, leaving] = useMutation(LeaveMutation);
  const busy = joining.loading || switching.loading || leaving.loading;
  const failed = joining.error ?? switching.error ?? leaving.error;

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      await onChanged();
    } catch {
      // The error is shown below from the mutation's state.
    }
  }

  let body;
  if (!signedIn) {
    body = (
      <p>
        <Link to={`/inloggen?terug=${encodeURIComponent(location.pathname)}`}>
          {t('atelier.signInToJoin')}
        </Link>
      </p>
    );
  } else if (isTrekker) {
    body = <p>{t('atelier.youAreTrekker')}</p>;
  } else if (role === null) {
    body = (
      <div className="choice">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void run(() => join({ variables: { atelierId, role: 'ARENA' } }))}
        >
          {t('atelier.joinArena')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run(() => join({ variables: { atelierId, role: 'TRIBUNE' } }))}
        >
          {t('atelier.joinTribune')}
        </button>
      </div>
    );
  } else {
    const other: ParticipationRole = role === 'ARENA' ? 'TRIBUNE' : 'ARENA';
    body = (
      <>
        <p className="choice__current">
          {role === 'ARENA' ? t('atelier.youAreArena') : t('atelier.youAreTribune')}
        </p>
        <div className="choice">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => switchRole({ variables: { atelierId, role: other } }))}
          >
            {role === 'ARENA' ? t('atelier.switchToTribune') : t('atelier.switchToArena')}
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
      </>
    );
  }

  return (
    <section className="card choice-card" aria-labelledby="meedoen">
      <h2 id="meedoen">{t('atelier.choiceTitle')}</h2>
      <p className="meta">{t('atelier.choiceIntro')}</p>
      {body}
      {failed && (
        <p className="form__problem" role="alert">
          {t('state.error')}
        </p>
      )}
    </section>
  );
}
