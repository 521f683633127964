import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import type { NationalTheme, SocialIssue, SocialIssueChange } from '../generated/prisma/client.js';
import { allOf, paginate, type ConnectionPage } from '../common/graphql/connection.js';
import { NotFoundError } from '../common/graphql/app-error.js';
import { type Loaded, byKey, groupByKey, type Loaders } from '../common/graphql/loaders.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { SocialIssuesArgs } from './dto/social-issues.args.js';

@Injectable()
export class SocialIssueService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('SocialIssue', (id) => this.prisma.socialIssue.findUnique({ where: { id } }));
    this.nodes.register('SocialIssueChange', (id) =>
      this.prisma.socialIssueChange.findUnique({ where: { id } }),
    );
    this.nodes.register('NationalTheme', (id) => this.prisma.nationalTheme.findUnique({ where: { id } }));
  }

  /** The agenda, in the order the issues came on it. Open to everyone. */
  list(args: SocialIssuesArgs): Promise<ConnectionPage<SocialIssue>> {
    const where = {
      ...(args.status ? { status: args.status } : {}),
      ...(args.workshopId ? { workshopId: fromGlobalId('Workshop', args.workshopId, 'workshopId') } : {}),
    };
    return paginate<SocialIssue>({
      args,
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'asc',
      load: ({ after, orderBy, take }) =>
        this.prisma.socialIssue.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.socialIssue.count({ where }),
    });
  }

  async byId(id: string): Promise<SocialIssue> {
    const issue = await this.prisma.socialIssue.findUnique({ where: { id } });
    if (!issue) throw new NotFoundError('Social issue');
    return issue;
  }

  load(loaders: Loaders, id: string): Loaded<SocialIssue | null> {
    return loaders
      .get<string, SocialIssue | null>('socialIssue.byId', async (ids) =>
        byKey(ids, await this.prisma.socialIssue.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id),
      )
      .value(id);
  }

  history(loaders: Loaders, socialIssueId: string): Loaded<SocialIssueChange[]> {
    return loaders
      .get<string, SocialIssueChange[]>('socialIssue.history', async (ids) => {
        const rows = await this.prisma.socialIssueChange.findMany({
          where: { socialIssueId: { in: [...ids] } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        });
        return groupByKey(ids, rows, (r) => r.socialIssueId);
      })
      .value(socialIssueId);
  }

  nationalThemes(loaders: Loaders, socialIssueId: string): Loaded<NationalTheme[]> {
    return loaders
      .get<string, NationalTheme[]>('socialIssue.nationalThemes', async (ids) => {
        const issues = await this.prisma.socialIssue.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, nationalThemes: { orderBy: { name: 'asc' } } },
        });
        return byKey(ids, issues, (r) => r.id).map((issue) => issue?.nationalThemes ?? []);
      })
      .value(socialIssueId);
  }
}
