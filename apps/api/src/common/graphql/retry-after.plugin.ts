import type { ApolloServerPlugin } from '@apollo/server';

/** A refused attempt (TOO_MANY_REQUESTS) tells the client when to try again, in the Retry-After header. */
export const retryAfterPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response, errors }) {
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
