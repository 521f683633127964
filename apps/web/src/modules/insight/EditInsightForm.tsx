import { useMutation, useQuery } from '@apollo/client/react';
import type { Condition } from '@werkplaats/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useUnsavedChanges } from '../../app/useUnsavedChanges';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { queryStatus } from '../common/QueryStatus';
import { Empty } from '../common/States';
import { ConditionsFieldset } from '../lesson/LessonFields';
import { RichTextEditor } from '../lesson/RichTextEditor';

const EditInsightLessonsQuery = graphql(`
  query EditInsightLessons($id: ID!) {
    atelier(id: $id) {
      id
      lessons(first: 100) {
        edges {
          node {
            id
            title
            visibility
            author {
              id
              name
            }
            municipality {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const UpdateInsightMutation = graphql(`
  mutation UpdateInsight($id: ID!, $input: UpdateInsightInput!) {
    updateInsight(id: $id, input: $input) {
      id
      title
      body
      conditions
      version
      lessonCount
    }
  }
`);

type FieldKey = 'title' | 'body' | 'conditions' | 'lessonIds';

interface Props {
  insight: {
    id: string;
    version: number;
    title: string;
    body: string;
    conditions: readonly Condition[];
    lessonIds: readonly string[];
    atelierId: string;
  };
  /** Called after saving (true) or cancelling (false). */
  onDone: (saved: boolean) => void;
}

/** The trekker edits an insight in place: the compose form's fields, filled with what it says now. */
export function EditInsightForm({ insight, onDone }: Props) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(EditInsightLessonsQuery, {
    variables: { id: insight.atelierId },
  });
  const [update, updating] = useMutation(UpdateInsightMutation, {
    refetchQueries: ['InsightPage'],
    awaitRefetchQueries: true,
  });
  const [title, setTitle] = useState(insight.title);
  const [body, setBody] = useState(insight.body);
  const [conditions, setConditions] = useState<Condition[]>([...insight.conditions]);
  const [picked, setPicked] = useState<Set<string>>(new Set(insight.lessonIds));
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const heading = useRef<HTMLHeadingElement>(null);
  const leavePrompt = useUnsavedChanges(title !== insight.title || body !== insight.body);

  useEffect(() => heading.current?.focus(), []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: Partial<Record<FieldKey, string>> = {};
    if (title.trim() === '') missing.title = t('auth.error.required');
    if (body.trim() === '') missing.body = t('auth.error.required');
    if (conditions.length === 0) missing.conditions = t('lesson.conditionsHint');
    if (picked.size === 0) missing.lessonIds = t('compose.pickLesson');
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalid();
      return;
    }
    try {
      await update({
        variables: {
          id: insight.id,
          input: { version: insight.version, title, body, conditions, lessonIds: [...picked] },
        },
      });
      onDone(true);
    } catch (failure) {
      const next: Partial<Record<FieldKey, string>> = {};
      for (const p of apiProblems(failure)) {
        const field = fieldName(p.field) as FieldKey | undefined;
        const key = field && ['title', 'body', 'conditions', 'lessonIds'].includes(field) ? field : 'body';
        next[key] = problemText(t, p);
      }
      setErrors(next);
      focusFirstInvalid();
    }
  }

  // Insights rest on what the arena shared, not on drafts; the lessons it rests on now stay choosable.
  const lessons = (data?.atelier?.lessons.edges ?? [])
    .map((e) => e.node)
    .filter((l) => picked.has(l.id) || (l.visibility !== 'DRAFT' && l.visibility !== 'PRACTICE'));

  return (
    <>
      <form ref={form} className="stack" onSubmit={(e) => void onSubmit(e)} noValidate>
        <h1 ref={heading} tabIndex={-1}>
          {t('insight.editTitle')}
        </h1>
        <div className="card form">
          <Field
            label={t('compose.name')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            error={errors.title}
            maxLength={200}
          />
          <RichTextEditor label={t('compose.body')} value={body} onChange={setBody} error={errors.body} />
          <ConditionsFieldset
            legend={t('compose.conditions')}
            value={conditions}
            onChange={setConditions}
            error={errors.conditions}
          />
        </div>
        <fieldset className={`fieldset${errors.lessonIds ? ' field--invalid' : ''}`}>
          <legend>{t('compose.lessons', { count: picked.size })}</legend>
          {errors.lessonIds && <p className="field__error">{errors.lessonIds}</p>}
          {!data?.atelier ? (
            queryStatus({ loading, error, retry: refetch })
          ) : lessons.length === 0 ? (
            <Empty>{t('compose.noLessons')}</Empty>
          ) : (
            <ul className="card-list">
              {lessons.map((lesson) => (
                <li key={lesson.id} className="card lesson">
                  <label className="checkbox checkbox--block">
                    <input
                      type="checkbox"
                      checked={picked.has(lesson.id)}
                      onChange={(e) => {
                        const next = new Set(picked);
                        if (e.target.checked) next.add(lesson.id);
                        else next.delete(lesson.id);
                        setPicked(next);
                      }}
                    />
                    <span>
                      <strong>{lesson.title}</strong>
                      <span className="meta">
                        <span className={`badge badge--${lesson.visibility.toLowerCase()}`}>
                          {t(`visibility.${lesson.visibility}`)}
                        </span>
                        <span>{lesson.author.name}</span>
                        {lesson.municipality && <span>{lesson.municipality.name}</span>}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <div className="choice">
          <button type="submit" className="button button--primary" disabled={updating.loading}>
            {t('insight.save')}
          </button>
          <button type="button" className="button" onClick={() => onDone(false)}>
            {t('insight.cancelEdit')}
          </button>
        </div>
      </form>
      {leavePrompt}
    </>
  );
}
