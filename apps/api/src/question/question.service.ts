import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { Question } from '../generated/prisma/client.js';
import { AccessService } from '../common/authz/access.service.js';
import { ateliersReadableAt, requireArenaWork } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { type Loaded, groupByKey, type Loaders } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { AddQuestionInput } from './dto/add-question.input.js';

const questionSchema = z.object({
  atelierId: z.string(),
  title: z
    .string()
    .trim()
    .min(3, { message: 'needs at least 3 characters' })
    .max(300, { message: 'is too long' }),
  body: z.string().trim().max(5000, { message: 'is too long' }).nullish(),
});

/** The arena's questions: arena content, read and written by the arena. */
@Injectable()
export class QuestionService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Question', (id, viewer) =>
      this.prisma.question.findFirst({ where: { id, atelier: ateliersReadableAt(viewer, 'ARENA') } }),
    );
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

  forAtelier(loaders: Loaders, viewer: MaybeViewer, atelierId: string): Loaded<Question[]> {
    return loaders
      .get<string, Question[]>('question.byAtelier', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.question.findMany({
            where: { atelierId: { in: [...ids] }, atelier: ateliersReadableAt(viewer, 'ARENA') },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
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
          select: { id: true, questions: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
        });
        const map = new Map(practices.map((p) => [p.id, p.questions]));
        return ids.map((id) => map.get(id) ?? []);
      })
      .value(practiceId);
  }
}
