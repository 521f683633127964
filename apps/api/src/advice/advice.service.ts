import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { Advice } from '../generated/prisma/client.js';
import { ateliersReadableAt, requireCommittee } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { NotFoundError } from '../common/graphql/app-error.js';
import { type Loaded, groupByKey, type Loaders } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { validate } from '../common/graphql/validate.js';
import { NotificationService } from '../notification/notification.service.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { GiveAdviceInput } from './dto/give-advice.input.js';

const adviceSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3, { message: 'needs at least 3 characters' })
    .max(200, { message: 'is too long' }),
  body: z
    .string()
    .trim()
    .min(1, { message: 'is required' })
    .max(5000, { message: 'is too long (5,000 characters at most)' }),
  asked: z.boolean(),
});

/** The commissie's advice, read by those who work on the atelier. */
@Injectable()
export class AdviceService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly nodes: NodeRegistry,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Advice', (id, viewer) =>
      this.prisma.advice.findFirst({ where: { id, atelier: ateliersReadableAt(viewer, 'ARENA') } }),
    );
  }

  async give(viewer: MaybeViewer, atelierId: string, input: GiveAdviceInput): Promise<Advice> {
    const data = validate(adviceSchema, input);
    const atelier = await this.prisma.atelier.findUnique({
      where: { id: atelierId },
      select: { id: true, workshopId: true, trekkerId: true },
    });
    if (!atelier) throw new NotFoundError('Atelier');
    const v = requireCommittee(viewer, atelier.workshopId);
    return this.prisma.$transaction(async (tx) => {
      const advice = await tx.advice.create({ data: { atelierId, authorId: v.userId, ...data } });
      // The trekker hears of it: advice is addressed to the atelier they lead.
      if (atelier.trekkerId !== v.userId)
        await this.notifications.create(tx, [
          { userId: atelier.trekkerId, kind: 'ADVICE_GIVEN', atelierId, actorId: v.userId },
        ]);
      return advice;
    });
  }

  forAtelier(loaders: Loaders, viewer: MaybeViewer, atelierId: string): Loaded<Advice[]> {
    return loaders
      .get<string, Advice[]>('advice.byAtelier', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.advice.findMany({
            where: { atelierId: { in: [...ids] }, atelier: ateliersReadableAt(viewer, 'ARENA') },
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          }),
          (r) => r.atelierId,
        ),
      )
      .value(atelierId);
  }
}
