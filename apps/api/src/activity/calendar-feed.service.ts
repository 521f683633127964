import { Inject, Injectable } from '@nestjs/common';
import { buildCalendar, type CalendarEvent } from '@werkplaats/domain';
import { hashToken, newToken } from '../auth/token.js';
import { readableActivities, requireViewer } from '../common/authz/policy.js';
import { viewerOf, type MaybeViewer } from '../common/authz/viewer.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { toGlobalId } from '../common/graphql/relay.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { CalendarFeed } from '../generated/prisma/client.js';

/** Activities this long ago still show, so that a calendar keeps last week's meeting. */
const PAST_DAYS = 90;
/** More than any person registers for; keeps one fetch bounded. */
const MAX_EVENTS = 500;

/**
 * A person's calendar subscription: a secret address their calendar app fetches now and then, listing the
 * activities they registered for (and, if they chose, every activity of the ateliers they take part in). The
 * address itself is the key, so it shows only what its owner may read, checked by the policy at every fetch:
 * leaving an atelier, being blocked or erasing the account empties or ends it.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  mine(viewer: MaybeViewer): Promise<CalendarFeed | null> {
    const v = requireViewer(viewer);
    return this.prisma.calendarFeed.findUnique({ where: { userId: v.userId } });
  }

  /** Starts a subscription, ending any earlier address (a new address is how a leaked one is revoked). */
  async start(viewer: MaybeViewer, includeFollowed: boolean): Promise<{ feed: CalendarFeed; url: string }> {
    const v = requireViewer(viewer);
    const token = newToken();
    const data = { tokenHash: hashToken(token), includeFollowed, createdAt: new Date(), lastFetchedAt: null };
    const feed = await this.prisma.calendarFeed.upsert({
      where: { userId: v.userId },
      create: { userId: v.userId, ...data },
      update: data,
    });
    return { feed, url: `${this.config.publicUrl}/kalender/${token}.ics` };
  }

  /** Changes what an existing subscription lists, keeping its address. */
  async update(viewer: MaybeViewer, includeFollowed: boolean): Promise<CalendarFeed | null> {
    const v = requireViewer(viewer);
    const { count } = await this.prisma.calendarFeed.updateMany({
      where: { userId: v.userId },
      data: { includeFollowed },
    });
    return count === 0 ? null : this.mine(v);
  }

  async stop(viewer: MaybeViewer): Promise<boolean> {
    const v = requireViewer(viewer);
    const { count } = await this.prisma.calendarFeed.deleteMany({ where: { userId: v.userId } });
    return count > 0;
  }

  /** The calendar behind an address, or null when there is no such (live) subscription. */
  async calendar(token: string, now = new Date()): Promise<string | null> {
    const feed = await this.prisma.calendarFeed.findUnique({
      where: { tokenHash: hashToken(token) },
      include: {
        user: { select: { name: true, locale: true, blockedAt: true, erasedAt: true, roles: true } },
      },
    });
    if (!feed || feed.user.blockedAt || feed.user.erasedAt) return null;
    const viewer = viewerOf(feed.userId, feed.user.roles);
    const mine = [
      { registrations: { some: { userId: feed.userId, cancelledAt: null } } },
      ...(feed.includeFollowed
        ? [
            { atelier: { participations: { some: { userId: feed.userId, status: 'ACTIVE' as const } } } },
            // And what the werkplaats of those ateliers organises as a whole.
            {
              workshop: {
                ateliers: {
                  some: { participations: { some: { userId: feed.userId, status: 'ACTIVE' as const } } },
                },
              },
            },
          ]
        : []),
    ];
    const activities = await this.prisma.activity.findMany({
      where: {
        AND: [
          readableActivities(viewer),
          { OR: mine },
          { startsAt: { gte: new Date(now.getTime() - PAST_DAYS * 24 * 60 * 60 * 1000) } },
        ],
      },
      include: {
        municipality: { select: { name: true } },
        atelier: { select: { title: true, workshop: { select: { slug: true } } } },
        workshop: { select: { name: true, slug: true } },
      },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: MAX_EVENTS,
    });
    await this.prisma.calendarFeed.update({ where: { id: feed.id }, data: { lastFetchedAt: now } });
    const english = feed.user.locale === 'en';
    const events: CalendarEvent[] = activities.map((a) => {
      const id = toGlobalId('Activity', a.id);
      // An atelier's activity names its atelier; a werkplaats-wide one its werkplaats.
      const host = a.atelier?.title ?? a.workshop?.name ?? '';
      const slug = a.atelier?.workshop.slug ?? a.workshop?.slug ?? '';
      return {
        uid: id,
        title: a.title,
        description: `${a.description}\n\n${host}`.trim(),
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        location: a.onlineUrl ?? ([a.location, a.municipality?.name].filter(Boolean).join(', ') || null),
        url: `${this.config.publicUrl}/w/${slug}/activiteiten/${encodeURIComponent(id)}`,
        cancelled: a.cancelledAt !== null,
        stamp: a.updatedAt,
      };
    });
    return buildCalendar(events, {
      name: english ? 'Werkplaats: my activities' : 'Werkplaats: mijn activiteiten',
      refreshMinutes: 60,
      stamp: now,
    });
  }
}
