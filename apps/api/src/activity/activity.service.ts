import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { Activity, Prisma, Registration } from '../generated/prisma/client.js';
import { ActivityKind } from '../generated/prisma/enums.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  leadsAtelier,
  leadsWorkshopActivity,
  readableActivities,
  readableProposals,
  readableRegistrations,
  requireAtelierLead,
  requirePlannableFrom,
  type AtelierRole,
  requireFollower,
  requireViewer,
  requireWorkshopActivityLead,
} from '../common/authz/policy.js';
import type { MaybeViewer, Viewer } from '../common/authz/viewer.js';
import { BadInputError, ConflictError, NotFoundError } from '../common/graphql/app-error.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { type Loaded, byKey, groupByKey, type Loaders } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { rule, validate } from '../common/graphql/validate.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';
import { NotificationService } from '../notification/notification.service.js';
import type { PlanActivityInput, UpdateActivityInput } from './dto/plan-activity.input.js';

const MAX_CAPACITY = 10_000;

const title = z
  .string()
  .trim()
  .min(3, { message: 'needs at least 3 characters' })
  .max(200, { message: 'is too long' });
const description = z.string().trim().max(5000, { message: 'is longer than 5000 characters' });
const date = z.date({ message: 'is not a date' });
const location = z
  .string()
  .trim()
  .max(300, { message: 'is longer than 300 characters' })
  .transform((text) => text || null);
const onlineUrl = z
  .string()
  .trim()
  .max(2000, { message: 'is too long' })
  .refine(isHttpsUrl, { message: 'must be an https link', params: rule('https') });
const capacity = z
  .number()
  .int({ message: 'must be a whole number' })
  .min(1, { message: 'must be at least 1' })
  .max(MAX_CAPACITY, { message: `may be at most ${MAX_CAPACITY}` });

const planSchema = z.object({
  kind: z.enum(ActivityKind),
  title,
  description: description.nullish(),
  startsAt: date,
  endsAt: date.nullish(),
  municipalityId: z.string().nullish(),
  location: location.nullish(),
  onlineUrl: onlineUrl.nullish(),
  capacity: capacity.nullish(),
  isPublic: z.boolean().nullish(),
});

const cancelSchema = z.object({
  message: z
    .string()
    .trim()
    .max(1000, { message: 'is longer than 1000 characters' })
    .transform((text) => text || null)
    .nullish(),
});

const updateSchema = z.object({
  kind: z.enum(ActivityKind).nullish(),
  title: title.nullish(),
  description: description.nullish(),
  startsAt: date.nullish(),
  endsAt: date.nullish(),
  municipalityId: z.string().nullish(),
  location: location.nullish(),
  onlineUrl: onlineUrl.nullish(),
  capacity: capacity.nullish(),
  isPublic: z.boolean().nullish(),
});

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    // not a URL at all: the refinement reports it
    return false;
  }
}

type Editable = Pick<
  Activity,
  | 'kind'
  | 'title'
  | 'description'
  | 'startsAt'
  | 'endsAt'
  | 'municipalityId'
  | 'location'
  | 'onlineUrl'
  | 'capacity'
  | 'isPublic'
>;

type Place = Pick<Activity, 'municipalityId' | 'location' | 'onlineUrl'>;

function requirePlace(place: Place): void {
  if (!place.municipalityId && !place.location && !place.onlineUrl) {
    throw new BadInputError(
      'input.location',
      'Say where it takes place: a gemeente, a location or an online link',
      'required',
    );
  }
}

function requireTimes(startsAt: Date, endsAt: Date | null, newStart: boolean, now: Date): void {
  if (newStart && startsAt <= now)
    throw new BadInputError('input.startsAt', 'input.startsAt must lie in the future', 'future');
  if (endsAt && endsAt <= startsAt)
    throw new BadInputError('input.endsAt', 'input.endsAt must lie after the start', 'afterStart');
}

/** The state of an activity that decides whether it can still change or take registrations. */
type ActivityState = Pick<Activity, 'startsAt' | 'cancelledAt' | 'capacity'>;

function requireOpen(activity: ActivityState, now: Date): void {
  if (activity.cancelledAt) throw new ConflictError('This activity was cancelled', { reason: 'CANCELLED' });
  if (activity.startsAt <= now)
    throw new ConflictError('This activity has already begun', { reason: 'PAST' });
}

// Registrations for one activity queue on its row lock; give the queue time rather than failing it.
const LOCKING_TRANSACTION = { maxWait: 10_000, timeout: 15_000 };

/**
 * Tribune activities: planned, changed and cancelled by those who lead the atelier; registered for by
 * everyone who follows it. Read at the TRIBUNE rung of the atelier. Capacity holds under concurrent
 * registration because every registration takes the activity's row lock before counting.
 */
@Injectable()
export class ActivityService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly notifications: NotificationService,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Activity', (id, viewer) => this.readable(viewer, id));
    this.nodes.register('Registration', (id, viewer) =>
      this.prisma.registration.findFirst({ where: { AND: [{ id }, readableRegistrations(viewer)] } }),
    );
  }

  readable(viewer: MaybeViewer, id: string): Promise<Activity | null> {
    return this.prisma.activity.findFirst({ where: { AND: [{ id }, readableActivities(viewer)] } });
  }

  async byId(viewer: MaybeViewer, id: string): Promise<Activity> {
    const activity = await this.readable(viewer, id);
    if (!activity) throw new NotFoundError('Activity');
    return activity;
  }

  /** Batched readable lookup, for fields that point at an activity (notifications, registrations). */
  load(loaders: Loaders, viewer: MaybeViewer, id: string): Loaded<Activity | null> {
    return loaders
      .get<string, Activity | null>('activity.readableById', async (ids) =>
        byKey(
          ids,
          await this.prisma.activity.findMany({
            where: { AND: [{ id: { in: [...ids] } }, readableActivities(viewer)] },
          }),
          (r) => r.id,
        ),
      )
      .value(id);
  }

  /**
   * An atelier's activities that the viewer may read: upcoming (not yet over) soonest first, past ones
   * latest first, or all in order of time. One statement for a page of ateliers.
   */
  forAtelier(
    loaders: Loaders,
    viewer: MaybeViewer,
    atelierId: string,
    upcoming: boolean | null,
  ): Loaded<Activity[]> {
    return this.byAtelierLoader(loaders, viewer, upcoming).value(atelierId);
  }

  /** Hands the loaders an atelier's activities read ahead with its page (AtelierPageService). */
  primeForAtelier(
    loaders: Loaders,
    viewer: MaybeViewer,
    atelierId: string,
    upcoming: boolean | null,
    activities: { activity: Activity; registrationCount: number }[],
  ): void {
    this.byAtelierLoader(loaders, viewer, upcoming).prime(
      atelierId,
      activities.map((a) => a.activity),
    );
    for (const { activity, registrationCount } of activities) {
      this.registrationCountLoader(loaders).prime(activity.id, registrationCount);
    }
  }

  private byAtelierLoader(loaders: Loaders, viewer: MaybeViewer, upcoming: boolean | null) {
    return loaders.get<string, Activity[]>(`activity.byAtelier.${String(upcoming)}`, async (ids) => {
      const now = new Date();
      // Spelled out both ways: NOT over a nullable column would drop the rows where it is null.
      const notOver: Prisma.ActivityWhereInput = {
        OR: [{ endsAt: { gt: now } }, { endsAt: null, startsAt: { gt: now } }],
      };
      const over: Prisma.ActivityWhereInput = {
        OR: [{ endsAt: { lte: now } }, { endsAt: null, startsAt: { lte: now } }],
      };
      const direction = upcoming === false ? 'desc' : 'asc';
      const rows = await this.prisma.activity.findMany({
        where: {
          AND: [
            { atelierId: { in: [...ids] } },
            readableActivities(viewer),
            upcoming === true ? notOver : upcoming === false ? over : {},
          ],
        },
        orderBy: [{ startsAt: direction }, { id: direction }],
      });
      return groupByKey(ids, rows, (r) => r.atelierId);
    });
  }

  /** Active registrations per activity; one grouped statement for a page of activities. */
  registrationCount(loaders: Loaders, activityId: string): Loaded<number> {
    return this.registrationCountLoader(loaders).value(activityId);
  }

  private registrationCountLoader(loaders: Loaders) {
    return loaders.get<string, number>('activity.registrationCount', async (ids) => {
      const groups = await this.prisma.registration.groupBy({
        by: ['activityId'],
        where: { activityId: { in: [...ids] }, cancelledAt: null },
        _count: { _all: true },
      });
      return byKey(ids, groups, (g) => g.activityId).map((g) => g?._count._all ?? 0);
    });
  }

  /** The viewer's active registration for the activity, if any. */
  myRegistration(loaders: Loaders, viewer: MaybeViewer, activityId: string): Loaded<Registration | null> {
    if (!viewer) return null;
    return loaders
      .get<string, Registration | null>('activity.myRegistration', async (ids) =>
        byKey(
          ids,
          await this.prisma.registration.findMany({
            where: { activityId: { in: [...ids] }, userId: viewer.userId, cancelledAt: null },
          }),
          (r) => r.activityId,
        ),
      )
      .value(activityId);
  }

  async plan(viewer: MaybeViewer, atelierId: string, input: PlanActivityInput): Promise<Activity> {
    const role = await this.access.atelierRole(viewer, atelierId);
    requireAtelierLead(role);
    const data = this.validPlan(input);
    if (data.isPublic) {
      throw new BadInputError(
        'input.isPublic',
        "An atelier's activity is for those who follow it; only a werkplaats-wide one is public",
        'notAllowed',
      );
    }
    const municipalityId = data.municipalityId
      ? await this.municipalityOf(role.workshopId, data.municipalityId)
      : null;
    const proposalId = input.proposalId ? await this.decisionToPlanFrom(role, input.proposalId) : null;
    return this.prisma.$transaction(async (tx) => {
      const activity = await tx.activity.create({
        data: {
          ...this.planned(data, municipalityId),
          atelierId,
          plannedById: role.viewer.userId,
          proposalId,
        },
      });
      await this.notifications.notifyAtelier(
        tx,
        atelierId,
        'ACTIVITY_PLANNED',
        { activityId: activity.id },
        role.viewer.userId,
      );
      return activity;
    });
  }

  /**
   * A beheerder plans an activity of the werkplaats as a whole (an ontmoeting, a netwerkbijeenkomst, the
   * symposium): public when they say so, otherwise for the people of the werkplaats.
   */
  async planForWorkshop(
    viewer: MaybeViewer,
    workshopId: string,
    input: PlanActivityInput,
  ): Promise<Activity> {
    const v = requireWorkshopActivityLead(viewer, workshopId);
    if (input.proposalId)
      throw new BadInputError(
        'input.proposalId',
        'Only an atelier activity is planned from a decision',
        'notAllowed',
      );
    const data = this.validPlan(input);
    const municipalityId = data.municipalityId
      ? await this.municipalityOf(workshopId, data.municipalityId)
      : null;
    return this.prisma.$transaction(async (tx) => {
      const activity = await tx.activity.create({
        data: {
          ...this.planned(data, municipalityId),
          workshopId,
          isPublic: data.isPublic ?? false,
          plannedById: v.userId,
        },
      });
      await this.notifications.notifyWorkshopActivity(
        tx,
        { id: activity.id, workshopId, isPublic: activity.isPublic },
        'ACTIVITY_PLANNED',
        v.userId,
      );
      return activity;
    });
  }

  /** The decision an activity is planned from: one the planner may read, of this atelier, with its outcome. */
  private async decisionToPlanFrom(role: AtelierRole, globalId: string): Promise<string> {
    const id = fromGlobalId('Proposal', globalId, 'input.proposalId');
    const proposal = await this.prisma.proposal.findFirst({
      where: { AND: [{ id }, readableProposals(role.viewer)] },
      select: { id: true, atelierId: true, outcome: true },
    });
    if (!proposal) throw new NotFoundError('Proposal');
    requirePlannableFrom(role, proposal);
    return proposal.id;
  }

  private validPlan(input: PlanActivityInput) {
    const data = validate(planSchema, input);
    requireTimes(data.startsAt, data.endsAt ?? null, true, new Date());
    requirePlace({
      municipalityId: data.municipalityId ?? null,
      location: data.location ?? null,
      onlineUrl: data.onlineUrl ?? null,
    });
    return data;
  }

  private planned(data: z.infer<typeof planSchema>, municipalityId: string | null) {
    return {
      kind: data.kind,
      title: data.title,
      description: data.description ?? '',
      startsAt: data.startsAt,
      endsAt: data.endsAt ?? null,
      municipalityId,
      location: data.location ?? null,
      onlineUrl: data.onlineUrl ?? null,
      capacity: data.capacity ?? null,
    };
  }

  /**
   * Refuses whoever doesn't lead the activity: the trekker (or commissie) of its atelier, or for a werkplaats-wide one
   * a beheerder of that werkplaats. Returns the leader and the werkplaats the activity is of.
   */
  async requireLead(
    viewer: MaybeViewer,
    activity: Activity,
  ): Promise<{ viewer: Viewer; workshopId: string }> {
    if (activity.atelierId) {
      const role = await this.access.atelierRole(viewer, activity.atelierId);
      requireAtelierLead(role);
      return { viewer: role.viewer, workshopId: role.workshopId };
    }
    const workshopId = activity.workshopId!;
    return { viewer: requireWorkshopActivityLead(viewer, workshopId), workshopId };
  }

  /** Whether the viewer leads the activity (as `requireLead`), batched through the loaders. */
  async leads(loaders: Loaders, viewer: MaybeViewer, activity: Activity): Promise<boolean> {
    if (!viewer) return false;
    if (!activity.atelierId) return leadsWorkshopActivity(viewer, activity.workshopId!);
    const role = await this.access.atelierRoleFor(loaders, viewer, activity.atelierId);
    return role !== null && leadsAtelier(role);
  }

  /**
   * The werkplaats-wide activities of a werkplaats the viewer may read, as a connection: upcoming (not yet over)
   * soonest first, past ones latest first, or all by time.
   */
  forWorkshop(
    viewer: MaybeViewer,
    workshopId: string,
    upcoming: boolean | null,
    args: ConnectionArgs,
  ): Promise<ConnectionPage<Activity>> {
    const now = new Date();
    const when: Prisma.ActivityWhereInput | undefined =
      upcoming === true
        ? { OR: [{ endsAt: { gt: now } }, { endsAt: null, startsAt: { gt: now } }] }
        : upcoming === false
          ? { OR: [{ endsAt: { lte: now } }, { endsAt: null, startsAt: { lte: now } }] }
          : undefined;
    const where = allOf<Prisma.ActivityWhereInput>({ workshopId }, readableActivities(viewer), when);
    return paginate<Activity>({
      args,
      sortField: 'startsAt',
      sortKind: 'date',
      direction: upcoming === false ? 'desc' : 'asc',
      load: ({ after, orderBy, take }) =>
        this.prisma.activity.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.activity.count({ where }),
    });
  }

  /** Changes an upcoming activity; a field left out stays, null clears what may be empty. */
  async update(viewer: MaybeViewer, id: string, input: UpdateActivityInput): Promise<Activity> {
    const activity = await this.byId(viewer, id);
    const lead = await this.requireLead(viewer, activity);
    const data = validate(updateSchema, input);
    if (data.isPublic != null && !activity.workshopId) {
      throw new BadInputError(
        'input.isPublic',
        "An atelier's activity is for those who follow it; only a werkplaats-wide one is public",
        'notAllowed',
      );
    }
    const changes: Partial<Editable> = {
      ...(data.kind != null ? { kind: data.kind } : {}),
      ...(data.title != null ? { title: data.title } : {}),
      ...(data.description !== undefined ? { description: data.description ?? '' } : {}),
      ...(data.startsAt != null ? { startsAt: data.startsAt } : {}),
      ...(data.endsAt !== undefined ? { endsAt: data.endsAt } : {}),
      ...(data.location !== undefined ? { location: data.location } : {}),
      ...(data.onlineUrl !== undefined ? { onlineUrl: data.onlineUrl } : {}),
      ...(data.capacity !== undefined ? { capacity: data.capacity } : {}),
      ...(data.isPublic != null ? { isPublic: data.isPublic } : {}),
      ...(data.municipalityId !== undefined
        ? {
            municipalityId: data.municipalityId
              ? await this.municipalityOf(lead.workshopId, data.municipalityId)
              : null,
          }
        : {}),
    };
    return this.prisma.$transaction(async (tx) => {
      // Checked against the row as it stands under the lock, not as it was read before.
      await this.lock(tx, activity.id);
      const current = await tx.activity.findUniqueOrThrow({ where: { id: activity.id } });
      const now = new Date();
      requireOpen(current, now);
      const next: Activity = { ...current, ...changes };
      requireTimes(next.startsAt, next.endsAt, next.startsAt.getTime() !== current.startsAt.getTime(), now);
      requirePlace(next);
      if (next.capacity !== null && next.capacity !== current.capacity) {
        const taken = await tx.registration.count({ where: { activityId: activity.id, cancelledAt: null } });
        if (taken > next.capacity) {
          throw new BadInputError(
            'input.capacity',
            `${taken} people have registered already; the capacity can't be lower`,
            'min',
            { min: taken },
          );
        }
      }
      if (!differs(current, changes)) return current;
      const updated = await tx.activity.update({ where: { id: activity.id }, data: changes });
      if (activity.atelierId) {
        await this.notifications.notifyAtelier(
          tx,
          activity.atelierId,
          'ACTIVITY_CHANGED',
          { activityId: activity.id },
          lead.viewer.userId,
        );
      } else {
        await this.notifications.notifyWorkshopActivity(
          tx,
          { id: activity.id, workshopId: lead.workshopId, isPublic: updated.isPublic },
          'ACTIVITY_CHANGED',
          lead.viewer.userId,
        );
      }
      return updated;
    }, LOCKING_TRANSACTION);
  }

  /**
   * Cancels an upcoming activity. Those who follow the atelier are told; those registered too, with `message`
   * (why, what instead) when the trekker wrote one.
   */
  async cancel(viewer: MaybeViewer, id: string, message?: string | null): Promise<Activity> {
    const activity = await this.byId(viewer, id);
    const lead = await this.requireLead(viewer, activity);
    const note = validate(cancelSchema, { message }, '').message ?? null;
    return this.prisma.$transaction(async (tx) => {
      requireOpen(await this.lock(tx, activity.id), new Date());
      const cancelled = await tx.activity.update({
        where: { id: activity.id },
        data: { cancelledAt: new Date() },
      });
      if (activity.atelierId) {
        await this.notifications.notifyAtelier(
          tx,
          activity.atelierId,
          'ACTIVITY_CANCELLED',
          { activityId: activity.id },
          lead.viewer.userId,
          note,
        );
      } else {
        await this.notifications.notifyWorkshopActivity(
          tx,
          { id: activity.id, workshopId: lead.workshopId, isPublic: cancelled.isPublic },
          'ACTIVITY_CANCELLED',
          lead.viewer.userId,
          note,
        );
      }
      return cancelled;
    }, LOCKING_TRANSACTION);
  }

  /**
   * Whether the viewer may still change or cancel the activity: they lead its atelier and it has neither begun
   * nor been cancelled.
   */
  async mayEdit(loaders: Loaders, viewer: MaybeViewer, activity: Activity): Promise<boolean> {
    if (!viewer || activity.cancelledAt || activity.startsAt <= new Date()) return false;
    return this.leads(loaders, viewer, activity);
  }

  /**
   * Registers the viewer. Under the activity's row lock the count of active registrations can't move, so
   * however many register at once, no more than `capacity` get in; the rest get CONFLICT.
   */
  async register(viewer: MaybeViewer, activityId: string): Promise<Registration> {
    const activity = await this.byId(viewer, activityId);
    const userId = (await this.requireRegistrant(viewer, activity)).userId;
    return this.prisma.$transaction(async (tx) => {
      const current = await this.lock(tx, activityId);
      requireOpen(current, new Date());
      const existing = await tx.registration.findUnique({
        where: { activityId_userId: { activityId, userId } },
      });
      if (existing && existing.cancelledAt === null) {
        throw new ConflictError('You are registered for this activity already', {
          reason: 'ALREADY_REGISTERED',
        });
      }
      if (current.capacity !== null) {
        const taken = await tx.registration.count({ where: { activityId, cancelledAt: null } });
        if (taken >= current.capacity) {
          const places = current.capacity === 1 ? 'its one place is' : `all ${current.capacity} places are`;
          throw new ConflictError(`This activity is full: ${places} taken`, { reason: 'FULL' });
        }
      }
      // Registering again after cancelling reuses the row (one per person and activity).
      return existing
        ? tx.registration.update({
            where: { id: existing.id },
            data: { cancelledAt: null, createdAt: new Date() },
          })
        : tx.registration.create({ data: { activityId, userId } });
    }, LOCKING_TRANSACTION);
  }

  async cancelRegistration(viewer: MaybeViewer, activityId: string): Promise<boolean> {
    const activity = await this.byId(viewer, activityId);
    const registrant = await this.requireRegistrant(viewer, activity);
    if (activity.startsAt <= new Date()) {
      throw new ConflictError('This activity has already begun', { reason: 'PAST' });
    }
    // Freeing a place needs no lock: it can only make room.
    const { count } = await this.prisma.registration.updateMany({
      where: { activityId, userId: registrant.userId, cancelledAt: null },
      data: { cancelledAt: new Date() },
    });
    if (count === 0) throw new NotFoundError('Registration');
    return true;
  }

  /**
   * Who may register: for an atelier's activity those who follow the atelier; for a werkplaats-wide one whoever is
   * signed in and reads it (byId has checked that).
   */
  private async requireRegistrant(viewer: MaybeViewer, activity: Activity): Promise<Viewer> {
    if (!activity.atelierId) return requireViewer(viewer);
    const role = await this.access.atelierRole(viewer, activity.atelierId);
    requireFollower(role);
    return role.viewer;
  }

  /** Takes the activity's row lock for the rest of the transaction and returns its state under it. */
  private async lock(tx: Tx, activityId: string): Promise<ActivityState> {
    const rows = await tx.$queryRaw<ActivityState[]>`
      SELECT "startsAt", "cancelledAt", "capacity" FROM "Activity" WHERE id = ${activityId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row) throw new NotFoundError('Activity');
    return row;
  }

  private async municipalityOf(workshopId: string, globalId: string): Promise<string> {
    const id = fromGlobalId('Municipality', globalId, 'input.municipalityId');
    const found = await this.prisma.municipality.findFirst({
      where: { id, workshopId },
      select: { id: true },
    });
    if (!found)
      throw new BadInputError('input.municipalityId', 'This gemeente is not in the werkgebied', 'notAllowed');
    return found.id;
  }
}

/** Whether applying `changes` would change anything (dates compared by time). */
function differs(row: Activity, changes: Partial<Editable>): boolean {
  return (Object.keys(changes) as (keyof Editable)[]).some((key) => {
    const before: unknown = row[key];
    const after: unknown = changes[key];
    if (before instanceof Date && after instanceof Date) return before.getTime() !== after.getTime();
    return before !== after;
  });
}
