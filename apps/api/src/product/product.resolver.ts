import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  Atelier as AtelierRow,
  Notification as NotificationRow,
  Product as ProductRow,
} from '../generated/prisma/client.js';
import { Visibility } from '../generated/prisma/enums.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { CurrentViewer, Public, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { fileUrl } from '../files/files.service.js';
import { Insight } from '../insight/models/insight.model.js';
import { Lesson } from '../lesson/models/lesson.model.js';
import { Notification } from '../notification/models/notification.model.js';
import { NationalTheme } from '../social-issue/models/social-issue.model.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { Organisation } from '../werkgebied/models/municipality.model.js';
import { ProductsArgs } from './dto/products.args.js';
import { RegisterProductInput, UpdateProductInput } from './dto/register-product.input.js';
import {
  PersonalDataChoiceInput,
  PersonalDataFinding,
  ResolvePersonalDataInput,
} from '../privacy/models/personal-data.model.js';
import {
  Product,
  ProductConnection,
  ProductFile,
  ProductHiddenSources,
  ResolveProductPersonalDataPayload,
} from './models/product.model.js';
import { ProductService } from './product.service.js';

@Resolver(() => Product)
export class ProductResolver {
  constructor(
    private readonly productService: ProductService,
    private readonly ateliers: AtelierService,
    private readonly users: UserService,
  ) {}

  @Public()
  @Query(() => Product, { description: 'An output, when the reader may read it (NOT_FOUND otherwise).' })
  product(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.productService.byId(viewer, fromGlobalId('Product', id, 'id'));
  }

  @Public()
  @Query(() => ProductConnection, {
    description: "A werkplaats's catalogue of outputs: what the reader may read, newest first, with filters.",
  })
  products(@Args() args: ProductsArgs, @CurrentViewer() viewer: MaybeViewer) {
    return this.productService.catalogue(viewer, args);
  }

  @SignedIn()
  @Mutation(() => Product, { description: 'The trekker or an arena member registers an output (at ARENA).' })
  registerProduct(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @Args('input') input: RegisterProductInput,
    @CurrentViewer() viewer: MaybeViewer,
    @Args('personalData', {
      type: () => [PersonalDataChoiceInput],
      nullable: true,
      description:
        'One choice per finding of a PERSONAL_DATA refusal of the same title and summary: pseudonymise it or confirm why it may stay.',
    })
    personalData?: PersonalDataChoiceInput[] | null,
  ) {
    return this.productService.register(viewer, atelierId, input, personalData ?? []);
  }

  @SignedIn()
  @Mutation(() => Product, {
    description: 'Changes an output (the trekker; an arena member while it is in the arena).',
  })
  updateProduct(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProductInput,
    @CurrentViewer() viewer: MaybeViewer,
    @Args('personalData', {
      type: () => [PersonalDataChoiceInput],
      nullable: true,
      description:
        'One choice per finding of a PERSONAL_DATA refusal of the same words, as for registerProduct.',
    })
    personalData?: PersonalDataChoiceInput[] | null,
  ) {
    return this.productService.update(viewer, id, input, personalData ?? []);
  }

  @SignedIn()
  @Mutation(() => Product, {
    description: 'The trekker moves an output one rung on the ladder (ARENA–PUBLIC).',
  })
  setProductVisibility(
    @Args('id', { type: () => ID }) id: string,
    @Args('visibility', { type: () => Visibility }) visibility: Visibility,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.productService.setVisibility(viewer, id, visibility);
  }

  @SignedIn()
  @Mutation(() => ResolveProductPersonalDataPayload, {
    description:
      'Whoever may edit an output pseudonymises or confirms (with a reason) each personal-data finding in its title and summary, so its next step up passes.',
  })
  resolveProductPersonalData(
    @Args('input') input: ResolvePersonalDataInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.productService.resolvePersonalData(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Removes an output and its file.' })
  removeProduct(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.productService.remove(viewer, id);
  }

  @SignedIn()
  @Mutation(() => Product, { description: "Removes an output's file; the output stays." })
  removeProductFile(
    @Args('productId', { type: () => ID }) productId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.productService.removeFile(viewer, productId);
  }

  @ResolveField(() => Atelier, { description: 'The atelier that made it.' })
  atelier(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.ateliers.load(ctx.loaders, product.atelierId);
  }

  @ResolveField(() => [NationalTheme], { description: 'The national themes it connects to, by name.' })
  nationalThemes(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.productService.themes(ctx.loaders, product.id);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who registered it.' })
  registeredBy(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return product.registeredById ? this.users.load(ctx.loaders, product.registeredById) : null;
  }

  @ResolveField(() => [User], { description: 'Its authors, in order.' })
  authors(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.productService.authors(ctx.loaders, product.id);
  }

  @ResolveField(() => [Organisation], { description: 'The organisations it was made with.' })
  organisations(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.productService.organisations(ctx.loaders, product.id);
  }

  @ResolveField(() => [Lesson], { description: 'The lessons it draws on that the reader may read.' })
  lessons(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.productService.lessons(ctx.loaders, ctx.viewer, product.id);
  }

  @ResolveField(() => [Insight], { description: 'The insights it draws on that the reader may read.' })
  insights(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.productService.insights(ctx.loaders, ctx.viewer, product.id);
  }

  @ResolveField(() => ProductHiddenSources, {
    description: 'How many of its sources the reader may not read (counted, never shown).',
  })
  hiddenSources(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.productService.hiddenSources(ctx.loaders, ctx.viewer, product.id);
  }

  @ResolveField(() => ProductFile, { nullable: true, description: 'Its file, if it has one.' })
  async file(product: ProductRow, _args: unknown, ctx: RequestContext) {
    const file = await this.productService.file(ctx.loaders, product.id);
    return file ? { ...file, url: fileUrl(file) } : null;
  }

  @ResolveField(() => [PersonalDataFinding], {
    description:
      'The personal data that would stop its next step up now; for those who may edit it (empty for others).',
  })
  personalDataFindings(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.productService.personalDataFindings(ctx.loaders, ctx.viewer, product);
  }

  @ResolveField(() => [Visibility], { description: 'The rungs the reader may move it to (empty: none).' })
  allowedVisibilitySteps(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.productService.allowedSteps(ctx.loaders, ctx.viewer, product);
  }

  @ResolveField(() => Boolean, { description: 'Whether the reader may change it, its file included.' })
  mayEdit(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.productService.mayEdit(ctx.loaders, ctx.viewer, product);
  }
}

@Resolver(() => Atelier)
export class AtelierProductsResolver {
  constructor(private readonly productService: ProductService) {}

  @ResolveField(() => [Product], { description: 'Its outputs the reader may read, newest first.' })
  products(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.productService.forAtelier(ctx.loaders, ctx.viewer, atelier.id);
  }
}

@Resolver(() => Notification)
export class NotificationProductResolver {
  constructor(private readonly productService: ProductService) {}

  @ResolveField(() => Product, { nullable: true, description: 'The output, while you may still read it.' })
  product(notification: NotificationRow, _args: unknown, ctx: RequestContext) {
    return notification.productId
      ? this.productService.load(ctx.loaders, ctx.viewer, notification.productId)
      : null;
  }
}
