import { useMutation } from '@apollo/client/react';
import { ACTIVITY_KINDS, type ActivityKind } from '@werkplaats/domain';
import { useState, type FormEvent } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { StatusMessage } from '../common/StatusMessage';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { Select } from '../lesson/LessonFields';

const PlanActivityMutation = graphql(`
  mutation PlanActivity($atelierId: ID!, $input: PlanActivityInput!) {
    planActivity(atelierId: $atelierId, input: $input) {
      id
      title
      startsAt
    }
  }
`);

type FieldKey =
  'title' | 'startsAt' | 'endsAt' | 'location' | 'onlineUrl' | 'capacity' | 'municipalityId' | 'description';

/** The trekker plans a tribune activity: kind, time, a gemeente and place or an online link, capacity. */
export function PlanActivityForm({
  atelierId,
  municipalities,
  onPlanned,
}: {
  atelierId: string;
  municipalities: { id: string; name: string }[];
  onPlanned: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const [plan, planning] = useMutation(PlanActivityMutation);
  const [kind, setKind] = useState<ActivityKind>('THEME_DISCUSSION');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [online, setOnline] = useState(false);
  const [municipalityId, setMunicipalityId] = useState('');
  const [location, setLocation] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [capacity, setCapacity] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const [notice, setNotice] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const missing: Partial<Record<FieldKey, string>> = {};
    if (title.trim() === '') missing.title = t('auth.error.required');
    if (startsAt === '') missing.startsAt = t('auth.error.required');
    setErrors(missing);
    focusFirstInvalid();
    if (Object.keys(missing).length > 0) return;
    try {
      const result = await plan({
        variables: {
          atelierId,
          input: {
            kind,
            title,
            description: description || null,
            startsAt: new Date(startsAt).toISOString(),
            endsAt: endsAt ? new Date(endsAt).toISOString() : null,
            municipalityId: online ? null : municipalityId || null,
            location: online ? null : location || null,
            onlineUrl: online ? onlineUrl || null : null,
            capacity: capacity ? Number(capacity) : null,
          },
        },
      });
      setNotice(t('plan.planned', { title: result.data?.planActivity.title ?? title }));
      setTitle('');
      setDescription('');
      setStartsAt('');
      setEndsAt('');
      await onPlanned();
    } catch (failure) {
      const next: Partial<Record<FieldKey, string>> = {};
      for (const p of apiProblems(failure)) {
        const field = fieldName(p.field) as FieldKey | undefined;
        if (field) next[field] = problemText(t, p);
        else next.title = problemText(t, p);
      }
      setErrors(next);
      focusFirstInvalid();
    }
  }

  return (
    <form ref={form} className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="plannen">
      <h2 id="plannen">{t('plan.title')}</h2>
      <Select
        label={t('plan.kind')}
        value={kind}
        onChange={setKind}
        options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activityKind.${k}`) }))}
      />
      <Field
        label={t('plan.name')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        maxLength={200}
      />
      <Field
        label={t('plan.description')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.description}
      />
      <div className="form__row">
        <Field
          label={t('plan.startsAt')}
          type="datetime-local"
          value={startsAt}
          onChange={(e) => setStartsAt(e.target.value)}
          error={errors.startsAt}
        />
        <Field
          label={t('plan.endsAt')}
          type="datetime-local"
          value={endsAt}
          onChange={(e) => setEndsAt(e.target.value)}
          error={errors.endsAt}
        />
      </div>
      <fieldset className="field fieldset">
        <legend>{t('plan.where')}</legend>
        <label className="checkbox">
          <input type="radio" name="where" checked={!online} onChange={() => setOnline(false)} />{' '}
          {t('plan.inPerson')}
        </label>
        <label className="checkbox">
          <input type="radio" name="where" checked={online} onChange={() => setOnline(true)} />{' '}
          {t('plan.online')}
        </label>
      </fieldset>
      {online ? (
        <Field
          label={t('plan.onlineUrl')}
          type="url"
          value={onlineUrl}
          onChange={(e) => setOnlineUrl(e.target.value)}
          error={errors.onlineUrl}
        />
      ) : (
        <div className="form__row">
          <Select
            label={t('plan.municipality')}
            value={municipalityId}
            onChange={setMunicipalityId}
            error={errors.municipalityId}
            options={[
              { value: '', label: t('practice.chooseMunicipality') },
              ...municipalities.map((m) => ({ value: m.id, label: m.name })),
            ]}
          />
          <Field
            label={t('plan.location')}
            value={location}
            onChange={(e) => setLocation(e.target.value)}
            error={errors.location}
          />
        </div>
      )}
      <Field
        label={t('plan.capacity')}
        type="number"
        min={1}
        inputMode="numeric"
        value={capacity}
        onChange={(e) => setCapacity(e.target.value)}
        error={errors.capacity}
      />
      <button type="submit" className="button button--primary" disabled={planning.loading}>
        {t('plan.submit')}
      </button>
      {/* Said under the button that did it, where the eye is. */}
      <StatusMessage>{notice}</StatusMessage>
    </form>
  );
}
