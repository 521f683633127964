import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { StatusMessage } from '../common/StatusMessage';
import { QuestionStatusBadge } from './QuestionsSection';

const AnsweredQuestionsQuery = graphql(`
  query AnsweredQuestions($id: ID!, $atelierId: ID!) {
    node(id: $id) {
      id
      ... on Lesson {
        answersQuestions {
          ...AnswersQuestions_links
        }
      }
      ... on Insight {
        answersQuestions {
          ...AnswersQuestions_links
        }
      }
    }
    atelier(id: $atelierId) {
      id
      canWorkInArena
      questions {
        id
        title
      }
    }
  }
`);

graphql(`
  fragment AnswersQuestions_links on AnsweredQuestions {
    hiddenCount
    questions {
      id
      title
      status
    }
  }
`);

const LinkAnswerMutation = graphql(`
  mutation LinkQuestionAnswer($questionId: ID!, $answerId: ID!) {
    linkQuestionAnswer(questionId: $questionId, answerId: $answerId) {
      id
    }
  }
`);

const UnlinkAnswerMutation = graphql(`
  mutation UnlinkQuestionAnswer($questionId: ID!, $answerId: ID!) {
    unlinkQuestionAnswer(questionId: $questionId, answerId: $answerId) {
      id
    }
  }
`);

/**
 * On a lesson or insight page: the arena's questions it answers ("Beantwoordt vraag …"), as far as the reader may
 * read them, and for the arena a picker to link it to one of the atelier's questions (or undo a link).
 */
export function AnswersQuestions({ targetId, atelierId }: { targetId: string; atelierId: string }) {
  const { t } = useI18n();
  const workshop = useWorkshop();
  const pickerId = useId();
  const { data, refetch } = useQuery(AnsweredQuestionsQuery, { variables: { id: targetId, atelierId } });
  const [link, linking] = useMutation(LinkAnswerMutation);
  const [unlink, unlinking] = useMutation(UnlinkAnswerMutation);
  const [chosen, setChosen] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const node = data?.node;
  const links = node && 'answersQuestions' in node ? node.answersQuestions : null;
  if (!links || !data?.atelier) return null;
  const canLink = data.atelier.canWorkInArena;
  if (links.questions.length === 0 && links.hiddenCount === 0 && !canLink) return null;
  const linked = new Set(links.questions.map((q) => q.id));
  const choices = data.atelier.questions.filter((q) => !linked.has(q.id));

  async function act(run: () => Promise<unknown>, done: string) {
    setNotice(null);
    setProblem(null);
    try {
      await run();
      await refetch();
      setNotice(done);
    } catch (failure) {
      setProblem(problemText(t, apiProblems(failure)[0]!));
    }
  }

  function onLink(event: FormEvent) {
    event.preventDefault();
    if (!chosen) {
      setProblem(t('question.pickFirst'));
      return;
    }
    const title = data?.atelier?.questions.find((q) => q.id === chosen)?.title ?? '';
    void act(
      async () => {
        await link({ variables: { questionId: chosen, answerId: targetId } });
        setChosen('');
      },
      t('question.linked', { title }),
    );
  }

  return (
    <section className="card" aria-labelledby="beantwoordt">
      <h2 id="beantwoordt">{t('question.answersTitle')}</h2>
      {links.questions.length > 0 ? (
        <ul className="answers-questions">
          {links.questions.map((q) => (
            <li key={q.id}>
              <Link to={workshop.path(`/vragen/${encodeURIComponent(q.id)}`)}>{q.title}</Link>{' '}
              <QuestionStatusBadge status={q.status} />
              {canLink && (
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={unlinking.loading}
                  onClick={() =>
                    void act(
                      () => unlink({ variables: { questionId: q.id, answerId: targetId } }),
                      t('question.unlinked', { title: q.title }),
                    )
                  }
                >
                  {t('question.unlink')}
                  <span className="visually-hidden">: {q.title}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        links.hiddenCount === 0 && <p className="meta">{t('question.answersNone')}</p>
      )}
      {links.hiddenCount > 0 && (
        <p className="meta">{t('question.hiddenQuestions', { count: links.hiddenCount })}</p>
      )}
      {canLink &&
        (choices.length === 0 ? (
          <p className="meta">{t('question.nothingToLink')}</p>
        ) : (
          <form className="form form--inline" onSubmit={onLink} noValidate>
            <div className="field">
              <label htmlFor={pickerId}>{t('question.pickLabel')}</label>
              <select id={pickerId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                <option value="">{t('question.pickNone')}</option>
                {choices.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.title}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button" disabled={linking.loading}>
              {t('question.link')}
            </button>
          </form>
        ))}
      <StatusMessage>{notice}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
