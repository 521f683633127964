import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * GraphQL answers are personal (what this reader may see), so no cache keeps them: `Cache-Control: no-store` on
 * every response. Apollo's cache-control plugin would say the same for our schema (it has no cache hints), but it
 * does so by wrapping every field of every response to work out a hint; it is switched off here instead.
 */
export const noStorePlugins: ApolloServerPlugin[] = [
  ApolloServerPluginCacheControlDisabled(),
  {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      });
    },
  },
];
