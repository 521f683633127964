import { Injectable } from '@nestjs/common';
import { Prisma, type Atelier } from '../generated/prisma/client.js';
import type { Condition, ParticipationRole } from '../generated/prisma/enums.js';
import { ActivityService } from '../activity/activity.service.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  mayReadActivitiesIn,
  readableLessonsInSql,
  readsRungIn,
  type AtelierRole,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { NotFoundError } from '../common/graphql/app-error.js';
import { validPageSize, type ConnectionArgs } from '../common/graphql/connection.js';
import type { Loaders } from '../common/graphql/loaders.js';
import type { SelectedField } from '../common/graphql/lookahead.js';
import { fromJsonRow } from '../common/prisma/json-rows.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { LessonsArgs } from '../lesson/dto/log-lesson.input.js';
import { LessonService, canReadAhead } from '../lesson/lesson.service.js';
import { ParticipationService } from '../participation/participation.service.js';
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
  counts: { ARENA: number; TRIBUNE: number } | null;
  spread: { conditions: Condition[]; count: number }[] | null;
  lessons: { rows: LessonJson[]; totalCount: number | null }[] | null;
  practices: { practice: JsonRow; municipality: JsonRow }[] | null;
  activities: { activity: JsonRow; registrationCount: number }[][] | null;
  people: ParticipantsJson[] | null;
}

/** A first page of an atelier's arena or tribune, with each person and their organisation. */
interface ParticipantsJson {
  rows: { participation: JsonRow; user: JsonRow; organisation: JsonRow | null }[];
  totalCount: number | null;
}

/** A first page of the arena or the tribune the page asks for (`arena(first: …)`, `tribune(…)`). */
interface ParticipantList {
  role: ParticipationRole;
  args: ConnectionArgs;
  take: number;
  withCount: boolean;
}

/** What the page asked for that the page statement reads: one column each (lists: one element per field). */
interface PageParts {
  counts: boolean;
  spread: boolean;
  lessons: LessonList[];
  practices: boolean;
  /** The `upcoming` argument of each distinct `activities(…)` asked. */
  upcoming: (boolean | null)[];
  people: ParticipantList[];
}

/** A list of lessons the page asks for (`lessons(…)`, possibly twice under two aliases). */
interface LessonList {
  args: LessonsArgs;
  take: number;
  withCount: boolean;
}

/**
 * An atelier's page (the trekker's dashboard, the atelier page of the web app): the atelier with the reader's
 * role and participation in it (one statement), then in one more statement everything its page asked for that
 * would otherwise cost a statement per field: participant counts, the condition spread, first pages of its lessons
 * with their authors, gemeenten and practices, its practices with their gemeenten, its activities with their
 * registration counts, first pages of its arena and tribune with each person and organisation. What is read is
 * primed into the request's loaders, so the field resolvers find it there and stay the one way each field is
 * answered (anything not read ahead, they read themselves). The reading rules are the
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
    private readonly participations: ParticipationService,
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
    const { atelier, role, participation } = found;
    this.participations.primeMine(loaders, viewer, atelierId, participation);

    const asked = new Set(fields.map((f) => f.name));
    const lessonLists = fields.filter((f) => f.name === 'lessons').flatMap(lessonList);
    const upcoming = [
      ...new Set(fields.filter((f) => f.name === 'activities').map((f) => upcomingArg(f.args))),
    ];
    const participantLists = fields.flatMap(participantList);
    const parts: PageParts = {
      counts: asked.has('arenaCount') || asked.has('tribuneCount'),
      spread: asked.has('conditionSpread'),
      lessons: lessonLists,
      practices: asked.has('practices'),
      upcoming,
      people: participantLists,
    };
    const anything =
      parts.counts ||
      parts.spread ||
      parts.practices ||
      [lessonLists, upcoming, participantLists].some((l) => l.length);
    if (!anything) return atelier;

    // Sent by pg itself (its columns are JSON): the trekker's dashboard asks it on every visit.
    const [row] = await this.prisma.rows<PageRow>(pageSql(atelierId, role, parts));
    if (row) this.prime(loaders, viewer, atelierId, role, parts, row);
    return atelier;
  }

  /** Hands what the page statement read to the loaders and services whose fields answer it. */
  private prime(
    loaders: Loaders,
    viewer: MaybeViewer,
    atelierId: string,
    role: AtelierRole | null,
    parts: PageParts,
    row: PageRow,
  ): void {
    if (row.counts) this.ateliers.primeParticipantCounts(loaders, atelierId, row.counts);
    if (row.spread) this.lessons.primeConditionSpread(loaders, atelierId, row.spread);
    const readsArena = readsRungIn(role, 'ARENA');
    row.lessons?.forEach((page, i) => {
      const list = parts.lessons[i]!;
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
      this.activities.primeForAtelier(loaders, viewer, atelierId, parts.upcoming[i]!, activities);
    });
    row.people?.forEach((page, i) => {
      const list = parts.people[i]!;
      const rows = page.rows.map((r) => {
        this.users.prime(loaders, fromJsonRow('User', r.user));
        if (r.organisation)
          this.werkgebied.primeOrganisation(loaders, viewer, fromJsonRow('Organisation', r.organisation));
        return fromJsonRow('Participation', r.participation);
      });
      this.participations.primeAtelierList(loaders, atelierId, list.role, list.args, {
        rows,
        ...(page.totalCount === null ? {} : { totalCount: page.totalCount }),
      });
    });
  }
}

/** `arena(first: …)` or `tribune(first: …)`: a first page this page can read ahead. */
function participantList(field: SelectedField): ParticipantList[] {
  if (field.name !== 'arena' && field.name !== 'tribune') return [];
  const args = field.args as ConnectionArgs;
  const first = validPageSize(args.first);
  if (args.after || first === null) return [];
  const withCount = field.children().some((f) => f.name === 'totalCount');
  const role = field.name === 'arena' ? 'ARENA' : 'TRIBUNE';
  return [{ role, args, take: first + 1, withCount }];
}

/** A `lessons(…)` field this page can read ahead: a first page, filtered at most by visibility or condition. */
function lessonList(field: SelectedField): LessonList[] {
  const args = field.args as LessonsArgs;
  const first = validPageSize(args.first);
  // Anything else (a later page, a gemeente, a page size out of range) the field resolver reads, or refuses.
  if (!canReadAhead(args) || first === null) return [];
  const withCount = field.children().some((f) => f.name === 'totalCount');
  return [{ args, take: first + 1, withCount }];
}

function upcomingArg(args: Record<string, unknown>): boolean | null {
  return typeof args.upcoming === 'boolean' ? args.upcoming : null;
}

const NONE = Prisma.sql`NULL`;

function pageSql(atelierId: string, role: AtelierRole | null, parts: PageParts): Prisma.Sql {
  const atelier = Prisma.sql`${atelierId}::uuid`;
  const readable = readableLessonsInSql(atelierId, role);
  const counts = parts.counts
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
          mayReadActivitiesIn(role) ? activitiesSql(atelier, upcoming) : Prisma.sql`'[]'::json`,
        ),
      )})`
    : NONE;
  // Who takes part is read at the TRIBUNE rung (ParticipationService's rule, for this atelier).
  const people = parts.people.length
    ? Prisma.sql`json_build_array(${Prisma.join(
        parts.people.map((list) =>
          readsRungIn(role, 'TRIBUNE')
            ? participantsSql(atelier, list)
            : Prisma.sql`json_build_object('rows', '[]'::json, 'totalCount', ${list.withCount ? 0 : null}::int)`,
        ),
      )})`
    : NONE;
  return Prisma.sql`SELECT ${counts} AS counts, ${spread} AS spread, ${lessons} AS lessons,
    ${practices} AS practices, ${activities} AS activities, ${people} AS people`;
}

function lessonsSql(readable: Prisma.Sql, role: AtelierRole | null, list: LessonList): Prisma.Sql {
  const where = Prisma.sql`${readable}
    ${list.args.visibility ? Prisma.sql`AND l.visibility = ${list.args.visibility}::"Visibility"` : Prisma.empty}
    ${list.args.condition ? Prisma.sql`AND l.conditions @> ARRAY[${list.args.condition}::"Condition"]` : Prisma.empty}`;
  // A lesson's practice is shown to those who read the arena (PracticeService's rule, for this atelier). Gemeente
  // and practice are looked up per row of the page (by primary key), not joined: a join scans all practices.
  const practice = readsRungIn(role, 'ARENA')
    ? Prisma.sql`(SELECT to_jsonb(p) FROM "Practice" p WHERE p.id = x."practiceId")`
    : NONE;
  const count = list.withCount ? Prisma.sql`(SELECT count(*)::int FROM "Lesson" l WHERE ${where})` : NONE;
  const municipality = Prisma.sql`(SELECT to_jsonb(m) FROM "Municipality" m WHERE m.id = x."municipalityId")`;
  return Prisma.sql`json_build_object(
    'rows', (SELECT coalesce(json_agg(json_build_object('lesson', to_jsonb(x) - 'searchVector', 'author', to_jsonb(u),
                                                        'municipality', ${municipality}, 'practice', ${practice})
                                      ORDER BY x."createdAt" DESC, x.id DESC), '[]')
               FROM (SELECT l.* FROM "Lesson" l WHERE ${where}
                      ORDER BY l."createdAt" DESC, l.id DESC LIMIT ${list.take}) x
               JOIN "User" u ON u.id = x."authorId"),
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
  const registrations = Prisma.sql`(SELECT count(*)::int FROM "Registration" r
                                     WHERE r."activityId" = a.id AND r."cancelledAt" IS NULL)`;
  return Prisma.sql`(SELECT coalesce(json_agg(json_build_object('activity', to_jsonb(a), 'registrationCount', ${registrations})
                      ORDER BY a."startsAt" ${direction}, a.id ${direction}), '[]')
                 FROM "Activity" a WHERE a."atelierId" = ${atelier} ${when})`;
}

function participantsSql(atelier: Prisma.Sql, list: ParticipantList): Prisma.Sql {
  const role = Prisma.sql`${list.role}::"ParticipationRole"`;
  const where = Prisma.sql`p."atelierId" = ${atelier} AND p.role = ${role} AND p.status = 'ACTIVE'`;
  const count = list.withCount
    ? Prisma.sql`(SELECT count(*)::int FROM "Participation" p WHERE ${where})`
    : NONE;
  return Prisma.sql`json_build_object(
    'rows', (SELECT coalesce(json_agg(json_build_object('participation', to_jsonb(x), 'user', to_jsonb(u),
                                                        'organisation', to_jsonb(o))
                                      ORDER BY x."joinedAt", x.id), '[]')
               FROM (SELECT p.* FROM "Participation" p WHERE ${where}
                      ORDER BY p."joinedAt", p.id LIMIT ${list.take}) x
               JOIN "User" u ON u.id = x."userId"
               LEFT JOIN "Organisation" o ON o.id = x."organisationId"),
    'totalCount', ${count})`;
}
