import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql-shell';
import { apiProblems } from './errors';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      email
      emailConfirmed
      locale
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

/**
 * The signed-in person (null for a visitor); the session is a cookie, so it survives a reload. Only the API saying
 * so (`me` is null, or UNAUTHENTICATED) means signed out: when the question itself fails (no connection, a server
 * error), `failed` is true and the person is kept as last known, so the app shows a failure, not a visitor's view.
 */
export function useViewer() {
  const { data, previousData, loading, error, refetch } = useQuery(ViewerQuery, {
    fetchPolicy: 'cache-first',
  });
  const viewer = data?.me ?? (error ? previousData?.me : null) ?? null;
  const failed =
    error !== undefined && !viewer && !apiProblems(error).some((p) => p.code === 'UNAUTHENTICATED');
  return { viewer, loading, failed, retry: () => void refetch() };
}

/**
 * Whether the signed-in person is beheerder or in the programmacommissie of a werkplaats (the one of the page), or
 * of any werkplaats where the page is of none. While the page's werkplaats is still loading (`pending`), none:
 * roles held in another werkplaats must not offer its beheer for a moment. The API decides all the same; this only
 * chooses what to offer.
 */
export function useRolesIn(workshopId: string | null, { pending = false }: { pending?: boolean } = {}) {
  const { viewer } = useViewer();
  const holds = (role: 'ADMIN' | 'COMMITTEE') =>
    !pending &&
    (viewer?.workshopRoles ?? []).some(
      (r) => r.role === role && (!workshopId || r.workshop.id === workshopId),
    );
  return { isAdmin: holds('ADMIN'), isCommittee: holds('COMMITTEE') };
}
