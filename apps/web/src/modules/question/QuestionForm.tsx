import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { QuestionStatus } from '../../gql/graphql';
import { Field } from '../auth/Field';
import { StatusMessage } from '../common/StatusMessage';
import { TextArea } from '../common/TextArea';
import {
  PersonalDataCheck,
  personalDataOf,
  type PersonalDataChoice,
  type PersonalDataFindingView,
} from '../lesson/PersonalDataCheck';
import { questionProblemText } from './question-problems';

const AddQuestionMutation = graphql(`
  mutation AddQuestion($input: AddQuestionInput!) {
    addQuestion(input: $input) {
      id
    }
  }
`);

const UpdateQuestionMutation = graphql(`
  mutation UpdateQuestion($id: ID!, $input: UpdateQuestionInput!, $personalData: [PersonalDataChoiceInput!]) {
    updateQuestion(id: $id, input: $input, personalData: $personalData) {
      id
      title
      body
      status
      version
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

const STATUSES: readonly QuestionStatus[] = ['OPEN', 'IN_PRACTICE', 'ANSWERED', 'PARKED'];

interface Existing {
  id: string;
  title: string;
  body: string;
  status: QuestionStatus;
  version: number;
}

/**
 * Writing a question (in the arena) or refining one (its author, the trekker): title, explanation and, once it
 * exists, where the arena stands with it.
 */
export function QuestionForm({
  atelierId,
  question,
  onSaved,
  onCancel,
}: {
  atelierId: string;
  question?: Existing;
  onSaved: () => unknown;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const statusLegend = useId();
  const [add, adding] = useMutation(AddQuestionMutation);
  const [update, updating] = useMutation(UpdateQuestionMutation);
  const [title, setTitle] = useState(question?.title ?? '');
  const [body, setBody] = useState(question?.body ?? '');
  const [status, setStatus] = useState<QuestionStatus>(question?.status ?? 'OPEN');
  const [errors, setErrors] = useState<{ title?: string; body?: string; form?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);
  // New words of a shared question were refused for personal data: its findings, to resolve one by one.
  const [findings, setFindings] = useState<PersonalDataFindingView[] | null>(null);
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit([]);
  }

  /** Saves; after a refusal for personal data, again with one choice per finding. */
  async function submit(personalData: PersonalDataChoice[]) {
    setNotice(null);
    const missing: typeof errors = {};
    if (title.trim().length < 3) missing.title = t('question.titleTooShort');
    setErrors(missing);
    focusFirstInvalid();
    if (Object.keys(missing).length > 0) return;
    try {
      if (question) {
        await update({
          variables: {
            id: question.id,
            input: { version: question.version, title, body, status },
            personalData,
          },
        });
        setFindings(null);
      } else {
        await add({ variables: { input: { atelierId, title, body } } });
        setTitle('');
        setBody('');
        setNotice(t('question.added'));
      }
      await onSaved();
    } catch (failure) {
      const found = personalDataOf(failure);
      if (found.length > 0) {
        setErrors({});
        setFindings(found);
        return;
      }
      setFindings(null);
      const next: typeof errors = {};
      for (const p of apiProblems(failure)) {
        const field = fieldName(p.field);
        const text = questionProblemText(t, p) ?? problemText(t, p);
        if (field === 'title') next.title = text;
        else if (field === 'body') next.body = text;
        else next.form = text;
      }
      setErrors(next);
      focusFirstInvalid();
    }
  }

  return (
    <form ref={form} className="form question-form" onSubmit={onSubmit} noValidate>
      <h3>{question ? t('question.editTitle') : t('question.addTitle')}</h3>
      <StatusMessage>{notice}</StatusMessage>
      <Field
        label={t('question.titleLabel')}
        hint={t('question.titleHint')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        maxLength={300}
        required
      />
      <TextArea
        label={t('question.bodyLabel')}
        hint={t('question.bodyHint')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={errors.body}
        maxLength={5000}
        rows={4}
      />
      {question && (
        <fieldset className="field" aria-describedby={statusLegend}>
          <legend>{t('question.statusLabel')}</legend>
          <p id={statusLegend} className="field__hint">
            {t('question.statusHint')}
          </p>
          {STATUSES.map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="question-status"
                value={value}
                checked={status === value}
                onChange={() => setStatus(value)}
              />{' '}
              {t(`question.status.${value}`)}
            </label>
          ))}
        </fieldset>
      )}
      {errors.form && (
        <p className="form__problem" role="alert">
          {errors.form}
        </p>
      )}
      <p className="choice">
        <button
          type="submit"
          className="button button--primary"
          disabled={adding.loading || updating.loading}
        >
          {question ? t('question.save') : t('question.add')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('question.cancel')}
          </button>
        )}
      </p>
      <PersonalDataCheck
        open={findings !== null}
        findings={findings ?? []}
        busy={updating.loading}
        problem={null}
        onResolve={(choices) => void submit(choices)}
        onClose={() => setFindings(null)}
      />
    </form>
  );
}
