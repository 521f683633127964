import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiProblems, fieldName } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { Field } from './Field';
import { safeReturnPath } from './SignInPage';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
      name
    }
  }
`);

type FieldKey = 'name' | 'email' | 'password';

export function SignUpPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const [values, setValues] = useState<Record<FieldKey, string>>({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const missing = (Object.keys(values) as FieldKey[]).filter((key) => values[key].trim() === '');
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((key) => [key, t('auth.error.required')])));
      return;
    }
    setErrors({});
    try {
      await signUp({ variables: { input: values } });
      await client.resetStore();
      await navigate(safeReturnPath(params.get('terug')));
    } catch (error) {
      const fieldErrors: Partial<Record<FieldKey, string>> = {};
      for (const p of apiProblems(error)) {
        const field = fieldName(p.field);
        if (p.code === 'CONFLICT') fieldErrors.email = t('auth.error.emailTaken');
        else if (field === 'name' || field === 'email' || field === 'password')
          fieldErrors[field] = p.message;
        else setProblem(p.code === 'TOO_MANY_REQUESTS' ? t('auth.error.tooMany') : t('state.error'));
      }
      setErrors(fieldErrors);
    }
  }

  const set = (key: FieldKey) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  return (
    <section className="narrow">
      <h1>{t('auth.signUp.title')}</h1>
      <p>{t('auth.signUp.intro')}</p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {problem && (
          <p className="form__problem" role="alert">
            {problem}
          </p>
        )}
        <Field
          label={t('auth.name')}
          name="name"
          autoComplete="name"
          required
          value={values.name}
          onChange={set('name')}
          error={errors.name}
        />
        <Field
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={values.email}
          onChange={set('email')}
          error={errors.email}
        />
        <Field
          label={t('auth.password')}
          hint={t('auth.passwordHint')}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={128}
          value={values.password}
          onChange={set('password')}
          error={errors.password}
        />
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('auth.busy') : t('auth.submitSignUp')}
        </button>
      </form>
      <p>
        {t('auth.haveAccount')} <Link to="/inloggen">{t('nav.signIn')}</Link>
      </p>
    </section>
  );
}
