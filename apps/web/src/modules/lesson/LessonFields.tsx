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
  placeholder,
}: {
  label: string;
  value: T | '';
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string;
  /** Shown while nothing is chosen ("Kies …"): the choice is the person's, never a silent default. */
  placeholder?: string;
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
        {placeholder !== undefined && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
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

/**
 * A lesson's level and domain: chosen by its author (each starts at "Kies …" on a new lesson), set apart from the
 * four conditions' checkboxes in a fieldset of their own.
 */
export function LevelAndDomainFieldset({
  level,
  domain,
  onLevel,
  onDomain,
  errors = {},
}: {
  level: Level | '';
  domain: Domain | '';
  onLevel: (level: Level) => void;
  onDomain: (domain: Domain) => void;
  errors?: { level?: string; domain?: string };
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="field fieldset fieldset--facets" aria-describedby={`${id}-hint`}>
      <legend>{t('lesson.facetsLegend')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('lesson.facetsHint')}
      </p>
      <div className="form__row">
        <Select
          label={t('lesson.level')}
          value={level}
          onChange={onLevel}
          placeholder={t('lesson.chooseLevel')}
          error={errors.level}
          options={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
        />
        <Select
          label={t('lesson.domain')}
          value={domain}
          onChange={onDomain}
          placeholder={t('lesson.chooseDomain')}
          error={errors.domain}
          options={DOMAINS.map((d) => ({ value: d, label: t(`domain.${d}`) }))}
        />
      </div>
    </fieldset>
  );
}

/** Level and domain as a lesson's readers see them: named, and unlike the conditions' coloured tags. */
export function LessonFacets({ level, domain }: { level: Level; domain: Domain }) {
  const { t } = useI18n();
  return (
    <p className="facets">
      <span className="facet">{t('lesson.levelIs', { level: t(`level.${level}`) })}</span>
      <span className="facet">{t('lesson.domainIs', { domain: t(`domain.${domain}`) })}</span>
    </p>
  );
}
