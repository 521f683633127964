import { useApolloClient, useMutation } from '@apollo/client/react';
import type { MessageKey } from '@werkplaats/i18n';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { PartyKind } from '@werkplaats/domain';
import {
  NO_ORGANISATION,
  OrganisationPicker,
  PartyKindSelect,
  listedInstead,
  missingInProposal,
  organisationInput,
  type OrganisationChoice,
  type ProposalErrors,
} from '../memberships/OrganisationPicker';
import { Field } from './Field';
import { SignInMutation, safeReturnPath } from './SignInPage';

// True whether or not the address had an account (the answer does not tell), and no session: the page signs
// in with the same address and password next.
const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);

type FieldKey = 'name' | 'email' | 'password';

export function SignUpPage() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signUp, signingUp] = useMutation(SignUpMutation);
  const [signIn, signingIn] = useMutation(SignInMutation);
  const loading = signingUp.loading || signingIn.loading;
  const [values, setValues] = useState<Record<FieldKey, string>>({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [organisation, setOrganisation] = useState<OrganisationChoice>(NO_ORGANISATION);
  const [organisationErrors, setOrganisationErrors] = useState<ProposalErrors>({});
  const [partyKind, setPartyKind] = useState<PartyKind | ''>('');
  const back = safeReturnPath(params.get('terug'));
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const missing = (Object.keys(values) as FieldKey[]).filter((key) => values[key].trim() === '');
    const proposalMissing = missingInProposal(organisation, t);
    setOrganisationErrors(proposalMissing);
    if (missing.length > 0 || Object.keys(proposalMissing).length > 0) {
      setErrors(Object.fromEntries(missing.map((key) => [key, t('auth.error.required')])));
      focusFirstInvalid();
      return;
    }
    setErrors({});
    try {
      await signUp({
        variables: {
          input: {
            ...values,
            ...organisationInput(organisation),
            partyKind: partyKind || null,
            // The language chosen in the header while signing up is kept as the person's own.
            locale,
          },
        },
      });
    } catch (error) {
      const fieldErrors: Partial<Record<FieldKey, string>> = {};
      const proposalErrors: ProposalErrors = {};
      const instead = listedInstead(error);
      for (const p of apiProblems(error)) {
        const field = fieldName(p.field);
        if (field === 'name' && p.field?.includes('proposedOrganisation')) {
          // A listed organisation has that name: choose it, and say so.
          if (instead) {
            setOrganisation({
              ...NO_ORGANISATION,
              organisationId: instead,
              organisationName: organisation.name.trim(),
            });
            setProblem('organisationPick.listedAlready');
          } else proposalErrors.name = problemText(t, p);
        } else if (p.field?.includes('proposedOrganisation') && field) {
          proposalErrors[field as keyof ProposalErrors] = problemText(t, p);
        } else if (field === 'name' || field === 'email' || field === 'password')
          fieldErrors[field] = problemText(t, p);
        else setProblem(p.code === 'TOO_MANY_REQUESTS' ? 'auth.error.tooMany' : 'state.error');
      }
      setErrors(fieldErrors);
      setOrganisationErrors(proposalErrors);
      focusFirstInvalid();
      return;
    }
    try {
      await signIn({ variables: { email: values.email, password: values.password } });
    } catch (error) {
      // The address had an account with another password, or the sign-in was refused for another reason:
      // the same words whichever it was, so the page tells no more than the API does.
      const code = apiProblems(error)[0]?.code;
      setProblem(
        code === 'UNAUTHENTICATED'
          ? 'auth.signUp.notSignedIn'
          : code === 'TOO_MANY_REQUESTS'
            ? 'auth.error.tooMany'
            : 'state.error',
      );
      return;
    }
    // What the person may read changes with the session: start from a clean cache. Then a welcome that says
    // what to do first, with the way back to where they were.
    await client.resetStore();
    await navigate(`/welkom?terug=${encodeURIComponent(back)}`);
  }

  const set = (key: FieldKey) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  return (
    <section className="narrow">
      <h1>{t('auth.signUp.title')}</h1>
      <p>{t('auth.signUp.intro')}</p>
      <form ref={form} className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {problem && (
          <p className="form__problem" role="alert">
            {t(problem)}{' '}
            {problem === 'auth.signUp.notSignedIn' && (
              <Link to={`/inloggen?terug=${encodeURIComponent(back)}`}>{t('nav.signIn')}</Link>
            )}
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
        <OrganisationPicker
          legend={t('organisationPick.legend')}
          value={organisation}
          onChange={setOrganisation}
          errors={organisationErrors}
        />
        <PartyKindSelect value={partyKind} onChange={setPartyKind} />
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
