import { randomUUID } from 'node:crypto';
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
    data: [
      {
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
        templateData: mail.template?.data,
        nextAttemptAt: now,
        createdAt: now,
      },
    ],
    skipDuplicates: true,
  });
  if (count !== 1) return null;
  for (const listener of listeners) listener(id);
  return id;
}
