import type { Condition, Domain, Level } from '@werkplaats/domain';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { Field } from '../auth/Field';
import { ConditionsFieldset, LevelAndDomainFieldset, Select } from './LessonFields';
import { PersonalDataHints } from './PersonalDataHints';
import { RichTextEditor } from './RichTextEditor';

/** What the lesson form holds: the same for a lesson logged in its atelier and one from the room of an activity. */
export interface LessonFormValue {
  title: string;
  body: string;
  conditions: Condition[];
  level: Level | '';
  domain: Domain | '';
  /** '' for the atelier level. */
  practiceId: string;
}

export type LessonFieldKey = 'title' | 'body' | 'conditions' | 'level' | 'domain' | 'practiceId';
export type LessonFieldErrors = Partial<Record<LessonFieldKey, string>>;

type Translate = ReturnType<typeof useI18n>['t'];

/** What is missing before the lesson may be sent (the server says the rest). */
export function missingLessonFields(value: LessonFormValue, t: Translate): LessonFieldErrors {
  const missing: LessonFieldErrors = {};
  if (value.title.trim() === '') missing.title = t('auth.error.required');
  if (value.body.trim() === '') missing.body = t('auth.error.required');
  if (value.conditions.length === 0) missing.conditions = t('lesson.conditionsHint');
  if (value.level === '') missing.level = t('lesson.levelRequired');
  if (value.domain === '') missing.domain = t('lesson.domainRequired');
  return missing;
}

/** A refused save, as the form shows it: per field where the server named one of the lesson's, else one problem. */
export function lessonProblems(
  failure: unknown,
  t: Translate,
): { fields: LessonFieldErrors; problem: string | null } {
  const fields: LessonFieldErrors = {};
  let problem: string | null = null;
  for (const p of apiProblems(failure)) {
    const field = fieldName(p.field);
    if (
      field === 'title' ||
      field === 'body' ||
      field === 'conditions' ||
      field === 'level' ||
      field === 'domain' ||
      field === 'practiceId'
    )
      fields[field] = problemText(t, p);
    else problem = problemText(t, p);
  }
  return { fields, problem };
}

/**
 * The fields of a lesson: title, the rich-text body with the personal-data hints under it, the four conditions,
 * level and domain, and the practice it was learned in (or the atelier level). `editorRevision` starts the editor
 * anew (a restored or discarded draft).
 */
export function LessonFormFields({
  value,
  onChange,
  errors,
  practices,
  privacyWords,
  editorRevision = 0,
}: {
  value: LessonFormValue;
  onChange: (patch: Partial<LessonFormValue>) => void;
  errors: LessonFieldErrors;
  practices: readonly { id: string; title: string; municipality: { name: string } }[];
  privacyWords?: readonly string[] | null;
  editorRevision?: number;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field
        label={t('lesson.title')}
        hint={t('lesson.titleHint')}
        value={value.title}
        onChange={(e) => onChange({ title: e.target.value })}
        maxLength={200}
        error={errors.title}
      />
      <RichTextEditor
        key={editorRevision}
        label={t('lesson.body')}
        value={value.body}
        onChange={(body) => onChange({ body })}
        error={errors.body}
      />
      <PersonalDataHints title={value.title} body={value.body} words={privacyWords ?? undefined} />
      <ConditionsFieldset
        legend={t('lesson.conditions')}
        hint={t('lesson.conditionsHint')}
        value={value.conditions}
        onChange={(conditions) => onChange({ conditions })}
        error={errors.conditions}
      />
      <LevelAndDomainFieldset
        level={value.level}
        domain={value.domain}
        onLevel={(level) => onChange({ level })}
        onDomain={(domain) => onChange({ domain })}
        errors={{ level: errors.level, domain: errors.domain }}
      />
      <Select
        label={t('lesson.practice')}
        value={value.practiceId}
        onChange={(practiceId) => onChange({ practiceId })}
        error={errors.practiceId}
        options={[
          { value: '', label: t('lesson.atelierLevel') },
          ...practices.map((p) => ({ value: p.id, label: `${p.title} (${p.municipality.name})` })),
        ]}
      />
    </>
  );
}
