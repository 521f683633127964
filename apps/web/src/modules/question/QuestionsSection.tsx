import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import type { QuestionCard_QuestionFragment } from '../../gql/graphql';
import { Empty } from '../common/States';
import { QuestionForm } from './QuestionForm';

graphql(`
  fragment QuestionCard_question on Question {
    id
    title
    status
    visibility
    answers {
      hiddenCount
      lessons {
        id
        title
      }
      insights {
        id
        title
      }
    }
  }
`);

const AtelierQuestionsQuery = graphql(`
  query AtelierQuestions($id: ID!) {
    atelier(id: $id) {
      id
      canWorkInArena
      questions {
        ...QuestionCard_question
      }
    }
  }
`);

/**
 * The atelier's questions (Vragen), each with its status and what answers it: the arena reads them all, the tribune
 * those shared with it, a visitor the public ones (the API decides). The arena writes new ones here.
 */
export function QuestionsSection({ atelierId, signedIn }: { atelierId: string; signedIn: boolean }) {
  const { t } = useI18n();
  const { data, refetch } = useQuery(AtelierQuestionsQuery, { variables: { id: atelierId } });
  const atelier = data?.atelier;
  if (!atelier) return null;
  const { questions, canWorkInArena } = atelier;
  return (
    <section aria-labelledby="vragen">
      <h2 id="vragen">{t('question.sectionTitle')}</h2>
      {questions.length === 0 ? (
        <Empty>
          {canWorkInArena
            ? t('question.emptyArena')
            : signedIn
              ? t('question.emptyShared')
              : t('question.emptyPublic')}
        </Empty>
      ) : (
        <ul className="card-list">
          {questions.map((question) => (
            <QuestionCard key={question.id} question={question} />
          ))}
        </ul>
      )}
      {canWorkInArena && <QuestionForm atelierId={atelierId} onSaved={() => refetch()} />}
    </section>
  );
}

/** A question in a list: its title (links to it), status, rung, and the lessons and insights that answer it. */
export function QuestionCard({ question }: { question: QuestionCard_QuestionFragment }) {
  const { t } = useI18n();
  const workshop = useWorkshop();
  const { lessons, insights, hiddenCount } = question.answers;
  const answered = lessons.length + insights.length;
  return (
    <li className="card question-card">
      <h3>
        <Link to={workshop.path(`/vragen/${encodeURIComponent(question.id)}`)}>{question.title}</Link>
      </h3>
      <p className="meta">
        <QuestionStatusBadge status={question.status} />
        <span className={`badge badge--${question.visibility.toLowerCase()}`}>
          {t(`visibility.${question.visibility}`)}
        </span>
      </p>
      {answered > 0 && (
        <>
          <p className="question-card__answers-title">{t('question.answeredBy')}</p>
          <ul className="question-card__answers">
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <span className="meta">{t('question.kindLesson')}:</span>{' '}
                <Link to={workshop.path(`/lessen/${encodeURIComponent(lesson.id)}`)}>{lesson.title}</Link>
              </li>
            ))}
            {insights.map((insight) => (
              <li key={insight.id}>
                <span className="meta">{t('question.kindInsight')}:</span>{' '}
                <Link to={workshop.path(`/inzichten/${encodeURIComponent(insight.id)}`)}>
                  {insight.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {hiddenCount > 0 && <p className="meta">{t('question.hiddenAnswers', { count: hiddenCount })}</p>}
      {answered === 0 && hiddenCount === 0 && <p className="meta">{t('question.noAnswersYet')}</p>}
    </li>
  );
}

export function QuestionStatusBadge({ status }: { status: QuestionCard_QuestionFragment['status'] }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--question badge--question-${status.toLowerCase().replace('_', '-')}`}>
      {t(`question.status.${status}`)}
    </span>
  );
}
