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
  /**
   * Until when (epoch ms) the answer holds as far as the clock goes: Infinity unless a resolver whose answer
   * changes with time says otherwise (`changesAt`, `changesWithTime`). The response cache keeps an answer no longer.
   */
  holdsUntil: number;
  /** What the root fields said they wrote or read, for the response cache (content-scopes.ts). */
  contentScopes: ContentScopes;
}

/** The answer changes by itself at `when` (an activity ends, a deadline passes): it may be kept until then. */
export function changesAt(ctx: RequestContext, when: Date): void {
  ctx.holdsUntil = Math.min(ctx.holdsUntil, when.getTime());
}

/** The answer depends on the time of asking with no moment to name: it is never kept. */
export function changesWithTime(ctx: RequestContext): void {
  ctx.holdsUntil = -Infinity;
}
