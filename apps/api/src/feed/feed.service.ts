import { Injectable } from '@nestjs/common';
import type { Insight, Lesson } from '../generated/prisma/client.js';
import { feedInsights, feedLessons, requireViewer } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { PrismaService } from '../common/prisma/prisma.service.js';

type FeedRow = (Lesson & { __typename: 'Lesson' }) | (Insight & { __typename: 'Insight' });

/**
 * The tribune's feed: lessons and insights shared (TRIBUNE and up) in the ateliers a person takes part in,
 * newest share first. Two keyset queries of one page each, merged: cost doesn't grow with depth.
 */
@Injectable()
export class FeedService {
  constructor(private readonly prisma: PrismaService) {}

  feed(viewer: MaybeViewer, args: ConnectionArgs): Promise<ConnectionPage<FeedRow>> {
    const v = requireViewer(viewer);
    const lessonWhere = feedLessons(v);
    const insightWhere = feedInsights(v);
    return paginate<FeedRow & { sharedAt: Date }>({
      args,
      sortField: 'sharedAt',
      direction: 'desc',
      load: async ({ after, orderBy, take }) => {
        const [lessons, insights] = await Promise.all([
          this.prisma.lesson.findMany({ where: allOf(lessonWhere, after), orderBy, take }),
          this.prisma.insight.findMany({ where: allOf(insightWhere, after), orderBy, take }),
        ]);
        const rows = [
          ...lessons.map((l) => ({ ...l, __typename: 'Lesson' as const })),
          ...insights.map((i) => ({ ...i, __typename: 'Insight' as const })),
        ] as (FeedRow & { sharedAt: Date })[];
        // The same order as the keyset: sharedAt, then id, both descending.
        rows.sort(
          (a, b) => b.sharedAt.getTime() - a.sharedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
        );
        return rows.slice(0, take);
      },
      count: async () => {
        const [lessons, insights] = await Promise.all([
          this.prisma.lesson.count({ where: lessonWhere }),
          this.prisma.insight.count({ where: insightWhere }),
        ]);
        return lessons + insights;
      },
    });
  }
}
