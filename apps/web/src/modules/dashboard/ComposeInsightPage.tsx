import { useMutation, useQuery } from '@apollo/client/react';
import { CONDITIONS, type Condition, type Visibility } from '@werkplaats/domain';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { hasText, useUnsavedChanges } from '../../app/useUnsavedChanges';
import { useWorkshop } from '../../app/workshop';
import { WrongWorkshop } from '../workshop/WrongWorkshop';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { queryStatus } from '../common/QueryStatus';
import { ConditionTags } from '../common/ConditionTags';
import { Empty } from '../common/States';
import { ConditionsFieldset, Select } from '../lesson/LessonFields';
import { RichTextEditor } from '../lesson/RichTextEditor';
import { ReadersWarning, readersSee } from '../insight/ReadersWarning';

const ComposeQuery = graphql(`
  query ComposeInsight($id: ID!, $condition: Condition, $municipalityId: ID, $practiceId: ID) {
    atelier(id: $id) {
      workshop {
        id
        slug
      }
      id
      title
      canLead
      practices {
        id
        title
        municipality {
          id
          name
        }
      }
      lessons(first: 100, condition: $condition, municipalityId: $municipalityId, practiceId: $practiceId) {
        edges {
          node {
            id
            title
            excerpt
            visibility
            conditions
            author {
              id
              name
            }
            municipality {
              id
              name
            }
            practice {
              id
              title
            }
          }
        }
      }
    }
  }
`);

const CreateInsightMutation = graphql(`
  mutation CreateInsight($atelierId: ID!, $input: CreateInsightInput!) {
    createInsight(atelierId: $atelierId, input: $input) {
      id
    }
  }
`);

type FieldKey = 'title' | 'body' | 'conditions' | 'lessonIds';

/** The rungs an insight can be composed at from here: the arena (the default) or shared straight away. */
const INSIGHT_RUNGS = ['ARENA', 'TRIBUNE', 'PUBLIC'] as const;
type InsightRung = (typeof INSIGHT_RUNGS)[number];

const SUBMIT_KEY = {
  ARENA: 'compose.submit',
  TRIBUNE: 'compose.submitTribune',
  PUBLIC: 'compose.submitPublic',
} as const;

/**
 * The lesson's excerpt (the API's first words, cut at a word) shortened further for the picker: at most `max`
 * characters, again at a word boundary, with "…".
 */
function shortExcerpt(excerpt: string, max = 160): string {
  if (excerpt.length <= max) return excerpt;
  const cut = excerpt.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.…-]+$/, '')}…`;
}

/** The trekker connects lessons from several practices and gemeenten into a regional insight. */
export function ComposeInsightPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const workshop = useWorkshop();
  const [condition, setCondition] = useState<Condition | ''>('');
  const [municipalityId, setMunicipalityId] = useState('');
  const [practiceId, setPracticeId] = useState('');
  const { data, previousData, loading, error, refetch } = useQuery(ComposeQuery, {
    variables: {
      id,
      condition: condition || null,
      municipalityId: municipalityId || null,
      practiceId: practiceId || null,
    },
  });
  const [create, creating] = useMutation(CreateInsightMutation);
  // The chosen lessons keep their rung, so the warning counts them even when a filter hides them.
  const [picked, setPicked] = useState<Map<string, { title: string; visibility: Visibility }>>(new Map());
  const [visibility, setVisibility] = useState<InsightRung>('ARENA');
  const uid = useId();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [conditions, setConditions] = useState<Condition[]>([]);
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const leavePrompt = useUnsavedChanges(hasText(title) || hasText(body));

  const shown = data ?? previousData;
  const atelier = shown?.atelier;
  if (!atelier) return queryStatus({ loading, error, retry: refetch });
  // Under another werkplaats's address: to its own.
  if (atelier.workshop.slug !== workshop.slug) return <WrongWorkshop slug={atelier.workshop.slug} />;
  if (!atelier.canLead) {
    return (
      <section className="narrow">
        <h1>{t('compose.title')}</h1>
        <p>{t('dashboard.notLead')}</p>
      </section>
    );
  }
  // Insights rest on what the arena shared, not on drafts.
  const lessons = atelier.lessons.edges
    .map((e) => e.node)
    .filter((l) => l.visibility !== 'DRAFT' && l.visibility !== 'PRACTICE');
  const municipalities = new Map(atelier.practices.map((p) => [p.municipality.id, p.municipality.name]));
  const unseen = readersSee(visibility, [...picked.values()]);
  const warningId = `${uid}-warning`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: Partial<Record<FieldKey, string>> = {};
    if (title.trim() === '') missing.title = t('auth.error.required');
    if (body.trim() === '') missing.body = t('auth.error.required');
    if (conditions.length === 0) missing.conditions = t('lesson.conditionsHint');
    if (picked.size === 0) missing.lessonIds = t('compose.pickLesson');
    setErrors(missing);
    focusFirstInvalid();
    if (Object.keys(missing).length > 0) return;
    try {
      const result = await create({
        variables: {
          atelierId: id,
          input: { title, body, conditions, visibility, lessonIds: [...picked.keys()] },
        },
      });
      if (result.data)
        await navigate(workshop.path(`/inzichten/${encodeURIComponent(result.data.createInsight.id)}`));
    } catch (failure) {
      const next: Partial<Record<FieldKey, string>> = {};
      for (const p of apiProblems(failure)) {
        const field = fieldName(p.field) as FieldKey | undefined;
        next[field && ['title', 'body', 'conditions', 'lessonIds'].includes(field) ? field : 'title'] =
          problemText(t, p);
      }
      setErrors(next);
      focusFirstInvalid();
    }
  }

  return (
    <section>
      <header className="intro">
        <p className="eyebrow">
          <Link to={workshop.path(`/ateliers/${encodeURIComponent(atelier.id)}/dashboard`)}>
            {atelier.title}
          </Link>
        </p>
        <h1>{t('compose.title')}</h1>
        <p className="lead">{t('compose.intro')}</p>
      </header>
      <form ref={form} className="two-columns" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="stack">
          <fieldset className="card fieldset compose__filters">
            <legend>{t('compose.filters')}</legend>
            <div className="compose__filter-row">
              <Select
                label={t('compose.filterCondition')}
                value={condition}
                onChange={setCondition}
                options={[
                  { value: '' as const, label: t('compose.all') },
                  ...CONDITIONS.map((c) => ({ value: c, label: t(`condition.${c}`) })),
                ]}
              />
              <Select
                label={t('compose.filterMunicipality')}
                value={municipalityId}
                onChange={setMunicipalityId}
                options={[
                  { value: '', label: t('compose.all') },
                  ...[...municipalities].map(([value, label]) => ({ value, label })),
                ]}
              />
              <Select
                label={t('compose.filterPractice')}
                value={practiceId}
                onChange={setPracticeId}
                options={[
                  { value: '', label: t('compose.all') },
                  ...atelier.practices.map((p) => ({ value: p.id, label: p.title })),
                ]}
              />
            </div>
          </fieldset>
          <fieldset className={`fieldset${errors.lessonIds ? ' field--invalid' : ''}`}>
            <legend>{t('compose.lessons', { count: picked.size })}</legend>
            {errors.lessonIds && <p className="field__error">{errors.lessonIds}</p>}
            {lessons.length === 0 ? (
              <Empty>{t('compose.noLessons')}</Empty>
            ) : (
              <ul className="card-list">
                {lessons.map((lesson) => {
                  const details = `${uid}-${lesson.id}`;
                  return (
                    <li key={lesson.id} className="card compose__pick">
                      <label className="checkbox checkbox--block">
                        <input
                          type="checkbox"
                          checked={picked.has(lesson.id)}
                          aria-describedby={details}
                          onChange={(e) => {
                            const next = new Map(picked);
                            if (e.target.checked)
                              next.set(lesson.id, { title: lesson.title, visibility: lesson.visibility });
                            else next.delete(lesson.id);
                            setPicked(next);
                          }}
                        />
                        <strong>{lesson.title}</strong>
                      </label>
                      <div id={details} className="compose__pick-details">
                        {lesson.excerpt && <p className="compose__excerpt">{shortExcerpt(lesson.excerpt)}</p>}
                        <p className="meta">
                          <span className={`badge badge--${lesson.visibility.toLowerCase()}`}>
                            {t(`visibility.${lesson.visibility}`)}
                          </span>
                          {lesson.municipality && <span>{lesson.municipality.name}</span>}
                          {lesson.practice && <span>{lesson.practice.title}</span>}
                          <span>{lesson.author.name}</span>
                        </p>
                        <ConditionTags conditions={lesson.conditions} />
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </fieldset>
        </div>
        <div className="stack">
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
            <fieldset className="field fieldset">
              <legend>{t('compose.visibility')}</legend>
              {INSIGHT_RUNGS.map((r) => (
                <label key={r} className="checkbox checkbox--block">
                  <input
                    type="radio"
                    name={`${uid}-visibility`}
                    checked={visibility === r}
                    onChange={() => setVisibility(r)}
                  />
                  <span>
                    <strong>{t(`visibility.${r}`)}</strong>
                    <span className="meta">{t(`visibilityInfo.${r}`)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <div aria-live="polite">
              {unseen && visibility !== 'ARENA' && (
                <ReadersWarning
                  id={warningId}
                  rung={visibility}
                  unseen={unseen}
                  hint={t('compose.readersHint')}
                />
              )}
            </div>
            <button
              type="submit"
              className="button button--primary"
              disabled={creating.loading}
              aria-describedby={unseen ? warningId : undefined}
            >
              {t(SUBMIT_KEY[visibility])}
            </button>
          </div>
        </div>
      </form>
      {leavePrompt}
    </section>
  );
}
