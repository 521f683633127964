import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import type {
  Membership,
  MembershipStatus,
  Municipality,
  Organisation,
  User,
  WorkshopRoleKind,
} from '../generated/prisma/client.js';
import { OrganisationKind } from '../generated/prisma/enums.js';
import { Prisma } from '../generated/prisma/client.js';
import { AuditService } from '../common/audit/audit.service.js';
import {
  adminScope,
  peopleManagedIn,
  proposedOrganisationsOf,
  readableOrganisations,
  requireAdmin,
  requireOrganisationAdmin,
  requireAdminWorkshop,
  requireBeheerderRemains,
  requireNotSelf,
} from '../common/authz/policy.js';
import { PASSWORD_TOKEN_DAYS, issuePasswordToken, passwordLink } from '../auth/password-token.js';
import { queueAccountLinkMail } from '../mail/account-started.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import type { MaybeViewer, Viewer } from '../common/authz/viewer.js';
import { BadInputError, ConflictError, NotFoundError } from '../common/graphql/app-error.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { organisationsByName } from '../werkgebied/werkgebied.service.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { rule, validate } from '../common/graphql/validate.js';
import { afterCommit, PrismaService, type Tx } from '../common/prisma/prisma.service.js';
import { LiveSockets } from '../live/live-sockets.js';
import { NotificationService } from '../notification/notification.service.js';
import type {
  MunicipalityInput,
  OrganisationInput,
  StartAccountInput,
  UsersArgs,
} from './dto/admin.inputs.js';

const startAccountSchema = z.object({
  workshopId: z.string().nullish(),
  name: z.string().trim().min(1, { message: 'is required' }).max(120, { message: 'is too long' }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email({ message: 'is not an email address' })),
});

const organisationSchema = z.object({
  workshopId: z.string().nullish(),
  name: z
    .string()
    .trim()
    .min(2, { message: 'needs at least 2 characters' })
    .max(200, { message: 'is too long' }),
  kind: z.enum(OrganisationKind),
  municipalityId: z.string().nullish(),
  website: z
    .url({ protocol: /^https?$/, message: 'is not a web address' })
    .max(500)
    .nullish(),
});

const municipalitySchema = z.object({
  workshopId: z.string().nullish(),
  name: z
    .string()
    .trim()
    .min(2, { message: 'needs at least 2 characters' })
    .max(100, { message: 'is too long' }),
  cbsCode: z
    .string()
    .trim()
    .regex(/^GM\d{4}$/, { message: 'is not a CBS code like GM0268' }),
  region: z.string().trim().max(100).nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  places: z
    .array(
      z
        .string()
        .trim()
        .min(1, { message: 'a kern needs a name' })
        .max(100, { message: 'a kern’s name is too long' }),
    )
    .max(50, { message: 'has more than 50 kernen' })
    .nullish()
    .superRefine((places, ctx) => {
      // The same kern twice (whatever its capitals) is a typing slip, not two places.
      const seen = new Set<string>();
      for (const place of places ?? []) {
        const key = place.toLocaleLowerCase('nl');
        if (seen.has(key)) {
          ctx.addIssue({ code: 'custom', message: `names ${place} twice`, params: rule('duplicate') });
          return;
        }
        seen.add(key);
      }
    }),
});

/** How strong a membership is, to keep the stronger of two when organisations merge. */
const MEMBERSHIP_STRENGTH: Record<MembershipStatus, number> = { CONFIRMED: 2, REQUESTED: 1, DECLINED: 0 };

/**
 * What the beheerder keeps: partner organisations, the werkgebied, accounts and their werkplaats roles, each of
 * their own werkplaats only (the policy's `requireAdmin`, `adminScope` and `peopleManagedIn`).
 */
@Injectable()
export class AdminService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly sockets: LiveSockets,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The werkplaats an admin action is for: the one named, else the only one the viewer is beheerder of. */
  private workshopFor(
    viewer: MaybeViewer,
    workshopId: string | null | undefined,
    field: string,
  ): Viewer & { workshopId: string } {
    return requireAdminWorkshop(
      viewer,
      workshopId ? fromGlobalId('Workshop', workshopId, field) : null,
      field,
    );
  }

  /** An organisation or gemeente stays in its werkplaats: naming another one in a change is refused. */
  private sameWorkshop(existing: { workshopId: string }, workshopId: string | null | undefined): void {
    if (workshopId && fromGlobalId('Workshop', workshopId, 'input.workshopId') !== existing.workshopId) {
      throw new BadInputError('input.workshopId', 'This cannot move to another werkplaats', 'notAllowed');
    }
  }

  async createOrganisation(viewer: MaybeViewer, input: OrganisationInput): Promise<Organisation> {
    const data = validate(organisationSchema, input);
    const scope = this.workshopFor(viewer, data.workshopId, 'input.workshopId');
    const { workshopId } = scope;
    const municipalityId = await this.municipalityOf(workshopId, data.municipalityId);
    return this.unique(
      () =>
        this.audited(scope, workshopId, 'organisation.created', 'Organisation', (tx) =>
          tx.organisation.create({
            data: {
              workshopId,
              name: data.name,
              kind: data.kind,
              municipalityId,
              website: data.website ?? null,
            },
          }),
        ),
      'input.name',
      'An organisation with this name exists already',
    );
  }

  async updateOrganisation(viewer: MaybeViewer, id: string, input: OrganisationInput): Promise<Organisation> {
    const data = validate(organisationSchema, input);
    const existing = await this.prisma.organisation.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('Organisation');
    const v = requireAdmin(viewer, existing.workshopId);
    this.sameWorkshop(existing, data.workshopId);
    const municipalityId = await this.municipalityOf(existing.workshopId, data.municipalityId);
    return this.unique(
      () =>
        this.audited(v, existing.workshopId, 'organisation.updated', 'Organisation', (tx) =>
          tx.organisation.update({
            where: { id },
            data: { name: data.name, kind: data.kind, municipalityId, website: data.website ?? null },
          }),
        ),
      'input.name',
      'An organisation with this name exists already',
    );
  }

  /**
   * The organisations people proposed that wait for a beheerder of the werkplaats (the one named, or every one
   * the viewer keeps), by name.
   */
  proposedOrganisations(
    viewer: MaybeViewer,
    args: ConnectionArgs,
    workshopId: string | null | undefined,
  ): Promise<ConnectionPage<Organisation>> {
    const where = proposedOrganisationsOf(
      adminScope(viewer, workshopId ? fromGlobalId('Workshop', workshopId, 'workshopId') : null),
    );
    return organisationsByName(this.prisma, where, args);
  }

  /** An organisation the viewer may read (a proposal of another werkplaats is not found), for a change. */
  private async organisationFor(viewer: MaybeViewer, id: string): Promise<Organisation> {
    const found = await this.prisma.organisation.findFirst({
      where: { AND: [{ id }, readableOrganisations(viewer)] },
    });
    if (!found) throw new NotFoundError('Organisation');
    return found;
  }

  /**
   * Lists a proposed organisation (it joins the public list; the requests to belong to it stay, to be confirmed)
   * or declines it, and with it every open request to belong to it (each person is told). Audited.
   */
  async decideOrganisation(viewer: MaybeViewer, id: string, listed: boolean): Promise<Organisation> {
    const organisation = await this.organisationFor(viewer, id);
    const v = requireOrganisationAdmin(viewer, organisation);
    const from: Organisation['status'][] = listed ? ['PROPOSED', 'DECLINED'] : ['PROPOSED'];
    if (!from.includes(organisation.status)) {
      throw new BadInputError(
        'id',
        organisation.status === 'LISTED'
          ? 'This organisation is in the list already'
          : 'This organisation was declined already',
        'notAllowed',
      );
    }
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.organisation.updateMany({
        where: { id, status: organisation.status },
        data: { status: listed ? 'LISTED' : 'DECLINED' },
      });
      if (count === 0) throw new ConflictError('Someone decided on this organisation in the meantime');
      if (!listed) await this.declineOpenRequests(tx, v, organisation);
      await this.audit.record(
        {
          workshopId: organisation.workshopId,
          actorId: v.userId,
          action: listed ? 'organisation.listed' : 'organisation.declined',
          targetType: 'Organisation',
          targetId: id,
          details: { name: organisation.name },
        },
        tx,
      );
      return tx.organisation.findUniqueOrThrow({ where: { id } });
    });
  }

  /** A declined proposal takes its open requests with it: each person hears so and acts as themself. */
  private async declineOpenRequests(tx: Tx, v: Viewer, organisation: Organisation): Promise<void> {
    const open = await tx.membership.findMany({
      where: { organisationId: organisation.id, status: 'REQUESTED' },
      select: { id: true, userId: true },
    });
    if (open.length === 0) return;
    await tx.membership.updateMany({
      where: { id: { in: open.map((m) => m.id) } },
      data: { status: 'DECLINED', decidedById: v.userId, decidedAt: new Date(), isContact: false },
    });
    await this.notifications.create(
      tx,
      open
        .filter((m) => m.userId !== v.userId)
        .map((m) => ({
          userId: m.userId,
          kind: 'MEMBERSHIP_DECIDED' as const,
          membershipId: m.id,
          actorId: v.userId,
        })),
    );
    for (const m of open) {
      await this.audit.record(
        {
          workshopId: organisation.workshopId,
          actorId: v.userId,
          personId: m.userId,
          action: 'membership.declined',
          targetType: 'Membership',
          targetId: m.id,
          details: { userId: m.userId, organisationId: organisation.id },
        },
        tx,
      );
    }
  }

  /**
   * Merges a duplicate organisation into the one kept, both of one werkplaats the viewer keeps: its memberships
   * (someone who belongs to both keeps one membership, the stronger: confirmed over requested over declined, a
   * contact stays contact), the participations and join requests on its behalf move over, then the duplicate goes.
   * A listed duplicate leaves the kept one listed. One transaction, audited with both names.
   */
  async mergeOrganisations(viewer: MaybeViewer, duplicateId: string, intoId: string): Promise<Organisation> {
    if (duplicateId === intoId) {
      throw new BadInputError('intoId', 'An organisation cannot be merged into itself', 'notAllowed');
    }
    const duplicate = await this.organisationFor(viewer, duplicateId);
    const into = await this.organisationFor(viewer, intoId);
    const v = requireOrganisationAdmin(viewer, duplicate);
    requireOrganisationAdmin(viewer, into);
    if (duplicate.workshopId !== into.workshopId) {
      throw new BadInputError('intoId', 'Only organisations of one werkplaats can be merged', 'notAllowed');
    }
    return this.prisma.$transaction(async (tx) => {
      // Both rows held until the end, so that no membership lands on the duplicate while it goes.
      await tx.$queryRaw`SELECT 1 FROM "Organisation" WHERE id IN (${duplicateId}::uuid, ${intoId}::uuid) FOR UPDATE`;
      const memberships = await tx.membership.findMany({
        where: { organisationId: { in: [duplicateId, intoId] } },
      });
      const kept = new Map(memberships.filter((m) => m.organisationId === intoId).map((m) => [m.userId, m]));
      const twice: [Membership, Membership][] = [];
      for (const m of memberships) {
        const other = m.organisationId === duplicateId ? kept.get(m.userId) : undefined;
        if (other) twice.push([m, other]);
      }
      for (const [gone, stays] of twice) {
        const stronger = MEMBERSHIP_STRENGTH[gone.status] > MEMBERSHIP_STRENGTH[stays.status] ? gone : stays;
        await tx.membership.update({
          where: { id: stays.id },
          data: {
            status: stronger.status,
            decidedById: stronger.decidedById,
            decidedAt: stronger.decidedAt,
            function: stays.function ?? gone.function,
            isContact: stronger.status === 'CONFIRMED' && (gone.isContact || stays.isContact),
          },
        });
      }
      const goneIds = twice.map(([gone]) => gone.id);
      if (goneIds.length > 0) {
        // What was said about the membership that goes stays readable on the one that stays.
        for (const [gone, stays] of twice) {
          await tx.notification.updateMany({
            where: { membershipId: gone.id },
            data: { membershipId: stays.id },
          });
        }
        await tx.membership.deleteMany({ where: { id: { in: goneIds } } });
      }
      const movedMemberships = await tx.membership.updateMany({
        where: { organisationId: duplicateId },
        data: { organisationId: intoId },
      });
      const participations = await tx.participation.updateMany({
        where: { organisationId: duplicateId },
        data: { organisationId: intoId },
      });
      // The history of taking part keeps saying on whose behalf, under the organisation's surviving name.
      await tx.participationChange.updateMany({
        where: { organisationId: duplicateId },
        data: { organisationId: intoId },
      });
      const joinRequests = await tx.joinRequest.updateMany({
        where: { organisationId: duplicateId },
        data: { organisationId: intoId },
      });
      // Outputs made with the duplicate name the surviving organisation (once, if they named both).
      const productLinks = await tx.productOrganisation.findMany({
        where: { organisationId: duplicateId },
        select: { productId: true },
      });
      await tx.productOrganisation.createMany({
        data: productLinks.map(({ productId }) => ({ productId, organisationId: intoId })),
        skipDuplicates: true,
      });
      await tx.organisation.delete({ where: { id: duplicateId } });
      const result = await tx.organisation.update({
        where: { id: intoId },
        data: duplicate.status === 'LISTED' ? { status: 'LISTED' } : {},
      });
      await this.audit.record(
        {
          workshopId: into.workshopId,
          actorId: v.userId,
          action: 'organisation.merged',
          targetType: 'Organisation',
          targetId: intoId,
          details: {
            name: into.name,
            duplicateId,
            duplicateName: duplicate.name,
            memberships: movedMemberships.count + goneIds.length,
            participations: participations.count,
            joinRequests: joinRequests.count,
          },
        },
        tx,
      );
      return result;
    });
  }

  async createMunicipality(viewer: MaybeViewer, input: MunicipalityInput): Promise<Municipality> {
    const data = validate(municipalitySchema, input);
    const scope = this.workshopFor(viewer, data.workshopId, 'input.workshopId');
    const { workshopId } = scope;
    return this.unique(
      () =>
        this.audited(scope, workshopId, 'municipality.created', 'Municipality', (tx) =>
          tx.municipality.create({
            data: {
              workshopId,
              name: data.name,
              cbsCode: data.cbsCode,
              region: data.region ?? null,
              latitude: data.latitude ?? null,
              longitude: data.longitude ?? null,
              places: data.places ?? [],
            },
          }),
        ),
      'input.cbsCode',
      'This gemeente is in the werkgebied already',
    );
  }

  async updateMunicipality(viewer: MaybeViewer, id: string, input: MunicipalityInput): Promise<Municipality> {
    const data = validate(municipalitySchema, input);
    const existing = await this.prisma.municipality.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('Municipality');
    const v = requireAdmin(viewer, existing.workshopId);
    this.sameWorkshop(existing, data.workshopId);
    const places = data.places ?? [];
    // The audit line says which kernen came and went, not only the name.
    const kernen = {
      added: places.filter((p) => !existing.places.includes(p)),
      removed: existing.places.filter((p) => !places.includes(p)),
    };
    return this.unique(
      () =>
        this.audited(
          v,
          existing.workshopId,
          'municipality.updated',
          'Municipality',
          (tx) =>
            tx.municipality.update({
              where: { id },
              data: {
                name: data.name,
                cbsCode: data.cbsCode,
                region: data.region ?? null,
                latitude: data.latitude ?? null,
                longitude: data.longitude ?? null,
                places,
              },
            }),
          { kernen },
        ),
      'input.cbsCode',
      'Another gemeente has this CBS code',
    );
  }

  /**
   * The accounts of the people of the viewer's werkplaatsen (or of the one named), for a beheerder: oldest first,
   * searchable by name or email.
   */
  users(viewer: MaybeViewer, args: UsersArgs): Promise<ConnectionPage<User>> {
    const workshopIds = adminScope(
      viewer,
      args.workshopId ? fromGlobalId('Workshop', args.workshopId, 'workshopId') : null,
    );
    const query = args.query?.trim().slice(0, 100);
    const matching: Prisma.UserWhereInput = query
      ? {
          OR: [
            { name: { contains: query, mode: 'insensitive' } },
            { email: { contains: query.toLowerCase() } },
          ],
        }
      : {};
    const where: Prisma.UserWhereInput = { AND: [peopleManagedIn(workshopIds), matching] };
    return paginate<User>({
      args,
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'asc',
      load: ({ after, orderBy, take }) =>
        this.prisma.user.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.user.count({ where }),
    });
  }

  /**
   * Grants or withdraws a werkplaats role (programmacommissie, beheerder), audited; a change is told to the
   * werkplaats's other beheerders and commissie members and to the person (see notifyWorkshopRoleChange), so a
   * beheerder who gives themself the commissie's reading rights does so in plain sight. Only to people of the
   * werkplaats (someone else's people are not found), and never so that it is left without a beheerder.
   */
  async setWorkshopRole(
    viewer: MaybeViewer,
    userId: string,
    role: WorkshopRoleKind,
    granted: boolean,
    workshopId: string | null | undefined,
  ): Promise<User> {
    const scope = this.workshopFor(viewer, workshopId, 'workshopId');
    const user = await this.prisma.user.findFirst({
      where: { AND: [{ id: userId }, peopleManagedIn([scope.workshopId])] },
    });
    if (!user) throw new NotFoundError('User');
    await this.prisma.$transaction(async (tx) => {
      if (!granted && role === 'ADMIN') {
        // One withdrawal of beheer at a time per werkplaats, so that two beheerders withdrawing each other at
        // once can't leave it with none. (NO KEY UPDATE: rows that merely refer to the werkplaats don't wait.)
        await tx.$queryRaw`SELECT 1 FROM "Workshop" WHERE id = ${scope.workshopId}::uuid FOR NO KEY UPDATE`;
      }
      // Whether anything changes: the role may be held already, or not held at all.
      const changed = granted
        ? (
            await tx.workshopRole.createMany({
              data: [{ userId, workshopId: scope.workshopId, role }],
              skipDuplicates: true,
            })
          ).count > 0
        : (await tx.workshopRole.deleteMany({ where: { userId, workshopId: scope.workshopId, role } }))
            .count > 0;
      if (changed && !granted && role === 'ADMIN') {
        requireBeheerderRemains(
          await tx.workshopRole.count({ where: { workshopId: scope.workshopId, role: 'ADMIN' } }),
        );
      }
      if (changed) afterCommit(tx, () => this.sockets.rolesChanged(userId));
      await this.audit.record(
        {
          workshopId: scope.workshopId,
          actorId: scope.userId,
          action: granted ? 'workshop-role.granted' : 'workshop-role.withdrawn',
          targetType: 'User',
          targetId: userId,
          details: { role },
        },
        tx,
      );
      if (changed) {
        await this.notifications.notifyWorkshopRoleChange(tx, {
          workshopId: scope.workshopId,
          actorId: scope.userId,
          personId: userId,
          role,
          granted,
        });
      }
    });
    return user;
  }

  /**
   * Starts an account for someone, for a beheerder: without a password, of the beheerder's werkplaats from the start
   * (`startedInWorkshopId`, so the person is among its people), with a one-time link to set the password that the
   * beheerder passes on. An address that has an account already is refused (CONFLICT on `input.email`): a beheerder
   * finds that person among their people, or the person signs in. Audited.
   */
  async startAccount(
    viewer: MaybeViewer,
    input: StartAccountInput,
  ): Promise<{ user: User; link: string; expiresAt: Date }> {
    const data = validate(startAccountSchema, input);
    const scope = this.workshopFor(viewer, data.workshopId, 'input.workshopId');
    return this.unique(
      () =>
        this.prisma.$transaction(async (tx) => {
          const user = await tx.user.create({
            data: {
              email: data.email,
              name: data.name,
              passwordHash: null,
              startedInWorkshopId: scope.workshopId,
            },
          });
          const { token, expiresAt } = await issuePasswordToken(tx, user.id);
          await this.audit.record(
            {
              workshopId: scope.workshopId,
              actorId: scope.userId,
              action: 'account.started',
              targetType: 'User',
              targetId: user.id,
            },
            tx,
          );
          const link = passwordLink(this.config.publicUrl, token);
          // The person gets the link by mail too (issue 18); the beheerder still sees it to pass on.
          await queueAccountLinkMail(tx, this.config, {
            userId: user.id,
            workshopId: scope.workshopId,
            link,
            validDays: PASSWORD_TOKEN_DAYS,
            firstBeheerder: false,
          });
          return { user, link, expiresAt };
        }),
      'input.email',
      'This address has an account already',
    );
  }

  /**
   * Blocks or unblocks the account of a person of the werkplaats, for its beheerder; never their own. A blocked
   * account cannot sign in (nor set a password with a link) and its sessions end at once. Audited, also when
   * nothing changes.
   */
  async setAccountBlocked(
    viewer: MaybeViewer,
    userId: string,
    blocked: boolean,
    workshopId: string | null | undefined,
  ): Promise<User> {
    const scope = this.workshopFor(viewer, workshopId, 'workshopId');
    await this.managedPerson(scope.workshopId, userId);
    requireNotSelf(scope, userId, 'userId');
    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.update({
        where: { id: userId },
        data: { blockedAt: blocked ? new Date() : null },
      });
      if (blocked) await tx.session.deleteMany({ where: { userId } });
      await this.audit.record(
        {
          workshopId: scope.workshopId,
          actorId: scope.userId,
          action: blocked ? 'account.blocked' : 'account.unblocked',
          targetType: 'User',
          targetId: userId,
        },
        tx,
      );
      return user;
    });
  }

  /**
   * Ends every session of a person of the werkplaats (a lost phone, a shared computer), for its beheerder; the
   * person signs in again with their password. Returns how many ended. Audited.
   */
  async endSessions(
    viewer: MaybeViewer,
    userId: string,
    workshopId: string | null | undefined,
  ): Promise<number> {
    const scope = this.workshopFor(viewer, workshopId, 'workshopId');
    await this.managedPerson(scope.workshopId, userId);
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.session.deleteMany({ where: { userId } });
      await this.audit.record(
        {
          workshopId: scope.workshopId,
          actorId: scope.userId,
          action: 'account.sessions-ended',
          targetType: 'User',
          targetId: userId,
          details: { count },
        },
        tx,
      );
      return count;
    });
  }

  /** A person of the werkplaats (the policy's `peopleManagedIn`); anyone else is not found. */
  private async managedPerson(workshopId: string, userId: string): Promise<void> {
    const found = await this.prisma.user.findFirst({
      where: { AND: [{ id: userId }, peopleManagedIn([workshopId])] },
      select: { id: true },
    });
    if (!found) throw new NotFoundError('User');
  }

  private async municipalityOf(
    workshopId: string,
    globalId: string | null | undefined,
  ): Promise<string | null> {
    if (!globalId) return null;
    const id = fromGlobalId('Municipality', globalId, 'input.municipalityId');
    const found = await this.prisma.municipality.findFirst({
      where: { id, workshopId },
      select: { id: true },
    });
    if (!found)
      throw new BadInputError('input.municipalityId', 'This gemeente is not in the werkgebied', 'notAllowed');
    return id;
  }

  /** A beheer write and its audit line, in one transaction. */
  private audited<T extends { id: string; name: string }>(
    viewer: Viewer,
    workshopId: string,
    action: string,
    targetType: 'Organisation' | 'Municipality',
    write: (tx: Tx) => Promise<T>,
    /** More of what changed, beside the name. */
    extra: Record<string, unknown> = {},
  ): Promise<T> {
    return this.prisma.$transaction(async (tx) => {
      const row = await write(tx);
      await this.audit.record(
        {
          workshopId,
          actorId: viewer.userId,
          action,
          targetType,
          targetId: row.id,
          details: { name: row.name, ...extra },
        },
        tx,
      );
      return row;
    });
  }

  private async unique<T>(write: () => Promise<T>, field: string, message: string): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new ConflictError(message, { field });
      }
      throw error;
    }
  }
}
