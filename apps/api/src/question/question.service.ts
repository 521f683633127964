import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { Insight, Lesson, Prisma, Question, QuestionChange } from '../generated/prisma/client.js';
import { QuestionStatus, Visibility } from '../generated/prisma/enums.js';
import { AuditService } from '../common/audit/audit.service.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  ateliersReadableAt,
  readableInsights,
  readableLessons,
  readableQuestionChanges,
  readableQuestionInsights,
  readableQuestionLessons,
  readableQuestions,
  requireArenaWork,
  mayEditQuestion,
  requireQuestionEdit,
  requireQuestionLinking,
  requireQuestionStep,
  requireStatusKeepsShare,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError, ConflictError, NotFoundError } from '../common/graphql/app-error.js';
import { type Loaded, byKey, groupByKey, type Loaders } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { fromGlobalId, parseGlobalId } from '../common/graphql/relay.js';
import { validate } from '../common/graphql/validate.js';
import { NotificationService } from '../notification/notification.service.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import {
  acceptedOf,
  choiceCounts,
  climbFindings,
  PersonalDataError,
  privacyWordsOf,
  requireNoPersonalData,
  resolvePersonalData,
  workshopWords,
  type ChoiceInput,
  type ClimbFinding,
} from '../privacy/climb-check.js';
import type { AddQuestionInput } from './dto/add-question.input.js';
import type { UpdateQuestionInput } from './dto/update-question.input.js';

const title = z
  .string()
  .trim()
  .min(3, { message: 'needs at least 3 characters' })
  .max(300, { message: 'is too long' });
const body = z.string().trim().max(5000, { message: 'is too long' });

const questionSchema = z.object({ atelierId: z.string(), title, body: body.nullish() });

const updateSchema = z.object({
  version: z.number().int().min(1),
  title: title.nullish(),
  body: body.nullish(),
  status: z.enum(QuestionStatus).nullish(),
});

const SHARED: readonly Visibility[] = [Visibility.TRIBUNE, Visibility.PUBLIC];
const RANK: Record<Visibility, number> = { DRAFT: 0, PRACTICE: 1, ARENA: 2, TRIBUNE: 3, PUBLIC: 4 };
const OLDEST_FIRST = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

export interface QuestionAnswerRows {
  lessons: Lesson[];
  insights: Insight[];
  hiddenCount: number;
}

export interface AnsweredQuestionRows {
  questions: Question[];
  hiddenCount: number;
}

/**
 * The arena's questions: written in the arena, refined by their author and the trekker, linked to the lessons and
 * insights that answer them, and (once answered) shared beyond the arena by the trekker. Read by the ladder.
 */
@Injectable()
export class QuestionService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly nodes: NodeRegistry,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Question', (id, viewer) => this.readable(viewer, id));
  }

  readable(viewer: MaybeViewer, id: string): Promise<Question | null> {
    return this.prisma.question.findFirst({ where: { AND: [{ id }, readableQuestions(viewer)] } });
  }

  async byId(viewer: MaybeViewer, id: string): Promise<Question> {
    const question = await this.readable(viewer, id);
    if (!question) throw new NotFoundError('Question');
    return question;
  }

  async add(viewer: MaybeViewer, input: AddQuestionInput): Promise<Question> {
    const data = validate(questionSchema, input);
    const atelierId = fromGlobalId('Atelier', data.atelierId, 'input.atelierId');
    const role = await this.access.atelierRole(viewer, atelierId);
    requireArenaWork(role);
    return this.prisma.question.create({
      data: { atelierId, authorId: role.viewer.userId, title: data.title, body: data.body ?? '' },
    });
  }

  /**
   * Its author (in the arena) or the trekker refines a question's title and body, or moves its status. Where others
   * than the arena read it (shared), new words pass the personal-data check first; a status change is kept in its
   * history; the edit names the version it read.
   */
  async update(
    viewer: MaybeViewer,
    questionId: string,
    input: UpdateQuestionInput,
    choices: readonly ChoiceInput[] = [],
  ): Promise<Question> {
    const data = validate(updateSchema, input);
    const question = await this.byId(viewer, questionId);
    const role = await this.access.atelierRole(viewer, question.atelierId);
    requireQuestionEdit(role, question);
    const status = data.status ?? question.status;
    if (status !== question.status) requireStatusKeepsShare(question, status);
    const newTitle = data.title ?? question.title;
    const newBody = data.body ?? question.body;
    const textChanged = newTitle !== question.title || newBody !== question.body;
    // New words of a shared question pass the check; the form's choices after a first refusal resolve its findings.
    let checked: ReturnType<typeof resolvePersonalData> | null = null;
    if (textChanged && SHARED.includes(question.visibility)) {
      checked = resolvePersonalData(
        { title: newTitle, body: newBody, html: false },
        await workshopWords(this.prisma, role.workshopId),
        acceptedOf(question.privacyAccepted),
        choices,
        role.viewer.userId,
        new Date(),
      );
      if (checked.unresolved.length > 0) throw new PersonalDataError(checked.unresolved);
    }
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.question.updateMany({
        where: { id: question.id, version: data.version },
        data: {
          title: checked?.title ?? newTitle,
          body: checked?.body ?? newBody,
          ...(checked ? { privacyAccepted: checked.accepted as unknown as Prisma.InputJsonValue } : {}),
          status,
          version: { increment: 1 },
        },
      });
      if (count === 0) {
        throw new ConflictError('Someone changed this question in the meantime; reload it and edit again', {
          field: 'input.version',
          currentVersion: question.version,
        });
      }
      if (status !== question.status) {
        await tx.questionChange.create({
          data: {
            questionId: question.id,
            actorId: role.viewer.userId,
            kind: 'STATUS',
            fromValue: question.status,
            toValue: status,
          },
        });
      }
      if (textChanged) {
        await this.audit.record(
          {
            workshopId: role.workshopId,
            actorId: role.viewer.userId,
            action: 'question.edited',
            targetType: 'Question',
            targetId: question.id,
            details: {
              changed: [
                ...(newTitle !== question.title ? ['title'] : []),
                ...(newBody !== question.body ? ['body'] : []),
              ],
            },
          },
          tx,
        );
      }
      return tx.question.findUniqueOrThrow({ where: { id: question.id } });
    });
  }

  /**
   * Its author (in the arena) or the trekker resolves the personal-data findings in a question's title and body, as
   * in a lesson: each pseudonymised or confirmed with a reason, kept with who and when, so sharing it beyond the
   * arena passes. Names the version it read.
   */
  async resolvePersonalData(
    viewer: MaybeViewer,
    input: { id: string; version: number; choices: ChoiceInput[] },
  ): Promise<{ question: Question; unresolved: ClimbFinding[] }> {
    const question = await this.byId(viewer, fromGlobalId('Question', input.id, 'input.id'));
    const role = await this.access.atelierRole(viewer, question.atelierId);
    requireQuestionEdit(role, question);
    const result = resolvePersonalData(
      { title: question.title, body: question.body, html: false },
      await workshopWords(this.prisma, role.workshopId),
      acceptedOf(question.privacyAccepted),
      input.choices,
      role.viewer.userId,
      new Date(),
    );
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.question.updateMany({
        where: { id: question.id, version: input.version },
        data: {
          title: result.title,
          body: result.body,
          privacyAccepted: result.accepted as unknown as Prisma.InputJsonValue,
          version: { increment: 1 },
        },
      });
      if (count === 0) {
        throw new ConflictError('Someone changed this question in the meantime; check it again', {
          field: 'input.version',
          currentVersion: question.version,
        });
      }
      await this.audit.record(
        {
          workshopId: role.workshopId,
          actorId: role.viewer.userId,
          action: 'question.personalDataResolved',
          targetType: 'Question',
          targetId: question.id,
          details: choiceCounts(input.choices),
        },
        tx,
      );
      return {
        question: await tx.question.findUniqueOrThrow({ where: { id: question.id } }),
        unresolved: result.unresolved,
      };
    });
  }

  /** The findings that would stop sharing the question now; for those who may edit it (empty for others). */
  async personalDataFindings(
    loaders: Loaders,
    viewer: MaybeViewer,
    question: Question,
  ): Promise<ClimbFinding[]> {
    const role = await this.access.atelierRoleFor(loaders, viewer, question.atelierId);
    if (!role || !mayEditQuestion(role, question)) return [];
    return climbFindings(
      { title: question.title, body: question.body, html: false },
      await privacyWordsOf(loaders, this.prisma, role.workshopId),
      acceptedOf(question.privacyAccepted),
    );
  }

  /** The trekker moves an answered question one rung within ARENA–PUBLIC; up past the arena after the climb check. */
  async setVisibility(viewer: MaybeViewer, questionId: string, to: Visibility): Promise<Question> {
    const question = await this.byId(viewer, questionId);
    if (to === question.visibility) return question;
    const role = await this.access.atelierRole(viewer, question.atelierId);
    requireQuestionStep(role, question, to);
    if (RANK[to] > RANK[question.visibility]) {
      requireNoPersonalData(
        { title: question.title, body: question.body, html: false },
        await workshopWords(this.prisma, role.workshopId),
        acceptedOf(question.privacyAccepted),
      );
    }
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.question.update({
        where: { id: question.id },
        data: {
          visibility: to,
          version: { increment: 1 },
          changes: {
            create: {
              actorId: role.viewer.userId,
              kind: 'VISIBILITY',
              fromValue: question.visibility,
              toValue: to,
            },
          },
        },
      });
      await this.audit.record(
        {
          workshopId: role.workshopId,
          actorId: role.viewer.userId,
          action: 'question.visibility',
          targetType: 'Question',
          targetId: question.id,
          details: { from: question.visibility, to },
        },
        tx,
      );
      // Newly on the tribune: the atelier's readers hear of it, as of a shared insight.
      if (SHARED.includes(to) && !SHARED.includes(question.visibility)) {
        await this.notifications.notifyAtelier(
          tx,
          question.atelierId,
          'QUESTION_SHARED',
          { questionId: question.id, atelierId: question.atelierId },
          role.viewer.userId,
        );
      }
      return updated;
    });
  }

  /**
   * Links a lesson or insight (`answerId`, a global ID of either) of the same atelier to the question it speaks to.
   * Both ends must be readable by the one linking (NOT_FOUND otherwise, so nothing leaks); linking twice is one link.
   */
  async link(viewer: MaybeViewer, questionId: string, answerId: string): Promise<Question> {
    const { question, answer } = await this.linkEnds(viewer, questionId, answerId);
    if (answer.type === 'Lesson') {
      await this.prisma.questionLesson.createMany({
        data: [{ questionId: question.id, lessonId: answer.id, linkedById: viewer?.userId ?? null }],
        skipDuplicates: true,
      });
    } else {
      await this.prisma.questionInsight.createMany({
        data: [{ questionId: question.id, insightId: answer.id, linkedById: viewer?.userId ?? null }],
        skipDuplicates: true,
      });
    }
    return question;
  }

  async unlink(viewer: MaybeViewer, questionId: string, answerId: string): Promise<Question> {
    const { question, answer } = await this.linkEnds(viewer, questionId, answerId);
    if (answer.type === 'Lesson') {
      await this.prisma.questionLesson.deleteMany({
        where: { questionId: question.id, lessonId: answer.id },
      });
    } else {
      await this.prisma.questionInsight.deleteMany({
        where: { questionId: question.id, insightId: answer.id },
      });
    }
    return question;
  }

  private async linkEnds(
    viewer: MaybeViewer,
    questionGlobalId: string,
    answerGlobalId: string,
  ): Promise<{ question: Question; answer: { type: 'Lesson' | 'Insight'; id: string } }> {
    const question = await this.byId(viewer, fromGlobalId('Question', questionGlobalId, 'questionId'));
    const parsed = parseGlobalId(answerGlobalId);
    if (!parsed || (parsed.type !== 'Lesson' && parsed.type !== 'Insight')) {
      throw new BadInputError('answerId', 'answerId is not the ID of a Lesson or an Insight', 'unknown');
    }
    const role = await this.access.atelierRole(viewer, question.atelierId);
    requireQuestionLinking(role);
    const answer =
      parsed.type === 'Lesson'
        ? await this.prisma.lesson.findFirst({
            where: { AND: [{ id: parsed.id }, readableLessons(viewer)] },
            select: { atelierId: true },
          })
        : await this.prisma.insight.findFirst({
            where: { AND: [{ id: parsed.id }, readableInsights(viewer)] },
            select: { atelierId: true },
          });
    if (!answer) throw new NotFoundError(parsed.type);
    if (answer.atelierId !== question.atelierId) {
      throw new BadInputError(
        'answerId',
        'A question is answered by lessons and insights of its own atelier',
        'notAllowed',
      );
    }
    return { question, answer: { type: parsed.type, id: parsed.id } };
  }

  /** The questions of an atelier the reader may read, oldest first (optionally of one status). */
  forAtelier(
    loaders: Loaders,
    viewer: MaybeViewer,
    atelierId: string,
    status: QuestionStatus | null,
  ): Loaded<Question[]> {
    return loaders
      .get<string, Question[]>(`question.byAtelier.${status ?? 'all'}`, async (ids) =>
        groupByKey(
          ids,
          await this.prisma.question.findMany({
            where: {
              AND: [{ atelierId: { in: [...ids] } }, readableQuestions(viewer), status ? { status } : {}],
            },
            orderBy: OLDEST_FIRST,
          }),
          (r) => r.atelierId,
        ),
      )
      .value(atelierId);
  }

  forPractice(loaders: Loaders, viewer: MaybeViewer, practiceId: string): Loaded<Question[]> {
    return loaders
      .get<string, Question[]>('question.byPractice', async (ids) => {
        const practices = await this.prisma.practice.findMany({
          where: { id: { in: [...ids] }, atelier: ateliersReadableAt(viewer, 'ARENA') },
          select: { id: true, questions: { where: readableQuestions(viewer), orderBy: OLDEST_FIRST } },
        });
        const map = new Map(practices.map((p) => [p.id, p.questions]));
        return ids.map((id) => map.get(id) ?? []);
      })
      .value(practiceId);
  }

  /** The lessons and insights that answer a question, as far as the reader reads both ends; the other links counted. */
  answers(loaders: Loaders, viewer: MaybeViewer, questionId: string): Loaded<QuestionAnswerRows> {
    return loaders
      .get<string, QuestionAnswerRows>('question.answers', async (ids) => {
        const inIds = { questionId: { in: [...ids] } };
        const [lessonLinks, insightLinks, lessonCounts, insightCounts] = await Promise.all([
          this.prisma.questionLesson.findMany({
            where: { AND: [inIds, readableQuestionLessons(viewer)] },
            include: { lesson: true },
            orderBy: [{ createdAt: 'asc' }, { lessonId: 'asc' }],
          }),
          this.prisma.questionInsight.findMany({
            where: { AND: [inIds, readableQuestionInsights(viewer)] },
            include: { insight: true },
            orderBy: [{ createdAt: 'asc' }, { insightId: 'asc' }],
          }),
          this.prisma.questionLesson.groupBy({ by: ['questionId'], where: inIds, _count: { _all: true } }),
          this.prisma.questionInsight.groupBy({ by: ['questionId'], where: inIds, _count: { _all: true } }),
        ]);
        const lessons = groupByKey(ids, lessonLinks, (l) => l.questionId);
        const insights = groupByKey(ids, insightLinks, (l) => l.questionId);
        const total = new Map<string, number>();
        for (const g of [...lessonCounts, ...insightCounts]) {
          total.set(g.questionId, (total.get(g.questionId) ?? 0) + g._count._all);
        }
        return ids.map((id, i) => ({
          lessons: lessons[i]!.map((l) => l.lesson),
          insights: insights[i]!.map((l) => l.insight),
          hiddenCount: (total.get(id) ?? 0) - lessons[i]!.length - insights[i]!.length,
        }));
      })
      .value(questionId);
  }

  /** The questions a lesson answers, as far as the reader reads both ends; the other links counted. */
  answeredByLesson(loaders: Loaders, viewer: MaybeViewer, lessonId: string): Loaded<AnsweredQuestionRows> {
    return loaders
      .get<string, AnsweredQuestionRows>('question.answeredByLesson', async (ids) => {
        const inIds = { lessonId: { in: [...ids] } };
        const [links, counts] = await Promise.all([
          this.prisma.questionLesson.findMany({
            where: { AND: [inIds, readableQuestionLessons(viewer)] },
            include: { question: true },
            orderBy: [{ createdAt: 'asc' }, { questionId: 'asc' }],
          }),
          this.prisma.questionLesson.groupBy({ by: ['lessonId'], where: inIds, _count: { _all: true } }),
        ]);
        return answered(ids, links, counts, (r) => r.lessonId);
      })
      .value(lessonId);
  }

  /** The questions an insight answers, as far as the reader reads both ends; the other links counted. */
  answeredByInsight(loaders: Loaders, viewer: MaybeViewer, insightId: string): Loaded<AnsweredQuestionRows> {
    return loaders
      .get<string, AnsweredQuestionRows>('question.answeredByInsight', async (ids) => {
        const inIds = { insightId: { in: [...ids] } };
        const [links, counts] = await Promise.all([
          this.prisma.questionInsight.findMany({
            where: { AND: [inIds, readableQuestionInsights(viewer)] },
            include: { question: true },
            orderBy: [{ createdAt: 'asc' }, { questionId: 'asc' }],
          }),
          this.prisma.questionInsight.groupBy({ by: ['insightId'], where: inIds, _count: { _all: true } }),
        ]);
        return answered(ids, links, counts, (r) => r.insightId);
      })
      .value(insightId);
  }

  /** How a question's status and rung changed, oldest first (read with the question). */
  history(loaders: Loaders, viewer: MaybeViewer, questionId: string): Loaded<QuestionChange[]> {
    return loaders
      .get<string, QuestionChange[]>('question.history', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.questionChange.findMany({
            where: { AND: [{ questionId: { in: [...ids] } }, readableQuestionChanges(viewer)] },
            orderBy: OLDEST_FIRST,
          }),
          (r) => r.questionId,
        ),
      )
      .value(questionId);
  }

  /** A question the reader may read, by id, batched (null otherwise). */
  load(loaders: Loaders, viewer: MaybeViewer, id: string): Loaded<Question | null> {
    return loaders
      .get<string, Question | null>('question.readableById', async (ids) =>
        byKey(
          ids,
          await this.prisma.question.findMany({
            where: { AND: [{ id: { in: [...ids] } }, readableQuestions(viewer)] },
          }),
          (r) => r.id,
        ),
      )
      .value(id);
  }
}

/** Groups readable links by their lesson or insight, with the links the reader may not read counted. */
function answered<R extends { question: Question }, G extends { _count: { _all: number } }>(
  ids: readonly string[],
  links: R[],
  counts: G[],
  keyOf: (row: R | G) => string,
): AnsweredQuestionRows[] {
  const grouped = groupByKey(ids, links, keyOf);
  const total = new Map(counts.map((g) => [keyOf(g), g._count._all]));
  return ids.map((id, i) => ({
    questions: grouped[i]!.map((l) => l.question),
    hiddenCount: (total.get(id) ?? 0) - grouped[i]!.length,
  }));
}
