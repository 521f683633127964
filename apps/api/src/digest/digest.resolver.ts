import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Atelier as AtelierRow, Digest as DigestRow } from '../generated/prisma/client.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { PersonalDataFinding, ResolvePersonalDataInput } from '../privacy/models/personal-data.model.js';
import { DigestService, type DigestEntry } from './digest.service.js';
import {
  Digest,
  DigestConnection,
  DigestItem,
  DigestPreview,
  DigestReader,
  ResolveDigestPersonalDataPayload,
  UpdateDigestInput,
} from './models/digest.model.js';

@Resolver(() => Digest)
export class DigestResolver {
  constructor(
    private readonly digestService: DigestService,
    private readonly users: UserService,
    private readonly ateliers: AtelierService,
  ) {}

  @ResolveField(() => Atelier)
  atelier(digest: DigestRow, _args: unknown, ctx: RequestContext) {
    return this.ateliers.load(ctx.loaders, digest.atelierId);
  }

  @ResolveField(() => User, { nullable: true, description: 'The trekker who wrote it.' })
  author(digest: DigestRow, _args: unknown, ctx: RequestContext) {
    return this.users.load(ctx.loaders, digest.authorId);
  }

  @ResolveField(() => [DigestItem], {
    description: 'Its lessons and insights that the reader may read, by condition in the trekker’s order.',
  })
  items(digest: DigestRow, _args: unknown, ctx: RequestContext) {
    return this.digestService.items(ctx.loaders, ctx.viewer, digest);
  }

  @ResolveField(() => [DigestItem], {
    description: 'For the trekker of a draft: what was shared since the last digest and is not in it.',
  })
  proposals(digest: DigestRow, _args: unknown, ctx: RequestContext) {
    return this.digestService.proposals(ctx.viewer, digest);
  }

  @ResolveField(() => DigestPreview, {
    description: 'For its trekker: the mail as this kind of reader receives it (only what they may read).',
  })
  preview(
    @Parent() digest: DigestRow,
    @Args('reader', { type: () => DigestReader }) reader: DigestReader,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.digestService.preview(viewer, digest, reader);
  }

  @SignedIn()
  @Mutation(() => Digest, {
    description:
      "The trekker opens the atelier's draft digest, or starts one with what was shared since the last digest.",
  })
  startDigest(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.digestService.start(viewer, fromGlobalId('Atelier', atelierId, 'atelierId'));
  }

  @SignedIn()
  @Mutation(() => Digest, {
    description: 'The trekker saves the introduction and the items of a draft digest.',
  })
  updateDigest(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateDigestInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.digestService.update(viewer, fromGlobalId('Digest', id, 'id'), input);
  }

  @ResolveField(() => [PersonalDataFinding], {
    description:
      'For the trekker of a draft: the personal data in its introduction that would stop it being sent now.',
  })
  personalDataFindings(digest: DigestRow, _args: unknown, ctx: RequestContext) {
    return this.digestService.personalDataFindings(ctx.loaders, ctx.viewer, digest);
  }

  @SignedIn()
  @Mutation(() => ResolveDigestPersonalDataPayload, {
    description:
      "The trekker pseudonymises or confirms, one choice per finding, the personal data in a draft digest's introduction (PERSONAL_DATA on sending).",
  })
  resolveDigestPersonalData(
    @Args('input') input: ResolvePersonalDataInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.digestService.resolvePersonalData(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Digest, {
    description:
      'The trekker sends a draft digest: one mail per follower, each with what they may read. Refused (PERSONAL_DATA) while its introduction or an item holds unresolved personal data.',
  })
  sendDigest(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.digestService.send(viewer, fromGlobalId('Digest', id, 'id'));
  }
}

@Resolver(() => DigestItem)
export class DigestItemResolver {
  constructor(private readonly digestService: DigestService) {}

  @ResolveField(() => Boolean, {
    description:
      'For the trekker: its lesson or insight holds personal data nobody resolved, so the digest is not sent with it until that is resolved in the lesson or insight (or it is left out).',
  })
  holdsPersonalData(entry: DigestEntry, _args: unknown, ctx: RequestContext) {
    return this.digestService.itemHoldsPersonalData(ctx.loaders, ctx.viewer, entry);
  }
}

@Resolver(() => Atelier)
export class AtelierDigestResolver {
  constructor(private readonly digestService: DigestService) {}

  @ResolveField(() => Digest, { nullable: true, description: "For its trekker: the atelier's draft digest." })
  digestDraft(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.digestService.draftOf(ctx.viewer, atelier.id);
  }

  @ResolveField(() => DigestConnection, {
    description:
      "The digests 'Wat we leerden' sent to its followers, newest first (for those who follow it).",
  })
  digests(@Parent() atelier: AtelierRow, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    return this.digestService.sent(ctx.viewer, atelier.id, args);
  }
}
