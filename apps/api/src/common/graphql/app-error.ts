import type { InputRule } from '@werkplaats/domain';
import { GraphQLError } from 'graphql';

export type { InputRule };

/** The codes a client may see in `extensions.code` (api.md "Errors"). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  TIMEOUT = 'TIMEOUT',
  /** The database cannot be reached for now; the same request works again once it is back. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** A climb above PRACTICE refused: the text holds unresolved personal data (`extensions.findings`). */
  PERSONAL_DATA = 'PERSONAL_DATA',
  /** A lesson whose citizen did not consent stays at ARENA or below. */
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
}

/**
 * Base of every domain exception. Domains subclass it (`LessonNotFoundError`, …) or use the helpers
 * below; `formatGraphQLError` is the one place that turns it into what clients see.
 */
export class AppError extends GraphQLError {
  constructor(
    message: string,
    readonly code: ErrorCode,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'Object') {
    super(`${what} not found`, ErrorCode.NOT_FOUND);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'You must be signed in') {
    super(message, ErrorCode.UNAUTHENTICATED);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You may not do this') {
    super(message, ErrorCode.FORBIDDEN);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, ErrorCode.CONFLICT, extra);
  }
}

/** Bad input, naming the field at fault (dotted path inside the input, e.g. `input.email`) and the rule broken. */
export class BadInputError extends AppError {
  constructor(
    readonly field: string,
    message: string,
    readonly rule: InputRule = 'invalid',
    limits: { min?: number; max?: number } = {},
  ) {
    super(message, ErrorCode.BAD_USER_INPUT, {
      field,
      rule,
      ...(limits.min !== undefined ? { min: limits.min } : {}),
      ...(limits.max !== undefined ? { max: limits.max } : {}),
    });
  }
}

/** The request ran past its deadline; what was resolved by then is returned, the rest is not started. */
export class TimeoutError extends AppError {
  constructor(limitMs: number) {
    super(`The request took longer than ${limitMs} ms and was stopped`, ErrorCode.TIMEOUT);
  }
}
