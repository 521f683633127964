import { Field, ID, InterfaceType, ObjectType } from '@nestjs/graphql';
import { isInterfaceType, type GraphQLSchema } from 'graphql';
import { BadInputError } from './app-error.js';

/** Every object type implements Node; `node(id)` resolves any of them under the same rules. */
@InterfaceType('Node', {
  description: 'An object with a global ID.',
  // `node(id)` tags the row it found with its type (see NodeRegistry).
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global ID, opaque to clients.' })
  id!: string;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

/** The node types a global ID may name. */
export const NODE_TYPES = [
  'User',
  'Workshop',
  'Municipality',
  'Organisation',
  'Membership',
  'NationalTheme',
  'SocialIssue',
  'SocialIssueChange',
  'Atelier',
  'Participation',
  'JoinRequest',
  'EmailInvitation',
  'Question',
  'Practice',
  'Lesson',
  'Insight',
  'Activity',
  'Registration',
  'Reaction',
  'Advice',
  'Product',
  'Notification',
  'AuditEvent',
  'MailMessage',
  'Digest',
  'Proposal',
  'ProposalOption',
  'Stance',
  'ContentReport',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every row's id is a UUID (the global ID and the cursor carry it). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function parseGlobalId(globalId: string): { type: string; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return null;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  return isUuid(id) ? { type, id } : null;
}

/** Decodes a global ID that must name a `type`; otherwise BAD_USER_INPUT on `field`. */
export function fromGlobalId(type: NodeType, globalId: string, field: string): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    throw new BadInputError(field, `${field} is not the ID of a ${type}`, 'unknown');
  }
  return parsed.id;
}

/**
 * Parents are database rows; every Node type's `id` leaves the server as a global ID naming the type, so
 * `node(id)` and id arguments can check the kind. Set as plain resolvers on the built schema (GraphQLModule's
 * `transformSchema`): an id is on every object of every page, and a Nest field resolver would cost a promise
 * per id. A Node type that is not a NodeType stops the start.
 */
export function withGlobalIds(schema: GraphQLSchema): GraphQLSchema {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('The schema has no Node interface');
  for (const type of schema.getPossibleTypes(node)) {
    const name = NODE_TYPES.find((t) => t === type.name);
    if (!name) throw new Error(`${type.name} implements Node but is not a NodeType (relay.ts)`);
    const id = type.getFields().id;
    if (!id) throw new Error(`${type.name} implements Node without an id field`);
    id.resolve = (row: { id: string }) => toGlobalId(name, row.id);
  }
  return schema;
}
