import type { Prisma } from '../generated/prisma/client.js';
import type { PrismaService } from '../common/prisma/prisma.service.js';
import { hashPassword } from '../auth/password.js';
import { ARNHEM_NIJMEGEN_DEMO, DEMO_PASSWORD, LATER_ISSUES, PEOPLE } from './demo-content.js';
import { LINDELAND } from './demo-content-lindeland.js';
import { must, seedWorkshop, type DemoWorkshopContent, type SeededWorkshop } from './demo-workshop.js';

export { DEMO_PASSWORD };

/** The demo accounts of the README, by role. */
export const DEMO_ACCOUNTS = Object.fromEntries(
  PEOPLE.filter((p) => ['admin', 'committee', 'trekker', 'arena', 'tribune'].includes(p.key)).map((p) => [
    p.key,
    p.email,
  ]),
) as Record<'admin' | 'committee' | 'trekker' | 'arena' | 'tribune', string>;

/**
 * The demo werkplaatsen, in the order they are seeded: Lindeland's guest (the tribune member) is a person of
 * Arnhem-Nijmegen, so Arnhem-Nijmegen comes first.
 */
const DEMO_WORKSHOPS: readonly {
  content: DemoWorkshopContent;
  more?: (tx: Prisma.TransactionClient, seeded: SeededWorkshop) => Promise<void>;
}[] = [{ content: ARNHEM_NIJMEGEN_DEMO, more: seedLaterIssues }, { content: LINDELAND }];

/**
 * Seeds each demo werkplaats that is not there yet (by its slug), each in one transaction, so a crash halfway
 * leaves no half-seeded werkplaats behind and a database seeded before a werkplaats was added to the demo gains
 * it on the next start. Only ever called in demo mode.
 */
export async function seedDemoData(
  prisma: PrismaService,
  now = new Date(),
): Promise<{ created: boolean; workshops: string[] }> {
  const existing = new Set(
    (
      await prisma.workshop.findMany({
        where: { slug: { in: DEMO_WORKSHOPS.map((w) => w.content.workshop.slug) } },
        select: { slug: true },
      })
    ).map((w) => w.slug),
  );
  const missing = DEMO_WORKSHOPS.filter((w) => !existing.has(w.content.workshop.slug));
  if (missing.length === 0) return { created: false, workshops: [] };
  // One argon2id hash for every demo person: hashing is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const { content, more } of missing) {
    await prisma.$transaction(
      async (tx) => {
        const seeded = await seedWorkshop(tx, content, passwordHash, now);
        await more?.(tx, seeded);
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  }
  return { created: true, workshops: missing.map((w) => w.content.workshop.slug) };
}

/** Arnhem-Nijmegen's later kwesties: a new one still without an atelier, one merged into poverty, one lapsed. */
async function seedLaterIssues(
  tx: Prisma.TransactionClient,
  { workshopId, issues, committeeId }: SeededWorkshop,
): Promise<void> {
  const carers = LATER_ISSUES.carers;
  const carersAt = new Date('2021-03-15T10:00:00Z');
  await tx.socialIssue.create({
    data: {
      workshopId,
      title: carers.title,
      description: carers.description,
      since: carers.since,
      createdAt: carersAt,
      history: {
        create: { kind: 'CREATED', actorId: committeeId, toValue: carers.title, createdAt: carersAt },
      },
    },
  });

  const povertyId = must(issues, 'poverty');
  const merged = LATER_ISSUES.merged;
  const mergedAt = new Date('2020-02-10T10:00:00Z');
  const mergeDate = new Date('2021-01-20T10:00:00Z');
  const mergedIssue = await tx.socialIssue.create({
    data: {
      workshopId,
      title: merged.title,
      description: merged.description,
      since: merged.since,
      status: 'MERGED',
      mergedIntoId: povertyId,
      version: 2,
      createdAt: mergedAt,
      history: {
        create: [
          { kind: 'CREATED', actorId: committeeId, toValue: merged.title, createdAt: mergedAt },
          {
            kind: 'MERGED_INTO',
            actorId: committeeId,
            relatedId: povertyId,
            fromValue: 'ACTIVE',
            toValue: 'MERGED',
            createdAt: mergeDate,
          },
        ],
      },
    },
  });
  await tx.socialIssueChange.create({
    data: {
      socialIssueId: povertyId,
      kind: 'MERGED_FROM',
      actorId: committeeId,
      relatedId: mergedIssue.id,
      toValue: merged.title,
      createdAt: mergeDate,
    },
  });
  await tx.auditEvent.create({
    data: {
      workshopId,
      actorId: committeeId,
      action: 'social-issue.merged',
      targetType: 'SocialIssue',
      targetId: mergedIssue.id,
      details: { into: povertyId },
      createdAt: mergeDate,
    },
  });

  const lapsed = LATER_ISSUES.lapsed;
  const lapsedAt = new Date('2019-10-01T10:10:00Z');
  const lapseDate = new Date('2022-06-01T10:00:00Z');
  await tx.socialIssue.create({
    data: {
      workshopId,
      title: lapsed.title,
      description: lapsed.description,
      since: lapsed.since,
      status: 'LAPSED',
      lapseReason: lapsed.reason,
      version: 2,
      createdAt: lapsedAt,
      history: {
        create: [
          { kind: 'CREATED', actorId: committeeId, toValue: lapsed.title, createdAt: lapsedAt },
          {
            kind: 'LAPSED',
            actorId: committeeId,
            fromValue: 'ACTIVE',
            toValue: lapsed.reason,
            createdAt: lapseDate,
          },
        ],
      },
    },
  });
}
