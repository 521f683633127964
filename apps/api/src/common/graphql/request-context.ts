import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MaybeViewer } from '../authz/viewer.js';
import type { ContentScopes } from './content-scopes.js';
import type { Loaders } from './loaders.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the session hook: who is asking, null for a visitor. */
    viewer: MaybeViewer;
    /** The raw session token of this request, when there is a valid session. */
    sessionToken?: string;
  }
}

/** The GraphQL context of one request. */
export interface RequestContext {
  req: FastifyRequest;
  reply: FastifyReply;
  viewer: MaybeViewer;
  loaders: Loaders;
  /** When this request's time is up (epoch ms): no resolver starts after it (see deadline.ts). */
  deadlineAt: number;
  /** Set by a resolver whose answer depends on the time of asking: the response cache doesn't keep it. */
  dependsOnClock: boolean;
  /** What the root fields said they wrote or read, for the response cache (content-scopes.ts). */
  contentScopes: ContentScopes;
}
