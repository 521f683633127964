import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import { Prisma, type Practice, type User } from '../generated/prisma/client.js';
import { AccessService } from '../common/authz/access.service.js';
import { ateliersReadableAt, requireArenaWork, requireViewer } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError, ConflictError, NotFoundError } from '../common/graphql/app-error.js';
import { type Loaded, byKey, groupByKey, type Loaders } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { StartPracticeInput } from './dto/start-practice.input.js';

const practiceSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3, { message: 'needs at least 3 characters' })
    .max(200, { message: 'is too long' }),
  municipalityId: z.string(),
  neighbourhood: z.string().trim().max(100, { message: 'is too long' }).nullish(),
  description: z.string().trim().max(5000, { message: 'is too long' }).nullish(),
  questionIds: z.array(z.string()).max(50).nullish(),
});

/** Lerende praktijken: arena content; their own participants log lessons in them. */
@Injectable()
export class PracticeService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Practice', (id, viewer) => this.readable(viewer, id));
  }

  /** A practice the viewer may see (its atelier's arena), or null. */
  readable(viewer: MaybeViewer, id: string): Promise<Practice | null> {
    return this.prisma.practice.findFirst({ where: { id, atelier: ateliersReadableAt(viewer, 'ARENA') } });
  }

  async byId(viewer: MaybeViewer, id: string): Promise<Practice> {
    const practice = await this.readable(viewer, id);
    if (!practice) throw new NotFoundError('Practice');
    return practice;
  }

  async start(viewer: MaybeViewer, atelierId: string, input: StartPracticeInput): Promise<Practice> {
    const data = validate(practiceSchema, input);
    const role = await this.access.atelierRole(viewer, atelierId);
    requireArenaWork(role);
    const municipalityId = fromGlobalId('Municipality', data.municipalityId, 'input.municipalityId');
    const questionIds = (data.questionIds ?? []).map((id, i) =>
      fromGlobalId('Question', id, `input.questionIds.${i}`),
    );
    const municipality = await this.prisma.municipality.findFirst({
      where: { id: municipalityId, workshopId: role.workshopId },
      select: { id: true },
    });
    if (!municipality)
      throw new BadInputError('input.municipalityId', 'This gemeente is not in the werkgebied', 'notAllowed');
    if (questionIds.length > 0) {
      const found = await this.prisma.question.count({ where: { id: { in: questionIds }, atelierId } });
      if (found !== new Set(questionIds).size) {
        throw new BadInputError(
          'input.questionIds',
          "Each question must be one of this atelier's questions",
          'notAllowed',
        );
      }
    }
    // The one who starts a practice takes part in it.
    return this.prisma.practice.create({
      data: {
        atelierId,
        municipalityId,
        neighbourhood: data.neighbourhood || null,
        title: data.title,
        description: data.description ?? '',
        startedById: role.viewer.userId,
        participants: { create: { userId: role.viewer.userId } },
        questions: { connect: questionIds.map((id) => ({ id })) },
      },
    });
  }

  async join(viewer: MaybeViewer, practiceId: string): Promise<Practice> {
    const v = requireViewer(viewer);
    const practice = await this.byId(v, practiceId);
    requireArenaWork(await this.access.atelierRole(v, practice.atelierId));
    const existing = await this.prisma.practiceParticipant.findUnique({
      where: { practiceId_userId: { practiceId, userId: v.userId } },
    });
    if (existing && existing.leftAt === null)
      throw new ConflictError('You take part in this practice already');
    await this.prisma.practiceParticipant.upsert({
      where: { practiceId_userId: { practiceId, userId: v.userId } },
      create: { practiceId, userId: v.userId },
      update: { leftAt: null, joinedAt: new Date() },
    });
    return practice;
  }

  async leave(viewer: MaybeViewer, practiceId: string): Promise<boolean> {
    const v = requireViewer(viewer);
    await this.byId(v, practiceId);
    const { count } = await this.prisma.practiceParticipant.updateMany({
      where: { practiceId, userId: v.userId, leftAt: null },
      data: { leftAt: new Date() },
    });
    if (count === 0) throw new NotFoundError('Participation in this practice');
    return true;
  }

  /** Whether the person takes part in the practice now (practiceOfAtelierSql's `takesPart` says the same). */
  async isParticipant(practiceId: string, userId: string): Promise<boolean> {
    const row = await this.prisma.practiceParticipant.findUnique({
      where: { practiceId_userId: { practiceId, userId } },
    });
    return row !== null && row.leftAt === null;
  }

  load(loaders: Loaders, viewer: MaybeViewer, id: string): Loaded<Practice | null> {
    return this.readableByIdLoader(loaders, viewer).value(id);
  }

  /**
   * Hands the loaders what an atelier's page read ahead (AtelierPageService), under the same rule: a practice
   * the reader may not read is primed as null, as the loader would find it.
   */
  primeReadable(loaders: Loaders, viewer: MaybeViewer, id: string, practice: Practice | null): void {
    this.readableByIdLoader(loaders, viewer).prime(id, practice);
  }

  primeForAtelier(loaders: Loaders, viewer: MaybeViewer, atelierId: string, practices: Practice[]): void {
    this.byAtelierLoader(loaders, viewer).prime(atelierId, practices);
    for (const practice of practices) this.primeReadable(loaders, viewer, practice.id, practice);
  }

  private readableByIdLoader(loaders: Loaders, viewer: MaybeViewer) {
    return loaders.get<string, Practice | null>('practice.readableById', async (ids) =>
      byKey(
        ids,
        await this.prisma.practice.findMany({
          where: { id: { in: [...ids] }, atelier: ateliersReadableAt(viewer, 'ARENA') },
        }),
        (r) => r.id,
      ),
    );
  }

  forAtelier(loaders: Loaders, viewer: MaybeViewer, atelierId: string): Loaded<Practice[]> {
    return this.byAtelierLoader(loaders, viewer).value(atelierId);
  }

  private byAtelierLoader(loaders: Loaders, viewer: MaybeViewer) {
    return loaders.get<string, Practice[]>('practice.byAtelier', async (ids) =>
      groupByKey(
        ids,
        await this.prisma.practice.findMany({
          where: { atelierId: { in: [...ids] }, atelier: ateliersReadableAt(viewer, 'ARENA') },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
        (r) => r.atelierId,
      ),
    );
  }

  participants(loaders: Loaders, practiceId: string): Loaded<User[]> {
    return loaders
      .get<string, User[]>('practice.participants', async (ids) => {
        const rows = await this.prisma.practiceParticipant.findMany({
          where: { practiceId: { in: [...ids] }, leftAt: null },
          orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }],
          include: { user: true },
        });
        return groupByKey(ids, rows, (r) => r.practiceId).map((group) => group.map((r) => r.user));
      })
      .value(practiceId);
  }
}

/**
 * A practice of the atelier `a`, as one json column of a statement over `"Atelier" a`: its id and gemeente, and
 * whether the person takes part in it now (as isParticipant); null when the atelier has no such practice.
 */
export function practiceOfAtelierSql(practiceId: string, userId: string): Prisma.Sql {
  return Prisma.sql`(SELECT json_build_object('id', pr.id, 'municipalityId', pr."municipalityId",
      'takesPart', EXISTS (SELECT 1 FROM "PracticeParticipant" pp
                            WHERE pp."practiceId" = pr.id AND pp."userId" = ${userId}::uuid AND pp."leftAt" IS NULL))
    FROM "Practice" pr WHERE pr.id = ${practiceId}::uuid AND pr."atelierId" = a.id)`;
}
