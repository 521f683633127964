import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { Empty, LoadError, Loading } from '../common/States';
import { useBeheerText, type BeheerWorkshop } from './text';
import { appendPage } from '../common/append-page';
import { LoadMore } from '../common/LoadMore';

const BeheerAuditQuery = graphql(`
  query BeheerAudit($workshopId: ID!, $action: String, $personId: ID, $after: String) {
    auditEvents(first: 25, after: $after, workshopId: $workshopId, action: $action, personId: $personId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          createdAt
          actor {
            id
            name
          }
          person {
            id
            name
          }
        }
      }
    }
  }
`);

const BeheerAuditPeopleQuery = graphql(`
  query BeheerAuditPeople($workshopId: ID!) {
    users(first: 100, workshopId: $workshopId) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const KINDS = [
  'account',
  'workshop-role',
  'organisation',
  'municipality',
  'membership',
  'social-issue',
  'atelier',
  'join-request',
  'participation',
  'lesson',
  'insight',
  'privacy-statement',
  'mail',
] as const;

/** Auditlog: what happened in the werkplaats, newest first, by kind of action and by person. */
export function AuditSection({ workshop }: { workshop: BeheerWorkshop }) {
  const { bt, formatDate } = useBeheerText();
  const id = useId();
  const [kind, setKind] = useState('');
  const [person, setPerson] = useState('');
  const [filter, setFilter] = useState<{ action: string | null; personId: string | null }>({
    action: null,
    personId: null,
  });
  const { data, loading, error, refetch, fetchMore } = useQuery(BeheerAuditQuery, {
    variables: { workshopId: workshop.id, ...filter, after: null },
    fetchPolicy: 'network-only',
  });
  const people = useQuery(BeheerAuditPeopleQuery, { variables: { workshopId: workshop.id } });

  function onFilter(event: FormEvent) {
    event.preventDefault();
    setFilter({ action: kind || null, personId: person || null });
  }

  const events = data?.auditEvents.edges.map((e) => e.node) ?? [];
  const time = {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  } as const;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{bt('beheer.audit')}</h2>
      <form className="beheer__filters" onSubmit={onFilter}>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{bt('audit.filterAction')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{bt('audit.allActions')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {bt(`auditKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-person`}>{bt('audit.filterPerson')}</label>
          <select id={`${id}-person`} value={person} onChange={(e) => setPerson(e.target.value)}>
            <option value="">{bt('audit.allPeople')}</option>
            {(people.data?.users.edges ?? []).map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {bt('audit.apply')}
        </button>
      </form>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <LoadError retry={() => void refetch()} />
      ) : events.length === 0 ? (
        <Empty>{bt('audit.empty')}</Empty>
      ) : (
        <>
          <p className="meta">
            {bt('beheer.count', { shown: events.length, total: data?.auditEvents.totalCount ?? 0 })}
          </p>
          <ol className="card-list beheer__log">
            {events.map((e) => (
              <li key={e.id} className="card">
                <p>
                  <code>{e.action}</code>
                </p>
                <p className="meta">
                  <span>
                    <time dateTime={String(e.createdAt)}>{formatDate(String(e.createdAt), time)}</time>
                  </span>
                  <span>{e.actor ? bt('audit.by', { name: e.actor.name }) : bt('audit.system')}</span>
                  {e.person && e.person.id !== e.actor?.id && (
                    <span>{bt('audit.about', { name: e.person.name })}</span>
                  )}
                </p>
              </li>
            ))}
          </ol>
          <LoadMore
            pageInfo={data?.auditEvents.pageInfo}
            label={bt('beheer.more')}
            onMore={(after) => fetchMore({ variables: { after }, updateQuery: appendPage('auditEvents') })}
          />
        </>
      )}
    </section>
  );
}
