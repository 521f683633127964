import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { graphql } from '../../gql';
import type { BeheerPeopleQuery, WorkshopRoleKind } from '../../gql/graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Empty, LoadError, Loading } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';
import { useBeheerText, type BeheerWorkshop } from './text';
import { appendPage } from '../common/append-page';
import { LoadMore } from '../common/LoadMore';

const BeheerPeopleQuery = graphql(`
  query BeheerPeople($workshopId: ID!, $query: String, $after: String) {
    users(first: 20, after: $after, workshopId: $workshopId, query: $query) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          isBlocked
          workshopRoles {
            role
            workshop {
              id
            }
          }
          memberships {
            id
            status
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const SetRoleMutation = graphql(`
  mutation BeheerSetRole($userId: ID!, $role: WorkshopRoleKind!, $granted: Boolean!, $workshopId: ID!) {
    setWorkshopRole(userId: $userId, role: $role, granted: $granted, workshopId: $workshopId) {
      id
    }
  }
`);

const SetBlockedMutation = graphql(`
  mutation BeheerSetBlocked($userId: ID!, $blocked: Boolean!, $workshopId: ID!) {
    setAccountBlocked(userId: $userId, blocked: $blocked, workshopId: $workshopId) {
      id
      isBlocked
    }
  }
`);

const EndSessionsMutation = graphql(`
  mutation BeheerEndSessions($userId: ID!, $workshopId: ID!) {
    endSessions(userId: $userId, workshopId: $workshopId)
  }
`);

type Person = BeheerPeopleQuery['users']['edges'][number]['node'];
type Pending =
  | { kind: 'role'; person: Person; role: WorkshopRoleKind; granted: boolean }
  | { kind: 'block'; person: Person; blocked: boolean }
  | { kind: 'sessions'; person: Person };

const ROLES: WorkshopRoleKind[] = ['ADMIN', 'COMMITTEE'];

/** Mensen: the people of the werkplaats, to find, and to give or take a role, block, or sign out everywhere. */
export function PeopleSection({ workshop, viewerId }: { workshop: BeheerWorkshop; viewerId: string }) {
  const { bt } = useBeheerText();
  const searchId = useId();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(BeheerPeopleQuery, {
    variables: { workshopId: workshop.id, query: query || null, after: null },
    fetchPolicy: 'network-only',
  });
  const [setRole, settingRole] = useMutation(SetRoleMutation);
  const [setBlocked, settingBlocked] = useMutation(SetBlockedMutation);
  const [endSessions, ending] = useMutation(EndSessionsMutation);
  const busy = settingRole.loading || settingBlocked.loading || ending.loading;

  function onSearch(event: FormEvent) {
    event.preventDefault();
    setQuery(draft.trim());
  }

  async function run(step: Pending) {
    setNotice(null);
    setProblem(null);
    const name = step.person.name;
    const variables = { userId: step.person.id, workshopId: workshop.id };
    try {
      if (step.kind === 'role') {
        await setRole({ variables: { ...variables, role: step.role, granted: step.granted } });
        const role = bt(`role.${step.role}`);
        setNotice(bt(step.granted ? 'people.granted' : 'people.withdrawn', { name, role }));
      } else if (step.kind === 'block') {
        await setBlocked({ variables: { ...variables, blocked: step.blocked } });
        setNotice(bt(step.blocked ? 'people.blockedDone' : 'people.unblockedDone', { name }));
      } else {
        const result = await endSessions({ variables });
        setNotice(bt('people.sessionsEnded', { name, count: result.data?.endSessions ?? 0 }));
      }
    } catch (failure) {
      const reason = apiProblems(failure)[0]?.reason;
      setProblem(reason === 'LAST_BEHEERDER' ? bt('people.lastBeheerder', { name }) : bt('beheer.problem'));
    }
    await refetch().catch(() => undefined);
    heading.current?.focus();
  }

  const people = data?.users.edges.map((e) => e.node) ?? [];
  const dialog = pending ? dialogText(pending, workshop, bt) : null;
  return (
    <section aria-labelledby={`${searchId}-title`}>
      <h2 id={`${searchId}-title`} ref={heading} tabIndex={-1}>
        {bt('beheer.people')}
      </h2>
      <form className="beheer__search" role="search" onSubmit={onSearch}>
        <label htmlFor={searchId}>{bt('people.search')}</label>
        <div className="beheer__search-row">
          <input
            id={searchId}
            type="search"
            value={draft}
            maxLength={100}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="button">
            {bt('people.searchButton')}
          </button>
        </div>
      </form>
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
      ) : people.length === 0 ? (
        <Empty>{query ? bt('people.noMatch', { query }) : bt('people.empty')}</Empty>
      ) : (
        <>
          <p className="meta">
            {bt('beheer.count', { shown: people.length, total: data?.users.totalCount ?? 0 })}
          </p>
          <ul className="card-list">
            {people.map((p) => {
              const roles = p.workshopRoles.filter((r) => r.workshop.id === workshop.id).map((r) => r.role);
              const self = p.id === viewerId;
              return (
                <li key={p.id} className="card beheer__person">
                  <h3>
                    {p.name} {self && <span className="meta">{bt('people.you')}</span>}
                    {p.isBlocked && <span className="badge badge--warning">{bt('people.blocked')}</span>}
                  </h3>
                  {p.email && <p className="beheer__email">{p.email}</p>}
                  <dl className="beheer__facts">
                    <dt>{bt('people.roles')}</dt>
                    <dd>
                      {roles.length > 0 ? roles.map((r) => bt(`role.${r}`)).join(', ') : bt('people.noRoles')}
                    </dd>
                    <dt>{bt('people.memberships')}</dt>
                    <dd>
                      {p.memberships.length > 0
                        ? p.memberships
                            .map((m) => `${m.organisation.name} (${bt(`membership.${m.status}`)})`)
                            .join(', ')
                        : bt('people.noMemberships')}
                    </dd>
                  </dl>
                  <div className="choice" role="group" aria-label={bt('people.actionsFor', { name: p.name })}>
                    {ROLES.map((role) => {
                      const has = roles.includes(role);
                      const label = bt(has ? 'people.withdraw' : 'people.grant', {
                        role: bt(`role.${role}`),
                      });
                      return (
                        <button
                          key={role}
                          type="button"
                          className="button"
                          disabled={busy}
                          aria-label={`${label}: ${p.name}`}
                          onClick={() => setPending({ kind: 'role', person: p, role, granted: !has })}
                        >
                          {label}
                        </button>
                      );
                    })}
                    {!self && (
                      <>
                        <button
                          type="button"
                          className="button"
                          disabled={busy}
                          aria-label={`${bt(p.isBlocked ? 'people.unblock' : 'people.block')}: ${p.name}`}
                          onClick={() => setPending({ kind: 'block', person: p, blocked: !p.isBlocked })}
                        >
                          {bt(p.isBlocked ? 'people.unblock' : 'people.block')}
                        </button>
                        <button
                          type="button"
                          className="button"
                          disabled={busy}
                          aria-label={`${bt('people.endSessions')}: ${p.name}`}
                          onClick={() => setPending({ kind: 'sessions', person: p })}
                        >
                          {bt('people.endSessions')}
                        </button>
                      </>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          <LoadMore
            pageInfo={data?.users.pageInfo}
            label={bt('beheer.more')}
            onMore={(after) => fetchMore({ variables: { after }, updateQuery: appendPage('users') })}
          />
        </>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={dialog?.title ?? ''}
        confirmLabel={dialog?.confirm ?? ''}
        cancelLabel={bt('beheer.cancel')}
        tone={pending?.kind === 'role' && pending.granted ? 'primary' : 'danger'}
        busy={busy}
        onClose={() => setPending(null)}
        onConfirm={() => {
          const step = pending;
          if (!step) return;
          setPending(null);
          void run(step);
        }}
      >
        <p>{dialog?.body}</p>
      </ConfirmDialog>
    </section>
  );
}

function dialogText(step: Pending, workshop: BeheerWorkshop, bt: ReturnType<typeof useBeheerText>['bt']) {
  const name = step.person.name;
  if (step.kind === 'role') {
    const role = bt(`role.${step.role}`);
    const values = { name, role, workshop: workshop.name };
    return step.granted
      ? {
          title: bt('people.grantTitle', values),
          body: bt('people.grantBody', values),
          confirm: bt('people.grant', values),
        }
      : {
          title: bt('people.withdrawTitle', values),
          body: bt('people.withdrawBody', values),
          confirm: bt('people.withdraw', values),
        };
  }
  if (step.kind === 'block') {
    return step.blocked
      ? {
          title: bt('people.blockTitle', { name }),
          body: bt('people.blockBody', { name }),
          confirm: bt('people.block'),
        }
      : {
          title: bt('people.unblockTitle', { name }),
          body: bt('people.unblockBody', { name }),
          confirm: bt('people.unblock'),
        };
  }
  return {
    title: bt('people.endSessionsTitle', { name }),
    body: bt('people.endSessionsBody', { name }),
    confirm: bt('people.endSessions'),
  };
}
