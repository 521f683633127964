import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import { Prisma, type Lesson, type LessonVisibilityChange } from '../generated/prisma/client.js';
import { CitizenConsent, Condition, Domain, Level, Visibility } from '../generated/prisma/enums.js';
import { AuditService } from '../common/audit/audit.service.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  readableLessons,
  readableLessonsIn,
  readableLessonsSql,
  requireLessonLogging,
  requireLessonEdit,
  requireLessonMove,
  requireVisibilityStep,
  requireCitizenConsent,
  requireConfirmedEmail,
  requireDraftAuthor,
  leadsAtelier,
  requireViewer,
} from '../common/authz/policy.js';
import type { AtelierRole } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/graphql/app-error.js';
import { allOf, paginate, type ConnectionPage, type PageReadAhead } from '../common/graphql/connection.js';
import { type Loaded, byKey, groupByKey, type Loaders } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { fromGlobalId, parseGlobalId } from '../common/graphql/relay.js';
import { rule, validate } from '../common/graphql/validate.js';
import { fromJsonRow } from '../common/prisma/json-rows.js';
import { PrismaService, afterCommit, type Tx } from '../common/prisma/prisma.service.js';
import { LiveEvents } from '../live/live-events.js';
import { plainText, sanitizeRichText } from '../common/text/sanitize.js';
import {
  lessonAudienceSql,
  notificationsSql,
  NotificationService,
  type LessonAudience,
} from '../notification/notification.service.js';
import { announceQueued, queueMailSql } from '../mail/outbox.js';
import { practiceOfAtelierSql, PracticeService } from '../practice/practice.service.js';
import {
  acceptedOf,
  PersonalDataError,
  privacyWordsOf,
  requireNoPersonalData,
  resolvePersonalData,
  workshopWords,
  workshopWordsSql,
  type ChoiceInput,
  type ClimbFinding,
} from '../privacy/climb-check.js';
import type { LessonsArgs, LogLessonInput, UpdateLessonInput } from './dto/log-lesson.input.js';

/** The rungs that reach beyond one's own practice. */
const ABOVE_PRACTICE: readonly Visibility[] = [Visibility.ARENA, Visibility.TRIBUNE, Visibility.PUBLIC];

/** What logging a lesson checks and whom it tells, read along with the author's role (logColumns). */
interface LogFacts {
  practice: { id: string; municipalityId: string; takesPart: boolean } | null;
  emailConfirmedAt: Date | null;
  words: string[] | null;
  audience: LessonAudience | null;
}

/**
 * The columns of LogFacts over the atelier `a`, each only when the log needs it: the practice (when one is named),
 * the author's confirmed address and the werkplaats's words (logged above the practice), and whom the lesson
 * concerns (logged at PRACTICE or ARENA).
 */
function logColumns(
  userId: string,
  practiceId: string | null,
  above: boolean,
  rung: 'PRACTICE' | 'ARENA' | null,
): Prisma.Sql {
  return Prisma.join([
    practiceId
      ? Prisma.sql`${practiceOfAtelierSql(practiceId, userId)} AS practice`
      : Prisma.sql`NULL AS practice`,
    above
      ? Prisma.sql`(SELECT u."emailConfirmedAt" FROM "User" u WHERE u.id = ${userId}::uuid) AS "emailConfirmedAt",
                   ${workshopWordsSql()} AS words`
      : Prisma.sql`NULL AS "emailConfirmedAt", NULL AS words`,
    rung ? Prisma.sql`${lessonAudienceSql(rung, practiceId)} AS audience` : Prisma.sql`NULL AS audience`,
  ]);
}

const MAX_BODY = 20_000;
const SHARED: Visibility[] = [Visibility.TRIBUNE, Visibility.PUBLIC];
/** The ladder's order: a step down is no news to anyone. */
const RANK: Record<Visibility, number> = { DRAFT: 0, PRACTICE: 1, ARENA: 2, TRIBUNE: 3, PUBLIC: 4 };

const title = z
  .string()
  .trim()
  .min(3, { message: 'needs at least 3 characters' })
  .max(200, { message: 'is too long' });
const body = z
  .string()
  .max(MAX_BODY * 2, { message: 'is too long' })
  .transform(sanitizeRichText)
  .refine((html) => plainText(html).length > 0, { message: 'is empty', params: rule('required') })
  .refine((html) => html.length <= MAX_BODY, {
    message: `is longer than ${MAX_BODY} characters`,
    params: { ...rule('maxLength'), max: MAX_BODY },
  });
const conditions = z
  .array(z.enum(Condition))
  .min(1, { message: 'needs at least one of the four conditions' })
  .transform((list) => [...new Set(list)]);

const logSchema = z.object({
  atelierId: z.string(),
  practiceId: z.string().nullish(),
  title,
  body,
  conditions,
  level: z.enum(Level),
  domain: z.enum(Domain),
  visibility: z
    .enum([Visibility.DRAFT, Visibility.PRACTICE, Visibility.ARENA], {
      message: 'a new lesson starts as DRAFT, PRACTICE or ARENA; the trekker shares it further',
    })
    .nullish(),
  publicConsent: z.boolean().nullish(),
});

const updateSchema = z.object({
  id: z.string(),
  version: z.number().int().min(1),
  title: title.nullish(),
  body: body.nullish(),
  conditions: conditions.nullish(),
  level: z.enum(Level).nullish(),
  domain: z.enum(Domain).nullish(),
  practiceId: z.string().nullish(),
});

/**
 * Lessons learned. Every read goes through `readableLessons` (the policy) inside the query; every write
 * asks the policy for the step it takes and records visibility changes with who and when.
 */
@Injectable()
export class LessonService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly practices: PracticeService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly nodes: NodeRegistry,
    private readonly live: LiveEvents,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Lesson', (id, viewer) => this.readable(viewer, id));
  }

  /**
   * One lesson if the viewer may read it. Every lesson page asks it: the policy's SQL form of the rule, sent by pg
   * itself (PrismaService.rows), as Prisma's query building of `readableLessons` cost more CPU than the statement.
   */
  async readable(viewer: MaybeViewer, id: string): Promise<Lesson | null> {
    const [row] = await this.prisma.rows<{ lesson: Record<string, unknown> }>(
      Prisma.sql`SELECT to_jsonb(l) - 'searchVector' AS lesson FROM "Lesson" l
        WHERE l.id = ${id}::uuid AND ${readableLessonsSql(viewer, 'l')}`,
    );
    return row ? fromJsonRow('Lesson', row.lesson) : null;
  }

  async byId(viewer: MaybeViewer, id: string): Promise<Lesson> {
    const lesson = await this.readable(viewer, id);
    if (!lesson) throw new NotFoundError('Lesson');
    return lesson;
  }

  /** Batched readable lookup, for fields that point at a lesson (notifications, reactions). */
  load(loaders: Loaders, viewer: MaybeViewer, id: string): Loaded<Lesson | null> {
    return loaders
      .get<string, Lesson | null>('lesson.readableById', async (ids) =>
        byKey(
          ids,
          await this.prisma.lesson.findMany({
            where: { AND: [{ id: { in: [...ids] } }, readableLessons(viewer)] },
          }),
          (r) => r.id,
        ),
      )
      .value(id);
  }

  /**
   * Logs a lesson. Logged straight above the practice (ARENA), its words pass the personal-data check first; the
   * form's `choices` after a first refusal (PERSONAL_DATA) resolve the findings, each pseudonymised in the text or
   * kept with a reason, as `resolvePersonalData` does later. `room`: the werkplaats-wide activity it came out of, whose
   * leader may log it in any atelier of the werkplaats (the policy's requireLessonLogging).
   */
  async log(
    viewer: MaybeViewer,
    input: LogLessonInput,
    choices: readonly ChoiceInput[] = [],
    room: { workshopId: string | null } | null = null,
  ): Promise<Lesson> {
    const data = validate(logSchema, input);
    const atelierId = fromGlobalId('Atelier', data.atelierId, 'input.atelierId');
    const visibility = data.visibility ?? Visibility.DRAFT;
    // The practice is read along with the role; a bad id is refused where it was before: after the role's check.
    const named = data.practiceId ? parseGlobalId(data.practiceId) : null;
    const practiceId = named?.type === 'Practice' ? named.id : null;
    const above = ABOVE_PRACTICE.includes(visibility);
    const rung = visibility === Visibility.PRACTICE || visibility === Visibility.ARENA ? visibility : null;
    const userId = requireViewer(viewer).userId;
    // Everything the checks and the notifications need, in one statement (see logColumns).
    const { role, facts } = await this.access.atelierRoleWith<LogFacts>(
      viewer,
      atelierId,
      logColumns(userId, practiceId, above, rung),
    );
    requireLessonLogging(role, room);
    if (data.practiceId) fromGlobalId('Practice', data.practiceId, 'input.practiceId');
    const practice = practiceId ? facts.practice : null;
    if (practiceId) {
      if (!practice)
        throw new BadInputError('input.practiceId', 'This practice is not part of the atelier', 'notAllowed');
      if (!leadsAtelier(role) && !practice.takesPart) {
        throw new ForbiddenError('Join the practice to log lessons in it');
      }
    }
    // It starts as a draft or one rung above it, as if its author took that step at once.
    const firstStep = practice ? Visibility.PRACTICE : Visibility.ARENA;
    if (visibility !== Visibility.DRAFT && visibility !== firstStep) {
      throw new BadInputError(
        'input.visibility',
        practice
          ? 'A lesson of a practice starts as DRAFT or PRACTICE: one rung at a time'
          : 'A lesson at atelier level has no practice to share with: it starts as DRAFT or ARENA',
        'notAllowed',
      );
    }
    let checked: ReturnType<typeof resolvePersonalData> | null = null;
    if (above) {
      requireConfirmedEmail({ emailConfirmedAt: facts.emailConfirmedAt });
      checked = resolvePersonalData(
        { title: data.title, body: data.body, html: true },
        facts.words ?? [],
        [],
        choices,
        role.viewer.userId,
        new Date(),
      );
      if (checked.unresolved.length > 0) throw new PersonalDataError(checked.unresolved);
    }
    const now = new Date();
    const lesson = {
      id: randomUUID(),
      atelierId,
      practiceId: practice?.id ?? null,
      municipalityId: practice?.municipalityId ?? null,
      authorId: role.viewer.userId,
    };
    // Logged straight into the practice or the arena: as if its author took that step (see `step`).
    const told =
      rung && facts.audience
        ? this.notifications.lessonReached(lesson, rung, role.viewer.userId, facts.audience)
        : { notifications: [], mails: [] };
    // Lesson, first step, notifications and their mail in one statement: atomic without a transaction. The response
    // cache's stamp (the resolver's contentScopes.wrote) cannot join it: a version taken before the commit could be
    // read, with an answer that lacks the lesson, and that answer kept as current.
    const history = rung ? [{ id: randomUUID(), fromValue: Visibility.DRAFT, toValue: rung }] : [];
    const [row] = await this.prisma.$queryRaw<{ lesson: Record<string, unknown>; mailed: string[] }[]>(
      Prisma.sql`WITH lesson AS (
          INSERT INTO "Lesson" (id, "atelierId", "practiceId", "municipalityId", "authorId", title, body,
                                "privacyAccepted", conditions, level, domain, visibility, "publicConsent",
                                "createdAt", "updatedAt")
          VALUES (${lesson.id}::uuid, ${lesson.atelierId}::uuid, ${lesson.practiceId}::uuid,
                  ${lesson.municipalityId}::uuid, ${lesson.authorId}::uuid, ${checked?.title ?? data.title},
                  ${checked?.body ?? data.body}, ${JSON.stringify(checked?.accepted ?? [])}::jsonb,
                  ${data.conditions}::text[]::"Condition"[], ${data.level}::"Level", ${data.domain}::"Domain",
                  ${visibility}::"Visibility", ${data.publicConsent ?? false}, ${now.toISOString()}::timestamp,
                  ${now.toISOString()}::timestamp)
          RETURNING *),
        history AS (
          INSERT INTO "LessonVisibilityChange" (id, "lessonId", "actorId", "fromValue", "toValue", "createdAt")
          SELECT h.id, ${lesson.id}::uuid, ${lesson.authorId}::uuid, h."fromValue"::"Visibility",
                 h."toValue"::"Visibility", ${now.toISOString()}::timestamp
            FROM jsonb_to_recordset(${JSON.stringify(history)}::jsonb) AS h(id uuid, "fromValue" text, "toValue" text)),
        ${notificationsSql('notices', told.notifications, now)},
        ${queueMailSql('mails', told.mails, now)}
      SELECT to_jsonb(lesson) - 'searchVector' AS lesson,
             (SELECT coalesce(array_agg(id::text), '{}') FROM mails) AS mailed
        FROM lesson`,
    );
    // Committed with the statement: the recipients' sockets and this process's mail workers hear of it now.
    this.notifications.stored(told.notifications);
    announceQueued(row!.mailed);
    return fromJsonRow('Lesson', row!.lesson);
  }

  /** Optimistic concurrency: the update names the version it read; a concurrent edit makes it CONFLICT. */
  async update(viewer: MaybeViewer, input: UpdateLessonInput): Promise<Lesson> {
    const data = validate(updateSchema, input);
    const id = fromGlobalId('Lesson', data.id, 'input.id');
    const lesson = await this.byId(viewer, id);
    const role = await this.access.atelierRole(viewer, lesson.atelierId);
    requireLessonEdit(role, lesson);
    // Edited where others read it already: the new words pass the same check as a climb.
    if (ABOVE_PRACTICE.includes(lesson.visibility) && (data.title != null || data.body != null)) {
      requireNoPersonalData(
        { title: data.title ?? lesson.title, body: data.body ?? lesson.body, html: true },
        await workshopWords(this.prisma, role.workshopId),
        acceptedOf(lesson.privacyAccepted),
      );
    }
    const target = data.practiceId ? await this.moveTarget(role, lesson, data.practiceId) : null;
    const changes: Prisma.LessonUncheckedUpdateManyInput = {
      ...(data.title != null ? { title: data.title } : {}),
      ...(data.body != null ? { body: data.body } : {}),
      ...(data.conditions != null ? { conditions: data.conditions } : {}),
      ...(data.level != null ? { level: data.level } : {}),
      ...(data.domain != null ? { domain: data.domain } : {}),
      ...(target ? { practiceId: target.id, municipalityId: target.municipalityId } : {}),
    };
    const count = await this.prisma.$transaction(async (tx) => {
      const result = await tx.lesson.updateMany({
        where: { id, version: data.version },
        data: { ...changes, version: { increment: 1 } },
      });
      if (result.count > 0 && target)
        await this.audit.record(
          {
            workshopId: role.workshopId,
            actorId: role.viewer.userId,
            action: 'lesson.moved',
            targetType: 'Lesson',
            targetId: id,
            details: { from: lesson.practiceId, to: target.id },
          },
          tx,
        );
      return result.count;
    });
    if (count === 0) {
      throw new ConflictError(
        'Someone changed this lesson in the meantime; reload it and apply your change again',
        {
          field: 'input.version',
          currentVersion: lesson.version,
        },
      );
    }
    return this.prisma.lesson.findUniqueOrThrow({ where: { id } });
  }

  /**
   * The practice a lesson moves to (updateLesson's practiceId): one of its own atelier, by its author taking part
   * in it (the policy's requireLessonMove). Null when it is where it is already. The rung stays: a lesson at PRACTICE
   * is read by the new practice instead of the old, and a lesson of the atelier level keeps DRAFT or ARENA.
   */
  private async moveTarget(
    role: AtelierRole,
    lesson: Lesson,
    globalId: string,
  ): Promise<{ id: string; municipalityId: string } | null> {
    const practiceId = fromGlobalId('Practice', globalId, 'input.practiceId');
    if (practiceId === lesson.practiceId) return null;
    const practice = await this.prisma.practice.findFirst({
      where: { id: practiceId, atelierId: lesson.atelierId },
      select: { id: true, municipalityId: true },
    });
    if (!practice)
      throw new BadInputError('input.practiceId', 'This practice is not part of the atelier', 'notAllowed');
    requireLessonMove(role, lesson, {
      takesPart: await this.practices.isParticipant(practice.id, role.viewer.userId),
    });
    return practice;
  }

  async setVisibility(viewer: MaybeViewer, lessonId: string, to: Visibility): Promise<Lesson> {
    const lesson = await this.byId(viewer, lessonId);
    if (to === lesson.visibility) return lesson;
    const role = await this.access.atelierRole(viewer, lesson.atelierId);
    requireVisibilityStep(role, lesson, to);
    if (ABOVE_PRACTICE.includes(to) && RANK[to] > RANK[lesson.visibility]) {
      // An unconfirmed account is told that first; then what the text holds; then the citizen's consent.
      if (!ABOVE_PRACTICE.includes(lesson.visibility)) await this.requireConfirmed(role.viewer.userId);
      requireNoPersonalData(
        { title: lesson.title, body: lesson.body, html: true },
        await workshopWords(this.prisma, role.workshopId),
        acceptedOf(lesson.privacyAccepted),
      );
      requireCitizenConsent(lesson, to);
    }
    return this.prisma.$transaction((tx) => this.step(tx, lesson, to, role.viewer.userId, role.workshopId));
  }

  /**
   * The author (or the trekker, who moves lessons up the ladder) resolves the personal-data findings of a lesson:
   * each pseudonymised in the text or confirmed with a reason. Names the version it read, as an edit does.
   */
  async resolvePersonalData(
    viewer: MaybeViewer,
    input: { id: string; version: number; choices: ChoiceInput[] },
  ): Promise<{ lesson: Lesson; unresolved: ClimbFinding[] }> {
    const id = fromGlobalId('Lesson', input.id, 'input.id');
    const lesson = await this.byId(viewer, id);
    const role = await this.access.atelierRole(viewer, lesson.atelierId);
    requireLessonEdit(role, lesson);
    const result = resolvePersonalData(
      { title: lesson.title, body: lesson.body, html: true },
      await workshopWords(this.prisma, role.workshopId),
      acceptedOf(lesson.privacyAccepted),
      input.choices,
      role.viewer.userId,
      new Date(),
    );
    const { count } = await this.prisma.lesson.updateMany({
      where: { id, version: input.version },
      data: {
        title: result.title,
        body: result.body,
        privacyAccepted: result.accepted as unknown as Prisma.InputJsonValue,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      throw new ConflictError('Someone changed this lesson in the meantime; check it again', {
        field: 'input.version',
        currentVersion: lesson.version,
      });
    }
    return {
      lesson: await this.prisma.lesson.findUniqueOrThrow({ where: { id } }),
      unresolved: result.unresolved,
    };
  }

  /**
   * The author records how the citizen the lesson tells of agreed (or that they did not): who and when are kept.
   * Recorded as not given while the lesson is above the arena, it steps back to the arena at once.
   */
  async recordCitizenConsent(
    viewer: MaybeViewer,
    lessonId: string,
    consent: CitizenConsent,
  ): Promise<Lesson> {
    const lesson = await this.byId(viewer, lessonId);
    const role = await this.access.atelierRole(viewer, lesson.atelierId);
    if (lesson.authorId !== role.viewer.userId) {
      throw new ForbiddenError('Only its author records how the citizen consented');
    }
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.lesson.update({
        where: { id: lesson.id },
        data: {
          citizenConsent: consent,
          citizenConsentById: role.viewer.userId,
          citizenConsentAt: new Date(),
          version: { increment: 1 },
        },
      });
      await this.audit.record(
        {
          workshopId: role.workshopId,
          actorId: role.viewer.userId,
          action: 'lesson.citizen-consent',
          targetType: 'Lesson',
          targetId: lesson.id,
          details: { consent },
        },
        tx,
      );
      if (consent === CitizenConsent.NOT_GIVEN && RANK[updated.visibility] > RANK[Visibility.ARENA]) {
        return this.step(tx, updated, Visibility.ARENA, role.viewer.userId, role.workshopId);
      }
      return updated;
    });
  }

  /** A werkplaats's own words for the check, batched per request (for the findings field of many lessons). */
  privacyWords(loaders: Loaders, workshopId: string): Loaded<string[]> {
    return privacyWordsOf(loaders, this.prisma, workshopId);
  }

  /** Lifting a lesson above PRACTICE waits for a confirmed address (the policy's requireConfirmedEmail). */
  private async requireConfirmed(userId: string): Promise<void> {
    requireConfirmedEmail(
      await this.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { emailConfirmedAt: true } }),
    );
  }

  /**
   * Its author keeps a draft the retention sweep proposed for deletion: the proposal lapses, and the save starts the
   * retention clock again (updatedAt).
   */
  async keepDraft(viewer: MaybeViewer, lessonId: string): Promise<Lesson> {
    const lesson = await this.byId(viewer, lessonId);
    requireDraftAuthor(viewer, lesson);
    const { count } = await this.prisma.lesson.updateMany({
      where: { id: lesson.id, visibility: Visibility.DRAFT },
      data: { deletionProposedAt: null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError('This lesson is no longer a draft');
    return this.prisma.lesson.findUniqueOrThrow({ where: { id: lesson.id } });
  }

  /** Its author deletes a draft now (proposed for deletion or not), rather than waiting for the sweep. */
  async deleteDraft(viewer: MaybeViewer, lessonId: string): Promise<boolean> {
    const lesson = await this.byId(viewer, lessonId);
    const v = requireDraftAuthor(viewer, lesson);
    const atelier = await this.prisma.atelier.findUniqueOrThrow({
      where: { id: lesson.atelierId },
      select: { workshopId: true },
    });
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.lesson.deleteMany({
        where: { id: lesson.id, authorId: v.userId, visibility: Visibility.DRAFT },
      });
      if (count === 0) throw new ConflictError('This lesson is no longer a draft');
      await this.audit.record(
        {
          workshopId: atelier.workshopId,
          actorId: v.userId,
          action: 'lesson.draft-deleted',
          targetType: 'Lesson',
          targetId: lesson.id,
          details: { proposed: lesson.deletionProposedAt !== null },
        },
        tx,
      );
    });
    return true;
  }

  /**
   * The author gives or withdraws consent to make the lesson public. Withdrawn while it is public, it steps
   * back to the tribune at once: what the author no longer agrees to does not stay out in the open.
   */
  async setPublicConsent(viewer: MaybeViewer, lessonId: string, consent: boolean): Promise<Lesson> {
    const lesson = await this.byId(viewer, lessonId);
    const role = await this.access.atelierRole(viewer, lesson.atelierId);
    if (lesson.authorId !== role.viewer.userId) {
      throw new ForbiddenError('Only its author decides whether a lesson may be made public');
    }
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.lesson.update({
        where: { id: lesson.id },
        data: { publicConsent: consent, version: { increment: 1 } },
      });
      await this.audit.record(
        {
          workshopId: role.workshopId,
          actorId: role.viewer.userId,
          action: consent ? 'lesson.public-consent-given' : 'lesson.public-consent-withdrawn',
          targetType: 'Lesson',
          targetId: lesson.id,
        },
        tx,
      );
      if (!consent && updated.visibility === Visibility.PUBLIC) {
        return this.step(tx, updated, Visibility.TRIBUNE, role.viewer.userId, role.workshopId);
      }
      return updated;
    });
  }

  /** One step on the ladder, taken: recorded, audited, and told to whom it concerns. */
  private async step(
    tx: Tx,
    lesson: Lesson,
    to: Visibility,
    actorId: string,
    workshopId: string,
  ): Promise<Lesson> {
    const updated = await tx.lesson.update({
      where: { id: lesson.id },
      data: {
        visibility: to,
        version: { increment: 1 },
        ...(SHARED.includes(to) && !SHARED.includes(lesson.visibility) ? { sharedAt: new Date() } : {}),
        visibilityHistory: { create: { actorId, fromValue: lesson.visibility, toValue: to } },
      },
    });
    await this.audit.record(
      {
        workshopId,
        actorId,
        action: 'lesson.visibility',
        targetType: 'Lesson',
        targetId: lesson.id,
        details: { from: lesson.visibility, to },
      },
      tx,
    );
    // Climbing into the practice or the arena: those who follow everything there hear of it, and at the arena
    // the trekker, for whom it now waits.
    if ((to === Visibility.PRACTICE || to === Visibility.ARENA) && RANK[to] > RANK[lesson.visibility]) {
      await this.notifications.notifyLessonReached(tx, lesson, to, actorId);
    }
    // Reaching the tribune puts it in the feed of everyone who follows the atelier: tell them, and once committed
    // their open feeds (feedItemAdded).
    if (SHARED.includes(to) && !SHARED.includes(lesson.visibility)) {
      afterCommit(tx, () =>
        this.live.publish({ type: 'feed', kind: 'Lesson', id: lesson.id, atelierId: lesson.atelierId }),
      );
      await this.notifications.notifyAtelier(
        tx,
        lesson.atelierId,
        'LESSON_SHARED',
        { lessonId: lesson.id },
        actorId,
      );
    }
    // Made public by someone else (with their consent): the author hears of it.
    if (to === Visibility.PUBLIC && lesson.authorId !== actorId) {
      await this.notifications.notify(
        tx,
        [lesson.authorId],
        'LESSON_MADE_PUBLIC',
        { lessonId: lesson.id, atelierId: lesson.atelierId },
        { actorId },
      );
    }
    return updated;
  }

  /** An atelier's lessons that the viewer may read, newest first, filtered as asked. */
  async listForAtelier(
    loaders: Loaders,
    viewer: MaybeViewer,
    atelierId: string,
    args: LessonsArgs,
  ): Promise<ConnectionPage<Lesson>> {
    const key = readAheadKey(atelierId, args);
    const readAhead = key ? loaders.recall<PageReadAhead<Lesson>>('lesson.atelierPage', key) : undefined;
    const role = await this.access.atelierRoleFor(loaders, viewer, atelierId);
    const where: Prisma.LessonWhereInput = {
      AND: [
        readableLessonsIn(atelierId, role),
        args.visibility ? { visibility: args.visibility } : {},
        args.condition ? { conditions: { has: args.condition } } : {},
        args.municipalityId
          ? { municipalityId: fromGlobalId('Municipality', args.municipalityId, 'municipalityId') }
          : {},
        args.practiceId ? { practiceId: fromGlobalId('Practice', args.practiceId, 'practiceId') } : {},
      ],
    };
    return paginate<Lesson>({
      args,
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'desc',
      load: ({ after, orderBy, take }) =>
        this.prisma.lesson.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.lesson.count({ where }),
      readAhead,
    });
  }

  /**
   * Hands `listForAtelier` the first page of an atelier's lessons read ahead with the atelier's page
   * (AtelierPageService): `first + 1` rows in its order, under the same ladder, and the count when asked.
   * Only lists filtered by visibility or condition are read ahead (`canReadAhead`).
   */
  primeAtelierPage(
    loaders: Loaders,
    atelierId: string,
    args: LessonsArgs,
    page: PageReadAhead<Lesson>,
  ): void {
    const key = readAheadKey(atelierId, args);
    if (key) loaders.remember('lesson.atelierPage', key, page);
  }

  /** Hands `conditionSpread` an atelier's spread read ahead with its page, as grouped by the database. */
  primeConditionSpread(loaders: Loaders, atelierId: string, groups: ConditionGroup[]): void {
    loaders.remember('lesson.conditionSpread', atelierId, groups);
  }

  /** A practice's lessons that the viewer may read, newest first; one statement for a page of practices. */
  forPractice(loaders: Loaders, viewer: MaybeViewer, practiceId: string): Loaded<Lesson[]> {
    return loaders
      .get<string, Lesson[]>('lesson.byPractice', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.lesson.findMany({
            where: { AND: [{ practiceId: { in: [...ids] } }, readableLessons(viewer)] },
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          }),
          (r) => r.practiceId,
        ),
      )
      .value(practiceId);
  }

  /** The readable lessons behind an insight: each reader sees only those they may read. */
  forInsight(loaders: Loaders, viewer: MaybeViewer, insightId: string): Loaded<Lesson[]> {
    return loaders
      .get<string, Lesson[]>('lesson.byInsight', async (ids) => {
        const links = await this.prisma.insightLesson.findMany({
          where: { insightId: { in: [...ids] }, lesson: readableLessons(viewer) },
          include: { lesson: true },
          orderBy: { lesson: { createdAt: 'asc' } },
        });
        return groupByKey(ids, links, (l) => l.insightId).map((group) => group.map((l) => l.lesson));
      })
      .value(insightId);
  }

  visibilityHistory(loaders: Loaders, lessonId: string): Loaded<LessonVisibilityChange[]> {
    return loaders
      .get<string, LessonVisibilityChange[]>('lesson.visibilityHistory', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.lessonVisibilityChange.findMany({
            where: { lessonId: { in: [...ids] } },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          }),
          (r) => r.lessonId,
        ),
      )
      .value(lessonId);
  }

  /**
   * Lessons per condition (those the viewer may read), for one atelier or the whole werkplaats, optionally
   * per gemeente. One grouped statement; a lesson with two conditions counts for both.
   */
  async conditionSpread(
    loaders: Loaders,
    viewer: MaybeViewer,
    scope: { atelierId?: string; workshopId?: string; municipalityId?: string },
  ): Promise<{ condition: Condition; count: number }[]> {
    const onlyAtelier = scope.atelierId && !scope.workshopId && !scope.municipalityId;
    const readAhead = onlyAtelier
      ? loaders.recall<ConditionGroup[]>('lesson.conditionSpread', scope.atelierId!)
      : undefined;
    if (readAhead) return spreadOver(readAhead);
    const readable = scope.atelierId
      ? readableLessonsIn(scope.atelierId, await this.access.atelierRoleFor(loaders, viewer, scope.atelierId))
      : readableLessons(viewer);
    const groups = await this.prisma.lesson.groupBy({
      by: ['conditions'],
      where: {
        AND: [
          readable,
          scope.workshopId ? { atelier: { workshopId: scope.workshopId } } : {},
          scope.municipalityId ? { municipalityId: scope.municipalityId } : {},
        ],
      },
      _count: { _all: true },
    });
    return spreadOver(groups.map((g) => ({ conditions: g.conditions, count: g._count._all })));
  }
}

/** Readable lessons with the same set of conditions, counted. */
export interface ConditionGroup {
  conditions: Condition[];
  count: number;
}

/** Per condition: a lesson with two conditions counts for both; every condition is listed, with 0 if unused. */
function spreadOver(groups: ConditionGroup[]): { condition: Condition; count: number }[] {
  const totals = new Map<Condition, number>(Object.values(Condition).map((c) => [c, 0]));
  for (const group of groups) {
    for (const condition of group.conditions)
      totals.set(condition, (totals.get(condition) ?? 0) + group.count);
  }
  return [...totals].map(([condition, count]) => ({ condition, count }));
}

/** Which lists of an atelier's lessons may be read ahead: first pages, filtered by visibility or condition. */
export function canReadAhead(args: LessonsArgs): boolean {
  return !args.after && !args.municipalityId && !args.practiceId;
}

function readAheadKey(atelierId: string, args: LessonsArgs): string | null {
  if (!canReadAhead(args)) return null;
  return JSON.stringify([atelierId, args.first ?? null, args.visibility ?? null, args.condition ?? null]);
}
