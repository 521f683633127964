import type { MessageKey } from '@werkplaats/i18n';
import type { ApiProblem } from '../../app/errors';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The refusals particular to questions (the API's `extensions.reason`), said in the reader's words; null for others. */
export function questionProblemText(t: Translate, problem: ApiProblem): string | null {
  if (problem.reason === 'QUESTION_SHARED') return t('question.problemShared');
  if (problem.reason === 'QUESTION_NOT_ANSWERED') return t('question.problemNotAnswered');
  if (problem.code === 'PERSONAL_DATA') return t('question.problemPersonalData');
  return null;
}
