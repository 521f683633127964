import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useBeheerText } from './text';

const SetContactMutation = graphql(`
  mutation BeheerSetMembershipContact($id: ID!, $isContact: Boolean!) {
    setMembershipContact(id: $id, isContact: $isContact) {
      id
      isContact
    }
  }
`);

export interface Member {
  id: string;
  status: string;
  isContact: boolean;
  user: { id: string; name: string };
}

interface Props {
  organisation: string;
  members: readonly Member[];
  onDone: (notice: string) => void;
  onProblem: (problem: string) => void;
}

/**
 * An organisation's confirmed members, each to make its contact (who then confirms others' memberships too) or no
 * longer. Requests wait under Lidmaatschappen.
 */
export function OrganisationMembers({ organisation, members, onDone, onProblem }: Props) {
  const { bt } = useBeheerText();
  const [setContact, busy] = useMutation(SetContactMutation);
  const confirmed = members.filter((m) => m.status === 'CONFIRMED');

  async function toggle(member: Member) {
    const isContact = !member.isContact;
    try {
      await setContact({ variables: { id: member.id, isContact } });
      onDone(
        bt(isContact ? 'members.contactMade' : 'members.contactEnded', {
          name: member.user.name,
          organisation,
        }),
      );
    } catch {
      onProblem(bt('beheer.problem'));
    }
  }

  return (
    <details className="beheer__members">
      <summary>{bt('members.title', { count: confirmed.length })}</summary>
      {confirmed.length === 0 ? (
        <p className="meta">{bt('members.none')}</p>
      ) : (
        <ul className="beheer__member-list">
          {confirmed.map((m) => (
            <li key={m.id} className="beheer__row">
              <p>
                {m.user.name}
                {m.isContact && (
                  <>
                    {' '}
                    <span className="badge">{bt('members.contact')}</span>
                  </>
                )}
              </p>
              <button
                type="button"
                className="button"
                disabled={busy.loading}
                aria-label={`${bt(m.isContact ? 'members.endContact' : 'members.makeContact')}: ${m.user.name}`}
                onClick={() => void toggle(m)}
              >
                {bt(m.isContact ? 'members.endContact' : 'members.makeContact')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
