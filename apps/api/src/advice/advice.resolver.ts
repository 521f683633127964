import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  Advice as AdviceRow,
  Atelier as AtelierRow,
  Product as ProductRow,
} from '../generated/prisma/client.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { NationalTheme } from '../social-issue/models/social-issue.model.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { AdviceService } from './advice.service.js';
import { GiveAdviceInput } from './dto/give-advice.input.js';
import { Advice, Product } from './models/advice.model.js';

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

@Resolver(() => Product)
export class ProductResolver {
  constructor(
    private readonly adviceService: AdviceService,
    private readonly atelierService: AtelierService,
  ) {}

  @ResolveField(() => Atelier, { description: 'The atelier that made it.' })
  atelier(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.atelierService.load(ctx.loaders, product.atelierId);
  }

  @ResolveField(() => [NationalTheme], { description: 'The national themes it connects to, by name.' })
  nationalThemes(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.adviceService.productThemes(ctx.loaders, product.id);
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

  @ResolveField(() => [Product], {
    description: 'Its products: published ones for everyone, the rest for the arena.',
  })
  products(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.adviceService.productsForAtelier(ctx.loaders, ctx.viewer, atelier.id);
  }
}
