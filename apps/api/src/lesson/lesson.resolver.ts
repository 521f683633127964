import { Args, Context, Parent, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  Atelier as AtelierRow,
  Lesson as LessonRow,
  LessonVisibilityChange as ChangeRow,
  Notification as NotificationRow,
  Practice as PracticeRow,
} from '../generated/prisma/client.js';
import { CitizenConsent, Visibility } from '../generated/prisma/enums.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { CurrentViewer, Public, SignedIn } from '../common/authz/access.decorators.js';
import { AccessService } from '../common/authz/access.service.js';
import { allowedLessonSteps, isDraftAuthor, mayEditLesson } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { atelierInnerScope, atelierScope, rungScope } from '../common/graphql/content-scopes.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { excerpt } from '../common/text/sanitize.js';
import { Notification } from '../notification/models/notification.model.js';
import { Practice } from '../practice/models/practice.model.js';
import { PracticeService } from '../practice/practice.service.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { Municipality } from '../werkgebied/models/municipality.model.js';
import { WerkgebiedService } from '../werkgebied/werkgebied.service.js';
import { LessonsArgs, LogLessonInput, UpdateLessonInput } from './dto/log-lesson.input.js';
import { LessonService } from './lesson.service.js';
import { acceptedOf, climbFindings, type ClimbFinding } from '../privacy/climb-check.js';
import { DRAFT_GRACE_DAYS } from '../privacy/retention-rules.js';
import {
  PersonalDataChoiceInput,
  PersonalDataFinding,
  ResolveLessonPersonalDataPayload,
  ResolvePersonalDataInput,
} from '../privacy/models/personal-data.model.js';
import { ConditionCount, Lesson, LessonConnection, VisibilityChange } from './models/lesson.model.js';

@Resolver(() => Lesson)
export class LessonResolver {
  constructor(
    private readonly lessonService: LessonService,
    private readonly atelierService: AtelierService,
    private readonly practiceService: PracticeService,
    private readonly userService: UserService,
    private readonly werkgebiedService: WerkgebiedService,
    private readonly access: AccessService,
  ) {}

  @Public()
  @Query(() => Lesson, {
    nullable: true,
    description: 'A lesson, if the caller may read it (NOT_FOUND otherwise).',
  })
  lesson(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.lessonService.byId(viewer, fromGlobalId('Lesson', id, 'id'));
  }

  @SignedIn()
  @Mutation(() => Lesson, {
    description: 'Log a lesson learned; it starts as a draft unless said otherwise.',
  })
  async logLesson(
    @Args('input') input: LogLessonInput,
    @Args('personalData', {
      type: () => [PersonalDataChoiceInput],
      nullable: true,
      description:
        'Logged at ARENA: after a PERSONAL_DATA refusal, one choice per finding (pseudonymise or keep with a reason).',
    })
    personalData: PersonalDataChoiceInput[] | null,
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ) {
    const lesson = await this.lessonService.log(viewer, input, personalData ?? []);
    // The lesson, its first step and the notifications of it: its atelier at its rung (an arena lesson leaves
    // the tribune's kept feeds alone).
    ctx.contentScopes.wrote('logLesson', [rungScope(lesson.atelierId, lesson.visibility)]);
    return lesson;
  }

  @SignedIn()
  @Mutation(() => Lesson)
  updateLesson(@Args('input') input: UpdateLessonInput, @CurrentViewer() viewer: MaybeViewer) {
    return this.lessonService.update(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Lesson, {
    description:
      'One rung up or down the visibility ladder. Only the author takes a lesson out of DRAFT; only the trekker shares with the tribune or the public, and makes another person’s lesson public only with their consent (FORBIDDEN, reason NO_PUBLIC_CONSENT).',
  })
  async setLessonVisibility(
    @Args('id', { type: () => ID }) id: string,
    @Args('visibility', { type: () => Visibility }) visibility: Visibility,
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ) {
    const lesson = await this.lessonService.setVisibility(
      viewer,
      fromGlobalId('Lesson', id, 'id'),
      visibility,
    );
    // The lesson left one rung of its atelier for another (either may be the tribune's), with its history, the
    // audit entry and the notifications of the step.
    ctx.contentScopes.wrote('setLessonVisibility', [
      atelierScope(lesson.atelierId),
      atelierInnerScope(lesson.atelierId),
    ]);
    return lesson;
  }

  @SignedIn()
  @Mutation(() => Lesson, {
    description:
      'The author says whether the lesson may be made public ("mag openbaar"); withdrawn while public, it steps back to the tribune.',
  })
  setLessonPublicConsent(
    @Args('id', { type: () => ID }) id: string,
    @Args('consent') consent: boolean,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.lessonService.setPublicConsent(viewer, fromGlobalId('Lesson', id, 'id'), consent);
  }

  @SignedIn()
  @Mutation(() => ResolveLessonPersonalDataPayload, {
    description:
      'The author (or the trekker) pseudonymises or confirms, one choice per finding, the personal data that stop the lesson from climbing above PRACTICE (PERSONAL_DATA).',
  })
  resolveLessonPersonalData(
    @Args('input') input: ResolvePersonalDataInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.lessonService.resolvePersonalData(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Lesson, {
    description:
      'Its author keeps a draft proposed for deletion (deletionDueAt): the proposal lapses and the retention starts again.',
  })
  keepDraft(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.lessonService.keepDraft(viewer, fromGlobalId('Lesson', id, 'id'));
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Its author deletes a draft now (CONFLICT once it is no longer a draft).',
  })
  deleteDraft(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.lessonService.deleteDraft(viewer, fromGlobalId('Lesson', id, 'id'));
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'For its author: when this draft will be deleted, untouched for the retention of its werkplaats (null: not proposed for deletion).',
  })
  deletionDueAt(lesson: LessonRow, _args: unknown, ctx: RequestContext): Date | null {
    if (!lesson.deletionProposedAt || !isDraftAuthor(ctx.viewer, lesson)) return null;
    return new Date(lesson.deletionProposedAt.getTime() + DRAFT_GRACE_DAYS * 86_400_000);
  }

  @SignedIn()
  @Mutation(() => Lesson, {
    description:
      'The author records how the citizen the lesson tells of consented; NOT_GIVEN keeps it at ARENA or below (CONSENT_REQUIRED).',
  })
  recordCitizenConsent(
    @Args('id', { type: () => ID }) id: string,
    @Args('consent', { type: () => CitizenConsent }) consent: CitizenConsent,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.lessonService.recordCitizenConsent(viewer, fromGlobalId('Lesson', id, 'id'), consent);
  }

  @ResolveField(() => CitizenConsent, {
    nullable: true,
    description: 'How the citizen it tells of consented (null: not recorded).',
  })
  citizenConsent(lesson: LessonRow): CitizenConsent | null {
    return lesson.citizenConsent;
  }

  @ResolveField(() => Date, { nullable: true, description: 'When the consent was recorded.' })
  citizenConsentAt(lesson: LessonRow): Date | null {
    return lesson.citizenConsentAt;
  }

  @ResolveField(() => [PersonalDataFinding], {
    description:
      'The personal data that would stop it climbing above PRACTICE now; for those who may edit it (empty for others).',
  })
  async personalDataFindings(
    lesson: LessonRow,
    _args: unknown,
    ctx: RequestContext,
  ): Promise<ClimbFinding[]> {
    const role = await this.access.atelierRoleFor(ctx.loaders, ctx.viewer, lesson.atelierId);
    if (!mayEditLesson(role, lesson) || !role) return [];
    return climbFindings(
      { title: lesson.title, body: lesson.body, html: true },
      await this.lessonService.privacyWords(ctx.loaders, role.workshopId),
      acceptedOf(lesson.privacyAccepted),
    );
  }

  @ResolveField(() => [Visibility], {
    description: 'The rungs you may move it to now: one rung up or down (empty: you may not move it).',
  })
  async allowedVisibilities(lesson: LessonRow, _args: unknown, ctx: RequestContext): Promise<Visibility[]> {
    return allowedLessonSteps(
      await this.access.atelierRoleFor(ctx.loaders, ctx.viewer, lesson.atelierId),
      lesson,
    );
  }

  @ResolveField(() => String, {
    description: 'The first words of its body as plain text (about 200 characters, cut at a word, with "…").',
  })
  excerpt(lesson: LessonRow): string {
    return excerpt(lesson.body);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may change its text.' })
  async canEdit(lesson: LessonRow, _args: unknown, ctx: RequestContext): Promise<boolean> {
    return mayEditLesson(await this.access.atelierRoleFor(ctx.loaders, ctx.viewer, lesson.atelierId), lesson);
  }

  @ResolveField(() => User)
  author(lesson: LessonRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, lesson.authorId);
  }

  @ResolveField(() => Atelier)
  atelier(lesson: LessonRow, _args: unknown, ctx: RequestContext) {
    return this.atelierService.load(ctx.loaders, lesson.atelierId);
  }

  @ResolveField(() => Practice, { nullable: true, description: 'The practice, when the reader may see it.' })
  practice(lesson: LessonRow, _args: unknown, ctx: RequestContext) {
    return lesson.practiceId ? this.practiceService.load(ctx.loaders, ctx.viewer, lesson.practiceId) : null;
  }

  @ResolveField(() => Municipality, {
    nullable: true,
    description: 'Where it was learned (its practice’s gemeente).',
  })
  municipality(lesson: LessonRow, _args: unknown, ctx: RequestContext) {
    return lesson.municipalityId
      ? this.werkgebiedService.loadMunicipality(ctx.loaders, lesson.municipalityId)
      : null;
  }

  @ResolveField(() => [VisibilityChange], { description: 'Every step on the ladder, oldest first.' })
  visibilityHistory(lesson: LessonRow, _args: unknown, ctx: RequestContext) {
    return this.lessonService.visibilityHistory(ctx.loaders, lesson.id);
  }
}

@Resolver(() => VisibilityChange)
export class VisibilityChangeResolver {
  constructor(private readonly userService: UserService) {}

  @ResolveField(() => User, { nullable: true })
  actor(change: ChangeRow, _args: unknown, ctx: RequestContext) {
    return change.actorId ? this.userService.load(ctx.loaders, change.actorId) : null;
  }
}

@Resolver(() => Atelier)
export class AtelierLessonsResolver {
  constructor(private readonly lessonService: LessonService) {}

  @ResolveField(() => LessonConnection, {
    description: 'Its lessons that the reader may read, newest first.',
  })
  lessons(@Parent() atelier: AtelierRow, @Args() args: LessonsArgs, @Context() ctx: RequestContext) {
    return this.lessonService.listForAtelier(ctx.loaders, ctx.viewer, atelier.id, args);
  }

  @ResolveField(() => [ConditionCount], {
    description: 'How its (readable) lessons spread over the four conditions.',
  })
  conditionSpread(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.lessonService.conditionSpread(ctx.loaders, ctx.viewer, { atelierId: atelier.id });
  }
}

@Resolver(() => Practice)
export class PracticeLessonsResolver {
  constructor(private readonly lessonService: LessonService) {}

  @ResolveField(() => [Lesson], { description: 'Its lessons that the reader may read, newest first.' })
  lessons(practice: PracticeRow, _args: unknown, ctx: RequestContext) {
    return this.lessonService.forPractice(ctx.loaders, ctx.viewer, practice.id);
  }
}

@Resolver(() => Notification)
export class NotificationLessonResolver {
  constructor(private readonly lessonService: LessonService) {}

  @ResolveField(() => Lesson, { nullable: true, description: 'The lesson, while you may still read it.' })
  lesson(notification: NotificationRow, _args: unknown, ctx: RequestContext) {
    return notification.lessonId
      ? this.lessonService.load(ctx.loaders, ctx.viewer, notification.lessonId)
      : null;
  }
}
