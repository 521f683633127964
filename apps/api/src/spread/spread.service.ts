import { Injectable } from '@nestjs/common';
import { Condition, Domain, Level } from '../generated/prisma/enums.js';
import type { Municipality, Prisma } from '../generated/prisma/client.js';
import { AccessService } from '../common/authz/access.service.js';
import { readableLessons, readableLessonsIn } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { Loaded, Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { LessonSpread } from './models/lesson-spread.model.js';

export interface SpreadFilter {
  condition: Condition | null;
  level: Level | null;
  domain: Domain | null;
  municipalityId: string | null;
}

/** One group of lessons alike in what a spread counts them by. */
interface SpreadGroup {
  conditions: Condition[];
  level: Level;
  domain: Domain;
  municipalityId: string | null;
  _count: { _all: number };
}

const BY = ['conditions', 'level', 'domain', 'municipalityId'] as const;

function filterWhere(filter: SpreadFilter): Prisma.LessonWhereInput {
  return {
    ...(filter.condition ? { conditions: { has: filter.condition } } : {}),
    ...(filter.level ? { level: filter.level } : {}),
    ...(filter.domain ? { domain: filter.domain } : {}),
    ...(filter.municipalityId ? { municipalityId: filter.municipalityId } : {}),
  };
}

/**
 * Lessons by condition × level × domain × gemeente, for a werkplaats and for an atelier: one grouped statement
 * over the lessons the reader may read (the policy's where), and the gemeenten's names in a second.
 */
@Injectable()
export class SpreadService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
  ) {}

  async workshopSpread(
    viewer: MaybeViewer,
    workshopId: string | null,
    filter: SpreadFilter,
  ): Promise<LessonSpread> {
    const groups = await this.prisma.lesson.groupBy({
      by: [...BY],
      where: {
        AND: [readableLessons(viewer), workshopId ? { atelier: { workshopId } } : {}, filterWhere(filter)],
      },
      _count: { _all: true },
    });
    const [spread] = await this.tally([groups]);
    return spread!;
  }

  /**
   * An atelier's spread, batched per request and filter: a list of ateliers costs one grouped statement, each
   * atelier read by the ladder of the reader's role there (readableLessonsIn).
   */
  atelierSpread(
    loaders: Loaders,
    viewer: MaybeViewer,
    atelierId: string,
    filter: SpreadFilter,
  ): Loaded<LessonSpread> {
    const loader = loaders.get<string, LessonSpread>(
      `spread.atelier:${JSON.stringify(filter)}`,
      async (ids) => {
        // Batched into one statement by the role loader (the roles may be known already: then no statement).
        const roles = await Promise.all(
          ids.map(async (id) => await this.access.atelierRoleFor(loaders, viewer, id)),
        );
        const groups = await this.prisma.lesson.groupBy({
          by: ['atelierId', ...BY],
          where: {
            AND: [{ OR: ids.map((id, i) => readableLessonsIn(id, roles[i] ?? null)) }, filterWhere(filter)],
          },
          _count: { _all: true },
        });
        return this.tally(ids.map((id) => groups.filter((g) => g.atelierId === id)));
      },
    );
    return loader.value(atelierId);
  }

  /** The counts of each set of groups, with the names of their gemeenten read once for all of them. */
  private async tally(sets: readonly (readonly SpreadGroup[])[]): Promise<LessonSpread[]> {
    const municipalityIds = new Set(sets.flat().flatMap((g) => (g.municipalityId ? [g.municipalityId] : [])));
    const municipalities: Municipality[] =
      municipalityIds.size === 0
        ? []
        : await this.prisma.municipality.findMany({
            where: { id: { in: [...municipalityIds] } },
            orderBy: [{ name: 'asc' }, { id: 'asc' }],
          });
    return sets.map((groups) => {
      const conditions = new Map<Condition, number>(Object.values(Condition).map((c) => [c, 0]));
      const levels = new Map<Level, number>(Object.values(Level).map((l) => [l, 0]));
      const domains = new Map<Domain, number>(Object.values(Domain).map((d) => [d, 0]));
      const places = new Map<string, number>();
      let total = 0;
      let withoutMunicipality = 0;
      for (const g of groups) {
        const n = g._count._all;
        total += n;
        for (const condition of g.conditions) conditions.set(condition, (conditions.get(condition) ?? 0) + n);
        levels.set(g.level, (levels.get(g.level) ?? 0) + n);
        domains.set(g.domain, (domains.get(g.domain) ?? 0) + n);
        if (g.municipalityId) places.set(g.municipalityId, (places.get(g.municipalityId) ?? 0) + n);
        else withoutMunicipality += n;
      }
      return {
        total,
        byCondition: [...conditions].map(([condition, count]) => ({ condition, count })),
        byLevel: [...levels].map(([level, count]) => ({ level, count })),
        byDomain: [...domains].map(([domain, count]) => ({ domain, count })),
        byMunicipality: municipalities
          .filter((m) => places.has(m.id))
          .map((municipality) => ({ municipality, count: places.get(municipality.id) ?? 0 })),
        withoutMunicipality,
      };
    });
  }
}
