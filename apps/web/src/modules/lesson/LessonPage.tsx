import { useMutation, useQuery } from '@apollo/client/react';
import {
  VISIBILITY_LADDER,
  type Condition,
  type Domain,
  type Level,
  type Visibility,
} from '@werkplaats/domain';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useUnsavedChanges } from '../../app/useUnsavedChanges';
import { useWorkshop } from '../../app/workshop';
import { WrongWorkshop } from '../workshop/WrongWorkshop';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { ConditionTags } from '../common/ConditionTags';
import { queryStatus } from '../common/QueryStatus';
import { ConditionsFieldset, LessonFacets, LevelAndDomainFieldset } from './LessonFields';
import { MoveLesson } from './MoveLesson';
import { RichTextEditor } from './RichTextEditor';
import { AnswersQuestions } from '../question/AnswersQuestions';
import { HiddenNotice, ReportButton } from '../moderation/ReportButton';
import { Reactions } from '../reactions/Reactions';
import { CitizenConsent } from './CitizenConsent';
import { PublicConsent } from './PublicConsent';
import { VisibilityLadder } from './VisibilityLadder';
import { PersonalDataCheck, type PersonalDataChoice } from './PersonalDataCheck';
import { PersonalDataHints } from './PersonalDataHints';
import { DraftDeletionNotice } from './DraftDeletionNotice';

const LessonQuery = graphql(`
  query LessonPage($id: ID!) {
    lesson(id: $id) {
      id
      title
      body
      visibility
      conditions
      level
      domain
      version
      createdAt
      canEdit
      hiddenReason
      reportedByMe
      allowedVisibilities
      publicConsent
      citizenConsent
      ...PublicConsent_lesson
      ...CitizenConsent_lesson
      author {
        id
        name
      }
      atelier {
        workshop {
          id
          slug
        }
        id
        title
        privacyWords
      }
      deletionDueAt
      practice {
        id
        title
      }
      municipality {
        id
        name
      }
      reactions {
        ...Reactions_reaction
      }
      personalDataFindings {
        id
        kind
        field
        text
        suggestion
      }
      visibilityHistory {
        fromValue
        toValue
        createdAt
        actor {
          id
          name
        }
      }
    }
  }
`);

const SetVisibilityMutation = graphql(`
  mutation SetLessonVisibility($id: ID!, $visibility: Visibility!) {
    setLessonVisibility(id: $id, visibility: $visibility) {
      id
      visibility
      version
      allowedVisibilities
    }
  }
`);

const ResolvePersonalDataMutation = graphql(`
  mutation ResolveLessonPersonalData($input: ResolvePersonalDataInput!) {
    resolveLessonPersonalData(input: $input) {
      lesson {
        id
        title
        body
        version
      }
      unresolved {
        id
      }
    }
  }
`);

const UpdateLessonMutation = graphql(`
  mutation UpdateLesson($input: UpdateLessonInput!) {
    updateLesson(input: $input) {
      id
      title
      body
      conditions
      level
      domain
      version
    }
  }
`);

interface Draft {
  title: string;
  body: string;
  conditions: Condition[];
  level: Level;
  domain: Domain;
}

export function LessonPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const { viewer } = useViewer();
  const workshop = useWorkshop();
  const { data, loading, error, refetch } = useQuery(LessonQuery, { variables: { id } });
  const [setVisibility, moving] = useMutation(SetVisibilityMutation);
  const [updateLesson, updating] = useMutation(UpdateLessonMutation);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // What a step on the ladder did, said on the ladder itself, next to its buttons.
  const [ladderNotice, setLadderNotice] = useState<string | null>(null);
  const [ladderProblem, setLadderProblem] = useState<string | null>(null);
  // The last step up, which can be taken back at once ("Ongedaan maken"): from where, to where.
  const [lastStep, setLastStep] = useState<{ from: Visibility; to: Visibility } | null>(null);
  const [conflict, setConflict] = useState(false);
  // A step refused for personal data in the text: the rung it was for, while the findings are shown.
  const [checking, setChecking] = useState<Visibility | null>(null);
  const [checkProblem, setCheckProblem] = useState<string | null>(null);
  const [resolvePersonalData, resolving] = useMutation(ResolvePersonalDataMutation);
  // Its author deleted the draft (proposed for deletion) here: where to go from here, not the lesson.
  const [deletedFrom, setDeletedFrom] = useState<{ id: string; title: string } | null>(null);

  const lesson = data?.lesson;
  const leavePrompt = useUnsavedChanges(
    draft !== null && lesson != null && (draft.title !== lesson.title || draft.body !== lesson.body),
  );
  if (deletedFrom) {
    return (
      <section className="narrow">
        <h1>{t('lesson.draftDeletedTitle')}</h1>
        <p role="status">{t('lesson.draftDeleted')}</p>
        <p>
          <Link to={workshop.path(`/ateliers/${encodeURIComponent(deletedFrom.id)}`)}>
            {deletedFrom.title}
          </Link>
        </p>
      </section>
    );
  }
  if (!lesson) return queryStatus({ loading, error, retry: refetch });
  // Under another werkplaats's address: to its own.
  if (lesson.atelier.workshop.slug !== workshop.slug)
    return <WrongWorkshop slug={lesson.atelier.workshop.slug} />;

  const up = VISIBILITY_LADDER.indexOf(lesson.visibility);
  const authorName = lesson.author.name;
  async function move(to: Visibility, undoing = false) {
    setLadderNotice(null);
    setLadderProblem(null);
    setLastStep(null);
    const from = lesson!.visibility;
    try {
      await setVisibility({ variables: { id, visibility: to } });
      const wentUp = VISIBILITY_LADDER.indexOf(to) > up;
      setLadderNotice(
        t(undoing ? 'ladder.undone' : wentUp ? 'ladder.done' : 'ladder.movedBack', {
          rung: t(`visibility.${to}`),
        }),
      );
      if (wentUp) setLastStep({ from, to });
      await refetch();
    } catch (failure) {
      const first = apiProblems(failure)[0];
      await refetch();
      if (first?.code === 'PERSONAL_DATA') {
        setChecking(to);
        return;
      }
      setLadderProblem(
        first?.reason === 'NO_PUBLIC_CONSENT'
          ? t('ladder.noConsent', { name: authorName })
          : first?.code === 'CONSENT_REQUIRED'
            ? problemText(t, first)
            : t('state.error'),
      );
    }
  }

  /** Each finding replaced or kept with its reason, then the step that was refused is taken again. */
  async function resolveAndMove(choices: PersonalDataChoice[]) {
    if (!lesson || !checking) return;
    setCheckProblem(null);
    try {
      await resolvePersonalData({ variables: { input: { id, version: lesson.version, choices } } });
    } catch (failure) {
      setCheckProblem(problemText(t, apiProblems(failure)[0]!));
      await refetch();
      return;
    }
    const to = checking;
    setChecking(null);
    await move(to);
  }

  const isAuthor = viewer?.id === lesson.author.id;
  // A lesson logged at atelier level has no practice rung (the API never offers it).
  const rungs =
    lesson.practice || lesson.municipality
      ? VISIBILITY_LADDER
      : VISIBILITY_LADDER.filter((rung) => rung !== 'PRACTICE');
  // Why the step to the public is missing (or there) for someone who may move the lesson; and why a lesson
  // whose citizen did not consent stays in the arena, said before anyone tries to share it further.
  const ladderNote =
    lesson.citizenConsent === 'NOT_GIVEN' && lesson.visibility === 'ARENA' ? (
      <p className="ladder__note">
        {isAuthor
          ? t('ladder.citizenNoConsentOwn')
          : t('ladder.citizenNoConsent', { name: lesson.author.name })}
      </p>
    ) : !isAuthor && lesson.allowedVisibilities.length > 0 && lesson.visibility === 'TRIBUNE' ? (
      <p className="ladder__note">
        {lesson.publicConsent
          ? t('ladder.consentGiven', { name: lesson.author.name })
          : t('ladder.noConsent', { name: lesson.author.name })}
      </p>
    ) : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft || !lesson) return;
    setProblem(null);
    try {
      await updateLesson({ variables: { input: { id, version: lesson.version, ...draft } } });
      setDraft(null);
      setNotice(t('lesson.saved'));
    } catch (failure) {
      const code = apiProblems(failure)[0];
      if (code?.code === 'CONFLICT') setConflict(true);
      else setProblem(problemText(t, code ?? { code: 'NETWORK', message: '' }));
    }
  }

  return (
    <article className="lesson-page">
      <p className="eyebrow">
        <Link to={workshop.path(`/ateliers/${encodeURIComponent(lesson.atelier.id)}`)}>
          {lesson.atelier.title}
        </Link>
      </p>
      <div className="two-columns">
        <div className="stack">
          {lesson.deletionDueAt && (
            <DraftDeletionNotice
              lessonId={lesson.id}
              dueAt={lesson.deletionDueAt}
              onDeleted={() => setDeletedFrom({ id: lesson.atelier.id, title: lesson.atelier.title })}
            />
          )}
          {draft ? (
            <form className="form card" onSubmit={(e) => void save(e)} noValidate>
              <Field
                label={t('lesson.title')}
                value={draft.title}
                maxLength={200}
                onChange={(e) => setDraft({ ...draft, title: e.target.value })}
              />
              <RichTextEditor
                label={t('lesson.body')}
                value={draft.body}
                onChange={(body) => setDraft({ ...draft, body })}
              />
              <PersonalDataHints
                title={draft.title}
                body={draft.body}
                words={lesson.atelier.privacyWords}
                saved={{ title: lesson.title, body: lesson.body, findings: lesson.personalDataFindings }}
              />
              <ConditionsFieldset
                legend={t('lesson.conditions')}
                value={draft.conditions}
                onChange={(conditions) => setDraft({ ...draft, conditions })}
              />
              <LevelAndDomainFieldset
                level={draft.level}
                domain={draft.domain}
                onLevel={(level) => setDraft({ ...draft, level })}
                onDomain={(domain) => setDraft({ ...draft, domain })}
              />
              {conflict && (
                <div className="form__problem" role="alert">
                  <p>{t('lesson.conflict')}</p>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      setConflict(false);
                      setDraft(null);
                      void refetch();
                    }}
                  >
                    {t('lesson.reload')}
                  </button>
                </div>
              )}
              {problem && (
                <p className="form__problem" role="alert">
                  {problem}
                </p>
              )}
              <div className="choice">
                <button type="submit" className="button button--primary" disabled={updating.loading}>
                  {t('lesson.saveChanges')}
                </button>
                <button type="button" className="button button--quiet" onClick={() => setDraft(null)}>
                  {t('lesson.cancelEdit')}
                </button>
              </div>
            </form>
          ) : (
            <>
              <header>
                <h1>{lesson.title}</h1>
                <p className="meta">
                  <span className={`badge badge--${lesson.visibility.toLowerCase()}`}>
                    {t(`visibility.${lesson.visibility}`)}
                  </span>
                  <span>{t('lesson.by', { name: lesson.author.name })}</span>
                  {lesson.practice && <span>{lesson.practice.title}</span>}
                  {lesson.municipality && <span>{lesson.municipality.name}</span>}
                  <span>{formatDate(lesson.createdAt)}</span>
                </p>
                <ConditionTags conditions={lesson.conditions} />
                <LessonFacets level={lesson.level} domain={lesson.domain} />
              </header>
              {/* Hidden by the moderation: only its author and the moderators still read it, with why. */}
              {lesson.hiddenReason && <HiddenNotice reason={lesson.hiddenReason} />}
              {/* Sanitized by the API when it was written (sanitize-html with a short allow-list). */}
              <div className="rich-text__content" dangerouslySetInnerHTML={{ __html: lesson.body }} />
              {viewer && !lesson.canEdit && !lesson.hiddenReason && (
                <ReportButton targetId={lesson.id} reported={lesson.reportedByMe} what="lesson" />
              )}
              {lesson.canEdit && (
                <p>
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      setDraft({
                        title: lesson.title,
                        body: lesson.body,
                        conditions: [...lesson.conditions],
                        level: lesson.level,
                        domain: lesson.domain,
                      })
                    }
                  >
                    {t('lesson.edit')}
                  </button>
                </p>
              )}
              {notice && (
                <p className="notice" role="status">
                  {notice}
                </p>
              )}
              {problem && (
                <p className="form__problem" role="alert">
                  {problem}
                </p>
              )}
            </>
          )}
        </div>
        <aside className="stack">
          <VisibilityLadder
            current={lesson.visibility}
            allowed={lesson.allowedVisibilities}
            rungs={rungs}
            note={ladderNote}
            busy={moving.loading}
            onMove={(to) => void move(to)}
            notice={ladderNotice}
            problem={ladderProblem}
            onUndo={
              lastStep &&
              lesson.visibility === lastStep.to &&
              lesson.allowedVisibilities.includes(lastStep.from)
                ? () => void move(lastStep.from, true)
                : undefined
            }
          />
          <PersonalDataCheck
            open={checking !== null}
            findings={lesson.personalDataFindings}
            busy={resolving.loading || moving.loading}
            problem={checkProblem}
            onResolve={(choices) => void resolveAndMove(choices)}
            onClose={() => {
              setChecking(null);
              setCheckProblem(null);
            }}
          />
          {isAuthor && <CitizenConsent lesson={lesson} onChanged={() => refetch()} />}
          {isAuthor && <PublicConsent lesson={lesson} onChanged={() => refetch()} />}
          {isAuthor && lesson.canEdit && viewer && (
            <MoveLesson
              lesson={{
                id: lesson.id,
                version: lesson.version,
                atelierId: lesson.atelier.id,
                practiceId: lesson.practice?.id ?? null,
              }}
              viewerId={viewer.id}
              onMoved={() => refetch()}
            />
          )}
          {(lesson.visibility === 'TRIBUNE' || lesson.visibility === 'PUBLIC') && (
            <Reactions targetId={lesson.id} reactions={lesson.reactions} canReact={viewer !== null} />
          )}
          <AnswersQuestions targetId={lesson.id} atelierId={lesson.atelier.id} />
          {lesson.visibilityHistory.length > 0 && (
            <section className="card" aria-labelledby="geschiedenis">
              <h2 id="geschiedenis">{t('lesson.historyTitle')}</h2>
              <ol className="history">
                {lesson.visibilityHistory.map((change) => (
                  <li key={`${change.createdAt}-${change.toValue}`}>
                    {t('lesson.historyItem', {
                      date: formatDate(change.createdAt),
                      from: t(`visibility.${change.fromValue}`),
                      to: t(`visibility.${change.toValue}`),
                      name: change.actor?.name ?? t('lesson.historyNobody'),
                    })}
                  </li>
                ))}
              </ol>
            </section>
          )}
        </aside>
      </div>
      {leavePrompt}
    </article>
  );
}
