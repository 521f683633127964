import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { NationalTheme as NationalThemeRow } from '../generated/prisma/client.js';
import { ProductConnection } from '../product/models/product.model.js';
import { Public } from '../common/authz/access.decorators.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { InsightConnection } from '../insight/models/insight.model.js';
import { NationalTheme, SocialIssueConnection } from '../social-issue/models/social-issue.model.js';
import { NationalThemeService } from './national-theme.service.js';

@Resolver(() => NationalTheme)
export class NationalThemeResolver {
  constructor(private readonly nationalThemeService: NationalThemeService) {}

  @Public()
  @Query(() => NationalTheme, {
    nullable: true,
    description: 'One national theme by its slug (as in /themas/<slug>); null when there is none.',
  })
  nationalTheme(@Args('slug') slug: string) {
    return this.nationalThemeService.bySlug(slug);
  }

  @ResolveField(() => SocialIssueConnection, {
    description: 'Kwesties of every werkplaats tagged with the theme and still on the agenda, oldest first.',
  })
  socialIssues(@Parent() theme: NationalThemeRow, @Args() args: ConnectionArgs) {
    return this.nationalThemeService.socialIssues(theme.id, args);
  }

  @ResolveField(() => InsightConnection, {
    description:
      "Public insights of every werkplaats under the theme (through their atelier's kwestie), newest first.",
  })
  insights(@Parent() theme: NationalThemeRow, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    return this.nationalThemeService.insights(ctx.viewer, theme.id, args);
  }

  @ResolveField(() => ProductConnection, {
    description: 'Published outputs of every werkplaats tagged with the theme, newest first.',
  })
  products(@Parent() theme: NationalThemeRow, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    return this.nationalThemeService.products(ctx.viewer, theme.id, args);
  }
}
