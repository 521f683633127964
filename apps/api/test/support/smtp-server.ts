import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  from: { name: string; address: string };
  headers: ParsedMail['headers'];
  raw: Buffer;
}

export interface TestSmtpServer {
  /** smtp://user:password@127.0.0.1:port, for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** How often the server refused a message, per recipient. */
  refusals: Map<string, number>;
  /** The first message received (or to be received) that matches. */
  waitFor(match: (mail: ReceivedMail) => boolean): Promise<ReceivedMail>;
  /** Resolves once `count` messages have been received. */
  waitForCount(count: number): Promise<void>;
  close(): Promise<void>;
}

const USER = 'werkplaats';
const PASSWORD = 'smtp-secret';

/**
 * A real SMTP server on a free local port, requiring the login of its URL: the app's mail goes to it through
 * nodemailer as to any mail server. `refuse(recipient, tries)` makes it answer a recipient with 451 (try later).
 */
export async function startSmtpServer(
  options: { refuse?: (recipient: string, tries: number) => boolean } = {},
): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const refusals = new Map<string, number>();
  const tries = new Map<string, number>();
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) return callback(null, { user: USER });
      return callback(new Error('Invalid username or password'));
    },
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (error?: Error) => void) {
      const recipient = address.address.toLowerCase();
      const n = (tries.get(recipient) ?? 0) + 1;
      tries.set(recipient, n);
      if (options.refuse?.(recipient, n)) {
        refusals.set(recipient, (refusals.get(recipient) ?? 0) + 1);
        const error = new Error('Mailbox busy, try again later') as Error & { responseCode: number };
        error.responseCode = 451;
        return callback(error);
      }
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
            received.push({
              to: to?.value[0]?.address ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
              from: {
                name: parsed.from?.value[0]?.name ?? '',
                address: parsed.from?.value[0]?.address ?? '',
              },
              headers: parsed.headers,
              raw,
            });
            callback();
            for (const wake of waiters.splice(0)) wake();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  const until = async (done: () => boolean) => {
    while (!done()) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return {
    url: `smtp://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    received,
    refusals,
    async waitFor(match) {
      await until(() => received.some(match));
      return received.find(match)!;
    },
    waitForCount: (count) => until(() => received.length >= count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The one-time link in a mail's text. */
export function linkIn(mail: ReceivedMail): string {
  const match = /https?:\/\/\S+\/wachtwoord-instellen\?token=[\w-]+/.exec(mail.text);
  if (!match) throw new Error(`No password link in: ${mail.text}`);
  return match[0];
}

export function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token') ?? '';
}

/** Asks until `check` holds (for what happens on the worker's schedule, not the request's). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
