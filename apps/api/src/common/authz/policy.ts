import { Prisma } from '../../generated/prisma/client.js';
import {
  CitizenConsent,
  Visibility,
  type AtelierJoinMode,
  type ParticipationRole,
  type ParticipationStatus,
} from '../../generated/prisma/enums.js';
import {
  AppError,
  BadInputError,
  ConflictError,
  ErrorCode,
  ForbiddenError,
  UnauthenticatedError,
} from '../graphql/app-error.js';
import type { MaybeViewer, Viewer } from './viewer.js';

/**
 * The one access policy of the platform: the visibility ladder and the role table of domain.md.
 * Reads get a Prisma `where` built here and applied inside the database query, on every path to an
 * object (by id, lists, nested fields, feed, search, node); the few statements Prisma cannot write (the feed,
 * an atelier page, search) get the same rule as SQL from here, tested equal. Writes ask `require*` here.
 * Deny by default.
 */

const activeArena = (userId: string): Prisma.ParticipationWhereInput => ({
  userId,
  status: 'ACTIVE',
  role: 'ARENA',
});
const activeParticipant = (userId: string): Prisma.ParticipationWhereInput => ({ userId, status: 'ACTIVE' });

function list(set: ReadonlySet<string>): string[] {
  return [...set];
}

/** Where-clause for the ateliers in which the viewer may read what sits at `rung` (ARENA or TRIBUNE). */
function atelierReaders(viewer: Viewer, rung: 'ARENA' | 'TRIBUNE'): Prisma.AtelierWhereInput {
  const or: Prisma.AtelierWhereInput[] = [
    { trekkerId: viewer.userId },
    {
      participations: {
        some: rung === 'ARENA' ? activeArena(viewer.userId) : activeParticipant(viewer.userId),
      },
    },
  ];
  if (viewer.committeeOf.size > 0) or.push({ workshopId: { in: list(viewer.committeeOf) } });
  // Beheerders read what the tribune reads, not what the arena works on.
  if (rung === 'TRIBUNE' && viewer.adminOf.size > 0) or.push({ workshopId: { in: list(viewer.adminOf) } });
  return { OR: or };
}

/**
 * Moderation: the ateliers whose lessons and reactions the viewer moderates: as their trekker, or as a beheerder of
 * their werkplaats. Moderators read what was hidden there (with why), the author reads their own; for everyone else
 * a hidden lesson or reaction is gone, on every path, because every read rule below asks this.
 */
export function ateliersModeratedBy(viewer: Viewer): Prisma.AtelierWhereInput {
  const or: Prisma.AtelierWhereInput[] = [{ trekkerId: viewer.userId }];
  if (viewer.adminOf.size > 0) or.push({ workshopId: { in: list(viewer.adminOf) } });
  return { OR: or };
}

/** Whether someone whose role in an atelier is known moderates it (its trekker, a beheerder of its werkplaats). */
export function moderatesAtelier(role: AtelierRole | null): boolean {
  return role !== null && (role.isTrekker || role.isAdmin);
}

export function requireModerator(role: AtelierRole): void {
  if (!moderatesAtelier(role))
    throw new ForbiddenError(
      'Only the trekker of this atelier or a beheerder of its werkplaats moderates it',
    );
}

/**
 * The moderation queue a viewer reads: the reports on what they read in the ateliers they moderate (a beheerder,
 * who does not read the arena, handles what reached the tribune; the trekker everything of her atelier).
 */
export function moderatedReports(viewer: MaybeViewer): Prisma.ContentReportWhereInput {
  if (!viewer) return NOTHING;
  const moderated = ateliersModeratedBy(viewer);
  return {
    OR: [
      { lesson: { AND: [readableLessons(viewer), { atelier: moderated }] } },
      {
        reaction: {
          AND: [
            readableReactions(viewer),
            {
              OR: [
                { lesson: { atelier: moderated } },
                { insight: { atelier: moderated } },
                { question: { atelier: moderated } },
                { product: { atelier: moderated } },
              ],
            },
          ],
        },
      },
    ],
  };
}

/** A report is read by the one who made it and by the moderators whose queue it is in. */
export function readableContentReports(viewer: MaybeViewer): Prisma.ContentReportWhereInput {
  if (!viewer) return NOTHING;
  return { OR: [{ reporterId: viewer.userId }, moderatedReports(viewer)] };
}

/** The ateliers of one werkplaats the viewer moderates (none: no moderation queue for them there). */
export function moderatedAteliersIn(viewer: Viewer, workshopId: string): Prisma.AtelierWhereInput {
  return { AND: [{ workshopId }, ateliersModeratedBy(viewer)] };
}

/**
 * Whether the viewer reads the text of a hidden reaction listed under something they read: its author and the
 * moderators of the atelier it was written in (as `readableReactions`); everyone else reads only that and why it was
 * hidden.
 */
export function readsHiddenReaction(
  viewer: MaybeViewer,
  reaction: { authorId: string; hiddenAt: Date | null },
  atelier: { trekkerId: string; workshopId: string },
): boolean {
  if (reaction.hiddenAt === null) return true;
  if (!viewer) return false;
  return (
    reaction.authorId === viewer.userId ||
    atelier.trekkerId === viewer.userId ||
    viewer.adminOf.has(atelier.workshopId)
  );
}

/**
 * What the moderation hid is not offered for what an atelier sends out or publishes (a digest's items, the atelier
 * report), whoever composes it: a document outlives the hiding.
 */
export const NOT_HIDDEN = { hiddenAt: null } as const;

/** The feed shows no hidden lesson, to anyone (the moderators find them in their queue): SQL on the alias. */
export function notHiddenInFeedSql(alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}."hiddenAt" IS NULL`;
}

/** Not hidden, or hidden and read by its author or a moderator of its atelier. */
function lessonNotHiddenFor(viewer: Viewer): Prisma.LessonWhereInput {
  return {
    OR: [{ hiddenAt: null }, { authorId: viewer.userId }, { atelier: ateliersModeratedBy(viewer) }],
  };
}

/** The lessons a viewer may read. */
export function readableLessons(viewer: MaybeViewer): Prisma.LessonWhereInput {
  if (!viewer) return { visibility: Visibility.PUBLIC, hiddenAt: null };
  return { AND: [lessonLadder(viewer), lessonNotHiddenFor(viewer)] };
}

function lessonLadder(viewer: Viewer): Prisma.LessonWhereInput {
  return {
    OR: [
      { visibility: Visibility.PUBLIC },
      { authorId: viewer.userId },
      { atelier: { trekkerId: viewer.userId } },
      { visibility: Visibility.TRIBUNE, atelier: atelierReaders(viewer, 'TRIBUNE') },
      { visibility: Visibility.ARENA, atelier: atelierReaders(viewer, 'ARENA') },
      {
        visibility: Visibility.PRACTICE,
        practice: { participants: { some: { userId: viewer.userId, leftAt: null } } },
        atelier: { participations: { some: activeArena(viewer.userId) } },
      },
    ],
  };
}

/**
 * Whether a reader reads a rung of one atelier, once their role there is known (AccessService): the same answer
 * as `atelierReaders` gives for that atelier, without the database. Pages of one atelier decide with it whether
 * its arena content (practices) and tribune content (activities) are theirs to read.
 */
export function readsRungIn(role: AtelierRole | null, rung: 'ARENA' | 'TRIBUNE'): boolean {
  if (!role) return false;
  if (role.isTrekker || role.isCommittee) return true;
  if (rung === 'ARENA') return role.participation?.role === 'ARENA';
  return role.participation !== null || role.isAdmin;
}

/** The ladder of `readableLessons` within one atelier, for a reader whose role there is known. */
function lessonLadderIn(role: AtelierRole | null): {
  everything: boolean;
  rungs: Visibility[];
  authorId: string | null;
  /** The PRACTICE rung, for this reader: lessons of the practices they take part in now. */
  practiceOf: string | null;
  /** Reads what the moderation hid (a moderator of the atelier); others read hidden ones only as their author. */
  readsHidden: boolean;
} {
  if (!role)
    return {
      everything: false,
      rungs: [Visibility.PUBLIC],
      authorId: null,
      practiceOf: null,
      readsHidden: false,
    };
  if (role.isTrekker)
    return { everything: true, rungs: [], authorId: null, practiceOf: null, readsHidden: true };
  const rungs: Visibility[] = [Visibility.PUBLIC];
  if (readsRungIn(role, 'TRIBUNE')) rungs.push(Visibility.TRIBUNE);
  if (readsRungIn(role, 'ARENA')) rungs.push(Visibility.ARENA);
  const inArena = role.participation?.role === 'ARENA';
  const userId = role.viewer.userId;
  return {
    everything: false,
    rungs,
    authorId: userId,
    practiceOf: inArena ? userId : null,
    readsHidden: moderatesAtelier(role),
  };
}

/**
 * The lessons of one atelier that a reader may read, once their role there is known (AccessService): the ladder
 * of `readableLessons` worked out for that atelier, so that the database filters on (atelierId, visibility)
 * instead of joining back to the atelier for every rung. Same rows as `readableLessons(viewer)` within the
 * atelier; a test compares the two for every demo person and atelier.
 */
export function readableLessonsIn(atelierId: string, role: AtelierRole | null): Prisma.LessonWhereInput {
  const ladder = lessonLadderIn(role);
  if (ladder.everything) return { atelierId };
  if (!ladder.authorId) return { atelierId, visibility: { in: ladder.rungs }, hiddenAt: null };
  const or: Prisma.LessonWhereInput[] = [{ visibility: { in: ladder.rungs } }, { authorId: ladder.authorId }];
  if (ladder.practiceOf) {
    or.push({
      visibility: Visibility.PRACTICE,
      practice: { participants: { some: { userId: ladder.practiceOf, leftAt: null } } },
    });
  }
  if (ladder.readsHidden) return { atelierId, OR: or };
  return { atelierId, OR: or, AND: [{ OR: [{ hiddenAt: null }, { authorId: ladder.authorId }] }] };
}

/**
 * `readableLessonsIn` as SQL on the lesson alias `l`, for an atelier page read in one hand-written statement
 * (AtelierPageService). The same rows: the test of `readableLessonsIn` runs this one too.
 */
export function readableLessonsInSql(atelierId: string, role: AtelierRole | null): Prisma.Sql {
  const ladder = lessonLadderIn(role);
  const inAtelier = Prisma.sql`l."atelierId" = ${atelierId}::uuid`;
  if (ladder.everything) return inAtelier;
  // Compared as the enum, not as text, so that the (atelierId, visibility, …) indexes apply.
  const rungs = Prisma.sql`l.visibility IN (${Prisma.join(ladder.rungs.map((r) => Prisma.sql`${r}::"Visibility"`))})`;
  if (!ladder.authorId) return Prisma.sql`(${inAtelier} AND ${rungs} AND l."hiddenAt" IS NULL)`;
  const practice = ladder.practiceOf
    ? Prisma.sql`OR (l.visibility = 'PRACTICE' AND EXISTS (SELECT 1 FROM "PracticeParticipant" pp
         WHERE pp."practiceId" = l."practiceId" AND pp."userId" = ${ladder.practiceOf}::uuid AND pp."leftAt" IS NULL))`
    : Prisma.empty;
  const hidden = ladder.readsHidden
    ? Prisma.empty
    : Prisma.sql`AND (l."hiddenAt" IS NULL OR l."authorId" = ${ladder.authorId}::uuid)`;
  return Prisma.sql`(${inAtelier} AND (${rungs} OR l."authorId" = ${ladder.authorId}::uuid ${practice}) ${hidden})`;
}

/** The insights a viewer may read: the same ladder; insights start at ARENA. */
export function readableInsights(viewer: MaybeViewer): Prisma.InsightWhereInput {
  if (!viewer) return { visibility: Visibility.PUBLIC };
  return {
    OR: [
      { visibility: Visibility.PUBLIC },
      { authorId: viewer.userId },
      { atelier: { trekkerId: viewer.userId } },
      { visibility: Visibility.TRIBUNE, atelier: atelierReaders(viewer, 'TRIBUNE') },
      { visibility: Visibility.ARENA, atelier: atelierReaders(viewer, 'ARENA') },
    ],
  };
}

/*
 * The read rules of lessons, insights, questions, ateliers, kwesties, activities and products as SQL on a table alias, for the one statement
 * Prisma cannot write: search ranks its matches in SQL, and ranks only those its reader may read (a reader
 * never misses a readable match because unreadable ones ranked higher). The same rows as `readableLessons`,
 * `readableInsights`, `readableQuestions`, `readableAteliers`, `readableSocialIssues`, `readableActivities` and
 * `readableProducts`; a test compares each pair for every demo
 * person and the visitor (test/authz/ladder-sql). The atelier sets are `ARRAY(…)` sub-selects, worked out
 * once per statement, not once per row.
 */

const uuidList = (ids: Iterable<string>) => Prisma.join([...ids].map((id) => Prisma.sql`${id}::uuid`));

/** `atelierReaders` as SQL: the ids of the ateliers where the viewer reads `rung`, as an array. */
function atelierReadersSql(viewer: Viewer, rung: 'ARENA' | 'TRIBUNE'): Prisma.Sql {
  const parts = [
    Prisma.sql`SELECT id FROM "Atelier" WHERE "trekkerId" = ${viewer.userId}::uuid`,
    rung === 'ARENA'
      ? Prisma.sql`SELECT "atelierId" FROM "Participation" WHERE "userId" = ${viewer.userId}::uuid AND status = 'ACTIVE' AND role = 'ARENA'`
      : Prisma.sql`SELECT "atelierId" FROM "Participation" WHERE "userId" = ${viewer.userId}::uuid AND status = 'ACTIVE'`,
  ];
  // Beheerders read what the tribune reads, not what the arena works on.
  const workshops = new Set([...viewer.committeeOf, ...(rung === 'TRIBUNE' ? viewer.adminOf : [])]);
  if (workshops.size > 0) {
    parts.push(Prisma.sql`SELECT id FROM "Atelier" WHERE "workshopId" IN (${uuidList(workshops)})`);
  }
  return Prisma.sql`ARRAY(${Prisma.join(parts, ' UNION ')})`;
}

/** The ladder both lessons and insights climb, on the alias `t`, for a signed-in reader. */
function ladderSql(viewer: Viewer, t: Prisma.Sql): Prisma.Sql[] {
  return [
    Prisma.sql`${t}.visibility = 'PUBLIC'`,
    Prisma.sql`${t}."authorId" = ${viewer.userId}::uuid`,
    Prisma.sql`${t}."atelierId" = ANY (ARRAY(SELECT id FROM "Atelier" WHERE "trekkerId" = ${viewer.userId}::uuid))`,
    Prisma.sql`(${t}.visibility = 'TRIBUNE' AND ${t}."atelierId" = ANY (${atelierReadersSql(viewer, 'TRIBUNE')}))`,
    Prisma.sql`(${t}.visibility = 'ARENA' AND ${t}."atelierId" = ANY (${atelierReadersSql(viewer, 'ARENA')}))`,
  ];
}

/** `readableLessons` as SQL on the lesson alias `alias`. */
export function readableLessonsSql(viewer: MaybeViewer, alias: string): Prisma.Sql {
  const t = Prisma.raw(alias);
  if (!viewer) return Prisma.sql`(${t}.visibility = 'PUBLIC' AND ${t}."hiddenAt" IS NULL)`;
  const practice = Prisma.sql`(${t}.visibility = 'PRACTICE'
    AND ${t}."practiceId" = ANY (ARRAY(SELECT "practiceId" FROM "PracticeParticipant" WHERE "userId" = ${viewer.userId}::uuid AND "leftAt" IS NULL))
    AND ${t}."atelierId" = ANY (ARRAY(SELECT "atelierId" FROM "Participation" WHERE "userId" = ${viewer.userId}::uuid AND status = 'ACTIVE' AND role = 'ARENA')))`;
  return Prisma.sql`((${Prisma.join([...ladderSql(viewer, t), practice], ' OR ')}) AND ${notHiddenSql(viewer, t)})`;
}

/**
 * The ways into the lessons a reader may read, for search: conditions on the alias `alias` whose OR holds for every
 * lesson `readableLessonsSql` admits, each narrow enough for an index (the search vector of lessons has one GIN
 * index per part of the ladder: PUBLIC, TRIBUNE, and below, each crossed with the ateliers' btree index). Not a read
 * rule: search applies `readableLessonsSql` to the rows of each way in, so a way that admits too much costs time,
 * never a leak, and one that admits too little would hide a readable match (test/authz/ladder-sql checks that none
 * does, for every demo person and the visitor).
 */
export function lessonWaysInSql(viewer: MaybeViewer, alias: string): Prisma.Sql[] {
  const t = Prisma.raw(alias);
  const open = Prisma.sql`${t}.visibility = 'PUBLIC'`;
  if (!viewer) return [open];
  // A reader with no such atelier skips the way (a one-time test) rather than reading its part of the GIN index.
  const inAny = (ateliers: Prisma.Sql) =>
    Prisma.sql`${t}."atelierId" = ANY (${ateliers}) AND cardinality(${ateliers}) > 0`;
  return [
    open,
    // Every atelier whose TRIBUNE rung the reader reads; the trekker's own are among them.
    Prisma.sql`(${t}.visibility = 'TRIBUNE' AND ${inAny(atelierReadersSql(viewer, 'TRIBUNE'))})`,
    // Below the tribune: the ateliers whose arena the reader reads (a practice is part of its atelier's arena).
    Prisma.sql`(${t}.visibility IN ('DRAFT', 'PRACTICE', 'ARENA') AND ${inAny(atelierReadersSql(viewer, 'ARENA'))})`,
    // Their own, wherever they are.
    Prisma.sql`${t}."authorId" = ${viewer.userId}::uuid`,
  ];
}

/** `lessonNotHiddenFor` as SQL on the alias `t`. */
function notHiddenSql(viewer: Viewer, t: Prisma.Sql): Prisma.Sql {
  const moderated = [Prisma.sql`SELECT id FROM "Atelier" WHERE "trekkerId" = ${viewer.userId}::uuid`];
  if (viewer.adminOf.size > 0)
    moderated.push(Prisma.sql`SELECT id FROM "Atelier" WHERE "workshopId" IN (${uuidList(viewer.adminOf)})`);
  return Prisma.sql`(${t}."hiddenAt" IS NULL OR ${t}."authorId" = ${viewer.userId}::uuid
    OR ${t}."atelierId" = ANY (ARRAY(${Prisma.join(moderated, ' UNION ')})))`;
}

/** `readableInsights` as SQL on the insight alias `alias`. */
export function readableInsightsSql(viewer: MaybeViewer, alias: string): Prisma.Sql {
  const t = Prisma.raw(alias);
  if (!viewer) return Prisma.sql`${t}.visibility = 'PUBLIC'`;
  return Prisma.sql`(${Prisma.join(ladderSql(viewer, t), ' OR ')})`;
}

/** `readableQuestions` as SQL on the question alias `alias`: the ladder insights climb. */
export function readableQuestionsSql(viewer: MaybeViewer, alias: string): Prisma.Sql {
  const t = Prisma.raw(alias);
  if (!viewer) return Prisma.sql`${t}.visibility = 'PUBLIC'`;
  return Prisma.sql`(${Prisma.join(ladderSql(viewer, t), ' OR ')})`;
}

/** `readableAteliers` as SQL: every atelier. */
export function readableAteliersSql(_viewer: MaybeViewer, _alias: string): Prisma.Sql {
  return Prisma.sql`TRUE`;
}

/**
 * `readableActivities` as SQL on the activity alias `alias`: those who read the TRIBUNE rung of its atelier, or for a
 * werkplaats-wide one everyone (public) or the people of the werkplaats.
 */
export function readableActivitiesSql(viewer: MaybeViewer, alias: string): Prisma.Sql {
  const t = Prisma.raw(alias);
  const open = Prisma.sql`(${t}."workshopId" IS NOT NULL AND ${t}."isPublic")`;
  if (!viewer) return open;
  const u = Prisma.sql`${viewer.userId}::uuid`;
  // workshopsOf, as an array of werkplaats ids.
  const workshops = Prisma.sql`ARRAY(
    SELECT "workshopId" FROM "WorkshopRole" WHERE "userId" = ${u}
    UNION SELECT "workshopId" FROM "Atelier" WHERE "trekkerId" = ${u}
    UNION SELECT a."workshopId" FROM "Atelier" a JOIN "Participation" p ON p."atelierId" = a.id
      WHERE p."userId" = ${u} AND p.status = 'ACTIVE'
    UNION SELECT o."workshopId" FROM "Organisation" o JOIN "Membership" m ON m."organisationId" = o.id
      WHERE m."userId" = ${u} AND m.status = 'CONFIRMED')`;
  return Prisma.sql`(${open} OR ${t}."atelierId" = ANY (${atelierReadersSql(viewer, 'TRIBUNE')}) OR ${t}."workshopId" = ANY (${workshops}))`;
}

/** `readableProducts` as SQL on the product alias `alias`: the ladder, with who registered it in the author's place. */
export function readableProductsSql(viewer: MaybeViewer, alias: string): Prisma.Sql {
  const t = Prisma.raw(alias);
  if (!viewer) return Prisma.sql`${t}.visibility = 'PUBLIC'`;
  return Prisma.sql`(${Prisma.join(
    [
      Prisma.sql`${t}.visibility = 'PUBLIC'`,
      Prisma.sql`${t}."registeredById" = ${viewer.userId}::uuid`,
      Prisma.sql`${t}."atelierId" = ANY (ARRAY(SELECT id FROM "Atelier" WHERE "trekkerId" = ${viewer.userId}::uuid))`,
      Prisma.sql`(${t}.visibility = 'TRIBUNE' AND ${t}."atelierId" = ANY (${atelierReadersSql(viewer, 'TRIBUNE')}))`,
      Prisma.sql`(${t}.visibility = 'ARENA' AND ${t}."atelierId" = ANY (${atelierReadersSql(viewer, 'ARENA')}))`,
    ],
    ' OR ',
  )})`;
}

/** `readableSocialIssues` as SQL: every kwestie (the agenda is open to everyone). */
export function readableSocialIssuesSql(_viewer: MaybeViewer, _alias: string): Prisma.Sql {
  return Prisma.sql`TRUE`;
}

export function requireViewer(viewer: MaybeViewer): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** Programmacommissie of the werkplaats: keeps the agenda, starts ateliers, advises. */
export function requireCommittee(viewer: MaybeViewer, workshopId: string): Viewer {
  const v = requireViewer(viewer);
  if (!v.committeeOf.has(workshopId)) throw new ForbiddenError('Only the programmacommissie may do this');
  return v;
}

/**
 * Who the programmacommissie of a werkplaats may name trekker: researchers and those who lead an atelier already,
 * among the people of that werkplaats (`peopleManagedIn`), so that one werkplaats's commissie does not browse
 * another's people. The werkplaats is the one named, or the only one whose commissie the viewer sits on.
 */
export function trekkerCandidatesOf(viewer: MaybeViewer, workshopId: string | null): Prisma.UserWhereInput {
  const v = requireViewer(viewer);
  const [only, ...more] = [...v.committeeOf];
  const workshop = workshopId ?? (more.length === 0 ? only : undefined);
  if (!workshop && more.length > 0) throw new BadInputError('workshopId', 'Name the werkplaats', 'required');
  if (!workshop) throw new ForbiddenError('Only the programmacommissie may do this');
  requireCommittee(v, workshop);
  return {
    AND: [
      { erasedAt: null, OR: [{ partyKind: 'RESEARCHER' }, { trekkerOf: { some: {} } }] },
      peopleManagedIn([workshop]),
    ],
  };
}

export function isCommittee(viewer: MaybeViewer, workshopId: string): boolean {
  return viewer !== null && viewer.committeeOf.has(workshopId);
}

export function isAdmin(viewer: MaybeViewer, workshopId: string): boolean {
  return viewer !== null && viewer.adminOf.has(workshopId);
}

/**
 * Beheerder of the werkplaats: accounts, organisations, werkgebied. A beheerder's powers end at their own
 * werkplaats: every beheer action names (or finds) the werkplaats it is for and asks here.
 */
export function requireAdmin(viewer: MaybeViewer, workshopId: string): Viewer {
  const v = requireViewer(viewer);
  if (!v.adminOf.has(workshopId)) throw new ForbiddenError('Only a beheerder of this werkplaats may do this');
  return v;
}

/**
 * The one werkplaats a beheer action is for: the one named, where the viewer must be beheerder, or else the only
 * one they are beheerder of. A beheerder of several names it (BAD_USER_INPUT on `field`), so that nothing lands
 * in a werkplaats by chance.
 */
export function requireAdminWorkshop(
  viewer: MaybeViewer,
  workshopId: string | null | undefined,
  field: string,
): Viewer & { workshopId: string } {
  const v = requireViewer(viewer);
  if (workshopId) return { ...requireAdmin(v, workshopId), workshopId };
  const [only, ...more] = list(v.adminOf);
  if (!only) throw new ForbiddenError('Only a beheerder may do this');
  if (more.length > 0)
    throw new BadInputError(field, 'You are beheerder of several werkplaatsen: name one', 'required');
  return { ...v, workshopId: only };
}

/**
 * The werkplaatsen a beheer read covers: every one where the viewer is beheerder (the union), or only the one
 * named, where they must be beheerder. Refused for whoever is beheerder nowhere.
 */
export function adminScope(viewer: MaybeViewer, onlyWorkshopId: string | null | undefined): string[] {
  if (onlyWorkshopId) {
    requireAdmin(viewer, onlyWorkshopId);
    return [onlyWorkshopId];
  }
  const v = requireViewer(viewer);
  if (v.adminOf.size === 0) throw new ForbiddenError('Only a beheerder may do this');
  return list(v.adminOf);
}

/**
 * The people of some werkplaatsen: whoever takes part there, and so whom its beheerders manage (find, read the
 * e-mail address of, give a role, read the account events of). A person takes part in a werkplaats
 * - with a role in it (beheer, programmacommissie);
 * - as the trekker of one of its ateliers;
 * - with a participation in one of its ateliers, arena or tribune, now or before (someone who left or was
 *   removed is still the werkplaats's to manage), or a request or invitation to join one;
 * - with a membership of one of its organisations, asked, confirmed or declined;
 * - with an account one of its beheerders started for them (startAccount), before they do anything else;
 * - having accepted an invitation by e-mail into the werkplaats itself (from one of its beheerders).
 * One person may be of several werkplaatsen; an account that takes part nowhere yet is of none.
 */
export function peopleManagedIn(workshopIds: readonly string[]): Prisma.UserWhereInput {
  const inThem = { workshopId: { in: [...workshopIds] } };
  return {
    OR: [
      { roles: { some: inThem } },
      { trekkerOf: { some: inThem } },
      { participations: { some: { atelier: inThem } } },
      { joinRequests: { some: { atelier: inThem } } },
      { memberships: { some: { organisation: inThem } } },
      { startedInWorkshopId: { in: [...workshopIds] } },
      { invitationsAccepted: { some: { ...inThem, atelierId: null, status: 'ACCEPTED' } } },
    ],
  };
}

/**
 * The mail a beheerder of these werkplaatsen sees (the dead letters): the notification mail of their werkplaatsen,
 * and the mail of no werkplaats (account mail, summaries) to the people of their werkplaatsen.
 */
export function mailSeenByBeheerOf(workshopIds: readonly string[]): Prisma.MailMessageWhereInput {
  return {
    OR: [{ workshopId: { in: [...workshopIds] } }, { workshopId: null, user: peopleManagedIn(workshopIds) }],
  };
}

/**
 * Whether asking for a person's werkplaats roles can find any the viewer may read: none without a role of one's own,
 * and only one's own unless beheerder. Lets the resolver skip the statement where the answer is surely empty.
 */
export function mayReadWorkshopRolesOf(viewer: MaybeViewer, userId: string): viewer is Viewer {
  if (!viewer || viewer.adminOf.size + viewer.committeeOf.size === 0) return false;
  return viewer.userId === userId || viewer.adminOf.size > 0;
}

/**
 * The people of the werkplaats whose werkplaats roles a beheerder of it reads (`User.workshopRoles`): a beheerder
 * reads the roles in their own werkplaatsen of the people of those werkplaatsen (never their roles elsewhere);
 * everyone reads their own. The `where` on WorkshopRole rows, for the rows of the given people.
 */
export function readableWorkshopRoles(
  viewer: MaybeViewer,
  userIds: readonly string[],
): Prisma.WorkshopRoleWhereInput | null {
  if (!viewer) return null;
  const or: Prisma.WorkshopRoleWhereInput[] = [{ userId: viewer.userId }];
  const admin = list(viewer.adminOf);
  if (admin.length > 0) {
    or.push({ workshopId: { in: admin }, user: peopleManagedIn(admin) });
  }
  return { AND: [{ userId: { in: [...userIds] } }, { OR: or }] };
}

/**
 * Blocking an account, or ending its sessions, is for a beheerder of a werkplaats the person is of (found through
 * `peopleManagedIn` in the query); never oneself, so that a beheerder cannot lock themself out by mistake.
 */
export function requireNotSelf(viewer: Viewer, userId: string, field: string): void {
  if (viewer.userId === userId)
    throw new BadInputError(field, 'You cannot do this to your own account', 'notAllowed');
}

/** Refused: withdrawing the role would leave the werkplaats without a beheerder. */
export class LastBeheerderError extends ConflictError {
  constructor() {
    super('A werkplaats keeps at least one beheerder: make someone else beheerder first', {
      reason: 'LAST_BEHEERDER',
    });
  }
}

/** A werkplaats always has a beheerder: a withdrawal that would leave none is refused. */
export function requireBeheerderRemains(remainingBeheerders: number): void {
  if (remainingBeheerders < 1) throw new LastBeheerderError();
}

/** Matches no row: what a visitor gets where the rung needs a person. */
const NOTHING = { id: { in: [] as string[] } };

/**
 * Atelier content that lives at one rung as a whole (questions, practices and advice at ARENA;
 * participant lists and activities at TRIBUNE): the ateliers where the viewer reads that rung.
 */
export function ateliersReadableAt(viewer: MaybeViewer, rung: 'ARENA' | 'TRIBUNE'): Prisma.AtelierWhereInput {
  return viewer ? atelierReaders(viewer, rung) : NOTHING;
}

/**
 * An atelier's outputs (products) climb the ladder as insights do, from ARENA: PUBLIC for everyone, TRIBUNE for
 * those who read that rung of the atelier, ARENA for its arena; whoever registered one and the trekker always.
 */
export function readableProducts(viewer: MaybeViewer): Prisma.ProductWhereInput {
  if (!viewer) return { visibility: Visibility.PUBLIC };
  return {
    OR: [
      { visibility: Visibility.PUBLIC },
      { registeredById: viewer.userId },
      { atelier: { trekkerId: viewer.userId } },
      { visibility: Visibility.TRIBUNE, atelier: atelierReaders(viewer, 'TRIBUNE') },
      { visibility: Visibility.ARENA, atelier: atelierReaders(viewer, 'ARENA') },
    ],
  };
}

/**
 * The national layer: what the werkplaatsen share publicly under a national theme, so a landelijke werkgroep reads
 * across werkplaatsen without a role. Insights count under the themes of their atelier's kwestie; only PUBLIC
 * ones, and still only what the reader may read (the same ladder, so no theme page is a way round it).
 */
export function publicInsightsUnderTheme(viewer: MaybeViewer, themeId: string): Prisma.InsightWhereInput {
  return {
    AND: [
      { visibility: Visibility.PUBLIC },
      { atelier: { socialIssue: { nationalThemes: { some: { id: themeId } } } } },
      readableInsights(viewer),
    ],
  };
}

/** An atelier's outputs tagged with the theme: PUBLIC ones only, whoever reads. */
export function publishedProductsUnderTheme(viewer: MaybeViewer, themeId: string): Prisma.ProductWhereInput {
  return {
    AND: [
      { visibility: Visibility.PUBLIC },
      { nationalThemes: { some: { id: themeId } } },
      readableProducts(viewer),
    ],
  };
}

/** What a person is in one atelier; fetched by AccessService for every write. */
export interface AtelierRole {
  viewer: Viewer;
  atelierId: string;
  workshopId: string;
  isTrekker: boolean;
  isCommittee: boolean;
  isAdmin: boolean;
  /** Their active participation, if any. */
  participation: { id: string; role: 'ARENA' | 'TRIBUNE' } | null;
}

const SHARED: readonly Visibility[] = [Visibility.TRIBUNE, Visibility.PUBLIC];

/** Trekker of this atelier, or the programmacommissie of its werkplaats. */
export function leadsAtelier(role: AtelierRole): boolean {
  return role.isTrekker || role.isCommittee;
}

/** The same, for a person not fetched as an AtelierRole (the joining facts): trekker, or commissie of its werkplaats. */
export function leadsAtelierAs(
  person: { userId: string; committeeOf?: ReadonlySet<string> },
  atelier: { trekkerId: string; workshopId: string },
): boolean {
  return atelier.trekkerId === person.userId || Boolean(person.committeeOf?.has(atelier.workshopId));
}

/** An invitation is answered by the person invited, and by nobody else. */
export function requireInvitee(viewer: Viewer, invitation: { userId: string }): void {
  if (invitation.userId !== viewer.userId)
    throw new ForbiddenError('Only the person invited accepts or declines');
}

/** Works in the arena: adds questions, starts and joins practices, logs lessons. */
export function worksInArena(role: AtelierRole): boolean {
  return leadsAtelier(role) || role.participation?.role === 'ARENA';
}

/** Reads what is shared with the tribune, reacts, registers for activities. */
export function followsAtelier(role: AtelierRole): boolean {
  return leadsAtelier(role) || role.isAdmin || role.participation !== null;
}

export function requireArenaWork(role: AtelierRole): void {
  if (!worksInArena(role)) throw new ForbiddenError('Only the arena of this atelier may do this');
}

export function requireAtelierLead(role: AtelierRole): void {
  if (!leadsAtelier(role)) throw new ForbiddenError('Only the trekker of this atelier may do this');
}

export function requireFollower(role: AtelierRole): void {
  if (!followsAtelier(role)) throw new ForbiddenError('Only participants of this atelier may do this');
}

/** An arena member edits their own lessons; the trekker edits every lesson of the atelier. */
export function requireLessonEdit(role: AtelierRole, lesson: { authorId: string }): void {
  const ownInArena = lesson.authorId === role.viewer.userId && worksInArena(role);
  if (!ownInArena && !role.isTrekker) throw new ForbiddenError('You may only edit your own lessons');
}

/**
 * Moving a lesson to another practice of its atelier is its author's, while they work in the arena, into a practice
 * they take part in (the trekker, who logs in any practice, needs not). The rung stays: the move never lifts it.
 */
export function requireLessonMove(
  role: AtelierRole,
  lesson: { authorId: string },
  target: { takesPart: boolean },
): void {
  if (lesson.authorId !== role.viewer.userId || !worksInArena(role))
    throw new ForbiddenError('Only its author moves a lesson to another practice');
  if (!target.takesPart && !leadsAtelier(role))
    throw new ForbiddenError('Join the practice to move lessons into it');
}

/** The ladder, lowest rung first. */
const LADDER: readonly Visibility[] = [
  Visibility.DRAFT,
  Visibility.PRACTICE,
  Visibility.ARENA,
  Visibility.TRIBUNE,
  Visibility.PUBLIC,
];

/**
 * The rungs one step up and one step down from where an item is: every step is one rung. A lesson logged at
 * atelier level has no PRACTICE rung (its DRAFT and ARENA are neighbours); an insight starts at ARENA.
 */
function neighbours(
  item: { visibility: Visibility; practiceId?: string | null },
  lowest: Visibility,
): Visibility[] {
  const rungs = LADDER.filter(
    (rung) =>
      LADDER.indexOf(rung) >= LADDER.indexOf(lowest) &&
      (rung !== Visibility.PRACTICE || Boolean(item.practiceId)),
  );
  const at = rungs.indexOf(item.visibility);
  return [rungs[at - 1], rungs[at + 1]].filter((rung): rung is Visibility => rung !== undefined);
}

/** Forbidden because the author did not agree to publish (a code the client can explain). */
export class NoPublicConsentError extends ForbiddenError {
  constructor() {
    super('The author has not agreed to make this lesson public');
    this.extensions.reason = 'NO_PUBLIC_CONSENT';
  }
}

/**
 * A step on a lesson's ladder. Every step is one rung, up or down. A draft is its author's alone: only the
 * author takes it out of DRAFT. The author moves their own lesson among DRAFT, PRACTICE and ARENA; the trekker
 * (or the commissie) moves any lesson of the atelier below TRIBUNE; only the trekker or the commissie shares
 * with the tribune or the public, or takes a shared one back; a lesson goes PUBLIC by someone other than its
 * author only with the author's consent ("mag openbaar").
 */
export function requireVisibilityStep(
  role: AtelierRole,
  item: { authorId: string; visibility: Visibility; practiceId?: string | null; publicConsent?: boolean },
  to: Visibility,
): void {
  if (!neighbours(item, Visibility.DRAFT).includes(to)) {
    throw new BadInputError(
      'visibility',
      `One rung at a time: from ${item.visibility} the next are ${neighbours(item, Visibility.DRAFT).join(' and ')}`,
      'notAllowed',
    );
  }
  const own = item.authorId === role.viewer.userId;
  if (item.visibility === Visibility.DRAFT && !own) {
    throw new ForbiddenError('Only its author takes a lesson out of draft');
  }
  if (SHARED.includes(to) || SHARED.includes(item.visibility)) {
    if (!leadsAtelier(role))
      throw new ForbiddenError('Only the trekker shares with the tribune or the public');
  } else if (!leadsAtelier(role) && !(own && worksInArena(role))) {
    throw new ForbiddenError('You may only move your own lessons');
  }
  if (to === Visibility.PUBLIC && !own && !item.publicConsent) throw new NoPublicConsentError();
}

/**
 * A lesson whose author recorded that the citizen it tells of did not consent stays at ARENA or below
 * (CONSENT_REQUIRED); not recorded, it is not held back.
 */
export function requireCitizenConsent(
  lesson: { citizenConsent?: CitizenConsent | null },
  to: Visibility,
): void {
  if (SHARED.includes(to) && lesson.citizenConsent === CitizenConsent.NOT_GIVEN) {
    throw new AppError(
      'The citizen this lesson tells of did not consent: it stays in the arena',
      ErrorCode.CONSENT_REQUIRED,
    );
  }
}

/**
 * The rungs a reader may move a lesson to from where it is (empty: they may not move it). A rung the citizen's
 * consent keeps it from is not offered.
 */
export function allowedLessonSteps(
  role: AtelierRole | null,
  lesson: {
    authorId: string;
    visibility: Visibility;
    practiceId: string | null;
    publicConsent: boolean;
    citizenConsent?: CitizenConsent | null;
  },
): Visibility[] {
  if (!role) return [];
  return neighbours(lesson, Visibility.DRAFT).filter((to) => {
    try {
      requireVisibilityStep(role, lesson, to);
      if (LADDER.indexOf(to) > LADDER.indexOf(lesson.visibility)) requireCitizenConsent(lesson, to);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * A draft the retention sweep proposed for deletion (or any draft) is kept or deleted by its author alone: the
 * trekker reads drafts but does not decide over someone's unfinished writing.
 */
export function requireDraftAuthor(
  viewer: MaybeViewer,
  lesson: { authorId: string; visibility: Visibility },
): Viewer {
  const v = requireViewer(viewer);
  if (lesson.authorId !== v.userId) throw new ForbiddenError('Only its author keeps or deletes a draft');
  if (lesson.visibility !== Visibility.DRAFT) throw new ConflictError('Only a draft is kept or deleted here');
  return v;
}

/** Whether the viewer is a lesson's author, who hears of (and decides over) its proposed deletion. */
export function isDraftAuthor(
  viewer: MaybeViewer,
  lesson: { authorId: string; visibility: Visibility },
): boolean {
  return viewer !== null && lesson.authorId === viewer.userId && lesson.visibility === Visibility.DRAFT;
}

/** Whether a reader may edit a lesson's text (the author in the arena, or the trekker). */
export function mayEditLesson(role: AtelierRole | null, lesson: { authorId: string }): boolean {
  if (!role) return false;
  try {
    requireLessonEdit(role, lesson);
    return true;
  } catch {
    return false;
  }
}

/** An insight's text and the lessons it connects are changed by whoever may write it: the trekker (or the commissie). */
export function mayEditInsight(role: AtelierRole | null): boolean {
  return role !== null && leadsAtelier(role);
}

export function requireInsightEdit(role: AtelierRole): void {
  if (!mayEditInsight(role)) throw new ForbiddenError('Only the trekker of this atelier edits its insights');
}

/**
 * A reaction is changed or taken back by its author alone: the role table names no moderator of the tribune's
 * conversation. (It is found through `readableReactions` first, so whoever no longer reads it gets NOT_FOUND.)
 */
export function mayChangeReaction(viewer: MaybeViewer, reaction: { authorId: string }): boolean {
  return viewer !== null && viewer.userId === reaction.authorId;
}

export function requireReactionAuthor(viewer: MaybeViewer, reaction: { authorId: string }): void {
  if (!mayChangeReaction(viewer, reaction))
    throw new ForbiddenError('Only its author edits or deletes a reaction');
}

/** The rungs a reader may move an insight to: the trekker (or the commissie) only, one rung within ARENA–PUBLIC. */
export function allowedInsightSteps(
  role: AtelierRole | null,
  insight: { visibility: Visibility },
): Visibility[] {
  if (!role || !leadsAtelier(role)) return [];
  return neighbours(insight, Visibility.ARENA);
}

/** A step on an insight's ladder: `allowedInsightSteps`, enforced. */
export function requireInsightStep(
  role: AtelierRole,
  insight: { visibility: Visibility },
  to: Visibility,
): void {
  if (!leadsAtelier(role)) throw new ForbiddenError('Only the trekker moves an insight on the ladder');
  if (!allowedInsightSteps(role, insight).includes(to)) {
    throw new BadInputError(
      'visibility',
      `One rung at a time, from ARENA up: from ${insight.visibility} the next are ${allowedInsightSteps(role, insight).join(' and ')}`,
      'notAllowed',
    );
  }
}

/**
 * How a person may join an atelier in a role, as its joining mode and their past there have it:
 * - JOIN: straight away (the tribune is open to everyone signed in; the arena when the atelier is OPEN);
 * - ACCEPT_INVITATION: the trekker invited them: joining accepts the invitation;
 * - REQUEST: the arena takes new members ON_REQUEST: they ask, the trekker decides;
 * - INVITATION_ONLY: the arena is BY_INVITATION: the trekker asks, nobody else;
 * - REMOVED: the trekker removed them: they stay out until the trekker lets them back by inviting them (they may
 *   ask for that).
 * The trekker (who leads it) and the commissie (who may work in every arena of their werkplaats) join directly.
 */
export type JoiningWay = 'JOIN' | 'ACCEPT_INVITATION' | 'REQUEST' | 'INVITATION_ONLY' | 'REMOVED';

export function joiningWay(facts: {
  mode: AtelierJoinMode;
  role: ParticipationRole;
  /** Their participation's status, if they ever took part. */
  status: ParticipationStatus | null;
  /** The role of an open invitation to them, if any. */
  invitedAs: ParticipationRole | null;
  leads: boolean;
}): JoiningWay {
  if (facts.invitedAs === facts.role) return 'ACCEPT_INVITATION';
  if (facts.leads) return 'JOIN';
  // An invitation, in either role, is the trekker letting a removed person back.
  if (facts.status === 'REMOVED' && facts.invitedAs === null) return 'REMOVED';
  if (facts.role === 'TRIBUNE' || facts.mode === 'OPEN') return 'JOIN';
  return facts.mode === 'ON_REQUEST' ? 'REQUEST' : 'INVITATION_ONLY';
}

/** Refused joining, with the way that is open instead (`reason` tells the client which). */
export class JoiningRefusedError extends ForbiddenError {
  constructor(way: Exclude<JoiningWay, 'JOIN' | 'ACCEPT_INVITATION'>) {
    super(
      {
        REQUEST: 'This arena takes new members on request: ask the trekker (requestToJoin)',
        INVITATION_ONLY: 'This arena is by invitation of its trekker',
        REMOVED: 'The trekker removed you from this atelier; you may ask to be let back (requestToJoin)',
      }[way],
    );
    this.extensions.reason = way;
  }
}

/** Joining as `joiningWay` allows it, or the refusal that says why. */
export function requireJoining(way: JoiningWay): void {
  if (way !== 'JOIN' && way !== 'ACCEPT_INVITATION') throw new JoiningRefusedError(way);
}

/** Asking the trekker is open to those who may not simply join: an arena ON_REQUEST, or after a removal. */
export function requireMayRequest(way: JoiningWay): void {
  if (way === 'REQUEST' || way === 'REMOVED') return;
  if (way === 'INVITATION_ONLY') throw new JoiningRefusedError(way);
  throw new ForbiddenError('You may join this atelier directly; there is nothing to ask');
}

/**
 * Join requests and invitations are read by the person they are about, by whoever made them, and by those who
 * lead the atelier (its trekker, the commissie).
 */
export function readableJoinRequests(viewer: MaybeViewer): Prisma.JoinRequestWhereInput {
  if (!viewer) return NOTHING;
  return {
    OR: [{ userId: viewer.userId }, { createdById: viewer.userId }, { atelier: ateliersLedBy(viewer) }],
  };
}

/**
 * The history of taking part (joined, switched, left, removed) is read here by the person it is about, and by
 * nobody else: a visitor reads nothing, another participant and the trekker not through this path.
 */
export function ownParticipationChanges(viewer: MaybeViewer): Prisma.ParticipationChangeWhereInput {
  if (!viewer) return NOTHING;
  return { participation: { userId: viewer.userId } };
}

/**
 * Invitations by e-mail hold addresses of people who may have no account: they are read only by those who may
 * make and withdraw them. An atelier's by those who lead it (its trekker, the commissie of its werkplaats, as for
 * the in-app invitation); a werkplaats's own by its beheerders. Nobody else, the invited person included (they
 * hold the link, which shows them their own invitation).
 */
export function readableEmailInvitations(viewer: MaybeViewer): Prisma.EmailInvitationWhereInput {
  if (!viewer) return NOTHING;
  const or: Prisma.EmailInvitationWhereInput[] = [{ atelier: ateliersLedBy(viewer) }];
  if (viewer.adminOf.size > 0) or.push({ atelierId: null, workshopId: { in: list(viewer.adminOf) } });
  return { OR: or };
}

/**
 * An account made by signing up proves its address with the mailed link before it reaches others: until then it
 * reads as any signed-in person, follows ateliers from the tribune, accepts invitations (in the app or by link) and
 * keeps its own drafts and practice lessons, but does not join an arena on its own (asking or joining an open one)
 * nor lift a lesson above PRACTICE. FORBIDDEN with `reason` EMAIL_UNCONFIRMED.
 */
export function requireConfirmedEmail(account: { emailConfirmedAt: Date | null }): void {
  if (account.emailConfirmedAt) return;
  const error = new ForbiddenError(
    'Confirm your e-mail address first with the link we mailed you (resendEmailConfirmation sends it again)',
  );
  error.extensions.reason = 'EMAIL_UNCONFIRMED';
  throw error;
}

/** Inviting by e-mail into a werkplaats (not one atelier of it) is for its beheerders. */
export function requireWorkshopInviter(viewer: MaybeViewer, workshopId: string): Viewer {
  return requireAdmin(viewer, workshopId);
}

/**
 * An invitation by link is accepted by whoever holds the link (the mail proves the address), in their own account
 * or a new one with the invited address, unless the address has an account: then the in-app invitation was made to
 * that account, and only it accepts.
 */
export function requireInvitationAcceptor(
  viewer: Viewer,
  invitation: { joinRequest: { userId: string } | null },
): void {
  if (invitation.joinRequest && invitation.joinRequest.userId !== viewer.userId) {
    throw new ForbiddenError(
      'This invitation is for another account: sign in with the address it was sent to',
    );
  }
}

/**
 * What belongs in a person's feed: shared items (TRIBUNE and up, once shared) of the ateliers they take part
 * in or lead. Everything this matches is readable by the ladder itself: TRIBUNE is read by every active
 * participant and the trekker of the atelier (readableLessons), PUBLIC by everyone. So the read rule is not
 * repeated here: the feed is a top-N per atelier over the (atelierId, sharedAt, id) indexes instead of the
 * ladder's OR of joins. The feed is the busiest page, read as one hand-written statement (FeedService), so its
 * rule is SQL: `feedAteliersSql` gives the ateliers, `FEED_VISIBILITIES` the rungs.
 *
 * The same holds for the reactions on those items: `readableReactions` asks that the target is readable and
 * that the reader reads its atelier's TRIBUNE rung, both true of every feed item, so the feed loads all their
 * reactions. The tribune and role-table tests pin that the feed never shows more than a direct read.
 */
export function feedAteliersSql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`SELECT id FROM "Atelier" WHERE "trekkerId" = ${viewer.userId}::uuid
    UNION
    SELECT "atelierId" FROM "Participation" WHERE "userId" = ${viewer.userId}::uuid AND status = 'ACTIVE'`;
}

/** The rungs the feed shows, as SQL: what was shared with the tribune or the public. */
export const FEED_VISIBILITIES = Prisma.sql`('TRIBUNE', 'PUBLIC')`;

/**
 * Email addresses are personal data: the person reads their own; a beheerder reads those of the people of their
 * werkplaatsen, to manage accounts. Null: the viewer reads no address but their own.
 */
export function readableEmails(viewer: MaybeViewer): Prisma.UserWhereInput | null {
  if (!viewer || viewer.adminOf.size === 0) return null;
  return { OR: [{ id: viewer.userId }, peopleManagedIn(list(viewer.adminOf))] };
}

/** The ateliers a person leads: as their trekker, or through the programmacommissie of the werkplaats. */
function ateliersLedBy(viewer: Viewer): Prisma.AtelierWhereInput {
  const or: Prisma.AtelierWhereInput[] = [{ trekkerId: viewer.userId }];
  if (viewer.committeeOf.size > 0) or.push({ workshopId: { in: list(viewer.committeeOf) } });
  return { OR: or };
}

/**
 * Whether a reader, once their role in an atelier is known, reads its tribune activities (as `readableActivities`).
 *
 * Decided for the atelier page (issue 19): to someone who doesn't read them, an atelier's activities are not only
 * hidden but left unsaid, not even "there are some for followers". Activities are tribune content (the role table:
 * reading the TRIBUNE rung is for those who take part), and that an atelier meets, and when, is part of that content;
 * a yes/no would also tell, by its no, that nothing is planned. So the page neither says "none planned" to such a
 * reader nor hints at any: it says what reading them takes (signing in, following the atelier from the tribune).
 */
export function mayReadActivitiesIn(role: AtelierRole | null): boolean {
  return readsRungIn(role, 'TRIBUNE');
}

/**
 * The werkplaatsen a person is one of the people of, for reading what the werkplaats as a whole organises: they hold
 * a role there (commissie, beheerder), lead one of its ateliers, take part in one now (arena or tribune), or are a
 * confirmed member of one of its organisations. Narrower than `peopleManagedIn` (which keeps those who left or only
 * asked, for beheer): a request or a past participation doesn't make someone one of its people.
 */
function workshopsOf(viewer: Viewer): Prisma.WorkshopWhereInput {
  return {
    OR: [
      { roles: { some: { userId: viewer.userId } } },
      { ateliers: { some: { trekkerId: viewer.userId } } },
      { ateliers: { some: { participations: { some: activeParticipant(viewer.userId) } } } },
      { organisations: { some: { memberships: { some: { userId: viewer.userId, status: 'CONFIRMED' } } } } },
    ],
  };
}

/**
 * Activities: an atelier's are tribune content, read by whoever reads the TRIBUNE rung of that atelier; a
 * werkplaats-wide one (an ontmoeting, the symposium) by everyone when its beheerder made it public, otherwise by the
 * people of that werkplaats (`workshopsOf`).
 */
export function readableActivities(viewer: MaybeViewer): Prisma.ActivityWhereInput {
  const or: Prisma.ActivityWhereInput[] = [{ workshopId: { not: null }, isPublic: true }];
  if (viewer) {
    or.push({ atelier: ateliersReadableAt(viewer, 'TRIBUNE') });
    or.push({ workshop: workshopsOf(viewer) });
  }
  return { OR: or };
}

/**
 * The people of a werkplaats seen from the person's side (`workshopsOf` turned round): they hold a role there, lead
 * one of its ateliers, take part in one now, or are a confirmed member of one of its organisations. Who reads a
 * werkplaats-wide activity that is not public, and so who may be told of one.
 */
export function workshopPeople(workshopId: string): Prisma.UserWhereInput {
  return {
    OR: [
      { roles: { some: { workshopId } } },
      { trekkerOf: { some: { workshopId } } },
      { participations: { some: { status: 'ACTIVE', atelier: { workshopId } } } },
      { memberships: { some: { status: 'CONFIRMED', organisation: { workshopId } } } },
    ],
  };
}

/**
 * Logging a lesson is arena work in its atelier. A lesson from the room of a werkplaats-wide activity is logged by
 * whoever leads that activity (a beheerder of the werkplaats) in any atelier of that werkplaats, arena or not.
 */
export function requireLessonLogging(role: AtelierRole, room?: { workshopId: string | null } | null): void {
  if (
    room?.workshopId &&
    room.workshopId === role.workshopId &&
    leadsWorkshopActivity(role.viewer, room.workshopId)
  )
    return;
  requireArenaWork(role);
}

/** Whether the viewer leads a werkplaats-wide activity of this werkplaats: they are its beheerder. */
export function leadsWorkshopActivity(viewer: MaybeViewer, workshopId: string): boolean {
  return isAdmin(viewer, workshopId);
}

/** Planning, changing, cancelling and recording a werkplaats-wide activity: the beheerders of that werkplaats. */
export function requireWorkshopActivityLead(viewer: MaybeViewer, workshopId: string): Viewer {
  const v = requireViewer(viewer);
  if (!leadsWorkshopActivity(v, workshopId))
    throw new ForbiddenError('Only a beheerder of this werkplaats may do this');
  return v;
}

/**
 * What came out of an activity is recorded once it has begun (not before: nothing came out yet), and not for one
 * that was cancelled.
 */
export function requireActivityHeld(activity: { startsAt: Date; cancelledAt: Date | null }, now: Date): void {
  if (activity.cancelledAt) throw new ConflictError('This activity was cancelled', { reason: 'CANCELLED' });
  if (activity.startsAt > now)
    throw new ConflictError('What came out of it is recorded after it began', { reason: 'NOT_YET_HELD' });
}

/**
 * The people who read an atelier's TRIBUNE rung, and so its activities: `atelierReaders(viewer, 'TRIBUNE')` seen from
 * the person's side (its trekker, its active participants, the commissie and beheerders of its werkplaats). Who is
 * told of a change to an activity is narrowed by it, so nobody hears of one they may not read.
 */
export function tribuneReadersOf(atelier: {
  id: string;
  trekkerId: string;
  workshopId: string;
}): Prisma.UserWhereInput {
  return {
    OR: [
      { id: atelier.trekkerId },
      { participations: { some: { atelierId: atelier.id, status: 'ACTIVE' } } },
      { roles: { some: { workshopId: atelier.workshopId, role: { in: ['COMMITTEE', 'ADMIN'] } } } },
    ],
  };
}

/** A registration is read by the person who registered and by those who lead the activity's atelier. */
export function readableRegistrations(viewer: MaybeViewer): Prisma.RegistrationWhereInput {
  if (!viewer) return NOTHING;
  const or: Prisma.RegistrationWhereInput[] = [
    { userId: viewer.userId },
    { activity: { atelier: ateliersLedBy(viewer) } },
  ];
  if (viewer.adminOf.size > 0) or.push({ activity: { workshopId: { in: list(viewer.adminOf) } } });
  return { OR: or };
}

/**
 * Reactions are the tribune's conversation: read by those who read their target and the TRIBUNE rung of
 * its atelier. A visitor reading a PUBLIC lesson does not see who said what about it.
 */
export function readableReactions(viewer: MaybeViewer): Prisma.ReactionWhereInput {
  if (!viewer) return NOTHING;
  const moderated = ateliersModeratedBy(viewer);
  return {
    AND: [
      listedReactions(viewer),
      {
        OR: [
          { hiddenAt: null },
          { authorId: viewer.userId },
          { lesson: { atelier: moderated } },
          { insight: { atelier: moderated } },
          { question: { atelier: moderated } },
          { product: { atelier: moderated } },
        ],
      },
    ],
  };
}

/**
 * The reactions listed under a lesson or insight the viewer reads: `readableReactions` with the hidden ones too, so
 * the conversation shows where one was hidden and why ("Verborgen door de moderatie: …"). Their text is read only
 * as `readableReactions` allows (its author, the moderators): ReactionService withholds it from everyone else.
 */
export function listedReactions(viewer: MaybeViewer): Prisma.ReactionWhereInput {
  if (!viewer) return NOTHING;
  // A reply carries the target of its parent, so the same rule reads it: it never shows what it hangs on to
  // someone who may not read that.
  return { OR: REACTION_TARGETS.map((kind) => listedReactionsOn(viewer, kind)) };
}

const REACTION_TARGETS = ['Lesson', 'Insight', 'Question', 'Product'] as const;

/**
 * `listedReactions` for reactions on targets of one kind (a reaction has one target): that kind's part of the
 * rule alone, a statement of a quarter of the joins for the list under one lesson.
 */
export function listedReactionsOn(
  viewer: MaybeViewer,
  kind: (typeof REACTION_TARGETS)[number],
): Prisma.ReactionWhereInput {
  if (!viewer) return NOTHING;
  const tribune = { atelier: ateliersReadableAt(viewer, 'TRIBUNE') };
  switch (kind) {
    case 'Lesson':
      return { lesson: { AND: [readableLessons(viewer), tribune] } };
    case 'Insight':
      return { insight: { AND: [readableInsights(viewer), tribune] } };
    case 'Question':
      return { question: { AND: [readableQuestions(viewer), tribune] } };
    case 'Product':
      return { product: { AND: [readableProducts(viewer), tribune] } };
  }
}

/** What a reaction hangs on, as the people who may read its reactions are worked out from it. */
export interface ReactionTargetFacts {
  atelier: { id: string; trekkerId: string; workshopId: string };
  visibility: Visibility;
  /** Its author (for an output: who registered it), who reads it on every rung. */
  authorId: string | null;
  /** For a lesson at PRACTICE: its practice. */
  practiceId: string | null;
}

/**
 * The people who may read the reactions on one target: `readableReactions` seen from the person's side (they read
 * the target on its rung and the atelier's TRIBUNE rung). Mentions offer and keep only these people, and only they
 * are told of a mention; a test compares it with `readableReactions` person by person.
 */
export function reactionReadersOf(target: ReactionTargetFacts): Prisma.UserWhereInput {
  const tribune = tribuneReadersOf(target.atelier);
  if (target.visibility === Visibility.PUBLIC || target.visibility === Visibility.TRIBUNE) return tribune;
  const or: Prisma.UserWhereInput[] = [{ id: target.atelier.trekkerId }];
  if (target.authorId) or.push({ AND: [{ id: target.authorId }, tribune] });
  if (target.visibility === Visibility.ARENA) {
    or.push(
      { participations: { some: { atelierId: target.atelier.id, status: 'ACTIVE', role: 'ARENA' } } },
      { roles: { some: { workshopId: target.atelier.workshopId, role: 'COMMITTEE' } } },
    );
  }
  if (target.visibility === Visibility.PRACTICE && target.practiceId) {
    or.push({
      participations: { some: { atelierId: target.atelier.id, status: 'ACTIVE', role: 'ARENA' } },
      practiceMemberships: { some: { practiceId: target.practiceId, leftAt: null } },
    });
  }
  return { OR: or };
}

/**
 * The audit log a viewer reads: what happened in the werkplaatsen where they sit on the commissie or are
 * beheerder (or only the one named, where they must be either), and for beheerders also the account events
 * (which belong to no werkplaats) of the people of their werkplaatsen. Another werkplaats's log stays its own.
 */
export function readableAuditEvents(
  viewer: MaybeViewer,
  onlyWorkshopId: string | null,
): Prisma.AuditEventWhereInput {
  const v = requireViewer(viewer);
  const within = (ids: ReadonlySet<string>) =>
    list(ids).filter((id) => !onlyWorkshopId || id === onlyWorkshopId);
  const admin = within(v.adminOf);
  const readers = [...new Set([...within(v.committeeOf), ...admin])];
  if (readers.length === 0) {
    throw new ForbiddenError(
      onlyWorkshopId
        ? 'Only the programmacommissie and beheerders of this werkplaats read its audit log'
        : 'Only the programmacommissie and beheerders read the audit log',
    );
  }
  const or: Prisma.AuditEventWhereInput[] = [{ workshopId: { in: readers } }];
  if (admin.length > 0) or.push({ workshopId: null, person: peopleManagedIn(admin) });
  return { OR: or };
}

/**
 * The arena's questions climb the insights' ladder: written at ARENA (read by those who read the ARENA rung of their
 * atelier), an answered one shared with the TRIBUNE or the PUBLIC by the trekker. Its author and the trekker read it
 * wherever it stands, as for lessons and insights.
 */
export function readableQuestions(viewer: MaybeViewer): Prisma.QuestionWhereInput {
  if (!viewer) return { visibility: Visibility.PUBLIC };
  return {
    OR: [
      { visibility: Visibility.PUBLIC },
      { authorId: viewer.userId },
      { atelier: { trekkerId: viewer.userId } },
      { visibility: Visibility.TRIBUNE, atelier: atelierReaders(viewer, 'TRIBUNE') },
      { visibility: Visibility.ARENA, atelier: atelierReaders(viewer, 'ARENA') },
    ],
  };
}

/**
 * The werkplaatsen a person takes part in (`User.workshops`, the web app's switcher): a werkplaats role in it, the
 * trekker's place in one of its ateliers or a participation (arena or tribune) in one now, or a confirmed
 * membership of one of its organisations. Narrower than `peopleManagedIn` (a beheerder's reach): a request or a
 * past participation makes one someone to manage, not someone who takes part.
 */
export function workshopsTakenPartIn(viewer: Viewer): Prisma.WorkshopWhereInput {
  return {
    OR: [
      { roles: { some: { userId: viewer.userId } } },
      {
        ateliers: {
          some: {
            OR: [
              { trekkerId: viewer.userId },
              { participations: { some: activeParticipant(viewer.userId) } },
            ],
          },
        },
      },
      { organisations: { some: { memberships: { some: { userId: viewer.userId, status: 'CONFIRMED' } } } } },
      { invitations: { some: { atelierId: null, acceptedById: viewer.userId, status: 'ACCEPTED' } } },
    ],
  };
}

/**
 * What a werkplaats shares publicly (its figures on the list of werkplaatsen) is what a visitor reads, whoever
 * asks: the visitor's ladder, as SQL on the insight alias `alias`.
 */
export function publicInsightsSql(alias: string): Prisma.Sql {
  return readableInsightsSql(null, alias);
}

/** A werkplaats's ateliers as SQL, for filters by werkplaats inside the hand-written statements (feed, search). */
export function ateliersOfWorkshopSql(workshopId: string): Prisma.Sql {
  return Prisma.sql`SELECT id FROM "Atelier" WHERE "workshopId" = ${workshopId}::uuid`;
}

/** Ateliers themselves (title, description, trekker) are public: the agenda shows them to everyone. */
export function readableAteliers(_viewer: MaybeViewer): Prisma.AtelierWhereInput {
  return {};
}

/** The kennisagenda's kwesties (title, description, status, history) are public, like the agenda itself. */
export function readableSocialIssues(_viewer: MaybeViewer): Prisma.SocialIssueWhereInput {
  return {};
}

/**
 * Which organisations take part in an atelier is part of its participant list: read at the TRIBUNE rung.
 * (The network picture shows them, counted, only to those readers.)
 */
export function readableOrganisationParticipations(viewer: MaybeViewer): Prisma.ParticipationWhereInput {
  return { status: 'ACTIVE', organisationId: { not: null }, atelier: ateliersReadableAt(viewer, 'TRIBUNE') };
}

/**
 * Organisations: the listed ones are public knowledge of the network. One a person proposed (and which no beheerder
 * has listed) is read only by those who asked to belong to it and by the beheerders of its werkplaats, who decide.
 */
export function readableOrganisations(viewer: MaybeViewer): Prisma.OrganisationWhereInput {
  if (!viewer) return { status: 'LISTED' };
  const or: Prisma.OrganisationWhereInput[] = [
    { status: 'LISTED' },
    { memberships: { some: { userId: viewer.userId } } },
  ];
  if (viewer.adminOf.size > 0) or.push({ workshopId: { in: list(viewer.adminOf) } });
  return { OR: or };
}

/** The public list of organisations (to choose from, to ask to belong to): the listed ones, for everyone alike. */
export function listedOrganisations(): Prisma.OrganisationWhereInput {
  return { status: 'LISTED' };
}

/**
 * Memberships of an organisation are decided (confirmed or declined) by the beheerders of its werkplaats and by
 * the organisation's confirmed contacts.
 */
export function membershipsDecidableBy(viewer: Viewer): Prisma.MembershipWhereInput {
  const or: Prisma.MembershipWhereInput[] = [
    {
      organisation: {
        memberships: { some: { userId: viewer.userId, status: 'CONFIRMED', isContact: true } },
      },
    },
  ];
  if (viewer.adminOf.size > 0) or.push({ organisation: { workshopId: { in: list(viewer.adminOf) } } });
  return { OR: or };
}

/**
 * Who belongs to which organisation: confirmed memberships are public knowledge of the network; a request (or
 * a declined one) is read by the person and by those who decide on it.
 */
export function readableMemberships(viewer: MaybeViewer): Prisma.MembershipWhereInput {
  if (!viewer) return { status: 'CONFIRMED' };
  return { OR: [{ status: 'CONFIRMED' }, { userId: viewer.userId }, membershipsDecidableBy(viewer)] };
}

/** Making someone an organisation's contact (who then decides on its memberships) is the beheerders'. */
/** Nobody decides on their own membership, whatever their role: that is for another beheerder or contact. */
export function requireNotOwnMembership(viewer: Viewer, membership: { userId: string }): void {
  if (membership.userId === viewer.userId)
    throw new ForbiddenError('You do not decide on your own membership');
}

export function requireMembershipAdmin(viewer: MaybeViewer, organisation: { workshopId: string }): Viewer {
  return requireAdmin(viewer, organisation.workshopId);
}

/**
 * Keeping the list of organisations (listing or declining a proposed one, merging duplicates) is for the beheerders
 * of the werkplaats they belong to; merging asks it for both, which must be of one werkplaats.
 */
export function requireOrganisationAdmin(viewer: MaybeViewer, organisation: { workshopId: string }): Viewer {
  return requireAdmin(viewer, organisation.workshopId);
}

/** The proposals a beheerder decides on: the unlisted organisations of the werkplaatsen they keep. */
export function proposedOrganisationsOf(workshopIds: readonly string[]): Prisma.OrganisationWhereInput {
  return { status: 'PROPOSED', workshopId: { in: [...workshopIds] } };
}

// ---------------------------------------------------------------- the trekker's digest ("Wat we leerden")

/** The insights of one atelier a reader may read, once their role there is known: the ladder of `readableInsights`. */
export function readableInsightsIn(atelierId: string, role: AtelierRole | null): Prisma.InsightWhereInput {
  const ladder = lessonLadderIn(role);
  if (ladder.everything) return { atelierId };
  if (!ladder.authorId) return { atelierId, visibility: { in: ladder.rungs } };
  return { atelierId, OR: [{ visibility: { in: ladder.rungs } }, { authorId: ladder.authorId }] };
}

/** Only the atelier's own trekker composes and sends its digest: it speaks for the atelier, to its followers. */
export function mayWriteDigest(role: AtelierRole | null): boolean {
  return role !== null && role.isTrekker;
}

export function requireDigestAuthor(role: AtelierRole): void {
  if (!mayWriteDigest(role)) throw new ForbiddenError('Only the trekker of this atelier writes its digest');
}

/**
 * The werkplaats's own words for the personal-data check are read by whoever writes texts in its ateliers that the
 * check reads (the arena, the trekker, the commissie), so the hints while typing use them as the server does.
 */
export function mayReadPrivacyWordsIn(role: AtelierRole | null): boolean {
  return role !== null && worksInArena(role);
}

/** A digest is proposed from what reached the tribune or the public, never from what the arena keeps. */
export const DIGEST_VISIBILITIES: readonly Visibility[] = SHARED;

/**
 * Digests a viewer may open: sent ones of the ateliers they follow (every item still filtered per reader), and
 * the drafts of the ateliers they lead as trekker.
 */
export function readableDigests(viewer: MaybeViewer): Prisma.DigestWhereInput {
  if (!viewer) return NOTHING;
  return {
    OR: [
      { status: 'SENT', atelier: atelierReaders(viewer, 'TRIBUNE') },
      { atelier: { trekkerId: viewer.userId } },
    ],
  };
}

/** The kinds of reader a digest's preview shows it to. */
export type DigestReaderKind = 'ARENA' | 'TRIBUNE' | 'PUBLIC';

/**
 * A stand-in for one kind of reader of an atelier, for the preview: a participant at that rung (with no lessons
 * of their own), or nobody signed in. The same ladder then decides what they read as for a real recipient.
 */
export function readerOfKind(
  kind: DigestReaderKind,
  atelier: { id: string; workshopId: string },
): AtelierRole | null {
  if (kind === 'PUBLIC') return null;
  const nobody = '00000000-0000-0000-0000-000000000000';
  return {
    viewer: { userId: nobody, committeeOf: new Set(), adminOf: new Set() },
    atelierId: atelier.id,
    workshopId: atelier.workshopId,
    isTrekker: false,
    isCommittee: false,
    isAdmin: false,
    participation: { id: nobody, role: kind },
  };
}

// ---------------------------------------------------------------- the arena's questions (issue 21)

/**
 * The questions of one atelier a reader may read, once their role there is known: the ladder of `readableQuestions`
 * worked out for that atelier (the same rows; test/authz/ladder-sql compares them). Other modules (the report, open
 * data) read questions through this, never by a query of their own.
 */
export function readableQuestionsIn(atelierId: string, role: AtelierRole | null): Prisma.QuestionWhereInput {
  const ladder = lessonLadderIn(role);
  if (ladder.everything) return { atelierId };
  if (!ladder.authorId) return { atelierId, visibility: { in: ladder.rungs } };
  return { atelierId, OR: [{ visibility: { in: ladder.rungs } }, { authorId: ladder.authorId }] };
}

/** A question's title, body and status are changed by its author while they work in the arena, and by those who lead it. */
export function mayEditQuestion(role: AtelierRole | null, question: { authorId: string }): boolean {
  if (!role) return false;
  return leadsAtelier(role) || (question.authorId === role.viewer.userId && worksInArena(role));
}

export function requireQuestionEdit(role: AtelierRole, question: { authorId: string }): void {
  if (!mayEditQuestion(role, question))
    throw new ForbiddenError('Only its author and the trekker edit a question');
}

/**
 * Only an answered question goes beyond the arena, and it stays answered while it is there: to reopen or park a shared
 * question, the trekker takes it back to the arena first (CONFLICT, reason QUESTION_SHARED).
 */
export function requireStatusKeepsShare(
  question: { visibility: Visibility },
  status: 'OPEN' | 'IN_PRACTICE' | 'ANSWERED' | 'PARKED',
): void {
  if (SHARED.includes(question.visibility) && status !== 'ANSWERED') {
    throw new ConflictError('A shared question stays answered: take it back to the arena first', {
      reason: 'QUESTION_SHARED',
    });
  }
}

/**
 * The rungs a reader may move a question to: only those who lead the atelier, one rung within ARENA–PUBLIC, and up
 * only once the question is ANSWERED.
 */
export function allowedQuestionSteps(
  role: AtelierRole | null,
  question: { visibility: Visibility; status: string },
): Visibility[] {
  if (!role || !leadsAtelier(role)) return [];
  return neighbours(question, Visibility.ARENA).filter(
    (to) => LADDER.indexOf(to) < LADDER.indexOf(question.visibility) || question.status === 'ANSWERED',
  );
}

/** A step on a question's ladder: `allowedQuestionSteps`, enforced (an unanswered one: CONFLICT, QUESTION_NOT_ANSWERED). */
export function requireQuestionStep(
  role: AtelierRole,
  question: { visibility: Visibility; status: string },
  to: Visibility,
): void {
  if (!leadsAtelier(role)) throw new ForbiddenError('Only the trekker shares a question beyond the arena');
  if (!neighbours(question, Visibility.ARENA).includes(to)) {
    throw new BadInputError(
      'visibility',
      `One rung at a time, from ARENA up: from ${question.visibility} the next are ${neighbours(question, Visibility.ARENA).join(' and ')}`,
      'notAllowed',
    );
  }
  if (!allowedQuestionSteps(role, question).includes(to)) {
    throw new ConflictError('Only an answered question is shared beyond the arena', {
      reason: 'QUESTION_NOT_ANSWERED',
    });
  }
}

/** Linking lessons and insights to the question they speak to is arena work: the arena, the trekker, the commissie. */
export function mayLinkQuestions(role: AtelierRole | null): boolean {
  return role !== null && worksInArena(role);
}

export function requireQuestionLinking(role: AtelierRole): void {
  if (!mayLinkQuestions(role))
    throw new ForbiddenError('Only the arena of this atelier links answers to its questions');
}

/** A link between a question and a lesson shows only to a reader who reads both ends; the others are counted as hidden. */
export function readableQuestionLessons(viewer: MaybeViewer): Prisma.QuestionLessonWhereInput {
  return { question: readableQuestions(viewer), lesson: readableLessons(viewer) };
}

/** As `readableQuestionLessons`, for the links between questions and insights. */
export function readableQuestionInsights(viewer: MaybeViewer): Prisma.QuestionInsightWhereInput {
  return { question: readableQuestions(viewer), insight: readableInsights(viewer) };
}

/** Practices (arena content as a whole, in the knowledge path): read by those who read their atelier's ARENA rung. */
export function readablePractices(viewer: MaybeViewer): Prisma.PracticeWhereInput {
  return { atelier: ateliersReadableAt(viewer, 'ARENA') };
}

/**
 * The history of a question's status and rung is read with the question: who reads the question reads how it got
 * where it is (the step up to the tribune is part of what the tribune reads).
 */
export function readableQuestionChanges(viewer: MaybeViewer): Prisma.QuestionChangeWhereInput {
  return { question: readableQuestions(viewer) };
}

// ---------------------------------------------------------------- outputs (products) and their files

/**
 * The outputs a reader may read within one atelier or one werkplaats: `readableProducts`, narrowed. Other
 * modules (the report, open data, the network) read outputs through this, never around the ladder.
 */
export function readableProductsIn(
  viewer: MaybeViewer,
  scope: { atelierId: string } | { workshopId: string },
): Prisma.ProductWhereInput {
  const within: Prisma.ProductWhereInput =
    'atelierId' in scope ? { atelierId: scope.atelierId } : { atelier: { workshopId: scope.workshopId } };
  return { AND: [within, readableProducts(viewer)] };
}

/** An uploaded file is read by whoever reads its output, and by nobody else (a direct URL included). */
export function readableStoredFiles(viewer: MaybeViewer): Prisma.StoredFileWhereInput {
  return { product: readableProducts(viewer) };
}

/**
 * Registering an output is arena work: the trekker, the arena members of its atelier (and the commissie, who may
 * work in every arena of its werkplaats).
 */
export function mayRegisterProduct(role: AtelierRole | null): boolean {
  return role !== null && worksInArena(role);
}

export function requireProductRegistration(role: AtelierRole): void {
  if (!mayRegisterProduct(role)) throw new ForbiddenError('Only the arena of this atelier registers outputs');
}

/**
 * Changing an output (its text, sources, authors, file) or removing it: the trekker (or the commissie) always; an
 * arena member while it is in the arena. What was shared with the tribune or the public is the trekker's to change.
 */
export function mayEditProduct(role: AtelierRole | null, product: { visibility: Visibility }): boolean {
  if (!role) return false;
  if (leadsAtelier(role)) return true;
  return worksInArena(role) && !SHARED.includes(product.visibility);
}

export function requireProductEdit(role: AtelierRole, product: { visibility: Visibility }): void {
  if (!mayEditProduct(role, product)) {
    throw new ForbiddenError(
      SHARED.includes(product.visibility) && worksInArena(role)
        ? 'Only the trekker changes an output shared with the tribune or the public'
        : 'Only the arena of this atelier changes its outputs',
    );
  }
}

/** The rungs a reader may move an output to: the trekker (or the commissie) only, one rung within ARENA–PUBLIC. */
export function allowedProductSteps(
  role: AtelierRole | null,
  product: { visibility: Visibility },
): Visibility[] {
  if (!role || !leadsAtelier(role)) return [];
  return neighbours(product, Visibility.ARENA);
}

/** A step on an output's ladder: `allowedProductSteps`, enforced. */
export function requireProductStep(
  role: AtelierRole,
  product: { visibility: Visibility },
  to: Visibility,
): void {
  if (!leadsAtelier(role)) throw new ForbiddenError('Only the trekker moves an output on the ladder');
  if (!allowedProductSteps(role, product).includes(to)) {
    throw new BadInputError(
      'visibility',
      `One rung at a time, from ARENA up: from ${product.visibility} the next are ${allowedProductSteps(role, product).join(' and ')}`,
      'notAllowed',
    );
  }
}

/*
 * Decisions in the arena (issue 22): proposals and polls are arena-level work, read and answered only by the
 * atelier's arena members and its trekker. Narrower than the ARENA rung of lessons: the commissie and the
 * beheerders do not take part in an atelier's decisions, and a proposal never climbs the ladder. To everyone
 * else a proposal, its stances and that it exists stay unsaid (NOT_FOUND, left out of lists and notifications).
 */

/** The ateliers whose decisions a person reads and takes part in: as their trekker, or as an active arena member. */
function decisionAteliers(viewer: Viewer): Prisma.AtelierWhereInput {
  return { OR: [{ trekkerId: viewer.userId }, { participations: { some: activeArena(viewer.userId) } }] };
}

/** The proposals (and polls) a viewer may read: those of the ateliers where they are trekker or in the arena. */
export function readableProposals(viewer: MaybeViewer): Prisma.ProposalWhereInput {
  if (!viewer) return NOTHING;
  return { atelier: decisionAteliers(viewer) };
}

/** The stances a viewer may read: those on proposals they may read (participants see who took which stance). */
export function readableStances(viewer: MaybeViewer): Prisma.StanceWhereInput {
  if (!viewer) return NOTHING;
  return { proposal: readableProposals(viewer) };
}

/** Whether a reader, once their role in an atelier is known, reads and takes part in its decisions. */
export function takesPartInDecisions(role: AtelierRole | null): boolean {
  if (!role) return false;
  return role.isTrekker || role.participation?.role === 'ARENA';
}

export function requireDecisionParticipant(role: AtelierRole): void {
  if (!takesPartInDecisions(role))
    throw new ForbiddenError('Only the arena and the trekker of this atelier take part in its decisions');
}

/** Whether a proposal still takes stances: before its closing time and not closed early. */
export function proposalIsOpen(proposal: { closesAt: Date; closedAt: Date | null }, now: Date): boolean {
  return proposal.closedAt === null && proposal.closesAt > now;
}

export function requireProposalOpen(proposal: { closesAt: Date; closedAt: Date | null }, now: Date): void {
  if (!proposalIsOpen(proposal, now))
    throw new ConflictError('This proposal is closed; stances can no longer change', {
      reason: 'PROPOSAL_CLOSED',
    });
}

/** Closing early and writing the outcome are the proposer's, while they still take part in the atelier's decisions. */
export function mayConclude(role: AtelierRole | null, proposal: { authorId: string }): boolean {
  return role !== null && takesPartInDecisions(role) && proposal.authorId === role.viewer.userId;
}

export function requireProposer(role: AtelierRole, proposal: { authorId: string }): void {
  requireDecisionParticipant(role);
  if (proposal.authorId !== role.viewer.userId)
    throw new ForbiddenError('Only the one who made this proposal may do this');
}

/** The outcome is written once the proposal is closed (at its closing time or closed early). */
export function requireProposalClosed(proposal: { closesAt: Date; closedAt: Date | null }, now: Date): void {
  if (proposalIsOpen(proposal, now))
    throw new ConflictError('The outcome is written after the proposal closed', { reason: 'PROPOSAL_OPEN' });
}

/** Planning an activity from a decision: the trekker (or the commissie, who plan too), once its outcome is written. */
export function requirePlannableFrom(
  role: AtelierRole,
  proposal: { atelierId: string; outcome: string | null },
): void {
  requireAtelierLead(role);
  if (proposal.atelierId !== role.atelierId)
    throw new BadInputError('input.proposalId', 'The proposal belongs to another atelier');
  if (proposal.outcome === null)
    throw new ConflictError('An activity is planned from a proposal once its outcome is written', {
      reason: 'NO_OUTCOME',
    });
}

/** Who hears of a proposal: `readableProposals` seen from the person's side, for one atelier. */
export function decisionMembersOf(atelier: { id: string; trekkerId: string }): Prisma.UserWhereInput {
  return {
    OR: [
      { id: atelier.trekkerId },
      { participations: { some: { atelierId: atelier.id, status: 'ACTIVE', role: 'ARENA' } } },
    ],
  };
}
