/** What the API said was wrong: its `extensions.code` and, for bad input, the field at fault. */
export interface ApiProblem {
  code: string;
  field?: string;
  /** Why a FORBIDDEN was refused, where the API says (`extensions.reason`, e.g. REMOVED, NO_PUBLIC_CONSENT). */
  reason?: string;
  message: string;
}

/** Reads the GraphQL errors of a failed request (Apollo Client 4's CombinedGraphQLErrors or a network error). */
export function apiProblems(error: unknown): ApiProblem[] {
  if (error && typeof error === 'object' && 'errors' in error && Array.isArray(error.errors)) {
    return (
      error as {
        errors: { message: string; extensions?: { code?: unknown; field?: unknown; reason?: unknown } }[];
      }
    ).errors.map((e) => ({
      code: typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR',
      field: typeof e.extensions?.field === 'string' ? e.extensions.field : undefined,
      reason: typeof e.extensions?.reason === 'string' ? e.extensions.reason : undefined,
      message: e.message,
    }));
  }
  return [{ code: 'NETWORK', message: error instanceof Error ? error.message : String(error) }];
}

/** The field name without its input prefix: `input.title` → `title`. */
export function fieldName(field: string | undefined): string | undefined {
  return field?.split('.').pop();
}
