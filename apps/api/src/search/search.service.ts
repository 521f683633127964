import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';
import { ateliersReadableAt, readableInsights, readableLessons } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError } from '../common/graphql/app-error.js';
import { pageSize, type ConnectionArgs } from '../common/graphql/connection.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService } from '../common/prisma/prisma.service.js';

type Kind = 'Lesson' | 'Insight' | 'Question' | 'Atelier';

interface Hit {
  kind: Kind;
  id: string;
  rank: number;
}

/** How many matches per kind are ranked before the policy filters them; beyond it, refine the query. */
const RANKED_PER_KIND = 500;

const querySchema = z.string().trim().min(1, { message: 'is empty' }).max(200, { message: 'is too long (200 characters at most)' });

// The tables are fixed names (no user input reaches the SQL text); the query is a bound parameter.
const RANK_SQL: Record<Kind, string> = {
  Lesson: rankSql('Lesson'),
  Insight: rankSql('Insight'),
  Question: rankSql('Question'),
  Atelier: rankSql('Atelier'),
};

function rankSql(table: Kind): string {
  return `SELECT id::text AS id, ts_rank_cd("searchVector", q) AS rank
    FROM "${table}", websearch_to_tsquery('dutch', $1) AS q
    WHERE "searchVector" @@ q ORDER BY rank DESC, id LIMIT ${RANKED_PER_KIND}`;
}

/**
 * Full-text search (Postgres, Dutch stemming) over lessons, insights, questions and ateliers. Matching is
 * ranked in SQL on the GIN indexes; what the reader may see is then decided by the same policy as every
 * other read (a Prisma `where` per kind), so a search never finds more than a direct read would show.
 */
@Injectable()
export class SearchService {
  constructor(private readonly prisma: PrismaService) {}

  async search(viewer: MaybeViewer, rawQuery: string, args: ConnectionArgs) {
    const query = validate(querySchema, rawQuery, 'query');
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after) : null;

    const ranked = await Promise.all(
      (Object.keys(RANK_SQL) as Kind[]).map(async (kind) => {
        const rows = await this.prisma.$queryRawUnsafe<{ id: string; rank: number }[]>(RANK_SQL[kind], query);
        return rows.map((r) => ({ kind, id: r.id, rank: Number(r.rank) }));
      }),
    );
    const readable = await this.readable(viewer, ranked);
    const hits = ranked.flat().filter((h) => readable.has(`${h.kind}:${h.id}`));
    // Best first; ties by kind and id, so the order (and the cursor) is stable.
    hits.sort((a, b) => b.rank - a.rank || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
    const start = after ? hits.findIndex((h) => isAfter(h, after)) : 0;
    const from = start === -1 ? hits.length : start;
    const page = hits.slice(from, from + size);
    const nodes = await this.load(page);
    const edges = page.flatMap((hit) => {
      const node = nodes.get(`${hit.kind}:${hit.id}`);
      return node ? [{ cursor: encodeCursor(hit), rank: hit.rank, node: { ...node, __typename: hit.kind } }] : [];
    });
    return {
      edges,
      totalCount: hits.length,
      pageInfo: {
        hasNextPage: from + size < hits.length,
        hasPreviousPage: from > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** The matches the reader may see, by the policy's where-clauses: one statement per kind. */
  private async readable(viewer: MaybeViewer, ranked: Hit[][]): Promise<Set<string>> {
    const ids = (kind: Kind) => ranked.flat().filter((h) => h.kind === kind).map((h) => h.id);
    const select = { id: true } as const;
    const [lessons, insights, questions, ateliers] = await Promise.all([
      this.prisma.lesson.findMany({ where: { AND: [{ id: { in: ids('Lesson') } }, readableLessons(viewer)] }, select }),
      this.prisma.insight.findMany({ where: { AND: [{ id: { in: ids('Insight') } }, readableInsights(viewer)] }, select }),
      this.prisma.question.findMany({ where: { id: { in: ids('Question') }, atelier: ateliersReadableAt(viewer, 'ARENA') } satisfies Prisma.QuestionWhereInput, select }),
      // Ateliers themselves are public (the agenda); their content is guarded above.
      this.prisma.atelier.findMany({ where: { id: { in: ids('Atelier') } }, select }),
    ]);
    return new Set([
      ...lessons.map((r) => `Lesson:${r.id}`),
      ...insights.map((r) => `Insight:${r.id}`),
      ...questions.map((r) => `Question:${r.id}`),
      ...ateliers.map((r) => `Atelier:${r.id}`),
    ]);
  }

  /** The rows of one page (already known to be readable). */
  private async load(page: Hit[]): Promise<Map<string, object>> {
    const ids = (kind: Kind) => page.filter((h) => h.kind === kind).map((h) => h.id);
    const find = <T extends { id: string }>(kind: Kind, fetch: (ids: string[]) => Promise<T[]>) =>
      ids(kind).length === 0 ? Promise.resolve([] as [string, T][]) : fetch(ids(kind)).then((rows) => rows.map((r) => [`${kind}:${r.id}`, r] as [string, T]));
    const groups = await Promise.all([
      find('Lesson', (i) => this.prisma.lesson.findMany({ where: { id: { in: i } } })),
      find('Insight', (i) => this.prisma.insight.findMany({ where: { id: { in: i } } })),
      find('Question', (i) => this.prisma.question.findMany({ where: { id: { in: i } } })),
      find('Atelier', (i) => this.prisma.atelier.findMany({ where: { id: { in: i } } })),
    ]);
    return new Map<string, object>(groups.flat());
  }
}

function encodeCursor(hit: Hit): string {
  return Buffer.from(JSON.stringify([hit.rank, hit.kind, hit.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): Hit {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && typeof parsed[0] === 'number' && typeof parsed[1] === 'string' && typeof parsed[2] === 'string') {
      return { rank: parsed[0], kind: parsed[1] as Kind, id: parsed[2] };
    }
  } catch {
    // below
  }
  throw new BadInputError('after', 'after is not a cursor of this list');
}

/** Whether `hit` comes after the cursor in the sort order (rank desc, kind, id). */
function isAfter(hit: Hit, cursor: Hit): boolean {
  if (hit.rank !== cursor.rank) return hit.rank < cursor.rank;
  if (hit.kind !== cursor.kind) return hit.kind > cursor.kind;
  return hit.id > cursor.id;
}
