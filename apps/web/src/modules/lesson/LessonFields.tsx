import { CONDITIONS, DOMAINS, LEVELS, type Condition, type Domain, type Level } from '@werkplaats/domain';
import { useId } from 'react';
import { useI18n } from '../../app/i18n';

/** The four conditions as checkboxes, each with what it means. */
export function ConditionsFieldset({
  legend,
  hint,
  value,
  onChange,
  error,
}: {
  legend: string;
  hint?: string;
  value: Condition[];
  onChange: (next: Condition[]) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset
      className={`field fieldset${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {CONDITIONS.map((condition) => (
        <label key={condition} className="checkbox checkbox--block">
          <input
            type="checkbox"
            checked={value.includes(condition)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, condition] : value.filter((c) => c !== condition))
            }
          />
          <span>
            <strong>{t(`condition.${condition}`)}</strong>
            <span className="field__hint"> {t(`conditionInfo.${condition}`)}</span>
          </span>
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function Select<T extends string>({
  label,
  value,
  options,
  onChange,
  error,
}: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

export function LevelSelect({ value, onChange }: { value: Level; onChange: (level: Level) => void }) {
  const { t } = useI18n();
  return (
    <Select
      label={t('lesson.level')}
      value={value}
      onChange={onChange}
      options={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
    />
  );
}

export function DomainSelect({ value, onChange }: { value: Domain; onChange: (domain: Domain) => void }) {
  const { t } = useI18n();
  return (
    <Select
      label={t('lesson.domain')}
      value={value}
      onChange={onChange}
      options={DOMAINS.map((d) => ({ value: d, label: t(`domain.${d}`) }))}
    />
  );
}
