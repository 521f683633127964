import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { AdviceSection_AdviceFragment } from '../../gql/graphql';
import { Field } from '../auth/Field';

graphql(`
  fragment AdviceSection_advice on Advice {
    id
    title
    body
    asked
    createdAt
  }
`);

const GiveAdviceMutation = graphql(`
  mutation GiveAdvice($atelierId: ID!, $input: GiveAdviceInput!) {
    giveAdvice(atelierId: $atelierId, input: $input) {
      ...AdviceSection_advice
    }
  }
`);

/** The commissie's advice to an atelier (shown to those who work on it) and, for the commissie, a form. */
export function AdviceSection({
  atelierId,
  advice,
  canGive,
  onGiven,
}: {
  atelierId: string;
  advice: AdviceSection_AdviceFragment[];
  canGive: boolean;
  onGiven: () => Promise<unknown>;
}) {
  const { t, formatDate } = useI18n();
  const [give, giving] = useMutation(GiveAdviceMutation);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [asked, setAsked] = useState(false);
  const [errors, setErrors] = useState<{ title?: string; body?: string }>({});
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const [notice, setNotice] = useState<string | null>(null);
  if (advice.length === 0 && !canGive) return null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const missing: typeof errors = {};
    if (title.trim() === '') missing.title = t('auth.error.required');
    if (body.trim() === '') missing.body = t('auth.error.required');
    setErrors(missing);
    focusFirstInvalid();
    if (Object.keys(missing).length > 0) return;
    try {
      await give({ variables: { atelierId, input: { title, body, asked } } });
      setTitle('');
      setBody('');
      setAsked(false);
      setNotice(t('advice.sent'));
      await onGiven();
    } catch (failure) {
      const next: typeof errors = {};
      for (const p of apiProblems(failure)) {
        const field = fieldName(p.field);
        if (field === 'body') next.body = problemText(t, p);
        else next.title = field === 'title' ? problemText(t, p) : problemText(t, p);
      }
      setErrors(next);
      focusFirstInvalid();
    }
  }

  return (
    <section className="card" aria-labelledby="advies">
      <h2 id="advies">{t('advice.title')}</h2>
      {advice.length === 0 ? (
        <p className="meta">{t('advice.empty')}</p>
      ) : (
        <ul className="advice-list">
          {advice.map((a) => (
            <li key={a.id}>
              <strong>{a.title}</strong>
              <p className="meta">
                {a.asked ? t('advice.asked') : t('advice.unasked')} · {formatDate(a.createdAt)}
              </p>
              <p>{a.body}</p>
            </li>
          ))}
        </ul>
      )}
      {canGive && (
        <form ref={form} className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
          <h3>{t('advice.give')}</h3>
          {notice && (
            <p className="notice" role="status">
              {notice}
            </p>
          )}
          <Field
            label={t('advice.name')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            error={errors.title}
            maxLength={200}
          />
          <Field
            label={t('advice.body')}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={errors.body}
          />
          <label className="checkbox">
            <input type="checkbox" checked={asked} onChange={(e) => setAsked(e.target.checked)} />{' '}
            {t('advice.askedField')}
          </label>
          <button type="submit" className="button button--primary" disabled={giving.loading}>
            {t('advice.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
