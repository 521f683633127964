import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { Atelier as AtelierRow, Question as QuestionRow } from '../generated/prisma/client.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { AddQuestionInput } from './dto/add-question.input.js';
import { Question } from './models/question.model.js';
import { QuestionService } from './question.service.js';

@Resolver(() => Question)
export class QuestionResolver {
  constructor(
    private readonly questionService: QuestionService,
    private readonly userService: UserService,
  ) {}

  @SignedIn()
  @Mutation(() => Question, { description: 'Articulate a question in the arena.' })
  addQuestion(@Args('input') input: AddQuestionInput, @CurrentViewer() viewer: MaybeViewer) {
    return this.questionService.add(viewer, input);
  }

  @ResolveField(() => User)
  author(question: QuestionRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, question.authorId);
  }
}

@Resolver(() => Atelier)
export class AtelierQuestionsResolver {
  constructor(private readonly questionService: QuestionService) {}

  @ResolveField(() => [Question], { description: "The arena's questions (for the arena)." })
  questions(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.questionService.forAtelier(ctx.loaders, ctx.viewer, atelier.id);
  }
}
