import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { apiProblems } from '../../app/errors';
import { graphql } from '../../gql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useBeheerText } from './text';

const MergeCandidatesQuery = graphql(`
  query BeheerMergeCandidates($workshopId: ID!, $query: String) {
    organisations(first: 20, workshopId: $workshopId, query: $query) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const MergeOrganisationsMutation = graphql(`
  mutation BeheerMergeOrganisations($duplicateId: ID!, $intoId: ID!) {
    mergeOrganisations(duplicateId: $duplicateId, intoId: $intoId) {
      id
      name
    }
  }
`);

interface Props {
  workshopId: string;
  duplicate: { id: string; name: string; members: number };
  onDone: (notice: string) => void;
  onProblem: (problem: string) => void;
}

/**
 * "Samenvoegen met…": find the organisation to keep among the listed ones of the werkplaats, then confirm in a
 * dialog that says what moves; the duplicate goes.
 */
export function MergeOrganisation({ workshopId, duplicate, onDone, onProblem }: Props) {
  const { bt } = useBeheerText();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [intoId, setIntoId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // The button and the panel take each other's place: focus goes along, so the keyboard never lands on the page.
  useEffect(() => {
    if (open) searchInput.current?.focus();
    else if (wasOpen.current) openButton.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const { data } = useQuery(MergeCandidatesQuery, {
    variables: { workshopId, query: search.trim() || null },
    skip: !open,
  });
  const [merge, merging] = useMutation(MergeOrganisationsMutation, {
    refetchQueries: ['BeheerOrganisations', 'BeheerProposedOrganisations'],
    awaitRefetchQueries: true,
  });
  const candidates = (data?.organisations.edges.map((e) => e.node) ?? []).filter(
    (o) => o.id !== duplicate.id,
  );
  const into = candidates.find((o) => o.id === intoId);

  async function onMerge() {
    if (!into) return;
    setConfirming(false);
    try {
      await merge({ variables: { duplicateId: duplicate.id, intoId: into.id } });
      onDone(bt('merge.done', { duplicate: duplicate.name, into: into.name }));
    } catch (failure) {
      const code = apiProblems(failure)[0]?.code;
      onProblem(code === 'BAD_USER_INPUT' ? bt('merge.chooseFirst') : bt('beheer.problem'));
    }
  }

  if (!open) {
    return (
      <button
        ref={openButton}
        type="button"
        className="button"
        aria-label={`${bt('merge.open')} ${duplicate.name}`}
        onClick={() => setOpen(true)}
      >
        {bt('merge.open')}
      </button>
    );
  }
  return (
    <div className="form beheer__merge">
      <div className="field">
        <label htmlFor={`${id}-search`}>{bt('merge.search')}</label>
        <input
          ref={searchInput}
          id={`${id}-search`}
          type="search"
          value={search}
          maxLength={120}
          onChange={(e) => {
            setSearch(e.target.value);
            setIntoId('');
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-into`}>{bt('merge.choose')}</label>
        <select
          id={`${id}-into`}
          value={intoId}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => {
            setIntoId(e.target.value);
            setHint(null);
          }}
        >
          <option value="">
            {candidates.length === 0 ? bt('merge.none') : bt('merge.choosePlaceholder')}
          </option>
          {candidates.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        {hint && (
          <p id={`${id}-hint`} className="field__error">
            {hint}
          </p>
        )}
      </div>
      <div className="choice">
        <button
          type="button"
          className="button button--primary"
          disabled={merging.loading}
          onClick={() => {
            if (into) setConfirming(true);
            else setHint(bt('merge.chooseFirst'));
          }}
        >
          {bt('merge.next')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {bt('beheer.cancel')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={bt('merge.title', { duplicate: duplicate.name, into: into?.name ?? '' })}
        confirmLabel={bt('merge.confirm')}
        cancelLabel={bt('beheer.cancel')}
        busy={merging.loading}
        onClose={() => setConfirming(false)}
        onConfirm={() => void onMerge()}
      >
        <p>
          {bt('merge.body', {
            duplicate: duplicate.name,
            into: into?.name ?? '',
            members: duplicate.members,
          })}
        </p>
      </ConfirmDialog>
    </div>
  );
}
