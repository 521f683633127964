import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../graphql/app-error.js';
import { PrismaService } from '../prisma/prisma.service.js';
import type { AtelierRole } from './policy.js';
import { requireViewer } from './policy.js';
import type { MaybeViewer } from './viewer.js';

/** Looks up what a person is in an atelier (one statement), for the policy's write checks. */
@Injectable()
export class AccessService {
  constructor(private readonly prisma: PrismaService) {}

  async atelierRole(maybeViewer: MaybeViewer, atelierId: string): Promise<AtelierRole> {
    const viewer = requireViewer(maybeViewer);
    const atelier = await this.prisma.atelier.findUnique({
      where: { id: atelierId },
      select: {
        id: true,
        workshopId: true,
        trekkerId: true,
        participations: { where: { userId: viewer.userId, status: 'ACTIVE' }, select: { id: true, role: true } },
      },
    });
    if (!atelier) throw new NotFoundError('Atelier');
    return {
      viewer,
      atelierId: atelier.id,
      workshopId: atelier.workshopId,
      isTrekker: atelier.trekkerId === viewer.userId,
      isCommittee: viewer.committeeOf.has(atelier.workshopId),
      isAdmin: viewer.adminOf.has(atelier.workshopId),
      participation: atelier.participations[0] ?? null,
    };
  }
}
