import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Municipality, Organisation, User, WorkshopRoleKind } from '../generated/prisma/client.js';
import { OrganisationKind } from '../generated/prisma/enums.js';
import { Prisma } from '../generated/prisma/client.js';
import { AuditService } from '../common/audit/audit.service.js';
import {
  adminScope,
  peopleManagedIn,
  requireAdmin,
  requireAdminWorkshop,
  requireBeheerderRemains,
  requireNotSelf,
} from '../common/authz/policy.js';
import { PASSWORD_TOKEN_DAYS, issuePasswordToken, passwordLink } from '../auth/password-token.js';
import { queueAccountLinkMail } from '../mail/account-started.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import type { MaybeViewer, Viewer } from '../common/authz/viewer.js';
import { BadInputError, ConflictError, NotFoundError } from '../common/graphql/app-error.js';
import { allOf, paginate, type ConnectionPage } from '../common/graphql/connection.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';
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
  places: z.array(z.string().trim().min(1).max(100)).max(50).nullish(),
});

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
      throw new BadInputError('input.workshopId', 'This cannot move to another werkplaats');
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
    return this.unique(
      () =>
        this.audited(v, existing.workshopId, 'municipality.updated', 'Municipality', (tx) =>
          tx.municipality.update({
            where: { id },
            data: {
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
    if (!found) throw new BadInputError('input.municipalityId', 'This gemeente is not in the werkgebied');
    return id;
  }

  /** A beheer write and its audit line, in one transaction. */
  private audited<T extends { id: string; name: string }>(
    viewer: Viewer,
    workshopId: string,
    action: string,
    targetType: 'Organisation' | 'Municipality',
    write: (tx: Tx) => Promise<T>,
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
          details: { name: row.name },
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
