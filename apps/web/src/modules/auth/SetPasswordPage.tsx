import { useApolloClient, useMutation } from '@apollo/client/react';
import type { MessageKey } from '@werkplaats/i18n';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiProblems, fieldName } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { NewPasswordFields, checkNewPassword } from './NewPasswordFields';

// The one-time link of a first beheerder (or anyone given one): sets the password and signs in.
const SetPasswordWithTokenMutation = graphql(`
  mutation SetPasswordWithToken($token: String!, $password: String!) {
    setPasswordWithToken(token: $token, password: $password) {
      id
      name
    }
  }
`);

/** The rules of the API (signUp, changePassword); the API checks them again, and the common passwords only it knows. */

const LINK_PROBLEMS: Record<string, MessageKey> = {
  UNKNOWN: 'auth.setPassword.error.unknown',
  USED: 'auth.setPassword.error.used',
  EXPIRED: 'auth.setPassword.error.expired',
};

type FieldKey = 'password' | 'repeat';

export function SetPasswordPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const token = params.get('token') ?? '';
  const [setPassword, { loading }] = useMutation(SetPasswordWithTokenMutation);
  const [values, setValues] = useState<Record<FieldKey, string>>({ password: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<FieldKey, MessageKey>>>({});
  const [problem, setProblem] = useState<MessageKey | null>(token ? null : 'auth.setPassword.error.noToken');

  function check(): Partial<Record<FieldKey, MessageKey>> {
    const found: Partial<Record<FieldKey, MessageKey>> = {};
    Object.assign(found, checkNewPassword(values.password, values.repeat));
    return found;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(token ? null : 'auth.setPassword.error.noToken');
    if (!token) return;
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await setPassword({ variables: { token, password: values.password } });
    } catch (error) {
      const [first] = apiProblems(error);
      const field = fieldName(first?.field);
      if (first?.code === 'BAD_USER_INPUT' && field === 'token') {
        setProblem(LINK_PROBLEMS[first.reason ?? ''] ?? 'auth.setPassword.error.unknown');
      } else if (first?.code === 'BAD_USER_INPUT' && field === 'password') {
        // Length is checked above, so what is left is a password too common to be safe.
        setErrors({ password: 'auth.setPassword.error.common' });
      } else {
        setProblem(first?.code === 'TOO_MANY_REQUESTS' ? 'auth.error.tooMany' : 'state.error');
      }
      return;
    }
    // Signed in now: what the person may read changes with the session, so start from a clean cache.
    await client.resetStore();
    await navigate('/');
  }

  const set = (key: FieldKey) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const linkProblem = problem !== null && problem.startsWith('auth.setPassword.error.');
  return (
    <section className="narrow">
      <h1>{t('auth.setPassword.title')}</h1>
      <p>{t('auth.setPassword.intro')}</p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {problem && (
          <p className="form__problem" role="alert">
            {t(problem)}{' '}
            {linkProblem && (
              <>
                <Link to="/wachtwoord-vergeten">{t('auth.signIn.forgot')}</Link>{' '}
                <Link to="/inloggen">{t('nav.signIn')}</Link>
              </>
            )}
          </p>
        )}
        <NewPasswordFields
          label={t('auth.setPassword.password')}
          password={values.password}
          repeat={values.repeat}
          errors={errors}
          onPassword={set('password')}
          onRepeat={set('repeat')}
        />
        <button type="submit" className="button button--primary" disabled={loading || !token}>
          {loading ? t('auth.busy') : t('auth.setPassword.submit')}
        </button>
      </form>
    </section>
  );
}
