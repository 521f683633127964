import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import type { Municipality, Organisation, Workshop } from '../generated/prisma/client.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { type Loaded, Loaders, byKey } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';

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
    this.nodes.register('Organisation', (id) => this.prisma.organisation.findUnique({ where: { id } }));
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

  loadOrganisation(loaders: Loaders, id: string): Loaded<Organisation | null> {
    return this.organisationLoader(loaders).value(id);
  }

  /** Hands the loader a row read elsewhere in the same request (an atelier's page reads its participants'). */
  primeOrganisation(loaders: Loaders, organisation: Organisation): void {
    this.organisationLoader(loaders).prime(organisation.id, organisation);
  }

  private organisationLoader(loaders: Loaders) {
    return loaders.get<string, Organisation | null>('organisation.byId', async (ids) =>
      byKey(ids, await this.prisma.organisation.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id),
    );
  }

  organisations(args: ConnectionArgs, workshopId?: string | null): Promise<ConnectionPage<Organisation>> {
    const where = workshopId ? { workshopId } : {};
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
