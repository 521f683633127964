import { Injectable } from '@nestjs/common';
import type { Workshop } from '../generated/prisma/client.js';
import { AuditService } from '../common/audit/audit.service.js';
import { requireAdmin } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError } from '../common/graphql/app-error.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { CODE_OF_CONDUCT_MAX, sanitiseCodeOfConduct } from './code-of-conduct.js';

/** A werkplaats's code of conduct, kept by its beheerders. */
@Injectable()
export class CodeOfConductService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  async update(viewer: MaybeViewer, workshopId: string, text: string | null): Promise<Workshop> {
    const v = requireAdmin(viewer, workshopId);
    const clean = text === null ? null : sanitiseCodeOfConduct(text);
    if (clean !== null && clean.length > CODE_OF_CONDUCT_MAX)
      throw new BadInputError('text', `is longer than ${CODE_OF_CONDUCT_MAX} characters`, 'maxLength', {
        max: CODE_OF_CONDUCT_MAX,
      });
    return this.prisma.$transaction(async (tx) => {
      const workshop = await tx.workshop.update({
        where: { id: workshopId },
        data: { codeOfConduct: clean },
      });
      await this.audit.record(
        {
          workshopId,
          actorId: v.userId,
          action: 'workshop.code-of-conduct',
          targetType: 'Workshop',
          targetId: workshopId,
          details: { default: clean === null },
        },
        tx,
      );
      return workshop;
    });
  }
}
