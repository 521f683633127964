import { useMutation, useQuery } from '@apollo/client/react';
import type { Visibility } from '@werkplaats/domain';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import type { QuestionStatus } from '../../gql/graphql';
import { queryStatus } from '../common/QueryStatus';
import { StatusMessage } from '../common/StatusMessage';
import { PersonalDataCheck, type PersonalDataChoice } from '../lesson/PersonalDataCheck';
import { VisibilityLadder } from '../lesson/VisibilityLadder';
import { useViewer } from '../../app/session';
import { Reactions } from '../reactions/Reactions';
import { WrongWorkshop } from '../workshop/WrongWorkshop';
import { KnowledgePathSection } from './KnowledgePathSection';
import { QuestionForm } from './QuestionForm';
import { QuestionStatusBadge } from './QuestionsSection';
import { questionProblemText } from './question-problems';

/** A question starts in the arena: the rungs below are a lesson's. */
const QUESTION_RUNGS: readonly Visibility[] = ['ARENA', 'TRIBUNE', 'PUBLIC'];

const QuestionQuery = graphql(`
  query QuestionPage($id: ID!) {
    question(id: $id) {
      id
      title
      body
      status
      visibility
      version
      canEdit
      canLink
      allowedVisibilities
      personalDataFindings {
        id
        kind
        field
        text
        suggestion
      }
      createdAt
      author {
        id
        name
      }
      atelier {
        id
        title
        canLead
        workshop {
          id
          slug
        }
      }
      answers {
        hiddenCount
        lessons {
          id
          title
          visibility
        }
        insights {
          id
          title
          visibility
        }
      }
      reactions {
        ...Reactions_reaction
      }
      history {
        kind
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

const SetQuestionVisibilityMutation = graphql(`
  mutation SetQuestionVisibility($id: ID!, $visibility: Visibility!) {
    setQuestionVisibility(id: $id, visibility: $visibility) {
      id
      visibility
      version
      allowedVisibilities
    }
  }
`);

const ResolveQuestionPersonalDataMutation = graphql(`
  mutation ResolveQuestionPersonalData($input: ResolvePersonalDataInput!) {
    resolveQuestionPersonalData(input: $input) {
      question {
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

const UnlinkFromQuestionMutation = graphql(`
  mutation UnlinkFromQuestion($questionId: ID!, $answerId: ID!) {
    unlinkQuestionAnswer(questionId: $questionId, answerId: $answerId) {
      id
    }
  }
`);

/** A question of the arena: where it stands, what answers it, the path of knowledge behind it, and who may move it. */
export function QuestionPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const { viewer } = useViewer();
  const workshop = useWorkshop();
  const { data, loading, error, refetch } = useQuery(QuestionQuery, { variables: { id } });
  const [setVisibility, moving] = useMutation(SetQuestionVisibilityMutation);
  const [unlink, unlinking] = useMutation(UnlinkFromQuestionMutation);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [answerNotice, setAnswerNotice] = useState<string | null>(null);
  // A share refused for personal data in the question: the rung it was for, while the findings are shown.
  const [checking, setChecking] = useState<Visibility | null>(null);
  const [checkProblem, setCheckProblem] = useState<string | null>(null);
  const [resolvePersonalData, resolving] = useMutation(ResolveQuestionPersonalDataMutation);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    // Back from editing: focus where the edit began, so a keyboard user is not thrown to the top.
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const question = data?.question;
  if (!question) return queryStatus({ loading, error, retry: refetch });
  if (question.atelier.workshop.slug !== workshop.slug)
    return <WrongWorkshop slug={question.atelier.workshop.slug} />;

  async function move(to: Visibility) {
    setNotice(null);
    setProblem(null);
    try {
      await setVisibility({ variables: { id, visibility: to } });
      await refetch();
      setNotice(t('ladder.done', { rung: t(`visibility.${to}`) }));
    } catch (failure) {
      const first = apiProblems(failure)[0]!;
      if (first.code === 'PERSONAL_DATA') {
        // The findings as they are now (with ids to name), shown with one action each to whoever may edit it.
        const { data: now } = await refetch();
        if ((now?.question?.personalDataFindings.length ?? 0) > 0) {
          setChecking(to);
          return;
        }
      }
      setProblem(questionProblemText(t, first) ?? problemText(t, first));
    }
  }

  /** Each finding replaced or kept with its reason, then the share that was refused is taken again. */
  async function resolveAndMove(choices: PersonalDataChoice[]) {
    if (!question || !checking) return;
    setCheckProblem(null);
    try {
      await resolvePersonalData({ variables: { input: { id, version: question.version, choices } } });
    } catch (failure) {
      const first = apiProblems(failure)[0]!;
      setCheckProblem(questionProblemText(t, first) ?? problemText(t, first));
      await refetch();
      return;
    }
    const to = checking;
    setChecking(null);
    await move(to);
  }

  async function unlinkAnswer(answerId: string, title: string) {
    setAnswerNotice(null);
    await unlink({ variables: { questionId: id, answerId } });
    await refetch();
    setAnswerNotice(t('question.unlinked', { title }));
  }

  const { lessons, insights, hiddenCount } = question.answers;
  const atelierPath = workshop.path(`/ateliers/${encodeURIComponent(question.atelier.id)}`);
  // The trekker sees why the ladder offers no step up yet: only an answered question leaves the arena.
  const waitsForAnswer =
    question.atelier.canLead && question.visibility === 'ARENA' && question.status !== 'ANSWERED';
  const describeChange = (kind: string, value: string) =>
    kind === 'STATUS'
      ? t(`question.status.${value as QuestionStatus}`)
      : t(`visibility.${value as Visibility}`);

  return (
    <article className="question">
      <p className="eyebrow">
        <Link to={`${atelierPath}#vragen`}>{question.atelier.title}</Link>
      </p>
      <div className="two-columns">
        {editing ? (
          <QuestionForm
            atelierId={question.atelier.id}
            question={question}
            onSaved={async () => {
              await refetch();
              returnFocus.current = true;
              setEditing(false);
              setNotice(t('question.saved'));
            }}
            onCancel={() => {
              returnFocus.current = true;
              setEditing(false);
            }}
          />
        ) : (
          <div className="stack">
            <header>
              <p className="eyebrow">{t('question.eyebrow')}</p>
              <h1>{question.title}</h1>
              <p className="meta">
                <QuestionStatusBadge status={question.status} />
                <span className={`badge badge--${question.visibility.toLowerCase()}`}>
                  {t(`visibility.${question.visibility}`)}
                </span>
                <span>{t('question.by', { name: question.author.name })}</span>
                <span>{formatDate(question.createdAt)}</span>
              </p>
              {question.canEdit && (
                <p className="choice">
                  <button
                    ref={editButton}
                    type="button"
                    className="button"
                    onClick={() => {
                      setNotice(null);
                      setEditing(true);
                    }}
                  >
                    {t('question.edit')}
                  </button>
                </p>
              )}
            </header>
            {question.body
              .split(/\n\s*\n/)
              .filter((p) => p.trim() !== '')
              .map((p, i) => (
                <p key={i}>{p}</p>
              ))}

            <section aria-labelledby="antwoorden">
              <h2 id="antwoorden">{t('question.answeredBy')}</h2>
              {lessons.length + insights.length === 0 ? (
                hiddenCount === 0 && (
                  <p className="state state--empty">
                    {question.canLink ? t('question.noAnswersArena') : t('question.noAnswersYet')}
                  </p>
                )
              ) : (
                <ul className="card-list">
                  {[
                    ...lessons.map((l) => ({ ...l, kind: 'lesson' as const })),
                    ...insights.map((i) => ({ ...i, kind: 'insight' as const })),
                  ].map((answer) => (
                    <li key={answer.id} className="card">
                      <p className="meta">
                        {answer.kind === 'lesson' ? t('question.kindLesson') : t('question.kindInsight')} ·{' '}
                        <span className={`badge badge--${answer.visibility.toLowerCase()}`}>
                          {t(`visibility.${answer.visibility}`)}
                        </span>
                      </p>
                      <h3>
                        <Link
                          to={workshop.path(
                            `/${answer.kind === 'lesson' ? 'lessen' : 'inzichten'}/${encodeURIComponent(answer.id)}`,
                          )}
                        >
                          {answer.title}
                        </Link>
                      </h3>
                      {question.canLink && (
                        <button
                          type="button"
                          className="button button--quiet"
                          disabled={unlinking.loading}
                          onClick={() => void unlinkAnswer(answer.id, answer.title)}
                        >
                          {t('question.unlink')}
                          <span className="visually-hidden">: {answer.title}</span>
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {hiddenCount > 0 && (
                <p className="meta">{t('question.hiddenAnswers', { count: hiddenCount })}</p>
              )}
              {question.canLink && <p className="field__hint">{t('question.linkFromLesson')}</p>}
              <StatusMessage>{answerNotice}</StatusMessage>
            </section>

            <KnowledgePathSection id={question.id} />
          </div>
        )}
        <aside className="stack">
          {(question.allowedVisibilities.length > 0 || waitsForAnswer) && (
            <VisibilityLadder
              title={t('question.ladderTitle')}
              current={question.visibility}
              allowed={question.allowedVisibilities}
              rungs={QUESTION_RUNGS}
              busy={moving.loading}
              onMove={(to) => void move(to)}
              notice={notice}
              problem={problem}
              note={waitsForAnswer ? <p className="meta">{t('question.shareWhenAnswered')}</p> : undefined}
            />
          )}
          {!(question.allowedVisibilities.length > 0 || waitsForAnswer) && (
            <StatusMessage>{notice}</StatusMessage>
          )}
          <PersonalDataCheck
            open={checking !== null}
            findings={question.personalDataFindings}
            busy={resolving.loading || moving.loading}
            problem={checkProblem}
            onResolve={(choices) => void resolveAndMove(choices)}
            onClose={() => {
              setChecking(null);
              setCheckProblem(null);
            }}
          />
          {question.history.length > 0 && (
            <section className="card" aria-labelledby="vraag-geschiedenis">
              <h2 id="vraag-geschiedenis">{t('question.historyTitle')}</h2>
              <ol className="question-history">
                {question.history.map((change, i) => (
                  <li key={i}>
                    {t(change.kind === 'STATUS' ? 'question.historyStatus' : 'question.historyVisibility', {
                      date: formatDate(change.createdAt),
                      from: describeChange(change.kind, change.fromValue),
                      to: describeChange(change.kind, change.toValue),
                      name: change.actor?.name ?? t('question.someone'),
                    })}
                  </li>
                ))}
              </ol>
            </section>
          )}
        </aside>
      </div>
      {(question.visibility === 'TRIBUNE' || question.visibility === 'PUBLIC') && (
        <Reactions targetId={question.id} reactions={question.reactions} canReact={viewer !== null} />
      )}
    </article>
  );
}
