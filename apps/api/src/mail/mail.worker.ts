import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { PG_POOL } from '../common/prisma/prisma.service.js';
import { LEASE_MS, retryDelay } from './backoff.js';
import { onMailQueued } from './outbox.js';
import { MailRenderers } from './renderers.js';
import { createMailTransport, type MailToSend, type MailTransport } from './transport.js';

/** Messages taken per statement. */
const BATCH = 10;
/** With a connection of its own (real Postgres), the worker looks for due mail this often: other replicas'. */
const POLL_MS = 5_000;
/** A failed pass (the database away) is tried again after this. */
const ERROR_RETRY_MS = 5_000;
/** How long a message queued in this process may take to commit before the worker stops looking for it. */
const COMMIT_WAIT_MS = 30_000;
/** Node's timers hold at most 2^31 - 1 ms. */
const MAX_TIMER_MS = 2_147_483_647;
const UTC_NOW = `(now() AT TIME ZONE 'UTC')`;
/**
 * Once a message is sent (or dead) its body is no longer kept: it may hold a one-time link, whose token the
 * database otherwise keeps only as a hash. Subject, recipient and status stay, for the beheerder's list.
 */
const FORGET_BODY = `text = '', html = ''`;
/** Marks the worker's statements, which run on its own schedule, not a request's (the statement-count specs). */
const MARK = '/* mail worker */';

/** A message the worker took: what a transport sends, how often it was tried, and its renderer if any. */
interface ClaimedRow extends MailToSend {
  attempts: number;
  template: string | null;
  templateData: unknown;
}

/**
 * Sends the outbox (MailMessage). Each pass takes due messages with FOR UPDATE SKIP LOCKED, so of several
 * replicas each message is taken by one, and marks them SENDING with a lease; sends; marks them SENT, or QUEUED
 * again after a backoff, or DEAD after the last retry. A message whose worker died mid-send is taken again when
 * its lease ends. A pass runs right after a commit that queued mail here (enqueue wakes it), when the next
 * retry is due, and, with a connection of its own, every few seconds for the other replicas' mail.
 *
 * It never keeps the process from idling or stopping: its timers are unref'd; on the embedded database it
 * shares the app's one connection and touches it only when there is mail to send (so the pool still closes
 * its idle connection); on real Postgres it has one connection of its own. Failures (of the mail server or the
 * database) are the message's or the pass's, never the process's.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Mail');
  private readonly transport: MailTransport;
  private readonly pool: pg.Pool;
  private readonly ownPool: boolean;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private running: Promise<void> | undefined;
  private rerun = false;
  private stopped = false;
  private failing = false;
  /** Messages queued in this process whose transaction may not have committed yet, with when to give up. */
  private readonly awaited = new Map<string, number>();
  private readonly unsubscribe: () => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PG_POOL) appPool: pg.Pool,
    private readonly renderers: MailRenderers,
  ) {
    this.transport = createMailTransport(config);
    // The embedded database is one session behind a pool of one: share it. A real server: a connection apart.
    this.ownPool = (appPool.options.max ?? 10) > 1;
    this.pool = this.ownPool ? new pg.Pool({ ...appPool.options, max: 1 }) : appPool;
    if (this.ownPool) this.pool.on('error', () => undefined);
    this.unsubscribe = onMailQueued((id) => this.queued(id));
  }

  /** A first pass at start-up: what an earlier run left queued or half-sent. */
  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    clearTimeout(this.timer);
    // A send under way finishes (or fails) within the transport's timeouts; what is left is taken after its lease.
    await this.running;
    this.transport.close();
    if (this.ownPool) await this.pool.end();
  }

  /** Mail was queued in a transaction of this process: send it as soon as that commits. */
  queued(id: string): void {
    this.awaited.set(id, Date.now() + COMMIT_WAIT_MS);
    this.schedule(0);
  }

  /** Runs a pass now (tests, and after anything that makes mail due). */
  wake(): void {
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    const wait = Math.min(Math.max(0, delayMs), MAX_TIMER_MS);
    const at = Date.now() + wait;
    if (this.timer && this.timerAt <= at) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      void this.run();
    }, wait);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return;
    }
    let next: number | null = null;
    this.running = (async () => {
      try {
        do {
          this.rerun = false;
          next = await this.pass();
        } while (this.rerun && !this.stopped);
        if (this.failing) this.log.warn('The mail worker reaches the database again.');
        this.failing = false;
      } catch (error) {
        // Said once per spell: a database that is away is the health check's news, not a log flood.
        if (!this.failing) this.log.warn(`The mail worker could not run: ${describe(error)}; trying again.`);
        this.failing = true;
        next = ERROR_RETRY_MS;
      }
    })();
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
    if (next !== null) this.schedule(next);
  }

  /** Sends what is due; returns the wait until the next pass, or null when nothing is waiting. */
  private async pass(): Promise<number | null> {
    for (;;) {
      if (this.stopped) return null;
      const claimed = await this.claim();
      // Side by side: the SMTP transport sends on a few connections at most (transport.ts).
      await Promise.all(claimed.map((row) => this.deliver(row)));
      if (claimed.length < BATCH) break;
    }
    if (this.awaited.size > 0) {
      const ids = [...this.awaited.keys()];
      const { rows } = await this.pool.query<{ id: string }>(
        `${MARK} SELECT id FROM "MailMessage" WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      for (const { id } of rows) this.awaited.delete(id);
      // Not there long after: its transaction was rolled back.
      const now = Date.now();
      for (const [id, until] of this.awaited) if (until < now) this.awaited.delete(id);
    }
    const { rows } = await this.pool.query<{ wait: number | null }>(
      `${MARK} SELECT (EXTRACT(EPOCH FROM (min("nextAttemptAt") - ${UTC_NOW})) * 1000)::float8 AS wait
         FROM "MailMessage" WHERE status IN ('QUEUED', 'SENDING')`,
    );
    const candidates: number[] = [];
    const wait = rows[0]?.wait;
    // Measured by the database's clock, as the claim is: a clock apart from ours cannot make a busy loop.
    if (wait !== null && wait !== undefined) candidates.push(Math.max(wait, 10));
    if (this.awaited.size > 0) candidates.push(50);
    if (this.ownPool) candidates.push(POLL_MS);
    return candidates.length > 0 ? Math.min(...candidates) : null;
  }

  /** Takes due messages (and ones whose lease ended): SENDING, one more attempt, a lease. */
  private async claim(): Promise<ClaimedRow[]> {
    const { rows } = await this.pool.query<ClaimedRow>(
      `${MARK} UPDATE "MailMessage" m
          SET status = 'SENDING', attempts = m.attempts + 1,
              "nextAttemptAt" = ${UTC_NOW} + $2 * interval '1 millisecond'
         FROM (SELECT id FROM "MailMessage"
                WHERE status IN ('QUEUED', 'SENDING') AND "nextAttemptAt" <= ${UTC_NOW}
                ORDER BY "nextAttemptAt"
                LIMIT $1
                FOR UPDATE SKIP LOCKED) due
        WHERE m.id = due.id
        RETURNING m.id, m."idempotencyKey", m."to", m."fromName", m.subject, m.text, m.html, m.headers,
                  m.attempts, m.template, m."templateData"`,
      [BATCH, LEASE_MS],
    );
    return rows;
  }

  private async deliver(row: ClaimedRow): Promise<void> {
    const { template, templateData, attempts: _attempts, ...fields } = row;
    const mail: MailToSend = { ...fields, headers: row.headers ?? {} };
    // Only while it is still ours: a lease that ended meanwhile gave the message to another worker.
    const ours = `id = $1 AND status = 'SENDING' AND attempts = $2`;
    let failure: unknown;
    try {
      if (template) {
        // Rendered now, not when queued: it holds only what its recipient may read at this moment.
        const rendered = await this.renderers.render(template, templateData);
        if (!rendered) {
          await this.pool.query(
            `${MARK} UPDATE "MailMessage" SET status = 'DROPPED', "lastError" = NULL, ${FORGET_BODY} WHERE ${ours}`,
            [row.id, row.attempts],
          );
          return;
        }
        Object.assign(mail, { text: rendered.text, html: rendered.html });
        mail.headers = { ...mail.headers, ...rendered.headers };
      }
      await this.transport.send(mail);
    } catch (error) {
      failure = error ?? new Error('failed');
    }
    if (failure === undefined) {
      await this.pool.query(
        `${MARK} UPDATE "MailMessage" SET status = 'SENT', "sentAt" = ${UTC_NOW}, "lastError" = NULL, ${FORGET_BODY}
          WHERE ${ours}`,
        [row.id, row.attempts],
      );
      return;
    }
    const delay = retryDelay(row.attempts, this.config.mail.retryDelaysMs);
    const error = describe(failure).slice(0, 1000);
    if (delay === null) {
      this.log.warn(`A message to ${row.to} is dead after ${row.attempts} attempts: ${error}`);
      await this.pool.query(
        `${MARK} UPDATE "MailMessage" SET status = 'DEAD', "lastError" = $3, ${FORGET_BODY} WHERE ${ours}`,
        [row.id, row.attempts, error],
      );
    } else {
      await this.pool.query(
        `${MARK} UPDATE "MailMessage" SET status = 'QUEUED', "lastError" = $3,
                "nextAttemptAt" = ${UTC_NOW} + $4 * interval '1 millisecond' WHERE ${ours}`,
        [row.id, row.attempts, error, delay],
      );
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
