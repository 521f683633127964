import { useMutation } from '@apollo/client/react';
import type { MessageKey } from '@werkplaats/i18n';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { apiProblems } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { Field } from './Field';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** As the API checks it, roughly: something@something.something, without spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A forgotten password: asks for the address and sends a one-time link to it. What follows says the same whether
 * or not the address has an account, as the API does.
 */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const sentHeading = useRef<HTMLHeadingElement>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const address = email.trim();
    const found: MessageKey | null =
      address === '' ? 'auth.error.required' : EMAIL.test(address) ? null : 'auth.forgot.error.email';
    setError(found);
    if (found) return;
    try {
      await request({ variables: { email: address } });
    } catch (failure) {
      const code = apiProblems(failure)[0]?.code;
      if (code === 'BAD_USER_INPUT') setError('auth.forgot.error.email');
      else setProblem(code === 'TOO_MANY_REQUESTS' ? 'auth.error.tooMany' : 'state.error');
      return;
    }
    setSentTo(address);
  }

  // The page changed under the keyboard: move to what it says now.
  useEffect(() => {
    if (sentTo !== null) sentHeading.current?.focus();
  }, [sentTo]);

  if (sentTo !== null) {
    return (
      <section className="narrow">
        <h1 ref={sentHeading} tabIndex={-1}>
          {t('auth.forgot.sentTitle')}
        </h1>
        <p role="status">{t('auth.forgot.sent', { email: sentTo })}</p>
        <p>{t('auth.forgot.sentHelp')}</p>
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setSentTo(null);
              setEmail('');
            }}
          >
            {t('auth.forgot.again')}
          </button>
        </p>
        <p>
          <Link to="/inloggen">{t('auth.forgot.back')}</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="narrow">
      <h1>{t('auth.forgot.title')}</h1>
      <p>{t('auth.forgot.intro')}</p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {problem && (
          <p className="form__problem" role="alert">
            {t(problem)}
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
          error={error ? t(error) : undefined}
        />
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('auth.busy') : t('auth.forgot.submit')}
        </button>
      </form>
      <p>
        <Link to="/inloggen">{t('auth.forgot.back')}</Link>
      </p>
    </section>
  );
}
