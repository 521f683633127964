import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { isDatabaseUnavailable } from '../common/database/unavailable.js';
import { replyServiceUnavailable } from '../common/http/service-unavailable.js';
import { SessionService } from './session.service.js';

/**
 * Reads the session cookie once per request and sets `request.viewer` (null for a visitor). A Fastify
 * `onRequest` hook (added in createApp, after the cookie parser), so it runs before any route.
 */
@Injectable()
export class SessionHook {
  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // `request.viewer` starts as null (a visitor): createApp declares it so.
  readonly onRequest = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | void> => {
    const token = request.cookies[this.config.session.cookieName];
    if (!token) return;
    let session: Awaited<ReturnType<SessionService['resolve']>>;
    try {
      session = await this.sessions.resolve(token);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      // The database is away. An API request fails as such (the session is kept, nobody looks signed out);
      // the web app's files need no session, so they are still served.
      if (request.routeOptions.url === '/graphql') return replyServiceUnavailable(reply);
      return;
    }
    if (session) {
      request.viewer = session.viewer;
      request.sessionToken = token;
      request.contentVersion = session.contentVersion;
    } else {
      reply.clearCookie(this.config.session.cookieName, cookieOptions(this.config));
    }
  };
}

export function cookieOptions(config: AppConfig) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.session.secureCookie,
    path: '/',
  };
}
