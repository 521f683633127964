import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
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

export const SignInProvidersQuery = graphql(`
  query SignInProviders($email: String!, $workshopSlug: String) {
    signInProviders(email: $email, workshopSlug: $workshopSlug) {
      id
      label
      required
    }
  }
`);

/** The werkplaats a return path is in (`/w/<slug>/…`): its own work-account providers are offered there. */
export function workshopSlugOf(path: string): string | null {
  return /^\/w\/([^/?#]+)/.exec(path)?.[1] ?? null;
}

/** The address as typed, once it looks like one and typing paused: asked for its providers then. */
function useSettledAddress(email: string): string | null {
  const [settled, setSettled] = useState<string | null>(null);
  useEffect(() => {
    const trimmed = email.trim().toLowerCase();
    const valid = /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(trimmed);
    const timer = window.setTimeout(() => setSettled(valid ? trimmed : null), 300);
    return () => window.clearTimeout(timer);
  }, [email]);
  return settled;
}

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
  const slug = workshopSlugOf(back);
  const address = useSettledAddress(email);
  const providers = useQuery(SignInProvidersQuery, {
    variables: { email: address ?? '', workshopSlug: slug },
    skip: !address,
  });
  const offered = address ? (providers.data?.signInProviders ?? []) : [];
  const required = offered.some((p) => p.required);
  const returned = params.get('werkaccount');
  const startHref = (id: string) =>
    `/auth/oidc/${encodeURIComponent(id)}/start?${new URLSearchParams({
      ...(slug ? { werkplaats: slug } : {}),
      terug: back,
    }).toString()}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await signIn({ variables: { email, password } });
      // What the person may read changes with the session: start from a clean cache.
      await client.resetStore();
      await navigate(back);
    } catch (error) {
      const first = apiProblems(error)[0];
      const code = first?.code;
      setProblem(
        first?.reason === 'OIDC_REQUIRED'
          ? t('oidc.error.required')
          : code === 'TOO_MANY_REQUESTS'
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
      {returned && (
        <p className="form__problem" role="alert">
          {returned === 'onbereikbaar' ? t('oidc.error.unreachable') : t('oidc.error.refused')}
        </p>
      )}
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
        {offered.length > 0 && (
          // The work account first: where the address's organisation has one, that is the way in.
          <section className="sign-in-providers" aria-labelledby="sign-in-providers-heading">
            <h2 id="sign-in-providers-heading">{t('oidc.heading')}</h2>
            <p>{required ? t('oidc.requiredNotice') : t('oidc.intro')}</p>
            <ul className="plain-list">
              {offered.map((p) => (
                <li key={p.id}>
                  <a className="button button--primary" href={startHref(p.id)}>
                    {t('oidc.button', { label: p.label })}
                  </a>
                </li>
              ))}
            </ul>
            {!required && <h2>{t('oidc.orPassword')}</h2>}
          </section>
        )}
        {!required && (
          <>
            <Field
              label={t('auth.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <button
              type="submit"
              className={offered.length > 0 ? 'button' : 'button button--primary'}
              disabled={loading}
            >
              {loading ? t('auth.busy') : t('auth.submitSignIn')}
            </button>
          </>
        )}
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
