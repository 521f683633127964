import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { viewerOf, type Viewer } from '../common/authz/viewer.js';
import { CONTENT_VERSION_SQL } from '../common/graphql/response-cache.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';
import { LiveSockets } from '../live/live-sockets.js';
import { hashToken, newToken } from './token.js';

/** Sessions are refreshed in the database at most this often, to keep reads free of writes. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Server-side sessions: the cookie holds 256 random bits, the database only their SHA-256, so a
 * leaked database doesn't hand out sessions. Idle and absolute expiry are checked on every request.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sockets: LiveSockets,
  ) {}

  async create(
    userId: string,
    userAgent: string | undefined,
    oidc?: { providerKey: string; idTokenEnc: string | null },
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.session.absoluteMs);
    await this.purgeExpired(userId);
    await this.prisma.session.create({
      data: {
        tokenHash: hashToken(token),
        userId,
        expiresAt,
        userAgent: userAgent?.slice(0, 300) ?? null,
        oidcProviderKey: oidc?.providerKey ?? null,
        oidcIdTokenEnc: oidc?.idTokenEnc ?? null,
      },
    });
    return { token, expiresAt };
  }

  /**
   * The viewer behind a token, or null when the session is unknown, expired or of an erased account (then it is
   * removed); with the content version as it stood then, for the response cache.
   */
  async resolve(token: string): Promise<{ viewer: Viewer; contentVersion: bigint } | null> {
    // Every request asks this: one statement for the session, the person's werkplaats roles and the content
    // version (read here, the response cache needs no statement of its own for a signed-in reader). Sent by pg
    // itself (PrismaService.rows), its instants as epoch milliseconds.
    const [session] = await this.prisma.rows<{
      id: string;
      userId: string;
      lastSeenAt: number;
      expiresAt: number;
      closed: boolean;
      roles: { workshopId: string; role: 'COMMITTEE' | 'ADMIN' }[];
      contentVersion: string;
    }>(Prisma.sql`SELECT s.id::text AS id, s."userId"::text AS "userId",
        (extract(epoch FROM s."lastSeenAt") * 1000)::float8 AS "lastSeenAt",
        (extract(epoch FROM s."expiresAt") * 1000)::float8 AS "expiresAt",
        (u."erasedAt" IS NOT NULL OR u."blockedAt" IS NOT NULL) AS closed,
        coalesce(json_agg(json_build_object('workshopId', r."workshopId", 'role', r.role)) FILTER (WHERE r.id IS NOT NULL), '[]') AS roles,
        (${Prisma.raw(CONTENT_VERSION_SQL)})::text AS "contentVersion"
      FROM "Session" s JOIN "User" u ON u.id = s."userId" LEFT JOIN "WorkshopRole" r ON r."userId" = s."userId"
      WHERE s."tokenHash" = ${hashToken(token)}
      GROUP BY s.id, u.id`);
    if (!session) return null;
    if (session.closed) {
      // Erasure (and blocking) ends every session; one left over (a sign-in racing it) opens nothing.
      await this.revokeAll(session.userId);
      return null;
    }
    const now = Date.now();
    if (session.expiresAt <= now || session.lastSeenAt + this.config.session.idleMs <= now) {
      await this.purgeExpired(session.userId);
      return null;
    }
    if (now - session.lastSeenAt > TOUCH_INTERVAL_MS) {
      await this.prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
    }
    return {
      viewer: viewerOf(session.userId, session.roles),
      contentVersion: BigInt(session.contentVersion),
    };
  }

  /** Removes a person's sessions that can no longer be used (idle or past their lifetime). */
  private async purgeExpired(userId: string): Promise<void> {
    const now = Date.now();
    await this.prisma.session.deleteMany({
      where: {
        userId,
        OR: [
          { expiresAt: { lte: new Date(now) } },
          { lastSeenAt: { lte: new Date(now - this.config.session.idleMs) } },
        ],
      },
    });
  }

  /** Ends one session; its open sockets close (on every replica). */
  async revoke(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    await this.prisma.session.deleteMany({ where: { tokenHash } });
    this.sockets.sessionEnded(tokenHash);
  }

  /**
   * Which work-account provider a live session came through (with that login's sealed ID token), so the
   * provider's logout can be offered; null for a password session or an unknown token.
   */
  async providerOf(token: string): Promise<{ providerKey: string; idTokenEnc: string | null } | null> {
    const row = await this.prisma.session.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { oidcProviderKey: true, oidcIdTokenEnc: true },
    });
    if (!row?.oidcProviderKey) return null;
    return { providerKey: row.oidcProviderKey, idTokenEnc: row.oidcIdTokenEnc };
  }

  /** Ends every session of a person, optionally but one (the one asking); their open sockets close. */
  async revokeAll(userId: string, exceptToken?: string): Promise<number> {
    const exceptHash = exceptToken ? hashToken(exceptToken) : null;
    const result = await this.prisma.session.deleteMany({
      where: { userId, ...(exceptHash ? { NOT: { tokenHash: exceptHash } } : {}) },
    });
    this.sockets.userSessionsEnded(userId, exceptHash);
    return result.count;
  }
}
