import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Logger } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  GraphQLError,
  OperationTypeNode,
  createSourceEventStream,
  execute,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { SessionService } from '../auth/session.service.js';
import { hashToken } from '../auth/token.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { trustsProxyAt, type AppConfig } from '../common/config/config.js';
import { isDatabaseUnavailable } from '../common/database/unavailable.js';
import { ContentScopes } from '../common/graphql/content-scopes.js';
import { createErrorFormatter } from '../common/graphql/format-error.js';
import { GRAPHQL_LIMITS, limitValidationRules } from '../common/graphql/limits.js';
import { RateLimits, retryAfterSeconds } from '../common/http/rate-limits.js';
import { Loaders } from '../common/graphql/loaders.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { BODY_LIMIT_BYTES } from '../server/http-security.js';
import { LiveSockets } from './live-sockets.js';

/** The path of the socket: the GraphQL endpoint's own, as graphql-ws clients expect. */
export const LIVE_PATH = '/graphql';

/** Subscriptions one socket may hold at once (the web app holds two or three). */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;

/** Who opened a socket, decided at the upgrade from the session cookie. */
interface SocketAuth {
  viewer: MaybeViewer;
  tokenHash: string | null;
}

const log = new Logger('Live');

/**
 * GraphQL subscriptions over WebSocket (the graphql-transport-ws protocol of `graphql-ws`) on the app's own port and
 * path. The upgrade is checked as a request is: the Origin must be the app's own (or one of CORS_ORIGINS), and the
 * session cookie says who is asking, once, for the socket's life (a visitor without one; no session, no
 * subscription that needs one). Only subscriptions are run over the socket; queries and mutations keep to HTTP,
 * where their limits and the response cache are. Each event is executed with a context of its own (its deadline,
 * its loaders), as a request would be.
 */
export function attachLiveServer(app: NestFastifyApplication, config: AppConfig): void {
  const fastify = app.getHttpAdapter().getInstance();
  const sessions = app.get(SessionService);
  const sockets = app.get(LiveSockets);
  const limits = app.get(RateLimits);
  const schemaHost = app.get(GraphQLSchemaHost);
  const auths = new WeakMap<IncomingMessage, SocketAuth>();
  const formatError = createErrorFormatter(
    (correlationId, error) =>
      log.error(
        `[${correlationId}] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      ),
    { production: config.production },
  );

  const wss = new WebSocketServer({ noServer: true, maxPayload: BODY_LIMIT_BYTES });
  const contextOf = (extra: Extra, auth: SocketAuth): RequestContext =>
    ({
      req: { viewer: auth.viewer, headers: extra.request.headers } as unknown as FastifyRequest,
      reply: undefined as unknown as FastifyReply,
      viewer: auth.viewer,
      loaders: new Loaders(),
      deadlineAt: Date.now() + config.timeouts.requestMs,
      holdsUntil: Infinity,
      // Only subscriptions run here: nothing is kept or written through the socket.
      contentScopes: new ContentScopes(),
    }) satisfies RequestContext;

  const server = useServer(
    {
      onConnect: (ctx) => {
        const auth = auths.get(ctx.extra.request);
        if (!auth) return false;
        if (auth.tokenHash) {
          const socket = ctx.extra.socket;
          const remove = sockets.add(auth.tokenHash, {
            userId: auth.viewer!.userId,
            close: (code, reason) => socket.close(code, reason),
          });
          socket.once('close', remove);
        }
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        const auth = auths.get(ctx.extra.request)!;
        // This one is among them already (graphql-ws keeps its id before asking).
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [
            new GraphQLError(`At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per socket`, {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        const schema = schemaHost.schema;
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
        }
        const errors = validate(schema, document, [...specifiedRules, ...limitValidationRules]);
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [
            new GraphQLError('Only subscriptions are served over WebSocket; ask the rest over HTTP', {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: contextOf(ctx.extra, auth),
        } satisfies ExecutionArgs;
      },
      subscribe: (args) => subscribeWithEventContexts(args, config.timeouts.requestMs),
      onNext: (_ctx, _id, _payload, _args, result) => format(result),
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((error) => formatError(error.toJSON(), error)) as unknown as readonly GraphQLError[],
    },
    wss,
  );

  function format(result: ExecutionResult): ExecutionResult {
    if (!result.errors) return result;
    return {
      ...result,
      errors: result.errors.map((error) => formatError(error.toJSON(), error) as unknown as GraphQLError),
    };
  }

  fastify.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    void upgrade(request, socket, head).catch((error: unknown) => {
      log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      refuse(socket, 500, 'Internal Server Error');
    });
  });

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== LIVE_PATH) return refuse(socket, 404, 'Not Found');
    if (!originAllowed(request, config)) return refuse(socket, 403, 'Forbidden');
    // The general per-address limit of every request counts the upgrade too.
    try {
      await limits.general.consume(clientAddress(request, config));
    } catch (rejection) {
      if (retryAfterSeconds(rejection) === null) throw rejection;
      return refuse(socket, 429, 'Too Many Requests');
    }
    const token = fastify.parseCookie(request.headers.cookie ?? '')[config.session.cookieName];
    let auth: SocketAuth = { viewer: null, tokenHash: null };
    if (token) {
      try {
        const session = await sessions.resolve(token);
        if (session) auth = { viewer: session.viewer, tokenHash: hashToken(token) };
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        return refuse(socket, 503, 'Service Unavailable');
      }
    }
    auths.set(request, auth);
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  }

  fastify.addHook('onClose', async () => {
    for (const client of wss.clients) client.close(1001, 'Going away');
    await server.dispose();
    wss.close();
  });
}

/**
 * As graphql-js's `subscribe`, but each event is executed with a copy of the subscription's context that has a
 * deadline and loaders of its own: a socket lives long, an event is answered as a request is.
 */
async function subscribeWithEventContexts(
  args: ExecutionArgs,
  requestMs: number,
): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream;
  const context = args.contextValue as RequestContext;
  async function* events(source: AsyncIterable<unknown>): AsyncGenerator<ExecutionResult> {
    for await (const payload of source) {
      yield await execute({
        ...args,
        rootValue: payload,
        contextValue: { ...context, loaders: new Loaders(), deadlineAt: Date.now() + requestMs },
      });
    }
  }
  return events(stream);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * The Origin rule of the app's HTTP side, at the upgrade: a browser's socket only from the app's own origin (the
 * host it was asked at, or PUBLIC_URL's, which a proxy may name without its port) or one of CORS_ORIGINS (WebSocket has no CORS of its own, so a page elsewhere could otherwise open one with the cookie).
 * A client without Origin is not a browser and carries no one's cookie by accident.
 */
export function originAllowed(request: IncomingMessage, config: AppConfig): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (config.corsOrigins.includes(origin) || origin === new URL(config.publicUrl).origin) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = trustsProxyAt(config.trustProxy, request.socket.remoteAddress)
    ? request.headers['x-forwarded-host']
    : undefined;
  const host =
    (typeof forwarded === 'string' ? forwarded.split(',')[0]!.trim() : undefined) ?? request.headers.host;
  return originHost === host;
}

/** The visitor's address, as Fastify reads it for a request: behind the one trusted proxy, its X-Forwarded-For. */
function clientAddress(request: IncomingMessage, config: AppConfig): string {
  const forwarded = trustsProxyAt(config.trustProxy, request.socket.remoteAddress)
    ? request.headers['x-forwarded-for']
    : undefined;
  const last = typeof forwarded === 'string' ? forwarded.split(',').at(-1)?.trim() : undefined;
  return last || request.socket.remoteAddress || 'unknown';
}

function refuse(socket: Duplex, status: number, text: string): void {
  if (socket.writable)
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}
