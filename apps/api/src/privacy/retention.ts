import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { PeriodicSweep } from '../common/schedule/periodic-sweep.js';
import { NotificationService } from '../notification/notification.service.js';

import { DRAFT_GRACE_DAYS } from './retention-rules.js';

export { DRAFT_GRACE_DAYS } from './retention-rules.js';

const DAY_MS = 86_400_000;
/** How often each replica sweeps: retention counts in months and days, an hour late is no matter. */
const SWEEP_MS = 60 * 60_000;
/** Marked as background work: it runs on its own schedule, not a request's (the statement-count specs). */
const MARK = '/* retention sweep */';
/**
 * Drafts per transaction. A backlog (the first sweep over years of drafts: 30,000 on the benchmark's data) goes in
 * steps, each told and committed, with the requests that came meanwhile answered in between; a replica sweeping at
 * the same moment skips the rows this one holds instead of waiting for them.
 */
export const RETENTION_BATCH = 500;

export interface RetentionSweepResult {
  /** Drafts proposed for deletion now (their authors told). */
  proposed: number;
  /** Drafts deleted now, their grace period over. */
  deleted: number;
  /** Proposals that lapsed because the draft was touched (or left DRAFT) since. */
  lapsed: number;
}

/**
 * Retention of drafts (issue 20): a lesson left in DRAFT untouched (updatedAt) for its werkplaats's
 * `draftRetentionMonths` is proposed to its author for deletion (a notification, with mail as they receive it);
 * touched since, the proposal lapses and the clock starts again; untouched for DRAFT_GRACE_DAYS after the
 * proposal, it is deleted, with an audit event in its werkplaats. Set-based statements in batches, safe for several
 * replicas sweeping at once: each row is proposed or deleted by one statement only.
 */
@Injectable()
export class RetentionSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Retention');
  private readonly periodic = new PeriodicSweep({
    name: 'The retention sweep',
    everyMs: SWEEP_MS,
    firstAfterMs: 5_000,
    log: this.log,
    work: () => this.sweep(),
  });

  constructor(
    private readonly prisma: PrismaService,
    private readonly notifications: NotificationService,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.periodic.stop();
  }

  async sweep(now = new Date()): Promise<RetentionSweepResult> {
    this.periodic.ran();
    const at = now.toISOString();
    // Touched since it was proposed (any save bumps updatedAt), or no longer a draft: the proposal lapses.
    const lapsed = await this.prisma.$executeRawUnsafe(
      `${MARK} UPDATE "Lesson" SET "deletionProposedAt" = NULL
        WHERE "deletionProposedAt" IS NOT NULL
          AND ("updatedAt" > "deletionProposedAt" OR visibility <> 'DRAFT')`,
    );
    const graceEnd = new Date(now.getTime() - DRAFT_GRACE_DAYS * DAY_MS).toISOString();
    const deleted = await inBatches(() =>
      this.prisma.$transaction(async (tx) => {
        const rows = await tx.$queryRawUnsafe<{ id: string; authorId: string; workshopId: string }[]>(
          `${MARK} DELETE FROM "Lesson" l USING "Atelier" a
          WHERE a.id = l."atelierId" AND l.id IN (
            SELECT id FROM "Lesson"
             WHERE visibility = 'DRAFT' AND "deletionProposedAt" <= $1::timestamp AND "updatedAt" <= "deletionProposedAt"
             LIMIT ${RETENTION_BATCH} FOR UPDATE SKIP LOCKED)
          RETURNING l.id, l."authorId", a."workshopId"`,
          graceEnd,
        );
        if (rows.length > 0) {
          await tx.auditEvent.createMany({
            data: rows.map((r) => ({
              workshopId: r.workshopId,
              actorId: null,
              personId: r.authorId,
              action: 'lesson.retention-deleted',
              targetType: 'Lesson',
              targetId: r.id,
              details: { graceDays: DRAFT_GRACE_DAYS },
            })),
          });
        }
        return rows.length;
      }),
    );
    const proposed = await inBatches(() =>
      this.prisma.$transaction(async (tx) => {
        // Untouched for the werkplaats's retention time: proposed (the statement sets the time, not updatedAt).
        const rows = await tx.$queryRawUnsafe<{ id: string; authorId: string }[]>(
          `${MARK} UPDATE "Lesson" SET "deletionProposedAt" = $1::timestamp
          WHERE id IN (
            SELECT l.id FROM "Lesson" l
              JOIN "Atelier" a ON a.id = l."atelierId" JOIN "Workshop" w ON w.id = a."workshopId"
             WHERE l.visibility = 'DRAFT' AND l."deletionProposedAt" IS NULL
               AND l."updatedAt" <= $1::timestamp - make_interval(months => w."draftRetentionMonths")
             LIMIT ${RETENTION_BATCH} FOR UPDATE OF l SKIP LOCKED)
          RETURNING id, "authorId"`,
          at,
        );
        await this.notifications.notifyDraftDeletionProposed(tx, rows);
        return rows.length;
      }),
    );
    if (proposed + deleted > 0)
      this.log.log(`Retention: ${proposed} draft(s) proposed for deletion, ${deleted} deleted`);
    return { proposed, deleted, lapsed };
  }
}

/** Runs `step` (one batch, returning how many rows it did) until a batch is not full; the total. */
async function inBatches(step: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await step();
    total += done;
    if (done < RETENTION_BATCH) return total;
    // What came in meanwhile goes first.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
