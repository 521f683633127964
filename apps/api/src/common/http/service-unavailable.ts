import type { FastifyReply } from 'fastify';
import { ErrorCode } from '../graphql/app-error.js';

/** How long a client is asked to wait before it tries again while the database is away. */
export const RETRY_AFTER_UNAVAILABLE_SECONDS = 5;

export const SERVICE_UNAVAILABLE_MESSAGE = 'The database is not available at the moment; try again shortly';

/**
 * The answer to a GraphQL request that could not start because the database is away (the session or the
 * content version could not be read): 503 with a GraphQL error, so clients and load balancers see a passing
 * failure, not an internal error, and nobody looks signed out.
 */
export function replyServiceUnavailable(reply: FastifyReply): FastifyReply {
  return reply
    .code(503)
    .header('retry-after', String(RETRY_AFTER_UNAVAILABLE_SECONDS))
    .header('cache-control', 'no-store')
    .send({
      errors: [{ message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }],
    });
}
