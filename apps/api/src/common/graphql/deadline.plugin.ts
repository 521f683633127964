import type { ApolloServerPlugin } from '@apollo/server';
import { TimeoutError } from './app-error.js';

/**
 * The resolver timeout: every request gets a deadline; once it has passed, no further field starts
 * resolving (each fails with TIMEOUT), so a slow or abusive query stops instead of running on. The
 * database side is bounded by statement_timeout on the pool (see createPool).
 */
export function deadlinePlugin(limitMs: number): ApolloServerPlugin {
  return {
    requestDidStart() {
      const deadline = Date.now() + limitMs;
      return Promise.resolve({
        executionDidStart() {
          return Promise.resolve({
            willResolveField() {
              if (Date.now() > deadline) throw new TimeoutError(limitMs);
            },
          });
        },
      });
    },
  };
}
