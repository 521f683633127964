import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql-shell';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      email
      emailConfirmed
      workshops {
        id
        slug
        name
      }
      workshopRoles {
        role
        workshop {
          id
        }
      }
    }
  }
`);

/** The signed-in person (null for a visitor); the session is a cookie, so it survives a reload. */
export function useViewer() {
  const { data, loading } = useQuery(ViewerQuery, { fetchPolicy: 'cache-first' });
  return { viewer: data?.me ?? null, loading };
}

/**
 * Whether the signed-in person is beheerder or in the programmacommissie of a werkplaats (the one of the page), or
 * of any werkplaats where the page is of none. The API decides all the same; this only chooses what to offer.
 */
export function useRolesIn(workshopId: string | null) {
  const { viewer } = useViewer();
  const holds = (role: 'ADMIN' | 'COMMITTEE') =>
    (viewer?.workshopRoles ?? []).some(
      (r) => r.role === role && (!workshopId || r.workshop.id === workshopId),
    );
  return { isAdmin: holds('ADMIN'), isCommittee: holds('COMMITTEE') };
}
