import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType, type FieldMiddleware } from '@nestjs/graphql';
import { BadInputError } from './app-error.js';
import { PageInfo, isUuid } from './relay.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `How many to return (1–${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * A page of a Relay connection. `totalCount` is a function so that graphql-js calls it only when a
 * client asks for the count: a page costs one statement, the count one more.
 */
export interface ConnectionPage<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/** Calls the lazy `totalCount` of a ConnectionPage (plain numbers pass through). */
const resolveLazyCount: FieldMiddleware = async (_ctx, next) => {
  const value: unknown = await next();
  return typeof value === 'function' ? (value as () => Promise<number>)() : value;
};

/** Builds `<Name>Connection` and `<Name>Edge` types for a node type. */
export function Connection<T>(nodeType: Type<T>, name: string = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, {
      description: 'How many there are in all, for this reader.',
      middleware: [resolveLazyCount],
    })
    totalCount!: number;
  }
  return ConnectionType;
}

type SortValue = Date | string | number;

/** What a cursor points after: the sort value and id of the last row of the previous page. */
export interface CursorKey {
  value: SortValue;
  id: string;
}

function encodeCursor(value: SortValue, id: string): string {
  const tagged =
    value instanceof Date ? ['d', value.toISOString()] : [typeof value === 'number' ? 'n' : 's', value];
  return Buffer.from(JSON.stringify([...tagged, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): CursorKey {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && typeof parsed[2] === 'string' && isUuid(parsed[2])) {
      const [tag, raw, id] = parsed as [unknown, unknown, string];
      if (tag === 'd' && typeof raw === 'string' && !Number.isNaN(Date.parse(raw)))
        return { value: new Date(raw), id };
      if (tag === 'n' && typeof raw === 'number') return { value: raw, id };
      if (tag === 's' && typeof raw === 'string') return { value: raw, id };
    }
  } catch {
    // falls through to the error below: any undecodable cursor is the client's mistake
  }
  throw new BadInputError('after', 'after is not a cursor of this list');
}

export function pageSize(first: number | null | undefined): number {
  const size = validPageSize(first);
  if (size === null) throw new BadInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  return size;
}

/** The page size `first` asks for, or null when it is out of range (`pageSize` refuses it). */
export function validPageSize(first: number | null | undefined): number | null {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  return Number.isInteger(first) && first >= 1 && first <= MAX_PAGE_SIZE ? first : null;
}

/**
 * A first page read ahead by another statement of the same request (AtelierPageService): `first + 1` rows in
 * the list's order under the list's own rule, and its count when the client asked for it.
 */
export interface PageReadAhead<T> {
  rows: T[];
  totalCount?: number;
}

export interface KeysetQuery {
  /** Extra condition for rows after the cursor; merge it into the list's `where` with AND. */
  after: Record<string, unknown> | undefined;
  /** The same cursor as values, for a list read with hand-written SQL. */
  cursor: CursorKey | undefined;
  orderBy: Record<string, 'asc' | 'desc'>[];
  take: number;
}

/**
 * Keyset (cursor) pagination over (sortField, id): no offsets, so a page costs the same deep in the list.
 * `load` receives the keyset parts to merge into its Prisma query; rows must include `id` and sortField.
 */
export async function paginate<T extends { id: string }, N = T>(options: {
  args: ConnectionArgs;
  sortField: NoInfer<keyof T & string>;
  /** What the sort field holds: a cursor carrying another kind of value is refused as bad input. */
  sortKind: 'date' | 'text';
  direction: 'asc' | 'desc';
  load: (query: KeysetQuery) => Promise<T[]>;
  count: () => Promise<number>;
  toNode?: (row: T) => N;
  /** The first page, already read: used instead of `load` (and of `count`, when it holds the count). */
  readAhead?: PageReadAhead<T>;
}): Promise<ConnectionPage<N>> {
  const { args, sortField, direction } = options;
  const size = pageSize(args.first);
  const cursor = args.after ? decodeCursor(args.after) : undefined;
  if (
    cursor &&
    !(options.sortKind === 'date' ? cursor.value instanceof Date : typeof cursor.value === 'string')
  ) {
    throw new BadInputError('after', 'after is not a cursor of this list');
  }
  const op = direction === 'asc' ? 'gt' : 'lt';
  const after = cursor
    ? {
        OR: [{ [sortField]: { [op]: cursor.value } }, { [sortField]: cursor.value, id: { [op]: cursor.id } }],
      }
    : undefined;
  const readAhead = cursor ? undefined : options.readAhead;
  const rows =
    readAhead?.rows ??
    (await options.load({
      after,
      cursor,
      orderBy: [{ [sortField]: direction }, { id: direction }],
      take: size + 1,
    }));
  const hasNextPage = rows.length > size;
  const pageRows = hasNextPage ? rows.slice(0, size) : rows;
  const toNode = options.toNode ?? ((row: T) => row as unknown as N);
  const edges = pageRows.map((row) => ({
    cursor: encodeCursor(row[sortField] as SortValue, row.id),
    node: toNode(row),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: cursor !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount:
      readAhead?.totalCount !== undefined ? () => Promise.resolve(readAhead.totalCount!) : options.count,
  };
}

/** Combines where-clauses with AND, leaving out the absent ones. */
export function allOf<W>(...parts: (W | undefined)[]): { AND: W[] } {
  return { AND: parts.filter((part): part is W => part !== undefined) };
}
