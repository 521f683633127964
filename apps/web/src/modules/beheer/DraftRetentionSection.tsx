import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { LoadError, Loading } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';
import { useBeheerText, type BeheerWorkshop } from './text';

const BeheerDraftRetentionQuery = graphql(`
  query BeheerDraftRetention($slug: String!) {
    workshop(slug: $slug) {
      id
      draftRetentionMonths
      draftGraceDays
    }
  }
`);

const SetDraftRetentionMutation = graphql(`
  mutation BeheerSetDraftRetention($workshopId: ID!, $months: Int!) {
    setDraftRetention(workshopId: $workshopId, months: $months) {
      id
      draftRetentionMonths
    }
  }
`);

const MIN = 1;
const MAX = 120;

/**
 * How long a draft may stay untouched before its author is asked whether it may go: the werkplaats's own
 * retention, saved after a confirmation that says what it does (the sweep proposes, and deletes after the grace
 * period unless the author saves the draft).
 */
export function DraftRetentionSection({ workshop, slug }: { workshop: BeheerWorkshop; slug: string }) {
  const { bt } = useBeheerText();
  const id = useId();
  const { data, loading, error, refetch } = useQuery(BeheerDraftRetentionQuery, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  const [save, saving] = useMutation(SetDraftRetentionMutation);
  const [months, setMonths] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const current = data?.workshop?.draftRetentionMonths;
  const grace = data?.workshop?.draftGraceDays ?? 30;
  const value = months ?? (current != null ? String(current) : '');
  const wanted = Number(value);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    if (!/^\d+$/.test(value.trim()) || wanted < MIN || wanted > MAX) {
      setFieldError(bt('retention.invalid', { min: MIN, max: MAX }));
      return;
    }
    setFieldError(null);
    setProblem(null);
    setAsking(true);
  }

  async function onConfirm() {
    try {
      await save({ variables: { workshopId: workshop.id, months: wanted } });
      setAsking(false);
      setMonths(null);
      setNotice(bt('retention.saved', { months: wanted }));
    } catch (failure) {
      const found = apiProblems(failure)[0];
      setProblem(
        found?.code === 'BAD_USER_INPUT'
          ? bt('retention.invalid', { min: MIN, max: MAX })
          : bt('beheer.problem'),
      );
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{bt('retention.title')}</h2>
      <p>{bt('retention.intro', { days: grace })}</p>
      {loading && !data ? (
        <Loading />
      ) : (error && !data) || current == null ? (
        <LoadError retry={() => void refetch()} />
      ) : (
        <form className="form beheer__words-add" noValidate onSubmit={onSubmit}>
          <Field
            label={bt('retention.months')}
            hint={bt('retention.monthsHint', { min: MIN, max: MAX })}
            type="number"
            inputMode="numeric"
            min={MIN}
            max={MAX}
            value={value}
            error={fieldError ?? undefined}
            onChange={(e) => {
              setMonths(e.target.value);
              setFieldError(null);
            }}
          />
          <button type="submit" className="button button--primary" disabled={wanted === current}>
            {bt('retention.save')}
          </button>
        </form>
      )}
      <StatusMessage>{notice}</StatusMessage>
      <ConfirmDialog
        open={asking}
        title={bt('retention.confirmTitle')}
        confirmLabel={bt('retention.confirm')}
        cancelLabel={bt('retention.cancel')}
        tone="primary"
        busy={saving.loading}
        problem={problem}
        onConfirm={() => void onConfirm()}
        onClose={() => setAsking(false)}
      >
        <p>{bt('retention.confirmText', { months: wanted, days: grace })}</p>
      </ConfirmDialog>
    </section>
  );
}
