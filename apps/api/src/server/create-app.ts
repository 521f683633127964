import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { AppModule } from '../app.module.js';
import { SessionHook } from '../auth/session.hook.js';
import { registerOidc } from '../auth/oidc/oidc.route.js';
import { OidcService } from '../auth/oidc/oidc.service.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { trustsProxyAt, type AppConfig } from '../common/config/config.js';
import { ResponseCache } from '../common/graphql/response-cache.js';
import { registerDevMail } from '../mail/dev-mail.route.js';
import { registerCalendarFeed } from '../activity/calendar-feed.route.js';
import { CalendarFeedService } from '../activity/calendar-feed.service.js';
import { registerUnsubscribe } from '../mail/unsubscribe.route.js';
import { registerFiles } from '../files/files.route.js';
import { registerOpenData } from '../open-data/open-data.route.js';
import { OpenDataService } from '../open-data/open-data.service.js';
import { RateLimits } from '../common/http/rate-limits.js';
import { attachLiveServer } from '../live/live-server.js';
import { registerReport } from '../report/report.route.js';
import { ReportService } from '../report/report.service.js';
import { BODY_LIMIT_BYTES, applyHttpSecurity } from './http-security.js';
import { acceptUtf8JsonOnly } from './json-body.js';

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  silent: [],
  error: ['fatal', 'error'],
  // Nest's own `log` level is start-up chatter (every module and route); the app prints its own lines.
  info: ['fatal', 'error', 'warn'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/**
 * Builds the HTTP application (API and web app on one port) without listening. Nest on Fastify: its
 * request handling costs half of Express's per request (bench/results/2026-11-25-express-vs-fastify.md).
 */
export async function createApp(config: AppConfig, pool: pg.Pool): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // Behind one reverse proxy (TRUST_PROXY: any, or the one at its addresses): its X-Forwarded-For/-Proto are
    // believed, no further hops.
    trustProxy:
      config.trustProxy === false
        ? false
        : (address: string, hop: number) => hop === 0 && trustsProxyAt(config.trustProxy, address),
    // Nest prints errors through its own logger; Fastify's request log would repeat every request.
    logger: false,
    // While stopping, a request on a kept-alive connection is still answered (with `Connection: close`), not
    // refused with 503: what was asked before SIGTERM gets its answer, the next one goes to another replica.
    return503OnClosing: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, pool), adapter, {
    logger: LOG_LEVELS[config.logLevel],
    abortOnError: false,
    // Fastify parses JSON itself (within bodyLimit); no form bodies, so no CSRF through simple forms.
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // Declared up front so every request object has the same shape (Fastify's advice for decorations).
  fastify
    .decorateRequest('viewer', null)
    .decorateRequest('sessionToken', undefined)
    .decorateRequest('contentVersion', null)
    .decorateRequest('responseCacheTicket', null);
  applyHttpSecurity(app, config);
  acceptUtf8JsonOnly(fastify);
  await app.register(fastifyCookie);
  // After the cookie parser: every route, GraphQL and the web app alike, knows who is asking.
  fastify.addHook('onRequest', app.get(SessionHook).onRequest);
  // Knowing who is asking, a GraphQL query may be answered from the response cache (see response-cache.ts).
  const responseCache = app.get(ResponseCache);
  fastify.addHook('preHandler', responseCache.preHandler);
  fastify.addHook('onSend', responseCache.onSend);
  // Subscriptions over WebSocket on the same port and path (live/live-server.ts).
  attachLiveServer(app, config);
  // Development without SMTP_URL: the mail the app keeps instead of sending (absent in production).
  registerDevMail(fastify, config);
  // Calendar apps fetch a person's subscription by its secret address (no session).
  registerCalendarFeed(fastify, app.get(CalendarFeedService));
  // One-click unsubscribe from notification mail (RFC 8058), without signing in.
  await registerUnsubscribe(fastify, app, pool);
  // Outputs' files: uploaded by who may change the output, served to who may read it (files/files.route.ts).
  await registerFiles(fastify, app);
  // Downloads by address: an atelier's report for its reader, a werkplaats's open data for anyone.
  registerReport(fastify, app.get(ReportService), app.get(RateLimits));
  registerOpenData(fastify, app.get(OpenDataService));
  // Sign-in with a work account (OpenID Connect): off to the provider and back.
  registerOidc(fastify, app.get(OidcService), app.get(PrismaService), config);
  const webDist = config.webDistDir ?? findWebDist();
  if (webDist) await app.register(webApp, { root: webDist });
  return app;
}

/**
 * The built web app: static files, and index.html for client routes (deep links). A plugin of its own,
 * so compression applies to its files only (API responses are left to the proxy).
 */
async function webApp(instance: FastifyInstance, { root }: { root: string }): Promise<void> {
  // Compressed on the way out: a phone on 4G downloads a third. The build writes each file's Brotli and gzip
  // forms at their highest settings (apps/web/scripts/precompress.mjs), sent as they are; a file without them
  // (a small one, or a build made another way) is compressed on the fly.
  await instance.register(fastifyCompress);
  await instance.register(fastifyStatic, {
    root,
    index: false,
    preCompressed: true,
    // One route per file of the build, so everything else falls through to the route below; the compressed
    // forms are not files of their own to ask for.
    wildcard: false,
    globIgnore: ['**/*.br', '**/*.gz'],
    maxAge: '1h',
    // Vite names assets by content hash: they never change under the same name.
    setHeaders: (reply, path) => {
      if (path.includes(`${sep}assets${sep}`))
        reply.header('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  instance.get('/*', (request: FastifyRequest<{ Params: { '*': string } }>, reply: FastifyReply) => {
    const isAppRoute = !/\.[a-z0-9]+$/i.test(request.params['*']) && prefersHtml(request.headers.accept);
    if (!isAppRoute) return reply.callNotFound();
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
}

/**
 * Whether a client asks for a page rather than data: text/html at least as welcome as JSON (a browser,
 * or no Accept at all), as Express's `req.accepts(['html', 'json']) === 'html'`.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return true;
  let html = 0;
  let json = 0;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) || 0 : 1;
    const mediaType = type.trim();
    if (mediaType === 'text/html' || mediaType === 'text/*' || mediaType === '*/*') html = Math.max(html, q);
    if (mediaType === 'application/json' || mediaType === 'application/*' || mediaType === '*/*')
      json = Math.max(json, q);
  }
  return html > 0 && html >= json;
}

function findWebDist(): string | undefined {
  // apps/api/{src,dist}/server → apps/web/dist
  const candidate = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
  return existsSync(join(candidate, 'index.html')) ? candidate : undefined;
}
