import { useId, useRef } from 'react';
import { MembershipRequestList } from '../memberships/MembershipRequestList';
import { useBeheerText, type BeheerWorkshop } from './text';

/** Lidmaatschappen: the werkplaats's open membership requests, the /lidmaatschappen list narrowed to it. */
export function MembershipsSection({ workshop, viewerId }: { workshop: BeheerWorkshop; viewerId: string }) {
  const { bt } = useBeheerText();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {bt('beheer.memberships')}
      </h2>
      <p>{bt('memberships.beheerIntro')}</p>
      <MembershipRequestList viewerId={viewerId} workshopId={workshop.id} focusAfter={heading} />
    </section>
  );
}
