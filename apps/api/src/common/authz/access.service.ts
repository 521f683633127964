import { Injectable } from '@nestjs/common';
import { Prisma, type Atelier, type Participation } from '../../generated/prisma/client.js';
import { NotFoundError } from '../graphql/app-error.js';
import type { Loaded, Loaders } from '../graphql/loaders.js';
import { fromJsonRow } from '../prisma/json-rows.js';
import { PrismaService } from '../prisma/prisma.service.js';
import type { AtelierRole } from './policy.js';
import { requireViewer } from './policy.js';
import type { MaybeViewer } from './viewer.js';

interface AtelierFacts {
  id: string;
  workshopId: string;
  trekkerId: string;
  participationId: string | null;
  participationRole: 'ARENA' | 'TRIBUNE' | null;
}

/** Looks up what a person is in an atelier (one statement), for the policy's write checks. */
@Injectable()
export class AccessService {
  constructor(private readonly prisma: PrismaService) {}

  async atelierRole(maybeViewer: MaybeViewer, atelierId: string): Promise<AtelierRole> {
    const viewer = requireViewer(maybeViewer);
    const [role] = await this.rolesIn(viewer, [atelierId]);
    if (!role) throw new NotFoundError('Atelier');
    return role;
  }

  /**
   * The viewer's role in an atelier with more of what a write checks read along, in the same statement: `columns`
   * is a select list over the atelier `a` (NOT_FOUND when there is no such atelier). A write's checks in one
   * statement (LessonService.log); what the role allows stays the policy's to say.
   */
  async atelierRoleWith<T extends object>(
    maybeViewer: MaybeViewer,
    atelierId: string,
    columns: Prisma.Sql,
  ): Promise<{ role: AtelierRole; facts: T }> {
    const viewer = requireViewer(maybeViewer);
    const [row] = await this.prisma.$queryRaw<(AtelierFacts & T)[]>(
      Prisma.sql`SELECT ${columns}, ${factsOf(viewer.userId, [atelierId])}`,
    );
    if (!row) throw new NotFoundError('Atelier');
    return { role: this.toRole(viewer, row), facts: row };
  }

  /**
   * The viewer's role in an atelier for a field resolver (what may I do with this?): batched per request,
   * so a list of lessons asks once for all their ateliers. Null for a visitor or an unknown atelier.
   */
  atelierRoleFor(loaders: Loaders, maybeViewer: MaybeViewer, atelierId: string): Loaded<AtelierRole | null> {
    if (!maybeViewer) return null;
    return this.roleLoader(loaders, maybeViewer).value(atelierId);
  }

  private roleLoader(loaders: Loaders, viewer: NonNullable<MaybeViewer>) {
    return loaders.get<string, AtelierRole | null>('access.atelierRole', (ids) => this.rolesIn(viewer, ids));
  }

  /**
   * An atelier with the reader's role and active participation in it, in one statement (null: no such atelier).
   * The role goes into the request's loader, so the fields that ask for it later (canLead, the atelier's lessons)
   * do not ask again.
   */
  async atelierWithRole(
    loaders: Loaders,
    maybeViewer: MaybeViewer,
    atelierId: string,
  ): Promise<{ atelier: Atelier; role: AtelierRole | null; participation: Participation | null } | null> {
    // Every atelier page and dashboard starts here: sent by pg itself (its columns are JSON and text).
    const [row] = await this.prisma.rows<
      AtelierFacts & { atelier: Record<string, unknown>; participation: Record<string, unknown> | null }
    >(
      Prisma.sql`SELECT to_jsonb(a) - 'searchVector' AS atelier, to_jsonb(p) AS participation,
        ${factsOf(maybeViewer?.userId ?? null, [atelierId])}`,
    );
    if (!row) return null;
    const role = maybeViewer ? this.toRole(maybeViewer, row) : null;
    if (maybeViewer) this.roleLoader(loaders, maybeViewer).prime(atelierId, role);
    return {
      atelier: fromJsonRow('Atelier', row.atelier),
      role,
      participation: row.participation ? fromJsonRow('Participation', row.participation) : null,
    };
  }

  private async rolesIn(
    viewer: NonNullable<MaybeViewer>,
    atelierIds: readonly string[],
  ): Promise<(AtelierRole | null)[]> {
    // One statement (a person has at most one participation per atelier): asked on every write and every page
    // that shows what its reader may do.
    const ateliers = await this.prisma.$queryRaw<AtelierFacts[]>(
      Prisma.sql`SELECT ${factsOf(viewer.userId, atelierIds)}`,
    );
    const byId = new Map(ateliers.map((a) => [a.id, a]));
    return atelierIds.map((id) => {
      const atelier = byId.get(id);
      return atelier ? this.toRole(viewer, atelier) : null;
    });
  }

  private toRole(viewer: NonNullable<MaybeViewer>, atelier: AtelierFacts): AtelierRole {
    return {
      viewer,
      atelierId: atelier.id,
      workshopId: atelier.workshopId,
      isTrekker: atelier.trekkerId === viewer.userId,
      isCommittee: viewer.committeeOf.has(atelier.workshopId),
      isAdmin: viewer.adminOf.has(atelier.workshopId),
      participation:
        atelier.participationId && atelier.participationRole
          ? { id: atelier.participationId, role: atelier.participationRole }
          : null,
    };
  }
}

/** The select list and FROM of what a person is in some ateliers (a person has one participation per atelier). */
function factsOf(userId: string | null, atelierIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`a.id::text AS id, a."workshopId"::text AS "workshopId", a."trekkerId"::text AS "trekkerId",
           p.id::text AS "participationId", p.role::text AS "participationRole"
      FROM "Atelier" a
      LEFT JOIN "Participation" p ON p."atelierId" = a.id AND p."userId" = ${userId}::uuid AND p.status = 'ACTIVE'
     WHERE a.id IN (${Prisma.join(atelierIds.map((id) => Prisma.sql`${id}::uuid`))})`;
}
