import { createHash } from 'node:crypto';
import type { AppConfig } from '../common/config/config.js';
import type { Tx } from '../common/prisma/prisma.service.js';
import { accountStartedMail } from './account-mail.js';
import { enqueueMail } from './outbox.js';
import { mailLocale, renderMail } from './template.js';

/** Whether mail goes anywhere: through SMTP_URL, or into the dev mailbox outside production. */
export function mailConfigured(config: Pick<AppConfig, 'production' | 'mail'>): boolean {
  return config.mail.smtpUrl !== undefined || !config.production;
}

/**
 * Mails the one-time link of an account a beheerder started (startAccount), or of a werkplaats's first beheerder
 * (`werkplaats setup`), in the transaction that issued it, from the werkplaats's name. The link is still shown to
 * whoever issued it, as before; the mail is queued only when mail is configured.
 */
export async function queueAccountLinkMail(
  tx: Tx,
  config: Pick<AppConfig, 'publicUrl' | 'production' | 'mail'>,
  input: { userId: string; workshopId: string; link: string; validDays: number; firstBeheerder: boolean },
): Promise<boolean> {
  if (!mailConfigured(config)) return false;
  const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId } });
  const workshop = await tx.workshop.findUniqueOrThrow({ where: { id: input.workshopId } });
  const locale = mailLocale(user.locale);
  const content = accountStartedMail(
    { locale, name: user.name, publicUrl: config.publicUrl },
    workshop.name,
    input.link,
    input.validDays,
    input.firstBeheerder,
  );
  const id = await enqueueMail(tx, {
    // One mail per link: the link is the event (its hash: the outbox holds no key to an account).
    key: `account-link:${user.id}:${createHash('sha256').update(input.link).digest('hex').slice(0, 32)}`,
    to: user.email,
    userId: user.id,
    workshopId: workshop.id,
    locale,
    fromName: workshop.name,
    ...renderMail(content),
  });
  return id !== null;
}
