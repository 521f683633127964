import type { z } from 'zod';
import { BadInputError } from './app-error.js';

/**
 * Validates a mutation's input with its zod schema; the first problem becomes BAD_USER_INPUT naming
 * the field (prefixed with `prefix`, e.g. `input.email`). The one way inputs are checked.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, prefix = 'input'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  throw new BadInputError(path, `${path}: ${issue?.message ?? 'invalid'}`);
}
