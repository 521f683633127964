import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql-shell';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      email
      isCommittee
      isAdmin
      workshops {
        id
        slug
        name
      }
    }
  }
`);

/** The signed-in person (null for a visitor); the session is a cookie, so it survives a reload. */
export function useViewer() {
  const { data, loading } = useQuery(ViewerQuery, { fetchPolicy: 'cache-first' });
  return { viewer: data?.me ?? null, loading };
}
