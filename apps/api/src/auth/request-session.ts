import type { AppConfig } from '../common/config/config.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { cookieOptions } from './session.hook.js';

/**
 * Ends the session for the rest of this request, after it ended in the database (sign-out, erasure): the
 * cookie goes, and what the request still runs (the mutations after this one, fields yet to resolve) runs as a
 * visitor, refused where a person is needed.
 */
export function endRequestSession(ctx: RequestContext, config: AppConfig): void {
  ctx.viewer = null;
  ctx.req.viewer = null;
  ctx.req.sessionToken = undefined;
  ctx.reply.clearCookie(config.session.cookieName, cookieOptions(config));
}
