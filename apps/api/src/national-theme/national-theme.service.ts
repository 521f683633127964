import { Injectable } from '@nestjs/common';
import type { Insight, NationalTheme, Product, SocialIssue } from '../generated/prisma/client.js';
import { SocialIssueStatus } from '../generated/prisma/enums.js';
import { publicInsightsUnderTheme, publishedProductsUnderTheme } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { PrismaService } from '../common/prisma/prisma.service.js';

/**
 * The national layer: the four themes every Werkplaats Sociaal Domein shares, and what the werkplaatsen put
 * under each in public. One page per theme, read by anyone; the ladder rules come from the policy.
 */
@Injectable()
export class NationalThemeService {
  constructor(private readonly prisma: PrismaService) {}

  bySlug(slug: string): Promise<NationalTheme | null> {
    return this.prisma.nationalTheme.findUnique({ where: { slug } });
  }

  /** Kwesties on the agenda of any werkplaats that are tagged with the theme, oldest first. */
  socialIssues(themeId: string, args: ConnectionArgs): Promise<ConnectionPage<SocialIssue>> {
    // The kennisagenda is public; only kwesties still on it (not merged or lapsed) speak for the theme.
    const where = { status: SocialIssueStatus.ACTIVE, nationalThemes: { some: { id: themeId } } };
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

  /** Public insights under the theme, from every werkplaats, newest first. */
  insights(viewer: MaybeViewer, themeId: string, args: ConnectionArgs): Promise<ConnectionPage<Insight>> {
    const where = publicInsightsUnderTheme(viewer, themeId);
    return paginate<Insight>({
      args,
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'desc',
      load: ({ after, orderBy, take }) =>
        this.prisma.insight.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.insight.count({ where }),
    });
  }

  /** Published outputs tagged with the theme, from every werkplaats, newest first. */
  products(viewer: MaybeViewer, themeId: string, args: ConnectionArgs): Promise<ConnectionPage<Product>> {
    const where = publishedProductsUnderTheme(viewer, themeId);
    return paginate<Product>({
      args,
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'desc',
      load: ({ after, orderBy, take }) =>
        this.prisma.product.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.product.count({ where }),
    });
  }
}
