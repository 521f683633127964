import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type Ref } from 'react';
import { useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { StatusMessage } from '../common/StatusMessage';
import { graphql } from '../../gql';
import {
  ActivityFields,
  EMPTY_ACTIVITY,
  activityProblems,
  type ActivityDraft,
  type ActivityErrors,
} from '../activity/ActivityFields';

const PlanActivityMutation = graphql(`
  mutation PlanActivity($atelierId: ID!, $input: PlanActivityInput!) {
    planActivity(atelierId: $atelierId, input: $input) {
      id
      title
      startsAt
    }
  }
`);

const PlanWorkshopActivityMutation = graphql(`
  mutation PlanWorkshopActivity($workshopId: ID!, $input: PlanActivityInput!) {
    planWorkshopActivity(workshopId: $workshopId, input: $input) {
      id
      title
      startsAt
    }
  }
`);

/**
 * The trekker plans a tribune activity: kind, time, a gemeente of the werkgebied and a place or an online link,
 * capacity. Once planned, every field is empty again for the next one and the form says what was planned.
 */
export function PlanActivityForm({
  atelierId,
  workshopId,
  municipalities,
  onPlanned,
  headingRef,
  proposalId,
  initial,
}: {
  /** An atelier's (tribune) activity: its trekker plans it. */
  atelierId?: string;
  /** Or one of the werkplaats as a whole: its beheerder plans it, and may make it public. */
  workshopId?: string;
  municipalities: { id: string; name: string }[];
  onPlanned: () => Promise<unknown>;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Planned from a decision of the arena: the activity keeps the link to it. */
  proposalId?: string;
  /** What the form starts with (from a decision: its title and outcome). */
  initial?: Partial<ActivityDraft>;
}) {
  const { t } = useI18n();
  const [plan, planning] = useMutation(PlanActivityMutation);
  const [planWide, planningWide] = useMutation(PlanWorkshopActivityMutation);
  const [isPublic, setIsPublic] = useState(false);
  const [draft, setDraft] = useState<ActivityDraft>({ ...EMPTY_ACTIVITY, ...initial });
  const [errors, setErrors] = useState<ActivityErrors>({});
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const [notice, setNotice] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const missing: ActivityErrors = {};
    if (draft.title.trim() === '') missing.title = t('auth.error.required');
    if (draft.startsAt === '') missing.startsAt = t('auth.error.required');
    setErrors(missing);
    focusFirstInvalid();
    if (Object.keys(missing).length > 0) return;
    try {
      const input = {
        kind: draft.kind,
        title: draft.title,
        description: draft.description || null,
        startsAt: new Date(draft.startsAt).toISOString(),
        endsAt: draft.endsAt ? new Date(draft.endsAt).toISOString() : null,
        municipalityId: draft.online ? null : draft.municipalityId || null,
        location: draft.online ? null : draft.location || null,
        onlineUrl: draft.online ? draft.onlineUrl || null : null,
        capacity: draft.capacity ? Number(draft.capacity) : null,
      };
      const title = workshopId
        ? (await planWide({ variables: { workshopId, input: { ...input, isPublic } } })).data
            ?.planWorkshopActivity.title
        : (
            await plan({
              variables: { atelierId: atelierId ?? '', input: { ...input, proposalId: proposalId ?? null } },
            })
          ).data?.planActivity.title;
      // All of it goes: the next activity starts from an empty form, not from this one's place and capacity.
      setDraft(EMPTY_ACTIVITY);
      setIsPublic(false);
      setNotice(t('plan.planned', { title: title ?? draft.title }));
      await onPlanned();
    } catch (failure) {
      setErrors(activityProblems(failure, t));
      focusFirstInvalid();
    }
  }

  return (
    <form ref={form} className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="plannen">
      <h2 id="plannen" ref={headingRef} tabIndex={-1}>
        {t('plan.title')}
      </h2>
      <ActivityFields
        draft={draft}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        errors={errors}
        municipalities={municipalities}
      />
      {workshopId && (
        <label className="checkbox">
          <input type="checkbox" checked={isPublic} onChange={(e) => setIsPublic(e.target.checked)} />
          {t('plan.public')}
        </label>
      )}
      <button
        type="submit"
        className="button button--primary"
        disabled={planning.loading || planningWide.loading}
      >
        {t('plan.submit')}
      </button>
      {/* Said under the button that did it, where the eye is. */}
      <StatusMessage>{notice}</StatusMessage>
    </form>
  );
}
