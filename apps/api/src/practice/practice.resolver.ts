import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Atelier as AtelierRow, Practice as PracticeRow } from '../generated/prisma/client.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { Question } from '../question/models/question.model.js';
import { QuestionService } from '../question/question.service.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { Municipality } from '../werkgebied/models/municipality.model.js';
import { WerkgebiedService } from '../werkgebied/werkgebied.service.js';
import { StartPracticeInput } from './dto/start-practice.input.js';
import { Practice } from './models/practice.model.js';
import { PracticeService } from './practice.service.js';

@Resolver(() => Practice)
export class PracticeResolver {
  constructor(
    private readonly practiceService: PracticeService,
    private readonly atelierService: AtelierService,
    private readonly userService: UserService,
    private readonly werkgebiedService: WerkgebiedService,
    private readonly questionService: QuestionService,
  ) {}

  @SignedIn()
  @Query(() => Practice, { nullable: true })
  practice(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.practiceService.byId(viewer, fromGlobalId('Practice', id, 'id'));
  }

  @SignedIn()
  @Mutation(() => Practice, { description: 'Start a lerende praktijk in a gemeente; you take part in it.' })
  startPractice(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @Args('input') input: StartPracticeInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.practiceService.start(viewer, fromGlobalId('Atelier', atelierId, 'atelierId'), input);
  }

  @SignedIn()
  @Mutation(() => Practice)
  joinPractice(
    @Args('practiceId', { type: () => ID }) practiceId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.practiceService.join(viewer, fromGlobalId('Practice', practiceId, 'practiceId'));
  }

  @SignedIn()
  @Mutation(() => Boolean)
  leavePractice(
    @Args('practiceId', { type: () => ID }) practiceId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.practiceService.leave(viewer, fromGlobalId('Practice', practiceId, 'practiceId'));
  }

  @ResolveField(() => Municipality)
  municipality(practice: PracticeRow, _args: unknown, ctx: RequestContext) {
    return this.werkgebiedService.loadMunicipality(ctx.loaders, practice.municipalityId);
  }

  @ResolveField(() => Atelier)
  atelier(practice: PracticeRow, _args: unknown, ctx: RequestContext) {
    return this.atelierService.load(ctx.loaders, practice.atelierId);
  }

  @ResolveField(() => User)
  startedBy(practice: PracticeRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, practice.startedById);
  }

  @ResolveField(() => [User], { description: 'Who takes part now.' })
  participants(practice: PracticeRow, _args: unknown, ctx: RequestContext) {
    return this.practiceService.participants(ctx.loaders, practice.id);
  }

  @ResolveField(() => [Question], { description: "The arena's questions it works on." })
  questions(practice: PracticeRow, _args: unknown, ctx: RequestContext) {
    return this.questionService.forPractice(ctx.loaders, ctx.viewer, practice.id);
  }
}

@Resolver(() => Atelier)
export class AtelierPracticesResolver {
  constructor(private readonly practiceService: PracticeService) {}

  @ResolveField(() => [Practice], { description: 'Its lerende praktijken (for the arena).' })
  practices(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.practiceService.forAtelier(ctx.loaders, ctx.viewer, atelier.id);
  }
}
