import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import type { AppConfig } from '../common/config/config.js';

/** A message as the worker hands it to a transport. */
export interface MailToSend {
  id: string;
  idempotencyKey: string;
  to: string;
  fromName: string | null;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface MailTransport {
  /** Resolves once the message is handed over (the SMTP server accepted it, or the file is written). */
  send(mail: MailToSend): Promise<void>;
  close(): void;
}

/** The address of MAIL_FROM, and its name. */
export function senderOf(from: string): { name: string; address: string } {
  const [first] = addressparser(from) as { name: string; address?: string }[];
  return { name: first?.name ?? '', address: first?.address ?? from };
}

/**
 * The Message-ID: the same for every attempt at one message (it derives from the idempotency key), so a message
 * sent again after a crash mid-send is recognisable as the same one (and many servers drop it as a duplicate).
 */
export function messageIdOf(idempotencyKey: string, fromAddress: string): string {
  const domain = fromAddress.split('@')[1] ?? 'werkplaats.invalid';
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32)}@${domain}>`;
}

function envelope(config: AppConfig, mail: MailToSend) {
  const sender = senderOf(config.mail.from);
  return {
    from: { name: mail.fromName ?? sender.name, address: sender.address },
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: messageIdOf(mail.idempotencyKey, sender.address),
    // RFC 3834: an automatic message, so auto-responders do not answer it.
    headers: { 'Auto-Submitted': 'auto-generated', ...mail.headers },
  };
}

/** SMTP_URL when set; otherwise (never in production) the dev mailbox. */
export function createMailTransport(config: AppConfig): MailTransport {
  if (config.mail.smtpUrl) return smtpTransport(config, config.mail.smtpUrl);
  // Production never writes mail to disk; the server does not start without SMTP_URL (main.ts), so this is
  // only an app built in a test: its mail stays queued.
  if (config.production)
    return { send: () => Promise.reject(new Error('SMTP_URL is not set')), close: () => undefined };
  return devMailbox(config);
}

function smtpTransport(config: AppConfig, url: string): MailTransport {
  // A few connections, kept while there is mail to send and closed 10 s after (nothing stays open when idle).
  // Timeouts well inside the lease (LEASE_MS), so a hanging server fails the attempt instead of the lease.
  const transporter = createTransport({
    url,
    pool: true,
    maxConnections: 3,
    idleTimeout: 10_000,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  } as Parameters<typeof createTransport>[0]);
  return {
    async send(mail) {
      await transporter.sendMail(envelope(config, mail));
    },
    close: () => transporter.close(),
  };
}

/** What the dev mailbox keeps beside each .eml, for /dev/mail. */
export interface KeptMail {
  file: string;
  to: string;
  from: string;
  subject: string;
  date: string;
  text: string;
  html: string;
}

/**
 * Development without SMTP_URL: each message is written to DATA_DIR/mail as an .eml file (what the SMTP server
 * would have received) and a .json beside it for the /dev/mail page, so the demo shows its mail.
 */
function devMailbox(config: AppConfig): MailTransport {
  const transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const message = envelope(config, mail);
      const info = await transporter.sendMail(message);
      const date = new Date();
      const file = `${date.toISOString().replace(/[:.]/g, '-')}-${mail.id}`;
      await mkdir(config.mail.mailDir, { recursive: true });
      await writeFile(join(config.mail.mailDir, `${file}.eml`), info.message as Buffer);
      const kept: KeptMail = {
        file,
        to: mail.to,
        from: `${message.from.name} <${message.from.address}>`,
        subject: mail.subject,
        date: date.toISOString(),
        text: mail.text,
        html: mail.html,
      };
      await writeFile(join(config.mail.mailDir, `${file}.json`), JSON.stringify(kept, null, 2));
    },
    close: () => transporter.close(),
  };
}

/** The dev mailbox's messages, newest first. */
export async function keptMail(mailDir: string): Promise<KeptMail[]> {
  let names: string[];
  try {
    names = await readdir(mailDir);
  } catch {
    return [];
  }
  const files = names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .reverse();
  return Promise.all(
    files.map(async (name) => JSON.parse(await readFile(join(mailDir, name), 'utf8')) as KeptMail),
  );
}
