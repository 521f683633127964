import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { Mention } from './mentions';

const MentionCandidatesQuery = graphql(`
  query MentionCandidates($targetId: ID!, $search: String!) {
    reactionMentionCandidates(targetId: $targetId, search: $search) {
      id
      name
    }
  }
`);

/** Those who may read the thread (`threadId` what it hangs on) whose name holds `search`, as the server offers them. */
export function useFindPeople(threadId: string): (search: string) => Promise<Mention[]> {
  const client = useApolloClient();
  return useCallback(
    async (search: string) =>
      (
        await client.query({
          query: MentionCandidatesQuery,
          variables: { targetId: threadId, search },
          fetchPolicy: 'network-only',
        })
      ).data?.reactionMentionCandidates ?? [],
    [client, threadId],
  );
}
