import { ACTIVITY_KINDS, type ActivityKind } from '@werkplaats/domain';
import { useId } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { Field } from '../auth/Field';
import { Select } from '../lesson/LessonFields';

/** An activity as its form holds it: what the inputs show (dates as `datetime-local` values). */
export interface ActivityDraft {
  kind: ActivityKind;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  online: boolean;
  municipalityId: string;
  location: string;
  onlineUrl: string;
  capacity: string;
}

export type ActivityFieldKey =
  'title' | 'startsAt' | 'endsAt' | 'location' | 'onlineUrl' | 'capacity' | 'municipalityId' | 'description';

export type ActivityErrors = Partial<Record<ActivityFieldKey, string>>;

export const EMPTY_ACTIVITY: ActivityDraft = {
  kind: 'THEME_DISCUSSION',
  title: '',
  description: '',
  startsAt: '',
  endsAt: '',
  online: false,
  municipalityId: '',
  location: '',
  onlineUrl: '',
  capacity: '',
};

/** A moment as a `datetime-local` input shows it: local time, to the minute. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The form's draft of an activity as it stands. */
export function draftOf(activity: {
  kind: ActivityKind;
  title: string;
  description: string;
  startsAt: string;
  endsAt?: string | null;
  location?: string | null;
  onlineUrl?: string | null;
  capacity?: number | null;
  municipality?: { id: string } | null;
}): ActivityDraft {
  return {
    kind: activity.kind,
    title: activity.title,
    description: activity.description,
    startsAt: toLocalInput(activity.startsAt),
    endsAt: toLocalInput(activity.endsAt),
    online: Boolean(activity.onlineUrl),
    municipalityId: activity.municipality?.id ?? '',
    location: activity.location ?? '',
    onlineUrl: activity.onlineUrl ?? '',
    capacity: activity.capacity ? String(activity.capacity) : '',
  };
}

/** What the API refused, by field; a problem of no field of the form is said at the title. */
export function activityProblems(failure: unknown, t: ReturnType<typeof useI18n>['t']): ActivityErrors {
  const next: ActivityErrors = {};
  for (const p of apiProblems(failure)) {
    const field = fieldName(p.field) as ActivityFieldKey | undefined;
    if (field) next[field] = problemText(t, p);
    else next.title = problemText(t, p);
  }
  return next;
}

/**
 * The fields of an activity, for planning one and for changing it: kind, title, description, time, a gemeente of
 * the werkgebied and a place or an online link, capacity. `only="time"` shows the time alone (moving it).
 */
export function ActivityFields({
  draft,
  onChange,
  errors,
  municipalities,
  only,
}: {
  draft: ActivityDraft;
  onChange: (patch: Partial<ActivityDraft>) => void;
  errors: ActivityErrors;
  municipalities: { id: string; name: string }[];
  only?: 'time';
}) {
  const { t } = useI18n();
  const where = useId();
  const time = (
    <div className="form__row">
      <Field
        label={t('plan.startsAt')}
        type="datetime-local"
        value={draft.startsAt}
        onChange={(e) => onChange({ startsAt: e.target.value })}
        error={errors.startsAt}
      />
      <Field
        label={t('plan.endsAt')}
        type="datetime-local"
        value={draft.endsAt}
        onChange={(e) => onChange({ endsAt: e.target.value })}
        error={errors.endsAt}
      />
    </div>
  );
  if (only === 'time') return time;
  return (
    <>
      <Select
        label={t('plan.kind')}
        value={draft.kind}
        onChange={(kind) => onChange({ kind })}
        options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activityKind.${k}`) }))}
      />
      <Field
        label={t('plan.name')}
        value={draft.title}
        onChange={(e) => onChange({ title: e.target.value })}
        error={errors.title}
        maxLength={200}
      />
      <Field
        label={t('plan.description')}
        value={draft.description}
        onChange={(e) => onChange({ description: e.target.value })}
        error={errors.description}
      />
      {time}
      <fieldset className="field fieldset">
        <legend>{t('plan.where')}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={where}
            checked={!draft.online}
            onChange={() => onChange({ online: false })}
          />{' '}
          {t('plan.inPerson')}
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={where}
            checked={draft.online}
            onChange={() => onChange({ online: true })}
          />{' '}
          {t('plan.online')}
        </label>
      </fieldset>
      {draft.online ? (
        <Field
          label={t('plan.onlineUrl')}
          type="url"
          value={draft.onlineUrl}
          onChange={(e) => onChange({ onlineUrl: e.target.value })}
          error={errors.onlineUrl}
        />
      ) : (
        <div className="form__row">
          <Select
            label={t('plan.municipality')}
            value={draft.municipalityId}
            onChange={(municipalityId) => onChange({ municipalityId })}
            error={errors.municipalityId}
            options={[
              { value: '', label: t('practice.chooseMunicipality') },
              ...municipalities.map((m) => ({ value: m.id, label: m.name })),
            ]}
          />
          <Field
            label={t('plan.location')}
            value={draft.location}
            onChange={(e) => onChange({ location: e.target.value })}
            error={errors.location}
          />
        </div>
      )}
      <Field
        label={t('plan.capacity')}
        type="number"
        min={1}
        inputMode="numeric"
        value={draft.capacity}
        onChange={(e) => onChange({ capacity: e.target.value })}
        error={errors.capacity}
      />
    </>
  );
}
