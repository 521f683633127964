import type { z } from 'zod';
import { BadInputError, type InputRule } from './app-error.js';

/**
 * Validates a mutation's input with its zod schema; the first problem becomes BAD_USER_INPUT naming
 * the field (prefixed with `prefix`, e.g. `input.email`) and the rule it broke, with its limit, so that a
 * client can say it in the reader's language. The one way inputs are checked.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, prefix = 'input'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  const { rule, min, max } = issue ? ruleOf(issue) : { rule: 'invalid' as const };
  throw new BadInputError(path, `${path}: ${issue?.message ?? 'invalid'}`, rule, { min, max });
}

/** Refinements name their rule in `params.rule`, e.g. `.refine(ok, { message, params: rule('https') })`. */
export function rule(name: InputRule): { rule: InputRule } {
  return { rule: name };
}

function ruleOf(issue: z.core.$ZodIssue): { rule: InputRule; min?: number; max?: number } {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { rule: 'required' } : { rule: 'minLength', min };
      if (issue.origin === 'array' || issue.origin === 'set') return { rule: 'minItems', min };
      return { rule: 'min', min };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { rule: 'maxLength', max };
      if (issue.origin === 'array' || issue.origin === 'set') return { rule: 'maxItems', max };
      return { rule: 'max', max };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { rule: 'email' };
      if (issue.format === 'url') return { rule: 'url' };
      return { rule: 'format' };
    case 'invalid_type':
      if (issue.expected === 'date') return { rule: 'date' };
      if (issue.expected === 'int') return { rule: 'integer' };
      return { rule: 'invalid' };
    case 'invalid_value':
      return { rule: 'choice' };
    case 'custom': {
      const {
        rule: named,
        min,
        max,
      } = (issue.params ?? {}) as { rule?: InputRule; min?: number; max?: number };
      return { rule: named ?? 'invalid', min, max };
    }
    case 'not_multiple_of':
    case 'unrecognized_keys':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return { rule: 'invalid' };
  }
}
