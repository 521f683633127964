import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  Lesson as LessonRow,
  Reaction as ReactionRow,
  Workshop as WorkshopRow,
} from '../generated/prisma/client.js';
import { CurrentViewer, Public, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { Insight } from '../insight/models/insight.model.js';
import { Lesson } from '../lesson/models/lesson.model.js';
import { LessonService } from '../lesson/lesson.service.js';
import { Reaction } from '../reaction/models/reaction.model.js';
import { Workshop } from '../werkgebied/models/municipality.model.js';
import { DEFAULT_CODE_OF_CONDUCT } from './code-of-conduct.js';
import { CodeOfConductService } from './code-of-conduct.service.js';
import { HideContentInput, ReportContentInput } from './dto/moderation.input.js';
import { ContentReport, ModerationItem, ModerationSummary } from './models/moderation.model.js';
import { ModerationService } from './moderation.service.js';

@Resolver()
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @SignedIn()
  @Mutation(() => ContentReport, {
    description:
      'Reports a lesson or reaction you read to the moderation of its atelier; reporting it again while your report is open gives back that report.',
  })
  reportContent(@Args('input') input: ReportContentInput, @CurrentViewer() viewer: MaybeViewer) {
    return this.moderation.report(viewer, input);
  }

  @SignedIn()
  @Query(() => [ModerationItem], {
    description:
      "The moderation queue of a werkplaats for the signed-in moderator (the atelier's trekker, the werkplaats's beheerders): reported items with their reports grouped, or with `hidden` the items that were hidden.",
  })
  moderationQueue(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('hidden', { type: () => Boolean, defaultValue: false }) hidden: boolean,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.moderation.queue(viewer, fromGlobalId('Workshop', workshopId, 'workshopId'), hidden);
  }

  @Public()
  @Query(() => ModerationSummary, {
    description:
      'Whether you moderate anything in a werkplaats, and how many reported items wait for you there.',
  })
  moderationSummary(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.moderation.summary(viewer, fromGlobalId('Workshop', workshopId, 'workshopId'));
  }

  @SignedIn()
  @Mutation(() => ModerationItem, {
    description:
      'Hides a lesson or reaction: gone for its readers at once, the reason shown in its place; its open reports are closed and its author is told.',
  })
  hideContent(@Args('input') input: HideContentInput, @CurrentViewer() viewer: MaybeViewer) {
    return this.moderation.hide(viewer, input);
  }

  @SignedIn()
  @Mutation(() => ModerationItem, {
    description: 'Shows a hidden lesson or reaction again; its author is told.',
  })
  restoreContent(
    @Args('targetId', { type: () => ID }) targetId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.moderation.restore(viewer, targetId);
  }

  @SignedIn()
  @Mutation(() => ModerationItem, {
    description: 'Closes the open reports on a lesson or reaction and leaves it as it is.',
  })
  dismissReports(
    @Args('targetId', { type: () => ID }) targetId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.moderation.dismiss(viewer, targetId);
  }
}

@Resolver(() => ModerationItem)
export class ModerationItemResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly lessons: LessonService,
    private readonly ateliers: AtelierService,
  ) {}

  @ResolveField(() => Lesson, {
    nullable: true,
    description:
      'The reported lesson, or the lesson the reported reaction was written on (as you may read it).',
  })
  lesson(item: ModerationItem, _args: unknown, ctx: RequestContext) {
    return item.lessonId ? this.lessons.load(ctx.loaders, ctx.viewer, item.lessonId) : null;
  }

  @ResolveField(() => Insight, {
    nullable: true,
    description: 'The insight the reported reaction was written on.',
  })
  insight(item: ModerationItem, _args: unknown, ctx: RequestContext) {
    return item.insightId ? this.moderation.insight(ctx.loaders, ctx.viewer, item.insightId) : null;
  }

  @ResolveField(() => Reaction, { nullable: true, description: 'The reported reaction, in full.' })
  reaction(item: ModerationItem, _args: unknown, ctx: RequestContext) {
    return item.reactionId ? this.moderation.reaction(ctx.loaders, ctx.viewer, item.reactionId) : null;
  }

  @ResolveField(() => Atelier)
  atelier(item: ModerationItem, _args: unknown, ctx: RequestContext) {
    return this.ateliers.load(ctx.loaders, item.atelierId);
  }

  @ResolveField(() => [ContentReport], { description: 'The reports grouped here, oldest first.' })
  reports(item: ModerationItem, _args: unknown, ctx: RequestContext) {
    return this.moderation.reports(ctx.loaders, item);
  }
}

@Resolver(() => Lesson)
export class LessonModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Why the moderation hid it (null: not hidden); only its author and its moderators still read a hidden lesson.',
  })
  hiddenReason(lesson: LessonRow): string | null {
    return lesson.hiddenAt ? lesson.hiddenReason : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether you reported it and the report is still open.' })
  reportedByMe(lesson: LessonRow, _args: unknown, ctx: RequestContext) {
    return this.moderation.reportedLesson(ctx.loaders, ctx.viewer, lesson.id);
  }
}

@Resolver(() => Reaction)
export class ReactionModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @ResolveField(() => Boolean, {
    description:
      'Hidden by the moderation: its readers see the reason in place of the text (its text is empty for them).',
  })
  hidden(reaction: ReactionRow): boolean {
    return reaction.hiddenAt !== null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why the moderation hid it (null: not hidden).',
  })
  hiddenReason(reaction: ReactionRow): string | null {
    return reaction.hiddenAt ? reaction.hiddenReason : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether you reported it and the report is still open.' })
  reportedByMe(reaction: ReactionRow, _args: unknown, ctx: RequestContext) {
    return this.moderation.reportedReaction(ctx.loaders, ctx.viewer, reaction.id);
  }
}

@Resolver(() => Workshop)
export class WorkshopCodeOfConductResolver {
  constructor(private readonly codes: CodeOfConductService) {}

  @ResolveField(() => String, {
    description:
      "Its code of conduct (gedragscode), public: plain text with '#' headings and '-' list items; the default text until its beheerders write their own.",
  })
  codeOfConduct(workshop: WorkshopRow): string {
    return workshop.codeOfConduct ?? DEFAULT_CODE_OF_CONDUCT;
  }

  @ResolveField(() => Boolean, { description: 'Whether it shows the default code of conduct.' })
  codeOfConductIsDefault(workshop: WorkshopRow): boolean {
    return workshop.codeOfConduct === null;
  }

  @SignedIn()
  @Mutation(() => Workshop, {
    description:
      "Writes a werkplaats's code of conduct (empty or null: the default text again). For its beheerders.",
  })
  updateCodeOfConduct(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('text', { type: () => String, nullable: true }) text: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.codes.update(viewer, fromGlobalId('Workshop', workshopId, 'workshopId'), text);
  }
}
