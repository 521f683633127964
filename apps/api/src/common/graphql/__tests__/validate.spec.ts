import { INPUT_RULES } from '@werkplaats/domain';
import { z } from 'zod';
import { ErrorCode } from '../app-error.js';
import { rule, validate } from '../validate.js';

/** What a client gets to say the problem in its own words: the field, the rule and its limit. */
function extensionsOf(schema: z.ZodType, value: unknown): Record<string, unknown> {
  try {
    validate(schema, value);
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  throw new Error('validate accepted the value');
}

describe('validate names the rule broken', () => {
  const name = z.object({ name: z.string().trim().min(1).max(120) });
  const title = z.object({ title: z.string().trim().min(3).max(200) });

  it.each([
    ['an empty required text', name, { name: '  ' }, { field: 'input.name', rule: 'required' }],
    ['a text that is too short', title, { title: 'ab' }, { field: 'input.title', rule: 'minLength', min: 3 }],
    ['a text that is too long', title, { title: 'x'.repeat(201) }, { rule: 'maxLength', max: 200 }],
    ['a number below its minimum', z.object({ n: z.number().min(1) }), { n: 0 }, { rule: 'min', min: 1 }],
    ['a number above its maximum', z.object({ n: z.number().max(9) }), { n: 10 }, { rule: 'max', max: 9 }],
    ['a broken whole number', z.object({ n: z.number().int() }), { n: 1.5 }, { rule: 'integer' }],
    [
      'too few items',
      z.object({ ids: z.array(z.string()).min(2) }),
      { ids: ['a'] },
      { rule: 'minItems', min: 2 },
    ],
    [
      'too many items',
      z.object({ ids: z.array(z.string()).max(1) }),
      { ids: ['a', 'b'] },
      { rule: 'maxItems', max: 1 },
    ],
    [
      'a broken e-mail address',
      z.object({ email: z.email() }),
      { email: 'x@' },
      { field: 'input.email', rule: 'email' },
    ],
    [
      'a pattern not met',
      z.object({ code: z.string().regex(/^GM\d{4}$/) }),
      { code: 'X' },
      { rule: 'format' },
    ],
    ['not a date', z.object({ at: z.date() }), { at: 'soon' }, { rule: 'date' }],
    ['a value outside a choice', z.object({ c: z.enum(['A', 'B']) }), { c: 'C' }, { rule: 'choice' }],
    [
      'a refinement that names its rule',
      z.object({ url: z.string().refine((u) => u.startsWith('https:'), { params: rule('https') }) }),
      { url: 'http://x' },
      { field: 'input.url', rule: 'https' },
    ],
  ])('%s', (_what, schema, value, expected) => {
    expect(extensionsOf(schema, value)).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, ...expected });
  });

  it('keeps the English message for other clients, and a nested field keeps its path', () => {
    const schema = z.object({ proposal: z.object({ name: z.string().min(2) }) });
    expect(() => validate(schema, { proposal: { name: 'x' } })).toThrow('input.proposal.name:');
    expect(extensionsOf(schema, { proposal: { name: 'x' } })).toMatchObject({ field: 'input.proposal.name' });
  });

  it('reports only rules the shared list names (the web app has a text for each)', () => {
    expect(INPUT_RULES).toEqual(
      expect.arrayContaining(['required', 'minLength', 'email', 'https', 'invalid']),
    );
  });
});
