import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Municipality, Organisation, User, WorkshopRoleKind } from '../generated/prisma/client.js';
import { OrganisationKind } from '../generated/prisma/enums.js';
import { Prisma } from '../generated/prisma/client.js';
import { AuditService } from '../common/audit/audit.service.js';
import { requireAdmin, requireViewer } from '../common/authz/policy.js';
import type { MaybeViewer, Viewer } from '../common/authz/viewer.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/graphql/app-error.js';
import { allOf, paginate, type ConnectionPage } from '../common/graphql/connection.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { NotificationService } from '../notification/notification.service.js';
import type { MunicipalityInput, OrganisationInput, UsersArgs } from './dto/admin.inputs.js';

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

/** What the beheerder keeps: partner organisations, the werkgebied, accounts and their werkplaats roles. */
@Injectable()
export class AdminService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  /** The werkplaats an admin action is for: the one named, else the only one the viewer is beheerder of. */
  private workshopFor(
    viewer: MaybeViewer,
    workshopId: string | null | undefined,
    field: string,
  ): Viewer & { workshopId: string } {
    const v = requireViewer(viewer);
    const id = workshopId ? fromGlobalId('Workshop', workshopId, field) : [...v.adminOf][0];
    if (!id) throw new ForbiddenError('Only a beheerder may do this');
    requireAdmin(v, id);
    return { ...v, workshopId: id };
  }

  async createOrganisation(viewer: MaybeViewer, input: OrganisationInput): Promise<Organisation> {
    const data = validate(organisationSchema, input);
    const { workshopId } = this.workshopFor(viewer, data.workshopId, 'input.workshopId');
    const municipalityId = await this.municipalityOf(workshopId, data.municipalityId);
    return this.unique(
      () =>
        this.prisma.organisation.create({
          data: {
            workshopId,
            name: data.name,
            kind: data.kind,
            municipalityId,
            website: data.website ?? null,
          },
        }),
      'input.name',
      'An organisation with this name exists already',
    );
  }

  async updateOrganisation(viewer: MaybeViewer, id: string, input: OrganisationInput): Promise<Organisation> {
    const data = validate(organisationSchema, input);
    const existing = await this.prisma.organisation.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('Organisation');
    requireAdmin(viewer, existing.workshopId);
    const municipalityId = await this.municipalityOf(existing.workshopId, data.municipalityId);
    return this.unique(
      () =>
        this.prisma.organisation.update({
          where: { id },
          data: { name: data.name, kind: data.kind, municipalityId, website: data.website ?? null },
        }),
      'input.name',
      'An organisation with this name exists already',
    );
  }

  async createMunicipality(viewer: MaybeViewer, input: MunicipalityInput): Promise<Municipality> {
    const data = validate(municipalitySchema, input);
    const { workshopId } = this.workshopFor(viewer, data.workshopId, 'input.workshopId');
    return this.unique(
      () =>
        this.prisma.municipality.create({
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
      'input.cbsCode',
      'This gemeente is in the werkgebied already',
    );
  }

  async updateMunicipality(viewer: MaybeViewer, id: string, input: MunicipalityInput): Promise<Municipality> {
    const data = validate(municipalitySchema, input);
    const existing = await this.prisma.municipality.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('Municipality');
    requireAdmin(viewer, existing.workshopId);
    return this.unique(
      () =>
        this.prisma.municipality.update({
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
      'input.cbsCode',
      'Another gemeente has this CBS code',
    );
  }

  /** The accounts, for a beheerder: by name, searchable by name or email. */
  users(viewer: MaybeViewer, args: UsersArgs): Promise<ConnectionPage<User>> {
    const v = requireViewer(viewer);
    if (v.adminOf.size === 0) throw new ForbiddenError('Only a beheerder may do this');
    const query = args.query?.trim().slice(0, 100);
    const where: Prisma.UserWhereInput = query
      ? {
          OR: [
            { name: { contains: query, mode: 'insensitive' } },
            { email: { contains: query.toLowerCase() } },
          ],
        }
      : {};
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
   * beheerder who gives themself the commissie's reading rights does so in plain sight.
   */
  async setWorkshopRole(
    viewer: MaybeViewer,
    userId: string,
    role: WorkshopRoleKind,
    granted: boolean,
    workshopId: string | null | undefined,
  ): Promise<User> {
    const scope = this.workshopFor(viewer, workshopId, 'workshopId');
    const user = await this.prisma.user.findUnique({ where: { id: userId } });
    if (!user) throw new NotFoundError('User');
    if (!granted && role === 'ADMIN' && userId === scope.userId) {
      throw new BadInputError('granted', 'You cannot withdraw your own beheer role');
    }
    await this.prisma.$transaction(async (tx) => {
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
