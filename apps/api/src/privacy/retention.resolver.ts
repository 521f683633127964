import { Args, ID, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { Workshop as WorkshopRow } from '../generated/prisma/client.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import { isAdmin, requireAdmin } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { AuditService } from '../common/audit/audit.service.js';
import { BadInputError } from '../common/graphql/app-error.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { Workshop } from '../werkgebied/models/municipality.model.js';
import { DRAFT_GRACE_DAYS, DRAFT_RETENTION_MAX, DRAFT_RETENTION_MIN } from './retention-rules.js';

/** Retention of drafts per werkplaats, set by its beheerders (the retention sweep applies it). */
@Resolver(() => Workshop)
export class WorkshopRetentionResolver {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Months a draft may stay untouched before its author is asked whether it may go (then deleted after the grace period unless touched); for its beheerders (null for others).',
  })
  draftRetentionMonths(workshop: WorkshopRow, _args: unknown, ctx: RequestContext): number | null {
    return isAdmin(ctx.viewer, workshop.id) ? workshop.draftRetentionMonths : null;
  }

  @ResolveField(() => Int, {
    description: 'Days between proposing an untouched draft for deletion and deleting it.',
  })
  draftGraceDays(): number {
    return DRAFT_GRACE_DAYS;
  }

  @SignedIn()
  @Mutation(() => Workshop, {
    description: `Sets how many months (${DRAFT_RETENTION_MIN}–${DRAFT_RETENTION_MAX}) a draft may stay untouched before it is proposed for deletion. For its beheerders.`,
  })
  async setDraftRetention(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('months', { type: () => Int }) months: number,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    const id = fromGlobalId('Workshop', workshopId, 'workshopId');
    const v = requireAdmin(viewer, id);
    if (!Number.isInteger(months) || months < DRAFT_RETENTION_MIN || months > DRAFT_RETENTION_MAX) {
      throw new BadInputError(
        'months',
        `between ${DRAFT_RETENTION_MIN} and ${DRAFT_RETENTION_MAX} months`,
        months < DRAFT_RETENTION_MIN ? 'min' : 'max',
        { min: DRAFT_RETENTION_MIN, max: DRAFT_RETENTION_MAX },
      );
    }
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.workshop.findUniqueOrThrow({
        where: { id },
        select: { draftRetentionMonths: true },
      });
      const workshop = await tx.workshop.update({ where: { id }, data: { draftRetentionMonths: months } });
      await this.audit.record(
        {
          workshopId: id,
          actorId: v.userId,
          action: 'workshop.draft-retention',
          targetType: 'Workshop',
          targetId: id,
          details: { from: before.draftRetentionMonths, to: months },
        },
        tx,
      );
      return workshop;
    });
  }
}
