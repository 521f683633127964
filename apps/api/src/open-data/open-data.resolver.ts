import { Args, ID, Mutation, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import type { Workshop as WorkshopRow } from '../generated/prisma/client.js';
import { OpenDataLicence } from '../generated/prisma/enums.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import { requireAdmin } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { AuditService } from '../common/audit/audit.service.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { Workshop } from '../werkgebied/models/municipality.model.js';

registerEnumType(OpenDataLicence, {
  name: 'OpenDataLicence',
  description: 'The licence on a werkplaats’s open data: CC BY 4.0 (default), CC BY-SA 4.0 or CC0 1.0.',
});

/** The licence of a werkplaats's open data: public (every file carries it), set by its beheerders. */
@Resolver(() => Workshop)
export class OpenDataResolver {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  @ResolveField(() => OpenDataLicence, {
    description: 'The licence every open-data file of this werkplaats carries (/w/<slug>/open-data).',
  })
  openDataLicence(workshop: WorkshopRow): OpenDataLicence {
    return workshop.openDataLicence;
  }

  @SignedIn()
  @Mutation(() => Workshop, {
    description: 'Sets the licence of the werkplaats’s open data. For its beheerders.',
  })
  async setOpenDataLicence(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('licence', { type: () => OpenDataLicence }) licence: OpenDataLicence,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    const id = fromGlobalId('Workshop', workshopId, 'workshopId');
    const v = requireAdmin(viewer, id);
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.workshop.findUniqueOrThrow({
        where: { id },
        select: { openDataLicence: true },
      });
      const workshop = await tx.workshop.update({ where: { id }, data: { openDataLicence: licence } });
      await this.audit.record(
        {
          workshopId: id,
          actorId: v.userId,
          action: 'workshop.open-data-licence',
          targetType: 'Workshop',
          targetId: id,
          details: { from: before.openDataLicence, to: licence },
        },
        tx,
      );
      return workshop;
    });
  }
}
