import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import type { Atelier, ParticipationRole } from '../generated/prisma/client.js';
import { allOf, paginate, type ConnectionPage } from '../common/graphql/connection.js';
import { type Loaded, Loaders, byKey, groupByKey } from '../common/graphql/loaders.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { AteliersArgs } from './dto/ateliers.args.js';

@Injectable()
export class AtelierService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Atelier', (id) => this.prisma.atelier.findUnique({ where: { id } }));
  }

  /** Ateliers are open to everyone to see (what the werkplaats works on); their content is not. */
  list(args: AteliersArgs): Promise<ConnectionPage<Atelier>> {
    const where = {
      ...(args.socialIssueId
        ? { socialIssueId: fromGlobalId('SocialIssue', args.socialIssueId, 'socialIssueId') }
        : {}),
      ...(args.municipalityId
        ? {
            practices: {
              some: { municipalityId: fromGlobalId('Municipality', args.municipalityId, 'municipalityId') },
            },
          }
        : {}),
      ...(args.workshopId ? { workshopId: fromGlobalId('Workshop', args.workshopId, 'workshopId') } : {}),
    };
    return paginate<Atelier>({
      args,
      sortField: 'startedAt',
      sortKind: 'date',
      direction: 'desc',
      load: ({ after, orderBy, take }) =>
        this.prisma.atelier.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.atelier.count({ where }),
    });
  }

  load(loaders: Loaders, id: string): Loaded<Atelier | null> {
    return this.byIdLoader(loaders).value(id);
  }

  /** Hands the loader a row read elsewhere in the same request (the feed reads ateliers with its page). */
  prime(loaders: Loaders, atelier: Atelier): void {
    this.byIdLoader(loaders).prime(atelier.id, atelier);
  }

  private byIdLoader(loaders: Loaders) {
    return loaders.get<string, Atelier | null>('atelier.byId', async (ids) =>
      byKey(ids, await this.prisma.atelier.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id),
    );
  }

  forSocialIssue(loaders: Loaders, socialIssueId: string): Loaded<Atelier[]> {
    return loaders
      .get<string, Atelier[]>('atelier.bySocialIssue', async (ids) => {
        const rows = await this.prisma.atelier.findMany({
          where: { socialIssueId: { in: [...ids] } },
          orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
        });
        return groupByKey(ids, rows, (r) => r.socialIssueId);
      })
      .value(socialIssueId);
  }

  /** Active participants per role; one grouped statement for a whole page of ateliers. */
  async participantCount(loaders: Loaders, atelierId: string, role: ParticipationRole): Promise<number> {
    return (await this.participantCountsLoader(loaders).load(atelierId))[role];
  }

  /** Hands the loader counts read with an atelier's page (AtelierPageService). */
  primeParticipantCounts(
    loaders: Loaders,
    atelierId: string,
    counts: Record<ParticipationRole, number>,
  ): void {
    this.participantCountsLoader(loaders).prime(atelierId, counts);
  }

  private participantCountsLoader(loaders: Loaders) {
    return loaders.get<string, Record<ParticipationRole, number>>(
      'atelier.participantCounts',
      async (ids) => {
        const groups = await this.prisma.participation.groupBy({
          by: ['atelierId', 'role'],
          where: { atelierId: { in: [...ids] }, status: 'ACTIVE' },
          _count: { _all: true },
        });
        return ids.map((id) => {
          const forAtelier = { ARENA: 0, TRIBUNE: 0 };
          for (const group of groups) if (group.atelierId === id) forAtelier[group.role] = group._count._all;
          return forAtelier;
        });
      },
    );
  }
}
