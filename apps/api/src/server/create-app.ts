import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import type pg from 'pg';
import { AppModule } from '../app.module.js';
import type { AppConfig } from '../common/config/config.js';
import { applyHttpSecurity } from './http-security.js';

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  silent: [],
  error: ['fatal', 'error'],
  // Nest's own `log` level is start-up chatter (every module and route); the app prints its own lines.
  info: ['fatal', 'error', 'warn'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** Builds the HTTP application (API and web app on one port) without listening. */
export async function createApp(config: AppConfig, pool: pg.Pool): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, pool), {
    logger: LOG_LEVELS[config.logLevel],
    abortOnError: false,
    bodyParser: false,
  });
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);
  applyHttpSecurity(app, config);
  app.use(cookieParser());
  const webDist = config.webDistDir ?? findWebDist();
  if (webDist) serveWebApp(app, webDist);
  return app;
}

/** The built web app: static files, and index.html for client routes (deep links). */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  // Compressed on the way out (a phone on 4G downloads a third); API responses are left to the proxy.
  const compress = compression();
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith('/graphql') ? next() : compress(req, res, next),
  );
  app.use(
    express.static(webDist, {
      index: false,
      maxAge: '1h',
      // Vite names assets by content hash: they never change under the same name.
      setHeaders: (res, path) => {
        if (path.includes(`${sep}assets${sep}`))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isAppRoute =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !req.path.startsWith('/graphql') &&
      req.path !== '/healthz' &&
      !/\.[a-z0-9]+$/i.test(req.path) &&
      req.accepts(['html', 'json']) === 'html';
    if (!isAppRoute) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(webDist, 'index.html'));
  });
}

function findWebDist(): string | undefined {
  // apps/api/{src,dist}/server → apps/web/dist
  const candidate = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
  return existsSync(join(candidate, 'index.html')) ? candidate : undefined;
}
