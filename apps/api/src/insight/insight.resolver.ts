import { Args, Context, Parent, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  Atelier as AtelierRow,
  Insight as InsightRow,
  Notification as NotificationRow,
} from '../generated/prisma/client.js';
import { Visibility } from '../generated/prisma/enums.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { CurrentViewer, Public, SignedIn } from '../common/authz/access.decorators.js';
import { AccessService } from '../common/authz/access.service.js';
import { allowedInsightSteps, mayEditInsight } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { excerpt } from '../common/text/sanitize.js';
import { LessonService } from '../lesson/lesson.service.js';
import { Lesson, VisibilityChange } from '../lesson/models/lesson.model.js';
import { Notification } from '../notification/models/notification.model.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { CreateInsightInput } from './dto/create-insight.input.js';
import { UpdateInsightInput } from './dto/update-insight.input.js';
import { InsightService } from './insight.service.js';
import {
  ResolveInsightPersonalDataPayload,
  ResolvePersonalDataInput,
} from '../privacy/models/personal-data.model.js';
import { Insight, InsightConnection } from './models/insight.model.js';

@Resolver(() => Insight)
export class InsightResolver {
  constructor(
    private readonly insightService: InsightService,
    private readonly lessonService: LessonService,
    private readonly atelierService: AtelierService,
    private readonly userService: UserService,
    private readonly access: AccessService,
  ) {}

  @Public()
  @Query(() => Insight, {
    nullable: true,
    description: 'An insight, if the caller may read it (NOT_FOUND otherwise).',
  })
  insight(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.insightService.byId(viewer, fromGlobalId('Insight', id, 'id'));
  }

  @SignedIn()
  @Mutation(() => Insight, { description: 'The trekker connects lessons into a regional insight.' })
  createInsight(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @Args('input') input: CreateInsightInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.insightService.create(viewer, fromGlobalId('Atelier', atelierId, 'atelierId'), input);
  }

  @SignedIn()
  @Mutation(() => Insight, {
    description:
      'The trekker changes the title, body, conditions or connected lessons of an insight (PERSONAL_DATA when the new words may not be read where it is).',
  })
  updateInsight(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateInsightInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.insightService.update(viewer, fromGlobalId('Insight', id, 'id'), input);
  }

  @SignedIn()
  @Mutation(() => Insight)
  setInsightVisibility(
    @Args('id', { type: () => ID }) id: string,
    @Args('visibility', { type: () => Visibility }) visibility: Visibility,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.insightService.setVisibility(viewer, fromGlobalId('Insight', id, 'id'), visibility);
  }

  @SignedIn()
  @Mutation(() => ResolveInsightPersonalDataPayload, {
    description:
      'The trekker pseudonymises or confirms, one choice per finding, the personal data that stop the insight from climbing (PERSONAL_DATA).',
  })
  resolveInsightPersonalData(
    @Args('input') input: ResolvePersonalDataInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.insightService.resolvePersonalData(viewer, input);
  }

  @ResolveField(() => [Lesson], { description: 'The lessons it rests on that the reader may read.' })
  lessons(insight: InsightRow, _args: unknown, ctx: RequestContext) {
    return this.lessonService.forInsight(ctx.loaders, ctx.viewer, insight.id);
  }

  @ResolveField(() => String, {
    description: 'The first words of its body as plain text (about 200 characters, cut at a word, with "…").',
  })
  excerpt(insight: InsightRow): string {
    return excerpt(insight.body);
  }

  @ResolveField(() => Int, { description: 'How many lessons it rests on in all.' })
  lessonCount(insight: InsightRow, _args: unknown, ctx: RequestContext) {
    return this.insightService.lessonCount(ctx.loaders, insight.id);
  }

  @ResolveField(() => [Visibility], {
    description: 'The rungs you may move it to now (empty: you may not move it).',
  })
  async allowedVisibilities(insight: InsightRow, _args: unknown, ctx: RequestContext): Promise<Visibility[]> {
    return allowedInsightSteps(
      await this.access.atelierRoleFor(ctx.loaders, ctx.viewer, insight.atelierId),
      insight,
    );
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit it (updateInsight).' })
  async canEdit(insight: InsightRow, _args: unknown, ctx: RequestContext): Promise<boolean> {
    return mayEditInsight(await this.access.atelierRoleFor(ctx.loaders, ctx.viewer, insight.atelierId));
  }

  @ResolveField(() => User)
  author(insight: InsightRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, insight.authorId);
  }

  @ResolveField(() => Atelier)
  atelier(insight: InsightRow, _args: unknown, ctx: RequestContext) {
    return this.atelierService.load(ctx.loaders, insight.atelierId);
  }

  @ResolveField(() => [VisibilityChange])
  visibilityHistory(insight: InsightRow, _args: unknown, ctx: RequestContext) {
    return this.insightService.visibilityHistory(ctx.loaders, insight.id);
  }
}

@Resolver(() => Atelier)
export class AtelierInsightsResolver {
  constructor(private readonly insightService: InsightService) {}

  @ResolveField(() => InsightConnection, {
    description: 'Its insights that the reader may read, newest first.',
  })
  insights(@Parent() atelier: AtelierRow, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    return this.insightService.listForAtelier(ctx.viewer, atelier.id, args);
  }
}

@Resolver(() => Notification)
export class NotificationInsightResolver {
  constructor(private readonly insightService: InsightService) {}

  @ResolveField(() => Insight, { nullable: true, description: 'The insight, while you may still read it.' })
  insight(notification: NotificationRow, _args: unknown, ctx: RequestContext) {
    return notification.insightId
      ? this.insightService.load(ctx.loaders, ctx.viewer, notification.insightId)
      : null;
  }
}
