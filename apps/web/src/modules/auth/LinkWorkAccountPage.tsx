import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiProblems, fieldName } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { Field } from './Field';

const LinkOidcLoginMutation = graphql(`
  mutation LinkOidcLogin($token: String!, $password: String!) {
    linkOidcLogin(token: $token, password: $password) {
      id
      name
    }
  }
`);

/**
 * `/inloggen/koppelen?token=…`: a first login with a work account whose address has an account already. The work
 * account is linked only when the person proves that account's password here (never by the address alone).
 */
export function LinkWorkAccountPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [link, { loading }] = useMutation(LinkOidcLoginMutation);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  const token = params.get('token') ?? '';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (password === '') {
      setProblem(t('auth.error.required'));
      return;
    }
    try {
      await link({ variables: { token, password } });
      await client.resetStore();
      await navigate('/');
    } catch (error) {
      const first = apiProblems(error)[0];
      if (first?.code === 'BAD_USER_INPUT' && fieldName(first.field) === 'token') setExpired(true);
      else if (first?.code === 'BAD_USER_INPUT') setProblem(t('oidc.link.wrongPassword'));
      else if (first?.code === 'TOO_MANY_REQUESTS') setProblem(t('auth.error.tooMany'));
      else setProblem(t('state.error'));
    }
  }

  if (!token || expired) {
    return (
      <section className="narrow">
        <h1>{t('oidc.link.title')}</h1>
        <p role={expired ? 'alert' : undefined}>{t('oidc.link.expired')}</p>
        <p>
          <Link to="/inloggen">{t('nav.signIn')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t('oidc.link.title')}</h1>
      <p>{t('oidc.link.intro')}</p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {problem && (
          <p className="form__problem" role="alert">
            {problem}
          </p>
        )}
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
          {loading ? t('auth.busy') : t('oidc.link.submit')}
        </button>
      </form>
      <p>
        <Link to="/wachtwoord-vergeten">{t('oidc.link.forgot')}</Link>
      </p>
    </section>
  );
}
