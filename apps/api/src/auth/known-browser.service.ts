import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { hashToken, newToken } from './token.js';

/** A browser unseen this long is no longer known (its cookie lives as long). */
export const KNOWN_BROWSER_MS = 365 * 24 * 3_600_000;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
// No account has this id: asked for an unknown address, so the lookup costs the same either way.
const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

/**
 * The browsers that signed in to an account before, recognised by a long-lived cookie (OWASP's "device
 * cookie"): their password attempts are counted apart (see RateLimits), so a password guesser elsewhere does
 * not lock the owner out. Being known opens nothing by itself; the password is always asked.
 */
@Injectable()
export class KnownBrowserService {
  constructor(private readonly prisma: PrismaService) {}

  /** The token's hash when the browser signed in to this account within the year; else undefined. */
  async recognise(userId: string | null, token: string | undefined): Promise<string | undefined> {
    if (!token || !TOKEN.test(token)) return undefined;
    const tokenHash = hashToken(token);
    const known = await this.prisma.knownBrowser.findUnique({
      where: { userId_tokenHash: { userId: userId ?? NO_ACCOUNT, tokenHash } },
      select: { lastSeenAt: true },
    });
    return known && known.lastSeenAt.getTime() > Date.now() - KNOWN_BROWSER_MS ? tokenHash : undefined;
  }

  /**
   * After a correct password: the browser is known to the account from now on. Returns the token for its
   * cookie: the one it has (one cookie for the accounts signed in from it), or a new one.
   */
  async remember(userId: string, token: string | undefined): Promise<string> {
    const kept = token && TOKEN.test(token) ? token : newToken();
    const tokenHash = hashToken(kept);
    await this.prisma.knownBrowser.deleteMany({
      where: { userId, lastSeenAt: { lte: new Date(Date.now() - KNOWN_BROWSER_MS) } },
    });
    await this.prisma.knownBrowser.upsert({
      where: { userId_tokenHash: { userId, tokenHash } },
      create: { userId, tokenHash },
      update: { lastSeenAt: new Date() },
    });
    return kept;
  }

  /** Forgets the account's browsers but the one asking (after a password change, or signing out everywhere). */
  async forgetOthers(userId: string, token: string | undefined): Promise<void> {
    await this.prisma.knownBrowser.deleteMany({
      where: { userId, ...(token ? { NOT: { tokenHash: hashToken(token) } } : {}) },
    });
  }
}
