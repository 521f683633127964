import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import type { BeheerProposedOrganisationsQuery } from '../../gql/graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { LoadError } from '../common/States';
import { MergeOrganisation } from './MergeOrganisation';
import { useBeheerText } from './text';

const ProposedOrganisationsQuery = graphql(`
  query BeheerProposedOrganisations($workshopId: ID!) {
    proposedOrganisations(first: 50, workshopId: $workshopId) {
      totalCount
      edges {
        node {
          id
          name
          kind
          municipality {
            id
            name
          }
          memberships {
            id
            status
          }
        }
      }
    }
  }
`);

const DecideOrganisationMutation = graphql(`
  mutation BeheerDecideOrganisation($id: ID!, $listed: Boolean!) {
    decideOrganisation(id: $id, listed: $listed) {
      id
      status
    }
  }
`);

type Proposal = BeheerProposedOrganisationsQuery['proposedOrganisations']['edges'][number]['node'];

interface Props {
  workshopId: string;
  onDone: (notice: string) => void;
  onProblem: (problem: string) => void;
}

/**
 * The organisations people proposed (at sign-up or later), first in the Organisaties section: add one to the list
 * ("Opnemen"), decline it, or merge it into one that is listed already. Nothing shows while there are none.
 */
export function ProposedOrganisations({ workshopId, onDone, onProblem }: Props) {
  const { bt } = useBeheerText();
  const id = useId();
  const [declining, setDeclining] = useState<Proposal | null>(null);
  const { data, error, refetch } = useQuery(ProposedOrganisationsQuery, {
    variables: { workshopId },
    fetchPolicy: 'network-only',
  });
  const [decide, deciding] = useMutation(DecideOrganisationMutation, {
    refetchQueries: ['BeheerOrganisations', 'BeheerProposedOrganisations'],
    awaitRefetchQueries: true,
  });

  async function act(proposal: Proposal, listed: boolean) {
    try {
      await decide({ variables: { id: proposal.id, listed } });
      onDone(bt(listed ? 'proposal.listed' : 'proposal.declined', { name: proposal.name }));
    } catch {
      onProblem(bt('beheer.problem'));
    }
  }

  if (error && !data) return <LoadError retry={() => void refetch()} />;
  const proposals = data?.proposedOrganisations.edges.map((e) => e.node) ?? [];
  if (proposals.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="beheer__proposals">
      <h3 id={`${id}-title`}>{bt('proposal.title')}</h3>
      <p>{bt('proposal.intro')}</p>
      <ul className="card-list">
        {proposals.map((p) => {
          const asking = p.memberships.filter((m) => m.status === 'REQUESTED').length;
          return (
            <li key={p.id} className="card">
              <p>
                <span className="badge">{bt('proposal.badge')}</span> <strong>{p.name}</strong>{' '}
                <span className="meta">
                  {bt(`orgKind.${p.kind}`)}
                  {p.municipality && ` · ${p.municipality.name}`}
                </span>
              </p>
              <p className="meta">{bt('proposal.asking', { count: asking })}</p>
              <div className="choice">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={deciding.loading}
                  aria-label={`${bt('proposal.list')}: ${p.name}`}
                  onClick={() => void act(p, true)}
                >
                  {bt('proposal.list')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={deciding.loading}
                  aria-label={`${bt('proposal.decline')}: ${p.name}`}
                  onClick={() => setDeclining(p)}
                >
                  {bt('proposal.decline')}
                </button>
                <MergeOrganisation
                  workshopId={workshopId}
                  duplicate={{ id: p.id, name: p.name, members: p.memberships.length }}
                  onDone={onDone}
                  onProblem={onProblem}
                />
              </div>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={declining !== null}
        title={bt('proposal.declineTitle', { name: declining?.name ?? '' })}
        confirmLabel={bt('proposal.decline')}
        cancelLabel={bt('beheer.cancel')}
        busy={deciding.loading}
        onClose={() => setDeclining(null)}
        onConfirm={() => {
          const proposal = declining;
          setDeclining(null);
          if (proposal) void act(proposal, false);
        }}
      >
        <p>{bt('proposal.declineBody', { name: declining?.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
