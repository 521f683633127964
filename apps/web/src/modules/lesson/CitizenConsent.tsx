import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { CitizenConsent as Consent, CitizenConsent_LessonFragment } from '../../gql/graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { StatusMessage } from '../common/StatusMessage';

graphql(`
  fragment CitizenConsent_lesson on Lesson {
    id
    visibility
    citizenConsent
    citizenConsentAt
  }
`);

const RecordConsentMutation = graphql(`
  mutation RecordCitizenConsent($id: ID!, $consent: CitizenConsent!) {
    recordCitizenConsent(id: $id, consent: $consent) {
      id
      citizenConsent
      citizenConsentAt
      visibility
      version
      allowedVisibilities
    }
  }
`);

const CHOICES: readonly Consent[] = ['VERBAL', 'WRITTEN', 'NOT_NEEDED_PSEUDONYMISED', 'NOT_GIVEN'];

/**
 * The author records how the citizen the lesson tells of agreed to it being told beyond the practice (verbal,
 * written, not needed because nobody can be recognised, or not given). Not given keeps the lesson at the arena,
 * said here before anyone tries; recorded so while it is on the tribune or public, it steps back at once, which
 * is asked first.
 */
export function CitizenConsent({
  lesson,
  onChanged,
}: {
  lesson: CitizenConsent_LessonFragment;
  onChanged: () => Promise<unknown>;
}) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const [record, saving] = useMutation(RecordConsentMutation);
  const [choice, setChoice] = useState<Consent | null>(lesson.citizenConsent ?? null);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const current = lesson.citizenConsent ?? null;
  const shared = lesson.visibility === 'TRIBUNE' || lesson.visibility === 'PUBLIC';

  async function save(consent: Consent) {
    setNotice(null);
    setProblem(null);
    try {
      const result = await record({ variables: { id: lesson.id, consent } });
      setAsking(false);
      const movedBack = shared && result.data?.recordCitizenConsent.visibility === 'ARENA';
      setNotice(
        t(movedBack ? 'citizenConsent.savedBack' : 'citizenConsent.saved', {
          choice: t(`citizenConsent.${consent}`),
        }),
      );
      await onChanged();
    } catch (failure) {
      setAsking(false);
      const first = apiProblems(failure)[0];
      setProblem(first ? problemText(t, first) : t('state.error'));
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!choice || choice === current) return;
    // Not given while others outside the atelier read it: the lesson goes back to the arena, so asked first.
    if (choice === 'NOT_GIVEN' && shared) setAsking(true);
    else void save(choice);
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('citizenConsent.title')}</h2>
      <p>{t('citizenConsent.explain')}</p>
      <p className="citizen-consent__now">
        {current && lesson.citizenConsentAt
          ? t('citizenConsent.recorded', {
              choice: t(`citizenConsent.${current}`),
              date: formatDate(lesson.citizenConsentAt),
            })
          : t('citizenConsent.notRecorded')}
      </p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <fieldset className="field fieldset">
          <legend>{t('citizenConsent.legend')}</legend>
          {CHOICES.map((value) => (
            <label key={value} className="checkbox checkbox--block">
              <input
                type="radio"
                name={`${id}-consent`}
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
              />
              <span>
                {t(`citizenConsent.${value}`)}
                <span className="meta"> {t(`citizenConsent.${value}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={saving.loading || !choice || choice === current}>
          {t('citizenConsent.save')}
        </button>
      </form>
      <StatusMessage>{notice}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={t('citizenConsent.confirmTitle')}
        confirmLabel={t('citizenConsent.confirm')}
        cancelLabel={t('citizenConsent.cancel')}
        busy={saving.loading}
        onConfirm={() => void save('NOT_GIVEN')}
        onClose={() => setAsking(false)}
      >
        <p>{t('citizenConsent.confirmText', { rung: t(`visibility.${lesson.visibility}`) })}</p>
      </ConfirmDialog>
    </section>
  );
}
