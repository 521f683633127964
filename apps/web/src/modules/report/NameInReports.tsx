import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { StatusMessage } from '../common/StatusMessage';

const UpdateNameInReportsMutation = graphql(`
  mutation UpdateNameInReports($nameInReports: Boolean!) {
    updateMe(input: { nameInReports: $nameInReports }) {
      id
      nameInReports
    }
  }
`);

/**
 * "Mijn naam mag in verslagen staan" on Mijn gegevens: consent to be named in atelier reports, off until given.
 * Without it a report counts the person under their organisation.
 */
export function NameInReports({ allowed }: { allowed: boolean }) {
  const { t } = useI18n();
  const [value, setValue] = useState(allowed);
  const [save, saving] = useMutation(UpdateNameInReportsMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    try {
      await save({ variables: { nameInReports: value } });
      setNotice(t('profile.nameInReportsSaved'));
    } catch {
      setProblem(t('state.error'));
    }
  }

  return (
    <section aria-labelledby="naam-in-verslagen">
      <h2 id="naam-in-verslagen">{t('profile.nameInReportsTitle')}</h2>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <label className="checkbox checkbox--block">
          <input type="checkbox" checked={value} onChange={(e) => setValue(e.target.checked)} />
          <span>
            {t('profile.nameInReports')}
            <span className="meta"> {t('profile.nameInReportsHint')}</span>
          </span>
        </label>
        <StatusMessage>{notice}</StatusMessage>
        {problem && (
          <p className="form__problem" role="alert">
            {problem}
          </p>
        )}
        <div>
          <button type="submit" className="button button--primary" disabled={saving.loading}>
            {t('profile.nameInReportsSave')}
          </button>
        </div>
      </form>
    </section>
  );
}
