import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { StatusMessage } from '../common/StatusMessage';
import {
  LessonFormFields,
  lessonProblems,
  missingLessonFields,
  type LessonFieldErrors,
  type LessonFormValue,
} from '../lesson/LessonFormFields';
import { Select } from '../lesson/LessonFields';
import {
  PersonalDataCheck,
  personalDataOf,
  type PersonalDataChoice,
  type PersonalDataFindingView,
} from '../lesson/PersonalDataCheck';
import { LinkAteliersQuery } from './ActivityLinksForm';

// The atelier the lesson is kept in: its practices (for the practice field) and its words for the hints.
const RoomLessonAtelierQuery = graphql(`
  query RoomLessonAtelier($id: ID!) {
    atelier(id: $id) {
      id
      privacyWords
      practices {
        id
        title
        municipality {
          id
          name
        }
      }
    }
  }
`);

const AddActivityLessonMutation = graphql(`
  mutation AddActivityLesson(
    $activityId: ID!
    $input: LogLessonInput!
    $personalData: [PersonalDataChoiceInput!]
  ) {
    addActivityLesson(activityId: $activityId, input: $input, personalData: $personalData) {
      id
      title
      visibility
    }
  }
`);

const EMPTY: LessonFormValue = {
  title: '',
  body: '',
  conditions: [],
  level: '',
  domain: '',
  practiceId: '',
};

/**
 * For whoever leads an activity, after it began: a lesson that came out of the room, written with the lesson form
 * and kept as a lesson of an atelier (of the activity's atelier, or for a werkplaats-wide one of the atelier picked
 * here). It starts as a draft or one rung up; above the practice its words pass the same personal-data check as any
 * lesson, in the same dialog.
 */
export function RoomLessonForm(props: {
  activityId: string;
  atelierId?: string;
  workshopId?: string;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState<LessonFormValue>(EMPTY);
  const [picked, setPicked] = useState('');
  const [shared, setShared] = useState(true);
  const [errors, setErrors] = useState<LessonFieldErrors & { atelierId?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [findings, setFindings] = useState<PersonalDataFindingView[]>([]);
  const [checkProblem, setCheckProblem] = useState<string | null>(null);
  const [editorRevision, setEditorRevision] = useState(0);
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const ateliers = useQuery(LinkAteliersQuery, {
    variables: { workshopId: props.workshopId ?? '' },
    skip: Boolean(props.atelierId) || !props.workshopId,
  });
  const atelierId = props.atelierId ?? picked;
  const atelier = useQuery(RoomLessonAtelierQuery, {
    variables: { id: atelierId },
    skip: !atelierId,
  });
  const [add, adding] = useMutation(AddActivityLessonMutation);
  const practices = atelier.data?.atelier?.practices ?? [];
  // One rung up from a draft: the practice's participants, or at atelier level the arena.
  const firstStep = value.practiceId ? 'PRACTICE' : 'ARENA';

  async function save(personalData: PersonalDataChoice[] | null) {
    if (value.level === '' || value.domain === '') return;
    setProblem(null);
    try {
      await add({
        variables: {
          activityId: props.activityId,
          input: {
            atelierId,
            title: value.title,
            body: value.body,
            conditions: value.conditions,
            level: value.level,
            domain: value.domain,
            practiceId: value.practiceId || null,
            visibility: shared ? firstStep : 'DRAFT',
          },
          personalData,
        },
      });
      setFindings([]);
      setValue(EMPTY);
      setEditorRevision((r) => r + 1);
      setNotice(t('activity.roomLessonSaved'));
      props.onSaved();
    } catch (failure) {
      const found = personalDataOf(failure);
      if (found.length > 0) {
        // Refused for personal data: the same dialog as any lesson asks what to do with each finding.
        setCheckProblem(null);
        setFindings(found);
        return;
      }
      const { fields, problem: other } = lessonProblems(failure, t);
      if (findings.length > 0) setCheckProblem(other ?? t('state.error'));
      else {
        setErrors(fields);
        setProblem(other);
        focusFirstInvalid();
      }
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const missing: LessonFieldErrors & { atelierId?: string } = missingLessonFields(value, t);
    if (!atelierId) missing.atelierId = t('activity.roomLessonAtelierRequired');
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalid();
      return;
    }
    void save(null);
  }

  return (
    <>
      <h3 id={`${id}-heading`}>{t('activity.roomLessonHeading')}</h3>
      <p className="field__hint">{t('activity.roomLessonIntro')}</p>
      <form ref={form} className="form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
        {problem && (
          <p className="form__problem" role="alert">
            {problem}
          </p>
        )}
        {!props.atelierId && (
          <Select
            label={t('activity.roomLessonAtelier')}
            value={picked}
            placeholder={t('activity.roomLessonChooseAtelier')}
            error={errors.atelierId}
            onChange={(next) => {
              setPicked(next);
              // Another atelier has other practices.
              setValue((v) => ({ ...v, practiceId: '' }));
              setErrors((e) => ({ ...e, atelierId: undefined }));
            }}
            options={(ateliers.data?.ateliers.edges ?? []).map((e) => ({
              value: e.node.id,
              label: e.node.title,
            }))}
          />
        )}
        <LessonFormFields
          value={value}
          onChange={(patch) => {
            setValue((v) => ({ ...v, ...patch }));
            setErrors((e) => {
              const next = { ...e };
              for (const key of Object.keys(patch) as (keyof LessonFormValue)[]) delete next[key];
              return next;
            });
          }}
          errors={errors}
          practices={practices}
          privacyWords={atelier.data?.atelier?.privacyWords}
          editorRevision={editorRevision}
        />
        <fieldset className="field fieldset">
          <legend>{t('activity.roomLessonStep')}</legend>
          <label className="checkbox checkbox--block">
            <input type="radio" name={`${id}-step`} checked={shared} onChange={() => setShared(true)} />
            <span>
              {t(firstStep === 'PRACTICE' ? 'activity.roomLessonPractice' : 'activity.roomLessonArena')}
            </span>
          </label>
          <label className="checkbox checkbox--block">
            <input type="radio" name={`${id}-step`} checked={!shared} onChange={() => setShared(false)} />
            <span>{t('activity.roomLessonDraft')}</span>
          </label>
        </fieldset>
        <button type="submit" className="button button--primary" disabled={adding.loading}>
          {adding.loading ? t('auth.busy') : t('activity.roomLessonSave')}
        </button>
        <StatusMessage>{notice}</StatusMessage>
      </form>
      <PersonalDataCheck
        open={findings.length > 0}
        findings={findings}
        busy={adding.loading}
        problem={checkProblem}
        onResolve={(choices) => void save(choices)}
        onClose={() => setFindings([])}
      />
    </>
  );
}
