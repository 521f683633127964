import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { MessageKey } from '@werkplaats/i18n';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiProblems, fieldName } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import type { InvitationByLinkQuery } from '../../gql/graphql';
import { Field } from '../auth/Field';
import { LoadError, Loading } from '../common/States';
import { NewPasswordFields, checkNewPassword } from '../auth/NewPasswordFields';

const InvitationByLinkQueryDoc = graphql(`
  query InvitationByLink($token: String!) {
    invitationByLink(token: $token) {
      email
      role
      status
      expiresAt
      atelierId
      atelierTitle
      inviterName
      message
      accountExists
      workshop {
        id
        slug
        name
      }
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $signUp: InvitationSignUpInput) {
    acceptInvitation(token: $token, signUp: $signUp) {
      status
      atelierId
      workshop {
        id
        slug
      }
    }
  }
`);

/** The rules of the API (signUp); it checks them again, and the common passwords only it knows. */

const LINK_PROBLEMS: Record<string, MessageKey> = {
  UNKNOWN: 'invitation.error.unknown',
  EXPIRED: 'invitation.error.expired',
  USED: 'invitation.error.used',
  WITHDRAWN: 'invitation.error.withdrawn',
};

const CLOSED: Record<string, MessageKey> = {
  ACCEPTED: 'invitation.error.used',
  DECLINED: 'invitation.error.used',
  WITHDRAWN: 'invitation.error.withdrawn',
  EXPIRED: 'invitation.error.expired',
};

type Invitation = NonNullable<InvitationByLinkQuery['invitationByLink']>;
type FieldKey = 'name' | 'password' | 'repeat';

/** Where accepting leads: the atelier's page (its arena or tribune), or the werkplaats's agenda. */
function destination(invitation: { atelierId?: string | null; workshop: { slug: string } }): string {
  const base = `/w/${encodeURIComponent(invitation.workshop.slug)}`;
  return invitation.atelierId ? `${base}/ateliers/${encodeURIComponent(invitation.atelierId)}` : base;
}

/**
 * The link of an invitation by e-mail (/uitnodiging?token=…): who invites, where to, and one step to take it. A
 * signed-in person accepts; an address without an account makes one here (the link proves the address); an address
 * with an account signs in first and comes back here.
 */
export function InvitationPage() {
  const { t, formatDate } = useI18n();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, loading, error, refetch } = useQuery(InvitationByLinkQueryDoc, {
    variables: { token },
    skip: !token,
    fetchPolicy: 'network-only',
  });

  if (!token) {
    return (
      <section className="narrow">
        <h1>{t('invitation.title')}</h1>
        <p className="form__problem" role="alert">
          {t('invitation.error.noToken')}
        </p>
      </section>
    );
  }
  if ((loading && !data) || viewerLoading) return <Loading />;
  if (error && !data) return <LoadError retry={() => void refetch()} />;
  const invitation = data?.invitationByLink;
  if (!invitation || invitation.status !== 'OPEN') {
    return (
      <section className="narrow">
        <h1>{t('invitation.title')}</h1>
        <p className="form__problem" role="alert">
          {t(
            invitation ? (CLOSED[invitation.status] ?? 'invitation.error.used') : 'invitation.error.unknown',
          )}
        </p>
        <p>
          <Link to={viewer ? '/' : '/inloggen'}>
            {t(viewer ? 'invitation.toStart' : 'invitation.signIn')}
          </Link>
        </p>
      </section>
    );
  }

  const back = `/uitnodiging?token=${encodeURIComponent(token)}`;
  return (
    <section className="narrow">
      <h1>{t('invitation.title')}</h1>
      <p className="lead">
        {invitation.atelierTitle && invitation.role
          ? t(`invitation.toAtelier.${invitation.role}`, {
              inviter: invitation.inviterName,
              atelier: invitation.atelierTitle,
              workshop: invitation.workshop.name,
            })
          : t('invitation.toWorkshop', {
              inviter: invitation.inviterName,
              workshop: invitation.workshop.name,
            })}
      </p>
      {invitation.message && (
        <blockquote className="quote">
          <p>{invitation.message}</p>
          <footer className="meta">{invitation.inviterName}</footer>
        </blockquote>
      )}
      <p className="meta">
        {t('invitation.validUntil', {
          email: invitation.email,
          date: formatDate(invitation.expiresAt, { day: 'numeric', month: 'long', year: 'numeric' }),
        })}
      </p>
      {viewer ? (
        <AcceptAsViewer token={token} invitation={invitation} viewer={viewer} />
      ) : invitation.accountExists ? (
        <p>
          {t('invitation.hasAccount', { email: invitation.email })}{' '}
          <Link className="button button--primary" to={`/inloggen?terug=${encodeURIComponent(back)}`}>
            {t('invitation.signInToAccept')}
          </Link>
        </p>
      ) : (
        <SignUpAndAccept token={token} invitation={invitation} back={back} />
      )}
    </section>
  );
}

/** Problems the API names, as texts (shared by both ways of accepting). */
function problemOf(error: unknown): { field?: FieldKey; problem?: MessageKey } {
  const [first] = apiProblems(error);
  const field = fieldName(first?.field);
  if (first?.code === 'BAD_USER_INPUT' && field === 'token') {
    return { problem: LINK_PROBLEMS[first.reason ?? ''] ?? 'invitation.error.unknown' };
  }
  if (first?.code === 'BAD_USER_INPUT' && field === 'password') return { field: 'password' };
  if (first?.code === 'BAD_USER_INPUT' && field === 'name') return { field: 'name' };
  if (first?.code === 'CONFLICT' && first.reason === 'ACCOUNT_EXISTS')
    return { problem: 'invitation.error.accountExists' };
  if (first?.code === 'FORBIDDEN' && first.reason === 'REMOVED')
    return { problem: 'invitation.error.removed' };
  if (first?.code === 'FORBIDDEN') return { problem: 'invitation.error.otherAccount' };
  if (first?.code === 'CONFLICT') return { problem: 'invitation.error.leads' };
  if (first?.code === 'TOO_MANY_REQUESTS') return { problem: 'auth.error.tooMany' };
  return { problem: 'state.error' };
}

function AcceptAsViewer({
  token,
  invitation,
  viewer,
}: {
  token: string;
  invitation: Invitation;
  viewer: { name: string; email?: string | null };
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  async function onAccept() {
    setProblem(null);
    try {
      const result = await accept({ variables: { token } });
      // What the person may read changes with the new place: start from a clean cache.
      await client.resetStore();
      if (result.data) await navigate(destination(result.data.acceptInvitation));
    } catch (error) {
      setProblem(problemOf(error).problem ?? 'state.error');
    }
  }

  return (
    <div className="form">
      <p>{t('invitation.signedInAs', { name: viewer.name, email: viewer.email ?? '' })}</p>
      {problem && (
        <p className="form__problem" role="alert">
          {t(problem, { email: invitation.email })}
        </p>
      )}
      <div>
        <button
          type="button"
          className="button button--primary"
          disabled={loading}
          onClick={() => void onAccept()}
        >
          {loading ? t('auth.busy') : t('invitation.accept')}
        </button>
      </div>
    </div>
  );
}

function SignUpAndAccept({
  token,
  invitation,
  back,
}: {
  token: string;
  invitation: Invitation;
  back: string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [values, setValues] = useState<Record<FieldKey, string>>({ name: '', password: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<FieldKey, MessageKey>>>({});
  const [problem, setProblem] = useState<MessageKey | null>(null);

  function check(): Partial<Record<FieldKey, MessageKey>> {
    const found: Partial<Record<FieldKey, MessageKey>> = {};
    if (values.name.trim() === '') found.name = 'auth.error.required';
    Object.assign(found, checkNewPassword(values.password, values.repeat));
    return found;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await accept({
        variables: { token, signUp: { name: values.name.trim(), password: values.password } },
      });
      // Signed in now, and in a new place: start from a clean cache.
      await client.resetStore();
      if (result.data) await navigate(destination(result.data.acceptInvitation));
    } catch (error) {
      const { field, problem: said } = problemOf(error);
      if (field === 'password') setErrors({ password: 'auth.setPassword.error.common' });
      else if (field === 'name') setErrors({ name: 'auth.error.required' });
      else setProblem(said ?? 'state.error');
    }
  }

  const set = (key: FieldKey) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2>{t('invitation.signUpTitle')}</h2>
      <p>{t('invitation.signUpIntro', { email: invitation.email })}</p>
      {problem && (
        <p className="form__problem" role="alert">
          {t(problem, { email: invitation.email })}
        </p>
      )}
      <Field
        label={t('invitation.name')}
        hint={t('invitation.nameHint')}
        name="name"
        autoComplete="name"
        required
        maxLength={120}
        value={values.name}
        onChange={set('name')}
        error={errors.name && t(errors.name)}
      />
      <NewPasswordFields
        label={t('invitation.password')}
        password={values.password}
        repeat={values.repeat}
        errors={errors}
        onPassword={set('password')}
        onRepeat={set('repeat')}
      />
      <div>
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('auth.busy') : t('invitation.signUpAndAccept')}
        </button>
      </div>
      <p>
        {t('invitation.otherAccount')}{' '}
        <Link to={`/inloggen?terug=${encodeURIComponent(back)}`}>{t('invitation.signInInstead')}</Link>
      </p>
    </form>
  );
}
