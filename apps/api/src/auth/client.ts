import type { AppConfig } from '../common/config/config.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import type { ClientInfo } from './auth.service.js';

/** Who is asking, as the account services need it: address, browser, and the cookies it sent. */
export function clientOf(ctx: RequestContext, config: AppConfig): ClientInfo {
  return {
    ip: ctx.req.ip,
    userAgent: ctx.req.headers['user-agent'],
    browserToken: ctx.req.cookies[config.session.browserCookieName],
    sessionToken: ctx.req.sessionToken,
  };
}
