import { useMutation } from '@apollo/client/react';
import { LOCALES, type Locale } from '@werkplaats/i18n';
import { useId, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { StatusMessage } from '../common/StatusMessage';

const UpdateLocaleMutation = graphql(`
  mutation UpdateMyLocale($locale: String!) {
    updateMe(input: { locale: $locale }) {
      id
      locale
    }
  }
`);

/** Each language named in itself, so one finds one's own whatever the page is in. */
const NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

/**
 * The language of the interface and of one's mail, kept with the account (the header's switch changes only this
 * browser's). Saved, the page switches to it, and says so in it; it is the language the app takes at each sign-in.
 */
export function MyLanguage({ locale }: { locale: string | null }) {
  const { t, locale: shown, setLocale } = useI18n();
  const name = useId();
  // None saved yet: the language the page is in is offered first.
  const [value, setValue] = useState<Locale>(locale === 'en' || locale === 'nl' ? locale : shown);
  const [save, saving] = useMutation(UpdateLocaleMutation);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setProblem(null);
    try {
      await save({ variables: { locale: value } });
      setLocale(value);
      setSaved(true);
    } catch (failure) {
      const first = apiProblems(failure)[0];
      setProblem(first ? problemText(t, first) : t('state.error'));
    }
  }

  return (
    <section aria-labelledby="mijn-taal">
      <h2 id="mijn-taal">{t('profile.languageTitle')}</h2>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <fieldset className="field fieldset">
          <legend>{t('profile.languageLegend')}</legend>
          {LOCALES.map((l) => (
            <label key={l} className="checkbox checkbox--block">
              <input type="radio" name={name} value={l} checked={value === l} onChange={() => setValue(l)} />
              <span lang={l}>{NAMES[l]}</span>
            </label>
          ))}
        </fieldset>
        <StatusMessage>{saved ? t('profile.languageSaved') : null}</StatusMessage>
        {problem && (
          <p className="form__problem" role="alert">
            {problem}
          </p>
        )}
        <div>
          <button type="submit" className="button button--primary" disabled={saving.loading}>
            {t('profile.languageSave')}
          </button>
        </div>
      </form>
    </section>
  );
}
