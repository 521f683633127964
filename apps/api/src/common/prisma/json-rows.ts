import type {
  Activity,
  Atelier,
  Insight,
  Lesson,
  Municipality,
  Organisation,
  Participation,
  Practice,
  Reaction,
  User,
} from '../../generated/prisma/client.js';

/**
 * Rows that a hand-written statement returns as `to_jsonb(table)`, turned back into what Prisma returns for
 * the same row, so that they can be primed into the loaders Prisma fills otherwise. JSON carries everything
 * but dates: the timestamp(3) columns hold UTC without a zone and come back as strings. A test compares
 * each of these with Prisma's own row, so a new DateTime column cannot slip through unrevived.
 */
export const DATE_FIELDS = {
  Lesson: ['citizenConsentAt', 'deletionProposedAt', 'hiddenAt', 'sharedAt', 'createdAt', 'updatedAt'],
  Insight: ['sharedAt', 'createdAt', 'updatedAt'],
  User: ['erasedAt', 'blockedAt', 'emailConfirmedAt', 'createdAt', 'updatedAt'],
  Atelier: ['startedAt', 'closedAt'],
  Municipality: [],
  Reaction: ['createdAt', 'editedAt', 'hiddenAt', 'deletedAt'],
  Practice: ['createdAt'],
  Activity: ['startsAt', 'endsAt', 'cancelledAt', 'outcomeRecordedAt', 'createdAt', 'updatedAt'],
  Participation: ['joinedAt', 'updatedAt'],
  Organisation: ['createdAt'],
} as const satisfies Record<string, readonly string[]>;

interface RowTypes {
  Lesson: Lesson;
  Insight: Insight;
  User: User;
  Atelier: Atelier;
  Municipality: Municipality;
  Reaction: Reaction;
  Practice: Practice;
  Activity: Activity;
  Participation: Participation;
  Organisation: Organisation;
}

/** Columns Prisma does not read (the search vectors) are left out by the statement: `to_jsonb(t) - '…'`. */
export function fromJsonRow<M extends keyof RowTypes>(model: M, json: Record<string, unknown>): RowTypes[M] {
  const row: Record<string, unknown> = { ...json };
  for (const field of DATE_FIELDS[model]) {
    const value = row[field];
    if (typeof value === 'string')
      row[field] = new Date(/Z|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
  }
  return row as unknown as RowTypes[M];
}
