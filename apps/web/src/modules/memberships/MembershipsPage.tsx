import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { usePageText } from '../common/page-text';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import type { MembershipsPageQuery } from '../../gql/graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Empty, LoadError, Loading } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';

const MembershipsQuery = graphql(`
  query MembershipsPage {
    membershipRequests(first: 100) {
      totalCount
      edges {
        node {
          id
          function
          createdAt
          user {
            id
            name
            email
          }
          organisation {
            id
            name
            status
            kind
            municipality {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const DecideMembershipMutation = graphql(`
  mutation DecideMembership($id: ID!, $confirm: Boolean!, $note: String) {
    decideMembership(id: $id, confirm: $confirm, note: $note) {
      id
      status
    }
  }
`);

type Request = MembershipsPageQuery['membershipRequests']['edges'][number]['node'];

/**
 * For a beheerder (of the werkplaats' organisations) or an organisation's contact (of theirs): who says they
 * belong to which organisation, oldest first, to confirm or decline. The person is told either way.
 */
export function MembershipsPage() {
  const { t, formatDate } = usePageText();
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, loading, error, refetch } = useQuery(MembershipsQuery, {
    skip: !viewer,
    fetchPolicy: 'network-only',
  });
  const [decide, deciding] = useMutation(DecideMembershipMutation, {
    refetchQueries: ['UnreadNotifications'],
  });
  const [declining, setDeclining] = useState<Request | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  if (viewerLoading) return <Loading />;
  if (!viewer) {
    return (
      <section className="narrow">
        <h1>{t('memberships.title')}</h1>
        <Link to="/inloggen?terug=%2Flidmaatschappen">{t('memberships.signIn')}</Link>
      </section>
    );
  }

  async function act(request: Request, confirm: boolean, note: string | null) {
    setNotice(null);
    setProblem(null);
    try {
      await decide({ variables: { id: request.id, confirm, note } });
      setNotice(
        t(confirm ? 'memberships.confirmed' : 'memberships.declined', {
          name: request.user.name,
          organisation: request.organisation.name,
        }),
      );
    } catch {
      setProblem(t('memberships.problem'));
    }
    await refetch().catch(() => undefined);
    heading.current?.focus();
  }

  const requests = data?.membershipRequests.edges.map((e) => e.node) ?? [];
  return (
    <section className="prose">
      <h1 ref={heading} tabIndex={-1}>
        {t('memberships.title')}
      </h1>
      <p className="lead">{t('memberships.intro')}</p>
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
      ) : requests.length === 0 ? (
        <Empty>{t('memberships.empty')}</Empty>
      ) : (
        <ul className="card-list">
          {requests.map((r) => (
            <li key={r.id} className="card">
              {r.organisation.status === 'LISTED' ? (
                <p>{t('memberships.says', { name: r.user.name, organisation: r.organisation.name })}</p>
              ) : (
                <>
                  <p>
                    <span className="badge">{t('memberships.proposedBadge')}</span>{' '}
                    {t('memberships.proposedSays', { name: r.user.name, organisation: r.organisation.name })}
                  </p>
                  <p className="meta">
                    <span>{t(`organisationKind.${r.organisation.kind}`)}</span>
                    {r.organisation.municipality && <span>{r.organisation.municipality.name}</span>}
                  </p>
                  <p className="field__hint">
                    {t('memberships.proposedMeans', { organisation: r.organisation.name })}
                  </p>
                </>
              )}
              <p className="meta">
                {r.function && <span>{r.function}</span>}
                {r.user.email && <span>{r.user.email}</span>}
                <span>{t('memberships.since', { date: formatDate(r.createdAt) })}</span>
              </p>
              {r.user.id === viewer.id ? (
                <p className="meta">{t('memberships.ownRequest')}</p>
              ) : (
                <div className="choice">
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={deciding.loading}
                    aria-label={`${t('memberships.confirm')}: ${r.user.name}, ${r.organisation.name}`}
                    onClick={() => void act(r, true, null)}
                  >
                    {t('memberships.confirm')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={deciding.loading}
                    aria-label={`${t('memberships.decline')}: ${r.user.name}, ${r.organisation.name}`}
                    onClick={() => setDeclining(r)}
                  >
                    {t('memberships.decline')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={declining !== null}
        title={t('memberships.declineTitle', {
          name: declining?.user.name ?? '',
          organisation: declining?.organisation.name ?? '',
        })}
        noteLabel={t('queue.declineReason')}
        noteHint={t('queue.declineReasonHint')}
        confirmLabel={t('memberships.decline')}
        cancelLabel={t('dashboard.cancel')}
        busy={deciding.loading}
        onClose={() => setDeclining(null)}
        onConfirm={(note) => {
          const request = declining;
          if (!request) return;
          setDeclining(null);
          void act(request, false, note || null);
        }}
      >
        <p>
          {t('memberships.declineBody', {
            name: declining?.user.name ?? '',
            organisation: declining?.organisation.name ?? '',
          })}
        </p>
      </ConfirmDialog>
    </section>
  );
}
