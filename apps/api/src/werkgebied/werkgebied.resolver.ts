import { Args, ArgsType, Field, ID, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  Atelier as AtelierRow,
  User as UserRow,
  Workshop as WorkshopRow,
  Municipality as MunicipalityRow,
  Organisation as OrganisationRow,
  SocialIssue as SocialIssueRow,
} from '../generated/prisma/client.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { Insight } from '../insight/models/insight.model.js';
import { User } from '../user/models/user.model.js';
import { Public } from '../common/authz/access.decorators.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { Municipality, Organisation, OrganisationConnection, Workshop } from './models/municipality.model.js';
import { SocialIssue } from '../social-issue/models/social-issue.model.js';
import { WerkgebiedService } from './werkgebied.service.js';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  constructor(private readonly werkgebiedService: WerkgebiedService) {}

  @Public()
  @Query(() => [Municipality], { description: 'The gemeenten of the werkgebied, by name.' })
  municipalities(
    @Args('workshopId', { type: () => ID, nullable: true, description: 'Only those of this werkplaats.' })
    workshopId: string | null,
  ) {
    return this.werkgebiedService.municipalities(
      workshopId ? fromGlobalId('Workshop', workshopId, 'workshopId') : null,
    );
  }

  @ResolveField(() => Workshop, { description: 'The werkplaats whose werkgebied it is in.' })
  workshop(municipality: MunicipalityRow, _args: unknown, ctx: RequestContext) {
    return this.werkgebiedService.loadWorkshop(ctx.loaders, municipality.workshopId);
  }
}

@ArgsType()
class OrganisationsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only those whose name contains this (any capitals).' })
  query?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only those of this werkplaats.' })
  workshopId?: string | null;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly werkgebiedService: WerkgebiedService) {}

  @Public()
  @Query(() => OrganisationConnection, {
    description: 'The partner organisations of the list, by name (a proposed one waits for a beheerder).',
  })
  organisations(@Args() args: OrganisationsArgs) {
    return this.werkgebiedService.organisations(args, {
      query: args.query?.trim().slice(0, 120) || null,
      workshopId: args.workshopId ? fromGlobalId('Workshop', args.workshopId, 'workshopId') : null,
    });
  }

  @ResolveField(() => Workshop, { description: 'The werkplaats it belongs to.' })
  workshop(organisation: OrganisationRow, _args: unknown, ctx: RequestContext) {
    return this.werkgebiedService.loadWorkshop(ctx.loaders, organisation.workshopId);
  }

  @ResolveField(() => Municipality, { nullable: true })
  municipality(organisation: OrganisationRow, _args: unknown, ctx: RequestContext) {
    return organisation.municipalityId
      ? this.werkgebiedService.loadMunicipality(ctx.loaders, organisation.municipalityId)
      : null;
  }
}

@Resolver(() => Workshop)
export class WorkshopResolver {
  constructor(private readonly werkgebiedService: WerkgebiedService) {}

  @Public()
  @Query(() => [Workshop], { description: 'The werkplaatsen on this platform.' })
  workshops() {
    return this.werkgebiedService.workshops();
  }

  @Public()
  @Query(() => Workshop, {
    nullable: true,
    description: 'The werkplaats with this slug (its address); null if none.',
  })
  workshop(@Args('slug') slug: string) {
    return this.werkgebiedService.bySlug(slug);
  }

  @ResolveField(() => Int, { description: 'Kwesties on its agenda now (ACTIVE).' })
  async activeSocialIssueCount(workshop: WorkshopRow, _args: unknown, ctx: RequestContext) {
    return (await this.werkgebiedService.loadPublicFigures(ctx.loaders, workshop.id)).activeSocialIssueCount;
  }

  @ResolveField(() => Int, { description: 'Its leerateliers.' })
  async atelierCount(workshop: WorkshopRow, _args: unknown, ctx: RequestContext) {
    return (await this.werkgebiedService.loadPublicFigures(ctx.loaders, workshop.id)).atelierCount;
  }

  @ResolveField(() => Int, { description: 'Its insights shared publicly (PUBLIC), whoever asks.' })
  async publicInsightCount(workshop: WorkshopRow, _args: unknown, ctx: RequestContext) {
    return (await this.werkgebiedService.loadPublicFigures(ctx.loaders, workshop.id)).publicInsightCount;
  }

  @ResolveField(() => [Insight], {
    description: 'Its three newest insights shared publicly (PUBLIC), whoever asks; newest share first.',
  })
  latestPublicInsights(workshop: WorkshopRow, _args: unknown, ctx: RequestContext) {
    return this.werkgebiedService.loadLatestPublicInsights(ctx.loaders, workshop.id);
  }
}

/** The werkplaatsen one takes part in: the web app's switcher. */
@Resolver(() => User)
export class UserWorkshopsResolver {
  constructor(private readonly werkgebiedService: WerkgebiedService) {}

  @ResolveField(() => [Workshop], {
    description:
      'The werkplaatsen you take part in (a werkplaats role, leading or taking part in one of its ateliers, a confirmed membership of one of its organisations), by name; empty for anyone else.',
  })
  workshops(user: UserRow, _args: unknown, { viewer }: RequestContext) {
    return viewer?.userId === user.id ? this.werkgebiedService.takenPartIn(viewer) : [];
  }
}

/** Which werkplaats a kwestie or an atelier belongs to: one deployment hosts several. */
@Resolver(() => SocialIssue)
export class SocialIssueWorkshopResolver {
  constructor(private readonly werkgebiedService: WerkgebiedService) {}

  @ResolveField(() => Workshop, { description: 'The werkplaats whose agenda it is on.' })
  workshop(issue: SocialIssueRow, _args: unknown, ctx: RequestContext) {
    return this.werkgebiedService.loadWorkshop(ctx.loaders, issue.workshopId);
  }
}

@Resolver(() => Atelier)
export class AtelierWorkshopResolver {
  constructor(private readonly werkgebiedService: WerkgebiedService) {}

  @ResolveField(() => Workshop, { description: 'The werkplaats it belongs to.' })
  workshop(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.werkgebiedService.loadWorkshop(ctx.loaders, atelier.workshopId);
  }
}
