import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import type { ProposalCard_ProposalFragment } from '../../gql/graphql';
import { Empty } from '../common/States';
import { ProposalForm } from './ProposalForm';

graphql(`
  fragment ProposalCard_proposal on Proposal {
    id
    kind
    title
    isOpen
    closesAt
    closedAt
    outcome
    outcomeAt
    results {
      participants
    }
  }
`);

const AtelierDecisionsQuery = graphql(`
  query AtelierDecisions($id: ID!) {
    atelier(id: $id) {
      id
      takesPartInDecisions
      proposals {
        ...ProposalCard_proposal
      }
    }
  }
`);

/**
 * The atelier's decisions (Besluiten): its proposals and polls with their outcomes and dates, the atelier's record of
 * what the arena decided. Only the arena and the trekker see the section at all (the API gives others nothing).
 */
export function DecisionsSection({ atelierId }: { atelierId: string }) {
  const { t } = useI18n();
  const { data, refetch } = useQuery(AtelierDecisionsQuery, { variables: { id: atelierId } });
  const [writing, setWriting] = useState(false);
  const atelier = data?.atelier;
  if (!atelier?.takesPartInDecisions) return null;
  return (
    <section aria-labelledby="besluiten">
      <h2 id="besluiten">{t('decision.sectionTitle')}</h2>
      <p className="meta">{t('decision.sectionLead')}</p>
      {atelier.proposals.length === 0 ? (
        <Empty>{t('decision.empty')}</Empty>
      ) : (
        <ul className="card-list">
          {atelier.proposals.map((proposal) => (
            <ProposalCard key={proposal.id} proposal={proposal} />
          ))}
        </ul>
      )}
      {writing ? (
        <ProposalForm atelierId={atelierId} onCreated={() => refetch()} onCancel={() => setWriting(false)} />
      ) : (
        <p>
          <button type="button" className="button" onClick={() => setWriting(true)}>
            {t('decision.new')}
          </button>
        </p>
      )}
    </section>
  );
}

function ProposalCard({ proposal }: { proposal: ProposalCard_ProposalFragment }) {
  const { t, formatDate } = useI18n();
  const workshop = useWorkshop();
  return (
    <li className="card">
      <h3>
        <Link to={workshop.path(`/besluiten/${encodeURIComponent(proposal.id)}`)}>{proposal.title}</Link>
      </h3>
      <p className="meta">
        <span className="badge">{t(`decision.kind.${proposal.kind}`)}</span>
        <span>
          {proposal.isOpen
            ? t('decision.open', { date: formatDate(proposal.closesAt, DATE_TIME) })
            : t('decision.closed')}
        </span>
        <span>{t('decision.answers', { count: proposal.results.participants })}</span>
      </p>
      {proposal.outcome && proposal.outcomeAt && (
        <p>
          <strong>{t('decision.outcomeOn', { date: formatDate(proposal.outcomeAt) })}:</strong>{' '}
          {proposal.outcome}
        </p>
      )}
    </li>
  );
}

export const DATE_TIME: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};
