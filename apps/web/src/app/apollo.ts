import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { LazyLiveLink } from './live';

/**
 * One Apollo client for the app. The session is an HttpOnly cookie on the same origin; the preflight
 * header satisfies the API's CSRF prevention. Connections are paged with cursors, so lists merge by
 * `after` where a page asks for more. Subscriptions go over the live socket (live.ts), loaded with the first one.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      new LazyLiveLink(),
      new HttpLink({
        uri: '/graphql',
        credentials: 'same-origin',
        headers: { 'apollo-require-preflight': 'true' },
      }),
    ),
    cache: new InMemoryCache({
      possibleTypes: { FeedItem: ['Lesson', 'Insight'] },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
