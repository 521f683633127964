import { Args, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Atelier as AtelierRow } from '../generated/prisma/client.js';
import { Public } from '../common/authz/access.decorators.js';
import { AccessService } from '../common/authz/access.service.js';
import { leadsAtelier, mayReadActivitiesIn, worksInArena } from '../common/authz/policy.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { SocialIssue } from '../social-issue/models/social-issue.model.js';
import { SocialIssueService } from '../social-issue/social-issue.service.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { AtelierService } from './atelier.service.js';
import { AteliersArgs } from './dto/ateliers.args.js';
import { Atelier, AtelierConnection } from './models/atelier.model.js';

@Resolver(() => Atelier)
export class AtelierResolver {
  constructor(
    private readonly atelierService: AtelierService,
    private readonly socialIssueService: SocialIssueService,
    private readonly userService: UserService,
    private readonly access: AccessService,
  ) {}

  @Public()
  @Query(() => AtelierConnection)
  ateliers(@Args() args: AteliersArgs) {
    return this.atelierService.list(args);
  }

  @ResolveField(() => SocialIssue)
  socialIssue(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.socialIssueService.load(ctx.loaders, atelier.socialIssueId);
  }

  @ResolveField(() => User, { description: 'The researcher who leads the atelier.' })
  trekker(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, atelier.trekkerId);
  }

  @ResolveField(() => Int, { description: 'People working in the arena now.' })
  arenaCount(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.atelierService.participantCount(ctx.loaders, atelier.id, 'ARENA');
  }

  @ResolveField(() => Int, { description: 'People following from the tribune now.' })
  tribuneCount(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.atelierService.participantCount(ctx.loaders, atelier.id, 'TRIBUNE');
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you lead it (its trekker, or the programmacommissie).',
  })
  async canLead(atelier: AtelierRow, _args: unknown, ctx: RequestContext): Promise<boolean> {
    const role = await this.access.atelierRoleFor(ctx.loaders, ctx.viewer, atelier.id);
    return role !== null && leadsAtelier(role);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may work in its arena: questions, practices, lessons.',
  })
  async canWorkInArena(atelier: AtelierRow, _args: unknown, ctx: RequestContext): Promise<boolean> {
    const role = await this.access.atelierRoleFor(ctx.loaders, ctx.viewer, atelier.id);
    return role !== null && worksInArena(role);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you read its tribune: the lessons and insights it shared and its activities. When false, its activities stay unsaid: follow it (from the tribune) to see them.',
  })
  async readsTribune(atelier: AtelierRow, _args: unknown, ctx: RequestContext): Promise<boolean> {
    return mayReadActivitiesIn(await this.access.atelierRoleFor(ctx.loaders, ctx.viewer, atelier.id));
  }
}

/** A kwestie's ateliers live here, so the agenda module needn't know ateliers (no module cycle). */
@Resolver(() => SocialIssue)
export class SocialIssueAteliersResolver {
  constructor(private readonly atelierService: AtelierService) {}

  @ResolveField(() => [Atelier], { description: 'Its leerateliers, newest first.' })
  ateliers(issue: { id: string }, _args: unknown, ctx: RequestContext) {
    return this.atelierService.forSocialIssue(ctx.loaders, issue.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether one of its ateliers is running: then no other can start (startAtelier).',
  })
  async hasRunningAtelier(issue: { id: string }, _args: unknown, ctx: RequestContext): Promise<boolean> {
    // The same batched load as `ateliers`, so asking both costs one statement.
    const ateliers = await this.atelierService.forSocialIssue(ctx.loaders, issue.id);
    return ateliers.some((a) => a.status === 'ACTIVE');
  }
}
