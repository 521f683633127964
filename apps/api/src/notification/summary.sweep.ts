import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../common/prisma/prisma.service.js';
import { PeriodicSweep } from '../common/schedule/periodic-sweep.js';
import { MailWorker } from '../mail/mail.worker.js';
import type { SummaryPeriod } from './notification-mail.js';

/** How often each replica looks whether a day or week ended whose summaries are not queued yet. */
const SWEEP_MS = 10 * 60_000;
const DAY_MS = 86_400_000;
/** Marked as the mail worker's: it runs on its own schedule, not a request's (the statement-count specs). */
const MARK = '/* mail worker */';

/** The last whole period before `now`: UTC days, and weeks from Monday 00:00 UTC. */
export function lastPeriod(period: SummaryPeriod, now: Date): { from: Date; to: Date; label: string } {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  if (period === 'DAILY') {
    const from = new Date(today - DAY_MS);
    return { from, to: new Date(today), label: from.toISOString().slice(0, 10) };
  }
  // 1970-01-01 was a Thursday: Monday is 4 days on in the UTC day count's week.
  const sinceMonday = (Math.floor(today / DAY_MS) + 3) % 7;
  const to = today - sinceMonday * DAY_MS;
  const from = new Date(to - 7 * DAY_MS);
  return { from, to: new Date(to), label: `week-${from.toISOString().slice(0, 10)}` };
}

/**
 * Queues the daily and weekly summaries: one message per person whose delivery is DAILY or WEEKLY and who had
 * notifications in the period that ended, keyed `summary:<period>:<person>:<day>`, so that of several replicas
 * sweeping at once each summary is queued once (the key's ON CONFLICT DO NOTHING). One statement per period;
 * what the summary says is rendered when it is sent (NotificationMail), as the reader may read it then.
 */
@Injectable()
export class SummarySweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly periodic = new PeriodicSweep({
    name: 'The summary sweep',
    everyMs: SWEEP_MS,
    firstAfterMs: 1_000,
    log: new Logger('Mail'),
    work: () => this.sweep(),
  });

  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly worker: MailWorker,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.periodic.stop();
  }

  /** Queues what ended before `now`; returns how many summaries were queued. */
  async sweep(now = new Date()): Promise<number> {
    this.periodic.ran();
    let queued = 0;
    for (const period of ['DAILY', 'WEEKLY'] as const) {
      const { from, to, label } = lastPeriod(period, now);
      const subject =
        period === 'DAILY'
          ? { nl: 'Je dagelijkse overzicht', en: 'Your daily summary' }
          : { nl: 'Je wekelijkse overzicht', en: 'Your weekly summary' };
      const { rowCount } = await this.pool.query(
        `${MARK} INSERT INTO "MailMessage"
            (id, "idempotencyKey", "to", "userId", locale, subject, text, html, headers, template, "templateData",
             "nextAttemptAt", "createdAt")
         SELECT gen_random_uuid(), 'summary:' || $1 || ':' || u.id || ':' || $2, u.email, u.id,
                CASE WHEN u.locale = 'en' THEN 'en' ELSE 'nl' END,
                CASE WHEN u.locale = 'en' THEN $3 ELSE $4 END, '', '', '{}'::jsonb, 'summary',
                jsonb_build_object('userId', u.id, 'period', $1, 'from', $5::text, 'to', $6::text),
                (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC')
           FROM "User" u
          WHERE u."mailDelivery" = $1::"MailDelivery" AND u."erasedAt" IS NULL AND u."blockedAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Notification" n
                         WHERE n."userId" = u.id AND n."createdAt" >= $5::timestamp AND n."createdAt" < $6::timestamp)
         ON CONFLICT ("idempotencyKey") DO NOTHING`,
        [period, label, subject.en, subject.nl, from.toISOString(), to.toISOString()],
      );
      queued += rowCount ?? 0;
    }
    if (queued > 0) this.worker.wake();
    return queued;
  }
}
