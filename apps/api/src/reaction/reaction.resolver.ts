import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { mayChangeReaction } from '../common/authz/policy.js';
import type {
  Insight as InsightRow,
  Lesson as LessonRow,
  Product as ProductRow,
  Question as QuestionRow,
  Reaction as ReactionRow,
  ReactionRevision as ReactionRevisionRow,
} from '../generated/prisma/client.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { atelierScope } from '../common/graphql/content-scopes.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId, toGlobalId } from '../common/graphql/relay.js';
import { Insight } from '../insight/models/insight.model.js';
import { Lesson } from '../lesson/models/lesson.model.js';
import { Product } from '../product/models/product.model.js';
import { Question } from '../question/models/question.model.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { Reaction, ReactionRevision } from './models/reaction.model.js';
import { ReactionService, mentionsName } from './reaction.service.js';
import { PersonalDataChoiceInput } from '../privacy/models/personal-data.model.js';

const BODY =
  "Rich text (sanitised as a lesson's body) or plain text; 1 to 2,000 characters of readable text.";

const MENTIONS = {
  type: () => [ID],
  nullable: true,
  description:
    'The people the text mentions (@name), as offered by reactionMentionCandidates. Only those who may read it and whose @name the text holds are kept; each is told once.',
} as const;

@Resolver(() => Reaction)
export class ReactionResolver {
  constructor(
    private readonly reactionService: ReactionService,
    private readonly userService: UserService,
  ) {}

  @SignedIn()
  @Mutation(() => Reaction, {
    description:
      'React to a lesson, insight, question or output shared with the tribune (or the public) of an atelier you follow, or reply to a reaction (targetId a Reaction; a reply to a reply answers the same reaction).',
  })
  react(
    @Args('targetId', { type: () => ID, description: 'A Lesson, Insight, Question, Product or Reaction.' })
    targetId: string,
    @Args('body', { description: BODY }) body: string,
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
    @Args('personalData', {
      type: () => [PersonalDataChoiceInput],
      nullable: true,
      description:
        'One choice per finding of a PERSONAL_DATA refusal of the same body: pseudonymise it or confirm why it may stay.',
    })
    personalData?: PersonalDataChoiceInput[] | null,
    @Args('mentionIds', MENTIONS) mentionIds?: string[] | null,
  ) {
    // A reaction, its notifications and mentions: on what an atelier shared with the tribune (or the public).
    return this.reactionService.react(
      viewer,
      targetId,
      body,
      personalData ?? [],
      mentionIds ?? [],
      (atelierId) => ctx.contentScopes.wrote('react', [atelierScope(atelierId)]),
    );
  }

  @SignedIn()
  @Mutation(() => Reaction, {
    description:
      'Its author changes the text of a reaction; it passes the same personal-data check as reacting. The earlier text is kept for the moderators.',
  })
  updateReaction(
    @Args('id', { type: () => ID }) id: string,
    @Args('body', { description: BODY }) body: string,
    @CurrentViewer() viewer: MaybeViewer,
    @Args('personalData', {
      type: () => [PersonalDataChoiceInput],
      nullable: true,
      description: 'One choice per finding of a PERSONAL_DATA refusal of the same body, as for react.',
    })
    personalData?: PersonalDataChoiceInput[] | null,
    @Args('mentionIds', MENTIONS) mentionIds?: string[] | null,
  ) {
    return this.reactionService.update(
      viewer,
      fromGlobalId('Reaction', id, 'id'),
      body,
      personalData ?? [],
      mentionIds ?? [],
    );
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Its author takes a reaction back; it is gone for every reader. With replies, they stay under a placeholder (deleted).',
  })
  deleteReaction(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.reactionService.delete(viewer, fromGlobalId('Reaction', id, 'id'));
  }

  @SignedIn()
  @Query(() => [User], {
    description:
      'The people whose name holds `search` that may be mentioned in a reaction on targetId (a Lesson, Insight, Question, Product or a Reaction of the thread): only those who may read it, at most eight.',
  })
  reactionMentionCandidates(
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('search', { description: 'What was typed after "@".' }) search: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.reactionService.mentionCandidates(viewer, targetId, search);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit or delete it (its author).' })
  canEdit(reaction: ReactionRow, _args: unknown, ctx: RequestContext): boolean {
    return !reaction.deletedAt && mayChangeReaction(ctx.viewer, reaction);
  }

  @ResolveField(() => Boolean, {
    description: 'Its author took it back while replies hung on it: shown as a placeholder, without text.',
  })
  deleted(reaction: ReactionRow): boolean {
    return reaction.deletedAt !== null;
  }

  @ResolveField(() => User)
  author(reaction: ReactionRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, reaction.authorId);
  }

  @ResolveField(() => [Reaction], {
    description: 'The replies to it you may read, oldest first (empty for a reply).',
  })
  replies(reaction: ReactionRow, _args: unknown, ctx: RequestContext) {
    if (reaction.parentId) return [];
    return this.reactionService.replies(ctx.loaders, ctx.viewer, reaction.id);
  }

  @ResolveField(() => ID, { nullable: true, description: 'The reaction it replies to (null: top level).' })
  inReplyToId(reaction: ReactionRow): string | null {
    return reaction.parentId ? toGlobalId('Reaction', reaction.parentId) : null;
  }

  @ResolveField(() => [User], { description: 'The people it mentions (@name) who may read it.' })
  async mentions(reaction: ReactionRow, _args: unknown, ctx: RequestContext) {
    if (reaction.deletedAt) return [];
    const mentioned = await this.reactionService.mentions(ctx.loaders, reaction);
    return Promise.all(
      mentioned
        .filter((m) => mentionsName(reaction.body, m.name))
        .map(async (m) => this.userService.load(ctx.loaders, m.id)),
    );
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you moderate its atelier (its trekker, a beheerder of its werkplaats) and so read its earlier texts.',
  })
  canReadRevisions(reaction: ReactionRow, _args: unknown, ctx: RequestContext) {
    return this.reactionService.moderates(ctx.loaders, ctx.viewer, reaction);
  }

  @ResolveField(() => [ReactionRevision], {
    nullable: true,
    description:
      'Its earlier texts, newest first, for the moderators of its atelier; null for everyone else.',
  })
  async revisions(reaction: ReactionRow, _args: unknown, ctx: RequestContext) {
    const rows = await this.reactionService.revisions(ctx.loaders, ctx.viewer, reaction);
    return rows?.map((r: ReactionRevisionRow) => ({
      body: r.body,
      writtenAt: r.writtenAt,
      replacedAt: r.createdAt,
    }));
  }
}

const REACTIONS = {
  description: 'What those who follow the atelier said about it (top level), oldest first.',
};

@Resolver(() => Lesson)
export class LessonReactionsResolver {
  constructor(private readonly reactionService: ReactionService) {}

  @ResolveField(() => [Reaction], REACTIONS)
  reactions(lesson: LessonRow, _args: unknown, ctx: RequestContext) {
    return this.reactionService.forTarget(ctx.loaders, ctx.viewer, 'Lesson', lesson.id);
  }
}

@Resolver(() => Insight)
export class InsightReactionsResolver {
  constructor(private readonly reactionService: ReactionService) {}

  @ResolveField(() => [Reaction], REACTIONS)
  reactions(insight: InsightRow, _args: unknown, ctx: RequestContext) {
    return this.reactionService.forTarget(ctx.loaders, ctx.viewer, 'Insight', insight.id);
  }
}

@Resolver(() => Question)
export class QuestionReactionsResolver {
  constructor(private readonly reactionService: ReactionService) {}

  @ResolveField(() => [Reaction], REACTIONS)
  reactions(question: QuestionRow, _args: unknown, ctx: RequestContext) {
    return this.reactionService.forTarget(ctx.loaders, ctx.viewer, 'Question', question.id);
  }
}

@Resolver(() => Product)
export class ProductReactionsResolver {
  constructor(private readonly reactionService: ReactionService) {}

  @ResolveField(() => [Reaction], REACTIONS)
  reactions(product: ProductRow, _args: unknown, ctx: RequestContext) {
    return this.reactionService.forTarget(ctx.loaders, ctx.viewer, 'Product', product.id);
  }
}
