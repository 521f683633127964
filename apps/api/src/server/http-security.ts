import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../common/config/config.js';
import { RateLimits, retryAfterSeconds } from '../common/http/rate-limits.js';

/** Largest JSON body accepted; a GraphQL operation with its variables fits many times over. */
export const BODY_LIMIT = '100kb';

/**
 * Security headers with a strict Content-Security-Policy for the web app, CORS for the app's own
 * origin only (plus CORS_ORIGINS), a body size limit and the general per-IP rate limit.
 */
export function applyHttpSecurity(app: NestExpressApplication, config: AppConfig): void {
  app.useBodyParser('json', { limit: BODY_LIMIT });
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
  app.use((req: Request, res: Response, next: NextFunction) => {
    const graphiql = !config.production && req.method === 'GET' && req.path === '/graphql';
    (graphiql ? relaxed : strict)(req, res, next);
  });
  app.enableCors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false, credentials: true });

  const limits = app.get(RateLimits);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/healthz') {
      next();
      return;
    }
    limits.general.consume(req.ip ?? 'unknown').then(
      () => next(),
      (rejection: unknown) => {
        const wait = retryAfterSeconds(rejection);
        if (wait === null) {
          next(rejection);
          return;
        }
        res.setHeader('Retry-After', String(wait));
        res
          .status(429)
          .json({ errors: [{ message: 'Too many requests', extensions: { code: 'TOO_MANY_REQUESTS' } }] });
      },
    );
  });
}
