import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Workshop as WorkshopRow } from '../generated/prisma/client.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { changesWithTime, type RequestContext } from '../common/graphql/request-context.js';
import { Workshop } from '../werkgebied/models/municipality.model.js';
import { UpdatePrivacyStatementInput } from './dto/privacy-statement.input.js';
import { PrivacyStatement } from './models/privacy-statement.model.js';
import { ProcessingRegister } from './models/processing-register.model.js';
import { PrivacyStatementService } from './privacy-statement.service.js';

@Resolver(() => Workshop)
export class WorkshopPrivacyStatementResolver {
  constructor(private readonly statements: PrivacyStatementService) {}

  @ResolveField(() => PrivacyStatement, {
    description:
      'Its privacy statement (privacyverklaring), public; a part its beheerders left empty is null.',
  })
  privacyStatement(workshop: WorkshopRow, _args: unknown, ctx: RequestContext) {
    return this.statements.loadStatement(ctx.loaders, workshop.id);
  }
}

@Resolver()
export class PrivacyStatementResolver {
  constructor(private readonly statements: PrivacyStatementService) {}

  @SignedIn()
  @Mutation(() => PrivacyStatement, {
    description:
      "Writes a werkplaats's privacy statement, every part at once (an empty part shows the default text again). For its beheerders.",
  })
  updatePrivacyStatement(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('input') input: UpdatePrivacyStatementInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.statements.update(viewer, fromGlobalId('Workshop', workshopId, 'workshopId'), input);
  }

  @SignedIn()
  @Query(() => ProcessingRegister, {
    description: "A werkplaats's register of processing, to download (JSON, CSV). For its beheerders.",
  })
  processingRegister(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ) {
    // The register says when it was made.
    changesWithTime(ctx);
    return this.statements.register(viewer, fromGlobalId('Workshop', workshopId, 'workshopId'), new Date());
  }
}
