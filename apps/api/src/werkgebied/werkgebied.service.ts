import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import {
  Prisma,
  type Insight,
  type Municipality,
  type Organisation,
  type Workshop,
} from '../generated/prisma/client.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { type Loaded, Loaders, byKey } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import {
  listedOrganisations,
  publicInsightsSql,
  readableAteliersSql,
  readableOrganisations,
  workshopsTakenPartIn,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';

/** How many insights the list of werkplaatsen shows per werkplaats. */
export const LATEST_PUBLIC_INSIGHTS = 3;

export interface PublicFigures {
  activeSocialIssueCount: number;
  atelierCount: number;
  publicInsightCount: number;
}
const NO_FIGURES: PublicFigures = { activeSocialIssueCount: 0, atelierCount: 0, publicInsightCount: 0 };

/** The werkgebied: gemeenten and partner organisations. Public knowledge of the network. */
@Injectable()
export class WerkgebiedService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Municipality', (id) => this.prisma.municipality.findUnique({ where: { id } }));
    this.nodes.register('Workshop', (id) => this.prisma.workshop.findUnique({ where: { id } }));
    this.nodes.register('Organisation', (id, viewer) =>
      this.prisma.organisation.findFirst({ where: { AND: [{ id }, readableOrganisations(viewer)] } }),
    );
  }

  workshops(): Promise<Workshop[]> {
    return this.prisma.workshop.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  }

  bySlug(slug: string): Promise<Workshop | null> {
    return this.prisma.workshop.findUnique({ where: { slug } });
  }

  /** The werkplaatsen the viewer takes part in (the policy says how one does), by name; none for a visitor. */
  async takenPartIn(viewer: MaybeViewer): Promise<Workshop[]> {
    if (!viewer) return [];
    return this.prisma.workshop.findMany({
      where: workshopsTakenPartIn(viewer),
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  /**
   * What each werkplaats shares publicly, for the list of werkplaatsen: one statement for all the werkplaatsen
   * asked about in a request. The agenda and the ateliers are public; insights count only at the visitor's rung.
   */
  loadPublicFigures(loaders: Loaders, workshopId: string): Loaded<PublicFigures> {
    return loaders
      .get<string, PublicFigures>('workshop.publicFigures', async (ids) => {
        const rows = await this.prisma.$queryRaw<(PublicFigures & { id: string })[]>(Prisma.sql`
SELECT w.id::text AS id,
  (SELECT count(*)::int FROM "SocialIssue" s WHERE s."workshopId" = w.id AND s.status = 'ACTIVE') AS "activeSocialIssueCount",
  (SELECT count(*)::int FROM "Atelier" a WHERE a."workshopId" = w.id AND ${readableAteliersSql(null, 'a')}) AS "atelierCount",
  (SELECT count(*)::int FROM "Insight" i JOIN "Atelier" a ON a.id = i."atelierId"
    WHERE a."workshopId" = w.id AND ${publicInsightsSql('i')}) AS "publicInsightCount"
  FROM "Workshop" w WHERE w.id = ANY (${[...ids]}::uuid[])`);
        return byKey(ids, rows, (r) => r.id, NO_FIGURES) as PublicFigures[];
      })
      .value(workshopId);
  }

  /** The newest few insights each werkplaats shares publicly: two statements for all the werkplaatsen asked about. */
  loadLatestPublicInsights(loaders: Loaders, workshopId: string): Loaded<Insight[]> {
    return loaders
      .get<string, Insight[]>('workshop.latestPublicInsights', async (ids) => {
        const newest = await this.prisma.$queryRaw<{ id: string; workshopId: string }[]>(Prisma.sql`
SELECT x.id::text AS id, x."workshopId"::text AS "workshopId" FROM (
  SELECT i.id, a."workshopId", row_number() OVER (
           PARTITION BY a."workshopId" ORDER BY i."sharedAt" DESC NULLS LAST, i."createdAt" DESC, i.id DESC) AS n
    FROM "Insight" i JOIN "Atelier" a ON a.id = i."atelierId"
   WHERE a."workshopId" = ANY (${[...ids]}::uuid[]) AND ${publicInsightsSql('i')}) x
 WHERE x.n <= ${LATEST_PUBLIC_INSIGHTS}
 ORDER BY x.n`);
        const insights = newest.length
          ? await this.prisma.insight.findMany({ where: { id: { in: newest.map((r) => r.id) } } })
          : [];
        const byId = new Map(insights.map((i) => [i.id, i]));
        return ids.map((id) =>
          newest.filter((r) => r.workshopId === id).flatMap((r) => byId.get(r.id) ?? []),
        );
      })
      .value(workshopId);
  }

  municipalities(workshopId?: string | null): Promise<Municipality[]> {
    return this.prisma.municipality.findMany({
      where: workshopId ? { workshopId } : {},
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  loadWorkshop(loaders: Loaders, id: string): Loaded<Workshop | null> {
    return loaders
      .get<string, Workshop | null>('workshop.byId', async (ids) =>
        byKey(ids, await this.prisma.workshop.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id),
      )
      .value(id);
  }

  loadMunicipality(loaders: Loaders, id: string): Loaded<Municipality | null> {
    return this.municipalityLoader(loaders).value(id);
  }

  /** Hands the loader a row read elsewhere in the same request (the feed reads gemeenten with its page). */
  primeMunicipality(loaders: Loaders, municipality: Municipality): void {
    this.municipalityLoader(loaders).prime(municipality.id, municipality);
  }

  private municipalityLoader(loaders: Loaders) {
    return loaders.get<string, Municipality | null>('municipality.byId', async (ids) =>
      byKey(ids, await this.prisma.municipality.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id),
    );
  }

  loadOrganisation(loaders: Loaders, viewer: MaybeViewer, id: string): Loaded<Organisation | null> {
    return this.organisationLoader(loaders, viewer).value(id);
  }

  /** Hands the loader a row read elsewhere in the same request (an atelier's page reads its participants'). */
  primeOrganisation(loaders: Loaders, viewer: MaybeViewer, organisation: Organisation): void {
    this.organisationLoader(loaders, viewer).prime(organisation.id, organisation);
  }

  // One viewer per request, and so per loader: the rule is the same for every id it batches.
  private organisationLoader(loaders: Loaders, viewer: MaybeViewer) {
    return loaders.get<string, Organisation | null>('organisation.byId', async (ids) =>
      byKey(
        ids,
        await this.prisma.organisation.findMany({
          where: { AND: [{ id: { in: [...ids] } }, readableOrganisations(viewer)] },
        }),
        (r) => r.id,
      ),
    );
  }

  /** The public list: listed organisations only; a proposed one waits for a beheerder. */
  organisations(
    args: ConnectionArgs,
    only: { query: string | null; workshopId: string | null },
  ): Promise<ConnectionPage<Organisation>> {
    const where = {
      AND: [
        listedOrganisations(),
        ...(only.query ? [{ name: { contains: only.query, mode: 'insensitive' as const } }] : []),
        ...(only.workshopId ? [{ workshopId: only.workshopId }] : []),
      ],
    };
    return organisationsByName(this.prisma, where, args);
  }
}

/** A page of the organisations `where` finds, by name: the one order of every list of organisations. */
export function organisationsByName(
  prisma: PrismaService,
  where: Prisma.OrganisationWhereInput,
  args: ConnectionArgs,
): Promise<ConnectionPage<Organisation>> {
  return paginate<Organisation>({
    args,
    sortField: 'name',
    sortKind: 'text',
    direction: 'asc',
    load: ({ after, orderBy, take }) =>
      prisma.organisation.findMany({ where: allOf(where, after), orderBy, take }),
    count: () => prisma.organisation.count({ where }),
  });
}
