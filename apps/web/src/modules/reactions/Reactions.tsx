import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { Reactions_ReactionFragment } from '../../gql/graphql';
import { useUnsavedChanges } from '../../app/useUnsavedChanges';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { CodeOfConductLink } from '../moderation/CodeOfConductLink';
import { HiddenNotice, ReportButton } from '../moderation/ReportButton';
import {
  PersonalDataCheck,
  personalDataOf,
  type PersonalDataChoice,
  type PersonalDataFindingView,
} from '../lesson/PersonalDataCheck';

graphql(`
  fragment Reactions_reaction on Reaction {
    id
    body
    createdAt
    editedAt
    canEdit
    hidden
    hiddenReason
    reportedByMe
    author {
      id
      name
    }
  }
`);

const ReactMutation = graphql(`
  mutation React($targetId: ID!, $body: String!, $personalData: [PersonalDataChoiceInput!]) {
    react(targetId: $targetId, body: $body, personalData: $personalData) {
      ...Reactions_reaction
    }
  }
`);

const UpdateReactionMutation = graphql(`
  mutation UpdateReaction($id: ID!, $body: String!, $personalData: [PersonalDataChoiceInput!]) {
    updateReaction(id: $id, body: $body, personalData: $personalData) {
      ...Reactions_reaction
    }
  }
`);

const DeleteReactionMutation = graphql(`
  mutation DeleteReaction($id: ID!) {
    deleteReaction(id: $id)
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
  const [listNotice, setListNotice] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Reactions_ReactionFragment | null>(null);
  const [deleteProblem, setDeleteProblem] = useState<string | null>(null);
  // The reaction was refused for personal data: its findings, to resolve one by one before it is sent.
  const [findings, setFindings] = useState<PersonalDataFindingView[] | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Back from editing a reaction: to its "Bewerken", once the list draws it again.
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (editingId !== null || !returnTo.current) return;
    list.current?.querySelector<HTMLButtonElement>(`[data-edit="${CSS.escape(returnTo.current)}"]`)?.focus();
    returnTo.current = null;
  }, [editingId]);
  const [remove, removing] = useMutation(DeleteReactionMutation, {
    refetchQueries: ['InsightPage', 'LessonPage'],
    awaitRefetchQueries: true,
  });
  const leavePrompt = useUnsavedChanges(body.trim() !== '');
  // Each of one's own reactions named by when it was written ("Je reactie van 6 december bewerken"), with the time
  // too where two of them share a day, so a screen reader's list of buttons tells them apart.
  const thisYear = new Date().getFullYear();
  const dayOf = (r: Reactions_ReactionFragment) =>
    formatDate(
      r.createdAt,
      new Date(r.createdAt).getFullYear() === thisYear
        ? { day: 'numeric', month: 'long' }
        : { day: 'numeric', month: 'long', year: 'numeric' },
    );
  const ownDays = reactions.filter((r) => r.canEdit).map(dayOf);
  const when = (r: Reactions_ReactionFragment) => {
    const day = dayOf(r);
    return ownDays.filter((d) => d === day).length > 1
      ? t('reactions.whenAt', { day, time: formatDate(r.createdAt, { hour: '2-digit', minute: '2-digit' }) })
      : day;
  };

  async function onDelete() {
    if (!deleting) return;
    setDeleteProblem(null);
    try {
      await remove({ variables: { id: deleting.id } });
      setDeleting(null);
      setListNotice(t('reactions.deleted'));
      heading.current?.focus();
    } catch (failure) {
      const problem = apiProblems(failure)[0];
      setDeleteProblem(problemText(t, problem ?? { code: 'NETWORK', message: '' }));
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send([]);
  }

  /** Sends the reaction; after a refusal for personal data, again with one choice per finding. */
  async function send(personalData: PersonalDataChoice[]) {
    setNotice(null);
    if (body.trim() === '') {
      setError(t('auth.error.required'));
      focusFirstInvalid();
      return;
    }
    setError(null);
    setListNotice(null);
    try {
      await react({ variables: { targetId, body, personalData } });
      setFindings(null);
      setBody('');
      setNotice(t('reactions.sent'));
    } catch (failure) {
      const found = personalDataOf(failure);
      if (found.length > 0) {
        setFindings(found);
        return;
      }
      setFindings(null);
      const problem = apiProblems(failure)[0];
      setError(problemText(t, problem ?? { code: 'NETWORK', message: '' }));
      focusFirstInvalid();
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('reactions.title')} ({reactions.length})
      </h2>
      {listNotice && (
        <p className="notice" role="status">
          {listNotice}
        </p>
      )}
      {reactions.length === 0 ? (
        <p className="meta">{t('reactions.empty')}</p>
      ) : (
        <ul ref={list} className="reactions">
          {reactions.map((r, index) => (
            <li key={r.id}>
              <p className="meta">
                <strong>{r.author.name}</strong> {formatDate(r.createdAt)}
                {r.editedAt && <> · {t('reactions.edited')}</>}
              </p>
              {editingId === r.id ? (
                <EditReaction
                  reaction={r}
                  onDone={(saved) => {
                    returnTo.current = r.id;
                    setEditingId(null);
                    setListNotice(saved ? t('reactions.updated') : null);
                  }}
                />
              ) : (
                <>
                  {r.hidden && <HiddenNotice reason={r.hiddenReason} />}
                  {/* A hidden reaction's text reaches only its author and the moderators (empty for others). */}
                  {r.body !== '' && <p id={`${id}-reaction-${index}`}>{r.body}</p>}
                  {!r.canEdit && !r.hidden && (
                    <ReportButton targetId={r.id} reported={r.reportedByMe} what="reaction" />
                  )}
                  {r.canEdit && (
                    <div className="choice">
                      <button
                        type="button"
                        className="button button--quiet"
                        data-edit={r.id}
                        aria-label={t('reactions.editNamed', { when: when(r) })}
                        aria-describedby={`${id}-reaction-${index}`}
                        onClick={() => {
                          setListNotice(null);
                          setNotice(null);
                          setEditingId(r.id);
                        }}
                      >
                        {t('reactions.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={t('reactions.deleteNamed', { when: when(r) })}
                        aria-describedby={`${id}-reaction-${index}`}
                        onClick={() => {
                          setListNotice(null);
                          setNotice(null);
                          setDeleteProblem(null);
                          setDeleting(r);
                        }}
                      >
                        {t('reactions.delete')}
                      </button>
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('reactions.deleteTitle')}
        confirmLabel={t('reactions.delete')}
        cancelLabel={t('reactions.cancel')}
        busy={removing.loading}
        problem={deleteProblem}
        onConfirm={() => void onDelete()}
        onClose={() => setDeleting(null)}
      >
        <p>{t('reactions.deleteBody')}</p>
      </ConfirmDialog>
      {leavePrompt}
      {canReact && (
        <form ref={form} className="form" onSubmit={onSubmit} noValidate>
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
          <CodeOfConductLink />
          <button type="submit" className="button button--primary" disabled={reacting.loading}>
            {t('reactions.submit')}
          </button>
        </form>
      )}
      <PersonalDataCheck
        open={findings !== null}
        findings={findings ?? []}
        busy={reacting.loading}
        problem={null}
        onResolve={(choices) => void send(choices)}
        onClose={() => setFindings(null)}
      />
    </section>
  );
}

/** One's own reaction, edited in place: the text, "Opslaan" and "Annuleren" (or Escape). */
function EditReaction({
  reaction,
  onDone,
}: {
  reaction: Reactions_ReactionFragment;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [update, updating] = useMutation(UpdateReactionMutation);
  const [body, setBody] = useState(reaction.body);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const leavePrompt = useUnsavedChanges(body !== reaction.body);
  const [findings, setFindings] = useState<PersonalDataFindingView[] | null>(null);

  useEffect(() => field.current?.focus(), []);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save([]);
  }

  /** Saves; after a refusal for personal data, again with one choice per finding. */
  async function save(personalData: PersonalDataChoice[]) {
    if (body.trim() === '') {
      setError(t('auth.error.required'));
      field.current?.focus();
      return;
    }
    setError(null);
    try {
      await update({ variables: { id: reaction.id, body, personalData } });
      setFindings(null);
      onDone(true);
    } catch (failure) {
      const found = personalDataOf(failure);
      if (found.length > 0) {
        setFindings(found);
        return;
      }
      setFindings(null);
      const problem = apiProblems(failure)[0];
      setError(problemText(t, problem ?? { code: 'NETWORK', message: '' }));
      field.current?.focus();
    }
  }

  return (
    <>
      <form className="form" onSubmit={onSubmit} noValidate>
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-body`}>{t('reactions.editLabel')}</label>
          <textarea
            ref={field}
            id={`${id}-body`}
            rows={3}
            maxLength={2000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') onDone(false);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error && (
            <p id={`${id}-error`} className="field__error">
              {error}
            </p>
          )}
        </div>
        <div className="choice">
          <button type="submit" className="button button--primary" disabled={updating.loading}>
            {t('reactions.save')}
          </button>
          <button type="button" className="button" onClick={() => onDone(false)}>
            {t('reactions.cancel')}
          </button>
        </div>
      </form>
      <PersonalDataCheck
        open={findings !== null}
        findings={findings ?? []}
        busy={updating.loading}
        problem={null}
        onResolve={(choices) => void save(choices)}
        onClose={() => setFindings(null)}
      />
      {leavePrompt}
    </>
  );
}
