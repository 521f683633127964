import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { usePageText } from '../common/page-text';
import { graphql } from '../../gql';
import type { PublicConsent_LessonFragment } from '../../gql/graphql';
import { StatusMessage } from '../common/StatusMessage';

graphql(`
  fragment PublicConsent_lesson on Lesson {
    id
    publicConsent
    visibility
  }
`);

const SetConsentMutation = graphql(`
  mutation SetLessonPublicConsent($id: ID!, $consent: Boolean!) {
    setLessonPublicConsent(id: $id, consent: $consent) {
      id
      publicConsent
      visibility
      version
      allowedVisibilities
    }
  }
`);

/**
 * The author's "mag openbaar": without it nobody else makes the lesson public. A switch that saves at once, with
 * what it means said beside it (withdrawn while public, the lesson steps back to the tribune).
 */
export function PublicConsent({
  lesson,
  onChanged,
}: {
  lesson: PublicConsent_LessonFragment;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = usePageText();
  const id = useId();
  const [setConsent, saving] = useMutation(SetConsentMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const consent = lesson.publicConsent;

  async function toggle() {
    setNotice(null);
    setProblem(null);
    const wasPublic = lesson.visibility === 'PUBLIC';
    try {
      await setConsent({ variables: { id: lesson.id, consent: !consent } });
      setNotice(
        consent ? t(wasPublic ? 'consent.withdrawnPublic' : 'consent.withdrawn') : t('consent.given'),
      );
      await onChanged();
    } catch {
      setProblem(t('state.error'));
    }
  }

  const explanation = consent
    ? lesson.visibility === 'PUBLIC'
      ? t('consent.withdrawWhilePublic')
      : t('consent.withdrawInfo')
    : t('consent.giveInfo');
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('consent.title')}</h2>
      <p>{t('consent.explain')}</p>
      <button
        type="button"
        role="switch"
        aria-checked={consent}
        aria-describedby={`${id}-hint`}
        className="switch"
        disabled={saving.loading}
        onClick={() => void toggle()}
      >
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
        <span className="switch__label">{t('consent.label')}</span>
        <span className="switch__state" aria-hidden="true">
          {consent ? t('consent.yes') : t('consent.no')}
        </span>
      </button>
      <p id={`${id}-hint`} className="field__hint">
        {explanation}
      </p>
      <StatusMessage>{notice}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
