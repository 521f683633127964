import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { changesWithTime, type RequestContext } from '../common/graphql/request-context.js';
import { clientOf } from '../auth/client.js';
import { endRequestSession } from '../auth/request-session.js';
import { PrivacyService } from './privacy.service.js';

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly privacyService: PrivacyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @SignedIn()
  @Query(() => String, { description: 'Everything the platform holds about you, as a JSON document.' })
  async exportMyData(@CurrentViewer() viewer: MaybeViewer, @Context() ctx: RequestContext): Promise<string> {
    // The export says when it was made.
    changesWithTime(ctx);
    return JSON.stringify(await this.privacyService.exportMyData(viewer), null, 2);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Erases your account (confirm with your password). What you contributed stays, anonymised; in every text that names you (yours and others’) your name is replaced by a stand-in ("mevrouw A."). Refused while you are the last beheerder of a werkplaats (CONFLICT, reason LAST_BEHEERDER).',
  })
  async eraseMe(
    @Args('password') password: string,
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ) {
    await this.privacyService.eraseMe(viewer, password, clientOf(ctx, this.config));
    // Nothing else in this request runs as the erased person.
    endRequestSession(ctx, this.config);
    return true;
  }
}
