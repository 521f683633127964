import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { StatusMessage } from '../common/StatusMessage';

const RequestEmailChangeMutation = graphql(`
  mutation RequestEmailChange($currentPassword: String!, $email: String!) {
    requestEmailChange(currentPassword: $currentPassword, email: $email)
  }
`);

interface Problems {
  email?: string;
  currentPassword?: string;
  form?: string;
}

/**
 * Moving the account to another address: with the current password; the link goes to the new address and the
 * account keeps its address until that link is followed (the API also tells the old address then).
 */
export function EmailChangeForm({ current }: { current: string }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [sent, setSent] = useState<string | null>(null);
  const [request, requesting] = useMutation(RequestEmailChangeMutation);
  const { ref: formRef, focusFirstInvalid } = useFocusFirstInvalid();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    setProblems({});
    const address = email.trim();
    try {
      await request({ variables: { currentPassword: password, email: address } });
      setSent(t('emailChange.sent', { email: address, current }));
      setEmail('');
      setPassword('');
    } catch (error) {
      const next: Problems = {};
      for (const p of apiProblems(error)) {
        const field = fieldName(p.field);
        if (p.code === 'BAD_USER_INPUT' && (field === 'email' || field === 'currentPassword'))
          next[field] = problemText(t, p);
        else if (p.code === 'TOO_MANY_REQUESTS') next.form = t('emailChange.tooMany');
        else next.form = problemText(t, p);
      }
      setProblems(next);
      focusFirstInvalid();
    }
  }

  return (
    <section className="email-change" aria-labelledby="adres-wijzigen">
      <h2 id="adres-wijzigen">{t('emailChange.title')}</h2>
      <p>{t('emailChange.intro', { email: current })}</p>
      <form ref={formRef} className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field
          label={t('emailChange.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={problems.email}
        />
        <Field
          label={t('emailChange.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={problems.currentPassword}
        />
        <StatusMessage>{sent}</StatusMessage>
        {problems.form && (
          <p className="form__problem" role="alert">
            {problems.form}
          </p>
        )}
        <div>
          <button type="submit" className="button button--primary" disabled={requesting.loading}>
            {t('emailChange.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
