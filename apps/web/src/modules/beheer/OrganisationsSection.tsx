import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { graphql } from '../../gql';
import type { BeheerOrganisationsQuery, OrganisationKind } from '../../gql/graphql';
import { Field } from '../auth/Field';
import { Empty, LoadError, Loading } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';
import { useBeheerText, type BeheerText, type BeheerWorkshop } from './text';
import { appendPage } from '../common/append-page';
import { LoadMore } from '../common/LoadMore';
import { MergeOrganisation } from './MergeOrganisation';
import { OrganisationMembers } from './OrganisationMembers';
import { ProposedOrganisations } from './ProposedOrganisations';

const BeheerOrganisationsQuery = graphql(`
  query BeheerOrganisations($workshopId: ID!, $after: String) {
    organisations(first: 50, after: $after, workshopId: $workshopId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          website
          municipality {
            id
          }
          memberships {
            id
            status
            isContact
            user {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const CreateOrganisationMutation = graphql(`
  mutation BeheerCreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);

const RenameOrganisationMutation = graphql(`
  mutation BeheerRenameOrganisation($id: ID!, $input: OrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      id
      name
    }
  }
`);

type Organisation = BeheerOrganisationsQuery['organisations']['edges'][number]['node'];

const KINDS: OrganisationKind[] = [
  'WELFARE',
  'CARE',
  'MUNICIPALITY',
  'HOUSING',
  'WORK_AND_INCOME',
  'CLIENT_ORGANISATION',
  'LIVED_EXPERIENCE',
  'CITIZENS_INITIATIVE',
  'KNOWLEDGE_INSTITUTE',
  'UNIVERSITY',
  'SPORT',
  'OTHER',
];

function problemText(failure: unknown, bt: BeheerText): string {
  const code = apiProblems(failure)[0]?.code;
  if (code === 'CONFLICT') return bt('org.exists');
  if (code === 'BAD_USER_INPUT') return bt('org.invalid');
  return bt('beheer.problem');
}

/**
 * Organisaties: what people proposed first (to list, decline or merge), then the partner organisations of the
 * werkplaats, to rename, merge with a duplicate, and name contacts among their members; and a form to add one.
 */
export function OrganisationsSection({ workshop }: { workshop: BeheerWorkshop }) {
  const { bt } = useBeheerText();
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('WELFARE');
  const [renaming, setRenaming] = useState<Organisation | null>(null);
  const [newName, setNewName] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(BeheerOrganisationsQuery, {
    variables: { workshopId: workshop.id, after: null },
    fetchPolicy: 'network-only',
  });
  const [create, creating] = useMutation(CreateOrganisationMutation);
  const [rename, renamingBusy] = useMutation(RenameOrganisationMutation);

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    try {
      const made = await create({ variables: { input: { workshopId: workshop.id, name, kind } } });
      setNotice(bt('org.created', { name: made.data?.createOrganisation.name ?? name }));
      setName('');
      await refetch();
    } catch (failure) {
      setProblem(problemText(failure, bt));
    }
  }

  async function onRename(event: FormEvent, organisation: Organisation) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    try {
      const input = {
        name: newName,
        kind: organisation.kind,
        municipalityId: organisation.municipality?.id ?? null,
        website: organisation.website ?? null,
      };
      const changed = await rename({ variables: { id: organisation.id, input } });
      setNotice(bt('org.renamed', { name: changed.data?.updateOrganisation.name ?? newName }));
      setRenaming(null);
      heading.current?.focus();
    } catch (failure) {
      setProblem(problemText(failure, bt));
    }
  }

  function done(message: string) {
    setProblem(null);
    setNotice(message);
    heading.current?.focus();
  }
  function failed(message: string) {
    setNotice(null);
    setProblem(message);
  }

  const organisations = data?.organisations.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {bt('beheer.organisations')}
      </h2>
      <StatusMessage>{notice}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <ProposedOrganisations workshopId={workshop.id} onDone={done} onProblem={failed} />
      <h3>{bt('org.listTitle')}</h3>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <LoadError retry={() => void refetch()} />
      ) : organisations.length === 0 ? (
        <Empty>{bt('org.empty')}</Empty>
      ) : (
        <>
          <ul className="card-list">
            {organisations.map((o) => (
              <li key={o.id} className="card">
                {renaming?.id === o.id ? (
                  <form className="form" onSubmit={(e) => void onRename(e, o)}>
                    <Field
                      label={bt('org.renameOf', { name: o.name })}
                      value={newName}
                      maxLength={200}
                      required
                      onChange={(e) => setNewName(e.target.value)}
                    />
                    <div className="choice">
                      <button
                        type="submit"
                        className="button button--primary"
                        disabled={renamingBusy.loading}
                      >
                        {bt('org.save')}
                      </button>
                      <button type="button" className="button" onClick={() => setRenaming(null)}>
                        {bt('beheer.cancel')}
                      </button>
                    </div>
                  </form>
                ) : (
                  <>
                    <div className="beheer__row">
                      <p>
                        <strong>{o.name}</strong> <span className="meta">{bt(`orgKind.${o.kind}`)}</span>
                      </p>
                      <div className="choice">
                        <button
                          type="button"
                          className="button"
                          aria-label={`${bt('org.rename')}: ${o.name}`}
                          onClick={() => {
                            setRenaming(o);
                            setNewName(o.name);
                          }}
                        >
                          {bt('org.rename')}
                        </button>
                        <MergeOrganisation
                          workshopId={workshop.id}
                          duplicate={{ id: o.id, name: o.name, members: o.memberships.length }}
                          onDone={done}
                          onProblem={failed}
                        />
                      </div>
                    </div>
                    <OrganisationMembers
                      organisation={o.name}
                      members={o.memberships}
                      onDone={done}
                      onProblem={failed}
                    />
                  </>
                )}
              </li>
            ))}
          </ul>
          <LoadMore
            pageInfo={data?.organisations.pageInfo}
            label={bt('beheer.more')}
            onMore={(after) => fetchMore({ variables: { after }, updateQuery: appendPage('organisations') })}
          />
        </>
      )}
      <form className="form beheer__create" onSubmit={(e) => void onCreate(e)}>
        <h3>{bt('org.create')}</h3>
        <Field
          label={bt('org.name')}
          value={name}
          maxLength={200}
          required
          onChange={(e) => setName(e.target.value)}
        />
        <div className="field">
          <label htmlFor={`${id}-kind`}>{bt('org.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as OrganisationKind)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {bt(`orgKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={creating.loading}>
          {bt('org.add')}
        </button>
      </form>
    </section>
  );
}
