import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../database/unavailable.js';
import { SERVICE_UNAVAILABLE_MESSAGE } from '../http/service-unavailable.js';
import { AppError, ErrorCode } from './app-error.js';

/** Codes that graphql-js and Apollo produce themselves for a bad request; safe to pass on. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export type ErrorLogger = (correlationId: string, error: unknown) => void;

/**
 * The one mapper from errors to what leaves the server: domain errors keep their code and fields,
 * request errors from graphql-js keep their message, anything else becomes INTERNAL_SERVER_ERROR with a
 * correlation id; the detail (stack, SQL) goes only to the log.
 */
export function createErrorFormatter(log: ErrorLogger, options: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    if (original instanceof AppError) {
      // `http` tells Apollo the status of a refusal made before the operation ran; it is not for the client.
      const { http: _status, ...extensions } = original.extensions;
      return {
        message: original.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions,
      };
    }
    if (isDatabaseUnavailable(original)) {
      // Not a fault of the app or of the request: said as such, and the log gets a line, not a stack.
      const correlationId = randomUUID();
      log(
        correlationId,
        `database unavailable: ${original instanceof Error ? original.message : String(original)}`,
      );
      return {
        message: SERVICE_UNAVAILABLE_MESSAGE,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, correlationId },
      };
    }
    const code = formatted.extensions?.code;
    // Request errors have no path (nothing was resolved yet); one with a path came out of a resolver.
    if (
      typeof code === 'string' &&
      REQUEST_CODES.has(code) &&
      (original === error || formatted.path === undefined)
    ) {
      // Field suggestions ("Did you mean …") reveal the schema; production leaves them out.
      const message = options.production
        ? formatted.message.replace(/ ?Did you mean .*$/, '')
        : formatted.message;
      return {
        message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code },
      };
    }
    const correlationId = randomUUID();
    log(correlationId, original);
    return {
      message: `Internal error (reference ${correlationId})`,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
    };
  };
}

function unwrap(error: unknown): unknown {
  // Apollo wraps resolver errors in a GraphQLError whose originalError is what was thrown.
  if (error && typeof error === 'object' && 'originalError' in error) {
    const inner = (error as { originalError?: unknown }).originalError;
    if (inner) return unwrap(inner);
  }
  return error;
}

export { ErrorCode };
