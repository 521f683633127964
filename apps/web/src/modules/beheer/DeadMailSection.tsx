import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import { appendPage } from '../common/append-page';
import { LoadMore } from '../common/LoadMore';
import { Empty, LoadError, Loading } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';
import { useBeheerText, type BeheerWorkshop } from './text';

const BeheerDeadMailQuery = graphql(`
  query BeheerDeadMail($workshopId: ID!, $after: String) {
    deadMail(first: 25, after: $after, workshopId: $workshopId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          to
          subject
          lastError
          attempts
          createdAt
          canRetry
        }
      }
    }
  }
`);

const RetryMailMutation = graphql(`
  mutation RetryMail($id: ID!, $workshopId: ID!) {
    retryMail(id: $id, workshopId: $workshopId) {
      id
    }
  }
`);

/** Onbezorgde mail: what the outbox gave up on, with why, and trying it again. */
export function DeadMailSection({ workshop }: { workshop: BeheerWorkshop }) {
  const { bt, formatDate } = useBeheerText();
  const id = useId();
  const { data, loading, error, refetch, fetchMore } = useQuery(BeheerDeadMailQuery, {
    variables: { workshopId: workshop.id, after: null },
    fetchPolicy: 'network-only',
  });
  const [retry, retrying] = useMutation(RetryMailMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function onRetry(mailId: string, subject: string) {
    setNotice(null);
    setProblem(null);
    try {
      await retry({ variables: { id: mailId, workshopId: workshop.id } });
      setNotice(bt('deadMail.retried', { subject }));
      await refetch();
    } catch {
      setProblem(bt('deadMail.noRetry'));
    }
  }

  const messages = data?.deadMail.edges.map((e) => e.node) ?? [];
  const time = {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  } as const;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{bt('beheer.deadMail')}</h2>
      <p>{bt('deadMail.intro')}</p>
      <StatusMessage>{notice}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <LoadError retry={() => void refetch()} />
      ) : messages.length === 0 ? (
        <Empty>{bt('deadMail.empty')}</Empty>
      ) : (
        <>
          <p className="meta">
            {bt('beheer.count', { shown: messages.length, total: data?.deadMail.totalCount ?? 0 })}
          </p>
          <ol className="card-list">
            {messages.map((m) => (
              <li key={m.id} className="card">
                <p>
                  <strong>{m.subject}</strong>
                </p>
                <p className="meta">
                  <span>{bt('deadMail.to', { to: m.to })}</span>
                  <span>
                    <time dateTime={String(m.createdAt)}>{formatDate(String(m.createdAt), time)}</time>
                  </span>
                  <span>{bt('deadMail.attempts', { count: m.attempts })}</span>
                </p>
                {m.lastError && <p className="meta">{bt('deadMail.error', { error: m.lastError })}</p>}
                {m.canRetry ? (
                  <button
                    type="button"
                    className="button"
                    disabled={retrying.loading}
                    onClick={() => void onRetry(m.id, m.subject)}
                  >
                    {bt('deadMail.retry')}
                  </button>
                ) : (
                  <p className="meta">{bt('deadMail.noRetry')}</p>
                )}
              </li>
            ))}
          </ol>
          <LoadMore
            pageInfo={data?.deadMail.pageInfo}
            label={bt('beheer.more')}
            onMore={(after) => fetchMore({ variables: { after }, updateQuery: appendPage('deadMail') })}
          />
        </>
      )}
    </section>
  );
}
