import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import type { PollMethod, ProposalKind } from '../../gql/graphql';
import { Field } from '../auth/Field';
import { RichTextEditor } from '../lesson/RichTextEditor';

const CreateProposalMutation = graphql(`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      id
    }
  }
`);

type Errors = { title?: string; closesAt?: string; options?: string; body?: string; form?: string };

/** A week from now, at the hour, as a datetime-local value (the proposer's own time). */
function inAWeek(): string {
  const d = new Date(Date.now() + 7 * 86_400_000);
  d.setMinutes(0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:00`;
}

/** An arena member or the trekker opens a proposal or a poll, with a closing time; then goes to its page. */
export function ProposalForm({
  atelierId,
  onCreated,
  onCancel,
}: {
  atelierId: string;
  onCreated: () => unknown;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const workshop = useWorkshop();
  const navigate = useNavigate();
  const [create, creating] = useMutation(CreateProposalMutation);
  const [kind, setKind] = useState<ProposalKind>('PROPOSAL');
  const [method, setMethod] = useState<PollMethod>('SINGLE');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [closesAt, setClosesAt] = useState(inAWeek);
  const [options, setOptions] = useState<string[]>(['', '']);
  const [errors, setErrors] = useState<Errors>({});
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: Errors = {};
    if (title.trim().length < 3) missing.title = t('question.titleTooShort');
    if (!closesAt || new Date(closesAt) <= new Date()) missing.closesAt = t('decision.error.future');
    const filled = options.map((o) => o.trim()).filter(Boolean);
    if (kind === 'POLL' && (filled.length < 2 || new Set(filled).size !== filled.length))
      missing.options = t('decision.error.options');
    setErrors(missing);
    focusFirstInvalid();
    if (Object.keys(missing).length > 0) return;
    try {
      const result = await create({
        variables: {
          input: {
            atelierId,
            kind,
            pollMethod: kind === 'POLL' ? method : null,
            title,
            body,
            closesAt: new Date(closesAt).toISOString(),
            options: kind === 'POLL' ? filled : null,
          },
        },
      });
      await onCreated();
      const id = result.data?.createProposal.id;
      if (id) void navigate(workshop.path(`/besluiten/${encodeURIComponent(id)}`));
    } catch (failure) {
      const next: Errors = {};
      for (const p of apiProblems(failure)) {
        const field = fieldName(p.field);
        const text = problemText(t, p);
        if (field === 'title' || field === 'closesAt' || field === 'options' || field === 'body')
          next[field] = text;
        else next.form = text;
      }
      setErrors(next);
      focusFirstInvalid();
    }
  }

  return (
    <form
      ref={form}
      className="form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby="voorstel-doen"
    >
      <h3 id="voorstel-doen">{t('decision.newTitle')}</h3>
      <fieldset className="field">
        <legend>{t('decision.field.kind')}</legend>
        {(['PROPOSAL', 'POLL'] as const).map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="proposal-kind"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />{' '}
            {t(value === 'PROPOSAL' ? 'decision.field.kindProposal' : 'decision.field.kindPoll')}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('decision.field.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        maxLength={200}
        required
      />
      <RichTextEditor label={t('decision.field.body')} value={body} onChange={setBody} error={errors.body} />
      {kind === 'POLL' && (
        <>
          <fieldset className="field">
            <legend>{t('decision.field.method')}</legend>
            {(['SINGLE', 'RANKED'] as const).map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name="poll-method"
                  value={value}
                  checked={method === value}
                  onChange={() => setMethod(value)}
                />{' '}
                {t(value === 'SINGLE' ? 'decision.field.methodSingle' : 'decision.field.methodRanked')}
              </label>
            ))}
          </fieldset>
          <fieldset className={`field${errors.options ? ' field--invalid' : ''}`}>
            <legend>{t('decision.field.options')}</legend>
            {options.map((option, i) => (
              <div key={i} className="decision-option">
                <Field
                  label={t('decision.field.option', { n: i + 1 })}
                  value={option}
                  onChange={(e) => setOptions((all) => all.map((o, j) => (j === i ? e.target.value : o)))}
                  maxLength={200}
                  aria-invalid={errors.options ? true : undefined}
                />
                {options.length > 2 && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setOptions((all) => all.filter((_, j) => j !== i))}
                  >
                    {t('decision.removeOption', { n: i + 1 })}
                  </button>
                )}
              </div>
            ))}
            {options.length < 10 && (
              <button
                type="button"
                className="button button--small"
                onClick={() => setOptions((all) => [...all, ''])}
              >
                {t('decision.addOption')}
              </button>
            )}
            {errors.options && <p className="field__error">{errors.options}</p>}
          </fieldset>
        </>
      )}
      <Field
        type="datetime-local"
        label={t('decision.field.closesAt')}
        hint={t('decision.field.closesAtHint')}
        value={closesAt}
        onChange={(e) => setClosesAt(e.target.value)}
        error={errors.closesAt}
        required
      />
      {errors.form && (
        <p className="form__problem" role="alert">
          {errors.form}
        </p>
      )}
      <p className="choice">
        <button type="submit" className="button button--primary" disabled={creating.loading}>
          {t('decision.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('question.cancel')}
        </button>
      </p>
    </form>
  );
}
