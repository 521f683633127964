import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type {
  Activity as ActivityRow,
  Atelier as AtelierRow,
  Notification as NotificationRow,
  Registration as RegistrationRow,
  Workshop as WorkshopRow,
} from '../generated/prisma/client.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import { LogLessonInput } from '../lesson/dto/log-lesson.input.js';
import { PersonalDataChoiceInput } from '../privacy/models/personal-data.model.js';
import { Lesson } from '../lesson/models/lesson.model.js';
import { Workshop } from '../werkgebied/models/municipality.model.js';
import { ActivityKnowledgeService } from './activity-knowledge.service.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { CurrentViewer, Public, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { changesAt, changesWithTime, type RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { Notification } from '../notification/models/notification.model.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { Municipality } from '../werkgebied/models/municipality.model.js';
import { WerkgebiedService } from '../werkgebied/werkgebied.service.js';
import { ActivityService } from './activity.service.js';
import {
  ActivityLinksInput,
  PlanActivityInput,
  RecordActivityOutcomeInput,
  UpdateActivityInput,
} from './dto/plan-activity.input.js';
import { Activity, ActivityConnection, ActivityLinks, Registration } from './models/activity.model.js';

@ArgsType()
class WorkshopActivitiesArgs extends ConnectionArgs {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: not yet over, soonest first; false: over, latest first; none: all, by time.',
  })
  upcoming?: boolean | null;
}

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(
    private readonly activityService: ActivityService,
    private readonly atelierService: AtelierService,
    private readonly userService: UserService,
    private readonly werkgebiedService: WerkgebiedService,
    private readonly knowledge: ActivityKnowledgeService,
  ) {}

  @Public()
  @Query(() => Activity, {
    nullable: true,
    description: 'A tribune activity, if the caller follows its atelier (NOT_FOUND otherwise).',
  })
  activity(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.activityService.byId(viewer, fromGlobalId('Activity', id, 'id'));
  }

  @SignedIn()
  @Mutation(() => Activity, {
    description: 'The trekker (or the commissie) plans a tribune activity; followers are told.',
  })
  planActivity(
    @Args('atelierId', { type: () => ID }) atelierId: string,
    @Args('input') input: PlanActivityInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.activityService.plan(viewer, fromGlobalId('Atelier', atelierId, 'atelierId'), input);
  }

  @SignedIn()
  @Mutation(() => Activity, {
    description:
      'A beheerder plans an activity of the werkplaats as a whole (ontmoeting, netwerkbijeenkomst, symposium).',
  })
  planWorkshopActivity(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('input') input: PlanActivityInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.activityService.planForWorkshop(
      viewer,
      fromGlobalId('Workshop', workshopId, 'workshopId'),
      input,
    );
  }

  @SignedIn()
  @Mutation(() => Activity, {
    description:
      'Whoever leads the activity sets the lessons, insights and outputs it presents (each list replaces the last).',
  })
  setActivityLinks(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ActivityLinksInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.knowledge.setLinks(viewer, fromGlobalId('Activity', id, 'id'), input);
  }

  @SignedIn()
  @Mutation(() => Activity, {
    description:
      'After it began, whoever leads the activity records what came out of it and who came (CONFLICT before).',
  })
  recordActivityOutcome(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: RecordActivityOutcomeInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.knowledge.recordOutcome(viewer, fromGlobalId('Activity', id, 'id'), input);
  }

  @SignedIn()
  @Mutation(() => Lesson, {
    description:
      'A lesson from the room, after the activity began, by whoever leads it: logged as any lesson (the ladder and the personal-data check apply) in its atelier, or for a werkplaats-wide activity in an atelier of the werkplaats, and linked.',
  })
  addActivityLesson(
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('input') input: LogLessonInput,
    @Args('personalData', {
      type: () => [PersonalDataChoiceInput],
      nullable: true,
      description:
        'As for logLesson: after a PERSONAL_DATA refusal, one choice per finding (pseudonymise or keep with a reason).',
    })
    personalData: PersonalDataChoiceInput[] | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.knowledge.addLessonFromRoom(
      viewer,
      fromGlobalId('Activity', activityId, 'activityId'),
      input,
      personalData ?? [],
    );
  }

  @SignedIn()
  @Mutation(() => Activity, { description: 'Changes an upcoming activity; followers are told.' })
  updateActivity(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateActivityInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.activityService.update(viewer, fromGlobalId('Activity', id, 'id'), input);
  }

  @SignedIn()
  @Mutation(() => Activity, {
    description:
      'Cancels an upcoming activity; those who follow the atelier are told, and those registered with the message.',
  })
  cancelActivity(
    @Args('id', { type: () => ID }) id: string,
    @Args('message', {
      type: () => String,
      nullable: true,
      description: 'To those registered: why, or what comes instead; up to 1,000 characters.',
    })
    message: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.activityService.cancel(viewer, fromGlobalId('Activity', id, 'id'), message);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you may change, move or cancel it: you lead its atelier, and it has neither begun nor been cancelled.',
  })
  canEdit(activity: ActivityRow, _args: unknown, ctx: RequestContext): Promise<boolean> {
    // Whether it has begun changes when it begins.
    if (activity.startsAt > new Date()) changesAt(ctx, activity.startsAt);
    return this.activityService.mayEdit(ctx.loaders, ctx.viewer, activity);
  }

  @ResolveField(() => Municipality, { nullable: true, description: 'The gemeente where it takes place.' })
  municipality(activity: ActivityRow, _args: unknown, ctx: RequestContext) {
    return activity.municipalityId
      ? this.werkgebiedService.loadMunicipality(ctx.loaders, activity.municipalityId)
      : null;
  }

  @ResolveField(() => Int, { description: 'How many are registered (cancelled registrations not counted).' })
  registrationCount(activity: ActivityRow, _args: unknown, ctx: RequestContext) {
    return this.activityService.registrationCount(ctx.loaders, activity.id);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Places still free; null when there is no limit.' })
  async placesLeft(activity: ActivityRow, _args: unknown, ctx: RequestContext) {
    if (activity.capacity === null) return null;
    const taken = await this.activityService.registrationCount(ctx.loaders, activity.id);
    return Math.max(0, activity.capacity - taken);
  }

  @ResolveField(() => Registration, { nullable: true, description: 'Your registration, while it stands.' })
  myRegistration(activity: ActivityRow, _args: unknown, ctx: RequestContext) {
    return this.activityService.myRegistration(ctx.loaders, ctx.viewer, activity.id);
  }

  @ResolveField(() => User)
  plannedBy(activity: ActivityRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, activity.plannedById);
  }

  @ResolveField(() => Atelier, {
    nullable: true,
    description: 'Its atelier; none for a werkplaats-wide activity.',
  })
  atelier(activity: ActivityRow, _args: unknown, ctx: RequestContext) {
    return activity.atelierId ? this.atelierService.load(ctx.loaders, activity.atelierId) : null;
  }

  @ResolveField(() => Workshop, {
    nullable: true,
    description: 'The werkplaats, for an activity of the werkplaats as a whole; none for an atelier’s.',
  })
  workshop(activity: ActivityRow, _args: unknown, ctx: RequestContext) {
    return activity.workshopId ? this.werkgebiedService.loadWorkshop(ctx.loaders, activity.workshopId) : null;
  }

  @ResolveField(() => ActivityLinks, {
    description:
      'The lessons, insights and outputs it presents and the lessons from the room, as far as you may read them.',
  })
  links(activity: ActivityRow, _args: unknown, ctx: RequestContext) {
    return this.knowledge.links(ctx.loaders, ctx.viewer, activity.id);
  }

  @ResolveField(() => [User], {
    description:
      'Who came, by name: only registered people marked present who agreed to their name in reports; signed-in readers only.',
  })
  namedAttendees(activity: ActivityRow, _args: unknown, ctx: RequestContext) {
    return this.knowledge.namedAttendees(ctx.loaders, ctx.viewer, activity.id);
  }

  @ResolveField(() => [Registration], {
    description:
      'Who registered (cancelled ones left out), by name: all of them for whoever leads it, only your own for others.',
  })
  registrations(activity: ActivityRow, _args: unknown, ctx: RequestContext) {
    return this.knowledge.registrations(ctx.loaders, ctx.viewer, activity.id);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you may record what came out of it: you lead it, it has begun and was not cancelled.',
  })
  async canRecordOutcome(activity: ActivityRow, _args: unknown, ctx: RequestContext): Promise<boolean> {
    if (activity.startsAt > new Date()) changesAt(ctx, activity.startsAt);
    if (activity.cancelledAt || activity.startsAt > new Date()) return false;
    return this.activityService.leads(ctx.loaders, ctx.viewer, activity);
  }
}

@Resolver(() => Registration)
export class RegistrationResolver {
  constructor(
    private readonly activityService: ActivityService,
    private readonly userService: UserService,
  ) {}

  @SignedIn()
  @Mutation(() => Registration, {
    description:
      'Registers you for an activity of an atelier you follow; CONFLICT when it is full, past or cancelled.',
  })
  registerForActivity(
    @Args('activityId', { type: () => ID }) activityId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.activityService.register(viewer, fromGlobalId('Activity', activityId, 'activityId'));
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Cancels your registration, freeing the place.' })
  cancelRegistration(
    @Args('activityId', { type: () => ID }) activityId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.activityService.cancelRegistration(
      viewer,
      fromGlobalId('Activity', activityId, 'activityId'),
    );
  }

  @ResolveField(() => User)
  user(registration: RegistrationRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, registration.userId);
  }

  @ResolveField(() => Activity, { nullable: true, description: 'The activity, while you may read it.' })
  activity(registration: RegistrationRow, _args: unknown, ctx: RequestContext) {
    return this.activityService.load(ctx.loaders, ctx.viewer, registration.activityId);
  }
}

@Resolver(() => Atelier)
export class AtelierActivitiesResolver {
  constructor(private readonly activityService: ActivityService) {}

  @ResolveField(() => [Activity], {
    description:
      'Its tribune activities, for those who follow it. upcoming: true: not yet over, soonest first; false: over, latest first; none: all, by time.',
  })
  async activities(
    @Parent() atelier: AtelierRow,
    @Args('upcoming', { type: () => Boolean, nullable: true }) upcoming: boolean | null,
    @Context() ctx: RequestContext,
  ) {
    const activities = await this.activityService.forAtelier(
      ctx.loaders,
      ctx.viewer,
      atelier.id,
      upcoming ?? null,
    );
    // The whole list of what is not yet over changes only when one of them is over (or by a write); what is
    // past grows when another ends, which this list does not hold.
    if (upcoming === true) for (const a of activities) changesAt(ctx, a.endsAt ?? a.startsAt);
    else if (upcoming === false) changesWithTime(ctx);
    return activities;
  }
}

@Resolver(() => Notification)
export class NotificationActivityResolver {
  constructor(private readonly activityService: ActivityService) {}

  @ResolveField(() => Activity, { nullable: true, description: 'The activity, while you may still read it.' })
  activity(notification: NotificationRow, _args: unknown, ctx: RequestContext) {
    return notification.activityId
      ? this.activityService.load(ctx.loaders, ctx.viewer, notification.activityId)
      : null;
  }
}

@Resolver(() => Workshop)
export class WorkshopActivitiesResolver {
  constructor(private readonly activityService: ActivityService) {}

  @ResolveField(() => ActivityConnection, {
    description:
      'Activities of the werkplaats as a whole (ontmoetingen, netwerkbijeenkomsten, the symposium) that you may read.',
  })
  activities(
    @Parent() workshop: WorkshopRow,
    @Args() args: WorkshopActivitiesArgs,
    @Context() ctx: RequestContext,
  ) {
    // A page of a longer list, with its count: an activity further on may end first.
    if (args.upcoming !== null && args.upcoming !== undefined) changesWithTime(ctx);
    return this.activityService.forWorkshop(ctx.viewer, workshop.id, args.upcoming ?? null, args);
  }
}
