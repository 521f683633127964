import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiProblems } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { Field } from './Field';

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      name
    }
  }
`);

/** Only paths inside the app are followed after signing in (no open redirect). */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function SignInPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const back = safeReturnPath(params.get('terug'));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await signIn({ variables: { email, password } });
      // What the person may read changes with the session: start from a clean cache.
      await client.resetStore();
      await navigate(back);
    } catch (error) {
      const code = apiProblems(error)[0]?.code;
      setProblem(
        code === 'TOO_MANY_REQUESTS'
          ? t('auth.error.tooMany')
          : code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT'
            ? t('auth.error.credentials')
            : t('state.error'),
      );
    }
  }

  return (
    <section className="narrow">
      <h1>{t('auth.signIn.title')}</h1>
      <p>{t('auth.signIn.intro')}</p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {problem && (
          <p className="form__problem" role="alert">
            {problem}
          </p>
        )}
        <Field
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Field
          label={t('auth.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('auth.busy') : t('auth.submitSignIn')}
        </button>
      </form>
      <p>
        <Link to="/wachtwoord-vergeten">{t('auth.signIn.forgot')}</Link>
      </p>
      <p>
        {t('auth.noAccount')}{' '}
        <Link to={`/registreren?terug=${encodeURIComponent(back)}`}>{t('nav.signUp')}</Link>
      </p>
    </section>
  );
}
