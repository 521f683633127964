import { useMutation } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { apiProblems } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { Reactions_ReactionFragment, Reactions_ReplyFragment } from '../../gql/graphql';
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
import { useFindPeople } from './MentionCandidates';
import { mentionIdsIn, type Mention } from './mentions';
import { RevisionsDialog } from './RevisionsDialog';

graphql(`
  fragment Reactions_reply on Reaction {
    id
    body
    createdAt
    editedAt
    deleted
    canEdit
    hidden
    hiddenReason
    reportedByMe
    canReadRevisions
    author {
      id
      name
    }
    mentions {
      id
      name
    }
  }
`);

graphql(`
  fragment Reactions_reaction on Reaction {
    ...Reactions_reply
    replies {
      ...Reactions_reply
    }
  }
`);

/** The editor is a large script: it loads when a form opens, not with the page. */
const MentionEditor = lazy(() => import('./MentionEditor'));

/** The editor once loaded; until then a line saying it comes. */
function EditorSlot({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return <Suspense fallback={<p className="meta">{t('state.loading')}</p>}>{children}</Suspense>;
}

/** The pages that show a thread; each reloads (active queries only) so a change shows in its place. */
const THREAD_PAGES = ['InsightPage', 'LessonPage', 'QuestionPage', 'OutputPage'];

const ReactMutation = graphql(`
  mutation React(
    $targetId: ID!
    $body: String!
    $personalData: [PersonalDataChoiceInput!]
    $mentionIds: [ID!]
  ) {
    react(targetId: $targetId, body: $body, personalData: $personalData, mentionIds: $mentionIds) {
      ...Reactions_reply
    }
  }
`);

const UpdateReactionMutation = graphql(`
  mutation UpdateReaction(
    $id: ID!
    $body: String!
    $personalData: [PersonalDataChoiceInput!]
    $mentionIds: [ID!]
  ) {
    updateReaction(id: $id, body: $body, personalData: $personalData, mentionIds: $mentionIds) {
      ...Reactions_reply
    }
  }
`);

const DeleteReactionMutation = graphql(`
  mutation DeleteReaction($id: ID!) {
    deleteReaction(id: $id)
  }
`);

/**
 * The thread on a shared lesson, insight, question or output: reactions with their replies (one level), and forms to
 * react or reply (for those who follow the atelier), with "@" offering the people who may read it.
 */
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
  const [notice, setNotice] = useState<string | null>(null);
  const [listNotice, setListNotice] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Reactions_ReplyFragment | null>(null);
  const [deleteProblem, setDeleteProblem] = useState<string | null>(null);
  const [history, setHistory] = useState<Reactions_ReplyFragment | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Back from editing or replying: to the button that opened it, once the list draws it again.
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (editingId !== null || replyingTo !== null || !returnTo.current) return;
    list.current
      ?.querySelector<HTMLButtonElement>(`[data-return="${CSS.escape(returnTo.current)}"]`)
      ?.focus();
    returnTo.current = null;
  }, [editingId, replyingTo]);
  const [remove, removing] = useMutation(DeleteReactionMutation, {
    refetchQueries: THREAD_PAGES,
    awaitRefetchQueries: true,
  });
  const all = reactions.flatMap((r) => [r, ...r.replies]);
  // Each of one's own reactions named by when it was written ("Je reactie van 6 december bewerken"), with the time
  // too where two of them share a day, so a screen reader's list of buttons tells them apart.
  const thisYear = new Date().getFullYear();
  const dayOf = (r: Reactions_ReplyFragment) =>
    formatDate(
      r.createdAt,
      new Date(r.createdAt).getFullYear() === thisYear
        ? { day: 'numeric', month: 'long' }
        : { day: 'numeric', month: 'long', year: 'numeric' },
    );
  const ownDays = all.filter((r) => r.canEdit).map(dayOf);
  const when = (r: Reactions_ReplyFragment) => {
    const day = dayOf(r);
    return all.filter((o) => dayOf(o) === day).length > 1 && ownDays.filter((d) => d === day).length > 1
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

  /** One reaction or reply: who and when, the text (or the placeholder), and what the reader may do with it. */
  const item = (r: Reactions_ReplyFragment, topLevel: boolean) => {
    const textId = `${id}-text-${r.id}`;
    const quiet = () => {
      setListNotice(null);
      setNotice(null);
    };
    return (
      <>
        {r.deleted ? (
          <p id={textId} className="meta">
            <em>{t('reactions.placeholder')}</em>
          </p>
        ) : (
          <>
            <p className="meta">
              <strong>{r.author.name}</strong> {formatDate(r.createdAt)}
              {r.editedAt && <> · {t('reactions.edited')}</>}
            </p>
            {editingId === r.id ? (
              <EditReaction
                reaction={r}
                threadId={targetId}
                onDone={(saved) => {
                  returnTo.current = `edit-${r.id}`;
                  setEditingId(null);
                  setListNotice(saved ? t('reactions.updated') : null);
                }}
              />
            ) : (
              <>
                {r.hidden && <HiddenNotice reason={r.hiddenReason} />}
                {/* A hidden reaction's text reaches only its author and the moderators (empty for others). */}
                {r.body !== '' && (
                  // Sanitised rich text, as the API stores it (as a lesson's body).
                  <div
                    id={textId}
                    className="reaction__body rich-text__content"
                    dangerouslySetInnerHTML={{ __html: r.body }}
                  />
                )}
              </>
            )}
          </>
        )}
        {editingId !== r.id && (
          <div className="choice">
            {canReact && topLevel && (
              <button
                type="button"
                className="button button--quiet"
                data-return={`reply-${r.id}`}
                aria-expanded={replyingTo === r.id}
                aria-describedby={textId}
                onClick={() => {
                  quiet();
                  setReplyingTo(replyingTo === r.id ? null : r.id);
                }}
              >
                {t('reactions.reply')}
              </button>
            )}
            {r.canEdit && (
              <>
                <button
                  type="button"
                  className="button button--quiet"
                  data-return={`edit-${r.id}`}
                  aria-label={t('reactions.editNamed', { when: when(r) })}
                  aria-describedby={textId}
                  onClick={() => {
                    quiet();
                    setEditingId(r.id);
                  }}
                >
                  {t('reactions.edit')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('reactions.deleteNamed', { when: when(r) })}
                  aria-describedby={textId}
                  onClick={() => {
                    quiet();
                    setDeleteProblem(null);
                    setDeleting(r);
                  }}
                >
                  {t('reactions.delete')}
                </button>
              </>
            )}
            {!r.canEdit && !r.hidden && !r.deleted && (
              <ReportButton targetId={r.id} reported={r.reportedByMe} what="reaction" />
            )}
            {r.canReadRevisions && r.editedAt && !r.deleted && (
              <button
                type="button"
                className="button button--quiet"
                aria-describedby={textId}
                onClick={() => setHistory(r)}
              >
                {t('reactions.history')}
              </button>
            )}
          </div>
        )}
      </>
    );
  };

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
          {reactions.map((r) => (
            <li key={r.id}>
              {item(r, true)}
              {(r.replies.length > 0 || replyingTo === r.id) && (
                <ul
                  className="reactions reactions--replies"
                  aria-label={t('reactions.repliesTo', {
                    name: r.deleted ? t('reactions.placeholder') : r.author.name,
                  })}
                >
                  {r.replies.map((reply) => (
                    <li key={reply.id}>{item(reply, false)}</li>
                  ))}
                  {replyingTo === r.id && (
                    <li>
                      <ReactionForm
                        targetId={r.id}
                        threadId={targetId}
                        label={t('reactions.replyLabel', {
                          name: r.deleted ? t('reactions.placeholder') : r.author.name,
                        })}
                        submit={t('reactions.replySubmit')}
                        autoFocus
                        onSent={() => {
                          returnTo.current = `reply-${r.id}`;
                          setReplyingTo(null);
                          setListNotice(t('reactions.replySent'));
                        }}
                        onCancel={() => {
                          returnTo.current = `reply-${r.id}`;
                          setReplyingTo(null);
                        }}
                      />
                    </li>
                  )}
                </ul>
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
      <RevisionsDialog reactionId={history?.id ?? null} onClose={() => setHistory(null)} />
      {canReact && (
        <>
          {notice && (
            <p className="notice" role="status">
              {notice}
            </p>
          )}
          <ReactionForm
            targetId={targetId}
            threadId={targetId}
            label={t('reactions.label')}
            submit={t('reactions.submit')}
            onSent={() => setNotice(t('reactions.sent'))}
          />
        </>
      )}
    </section>
  );
}

/** A new reaction (targetId what it hangs on) or a reply (targetId the reaction), with "@" for mentions. */
function ReactionForm({
  targetId,
  threadId,
  label,
  submit,
  autoFocus = false,
  onSent,
  onCancel,
}: {
  targetId: string;
  /** What the thread hangs on: whom "@" offers is asked for it. */
  threadId: string;
  label: string;
  submit: string;
  autoFocus?: boolean;
  onSent: () => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const findPeople = useFindPeople(threadId);
  const [react, reacting] = useMutation(ReactMutation, {
    refetchQueries: THREAD_PAGES,
    awaitRefetchQueries: true,
  });
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<Mention[]>([]);
  const [error, setError] = useState<string | null>(null);
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const [findings, setFindings] = useState<PersonalDataFindingView[] | null>(null);
  const leavePrompt = useUnsavedChanges(body.trim() !== '');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send([]);
  }

  /** Sends the reaction; after a refusal for personal data, again with one choice per finding. */
  async function send(personalData: PersonalDataChoice[]) {
    if (body.trim() === '') {
      setError(t('auth.error.required'));
      focusFirstInvalid();
      return;
    }
    setError(null);
    try {
      await react({ variables: { targetId, body, personalData, mentionIds: mentionIdsIn(body, mentions) } });
      setFindings(null);
      setBody('');
      setMentions([]);
      onSent();
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
    <>
      <form ref={form} className="form" onSubmit={onSubmit} noValidate>
        <EditorSlot>
          <MentionEditor
            findPeople={findPeople}
            label={label}
            value={body}
            error={error}
            autoFocus={autoFocus}
            onChange={setBody}
            onMention={(m) => setMentions((all) => [...all.filter((o) => o.id !== m.id), m])}
            onEscape={onCancel}
          />
        </EditorSlot>
        <CodeOfConductLink />
        <div className="choice">
          <button type="submit" className="button button--primary" disabled={reacting.loading}>
            {submit}
          </button>
          {onCancel && (
            <button type="button" className="button" onClick={onCancel}>
              {t('reactions.cancel')}
            </button>
          )}
        </div>
      </form>
      <PersonalDataCheck
        open={findings !== null}
        findings={findings ?? []}
        busy={reacting.loading}
        problem={null}
        onResolve={(choices) => void send(choices)}
        onClose={() => setFindings(null)}
      />
      {leavePrompt}
    </>
  );
}

/** One's own reaction, edited in place: the text, "Opslaan" and "Annuleren" (or Escape). */
function EditReaction({
  reaction,
  threadId,
  onDone,
}: {
  reaction: Reactions_ReplyFragment;
  threadId: string;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  const findPeople = useFindPeople(threadId);
  const [update, updating] = useMutation(UpdateReactionMutation, {
    refetchQueries: THREAD_PAGES,
    awaitRefetchQueries: true,
  });
  const [body, setBody] = useState(reaction.body);
  // The text as the editor writes it at the start: changed is what differs from that, not from the stored HTML.
  const [baseline, setBaseline] = useState(reaction.body);
  const [mentions, setMentions] = useState<Mention[]>(reaction.mentions);
  const [error, setError] = useState<string | null>(null);
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const leavePrompt = useUnsavedChanges(body !== baseline);
  const [findings, setFindings] = useState<PersonalDataFindingView[] | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save([]);
  }

  /** Saves; after a refusal for personal data, again with one choice per finding. */
  async function save(personalData: PersonalDataChoice[]) {
    if (body.trim() === '') {
      setError(t('auth.error.required'));
      focusFirstInvalid();
      return;
    }
    setError(null);
    try {
      await update({
        variables: { id: reaction.id, body, personalData, mentionIds: mentionIdsIn(body, mentions) },
      });
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
      focusFirstInvalid();
    }
  }

  return (
    <>
      <form ref={form} className="form" onSubmit={onSubmit} noValidate>
        <EditorSlot>
          <MentionEditor
            findPeople={findPeople}
            label={t('reactions.editLabel')}
            value={body}
            error={error}
            autoFocus
            onChange={setBody}
            onReady={(html) => {
              setBaseline(html);
              setBody(html);
            }}
            onMention={(m) => setMentions((all) => [...all.filter((o) => o.id !== m.id), m])}
            onEscape={() => onDone(false)}
          />
        </EditorSlot>
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
