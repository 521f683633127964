import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Visibility } from '../../generated/prisma/enums.js';

/**
 * Scopes of content, for the response cache (response-cache.ts): a kept answer is out of date once a write
 * touched a scope the answer read. The scopes:
 * - `*`: everything. Every write touches it unless it is on the allowlist below, and every answer reads it;
 * - `atelier:<id>`: what an atelier shares with the tribune and the public (TRIBUNE and PUBLIC lessons, insights
 *   and the reactions on them);
 * - `atelier-inner:<id>`: what an atelier keeps below the tribune (DRAFT, PRACTICE, ARENA);
 * - `person:<id>`: a person's own standing: where they take part, in which role.
 *
 * Safe by default, both ways. The collector is the request's context (`ctx.contentScopes`, one per request, so
 * nothing leaks between requests): a root field on an allowlist says what it wrote or read, once it knows.
 * A mutation that failed, or has a root field that said nothing, touched everything; an answer with a root field
 * that said nothing, or a field its root's list does not name, read everything. An allowlisted write must write
 * nothing but what it declares (its notifications and audit entries aside, which no scoped answer reads).
 */
export const EVERYTHING = '*';
export const atelierScope = (atelierId: string): string => `atelier:${atelierId}`;
export const atelierInnerScope = (atelierId: string): string => `atelier-inner:${atelierId}`;
export const personScope = (userId: string): string => `person:${userId}`;

/** The scope of what an atelier holds at one rung of the visibility ladder. */
export function rungScope(atelierId: string, visibility: Visibility): string {
  return visibility === 'TRIBUNE' || visibility === 'PUBLIC'
    ? atelierScope(atelierId)
    : atelierInnerScope(atelierId);
}

/** The mutations that may declare finer scopes; any other touches everything. */
type ScopedWrite =
  'logLesson' | 'setLessonVisibility' | 'react' | 'removeParticipant' | 'leaveAtelier' | 'switchRole';

/**
 * The queries that may declare what they read, each with every field its answer may ask (`Type.field`): all of
 * them read from what the root field's own statement loaded, so the root's scopes cover them. Asking any other
 * field (an atelier's arena lessons under a feed item, say) makes the answer read everything.
 */
const SCOPED_READS = {
  // The tribune's feed (FeedService): the web app's Feed page and the benchmark's feed ask within these.
  feed: new Set([
    'Query.feed',
    'FeedItemConnection.edges',
    'FeedItemConnection.pageInfo',
    'FeedItemConnection.totalCount',
    'FeedItemEdge.cursor',
    'FeedItemEdge.node',
    'PageInfo.endCursor',
    'PageInfo.hasNextPage',
    'PageInfo.hasPreviousPage',
    'PageInfo.startCursor',
    ...[
      'id',
      'title',
      'excerpt',
      'conditions',
      'sharedAt',
      'author',
      'atelier',
      'municipality',
      'reactions',
    ].map((field) => `Lesson.${field}`),
    ...[
      'id',
      'title',
      'excerpt',
      'conditions',
      'sharedAt',
      'lessonCount',
      'author',
      'atelier',
      'reactions',
    ].map((field) => `Insight.${field}`),
    'User.id',
    'User.name',
    'Atelier.id',
    'Atelier.title',
    'Municipality.id',
    'Municipality.name',
    'Reaction.id',
  ]),
} satisfies Record<string, ReadonlySet<string>>;

type ScopedRead = keyof typeof SCOPED_READS;

/** One request's collector: what its root fields said they wrote or read. */
export class ContentScopes {
  private readonly written = new Map<string, string[]>();
  private readonly read = new Map<string, string[]>();

  /** A mutation's root field says what its writes touched (called after they are done). */
  wrote(field: ScopedWrite, scopes: readonly string[]): void {
    this.written.set(field, [...(this.written.get(field) ?? []), ...scopes]);
  }

  /** A query's root field says what its answer read, besides everything. */
  readFrom(field: ScopedRead, scopes: readonly string[]): void {
    this.read.set(field, [...(this.read.get(field) ?? []), ...scopes]);
  }

  /** What a mutation touched: what each of its root fields declared, or everything. */
  touchedBy(document: DocumentNode, operation: OperationDefinitionNode, failed: boolean): string[] {
    const fields = rootFields(document, operation.selectionSet);
    if (failed || fields.length === 0 || fields.some((field) => !this.written.has(field)))
      return [EVERYTHING];
    return unique([...fields.flatMap((field) => this.written.get(field)!)]);
  }

  /** What a query's answer read: `*` and what each root field declared; null when it read everything. */
  readBy(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): string[] | null {
    const fields = rootFields(document, operation.selectionSet);
    if (fields.length === 0 || fields.some((field) => !this.read.has(field))) return null;
    const allowed = new Set(fields.flatMap((field) => [...SCOPED_READS[field as ScopedRead]]));
    if (!asksOnly(schema, document, allowed)) return null;
    return unique([EVERYTHING, ...fields.flatMap((field) => this.read.get(field)!)]);
  }
}

/** The root fields an operation asks (through fragments too), `__typename` aside. */
function rootFields(document: DocumentNode, selectionSet: SelectionSetNode): string[] {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') names.push(selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      names.push(...rootFields(document, selection.selectionSet));
    } else {
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        names.push(...rootFields(document, fragment.selectionSet));
      // Validation finds every fragment; were one missing, a name no root field declares: everything.
      else names.push('?');
    }
  }
  return names;
}

/** Whether every field the document names (all its operations and fragments) is among `allowed`. */
function asksOnly(schema: GraphQLSchema, document: DocumentNode, allowed: ReadonlySet<string>): boolean {
  const typeInfo = new TypeInfo(schema);
  let only = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType();
        if (!parent || !allowed.has(`${parent.name}.${node.name.value}`)) only = false;
      },
    }),
  );
  return only;
}

function unique(scopes: string[]): string[] {
  return [...new Set(scopes)].sort();
}
