import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { StatusMessage } from '../common/StatusMessage';

const UpdateNameMutation = graphql(`
  mutation UpdateMyName($name: String!) {
    updateMe(input: { name: $name }) {
      id
      name
    }
  }
`);

/** One's name as others see it; the header's name follows at once (the same User in Apollo's cache). */
export function MyName({ name }: { name: string }) {
  const { t } = useI18n();
  const [value, setValue] = useState(name);
  const [save, saving] = useMutation(UpdateNameMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const { ref: formRef, focusFirstInvalid } = useFocusFirstInvalid();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setError(undefined);
    setProblem(null);
    if (value.trim() === '') {
      setError(t('inputError.required'));
      focusFirstInvalid();
      return;
    }
    try {
      const result = await save({ variables: { name: value } });
      const saved = result.data?.updateMe.name ?? value.trim();
      setValue(saved);
      setNotice(t('profile.nameSaved', { name: saved }));
    } catch (failure) {
      for (const p of apiProblems(failure)) {
        if (p.code === 'BAD_USER_INPUT' && fieldName(p.field) === 'name') setError(problemText(t, p));
        else setProblem(problemText(t, p));
      }
      focusFirstInvalid();
    }
  }

  return (
    <section aria-labelledby="mijn-naam">
      <h2 id="mijn-naam">{t('profile.nameTitle')}</h2>
      <form ref={formRef} className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field
          label={t('profile.name')}
          hint={t('profile.nameHint')}
          autoComplete="name"
          required
          maxLength={120}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={error}
        />
        <StatusMessage>{notice}</StatusMessage>
        {problem && (
          <p className="form__problem" role="alert">
            {problem}
          </p>
        )}
        <div>
          <button type="submit" className="button button--primary" disabled={saving.loading}>
            {t('profile.nameSave')}
          </button>
        </div>
      </form>
    </section>
  );
}
