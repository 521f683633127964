import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import type { Municipality, Organisation, Workshop } from '../generated/prisma/client.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { type Loaded, Loaders, byKey } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { listedOrganisations, readableOrganisations } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';

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
    return paginate<Organisation>({
      args,
      sortField: 'name',
      sortKind: 'text',
      direction: 'asc',
      load: ({ after, orderBy, take }) =>
        this.prisma.organisation.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.organisation.count({ where }),
    });
  }
}
