import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { OperationTypeNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type pg from 'pg';
import { isDatabaseUnavailable } from '../database/unavailable.js';
import { replyServiceUnavailable } from '../http/service-unavailable.js';
import type { RequestContext } from './request-context.js';

/** What the pre-handler learnt about a request it could not answer from the cache. */
interface Ticket {
  key: string;
  /**
   * The content version, read before anything the answer holds was read: along with the session, or for a
   * visitor once the operation is known to be a query (a visitor's mutation, e.g. signIn, needs none).
   */
  version: bigint | null;
  /** Set by the Apollo plugin: a query answered without errors. */
  storable: boolean;
  /** Set by the Apollo plugin: until when the answer holds as far as the clock goes (RequestContext.holdsUntil). */
  holdsUntil: number;
}

interface Entry {
  version: bigint;
  body: Buffer;
  contentType: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The content version, when the session lookup read it along (see SessionService.resolve). */
    contentVersion: bigint | null;
    /** Set by the response cache's pre-handler on a GraphQL request it may keep the answer of. */
    responseCacheTicket: Ticket | null;
  }
}

const GRAPHQL_PATH = '/graphql';

/** The content version; `is_called` is false until the first nextval, so it is 0 until then. */
export const CONTENT_VERSION_SQL =
  'SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "ContentVersion"';
const READ_VERSION = { name: 'content-version', text: `SELECT (${CONTENT_VERSION_SQL})::text AS version` };
const MOVE_VERSION_ON = { name: 'content-version-next', text: `SELECT nextval('"ContentVersion"')` };

/**
 * Answers to GraphQL queries, kept in memory per reader: the same person asking the same again gets the same
 * bytes back without GraphQL running; the session lookup reads the content version along (a visitor's request
 * reads it in a statement of its own). Why it never hands out what a reader may no longer read:
 * - the key is who asks (person or visitor), the query, its operation name, variables and the Accept header:
 *   an answer only ever goes to the reader it was made for;
 * - an answer is kept with the content version (a database sequence) read before the request read anything
 *   else, and served only while the version is unchanged. Every mutation moves the version on after its
 *   writes are committed and before its own answer goes out, so the answers made before it are never served
 *   again, on any replica;
 * - answers with errors are not kept; an answer that changes with time (a resolver says so: `changesAt`, e.g.
 *   when the first of the upcoming activities it lists is over) is kept only until then, and not at all when it
 *   names no moment (`changesWithTime`); an entry lives at most `maxAgeMs` (for writes made outside the API), and
 *   all of it fits in `maxBytes`.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Entry> | null;
  /** The highest content version this process has read; older entries are dropped when it moves on. */
  private version = 0n;

  private readonly maxAgeMs: number;

  constructor(
    private readonly pool: pg.Pool,
    options: { maxBytes: number; maxAgeMs: number },
  ) {
    this.maxAgeMs = options.maxAgeMs;
    this.entries =
      options.maxBytes > 0
        ? new LRUCache<string, Entry>({
            maxSize: options.maxBytes,
            // Keys are strings of UTF-16 code units; the body is counted as stored.
            sizeCalculation: (entry, key) => entry.body.byteLength + key.length * 2 + 100,
            ttl: options.maxAgeMs,
          })
        : null;
  }

  /** A Fastify pre-handler: answers a GraphQL query from the cache, or gives the request its ticket. */
  readonly preHandler = async (
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<FastifyReply | void> => {
    if (!this.entries || request.method !== 'POST' || request.routeOptions.url !== GRAPHQL_PATH) return;
    const key = keyOf(request);
    if (key === null) return;
    const entry = this.entries.get(key);
    let version = request.contentVersion;
    if (version === null && entry) {
      try {
        version = await this.readVersion();
      } catch (error) {
        if (isDatabaseUnavailable(error)) return replyServiceUnavailable(reply);
        throw error;
      }
    }
    if (version !== null) this.seen(version);
    if (entry && entry.version === version) {
      // Apollo's own headers for an answer (the rest come from the onRequest hooks, as for any request).
      // Returning the reply tells Fastify the request is answered.
      return reply
        .header('content-type', entry.contentType)
        .header('cache-control', 'no-store')
        .send(entry.body);
    }
    request.responseCacheTicket = { key, version, storable: false, holdsUntil: Infinity };
  };

  /** A Fastify onSend hook: keeps the answer of a request whose ticket the Apollo plugin marked storable. */
  readonly onSend = async (
    request: FastifyRequest,
    reply: FastifyReply,
    payload: unknown,
  ): Promise<unknown> => {
    const ticket = request.responseCacheTicket;
    // Made under an older version than this process has since read: already out of date.
    if (!ticket?.storable || ticket.version === null || ticket.version !== this.version) return payload;
    const holdsFor = ticket.holdsUntil - Date.now();
    if (reply.statusCode === 200 && typeof payload === 'string' && holdsFor > 0) {
      this.entries?.set(
        ticket.key,
        {
          version: ticket.version,
          body: Buffer.from(payload),
          contentType: String(reply.getHeader('content-type')),
        },
        // Never beyond the cache's own age limit (the entries' default ttl).
        holdsFor < this.maxAgeMs ? { ttl: holdsFor } : undefined,
      );
    }
    return payload;
  };

  /** The Apollo side: marks answers that may be kept, and moves the version on after every mutation. */
  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: () =>
        Promise.resolve({
          // Parsed and validated, before any resolver runs.
          didResolveOperation: async ({ operation, contextValue }) => {
            const ticket = contextValue.req.responseCacheTicket;
            if (ticket && ticket.version === null && operation?.operation === OperationTypeNode.QUERY) {
              ticket.version = await this.readVersion();
              this.seen(ticket.version);
            }
          },
          willSendResponse: async ({ operation, response, contextValue }) => {
            if (operation?.operation === OperationTypeNode.MUTATION) {
              // After the resolvers (and their transactions) are done, before the answer goes out.
              try {
                await contentChanged(this.pool);
              } catch (error) {
                if (!isDatabaseUnavailable(error)) throw error;
                // The database went away after the mutation: what this process kept may be out of date, and
                // the version cannot say so. The mutation's own answer still goes out.
                this.entries?.clear();
              }
              return;
            }
            const ticket = contextValue.req.responseCacheTicket;
            if (
              ticket &&
              operation?.operation === OperationTypeNode.QUERY &&
              response.body.kind === 'single' &&
              !response.body.singleResult.errors?.length
            ) {
              ticket.storable = true;
              ticket.holdsUntil = contextValue.holdsUntil;
            }
          },
        }),
    };
  }

  /** A newer version than any read before: every entry is out of date. */
  private seen(version: bigint): void {
    if (version > this.version) {
      this.version = version;
      this.entries?.clear();
    }
  }

  /** The content version as the database has it now (a named statement of its own; the health check uses it). */
  async readVersion(): Promise<bigint> {
    const { rows } = await this.pool.query<{ version: string }>(READ_VERSION);
    return BigInt(rows[0]!.version);
  }
}

/** Moves the content version on: every answer kept so far, here and on every replica, is out of date. */
export async function contentChanged(pool: pg.Pool): Promise<void> {
  await pool.query(MOVE_VERSION_ON);
}

/** The cache key of a GraphQL POST, or null when its body is not a single operation by text. */
function keyOf(request: FastifyRequest): string | null {
  const body = request.body as Record<string, unknown> | null | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string') return null;
  return [
    request.viewer?.userId ?? '',
    request.headers.accept ?? '',
    typeof body.operationName === 'string' ? body.operationName : '',
    body.query,
    JSON.stringify(body.variables ?? null),
    JSON.stringify(body.extensions ?? null),
  ].join('\n');
}
