import { Injectable } from '@nestjs/common';
import { Condition } from '../generated/prisma/enums.js';
import type { Municipality, Prisma } from '../generated/prisma/client.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  readableLessons,
  readableLessonsIn,
  readableOrganisationParticipations,
  readableOrganisations,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { toGlobalId } from '../common/graphql/relay.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import {
  NetworkEdgeKind,
  NetworkNodeKind,
  type ConditionSpread,
  type Network,
  type NetworkEdge,
  type NetworkNode,
} from './network.model.js';

const emptyCounts = () => new Map<Condition, number>(Object.values(Condition).map((c) => [c, 0]));
const asList = (counts: Map<Condition, number>) =>
  [...counts].map(([condition, count]) => ({ condition, count }));

export interface NetworkFilter {
  workshopId: string | null;
  condition: Condition | null;
  nationalThemeId: string | null;
  municipalityId: string | null;
}

/** The network picture and the werkplaats-wide spread over the conditions; both bounded in statements. */
@Injectable()
export class NetworkService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
  ) {}

  /**
   * The picture of the ateliers the filters leave: their kwesties, trekkers, gemeenten and (for those who read the
   * atelier's tribune) organisations. The condition filter looks only at lessons the reader may read.
   */
  async network(viewer: MaybeViewer, filter: NetworkFilter): Promise<Network> {
    const where: Prisma.AtelierWhereInput[] = [{ status: 'ACTIVE', socialIssue: { status: 'ACTIVE' } }];
    if (filter.workshopId) where.push({ workshopId: filter.workshopId });
    if (filter.condition) {
      where.push({
        lessons: { some: { AND: [readableLessons(viewer), { conditions: { has: filter.condition } }] } },
      });
    }
    if (filter.nationalThemeId) {
      where.push({ socialIssue: { nationalThemes: { some: { id: filter.nationalThemeId } } } });
    }
    if (filter.municipalityId) where.push({ practices: { some: { municipalityId: filter.municipalityId } } });
    const ateliers = await this.prisma.atelier.findMany({
      where: { AND: where },
      select: {
        id: true,
        title: true,
        socialIssue: { select: { id: true, title: true } },
        trekker: { select: { id: true, name: true } },
      },
      orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
    });
    const ofAteliers = { atelierId: { in: ateliers.map((a) => a.id) } };
    const [practiceGroups, memberGroups] = await Promise.all([
      // Where an atelier works is public (its practices' gemeenten, counted); the practices themselves are not.
      this.prisma.practice.groupBy({
        by: ['atelierId', 'municipalityId'],
        where: ofAteliers,
        _count: { _all: true },
      }),
      // Which organisations take part is shown only to those who read the atelier's tribune.
      this.prisma.participation.groupBy({
        by: ['atelierId', 'organisationId'],
        where: { AND: [readableOrganisationParticipations(viewer), ofAteliers] },
        _count: { _all: true },
      }),
    ]);
    const [municipalities, organisations] = await Promise.all([
      this.prisma.municipality.findMany({
        where: { id: { in: [...new Set(practiceGroups.map((g) => g.municipalityId))] } },
        select: { id: true, name: true },
      }),
      this.prisma.organisation.findMany({
        where: {
          AND: [
            readableOrganisations(viewer),
            {
              id: {
                in: [...new Set(memberGroups.flatMap((g) => (g.organisationId ? [g.organisationId] : [])))],
              },
            },
          ],
        },
        select: { id: true, name: true },
      }),
    ]);
    const nodes = new Map<string, NetworkNode>();
    const edges: NetworkEdge[] = [];
    const node = (id: string, kind: NetworkNodeKind, label: string) => {
      if (!nodes.has(id)) nodes.set(id, { id, kind, label });
      return id;
    };
    const known = new Set(ateliers.map((a) => a.id));
    for (const a of ateliers) {
      const atelier = node(toGlobalId('Atelier', a.id), NetworkNodeKind.ATELIER, a.title);
      const issue = node(
        toGlobalId('SocialIssue', a.socialIssue.id),
        NetworkNodeKind.SOCIAL_ISSUE,
        a.socialIssue.title,
      );
      const trekker = node(toGlobalId('User', a.trekker.id), NetworkNodeKind.TREKKER, a.trekker.name);
      edges.push(
        { from: issue, to: atelier, kind: NetworkEdgeKind.HAS_ATELIER, weight: 1 },
        { from: atelier, to: trekker, kind: NetworkEdgeKind.LED_BY, weight: 1 },
      );
    }
    const municipalityName = new Map(municipalities.map((m) => [m.id, m.name]));
    for (const g of practiceGroups) {
      const name = municipalityName.get(g.municipalityId);
      if (!known.has(g.atelierId) || !name) continue;
      const to = node(toGlobalId('Municipality', g.municipalityId), NetworkNodeKind.MUNICIPALITY, name);
      edges.push({
        from: toGlobalId('Atelier', g.atelierId),
        to,
        kind: NetworkEdgeKind.PRACTICES_IN,
        weight: g._count._all,
      });
    }
    const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
    for (const g of memberGroups) {
      const name = g.organisationId ? organisationName.get(g.organisationId) : undefined;
      if (!known.has(g.atelierId) || !g.organisationId || !name) continue;
      const from = node(toGlobalId('Organisation', g.organisationId), NetworkNodeKind.ORGANISATION, name);
      edges.push({
        from,
        to: toGlobalId('Atelier', g.atelierId),
        kind: NetworkEdgeKind.TAKES_PART,
        weight: g._count._all,
      });
    }
    return { nodes: [...nodes.values()], edges };
  }

  /** Lessons per condition over what the reader may read, in all and per gemeente (one grouped statement). */
  async conditionSpread(
    loaders: Loaders,
    viewer: MaybeViewer,
    scope: { workshopId?: string; atelierId?: string },
  ): Promise<ConditionSpread> {
    const where: Prisma.LessonWhereInput = {
      AND: [
        scope.atelierId
          ? readableLessonsIn(
              scope.atelierId,
              await this.access.atelierRoleFor(loaders, viewer, scope.atelierId),
            )
          : readableLessons(viewer),
        scope.workshopId ? { atelier: { workshopId: scope.workshopId } } : {},
      ],
    };
    const groups = await this.prisma.lesson.groupBy({
      by: ['municipalityId', 'conditions'],
      where,
      _count: { _all: true },
    });
    const total = emptyCounts();
    const perMunicipality = new Map<string, Map<Condition, number>>();
    for (const g of groups) {
      const local = g.municipalityId ? (perMunicipality.get(g.municipalityId) ?? emptyCounts()) : undefined;
      if (g.municipalityId && local) perMunicipality.set(g.municipalityId, local);
      for (const condition of g.conditions) {
        total.set(condition, (total.get(condition) ?? 0) + g._count._all);
        local?.set(condition, (local.get(condition) ?? 0) + g._count._all);
      }
    }
    const municipalities: Municipality[] = await this.prisma.municipality.findMany({
      where: { id: { in: [...perMunicipality.keys()] } },
      orderBy: [{ name: 'asc' }],
    });
    return {
      total: asList(total),
      byMunicipality: municipalities.map((municipality) => ({
        municipality,
        counts: asList(perMunicipality.get(municipality.id) ?? emptyCounts()),
      })),
    };
  }
}
