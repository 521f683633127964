import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { NewPasswordFields, checkNewPassword, type NewPasswordErrors } from '../auth/NewPasswordFields';
import { StatusMessage } from '../common/StatusMessage';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $password: String!) {
    changePassword(currentPassword: $currentPassword, password: $password)
  }
`);

interface Problems {
  currentPassword?: string;
  form?: string;
}

/** A new password, with the current one: this session stays, the person's others end (the API does that). */
export function PasswordChangeForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checks, setChecks] = useState<NewPasswordErrors>({});
  const [problems, setProblems] = useState<Problems>({});
  const [done, setDone] = useState(false);
  const [change, changing] = useMutation(ChangePasswordMutation);
  const { ref: formRef, focusFirstInvalid } = useFocusFirstInvalid();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const found = checkNewPassword(password, repeat);
    const next: Problems = current === '' ? { currentPassword: t('inputError.required') } : {};
    setChecks(found);
    setProblems(next);
    if (next.currentPassword || found.password || found.repeat) {
      focusFirstInvalid();
      return;
    }
    try {
      await change({ variables: { currentPassword: current, password } });
      setCurrent('');
      setPassword('');
      setRepeat('');
      setDone(true);
    } catch (failure) {
      const refused: Problems = {};
      for (const p of apiProblems(failure)) {
        const field = fieldName(p.field);
        if (p.code === 'BAD_USER_INPUT' && field === 'currentPassword')
          refused.currentPassword = problemText(t, p);
        // Length is checked above, so what is left is a password too common to be safe (as on setting one by link).
        else if (p.code === 'BAD_USER_INPUT' && field === 'password')
          setChecks({ password: 'auth.setPassword.error.common' });
        else refused.form = problemText(t, p);
      }
      setProblems(refused);
      focusFirstInvalid();
    }
  }

  return (
    <section aria-labelledby="wachtwoord-wijzigen">
      <h2 id="wachtwoord-wijzigen">{t('profile.passwordTitle')}</h2>
      <p>{t('profile.passwordIntro')}</p>
      <form ref={formRef} className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field
          label={t('profile.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={problems.currentPassword}
        />
        <NewPasswordFields
          label={t('profile.newPassword')}
          password={password}
          repeat={repeat}
          errors={checks}
          onPassword={(e) => setPassword(e.target.value)}
          onRepeat={(e) => setRepeat(e.target.value)}
        />
        <StatusMessage>{done ? t('profile.passwordSaved') : null}</StatusMessage>
        {problems.form && (
          <p className="form__problem" role="alert">
            {problems.form}
          </p>
        )}
        <div>
          <button type="submit" className="button button--primary" disabled={changing.loading}>
            {t('profile.passwordSave')}
          </button>
        </div>
      </form>
    </section>
  );
}
