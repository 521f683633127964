import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * One Apollo client for the app. The session is an HttpOnly cookie on the same origin; the preflight
 * header satisfies the API's CSRF prevention. Connections are paged with cursors, so lists merge by
 * `after` where a page asks for more.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache({
      possibleTypes: { FeedItem: ['Lesson', 'Insight'] },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
