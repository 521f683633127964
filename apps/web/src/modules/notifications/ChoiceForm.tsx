import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { StatusMessage } from '../common/StatusMessage';

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint: string;
}

/** A setting of one of a few values: radios (arrow keys move between them), saved with a button, said when saved. */
export function ChoiceForm<V extends string>({
  title,
  intro,
  choices,
  initial,
  save,
  saved,
  saveLabel,
}: {
  title: string;
  intro?: string;
  choices: readonly Choice<V>[];
  initial: V;
  save: (value: V) => Promise<unknown>;
  saved: (value: V) => string;
  saveLabel: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState<V>(initial);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    setSaving(true);
    try {
      await save(value);
      setNotice(saved(value));
    } catch {
      setProblem(t('state.error'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="card form" aria-labelledby={`${id}-title`} onSubmit={(e) => void onSubmit(e)}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p className="field__hint">{intro}</p>}
      <fieldset className="fieldset fieldset--plain">
        <legend className="visually-hidden">{title}</legend>
        {choices.map((c) => (
          <label key={c.value} className="checkbox checkbox--block">
            <input
              type="radio"
              name={`${id}-choice`}
              value={c.value}
              checked={value === c.value}
              onChange={() => {
                setValue(c.value);
                setNotice(null);
              }}
            />
            <span>
              <strong>{c.label}</strong>
              <span className="field__hint"> {c.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <StatusMessage>{notice}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <div>
        <button type="submit" className="button button--primary" disabled={saving}>
          {saveLabel}
        </button>
      </div>
    </form>
  );
}
