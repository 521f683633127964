import { useMutation, useQuery } from '@apollo/client/react';
import type { Condition, Domain, Level } from '@werkplaats/domain';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { hasText, useUnsavedChanges } from '../../app/useUnsavedChanges';
import { useWorkshop } from '../../app/workshop';
import { WrongWorkshop } from '../workshop/WrongWorkshop';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { queryStatus } from '../common/QueryStatus';
import { StatusMessage } from '../common/StatusMessage';
import {
  LessonFormFields,
  lessonProblems,
  missingLessonFields,
  type LessonFieldKey,
} from './LessonFormFields';
import { LessonPreview } from './LessonPreview';
import { CodeOfConductLink } from '../moderation/CodeOfConductLink';
import { useLessonDraft } from './useLessonDraft';

const LogLessonContextQuery = graphql(`
  query LogLessonContext($id: ID!) {
    atelier(id: $id) {
      workshop {
        id
        slug
      }
      id
      title
      canWorkInArena
      privacyWords
      practices {
        id
        title
        municipality {
          id
          name
        }
        participants {
          id
        }
      }
    }
  }
`);

const LogLessonMutation = graphql(`
  mutation LogLesson($input: LogLessonInput!) {
    logLesson(input: $input) {
      id
      visibility
    }
  }
`);

type FieldKey = LessonFieldKey;

export function LogLessonPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const workshop = useWorkshop();
  const { data, loading, error, refetch } = useQuery(LogLessonContextQuery, { variables: { id } });
  const [logLesson, saving] = useMutation(LogLessonMutation);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [conditions, setConditions] = useState<Condition[]>([]);
  // No default: the author chooses both (the form says "Kies …" until then).
  const [level, setLevel] = useState<Level | ''>('');
  const [domain, setDomain] = useState<Domain | ''>('');
  const [previewing, setPreviewing] = useState(false);
  const [practiceId, setPracticeId] = useState<string | null>(null);
  const [publicConsent, setPublicConsent] = useState(false);
  const consentName = useId();
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const leavePrompt = useUnsavedChanges(hasText(title) || hasText(body), t('lesson.draftLeaveBody'));
  // The rich-text editor takes its content when it starts: a restored or discarded draft starts it anew.
  const [editorRevision, setEditorRevision] = useState(0);
  const [askDiscard, setAskDiscard] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const draft = useLessonDraft(
    viewer?.id ?? null,
    id,
    { title, body, conditions, level, domain, practiceId },
    (kept) => {
      setTitle(kept.title);
      setBody(kept.body);
      setConditions(kept.conditions);
      setLevel(kept.level);
      setDomain(kept.domain);
      setPracticeId(kept.practiceId);
      setEditorRevision((r) => r + 1);
    },
  );

  function discardDraft() {
    setAskDiscard(false);
    draft.discard();
    setTitle('');
    setBody('');
    setConditions([]);
    setLevel('');
    setDomain('');
    setPracticeId(null);
    setErrors({});
    setEditorRevision((r) => r + 1);
    setNotice(t('lesson.draftDiscarded'));
    // Once the dialog has closed (it hands focus back to the notice's button, which is gone): the title.
    window.setTimeout(() => form.current?.querySelector('input')?.focus(), 0);
  }

  /** A field changed: what was said about it no longer holds. */
  const edited = (key: FieldKey) => setErrors((e) => (e[key] ? { ...e, [key]: undefined } : e));

  const atelier = data?.atelier;
  if (!atelier) return queryStatus({ loading, error, retry: refetch });
  // Under another werkplaats's address: to its own.
  if (atelier.workshop.slug !== workshop.slug) return <WrongWorkshop slug={atelier.workshop.slug} />;
  if (!atelier.canWorkInArena) {
    return (
      <section className="narrow">
        <h1>{t('lesson.logTitle')}</h1>
        <p>{t('lesson.notInArena')}</p>
        <Link to={workshop.path(`/ateliers/${encodeURIComponent(atelier.id)}`)}>{t('lesson.back')}</Link>
      </section>
    );
  }
  // By default the practice the person takes part in.
  const mine = atelier.practices.find((p) => p.participants.some((u) => u.id === viewer?.id));
  const chosenPractice = practiceId ?? mine?.id ?? '';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const missing = missingLessonFields(
      { title, body, conditions, level, domain, practiceId: chosenPractice },
      t,
    );
    setErrors(missing);
    if (Object.keys(missing).length > 0 || level === '' || domain === '') {
      focusFirstInvalid();
      return;
    }
    try {
      const result = await logLesson({
        variables: {
          input: {
            atelierId: id,
            title,
            body,
            conditions,
            level,
            domain,
            practiceId: chosenPractice || null,
            publicConsent,
          },
        },
      });
      if (result.data) {
        draft.saved();
        await navigate(workshop.path(`/lessen/${encodeURIComponent(result.data.logLesson.id)}`));
      }
    } catch (failure) {
      const { fields, problem: other } = lessonProblems(failure, t);
      if (other) setProblem(other);
      setErrors(fields);
      focusFirstInvalid();
    }
  }

  return (
    <section className="prose">
      <p className="eyebrow">{atelier.title}</p>
      <h1>{t('lesson.logTitle')}</h1>
      <p className="lead">{t('lesson.logIntro')}</p>
      <p className="field__hint">{t('lesson.draftHint')}</p>
      <StatusMessage>{notice}</StatusMessage>
      {draft.restored && (
        <div className="notice draft-notice">
          <p>{t('lesson.draftRestored')}</p>
          <button type="button" className="button button--quiet" onClick={() => setAskDiscard(true)}>
            {t('lesson.draftDiscard')}
          </button>
        </div>
      )}
      <form ref={form} className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <CodeOfConductLink />
        {problem && (
          <p className="form__problem" role="alert">
            {problem}
          </p>
        )}
        <LessonFormFields
          value={{ title, body, conditions, level, domain, practiceId: chosenPractice }}
          onChange={(patch) => {
            if (patch.title !== undefined) setTitle(patch.title);
            if (patch.body !== undefined) setBody(patch.body);
            if (patch.conditions !== undefined) setConditions(patch.conditions);
            if (patch.level !== undefined) setLevel(patch.level);
            if (patch.domain !== undefined) setDomain(patch.domain);
            if (patch.practiceId !== undefined) setPracticeId(patch.practiceId);
            for (const key of Object.keys(patch) as FieldKey[]) edited(key);
          }}
          errors={errors}
          practices={atelier.practices}
          privacyWords={atelier.privacyWords}
          editorRevision={editorRevision}
        />
        <fieldset className="field fieldset" aria-describedby={`${consentName}-hint`}>
          <legend>{t('consent.logLegend')}</legend>
          <p id={`${consentName}-hint`} className="field__hint">
            {t('consent.logHint')}
          </p>
          <label className="checkbox checkbox--block">
            <input
              type="radio"
              name={consentName}
              checked={!publicConsent}
              onChange={() => setPublicConsent(false)}
            />
            <span>{t('consent.logNo')}</span>
          </label>
          <label className="checkbox checkbox--block">
            <input
              type="radio"
              name={consentName}
              checked={publicConsent}
              onChange={() => setPublicConsent(true)}
            />
            <span>{t('consent.logYes')}</span>
          </label>
        </fieldset>
        {previewing && (
          <LessonPreview
            title={title}
            body={body}
            conditions={conditions}
            level={level}
            domain={domain}
            authorName={viewer?.name ?? ''}
            practice={atelier.practices.find((p) => p.id === chosenPractice) ?? null}
          />
        )}
        <div className="choice">
          <button
            type="button"
            className="button"
            aria-expanded={previewing}
            onClick={() => setPreviewing(!previewing)}
          >
            {previewing ? t('lesson.previewHide') : t('lesson.preview')}
          </button>
          <button type="submit" className="button button--primary" disabled={saving.loading}>
            {saving.loading ? t('auth.busy') : t('lesson.saveDraft')}
          </button>
          <Link
            className="button button--quiet"
            to={workshop.path(`/ateliers/${encodeURIComponent(atelier.id)}`)}
          >
            {t('lesson.back')}
          </Link>
        </div>
      </form>
      {leavePrompt}
      <ConfirmDialog
        open={askDiscard}
        title={t('lesson.draftDiscardTitle')}
        confirmLabel={t('lesson.draftDiscard')}
        cancelLabel={t('lesson.draftDiscardCancel')}
        onConfirm={discardDraft}
        onClose={() => setAskDiscard(false)}
      >
        <p>{t('lesson.draftDiscardBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
