import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { mayChangeReaction } from '../common/authz/policy.js';
import type {
  Insight as InsightRow,
  Lesson as LessonRow,
  Reaction as ReactionRow,
} from '../generated/prisma/client.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { Insight } from '../insight/models/insight.model.js';
import { Lesson } from '../lesson/models/lesson.model.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { Reaction } from './models/reaction.model.js';
import { ReactionService } from './reaction.service.js';
import { PersonalDataChoiceInput } from '../privacy/models/personal-data.model.js';

@Resolver(() => Reaction)
export class ReactionResolver {
  constructor(
    private readonly reactionService: ReactionService,
    private readonly userService: UserService,
  ) {}

  @SignedIn()
  @Mutation(() => Reaction, {
    description:
      'React to a lesson or insight shared with the tribune (or the public) of an atelier you follow.',
  })
  react(
    @Args('targetId', { type: () => ID, description: 'A Lesson or an Insight.' }) targetId: string,
    @Args('body', { description: 'Plain text, 1 to 2,000 characters.' }) body: string,
    @CurrentViewer() viewer: MaybeViewer,
    @Args('personalData', {
      type: () => [PersonalDataChoiceInput],
      nullable: true,
      description:
        'One choice per finding of a PERSONAL_DATA refusal of the same body: pseudonymise it or confirm why it may stay.',
    })
    personalData?: PersonalDataChoiceInput[] | null,
  ) {
    return this.reactionService.react(viewer, targetId, body, personalData ?? []);
  }

  @SignedIn()
  @Mutation(() => Reaction, {
    description:
      'Its author changes the text of a reaction; it passes the same personal-data check as reacting.',
  })
  updateReaction(
    @Args('id', { type: () => ID }) id: string,
    @Args('body', { description: 'Plain text, 1 to 2,000 characters.' }) body: string,
    @CurrentViewer() viewer: MaybeViewer,
    @Args('personalData', {
      type: () => [PersonalDataChoiceInput],
      nullable: true,
      description: 'One choice per finding of a PERSONAL_DATA refusal of the same body, as for react.',
    })
    personalData?: PersonalDataChoiceInput[] | null,
  ) {
    return this.reactionService.update(viewer, fromGlobalId('Reaction', id, 'id'), body, personalData ?? []);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Its author takes a reaction back; it is gone for every reader.' })
  deleteReaction(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.reactionService.delete(viewer, fromGlobalId('Reaction', id, 'id'));
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit or delete it (its author).' })
  canEdit(reaction: ReactionRow, _args: unknown, ctx: RequestContext): boolean {
    return mayChangeReaction(ctx.viewer, reaction);
  }

  @ResolveField(() => User)
  author(reaction: ReactionRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, reaction.authorId);
  }
}

@Resolver(() => Lesson)
export class LessonReactionsResolver {
  constructor(private readonly reactionService: ReactionService) {}

  @ResolveField(() => [Reaction], {
    description: 'What those who follow the atelier said about it, oldest first.',
  })
  reactions(lesson: LessonRow, _args: unknown, ctx: RequestContext) {
    return this.reactionService.forLesson(ctx.loaders, ctx.viewer, lesson.id);
  }
}

@Resolver(() => Insight)
export class InsightReactionsResolver {
  constructor(private readonly reactionService: ReactionService) {}

  @ResolveField(() => [Reaction], {
    description: 'What those who follow the atelier said about it, oldest first.',
  })
  reactions(insight: InsightRow, _args: unknown, ctx: RequestContext) {
    return this.reactionService.forInsight(ctx.loaders, ctx.viewer, insight.id);
  }
}
