/**
 * Whether an error means the database cannot be reached or dropped the connection (as opposed to a query it
 * refused): the request failed because of where the database is, not because of what was asked, and the same
 * request will work once it is back. The pool discards the connection such an error came on, so the app heals
 * by itself; until then these errors are SERVICE_UNAVAILABLE, never INTERNAL_SERVER_ERROR.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 8; depth++) {
    const { code, message, kind } = current as { code?: unknown; message?: unknown; kind?: unknown };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || isUnavailableSqlState(code))) return true;
    if (typeof code === 'string' && PRISMA_CODES.has(code)) return true;
    if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === 'string' && PG_MESSAGES.some((pattern) => pattern.test(message))) return true;
    // Causes: an Error's, GraphQL's original error, Prisma's driver adapter error (kept in `meta` of P2010).
    const links = current as {
      cause?: unknown;
      originalError?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    current = links.cause ?? links.originalError ?? links.meta?.driverAdapterError;
  }
  return false;
}

/** The socket could not be opened or was closed under the query. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
]);

/**
 * SQLSTATE class 08 (connection exception), 57P01-57P03 (the server shuts down, crashed, is starting) and
 * 53300 (too many connections).
 */
function isUnavailableSqlState(code: string): boolean {
  return (
    /^08[0-9A-Z]{3}$/.test(code) ||
    code === '57P01' ||
    code === '57P02' ||
    code === '57P03' ||
    code === '53300'
  );
}

/** Prisma's codes for the same: can't reach, timed out, connection closed, no connection from the pool in time. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

/** What @prisma/adapter-pg calls them. */
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

/** pg's own errors, which carry no code (Prisma repeats their message inside its own), and one of Prisma's. */
const PG_MESSAGES = [
  /\bConnection terminated (unexpectedly|due to connection timeout)\b/,
  /\btimeout exceeded when trying to connect\b/,
  /\bClient has encountered a connection error and is not queryable\b/,
  /\bClient was closed and is not queryable\b/,
  /\bCannot use a pool after calling end on the pool\b/,
  // Prisma's P2028 when every connection stayed taken past the transaction's wait: the database is busy, not the
  // request wrong (P2028's other cases, a transaction used after it ended, are the app's own errors).
  /\bUnable to start a transaction in the given time\b/,
];
