/** What the API said was wrong: its `extensions.code` and, for bad input, the field at fault and the rule broken. */
export interface ApiProblem {
  code: string;
  field?: string;
  /** For BAD_USER_INPUT: the rule the value broke (`extensions.rule`), with its limit in `min`/`max`. */
  rule?: string;
  min?: number;
  max?: number;
  /** Why a FORBIDDEN was refused, where the API says (`extensions.reason`, e.g. REMOVED, NO_PUBLIC_CONSENT). */
  reason?: string;
  /** The API's own words, in English: for the log, never shown to the reader. */
  message: string;
}

interface RawError {
  message: string;
  extensions?: {
    code?: unknown;
    field?: unknown;
    rule?: unknown;
    min?: unknown;
    max?: unknown;
    reason?: unknown;
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const number = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** Reads the GraphQL errors of a failed request (Apollo Client 4's CombinedGraphQLErrors or a network error). */
export function apiProblems(error: unknown): ApiProblem[] {
  if (error && typeof error === 'object' && 'errors' in error && Array.isArray(error.errors)) {
    return (error as { errors: RawError[] }).errors.map((e) => ({
      code: text(e.extensions?.code) ?? 'INTERNAL_SERVER_ERROR',
      field: text(e.extensions?.field),
      rule: text(e.extensions?.rule),
      min: number(e.extensions?.min),
      max: number(e.extensions?.max),
      reason: text(e.extensions?.reason),
      message: e.message,
    }));
  }
  return [{ code: 'NETWORK', message: error instanceof Error ? error.message : String(error) }];
}

/** The field name without its input prefix: `input.title` → `title`. */
export function fieldName(field: string | undefined): string | undefined {
  return field?.split('.').pop();
}
