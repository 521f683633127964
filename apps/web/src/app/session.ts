import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      email
    }
  }
`);

/** The signed-in person (null for a visitor); the session is a cookie, so it survives a reload. */
export function useViewer() {
  const { data, loading } = useQuery(ViewerQuery, { fetchPolicy: 'cache-first' });
  return { viewer: data?.me ?? null, loading };
}
