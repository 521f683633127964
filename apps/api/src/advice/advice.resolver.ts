import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { Advice as AdviceRow, Atelier as AtelierRow } from '../generated/prisma/client.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { AdviceService } from './advice.service.js';
import { GiveAdviceInput } from './dto/give-advice.input.js';
import { Advice } from './models/advice.model.js';

@Resolver(() => Advice)
export class AdviceResolver {
  constructor(
    private readonly adviceService: AdviceService,
    private readonly userService: UserService,
  ) {}

  @ResolveField(() => User, { nullable: true, description: 'The commissie member who gave it.' })
  author(advice: AdviceRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, advice.authorId);
  }

  @SignedIn()
  @Mutation(() => Advice, { description: 'The programmacommissie advises an atelier, asked or unasked.' })
  giveAdvice(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @Args('input') input: GiveAdviceInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.adviceService.give(viewer, fromGlobalId('Atelier', atelierId, 'atelierId'), input);
  }
}

@Resolver(() => Atelier)
export class AtelierAdviceResolver {
  constructor(private readonly adviceService: AdviceService) {}

  @ResolveField(() => [Advice], {
    description: "The commissie's advice, newest first (for those who work on the atelier).",
  })
  advice(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.adviceService.forAtelier(ctx.loaders, ctx.viewer, atelier.id);
  }
}
