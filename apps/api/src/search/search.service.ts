import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import {
  ateliersOfWorkshopSql,
  lessonWaysInSql,
  readableActivitiesSql,
  readableAteliersSql,
  readableInsightsSql,
  readableLessonsSql,
  readableProductsSql,
  readableQuestionsSql,
  readableSocialIssuesSql,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError } from '../common/graphql/app-error.js';
import { pageSize, type ConnectionArgs } from '../common/graphql/connection.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Condition } from '../generated/prisma/enums.js';
import { SearchKind } from './models/search-result.model.js';

const KINDS = ['Lesson', 'Insight', 'Question', 'Atelier', 'SocialIssue', 'Activity', 'Product'] as const;
type Kind = (typeof KINDS)[number];

/** The API's kind names and the types they are. */
export const KIND_OF: Record<SearchKind, Kind> = {
  [SearchKind.LESSON]: 'Lesson',
  [SearchKind.INSIGHT]: 'Insight',
  [SearchKind.QUESTION]: 'Question',
  [SearchKind.ATELIER]: 'Atelier',
  [SearchKind.SOCIAL_ISSUE]: 'SocialIssue',
  [SearchKind.ACTIVITY]: 'Activity',
  [SearchKind.PRODUCT]: 'Product',
};

/** How a search is narrowed (all optional; each one given narrows further). */
export interface SearchFilters {
  /** Only what belongs to this werkplaats. */
  workshopId?: string | null;
  /** Only these kinds (null or empty: all). */
  kinds?: readonly Kind[] | null;
  /** Only what belongs to this atelier (the atelier itself, its kwestie, and what was made in it). */
  atelierId?: string | null;
  /** Only lessons and insights speaking to this condition (nothing else carries conditions). */
  condition?: Condition | null;
  /** Only what is dated at or after this moment (see `SOURCES.at`). */
  from?: Date | null;
  /** Only what is dated before this moment. */
  to?: Date | null;
}

/** One match: what it is, how well it matches, and when it was written (newer first on equal rank). */
interface Hit {
  kind: Kind;
  id: string;
  rank: number;
  at: number;
}

/**
 * How many readable matches per kind a search considers. A query matching more than this many rows of one
 * kind that its reader may read is too broad to be useful; its best-ranked rows are the ones considered.
 */
export const RANKED_PER_KIND = 1000;

const querySchema = z
  .string()
  .trim()
  .min(1, { message: 'is empty' })
  .max(200, { message: 'is too long (200 characters at most)' });

// Fixed table and column names only: no user input reaches the SQL text; the query and filters are bound parameters.
// Each SQL piece is written on the alias `t` of the kind's table.
const t = (column: string) => Prisma.raw(`t."${column}"`);
const inAtelierOf = (atelierId: string) => Prisma.sql`t."atelierId" = ${atelierId}::uuid`;
const inWorkshopOf = (workshopId: string) =>
  Prisma.sql`t."atelierId" IN (${ateliersOfWorkshopSql(workshopId)})`;

const SOURCES: Record<
  Kind,
  {
    table: string;
    text: string;
    /** The date it carries: when written, started, planned for (an activity) or published (a product). */
    at: Prisma.Sql;
    /** Whether it says which conditions it speaks to (the condition filter keeps only these kinds). */
    conditions: boolean;
    inAtelier: (atelierId: string) => Prisma.Sql;
    inWorkshop: (workshopId: string) => Prisma.Sql;
    readable: (viewer: MaybeViewer, alias: string) => Prisma.Sql;
    /**
     * Where a large kind's readable rows are found (see `lessonWaysInSql`): each way is a statement of its own
     * on its own index, the read rule applied to each. Absent: one statement over the whole GIN index.
     */
    waysIn?: (viewer: MaybeViewer, alias: string) => Prisma.Sql[];
  }
> = {
  Lesson: {
    table: 'Lesson',
    text: 'body',
    at: t('createdAt'),
    conditions: true,
    inAtelier: inAtelierOf,
    inWorkshop: inWorkshopOf,
    readable: readableLessonsSql,
    waysIn: lessonWaysInSql,
  },
  Insight: {
    table: 'Insight',
    text: 'body',
    at: t('createdAt'),
    conditions: true,
    inAtelier: inAtelierOf,
    inWorkshop: inWorkshopOf,
    readable: readableInsightsSql,
  },
  Question: {
    table: 'Question',
    text: 'body',
    at: t('createdAt'),
    conditions: false,
    inAtelier: inAtelierOf,
    inWorkshop: inWorkshopOf,
    readable: readableQuestionsSql,
  },
  Atelier: {
    table: 'Atelier',
    text: 'description',
    at: t('startedAt'),
    conditions: false,
    inAtelier: (atelierId) => Prisma.sql`t.id = ${atelierId}::uuid`,
    inWorkshop: (workshopId) => Prisma.sql`t."workshopId" = ${workshopId}::uuid`,
    readable: readableAteliersSql,
  },
  SocialIssue: {
    table: 'SocialIssue',
    text: 'description',
    at: t('createdAt'),
    conditions: false,
    // The kwestie the atelier works on.
    inAtelier: (atelierId) =>
      Prisma.sql`t.id IN (SELECT "socialIssueId" FROM "Atelier" WHERE id = ${atelierId}::uuid)`,
    inWorkshop: (workshopId) => Prisma.sql`t."workshopId" = ${workshopId}::uuid`,
    readable: readableSocialIssuesSql,
  },
  Activity: {
    table: 'Activity',
    text: 'description',
    at: t('startsAt'),
    conditions: false,
    inAtelier: inAtelierOf,
    // Its atelier's werkplaats, or the werkplaats itself for a werkplaats-wide one.
    inWorkshop: (workshopId) =>
      Prisma.sql`(${inWorkshopOf(workshopId)} OR t."workshopId" = ${workshopId}::uuid)`,
    readable: readableActivitiesSql,
  },
  Product: {
    table: 'Product',
    text: 'description',
    at: Prisma.sql`coalesce(t."publishedAt", t."createdAt")`,
    conditions: false,
    inAtelier: inAtelierOf,
    inWorkshop: inWorkshopOf,
    readable: readableProductsSql,
  },
};

/** The kinds a search looks in: those asked for, and with a condition only those that carry conditions. */
function kindsOf(filters: SearchFilters): Kind[] {
  return KINDS.filter(
    (kind) =>
      (!filters.kinds?.length || filters.kinds.includes(kind)) &&
      (!filters.condition || SOURCES[kind].conditions),
  );
}

/**
 * The query as typed, with its last word apart so that it also matches as the start of a word: while typing
 * "eenz", or "eenzaam" for "eenzaamheid" (Dutch stemming alone does the latter, prefixes the former). A word in
 * a quoted phrase, negated ("-woord") or after "or" keeps websearch's meaning, so it is left as it is.
 */
export function splitLastWord(query: string): { rest: string; prefix: string | null } {
  const match = /^(.*?)([\p{L}\p{N}]+)$/su.exec(query);
  if (!match) return { rest: query, prefix: null };
  const [, before = '', word = ''] = match;
  const inPhrase = (before.split('"').length - 1) % 2 === 1;
  if (inPhrase || /(^|\s)-$/.test(before) || /(^|\s)or\s+$/i.test(before))
    return { rest: query, prefix: null };
  return { rest: before, prefix: word };
}

/**
 * The tsquery of a search: websearch syntax for what was typed, AND the last word as a prefix of a stemmed word.
 * The prefix holds letters and digits only, so to_tsquery's operators can't come in through it.
 */
function tsquerySql(query: string): Prisma.Sql {
  const { rest, prefix } = splitLastWord(query);
  if (!prefix) return Prisma.sql`websearch_to_tsquery('dutch', ${query})`;
  return Prisma.sql`(websearch_to_tsquery('dutch', ${rest}) && to_tsquery('dutch', ${prefix} || ':*'))`;
}

/** A row of the page statement: a hit (all null on an empty page) and the counts, the same on every row. */
interface PageRow {
  kind: Kind | null;
  id: string | null;
  rank: number | null;
  at: Date | null;
  total: number;
  before: number;
}

/**
 * One page of the matches the reader may read, ranked, in one statement: the GIN index of each
 * `searchVector` finds the matches (for lessons, one index per part of the ladder, read only where the reader's
 * ways in lead: a tribune member's search for a common word reads the ~4,600 lessons it may rank, not all
 * ~37,000 that match), the policy's read rule (its SQL form) keeps the readable ones, only those are ranked,
 * and only the page (`size + 1` rows after the cursor, to tell whether more follow) comes back, with the count
 * of all readable matches and of those before the cursor. Always at least one row: the counts, with no hit
 * when the page is empty.
 */
function pageSql(
  viewer: MaybeViewer,
  query: string,
  after: Hit | null,
  size: number,
  filters: SearchFilters,
  kinds: Kind[],
): Prisma.Sql {
  const perKind = kinds.map((kind) => {
    const s = SOURCES[kind];
    const narrow: Prisma.Sql[] = [];
    if (filters.workshopId) narrow.push(s.inWorkshop(filters.workshopId));
    if (filters.atelierId) narrow.push(s.inAtelier(filters.atelierId));
    if (filters.condition) narrow.push(Prisma.sql`${filters.condition}::"Condition" = ANY (t.conditions)`);
    if (filters.from) narrow.push(Prisma.sql`${s.at} >= ${filters.from.toISOString()}::timestamp`);
    if (filters.to) narrow.push(Prisma.sql`${s.at} < ${filters.to.toISOString()}::timestamp`);
    const ways = s.waysIn?.(viewer, 't') ?? [Prisma.sql`TRUE`];
    const found = ways.map((way) => {
      const where = Prisma.join(
        [Prisma.sql`t."searchVector" @@ q.q`, way, s.readable(viewer, 't'), ...narrow],
        ' AND ',
      );
      return Prisma.sql`SELECT t.id, ts_rank_cd(t."searchVector", q.q) AS rank, ${s.at} AS at
    FROM ${Prisma.raw(`"${s.table}"`)} t, q WHERE ${where}`;
    });
    // UNION: a row found by two ways (its author's own, say) counts once.
    return Prisma.sql`(SELECT ${Prisma.raw(`'${kind}'`)} AS kind, f.id::text AS id, f.rank, f.at
  FROM (${Prisma.join(found, '\n    UNION\n    ')}) f
  ORDER BY f.rank DESC, f.at DESC, f.id LIMIT ${Prisma.raw(String(RANKED_PER_KIND))})`;
  });
  const isAfter = after ? afterSql(after) : Prisma.sql`TRUE`;
  return Prisma.sql`WITH q AS (SELECT ${tsquerySql(query)} AS q),
hits AS (${Prisma.join(perKind, '\nUNION ALL\n')})
SELECT h.kind, h.id, h.rank, h.at, c.total, c.before
  FROM (SELECT count(*)::int AS total, (count(*) FILTER (WHERE NOT ${isAfter}))::int AS before FROM hits) c
  LEFT JOIN LATERAL (
    SELECT * FROM hits WHERE ${isAfter}
     ORDER BY rank DESC, at DESC, kind COLLATE "C", id COLLATE "C" LIMIT ${size + 1}
  ) h ON TRUE
 ORDER BY h.rank DESC, h.at DESC, h.kind COLLATE "C", h.id COLLATE "C"`;
}

/**
 * The hits after the cursor in the search order: best rank first, then newest, then kind and id (so the order
 * is total and stable).
 */
function afterSql(after: Hit): Prisma.Sql {
  const rank = Prisma.sql`${after.rank}::real`;
  const at = Prisma.sql`${new Date(after.at).toISOString()}::timestamp`;
  const kind = Prisma.sql`${after.kind} COLLATE "C"`;
  const id = Prisma.sql`${after.id} COLLATE "C"`;
  return Prisma.sql`(rank < ${rank} OR (rank = ${rank} AND (at < ${at} OR (at = ${at}
    AND (kind COLLATE "C" > ${kind} OR (kind = ${after.kind} AND id COLLATE "C" > ${id}))))))`;
}

// Highlights are marked with control characters (removed from the text first), then taken out in JS; so are the
// places between the pieces of text a snippet shows.
const START = '\u0001';
const STOP = '\u0002';
const BETWEEN = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=${BETWEEN}`;

/**
 * The snippets of one page (readable rows only), with the query's words marked, and the whole text (to tell
 * whether a snippet starts at its start and ends at its end): one statement.
 */
const HEADLINE_SQL = `WITH q AS (SELECT CASE WHEN $4::text IS NULL THEN websearch_to_tsquery('dutch', $1)
  ELSE websearch_to_tsquery('dutch', $1) && to_tsquery('dutch', $4::text || ':*') END AS q)
SELECT s.kind, s.id, ts_headline('dutch', s.text, q.q, $3) AS headline, s.text FROM q, (
${KINDS.map((kind) => {
  const s = SOURCES[kind];
  return `  SELECT '${kind}' AS kind, id::text AS id, regexp_replace(regexp_replace("${s.text}", '<[^>]*>', ' ', 'g'), '[\\x01-\\x03]', '', 'g') AS text
  FROM "${s.table}" WHERE id = ANY($2::uuid[])`;
}).join('\n  UNION ALL\n')}
) s`;

/** A snippet: plain text and where in it the matching words are. */
export interface Snippet {
  text: string;
  marks: { start: number; length: number }[];
}

/**
 * Full-text search (Postgres, Dutch stemming) over lessons, insights, questions, ateliers, kwesties, tribune
 * activities and products. Matching and ranking happen in SQL on the GIN indexes, inside the same read rule as
 * every other read (the policy's SQL form of it), so a search never finds more than a direct read would show,
 * never misses a readable match for unreadable ones that rank higher, and `totalCount` counts only what the
 * reader may see. The filters (kind, werkplaats, atelier, condition, dates) narrow each kind's statement.
 *
 * Order: rank (ts_rank_cd, titles weigh more than text), then newest, then kind and id. The cursor holds
 * that whole sort key. Statements per request: one ranking, one load per kind on the page, and (only when
 * asked) one for the snippets — none of it grows with `first`.
 */
@Injectable()
export class SearchService {
  constructor(private readonly prisma: PrismaService) {}

  async search(viewer: MaybeViewer, rawQuery: string, args: ConnectionArgs, filters: SearchFilters = {}) {
    const query = validate(querySchema, rawQuery, 'query');
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after) : null;
    if (filters.from && filters.to && filters.to.getTime() <= filters.from.getTime()) {
      throw new BadInputError('to', 'to must come after from', 'afterStart');
    }

    const kinds = kindsOf(filters);
    const rows =
      kinds.length === 0
        ? []
        : await this.prisma.$queryRaw<PageRow[]>(pageSql(viewer, query, after, size, filters, kinds));
    const { total, before } = rows[0] ?? { total: 0, before: 0 };
    const hits: Hit[] = rows.flatMap((r) =>
      r.kind === null || r.id === null
        ? []
        : [{ kind: r.kind, id: r.id, rank: Number(r.rank), at: new Date(r.at as Date).getTime() }],
    );
    const page = hits.slice(0, size);
    const nodes = await this.load(page);
    let snippets: Promise<Map<string, Snippet | null>> | undefined;
    const snippetOf = (hit: Hit) => async () => {
      snippets ??= this.snippets(query, page);
      return (await snippets).get(key(hit)) ?? null;
    };
    const edges = page.flatMap((hit) => {
      const node = nodes.get(key(hit));
      return node
        ? [
            {
              cursor: encodeCursor(hit),
              rank: hit.rank,
              loadSnippet: snippetOf(hit),
              node: { ...node, __typename: hit.kind },
            },
          ]
        : [];
    });
    return {
      edges,
      totalCount: total,
      pageInfo: {
        hasNextPage: hits.length > size,
        hasPreviousPage: before > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** The rows of one page (already known to be readable): one statement per kind on the page. */
  private async load(page: Hit[]): Promise<Map<string, object>> {
    const ids = (kind: Kind) => page.filter((h) => h.kind === kind).map((h) => h.id);
    const find = async <T extends { id: string }>(
      kind: Kind,
      fetch: (ids: string[]) => Promise<T[]>,
    ): Promise<[string, T][]> => {
      const wanted = ids(kind);
      if (wanted.length === 0) return [];
      return (await fetch(wanted)).map((r) => [`${kind}:${r.id}`, r]);
    };
    const groups = await Promise.all([
      find('Lesson', (i) => this.prisma.lesson.findMany({ where: { id: { in: i } } })),
      find('Insight', (i) => this.prisma.insight.findMany({ where: { id: { in: i } } })),
      find('Question', (i) => this.prisma.question.findMany({ where: { id: { in: i } } })),
      find('Atelier', (i) => this.prisma.atelier.findMany({ where: { id: { in: i } } })),
      find('SocialIssue', (i) => this.prisma.socialIssue.findMany({ where: { id: { in: i } } })),
      find('Activity', (i) => this.prisma.activity.findMany({ where: { id: { in: i } } })),
      find('Product', (i) => this.prisma.product.findMany({ where: { id: { in: i } } })),
    ]);
    return new Map<string, object>(groups.flat());
  }

  /** Snippets of the page's texts with the matching words marked, keyed like the hits. */
  private async snippets(query: string, page: Hit[]): Promise<Map<string, Snippet | null>> {
    if (page.length === 0) return new Map();
    const { rest, prefix } = splitLastWord(query);
    const rows = await this.prisma.$queryRawUnsafe<
      { kind: Kind; id: string; headline: string | null; text: string | null }[]
    >(
      HEADLINE_SQL,
      prefix ? rest : query,
      page.map((h) => h.id),
      HEADLINE_OPTIONS,
      prefix,
    );
    return new Map(rows.map((r) => [`${r.kind}:${r.id}`, snippetOf(r.headline, r.text)]));
  }
}

const key = (hit: Pick<Hit, 'kind' | 'id'>) => `${hit.kind}:${hit.id}`;

function encodeCursor(hit: Hit): string {
  return Buffer.from(JSON.stringify([hit.rank, hit.at, hit.kind, hit.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): Hit {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      typeof parsed[0] === 'number' &&
      typeof parsed[1] === 'number' &&
      (KINDS as readonly unknown[]).includes(parsed[2]) &&
      typeof parsed[3] === 'string'
    ) {
      return { rank: parsed[0], at: parsed[1], kind: parsed[2] as Kind, id: parsed[3] };
    }
  } catch {
    // below
  }
  throw new BadInputError('after', 'after is not a cursor of this list');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const MARKERS = new RegExp(`[${START}${STOP}${BETWEEN}]`, 'g');

/** Stored text as plain text: entities decoded (never into a marker), white space collapsed. */
function plain(raw: string): string {
  return raw
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#')) {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 3 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const ELLIPSIS = '…';

/**
 * A headline of ts_headline (its pieces apart by BETWEEN, the matches between START and STOP) as a snippet:
 * plain text with "…" where the text goes on before, between or after the pieces (which ts_headline cuts at
 * word boundaries), and the ranges of the matches. `whole` is the text it was taken from (tags stripped); null
 * when not known, and then no "…" is added at the ends.
 */
export function snippetOf(raw: string | null, whole: string | null = null): Snippet | null {
  if (!raw) return null;
  const pieces = raw
    .split(BETWEEN)
    .map((piece) => plain(piece))
    .filter((piece) => piece.replace(MARKERS, '') !== '');
  if (pieces.length === 0) return null;
  const full = whole === null ? null : plain(whole).replace(MARKERS, '');
  const bare = (piece: string) => piece.replace(MARKERS, '');
  const first = bare(pieces[0]!);
  const last = bare(pieces.at(-1)!);
  const lead = full !== null && !full.startsWith(first) ? `${ELLIPSIS} ` : '';
  const trail = full !== null && !full.endsWith(last) ? ` ${ELLIPSIS}` : '';
  const marked = lead + pieces.join(` ${ELLIPSIS} `) + trail;

  let text = '';
  const marks: Snippet['marks'] = [];
  let open: number | null = null;
  for (const ch of marked) {
    if (ch === START) open ??= text.length;
    else if (ch === STOP) {
      if (open !== null && text.length > open) marks.push({ start: open, length: text.length - open });
      open = null;
    } else text += ch;
  }
  return { text, marks };
}

/** A snippet as HTML that is safe to insert: the text escaped, only the matches wrapped in `<mark>…</mark>`. */
export function snippetHtml(snippet: Snippet | null): string | null {
  if (!snippet) return null;
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  let html = '';
  let at = 0;
  for (const { start, length } of snippet.marks) {
    html += `${escape(snippet.text.slice(at, start))}<mark>${escape(snippet.text.slice(start, start + length))}</mark>`;
    at = start + length;
  }
  return html + escape(snippet.text.slice(at));
}

/**
 * A headline as HTML that is safe to insert: the text (tags already stripped in SQL) has its entities
 * decoded and is then escaped, and only the marked words become `<mark>…</mark>`.
 */
export function safeHeadline(raw: string | null): string | null {
  return snippetHtml(snippetOf(raw));
}
