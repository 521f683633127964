import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { TimeoutError } from './app-error.js';

/**
 * The resolver timeout: every request gets a deadline (`deadlineAt` in its context); once it has passed, no
 * further resolver starts (each fails with TIMEOUT), so a slow or abusive query stops instead of running on. Set
 * on the built schema (GraphQLModule's `transformSchema`) around the fields that have a resolver of their own:
 * they are where the work is. A field read off its parent (a title) is not wrapped, so a page of rows costs
 * nothing per scalar. The database side is bounded by statement_timeout on the pool (see createPool).
 */
export function withDeadlines(schema: GraphQLSchema, limitMs: number): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, { deadlineAt: number }> | undefined = field.resolve;
      if (!resolve) continue;
      field.resolve = (parent, args, context: { deadlineAt: number }, info) => {
        if (Date.now() > context.deadlineAt) throw new TimeoutError(limitMs);
        return resolve(parent, args, context, info);
      };
    }
  }
  return schema;
}
