import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../common/config/config.js';
import type { PrismaService } from '../../common/prisma/prisma.service.js';
import { KNOWN_BROWSER_MS } from '../known-browser.service.js';
import { cookieOptions } from '../session.hook.js';
import { OidcRefused, type OidcService } from './oidc.service.js';

type StartRequest = FastifyRequest<{
  Params: { providerId: string };
  Querystring: { werkplaats?: string; terug?: string };
}>;

/** Only paths inside the app are returned to (no open redirect; a browser reads "/\\host" as "//host"). */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.includes('\\') &&
    value.length <= 500
    ? value
    : '/';
}

/** The login's state, kept in the browser that started it too: an answer arriving in another browser is refused. */
function stateCookieName(config: AppConfig): string {
  return config.session.secureCookie ? '__Host-werkplaats_oidc' : 'werkplaats_oidc';
}

/**
 * `GET /auth/oidc/<provider>/start?werkplaats=<slug>&terug=<path>`: off to the provider (a werkplaats's provider
 * only from that werkplaats: anything else is not found). `GET /auth/oidc/callback`: the provider's answer; signed
 * in (the session cookie, rotated) and back to `terug`, or to `/inloggen/koppelen?token=…` to prove the password
 * of the account the address has, or to `/inloggen?werkaccount=geweigerd` when the answer is refused.
 */
export function registerOidc(
  fastify: FastifyInstance,
  oidc: OidcService,
  prisma: PrismaService,
  config: AppConfig,
): void {
  fastify.get('/auth/oidc/:providerId/start', async (request: StartRequest, reply: FastifyReply) => {
    const slug = request.query.werkplaats;
    const workshop =
      typeof slug === 'string' && slug.length <= 100
        ? await prisma.workshop.findUnique({ where: { slug }, select: { id: true } })
        : null;
    const provider = await oidc.provider(request.params.providerId, workshop?.id ?? null);
    if (!provider) return reply.callNotFound();
    let target: URL;
    try {
      target = await oidc.start(provider, workshop?.id ?? null, safeReturnPath(request.query.terug));
    } catch (error) {
      request.log.warn?.(error);
      // The provider cannot be reached (or its discovery is broken): say so on the sign-in page.
      return reply.redirect('/inloggen?werkaccount=onbereikbaar', 303);
    }
    // Bound to this browser: someone who sends another person their own callback address (login CSRF) gets nothing.
    reply.setCookie(stateCookieName(config), target.searchParams.get('state') ?? '', {
      ...cookieOptions(config),
      maxAge: 600,
    });
    return reply.header('cache-control', 'no-store').redirect(target.href, 303);
  });

  fastify.get('/auth/oidc/callback', async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'no-store');
    // The address the provider sent the browser to, as registered (PUBLIC_URL), with the query it added.
    const current = new URL(oidc.callbackUrl);
    current.search = new URL(request.url, 'http://x').search;
    const started = request.cookies[stateCookieName(config)];
    reply.clearCookie(stateCookieName(config), cookieOptions(config));
    try {
      if (!started || started !== current.searchParams.get('state')) {
        throw new OidcRefused('the login was not started in this browser');
      }
      const outcome = await oidc.callback(current, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        browserToken: request.cookies[config.session.browserCookieName],
        sessionToken: request.sessionToken,
      });
      if (outcome.kind === 'link') {
        return reply.redirect(`/inloggen/koppelen?token=${encodeURIComponent(outcome.linkToken)}`, 303);
      }
      setSessionCookies(reply, config, outcome.token, outcome.browserToken);
      return reply.redirect(outcome.returnTo, 303);
    } catch (error) {
      if (!(error instanceof OidcRefused)) throw error;
      return reply.redirect('/inloggen?werkaccount=geweigerd', 303);
    }
  });
}

/** The cookies of a new session, as signIn sets them. */
export function setSessionCookies(
  reply: FastifyReply,
  config: AppConfig,
  token: string,
  browserToken: string,
): void {
  reply.setCookie(config.session.cookieName, token, {
    ...cookieOptions(config),
    maxAge: Math.floor(config.session.absoluteMs / 1000),
  });
  reply.setCookie(config.session.browserCookieName, browserToken, {
    ...cookieOptions(config),
    maxAge: Math.floor(KNOWN_BROWSER_MS / 1000),
  });
}
