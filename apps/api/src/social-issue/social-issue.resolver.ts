import { Args, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  SocialIssue as SocialIssueRow,
  SocialIssueChange as ChangeRow,
} from '../generated/prisma/client.js';
import { Public } from '../common/authz/access.decorators.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { SocialIssuesArgs } from './dto/social-issues.args.js';
import {
  NationalTheme,
  SocialIssue,
  SocialIssueChange,
  SocialIssueConnection,
} from './models/social-issue.model.js';
import { SocialIssueService } from './social-issue.service.js';

@Resolver(() => SocialIssue)
export class SocialIssueResolver {
  constructor(private readonly socialIssueService: SocialIssueService) {}

  @Public()
  @Query(() => SocialIssueConnection, { description: 'The kennisagenda.' })
  socialIssues(@Args() args: SocialIssuesArgs) {
    return this.socialIssueService.list(args);
  }

  @Public()
  @Query(() => SocialIssue, { nullable: true })
  socialIssue(@Args('id', { type: () => ID }) id: string) {
    return this.socialIssueService.byId(fromGlobalId('SocialIssue', id, 'id'));
  }

  @ResolveField(() => SocialIssue, { nullable: true, description: 'Set when merged into another kwestie.' })
  mergedInto(issue: SocialIssueRow, _args: unknown, ctx: RequestContext) {
    return issue.mergedIntoId ? this.socialIssueService.load(ctx.loaders, issue.mergedIntoId) : null;
  }

  @ResolveField(() => [SocialIssueChange], { description: 'Every change, oldest first.' })
  history(issue: SocialIssueRow, _args: unknown, ctx: RequestContext) {
    return this.socialIssueService.history(ctx.loaders, issue.id);
  }

  @ResolveField(() => [NationalTheme])
  nationalThemes(issue: SocialIssueRow, _args: unknown, ctx: RequestContext) {
    return this.socialIssueService.nationalThemes(ctx.loaders, issue.id);
  }
}

@Resolver(() => SocialIssueChange)
export class SocialIssueChangeResolver {
  constructor(private readonly userService: UserService) {}

  @ResolveField(() => User, { nullable: true })
  actor(change: ChangeRow, _args: unknown, ctx: RequestContext) {
    return change.actorId ? this.userService.load(ctx.loaders, change.actorId) : null;
  }
}
