import { Field, ID, InterfaceType, ObjectType } from '@nestjs/graphql';
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
export type NodeType =
  | 'User'
  | 'Workshop'
  | 'Municipality'
  | 'Organisation'
  | 'NationalTheme'
  | 'SocialIssue'
  | 'SocialIssueChange'
  | 'Atelier'
  | 'Participation'
  | 'Question'
  | 'Practice'
  | 'Lesson'
  | 'Insight'
  | 'Activity'
  | 'Registration'
  | 'Reaction'
  | 'Advice'
  | 'Product'
  | 'Notification'
  | 'AuditEvent';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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
  return UUID.test(id) ? { type, id } : null;
}

/** Decodes a global ID that must name a `type`; otherwise BAD_USER_INPUT on `field`. */
export function fromGlobalId(type: NodeType, globalId: string, field: string): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    throw new BadInputError(field, `${field} is not the ID of a ${type}`);
  }
  return parsed.id;
}
