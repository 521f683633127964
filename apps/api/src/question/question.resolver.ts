import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  Atelier as AtelierRow,
  Insight as InsightRow,
  Lesson as LessonRow,
  Notification as NotificationRow,
  Product as ProductRow,
  Question as QuestionRow,
  QuestionChange as QuestionChangeRow,
} from '../generated/prisma/client.js';
import { QuestionStatus, Visibility } from '../generated/prisma/enums.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { CurrentViewer, Public, SignedIn } from '../common/authz/access.decorators.js';
import { AccessService } from '../common/authz/access.service.js';
import { allowedQuestionSteps, mayEditQuestion, mayLinkQuestions } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { Insight } from '../insight/models/insight.model.js';
import { Lesson } from '../lesson/models/lesson.model.js';
import { Notification } from '../notification/models/notification.model.js';
import { Product } from '../product/models/product.model.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { AddQuestionInput } from './dto/add-question.input.js';
import { UpdateQuestionInput } from './dto/update-question.input.js';
import { KnowledgePathService } from './knowledge-path.service.js';
import { KnowledgePath } from './models/knowledge-path.model.js';
import { AnsweredQuestions, QuestionAnswers } from './models/question-links.model.js';
import {
  PersonalDataChoiceInput,
  PersonalDataFinding,
  ResolvePersonalDataInput,
} from '../privacy/models/personal-data.model.js';
import { Question, QuestionChange, ResolveQuestionPersonalDataPayload } from './models/question.model.js';
import { QuestionService } from './question.service.js';

@Resolver(() => Question)
export class QuestionResolver {
  constructor(
    private readonly questionService: QuestionService,
    private readonly paths: KnowledgePathService,
    private readonly atelierService: AtelierService,
    private readonly userService: UserService,
    private readonly access: AccessService,
  ) {}

  @Public()
  @Query(() => Question, {
    nullable: true,
    description: 'A question, if the caller may read it (NOT_FOUND otherwise).',
  })
  question(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.questionService.byId(viewer, fromGlobalId('Question', id, 'id'));
  }

  @SignedIn()
  @Mutation(() => Question, { description: 'Articulate a question in the arena (at ARENA, status OPEN).' })
  addQuestion(@Args('input') input: AddQuestionInput, @CurrentViewer() viewer: MaybeViewer) {
    return this.questionService.add(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Question, {
    description:
      'Its author (while in the arena) or the trekker refines a question: title, body, status. A shared question stays ANSWERED (CONFLICT, reason QUESTION_SHARED); new words of a shared one pass the personal-data check (PERSONAL_DATA).',
  })
  updateQuestion(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateQuestionInput,
    @CurrentViewer() viewer: MaybeViewer,
    @Args('personalData', {
      type: () => [PersonalDataChoiceInput],
      nullable: true,
      description:
        'One choice per finding of a PERSONAL_DATA refusal of the same new words of a shared question, as for updateProduct.',
    })
    personalData?: PersonalDataChoiceInput[] | null,
  ) {
    return this.questionService.update(viewer, fromGlobalId('Question', id, 'id'), input, personalData ?? []);
  }

  @SignedIn()
  @Mutation(() => Question, {
    description:
      'The trekker (or the commissie) moves a question one rung within ARENA–PUBLIC; up only when ANSWERED (CONFLICT, reason QUESTION_NOT_ANSWERED) and after the personal-data check (PERSONAL_DATA).',
  })
  setQuestionVisibility(
    @Args('id', { type: () => ID }) id: string,
    @Args('visibility', { type: () => Visibility }) visibility: Visibility,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.questionService.setVisibility(viewer, fromGlobalId('Question', id, 'id'), visibility);
  }

  @SignedIn()
  @Mutation(() => Question, {
    description:
      'The arena (or the trekker) links a lesson or insight of the same atelier (`answerId`) to the question it speaks to. Both must be readable by you (NOT_FOUND otherwise).',
  })
  linkQuestionAnswer(
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('answerId', { type: () => ID, description: 'A Lesson or an Insight.' }) answerId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.questionService.link(viewer, questionId, answerId);
  }

  @SignedIn()
  @Mutation(() => Question, { description: 'Takes a link made by linkQuestionAnswer away again.' })
  unlinkQuestionAnswer(
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('answerId', { type: () => ID, description: 'A Lesson or an Insight.' }) answerId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.questionService.unlink(viewer, questionId, answerId);
  }

  @SignedIn()
  @Mutation(() => ResolveQuestionPersonalDataPayload, {
    description:
      'Its author (while in the arena) or the trekker pseudonymises or confirms (with a reason) each personal-data finding in a question, so sharing it beyond the arena passes.',
  })
  resolveQuestionPersonalData(
    @Args('input') input: ResolvePersonalDataInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.questionService.resolvePersonalData(viewer, input);
  }

  @ResolveField(() => [PersonalDataFinding], {
    description:
      'The personal data that would stop sharing it beyond the arena now; for those who may edit it (empty for others).',
  })
  personalDataFindings(question: QuestionRow, _args: unknown, ctx: RequestContext) {
    return this.questionService.personalDataFindings(ctx.loaders, ctx.viewer, question);
  }

  @ResolveField(() => User)
  author(question: QuestionRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, question.authorId);
  }

  @ResolveField(() => Atelier)
  atelier(question: QuestionRow, _args: unknown, ctx: RequestContext) {
    return this.atelierService.load(ctx.loaders, question.atelierId);
  }

  @ResolveField(() => QuestionAnswers, {
    description:
      'The lessons and insights linked to it that you may read; the other links counted as hidden.',
  })
  answers(question: QuestionRow, _args: unknown, ctx: RequestContext) {
    return this.questionService.answers(ctx.loaders, ctx.viewer, question.id);
  }

  @ResolveField(() => KnowledgePath, {
    description: 'The chain behind it: the practices working on it, their lessons, the insights on those.',
  })
  knowledgePath(question: QuestionRow, _args: unknown, ctx: RequestContext) {
    return this.paths.fromQuestion(ctx.loaders, ctx.viewer, question);
  }

  @ResolveField(() => [QuestionChange], { description: 'How its status and rung changed, oldest first.' })
  history(question: QuestionRow, _args: unknown, ctx: RequestContext) {
    return this.questionService.history(ctx.loaders, ctx.viewer, question.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit it (updateQuestion).' })
  async canEdit(question: QuestionRow, _args: unknown, ctx: RequestContext): Promise<boolean> {
    return mayEditQuestion(
      await this.access.atelierRoleFor(ctx.loaders, ctx.viewer, question.atelierId),
      question,
    );
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may link lessons and insights to it (linkQuestionAnswer).',
  })
  async canLink(question: QuestionRow, _args: unknown, ctx: RequestContext): Promise<boolean> {
    return mayLinkQuestions(await this.access.atelierRoleFor(ctx.loaders, ctx.viewer, question.atelierId));
  }

  @ResolveField(() => [Visibility], {
    description: 'The rungs you may move it to now (empty: you may not move it; up only once ANSWERED).',
  })
  async allowedVisibilities(
    question: QuestionRow,
    _args: unknown,
    ctx: RequestContext,
  ): Promise<Visibility[]> {
    return allowedQuestionSteps(
      await this.access.atelierRoleFor(ctx.loaders, ctx.viewer, question.atelierId),
      question,
    );
  }
}

@Resolver(() => QuestionChange)
export class QuestionChangeResolver {
  constructor(private readonly userService: UserService) {}

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who made the change (null once their account is gone).',
  })
  actor(change: QuestionChangeRow, _args: unknown, ctx: RequestContext) {
    return change.actorId ? this.userService.load(ctx.loaders, change.actorId) : null;
  }
}

@Resolver(() => Atelier)
export class AtelierQuestionsResolver {
  constructor(private readonly questionService: QuestionService) {}

  @ResolveField(() => [Question], {
    description:
      'Its questions that you may read, oldest first: the arena reads them all, the tribune the ones shared with it, a visitor the public ones.',
  })
  questions(
    @Parent() atelier: AtelierRow,
    @Args('status', { type: () => QuestionStatus, nullable: true }) status: QuestionStatus | null,
    @Context() ctx: RequestContext,
  ) {
    return this.questionService.forAtelier(ctx.loaders, ctx.viewer, atelier.id, status ?? null);
  }
}

@Resolver(() => Lesson)
export class LessonQuestionsResolver {
  constructor(private readonly questionService: QuestionService) {}

  @ResolveField(() => AnsweredQuestions, {
    description:
      'The questions it answers (Beantwoordt vraag) that you may read; the others counted as hidden.',
  })
  answersQuestions(lesson: LessonRow, _args: unknown, ctx: RequestContext) {
    return this.questionService.answeredByLesson(ctx.loaders, ctx.viewer, lesson.id);
  }
}

@Resolver(() => Insight)
export class InsightQuestionsResolver {
  constructor(
    private readonly questionService: QuestionService,
    private readonly paths: KnowledgePathService,
  ) {}

  @ResolveField(() => AnsweredQuestions, {
    description:
      'The questions it answers (Beantwoordt vraag) that you may read; the others counted as hidden.',
  })
  answersQuestions(insight: InsightRow, _args: unknown, ctx: RequestContext) {
    return this.questionService.answeredByInsight(ctx.loaders, ctx.viewer, insight.id);
  }

  @ResolveField(() => KnowledgePath, {
    description:
      'The chain behind it: its lessons, their practices, the questions those work on or it answers.',
  })
  knowledgePath(insight: InsightRow, _args: unknown, ctx: RequestContext) {
    return this.paths.fromInsight(ctx.loaders, ctx.viewer, insight);
  }
}

@Resolver(() => Product)
export class ProductPathResolver {
  constructor(private readonly paths: KnowledgePathService) {}

  @ResolveField(() => KnowledgePath, {
    description:
      'The chain behind it: the insights and lessons it draws on, their practices, the questions they work on or answer.',
  })
  knowledgePath(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.paths.fromProduct(ctx.loaders, ctx.viewer, product);
  }
}

@Resolver(() => Notification)
export class NotificationQuestionResolver {
  constructor(private readonly questionService: QuestionService) {}

  @ResolveField(() => Question, { nullable: true, description: 'The question, while you may still read it.' })
  question(notification: NotificationRow, _args: unknown, ctx: RequestContext) {
    return notification.questionId
      ? this.questionService.load(ctx.loaders, ctx.viewer, notification.questionId)
      : null;
  }
}
