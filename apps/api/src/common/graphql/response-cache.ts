import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { OperationTypeNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type pg from 'pg';
import { EVERYTHING } from './content-scopes.js';
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
  /** Set with `storable`: the scopes the answer read (content-scopes.ts), null when it read everything. */
  scopes: string[] | null;
}

interface Entry {
  /** The content version read before the answer read anything: it holds every write up to it. */
  version: bigint;
  /** What the answer read, `*` among them; null: everything, so it is valid only while the version is unchanged. */
  scopes: string[] | null;
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
/**
 * Moves the content version on and stamps each scope a write touched with it, in one statement: a scope never
 * moves back (two writes at once), and the scopes come sorted, so two such statements lock their rows in the
 * same order.
 */
const MOVE_VERSION_ON = {
  name: 'content-version-next',
  text: `INSERT INTO "ContentScope" (scope, version)
    SELECT scope, next.version FROM unnest($1::text[]) AS scope, (SELECT nextval('"ContentVersion"') AS version) next
    ON CONFLICT (scope) DO UPDATE SET version = GREATEST("ContentScope".version, EXCLUDED.version)`,
};
/** The newest write to any of a kept answer's scopes. */
const NEWEST_WRITE_TO = {
  name: 'content-scope-newest',
  text: `SELECT coalesce(max(version), 0)::text AS version FROM "ContentScope" WHERE scope = ANY($1::text[])`,
};

/**
 * Answers to GraphQL queries, kept in memory per reader: the same person asking the same again gets the same
 * bytes back without GraphQL running; the session lookup reads the content version along (a visitor's request
 * reads it in a statement of its own). Why it never hands out what a reader may no longer read:
 * - the key is who asks (person or visitor), the query, its operation name, variables and the Accept header:
 *   an answer only ever goes to the reader it was made for;
 * - an answer is kept with the content version (a database sequence) read before the request read anything
 *   else, and with the scopes it read (content-scopes.ts; by default everything). Every mutation, after its
 *   writes are committed and before its own answer goes out, moves the version on and stamps the scopes it
 *   touched (by default everything) with the new version, in the table "ContentScope": the truth for every
 *   replica, nothing in memory is. A kept answer is served while the version is unchanged (no statement more);
 *   once it moved on, an answer that read everything is out of date, and one that read finer scopes is served
 *   while none of them was written after its version (one statement). An entry is never stamped with a newer
 *   version: a write's nextval is seen before its scopes are committed, so that could keep a stale answer;
 * - answers with errors are not kept; an answer that changes with time (a resolver says so: `changesAt`, e.g.
 *   when the first of the upcoming activities it lists is over) is kept only until then, and not at all when it
 *   names no moment (`changesWithTime`); an entry lives at most `maxAgeMs` (for writes made outside the API), and
 *   all of it fits in `maxBytes`.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Entry> | null;
  /** The highest content version this process has read; when it moves on, the entries that read everything go. */
  private version = 0n;
  /** The keys of the entries that read everything (some may have left the cache since). */
  private readonly readEverything = new Set<string>();

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
            // Replaced, evicted or expired: no longer among the entries that read everything.
            dispose: (_entry, key) => this.readEverything.delete(key),
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
    let current = entry !== undefined && entry.version === version;
    if (entry && !current && entry.scopes && version !== null) {
      try {
        current = (await this.newestWriteTo(entry.scopes)) <= entry.version;
      } catch (error) {
        if (isDatabaseUnavailable(error)) return replyServiceUnavailable(reply);
        throw error;
      }
    }
    if (entry && current) {
      // Apollo's own headers for an answer (the rest come from the onRequest hooks, as for any request).
      // Returning the reply tells Fastify the request is answered.
      return reply
        .header('content-type', entry.contentType)
        .header('cache-control', 'no-store')
        .send(entry.body);
    }
    request.responseCacheTicket = { key, version, storable: false, holdsUntil: Infinity, scopes: null };
  };

  /** A Fastify onSend hook: keeps the answer of a request whose ticket the Apollo plugin marked storable. */
  readonly onSend = async (
    request: FastifyRequest,
    reply: FastifyReply,
    payload: unknown,
  ): Promise<unknown> => {
    const ticket = request.responseCacheTicket;
    if (!ticket?.storable || ticket.version === null) return payload;
    // An answer that read everything, made under an older version than this process has since read, is out of
    // date already; one that read finer scopes is checked when served.
    if (ticket.scopes === null && ticket.version !== this.version) return payload;
    const holdsFor = ticket.holdsUntil - Date.now();
    if (reply.statusCode === 200 && typeof payload === 'string' && holdsFor > 0) {
      this.entries?.set(
        ticket.key,
        {
          version: ticket.version,
          scopes: ticket.scopes,
          body: Buffer.from(payload),
          contentType: String(reply.getHeader('content-type')),
        },
        // Never beyond the cache's own age limit (the entries' default ttl).
        holdsFor < this.maxAgeMs ? { ttl: holdsFor } : undefined,
      );
      if (ticket.scopes === null) this.readEverything.add(ticket.key);
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
          willSendResponse: async ({ operation, response, contextValue, document, schema }) => {
            if (operation?.operation === OperationTypeNode.MUTATION) {
              const failed =
                response.body.kind !== 'single' || Boolean(response.body.singleResult.errors?.length);
              // After the resolvers (and their transactions) are done, before the answer goes out.
              try {
                await contentChanged(
                  this.pool,
                  contextValue.contentScopes.touchedBy(document!, operation, failed),
                );
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
              ticket.scopes = contextValue.contentScopes.readBy(schema, document!, operation);
            }
          },
        }),
    };
  }

  /** A newer version than any read before: every entry that read everything is out of date. */
  private seen(version: bigint): void {
    if (version > this.version) {
      this.version = version;
      for (const key of this.readEverything) this.entries?.delete(key);
      this.readEverything.clear();
    }
  }

  /** The version of the newest write to any of these scopes (0 when none was written). */
  private async newestWriteTo(scopes: string[]): Promise<bigint> {
    const { rows } = await this.pool.query<{ version: string }>({ ...NEWEST_WRITE_TO, values: [scopes] });
    return BigInt(rows[0]!.version);
  }

  /** The content version as the database has it now (a named statement of its own; the health check uses it). */
  async readVersion(): Promise<bigint> {
    const { rows } = await this.pool.query<{ version: string }>(READ_VERSION);
    return BigInt(rows[0]!.version);
  }
}

/**
 * Moves the content version on, and stamps the scopes a write touched (content-scopes.ts; by default everything)
 * with it: every answer kept so far that read one of them, here and on every replica, is out of date.
 */
export async function contentChanged(
  pool: pg.Pool,
  touched: readonly string[] = [EVERYTHING],
): Promise<void> {
  await pool.query({ ...MOVE_VERSION_ON, values: [[...new Set(touched)].sort()] });
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
