import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { Reactions_ReactionFragment } from '../../gql/graphql';

graphql(`
  fragment Reactions_reaction on Reaction {
    id
    body
    createdAt
    author {
      id
      name
    }
  }
`);

const ReactMutation = graphql(`
  mutation React($targetId: ID!, $body: String!) {
    react(targetId: $targetId, body: $body) {
      ...Reactions_reaction
    }
  }
`);

/** Reactions on a shared lesson or insight, and a form to add one (for those who follow the atelier). */
export function Reactions({
  targetId,
  reactions,
  canReact,
}: {
  targetId: string;
  reactions: Reactions_ReactionFragment[];
  canReact: boolean;
}) {
  const { t, formatDate } = useI18n();
  const id = useId();
  // The page that shows the reactions reloads them (active queries only), so the new one shows in its place.
  const [react, reacting] = useMutation(ReactMutation, {
    refetchQueries: ['InsightPage', 'LessonPage'],
    awaitRefetchQueries: true,
  });
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const [notice, setNotice] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    if (body.trim() === '') {
      setError(t('auth.error.required'));
      focusFirstInvalid();
      return;
    }
    setError(null);
    try {
      await react({ variables: { targetId, body } });
      setBody('');
      setNotice(t('reactions.sent'));
    } catch (failure) {
      const problem = apiProblems(failure)[0];
      setError(problemText(t, problem ?? { code: 'NETWORK', message: '' }));
      focusFirstInvalid();
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('reactions.title')} ({reactions.length})
      </h2>
      {reactions.length === 0 ? (
        <p className="meta">{t('reactions.empty')}</p>
      ) : (
        <ul className="reactions">
          {reactions.map((r) => (
            <li key={r.id}>
              <p className="meta">
                <strong>{r.author.name}</strong> {formatDate(r.createdAt)}
              </p>
              <p>{r.body}</p>
            </li>
          ))}
        </ul>
      )}
      {canReact && (
        <form ref={form} className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
          {notice && (
            <p className="notice" role="status">
              {notice}
            </p>
          )}
          <div className={`field${error ? ' field--invalid' : ''}`}>
            <label htmlFor={`${id}-body`}>{t('reactions.label')}</label>
            <textarea
              id={`${id}-body`}
              rows={3}
              maxLength={2000}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            {error && (
              <p id={`${id}-error`} className="field__error">
                {error}
              </p>
            )}
          </div>
          <button type="submit" className="button button--primary" disabled={reacting.loading}>
            {t('reactions.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
