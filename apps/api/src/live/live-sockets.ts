import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { LiveEvents, type LiveEvent } from './live-events.js';

/** How often the sessions behind open sockets are checked (expiry, erasure, blocking) and kept seen. */
export const SOCKET_SESSION_CHECK_MS = 60_000;

/** The WebSocket close code for a session that ended (graphql-ws's Unauthorized: the client does not retry). */
export const SESSION_ENDED_CLOSE_CODE = 4401;

/** The close code that asks the client to connect again (graphql-ws retries it): its roles are read anew then. */
export const RECONNECT_CLOSE_CODE = 4000;

interface LiveSocket {
  userId: string;
  close(code: number, reason: string): void;
}

/**
 * The signed-in sockets of this replica by session (the SHA-256 of its token, as the database keeps it). A session
 * that ends closes its sockets on every replica: sign-out and erasure at once (told through the live events), and
 * expiry, blocking or any other removal at the next check, once a minute. The check also keeps a session with an
 * open socket seen, as the web app's polling did before it listened instead. A socket's viewer (its werkplaats-wide
 * roles) is read at the upgrade, so when a person's roles change their sockets are closed to connect again: a
 * commissielid who steps down is not told another join request on the socket she opened as one.
 */
@Injectable()
export class LiveSockets implements OnModuleInit, OnModuleDestroy {
  private readonly bySession = new Map<string, Set<LiveSocket>>();
  private readonly log = new Logger('LiveSockets');
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => void) | undefined;

  constructor(
    private readonly prisma: PrismaService,
    private readonly events: LiveEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.unlisten = this.events.listen((event) => this.onEvent(event));
    this.timer = setInterval(() => {
      this.check().catch((error: Error) => this.log.warn(`Session check failed: ${error.message}`));
    }, SOCKET_SESSION_CHECK_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
    this.unlisten?.();
  }

  /** Keeps a socket under its session until the returned function is called (when it closes). */
  add(tokenHash: string, socket: LiveSocket): () => void {
    let sockets = this.bySession.get(tokenHash);
    if (!sockets) this.bySession.set(tokenHash, (sockets = new Set()));
    sockets.add(socket);
    return () => {
      sockets.delete(socket);
      if (sockets.size === 0 && this.bySession.get(tokenHash) === sockets) this.bySession.delete(tokenHash);
    };
  }

  /** How many signed-in sockets this replica holds. */
  get size(): number {
    let n = 0;
    for (const sockets of this.bySession.values()) n += sockets.size;
    return n;
  }

  /** A session ended (sign-out): its sockets close on every replica. */
  sessionEnded(tokenHash: string): void {
    this.events.publish({ type: 'sessionEnded', tokenHashes: [tokenHash] });
  }

  /** Every session of a person ended, but perhaps one: their sockets close on every replica. */
  userSessionsEnded(userId: string, exceptTokenHash: string | null): void {
    this.events.publish({ type: 'userSessionsEnded', userId, exceptTokenHash });
  }

  /** A person's werkplaats-wide roles changed: their sockets on every replica connect again, with the new roles. */
  rolesChanged(userId: string): void {
    this.events.publish({ type: 'rolesChanged', userId });
  }

  /** Closes the sockets whose session is gone, and marks the others' sessions seen. */
  async check(now = Date.now()): Promise<void> {
    const hashes = [...this.bySession.keys()];
    if (hashes.length === 0) return;
    const alive = await this.prisma.session.findMany({
      where: {
        tokenHash: { in: hashes },
        expiresAt: { gt: new Date(now) },
        lastSeenAt: { gt: new Date(now - this.config.session.idleMs) },
        user: { erasedAt: null, blockedAt: null },
      },
      select: { tokenHash: true },
    });
    const aliveHashes = new Set(alive.map((s) => s.tokenHash));
    this.closeWhere((hash) => !aliveHashes.has(hash), SESSION_ENDED_CLOSE_CODE, 'Session ended');
    if (aliveHashes.size > 0) {
      await this.prisma.session.updateMany({
        where: { tokenHash: { in: [...aliveHashes] } },
        data: { lastSeenAt: new Date(now) },
      });
    }
  }

  private onEvent(event: LiveEvent): void {
    if (event.type === 'sessionEnded') {
      const ended = new Set(event.tokenHashes);
      this.closeWhere((hash) => ended.has(hash), SESSION_ENDED_CLOSE_CODE, 'Session ended');
    } else if (event.type === 'userSessionsEnded') {
      this.closeWhere(
        (hash, socket) => socket.userId === event.userId && hash !== event.exceptTokenHash,
        SESSION_ENDED_CLOSE_CODE,
        'Session ended',
      );
    } else if (event.type === 'rolesChanged') {
      this.closeWhere(
        (_hash, socket) => socket.userId === event.userId,
        RECONNECT_CLOSE_CODE,
        'Roles changed',
      );
    }
  }

  private closeWhere(
    which: (tokenHash: string, socket: LiveSocket) => boolean,
    code: number,
    reason: string,
  ): void {
    for (const [hash, sockets] of this.bySession) {
      for (const socket of sockets) {
        if (which(hash, socket)) socket.close(code, reason);
      }
    }
  }
}
