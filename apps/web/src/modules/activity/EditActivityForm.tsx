import { useMutation, useQuery } from '@apollo/client/react';
import type { ActivityKind } from '@werkplaats/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import {
  ActivityFields,
  activityProblems,
  draftOf,
  type ActivityDraft,
  type ActivityErrors,
} from './ActivityFields';

const WerkgebiedQuery = graphql(`
  query ActivityWerkgebied($workshopId: ID!) {
    municipalities(workshopId: $workshopId) {
      id
      name
    }
  }
`);

const UpdateActivityMutation = graphql(`
  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {
    updateActivity(id: $id, input: $input) {
      id
      kind
      title
      description
      startsAt
      endsAt
      location
      onlineUrl
      capacity
      placesLeft
      canEdit
      municipality {
        id
        name
      }
    }
  }
`);

export interface EditableActivity {
  id: string;
  kind: ActivityKind;
  title: string;
  description: string;
  startsAt: string;
  endsAt?: string | null;
  location?: string | null;
  onlineUrl?: string | null;
  capacity?: number | null;
  municipality?: { id: string } | null;
}

/** The input a draft stands for; a place it does not use is cleared (online: no gemeente or address). */
function inputOf(draft: ActivityDraft) {
  return {
    kind: draft.kind,
    title: draft.title,
    description: draft.description,
    startsAt: draft.startsAt ? new Date(draft.startsAt).toISOString() : null,
    endsAt: draft.endsAt ? new Date(draft.endsAt).toISOString() : null,
    municipalityId: draft.online ? null : draft.municipalityId || null,
    location: draft.online ? null : draft.location || null,
    onlineUrl: draft.online ? draft.onlineUrl || null : null,
    capacity: draft.capacity ? Number(draft.capacity) : null,
  };
}

/**
 * Changing a planned activity, prefilled with what it is now: every field of planning, or (`only="time"`, moving
 * it) the time alone. Only what was changed is sent, so saving the same again tells nobody anything.
 */
export function EditActivityForm({
  activity,
  only,
  onSaved,
  onClose,
}: {
  activity: EditableActivity;
  only?: 'time';
  onSaved: (saved: { moved: boolean; startsAt: string }) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const workshop = useWorkshop();
  const werkgebied = useQuery(WerkgebiedQuery, {
    variables: { workshopId: workshop.id },
    skip: only === 'time',
  });
  const [update, updating] = useMutation(UpdateActivityMutation);
  const [initial] = useState(() => draftOf(activity));
  const [draft, setDraft] = useState<ActivityDraft>(initial);
  const [errors, setErrors] = useState<ActivityErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = only === 'time' ? t('activity.moveTitle') : t('activity.editTitle');

  useEffect(() => heading.current?.focus(), []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const missing: ActivityErrors = {};
    if (draft.title.trim() === '') missing.title = t('auth.error.required');
    if (draft.startsAt === '') missing.startsAt = t('auth.error.required');
    setErrors(missing);
    focusFirstInvalid();
    if (Object.keys(missing).length > 0) return;
    const next = inputOf(draft);
    const before = inputOf(initial);
    const changed = Object.fromEntries(
      (Object.keys(next) as (keyof typeof next)[])
        .filter((key) => next[key] !== before[key])
        .map((key) => [key, next[key]]),
    );
    const moved = next.startsAt !== before.startsAt;
    try {
      if (Object.keys(changed).length > 0) await update({ variables: { id: activity.id, input: changed } });
      onSaved({ moved, startsAt: next.startsAt ?? activity.startsAt });
    } catch (failure) {
      const [first] = apiProblems(failure);
      if (first?.code === 'CONFLICT') {
        setProblem(t('activity.noLongerOpen'));
        return;
      }
      setErrors(activityProblems(failure, t));
      focusFirstInvalid();
    }
  }

  return (
    <form ref={form} className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={title}>
      {/* Under the section's own heading ("Deze activiteit beheren"). */}
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {only === 'time' && <p className="meta">{t('activity.moveIntro')}</p>}
      <ActivityFields
        draft={draft}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        errors={errors}
        municipalities={werkgebied.data?.municipalities ?? []}
        only={only}
      />
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="choice">
        <button type="submit" className="button button--primary" disabled={updating.loading}>
          {only === 'time' ? t('activity.moveSubmit') : t('activity.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('ladder.cancel')}
        </button>
      </div>
    </form>
  );
}
