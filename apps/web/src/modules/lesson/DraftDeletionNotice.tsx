import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { ConfirmDialog } from '../common/ConfirmDialog';

const KeepDraftMutation = graphql(`
  mutation KeepDraft($id: ID!) {
    keepDraft(id: $id) {
      id
      version
      deletionDueAt
    }
  }
`);

const DeleteDraftMutation = graphql(`
  mutation DeleteDraft($id: ID!) {
    deleteDraft(id: $id)
  }
`);

/**
 * A draft left untouched for the werkplaats's retention is proposed for deletion to its author (a notification
 * leads here): they keep it, which starts the clock again, or delete it now, after a confirmation.
 */
export function DraftDeletionNotice({
  lessonId,
  dueAt,
  onDeleted,
}: {
  lessonId: string;
  dueAt: string;
  onDeleted: () => void;
}) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const [keep, keeping] = useMutation(KeepDraftMutation);
  const [remove, removing] = useMutation(DeleteDraftMutation);
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function onKeep() {
    setProblem(null);
    try {
      await keep({ variables: { id: lessonId } });
    } catch (failure) {
      setProblem(problemText(t, apiProblems(failure)[0]!));
    }
  }
  async function onDelete() {
    setProblem(null);
    try {
      await remove({ variables: { id: lessonId } });
      setAsking(false);
      onDeleted();
    } catch (failure) {
      setAsking(false);
      setProblem(problemText(t, apiProblems(failure)[0]!));
    }
  }

  const date = formatDate(dueAt, { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <section className="notice draft-notice" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('lesson.deletionProposedTitle')}
      </h2>
      <p>{t('lesson.deletionProposed', { date })}</p>
      <button
        type="button"
        className="button button--primary"
        disabled={keeping.loading}
        onClick={() => void onKeep()}
      >
        {t('lesson.keepDraft')}
      </button>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('lesson.deleteDraft')}
      </button>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={t('lesson.deleteDraftConfirm')}
        confirmLabel={t('lesson.deleteDraftYes')}
        cancelLabel={t('ladder.cancel')}
        busy={removing.loading}
        onConfirm={() => void onDelete()}
        onClose={() => setAsking(false)}
      >
        <p>{t('lesson.deleteDraftText')}</p>
      </ConfirmDialog>
    </section>
  );
}
