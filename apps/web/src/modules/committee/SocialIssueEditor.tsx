import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { SocialIssueEditor_IssueFragment } from '../../gql/graphql';
import { Field } from '../auth/Field';
import { TextArea } from '../common/TextArea';
import { Select } from '../lesson/LessonFields';

graphql(`
  fragment SocialIssueEditor_issue on SocialIssue {
    id
    title
    description
    status
    since
    version
    lapseReason
    mergedInto {
      id
      title
    }
    hasRunningAtelier
    ateliers {
      id
      title
      trekker {
        id
        name
      }
    }
    history {
      id
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
`);

const UpdateMutation = graphql(`
  mutation UpdateSocialIssue($id: ID!, $input: UpdateSocialIssueInput!) {
    updateSocialIssue(id: $id, input: $input) {
      ...SocialIssueEditor_issue
    }
  }
`);
const MergeMutation = graphql(`
  mutation MergeSocialIssues($sourceId: ID!, $targetId: ID!) {
    mergeSocialIssues(sourceId: $sourceId, targetId: $targetId) {
      ...SocialIssueEditor_issue
    }
  }
`);
const LapseMutation = graphql(`
  mutation LapseSocialIssue($id: ID!, $reason: String!) {
    lapseSocialIssue(id: $id, reason: $reason) {
      ...SocialIssueEditor_issue
    }
  }
`);
const StartAtelierMutation = graphql(`
  mutation StartAtelier($socialIssueId: ID!, $trekkerId: ID!, $input: StartAtelierInput) {
    startAtelier(socialIssueId: $socialIssueId, trekkerId: $trekkerId, input: $input) {
      id
      title
    }
  }
`);

type Mode = 'view' | 'edit' | 'merge' | 'lapse' | 'start';

interface Props {
  issue: SocialIssueEditor_IssueFragment;
  others: { id: string; title: string }[];
  candidates: { id: string; name: string }[];
  onChanged: () => Promise<unknown>;
}

/** One kwestie on the commissie's agenda: change, merge, lapse, start an atelier; its history. */
export function SocialIssueEditor({ issue, others, candidates, onChanged }: Props) {
  const { t, formatDate } = useI18n();
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [title, setTitle] = useState(issue.title);
  const [description, setDescription] = useState(issue.description);
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [trekker, setTrekker] = useState('');
  const [atelierTitle, setAtelierTitle] = useState('');
  const [update, updating] = useMutation(UpdateMutation);
  const [merge, merging] = useMutation(MergeMutation);
  const [lapse, lapsing] = useMutation(LapseMutation);
  const [start, starting] = useMutation(StartAtelierMutation);
  const busy = updating.loading || merging.loading || lapsing.loading || starting.loading;
  const active = issue.status === 'ACTIVE';
  // One running atelier per kwestie (the API refuses a second): offer starting one only where none runs.
  const running = issue.hasRunningAtelier;

  function open(next: Mode) {
    setMode(next);
    setError(null);
    setNotice(null);
    setTitle(issue.title);
    setDescription(issue.description);
  }

  async function run(event: FormEvent, action: () => Promise<string>) {
    event.preventDefault();
    setError(null);
    try {
      const message = await action();
      setMode('view');
      setNotice(message);
      await onChanged();
    } catch (failure) {
      const problem = apiProblems(failure)[0];
      if (problem?.code === 'CONFLICT' && problem.reason === 'RUNNING_ATELIER') {
        setError({ message: t('committee.runningAtelier') });
        await onChanged();
      } else if (problem?.code === 'CONFLICT') {
        setError({ message: t('committee.conflict') });
        await onChanged();
      } else if (problem?.code === 'BAD_USER_INPUT') {
        setError({
          field: fieldName(problem.field),
          message: problemText(t, problem),
        });
      } else setError({ message: t('state.error') });
    }
  }
  const fieldError = (name: string) => (error?.field === name ? error.message : undefined);
  const formError =
    error && !['title', 'description', 'reason', 'targetId', 'trekkerId'].includes(error.field ?? '')
      ? error.message
      : null;

  return (
    <li className="card issue">
      <h3 className="issue__title">{issue.title}</h3>
      <p className="meta">
        <span className={`badge badge--${issue.status.toLowerCase()}`}>{t(`status.${issue.status}`)}</span>
        {issue.since && <span>{t('agenda.since', { since: issue.since })}</span>}
        {issue.ateliers.map((a) => (
          <span key={a.id}>
            {a.title} ({a.trekker.name})
          </span>
        ))}
      </p>
      {issue.mergedInto && (
        <p className="meta">{t('agenda.mergedInto', { title: issue.mergedInto.title })}</p>
      )}
      {issue.status === 'LAPSED' && issue.lapseReason && (
        <p className="meta">{t('agenda.lapsedBecause', { reason: issue.lapseReason })}</p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {formError && (
        <p className="form__problem" role="alert">
          {formError}
        </p>
      )}
      {active && mode === 'view' && (
        <div className="choice">
          <button
            type="button"
            className="button"
            onClick={() => open('edit')}
            aria-label={`${t('committee.edit')}: ${issue.title}`}
          >
            {t('committee.edit')}
          </button>
          {!running && (
            <button
              type="button"
              className="button"
              onClick={() => open('start')}
              aria-label={`${t('committee.start')}: ${issue.title}`}
            >
              {t('committee.start')}
            </button>
          )}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => open('merge')}
            aria-label={`${t('committee.merge')}: ${issue.title}`}
          >
            {t('committee.merge')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => open('lapse')}
            aria-label={`${t('committee.lapse')}: ${issue.title}`}
          >
            {t('committee.lapse')}
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <form
          className="form"
          noValidate
          onSubmit={(e) =>
            void run(e, async () => {
              await update({
                variables: { id: issue.id, input: { version: issue.version, title, description } },
              });
              return t('committee.saved');
            })
          }
        >
          <Field
            label={t('committee.title.field')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            error={fieldError('title')}
          />
          <TextArea
            label={t('committee.description')}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            error={fieldError('description')}
            rows={5}
          />
          <div className="choice">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('committee.save')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setMode('view')}>
              {t('committee.cancel')}
            </button>
          </div>
        </form>
      )}
      {mode === 'merge' && (
        <form
          className="form"
          noValidate
          onSubmit={(e) =>
            void run(e, async () => {
              const result = await merge({ variables: { sourceId: issue.id, targetId: target } });
              return t('committee.merged', { title: result.data?.mergeSocialIssues.title ?? '' });
            })
          }
        >
          <Select
            label={t('committee.mergeInto')}
            value={target}
            onChange={setTarget}
            error={fieldError('targetId')}
            options={[
              { value: '', label: t('committee.mergeChoose') },
              ...others.map((o) => ({ value: o.id, label: o.title })),
            ]}
          />
          <div className="choice">
            <button type="submit" className="button button--primary" disabled={busy || target === ''}>
              {t('committee.mergeConfirm')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setMode('view')}>
              {t('committee.cancel')}
            </button>
          </div>
        </form>
      )}
      {mode === 'lapse' && (
        <form
          className="form"
          noValidate
          onSubmit={(e) =>
            void run(e, async () => {
              await lapse({ variables: { id: issue.id, reason } });
              return t('committee.lapsed');
            })
          }
        >
          <Field
            label={t('committee.lapseReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={fieldError('reason')}
          />
          <div className="choice">
            <button type="submit" className="button button--danger" disabled={busy}>
              {t('committee.lapseConfirm')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setMode('view')}>
              {t('committee.cancel')}
            </button>
          </div>
        </form>
      )}
      {mode === 'start' && (
        <form
          className="form"
          noValidate
          onSubmit={(e) =>
            void run(e, async () => {
              const result = await start({
                variables: {
                  socialIssueId: issue.id,
                  trekkerId: trekker,
                  input: { title: atelierTitle || null },
                },
              });
              return t('committee.started', { title: result.data?.startAtelier.title ?? '' });
            })
          }
        >
          <Select
            label={t('committee.trekker')}
            value={trekker}
            onChange={setTrekker}
            error={fieldError('trekkerId')}
            options={[
              { value: '', label: t('committee.chooseTrekker') },
              ...candidates.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <Field
            label={t('committee.atelierTitle')}
            value={atelierTitle}
            onChange={(e) => setAtelierTitle(e.target.value)}
            error={fieldError('title')}
          />
          <div className="choice">
            <button type="submit" className="button button--primary" disabled={busy || trekker === ''}>
              {t('committee.startConfirm')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setMode('view')}>
              {t('committee.cancel')}
            </button>
          </div>
        </form>
      )}
      <details className="history-details">
        <summary>
          {t('committee.history')} ({issue.history.length})
        </summary>
        <ol className="history">
          {issue.history.map((change) => (
            <li key={change.id}>
              {t('committee.historyItem', {
                date: formatDate(change.createdAt),
                who: change.actor?.name ?? t('committee.unknownActor'),
                what: t(`change.${change.kind}`, { from: change.fromValue ?? '', to: change.toValue ?? '' }),
              })}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
