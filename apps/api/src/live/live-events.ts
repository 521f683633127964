import { EventEmitter } from 'node:events';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimits } from '../common/http/rate-limits.js';

/** What happened, told to every replica; each subscriber reads the item anew through the policy. */
export type LiveEvent =
  | { type: 'notification'; userId: string; id: string }
  | { type: 'feed'; kind: 'Lesson' | 'Insight'; id: string; atelierId: string }
  | { type: 'joinRequest'; id: string; atelierId: string }
  | { type: 'sessionEnded'; tokenHashes: string[] }
  | { type: 'userSessionsEnded'; userId: string; exceptTokenHash: string | null }
  | { type: 'rolesChanged'; userId: string };

const CHANNEL = 'werkplaats:live';

/**
 * Live events between replicas: through Redis pub/sub when REDIS_URL is set (the rate limits' connection
 * publishes, a duplicate of it subscribes), in this process otherwise. An event carries ids only, never content:
 * who may read the item is decided at each subscriber, by the same policy the queries use.
 */
@Injectable()
export class LiveEvents implements OnModuleDestroy {
  private readonly local = new EventEmitter();
  private readonly publisher: Redis | undefined;
  private readonly subscriber: Redis | undefined;
  private readonly log = new Logger('LiveEvents');

  constructor(limits: RateLimits) {
    // Every socket of a replica listens: far more than Node's warning threshold of ten.
    this.local.setMaxListeners(0);
    this.publisher = limits.redis;
    if (this.publisher) {
      // A connection in subscriber mode can do nothing else. It queues while (re)connecting, so the
      // subscription is made again after a break.
      this.subscriber = this.publisher.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
      this.subscriber.on('message', (channel: string, message: string) => {
        if (channel === CHANNEL) this.emit(message);
      });
      this.subscriber.on('error', (error: Error) => this.log.warn(`Redis subscriber: ${error.message}`));
      void this.subscriber.subscribe(CHANNEL).catch((error: Error) => this.log.error(error.message));
    }
  }

  /** Resolves once the Redis subscription is in place (at once without Redis); for start-up and tests. */
  async ready(): Promise<void> {
    if (!this.subscriber) return;
    if (this.subscriber.status === 'ready') {
      await this.subscriber.subscribe(CHANNEL);
      return;
    }
    await new Promise<void>((resolve) => this.subscriber!.once('ready', () => resolve()));
    await this.subscriber.subscribe(CHANNEL);
  }

  /** Tells every replica (this one included); never throws: a lost live event leaves polling to catch up. */
  publish(event: LiveEvent): void {
    const message = JSON.stringify(event);
    if (!this.publisher) {
      // As Redis would: after the current work, never inside it.
      setImmediate(() => this.emit(message));
      return;
    }
    this.publisher.publish(CHANNEL, message).catch((error: Error) => {
      this.log.warn(`Live event not published: ${error.message}`);
    });
  }

  /** Calls `listener` with every event until the returned function is called. */
  listen(listener: (event: LiveEvent) => void): () => void {
    this.local.on('event', listener);
    return () => this.local.off('event', listener);
  }

  private emit(message: string): void {
    let event: LiveEvent;
    try {
      event = JSON.parse(message) as LiveEvent;
    } catch {
      return;
    }
    this.local.emit('event', event);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
  }
}
