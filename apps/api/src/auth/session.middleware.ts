import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { SessionService } from './session.service.js';

/** Reads the session cookie once per request and sets `req.viewer` (null for a visitor). */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    req.viewer = null;
    const cookies = req.cookies as Record<string, string | undefined> | undefined;
    const token = cookies?.[this.config.session.cookieName];
    if (token) {
      try {
        const viewer = await this.sessions.resolve(token);
        if (viewer) {
          req.viewer = viewer;
          req.sessionToken = token;
        } else {
          res.clearCookie(this.config.session.cookieName, cookieOptions(this.config));
        }
      } catch (error) {
        next(error);
        return;
      }
    }
    next();
  }
}

export function cookieOptions(config: AppConfig) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.session.secureCookie,
    path: '/',
  };
}
