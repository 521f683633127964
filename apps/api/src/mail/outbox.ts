import { randomUUID } from 'node:crypto';
import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../common/prisma/prisma.service.js';
import type { RenderedMail } from './template.js';

export interface OutgoingMail extends RenderedMail {
  /** The recipient and the event, e.g. `password-reset:<user id>:<period>`: the same key is queued once. */
  key: string;
  to: string;
  locale: string;
  /** The sender's display name (a werkplaats's name); absent: the name in MAIL_FROM. */
  fromName?: string | null;
  headers?: Record<string, string>;
  /** The account it goes to, and the werkplaats it is of: whose beheerders see it if it dies. */
  userId?: string | null;
  workshopId?: string | null;
  /** Rendered when sent by this renderer (MailRenderers) from `data`; text and html are then left empty. */
  template?: { name: string; data: Record<string, string> };
}

/** The mail workers of this process (one per app; none in the command line), told of mail queued here. */
const listeners = new Set<(id: string) => void>();

export function onMailQueued(listener: (id: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Queues a message in the transaction of the change that causes it: it is sent if and only if that change is
 * committed. A key queued before is left alone (ON CONFLICT DO NOTHING, which does not end the transaction).
 * The workers of this process look for it until it is committed, so it goes out right after the commit.
 * Returns the new message's id, or null when the key was queued already.
 */
export async function enqueueMail(tx: Tx, mail: OutgoingMail, now = new Date()): Promise<string | null> {
  const id = randomUUID();
  const { count } = await tx.mailMessage.createMany({
    // Prisma writes no JSON null (it wants Prisma.DbNull): without a template, no templateData at all.
    data: [{ ...mailRow(id, mail), templateData: mail.template?.data, nextAttemptAt: now, createdAt: now }],
    skipDuplicates: true,
  });
  if (count !== 1) return null;
  announceQueued([id]);
  return id;
}

/**
 * enqueueMail's SQL form, for a write of one statement (a CTE, atomic without a transaction): the messages as a
 * data-modifying WITH item named `name`, returning the ids of those queued (a key queued before is left alone, as
 * there). Once the statement is done, `announceQueued` tells the workers of this process.
 */
export function queueMailSql(name: string, mails: readonly OutgoingMail[], now: Date): Prisma.Sql {
  const rows = mails.map((mail) => mailRow(randomUUID(), mail));
  return Prisma.sql`${Prisma.raw(name)} AS (
    INSERT INTO "MailMessage" (id, "idempotencyKey", "to", "fromName", locale, subject, text, html, headers, "userId",
                               "workshopId", template, "templateData", "nextAttemptAt", "createdAt")
    SELECT m.id, m."idempotencyKey", m."to", m."fromName", m.locale, m.subject, m.text, m.html, m.headers, m."userId",
           m."workshopId", m.template, m."templateData", ${now.toISOString()}::timestamp, ${now.toISOString()}::timestamp
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS m(id uuid, "idempotencyKey" text, "to" text,
           "fromName" text, locale text, subject text, text text, html text, headers jsonb, "userId" uuid,
           "workshopId" uuid, template text, "templateData" jsonb)
    ON CONFLICT ("idempotencyKey") DO NOTHING
    RETURNING id)`;
}

/** A message's row in "MailMessage", as both ways of queueing it write it (the times aside). */
function mailRow(id: string, mail: OutgoingMail) {
  return {
    id,
    idempotencyKey: mail.key,
    to: mail.to,
    fromName: mail.fromName ?? null,
    locale: mail.locale,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers ?? {},
    userId: mail.userId ?? null,
    workshopId: mail.workshopId ?? null,
    template: mail.template?.name ?? null,
    templateData: mail.template?.data ?? null,
  };
}

/** Tells the workers of this process of messages a statement of queueMailSql queued (and committed). */
export function announceQueued(ids: readonly string[]): void {
  for (const id of ids) for (const listener of listeners) listener(id);
}
