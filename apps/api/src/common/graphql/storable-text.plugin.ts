import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { BadInputError } from './app-error.js';

/**
 * NUL, which Postgres text and jsonb cannot hold, and half of a UTF-16 surrogate pair, which has no UTF-8 form
 * (Node would store U+FFFD in its place: the text changed without anyone knowing).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

class UnstorableTextError extends BadInputError {
  constructor(field: string) {
    super(
      field,
      `${field}: contains a character that cannot be stored (a NUL character or half of a Unicode surrogate pair)`,
    );
    this.extensions.http = { status: 400 };
  }
}

/** Throws for the first string below `value` (a variable's JSON) that cannot be stored; `field` names it. */
function checkJson(value: unknown, field: string): void {
  if (typeof value === 'string') {
    if (!isStorableText(value)) throw new UnstorableTextError(field);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkJson(item, `${field}.${index}`));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) throw new UnstorableTextError(field);
      checkJson(item, `${field}.${key}`);
    }
  }
}

function checkLiteral(node: ValueNode, field: string, variables: Record<string, unknown>): void {
  if (node.kind === Kind.STRING) {
    if (!isStorableText(node.value)) throw new UnstorableTextError(field);
  } else if (node.kind === Kind.LIST) {
    node.values.forEach((item, index) => checkLiteral(item, `${field}.${index}`, variables));
  } else if (node.kind === Kind.OBJECT) {
    for (const item of node.fields) checkLiteral(item.value, `${field}.${item.name.value}`, variables);
  } else if (node.kind === Kind.VARIABLE) {
    checkJson(variables[node.name.value], field);
  }
  // Numbers, booleans, enums and null hold no text.
}

/**
 * Every string an operation passes to an argument (written in the query or given as a variable) must be text
 * Postgres can store; one that is not is BAD_USER_INPUT naming the argument (`input.email`), before any
 * resolver runs, instead of a database error. The argument's name is the field, as in the services' checks.
 */
export function checkStorableArguments(document: DocumentNode, variables: Record<string, unknown>): void {
  visit(document, {
    Argument(node) {
      checkLiteral(node.value, node.name.value, variables);
      // Its value is checked whole: no need to visit the literals inside it again.
      return false;
    },
  });
}

export const storableTextPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      // What the check throws inside the executor becomes the promise's rejection, which Apollo answers with.
      didResolveOperation: ({ request, document }) =>
        new Promise<void>((resolve) => {
          checkStorableArguments(document, request.variables ?? {});
          resolve();
        }),
    });
  },
};
