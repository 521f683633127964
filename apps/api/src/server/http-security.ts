import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import type { AppConfig } from '../common/config/config.js';
import { RateLimits, retryAfterSeconds } from '../common/http/rate-limits.js';

/** Largest JSON body accepted (100 kB); a GraphQL operation with its variables fits many times over. */
export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * Security headers with a strict Content-Security-Policy for the web app, CORS for the app's own
 * origin only (plus CORS_ORIGINS) and the general per-IP rate limit, as `onRequest` hooks: they run for
 * every request, before any route. (The body size limit is Fastify's `bodyLimit`, set in createApp.)
 */
export function applyHttpSecurity(app: NestFastifyApplication, config: AppConfig): void {
  const fastify = app.getHttpAdapter().getInstance();
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  // GraphiQL (development only) loads its assets from a CDN; everything else gets the strict policy.
  const relaxed = helmet({ contentSecurityPolicy: false, strictTransportSecurity: false });
  // helmet sets headers on Node's response; Fastify sends them with its own. Hooks run after routing, so the
  // route's own pattern tells where a request goes.
  fastify.addHook('onRequest', (request, reply, done) => {
    const graphiql =
      !config.production && request.method === 'GET' && request.routeOptions.url === '/graphql';
    (graphiql ? relaxed : strict)(request.raw, reply.raw, (error?: unknown) =>
      done(error as Error | undefined),
    );
  });
  app.enableCors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false, credentials: true });

  const limits = app.get(RateLimits);
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url === '/healthz') return;
    try {
      await limits.general.consume(request.ip);
    } catch (rejection) {
      const wait = retryAfterSeconds(rejection);
      if (wait === null) throw rejection;
      return reply
        .code(429)
        .header('Retry-After', String(wait))
        .send({ errors: [{ message: 'Too many requests', extensions: { code: 'TOO_MANY_REQUESTS' } }] });
    }
  });
}
