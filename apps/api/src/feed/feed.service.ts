import { Injectable } from '@nestjs/common';
import { Prisma, type Atelier, type Insight, type Lesson } from '../generated/prisma/client.js';
import type { Condition } from '../generated/prisma/enums.js';
import { AtelierService } from '../atelier/atelier.service.js';
import {
  FEED_VISIBILITIES,
  notHiddenInFeedSql,
  ateliersOfWorkshopSql,
  feedAteliersSql,
  requireViewer,
} from '../common/authz/policy.js';
import type { MaybeViewer, Viewer } from '../common/authz/viewer.js';
import {
  paginate,
  type ConnectionArgs,
  type ConnectionPage,
  type CursorKey,
} from '../common/graphql/connection.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { fromJsonRow } from '../common/prisma/json-rows.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { InsightService } from '../insight/insight.service.js';
import { ReactionService } from '../reaction/reaction.service.js';
import { UserService } from '../user/user.service.js';
import { WerkgebiedService } from '../werkgebied/werkgebied.service.js';

/** Narrowing the feed; each filter only narrows the ateliers the person follows, never widens them. */
export interface FeedFilters {
  workshopId: string | null;
  atelierId: string | null;
  condition: Condition | null;
}

const NO_FILTERS: FeedFilters = { workshopId: null, atelierId: null, condition: null };

/** One item of the feed by kind and id (feedItemAdded reads just that one). */
interface FeedItemKey {
  kind: 'Lesson' | 'Insight';
  id: string;
}

type FeedRow = (Lesson & { __typename: 'Lesson' }) | (Insight & { __typename: 'Insight' });

/** One row of the feed statement: the item and what the feed page shows with it, as JSON rows. */
interface FeedSqlRow {
  kind: 'Lesson' | 'Insight';
  item: Record<string, unknown>;
  author: Record<string, unknown>;
  atelier: Record<string, unknown>;
  municipality: Record<string, unknown> | null;
  reactions: Record<string, unknown>[];
  lessonCount: number | null;
  /** The ateliers the statement read the feed from (its `mine`), the same on every row. */
  mine: string[];
}

/**
 * The tribune's feed: lessons and insights shared (TRIBUNE and up) in the ateliers a person takes part in,
 * newest share first. The busiest page of the platform, so one statement reads the whole page: per atelier
 * the newest items by the (atelierId, sharedAt, id) indexes, merged, with each item's author, atelier,
 * gemeente, reactions and lesson count; those are primed into the request's loaders, so the nested fields
 * cost nothing more. With the session that is two statements per feed request, whatever the page size.
 */
@Injectable()
export class FeedService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UserService,
    private readonly ateliers: AtelierService,
    private readonly werkgebied: WerkgebiedService,
    private readonly reactions: ReactionService,
    private readonly insights: InsightService,
  ) {}

  feed(
    viewer: MaybeViewer,
    loaders: Loaders,
    args: ConnectionArgs,
    filters: FeedFilters = NO_FILTERS,
    readFrom: (ateliers: string[]) => void = () => {},
  ): Promise<ConnectionPage<FeedRow>> {
    const v = requireViewer(viewer);
    // One werkplaats's tribune, or one atelier's: among the ateliers one follows, inside the same statement.
    const mine = Prisma.sql`SELECT m.id FROM (${feedAteliersSql(v)}) m WHERE TRUE
      ${filters.workshopId ? Prisma.sql`AND m.id IN (${ateliersOfWorkshopSql(filters.workshopId)})` : Prisma.empty}
      ${filters.atelierId ? Prisma.sql`AND m.id = ${filters.atelierId}::uuid` : Prisma.empty}`;
    const about = filters.condition;
    return paginate<FeedRow & { sharedAt: Date }>({
      args,
      sortField: 'sharedAt',
      sortKind: 'date',
      direction: 'desc',
      load: async ({ cursor, take }) => {
        // The busiest statement of the platform, sent by pg itself (its rows are JSON, ints and text).
        const rows = await this.prisma.rows<FeedSqlRow>(pageSql(mine, about, cursor, take));
        // The ateliers this page came from: a write elsewhere leaves it as it is (the response cache).
        if (rows[0]) readFrom(rows[0].mine);
        return rows.map((row) => this.fromRow(v, loaders, row));
      },
      count: async () => {
        const [row] = await this.prisma.$queryRaw<{ count: number }[]>(countSql(mine, about));
        return row?.count ?? 0;
      },
    });
  }

  /**
   * One lesson or insight as the viewer's feed shows it, or null when it is not there: read by the feed's own
   * statement (the ateliers one follows, the feed's rungs, hidden lessons left out), for feedItemAdded.
   */
  async item(
    viewer: MaybeViewer,
    loaders: Loaders,
    kind: 'Lesson' | 'Insight',
    id: string,
  ): Promise<FeedRow | null> {
    const v = requireViewer(viewer);
    const mine = Prisma.sql`SELECT m.id FROM (${feedAteliersSql(v)}) m`;
    const [row] = await this.prisma.$queryRaw<FeedSqlRow[]>(pageSql(mine, null, undefined, 1, { kind, id }));
    return row ? this.fromRow(v, loaders, row) : null;
  }

  private fromRow(v: Viewer, loaders: Loaders, row: FeedSqlRow): FeedRow & { sharedAt: Date } {
    const author = fromJsonRow('User', row.author);
    const atelier = fromJsonRow('Atelier', row.atelier);
    this.users.prime(loaders, author);
    this.ateliers.prime(loaders, atelier);
    if (row.municipality)
      this.werkgebied.primeMunicipality(loaders, fromJsonRow('Municipality', row.municipality));
    const reactions = row.reactions.map((r) => fromJsonRow('Reaction', r));
    if (row.kind === 'Lesson') {
      const lesson = fromJsonRow('Lesson', row.item);
      this.reactions.prime(loaders, v, 'Lesson', lesson.id, reactions, atelier);
      return { ...lesson, __typename: 'Lesson' as const } as FeedRow & { sharedAt: Date };
    }
    const insight = fromJsonRow('Insight', row.item);
    this.reactions.prime(loaders, v, 'Insight', insight.id, reactions, atelier);
    this.insights.primeLessonCount(loaders, insight.id, row.lessonCount ?? 0);
    return { ...insight, __typename: 'Insight' as const } as FeedRow & { sharedAt: Date };
  }

  async feedAteliers(viewer: MaybeViewer, loaders: Loaders, workshopId: string | null): Promise<Atelier[]> {
    const rows = await this.prisma.$queryRaw<{ atelier: Record<string, unknown> }[]>(
      feedAteliersWhere(viewer, workshopId),
    );
    const ateliers = rows.map((row) => fromJsonRow('Atelier', row.atelier));
    for (const atelier of ateliers) this.ateliers.prime(loaders, atelier);
    return ateliers;
  }
}

/** The ateliers one's feed reads (optionally of one werkplaats), by title: the choices of its atelier filter. */
export function feedAteliersWhere(viewer: MaybeViewer, workshopId: string | null): Prisma.Sql {
  const v = requireViewer(viewer);
  return Prisma.sql`SELECT to_jsonb(a) - 'searchVector' AS atelier FROM "Atelier" a WHERE a.id IN (${feedAteliersSql(v)})
    ${workshopId ? Prisma.sql`AND a."workshopId" = ${workshopId}::uuid` : Prisma.empty}
    ORDER BY a.title, a.id`;
}

/** Rows after the cursor in (sharedAt, id) descending order; sharedAt is timestamp(3) in UTC. */
function afterCursor(alias: string, cursor: CursorKey | undefined): Prisma.Sql {
  if (!cursor) return Prisma.empty;
  const at = (cursor.value as Date).toISOString(); // paginate admits only date cursors here (sortKind)
  const table = Prisma.raw(alias);
  return Prisma.sql`AND (${table}."sharedAt", ${table}.id) < (${at}::timestamp, ${cursor.id}::uuid)`;
}

/** Shared items of one kind in the ateliers of `mine`: each atelier's newest first, by (atelierId, sharedAt, id). */
function newestShared(
  kind: 'Lesson' | 'Insight',
  about: Condition | null,
  cursor: CursorKey | undefined,
  take: number,
  only?: FeedItemKey,
): Prisma.Sql {
  if (only && only.kind !== kind)
    return Prisma.sql`SELECT ${Prisma.raw(`'${kind}'`)} AS kind, NULL::uuid AS id, NULL::timestamp AS "sharedAt" WHERE FALSE`;
  return Prisma.sql`SELECT ${Prisma.raw(`'${kind}'`)} AS kind, x.id, x."sharedAt" FROM mine, LATERAL (
      SELECT t.id, t."sharedAt" FROM ${Prisma.raw(`"${kind}"`)} t
       WHERE t."atelierId" = mine.id AND ${isShared('t')} ${kind === 'Lesson' ? Prisma.sql`AND ${notHiddenInFeedSql('t')}` : Prisma.empty}
         ${isAbout('t', about)} ${afterCursor('t', cursor)} ${only ? Prisma.sql`AND t.id = ${only.id}::uuid` : Prisma.empty}
       ORDER BY t."sharedAt" DESC, t.id DESC
       LIMIT ${take}) x`;
}

function isShared(alias: string): Prisma.Sql {
  const table = Prisma.raw(alias);
  return Prisma.sql`${table}.visibility IN ${FEED_VISIBILITIES} AND ${table}."sharedAt" IS NOT NULL`;
}

/**
 * Items about one condition. The atelier's (atelierId, sharedAt, id) walk stays the plan: most shared items
 * carry a condition chosen from four, so a filtered page reads a few times its length, no extra index needed.
 */
function isAbout(alias: string, about: Condition | null): Prisma.Sql {
  if (!about) return Prisma.empty;
  return Prisma.sql`AND ${about}::"Condition" = ANY(${Prisma.raw(alias)}.conditions)`;
}

function pageSql(
  mine: Prisma.Sql,
  about: Condition | null,
  cursor: CursorKey | undefined,
  take: number,
  only?: FeedItemKey,
): Prisma.Sql {
  return Prisma.sql`
WITH mine AS (${mine}),
page AS (
  SELECT * FROM (
    ${newestShared('Lesson', about, cursor, take, only)}
    UNION ALL
    ${newestShared('Insight', about, cursor, take, only)}
  ) items
  ORDER BY "sharedAt" DESC, id DESC
  LIMIT ${take}
)
SELECT p.kind,
       CASE WHEN p.kind = 'Lesson' THEN to_jsonb(l) - 'searchVector' ELSE to_jsonb(i) - 'searchVector' END AS item,
       to_jsonb(u) AS author,
       to_jsonb(a) - 'searchVector' AS atelier,
       to_jsonb(m) AS municipality,
       CASE WHEN p.kind = 'Lesson'
            THEN (SELECT coalesce(jsonb_agg(to_jsonb(r) ORDER BY r."createdAt", r.id), '[]'::jsonb)
                    FROM "Reaction" r WHERE r."lessonId" = p.id AND r."parentId" IS NULL)
            ELSE (SELECT coalesce(jsonb_agg(to_jsonb(r) ORDER BY r."createdAt", r.id), '[]'::jsonb)
                    FROM "Reaction" r WHERE r."insightId" = p.id AND r."parentId" IS NULL)
       END AS reactions,
       CASE WHEN p.kind = 'Insight'
            THEN (SELECT count(*)::int FROM "InsightLesson" il WHERE il."insightId" = p.id)
       END AS "lessonCount",
       (SELECT coalesce(array_agg(id::text), '{}') FROM mine) AS mine
  FROM page p
  LEFT JOIN "Lesson" l ON p.kind = 'Lesson' AND l.id = p.id
  LEFT JOIN "Insight" i ON p.kind = 'Insight' AND i.id = p.id
  JOIN "User" u ON u.id = coalesce(l."authorId", i."authorId")
  JOIN "Atelier" a ON a.id = coalesce(l."atelierId", i."atelierId")
  LEFT JOIN "Municipality" m ON m.id = l."municipalityId"
 ORDER BY p."sharedAt" DESC, p.id DESC`;
}

function countSql(mine: Prisma.Sql, about: Condition | null): Prisma.Sql {
  return Prisma.sql`
WITH mine AS (${mine})
SELECT ((SELECT count(*) FROM "Lesson" l JOIN mine ON mine.id = l."atelierId" WHERE ${isShared('l')} AND ${notHiddenInFeedSql('l')} ${isAbout('l', about)})
      + (SELECT count(*) FROM "Insight" i JOIN mine ON mine.id = i."atelierId" WHERE ${isShared('i')} ${isAbout('i', about)}))::int AS count`;
}
