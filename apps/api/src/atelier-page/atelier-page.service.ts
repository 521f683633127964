import { Injectable } from '@nestjs/common';
import { Prisma, type Atelier } from '../generated/prisma/client.js';
import type { Condition } from '../generated/prisma/enums.js';
import { ActivityService } from '../activity/activity.service.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { AccessService } from '../common/authz/access.service.js';
import { readableLessonsInSql, readsRungIn, type AtelierRole } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { NotFoundError } from '../common/graphql/app-error.js';
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from '../common/graphql/connection.js';
import type { Loaders } from '../common/graphql/loaders.js';
import type { SelectedField } from '../common/graphql/lookahead.js';
import { fromJsonRow } from '../common/prisma/json-rows.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { LessonsArgs } from '../lesson/dto/log-lesson.input.js';
import { LessonService, canReadAhead } from '../lesson/lesson.service.js';
import { PracticeService } from '../practice/practice.service.js';
import { UserService } from '../user/user.service.js';
import { WerkgebiedService } from '../werkgebied/werkgebied.service.js';

type JsonRow = Record<string, unknown>;

/** One lesson of a page read ahead, with what a lesson card shows of it. */
interface LessonJson {
  lesson: JsonRow;
  author: JsonRow;
  municipality: JsonRow | null;
  practice: JsonRow | null;
}

/** The one row of the read-ahead statement: a column per part of the page that was asked for. */
interface PageRow {
  participants: { ARENA: number; TRIBUNE: number } | null;
  spread: { conditions: Condition[]; count: number }[] | null;
  lessons: { rows: LessonJson[]; totalCount: number | null }[] | null;
  practices: { practice: JsonRow; municipality: JsonRow }[] | null;
  activities: { activity: JsonRow; registrationCount: number }[][] | null;
}

/** A list of lessons the page asks for (`lessons(…)`, possibly twice under two aliases). */
interface LessonList {
  args: LessonsArgs;
  take: number;
  withCount: boolean;
}

/**
 * An atelier's page (the trekker's dashboard, the atelier page of the web app): the atelier with the reader's
 * role in it (one statement), then in one more statement everything its page asked for that would otherwise
 * cost a statement per field: participant counts, the condition spread, first pages of its lessons with their
 * authors, gemeenten and practices, its practices with their gemeenten, its activities with their registration
 * counts. What is read is primed into the request's loaders, so the field resolvers find it there and stay the
 * one way each field is answered (anything not read ahead, they read themselves). The reading rules are the
 * policy's (`readableLessonsInSql`, `readsRungIn`), worked out for the reader's role in this atelier; a test
 * compares every answer with the same fields read without reading ahead, for every demo person.
 */
@Injectable()
export class AtelierPageService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly ateliers: AtelierService,
    private readonly lessons: LessonService,
    private readonly practices: PracticeService,
    private readonly activities: ActivityService,
    private readonly users: UserService,
    private readonly werkgebied: WerkgebiedService,
  ) {}

  async read(
    loaders: Loaders,
    viewer: MaybeViewer,
    atelierId: string,
    fields: SelectedField[],
  ): Promise<Atelier> {
    const found = await this.access.atelierWithRole(loaders, viewer, atelierId);
    if (!found) throw new NotFoundError('Atelier');
    const { atelier, role } = found;

    const asked = new Set(fields.map((f) => f.name));
    const lessonLists = fields.filter((f) => f.name === 'lessons').flatMap(lessonList);
    const upcoming = [
      ...new Set(fields.filter((f) => f.name === 'activities').map((f) => upcomingArg(f.args))),
    ];
    const parts = {
      participants: asked.has('arenaCount') || asked.has('tribuneCount'),
      spread: asked.has('conditionSpread'),
      lessons: lessonLists,
      practices: asked.has('practices'),
      upcoming,
    };
    if (!parts.participants && !parts.spread && !lessonLists.length && !parts.practices && !upcoming.length) {
      return atelier;
    }

    const [row] = await this.prisma.$queryRaw<PageRow[]>(pageSql(atelierId, role, parts));
    if (!row) return atelier;
    if (row.participants) this.ateliers.primeParticipantCounts(loaders, atelierId, row.participants);
    if (row.spread) this.lessons.primeConditionSpread(loaders, atelierId, row.spread);
    const readsArena = readsRungIn(role, 'ARENA');
    row.lessons?.forEach((page, i) => {
      const list = lessonLists[i]!;
      const rows = page.rows.map((r) => {
        const lesson = fromJsonRow('Lesson', r.lesson);
        this.users.prime(loaders, fromJsonRow('User', r.author));
        if (r.municipality)
          this.werkgebied.primeMunicipality(loaders, fromJsonRow('Municipality', r.municipality));
        if (lesson.practiceId) {
          const practice = readsArena && r.practice ? fromJsonRow('Practice', r.practice) : null;
          this.practices.primeReadable(loaders, viewer, lesson.practiceId, practice);
        }
        return lesson;
      });
      this.lessons.primeAtelierPage(loaders, atelierId, list.args, {
        rows,
        ...(page.totalCount === null ? {} : { totalCount: page.totalCount }),
      });
    });
    if (row.practices) {
      const practices = row.practices.map((r) => {
        this.werkgebied.primeMunicipality(loaders, fromJsonRow('Municipality', r.municipality));
        return fromJsonRow('Practice', r.practice);
      });
      this.practices.primeForAtelier(loaders, viewer, atelierId, practices);
    }
    row.activities?.forEach((list, i) => {
      const activities = list.map((r) => ({
        activity: fromJsonRow('Activity', r.activity),
        registrationCount: r.registrationCount,
      }));
      this.activities.primeForAtelier(loaders, viewer, atelierId, upcoming[i]!, activities);
    });
    return atelier;
  }
}

/** A `lessons(…)` field this page can read ahead: a first page, filtered at most by visibility or condition. */
function lessonList(field: SelectedField): LessonList[] {
  const args = field.args as LessonsArgs;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  // Anything else (a later page, a gemeente, a page size out of range) the field resolver reads, or refuses.
  if (!canReadAhead(args) || !Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) return [];
  const withCount = field.children().some((f) => f.name === 'totalCount');
  return [{ args, take: first + 1, withCount }];
}

function upcomingArg(args: Record<string, unknown>): boolean | null {
  return typeof args.upcoming === 'boolean' ? args.upcoming : null;
}

const NONE = Prisma.sql`NULL`;

function pageSql(
  atelierId: string,
  role: AtelierRole | null,
  parts: {
    participants: boolean;
    spread: boolean;
    lessons: LessonList[];
    practices: boolean;
    upcoming: (boolean | null)[];
  },
): Prisma.Sql {
  const atelier = Prisma.sql`${atelierId}::uuid`;
  const readable = readableLessonsInSql(atelierId, role);
  const participants = parts.participants
    ? Prisma.sql`(SELECT json_build_object('ARENA', count(*) FILTER (WHERE role = 'ARENA'),
                                          'TRIBUNE', count(*) FILTER (WHERE role = 'TRIBUNE'))
                    FROM "Participation" WHERE "atelierId" = ${atelier} AND status = 'ACTIVE')`
    : NONE;
  const spread = parts.spread
    ? Prisma.sql`(SELECT coalesce(json_agg(json_build_object('conditions', g.conditions, 'count', g.count)), '[]')
                    FROM (SELECT l.conditions::text[] AS conditions, count(*)::int AS count
                            FROM "Lesson" l WHERE ${readable} GROUP BY l.conditions) g)`
    : NONE;
  const lessons = parts.lessons.length
    ? Prisma.sql`json_build_array(${Prisma.join(parts.lessons.map((list) => lessonsSql(readable, role, list)))})`
    : NONE;
  // Practices are arena content, activities tribune content: all or nothing of this atelier for this reader.
  const practices = !parts.practices
    ? NONE
    : readsRungIn(role, 'ARENA')
      ? Prisma.sql`(SELECT coalesce(json_agg(json_build_object('practice', to_jsonb(p), 'municipality', to_jsonb(m))
                                            ORDER BY p."createdAt", p.id), '[]')
                      FROM "Practice" p JOIN "Municipality" m ON m.id = p."municipalityId"
                     WHERE p."atelierId" = ${atelier})`
      : Prisma.sql`'[]'::json`;
  const activities = parts.upcoming.length
    ? Prisma.sql`json_build_array(${Prisma.join(
        parts.upcoming.map((upcoming) =>
          readsRungIn(role, 'TRIBUNE') ? activitiesSql(atelier, upcoming) : Prisma.sql`'[]'::json`,
        ),
      )})`
    : NONE;
  return Prisma.sql`SELECT ${participants} AS participants, ${spread} AS spread, ${lessons} AS lessons,
    ${practices} AS practices, ${activities} AS activities`;
}

function lessonsSql(readable: Prisma.Sql, role: AtelierRole | null, list: LessonList): Prisma.Sql {
  const where = Prisma.sql`${readable}
    ${list.args.visibility ? Prisma.sql`AND l.visibility::text = ${list.args.visibility}` : Prisma.empty}
    ${list.args.condition ? Prisma.sql`AND ${list.args.condition}::text = ANY (l.conditions::text[])` : Prisma.empty}`;
  // A lesson's practice is shown to those who read the arena (PracticeService's rule, for this atelier).
  const practice = readsRungIn(role, 'ARENA') ? Prisma.sql`to_jsonb(p)` : NONE;
  const count = list.withCount ? Prisma.sql`(SELECT count(*)::int FROM "Lesson" l WHERE ${where})` : NONE;
  return Prisma.sql`json_build_object(
    'rows', (SELECT coalesce(json_agg(json_build_object('lesson', to_jsonb(x) - 'searchVector', 'author', to_jsonb(u),
                                                        'municipality', to_jsonb(m), 'practice', ${practice})
                                      ORDER BY x."createdAt" DESC, x.id DESC), '[]')
               FROM (SELECT l.* FROM "Lesson" l WHERE ${where}
                      ORDER BY l."createdAt" DESC, l.id DESC LIMIT ${list.take}) x
               JOIN "User" u ON u.id = x."authorId"
               LEFT JOIN "Municipality" m ON m.id = x."municipalityId"
               LEFT JOIN "Practice" p ON p.id = x."practiceId"),
    'totalCount', ${count})`;
}

/** ActivityService's order and its meaning of upcoming (not yet over) and past (over). */
function activitiesSql(atelier: Prisma.Sql, upcoming: boolean | null): Prisma.Sql {
  const now = Prisma.sql`${new Date().toISOString()}::timestamp`;
  const end = Prisma.sql`coalesce(a."endsAt", a."startsAt")`;
  const when =
    upcoming === true
      ? Prisma.sql`AND ${end} > ${now}`
      : upcoming === false
        ? Prisma.sql`AND ${end} <= ${now}`
        : Prisma.empty;
  const direction = upcoming === false ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  return Prisma.sql`(SELECT coalesce(json_agg(json_build_object('activity', to_jsonb(a), 'registrationCount',
                        (SELECT count(*)::int FROM "Registration" r WHERE r."activityId" = a.id AND r."cancelledAt" IS NULL))
                      ORDER BY a."startsAt" ${direction}, a.id ${direction}), '[]')
                 FROM "Activity" a WHERE a."atelierId" = ${atelier} ${when})`;
}
