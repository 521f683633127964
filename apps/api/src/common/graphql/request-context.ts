import type { Request, Response } from 'express';
import type { MaybeViewer } from '../authz/viewer.js';
import type { Loaders } from './loaders.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by the session middleware: who is asking, null for a visitor. */
      viewer?: MaybeViewer;
      /** The raw session token of this request, when there is a valid session. */
      sessionToken?: string;
    }
  }
}

/** The GraphQL context of one request. */
export interface RequestContext {
  req: Request;
  res: Response;
  viewer: MaybeViewer;
  loaders: Loaders;
}
