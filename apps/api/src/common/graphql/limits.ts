import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  getNullableType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection.js';

/**
 * The limits every GraphQL request meets, in one place (OWASP GraphQL cheat sheet): size of the
 * document, depth, aliases, directives and a cost with list multipliers. `first` ≤ 100 is checked where
 * pages are made (connection.ts); batching is off (Apollo's default), so one operation per request.
 */
export const GRAPHQL_LIMITS = {
  maxTokens: 2_000,
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  /** Every page of the web app fits twice over (the heaviest, the commissie's agenda, costs 14,422). */
  maxCost: 30_000,
  /** What an unpaged list (an atelier's practices, a practice's lessons) is assumed to hold. */
  assumedListSize: 10,
} as const;

// Rejections are reported as validation errors (400, GRAPHQL_VALIDATION_FAILED): graphql-armor's default,
// throwing from the rule, would surface as an unexpected 500.
const report = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export const limitValidationRules: ValidationRule[] = [
  maxDepthRule({ n: GRAPHQL_LIMITS.maxDepth, exposeLimits: true, ...report }),
  maxAliasesRule({ n: GRAPHQL_LIMITS.maxAliases, exposeLimits: true, ...report }),
  maxDirectivesRule({ n: GRAPHQL_LIMITS.maxDirectives, exposeLimits: true, ...report }),
];

/**
 * Each field costs 1 plus its children; a connection multiplies its children by `first` (default page
 * size), any other list by the assumed list size. So `a(first: 100) { b(first: 100) { … } }` costs 10,000×.
 */
const listCost: ComplexityEstimator = ({ type: parent, field, args, childComplexity }) => {
  // An out-of-range `first` is refused by the page itself, naming the argument; here it counts as the maximum.
  const first =
    typeof args.first === 'number' && args.first > 0 ? Math.min(args.first, MAX_PAGE_SIZE) : undefined;
  const type = getNullableType(field.type);
  const typeName = 'name' in type ? String(type.name) : '';
  // A connection's `edges` is the page the connection already multiplied by `first`.
  if (parent.name.endsWith('Connection') && field.name === 'edges') return 1 + childComplexity;
  if (first !== undefined || typeName.endsWith('Connection')) {
    return 1 + childComplexity * (first ?? DEFAULT_PAGE_SIZE);
  }
  if (isListType(type)) return 1 + childComplexity * GRAPHQL_LIMITS.assumedListSize;
  return 1 + childComplexity;
};

/** What an operation costs under the rules above; over GRAPHQL_LIMITS.maxCost it is refused. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listCost] });
}

/**
 * Costs per parsed document (Apollo hands the same DocumentNode for the same query text) and per value of the
 * variables that can change a cost: numbers (`first`) and booleans (`@include(if:)`). String variables (cursors,
 * search terms, ids) cannot, so the feed's next page costs nothing to check again.
 */
const costs = new WeakMap<DocumentNode, Map<string, number>>();
const MAX_COSTS_PER_DOCUMENT = 100;

function cachedCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): number {
  const relevant = Object.entries(variables).filter(([, value]) => typeof value !== 'string');
  const key = `${operationName ?? ''}\n${JSON.stringify(relevant)}`;
  let known = costs.get(document);
  const hit = known?.get(key);
  if (hit !== undefined) return hit;
  const cost = operationCost(schema, document, variables, operationName);
  if (!known) costs.set(document, (known = new Map<string, number>()));
  if (known.size >= MAX_COSTS_PER_DOCUMENT) known.clear();
  known.set(key, cost);
  return cost;
}

/** Refuses an operation whose cost is over the limit before any resolver runs. */
export const costLimitPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ request, document, schema }) {
        let cost: number;
        try {
          cost = cachedCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
        } catch (error) {
          // Costing coerces the variables first; variables of the wrong type are the client's mistake.
          const message =
            error instanceof GraphQLError ? error.message : 'The variables do not fit the operation';
          return Promise.reject(
            new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } }),
          );
        }
        if (cost > GRAPHQL_LIMITS.maxCost) {
          return Promise.reject(
            new GraphQLError(
              `Query is too expensive: cost ${cost}, at most ${GRAPHQL_LIMITS.maxCost} allowed`,
              {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'query',
                  cost,
                  maxCost: GRAPHQL_LIMITS.maxCost,
                  http: { status: 400 },
                },
              },
            ),
          );
        }
        return Promise.resolve();
      },
    });
  },
};
