import type { ApolloServerPlugin } from '@apollo/server';
import { isDatabaseUnavailable } from '../database/unavailable.js';
import { RETRY_AFTER_UNAVAILABLE_SECONDS } from '../http/service-unavailable.js';

/**
 * A refused attempt (TOO_MANY_REQUESTS) tells the client when to try again, in the Retry-After header, with
 * status 429; a request that failed because the database is away (SERVICE_UNAVAILABLE) does too, with 503.
 * Once the operation has run, Nest's Apollo driver answers 200 whatever the errors (its response has `data`;
 * nestjs/graphql#2940), so the status tells only of requests refused before that; the header stays.
 */
export const retryAfterPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response, errors }) {
        if (errors?.some((error) => isDatabaseUnavailable(error))) {
          response.http.headers.set('retry-after', String(RETRY_AFTER_UNAVAILABLE_SECONDS));
          response.http.status = 503;
          return Promise.resolve();
        }
        const wait = errors
          ?.map((e) => e.extensions?.retryAfter)
          .find((value): value is number => typeof value === 'number');
        if (wait !== undefined) {
          response.http.headers.set('retry-after', String(wait));
          response.http.status = 429;
        }
        return Promise.resolve();
      },
    });
  },
};
