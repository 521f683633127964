// The outbox's promises: a mail server that refuses for a while gets the message later, exactly once; one that
// always refuses leaves it dead, with the reason; several replicas send each message once; without SMTP_URL
// the dev mailbox keeps every message (.eml files and /dev/mail), which production does not have.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PrismaService } from '../../src/common/prisma/prisma.service.js';
import { enqueueMail } from '../../src/mail/outbox.js';
import { renderMail } from '../../src/mail/template.js';
import { eventually, linkIn, startSmtpServer, type TestSmtpServer } from '../support/smtp-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The app's own Prisma client: the tests' one tells the response cache after each write, which a transaction on
 * the embedded database's one connection would wait for. */
const db = (t: TestApp) => t.app.get(PrismaService);

const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;

function message(to: string, n = 0) {
  return {
    key: `test:${to}:${n}`,
    to,
    locale: 'nl',
    ...renderMail({
      locale: 'nl',
      subject: `Bericht ${n}`,
      heading: 'Hallo,',
      paragraphs: [`Bericht nummer ${n}.`],
      footer: 'Verstuurd door de test.',
    }),
  };
}

describe('the outbox through a mail server that refuses', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;

  beforeAll(async () => {
    // "later@…" is refused twice, then taken; "never@…" always.
    smtp = await startSmtpServer({
      refuse: (recipient, tries) =>
        recipient.startsWith('never') || (recipient.startsWith('later') && tries <= 2),
    });
    t = await startTestApp({ env: { SMTP_URL: smtp.url, MAIL_RETRY_DELAYS: '20ms,20ms,20ms' } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('successful-retry: refused twice, the message is delivered at the third attempt, once', async () => {
    const to = `later-${randomUUID()}@example.nl`;
    await db(t).$transaction((tx) => enqueueMail(tx, message(to)));
    const mail = await smtp.waitFor((m) => m.to === to);
    expect(mail.subject).toBe('Bericht 0');
    const row = await eventually(
      () => t.prisma.mailMessage.findFirstOrThrow({ where: { to } }),
      (r) => r.status === 'SENT',
    );
    expect(row).toMatchObject({ attempts: 3, lastError: null });
    expect(smtp.refusals.get(to)).toBe(2);
    expect(smtp.received.filter((m) => m.to === to)).toHaveLength(1);
  });

  it('failing-dead: a message refused at every attempt is dead after the last retry, with the reason', async () => {
    const to = `never-${randomUUID()}@example.nl`;
    await db(t).$transaction((tx) => enqueueMail(tx, message(to)));
    const row = await eventually(
      () => t.prisma.mailMessage.findFirstOrThrow({ where: { to } }),
      (r) => r.status === 'DEAD',
    );
    // Three retries after the first attempt: four in all, each refused.
    expect(row.attempts).toBe(4);
    expect(smtp.refusals.get(to)).toBe(4);
    expect(row.lastError).toMatch(/451|try again later/i);
    expect(row.sentAt).toBeNull();
    expect(row).toMatchObject({ text: '', html: '', subject: 'Bericht 0' });
  });

  it('successful-rolled-back: mail queued in a transaction that is rolled back is never sent', async () => {
    const gone = `later-${randomUUID()}@example.nl`;
    const kept = `kept-${randomUUID()}@example.nl`;
    await expect(
      db(t).$transaction(async (tx) => {
        await enqueueMail(tx, message(gone));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await db(t).$transaction((tx) => enqueueMail(tx, message(kept)));
    await smtp.waitFor((m) => m.to === kept);
    expect(await t.prisma.mailMessage.count({ where: { to: gone } })).toBe(0);
    expect(smtp.received.filter((m) => m.to === gone)).toEqual([]);
  });

  it('successful-idempotent: the same recipient and event is queued once', async () => {
    const to = `kept-${randomUUID()}@example.nl`;
    const first = await db(t).$transaction((tx) => enqueueMail(tx, message(to, 7)));
    const second = await db(t).$transaction((tx) => enqueueMail(tx, message(to, 7)));
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    await smtp.waitFor((m) => m.to === to);
    expect(await t.prisma.mailMessage.count({ where: { to } })).toBe(1);
  });
});

describe('the outbox with several replicas', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  const replicas: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ env: { SMTP_URL: smtp.url } });
    replicas.push(await t.replica(), await t.replica());
  });
  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await t.close();
    await smtp.close();
  });

  it('successful-once: 150 messages taken by three workers at once are each sent exactly once', async () => {
    const batch = randomUUID();
    const count = 150;
    const before = smtp.received.length;
    // One transaction: every worker of the process is told at once, and they race for the same rows.
    await db(t).$transaction(
      async (tx) => {
        for (let n = 0; n < count; n++) await enqueueMail(tx, message(`r${n}-${batch}@example.nl`, n));
      },
      { timeout: 60_000 },
    );
    await smtp.waitForCount(before + count);
    const ours = smtp.received.filter((m) => m.to.endsWith(`-${batch}@example.nl`));
    expect(ours).toHaveLength(count);
    expect(new Set(ours.map((m) => m.messageId)).size).toBe(count);
    const rows = await eventually(
      () => t.prisma.mailMessage.findMany({ where: { to: { endsWith: `-${batch}@example.nl` } } }),
      (all) => all.every((r) => r.status === 'SENT'),
    );
    expect(rows.map((r) => r.attempts)).toEqual(rows.map(() => 1));
  });
});

describe('the dev mailbox (no SMTP_URL, not production)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('successful-dev-mailbox: a message is kept as an .eml file and listed on /dev/mail, newest first, with its link', async () => {
    const email = `dev-${randomUUID()}@example.nl`;
    await t.prisma.user.create({ data: { email, name: 'Dev <Tester>', passwordHash: null } });
    await t.client().ok(RESET, { email });
    const dir = t.config.mail.mailDir;
    const files = await eventually(
      () => readdir(dir).catch(() => [] as string[]),
      (names) => names.some((n) => n.endsWith('.eml')),
    );
    const eml = await readFile(
      join(
        dir,
        files.find((n) => n.endsWith('.eml'))!,
      ),
      'utf8',
    );
    expect(eml).toMatch(/^To: dev-.*@example\.nl$/m);
    expect(eml).toMatch(/^Subject: Nieuw wachtwoord instellen$/m);

    const list = await t.http().get('/dev/mail');
    expect(list.status).toBe(200);
    expect(list.headers['content-type']).toMatch(/text\/html/);
    expect(list.text).toContain('Nieuw wachtwoord instellen');
    expect(list.text).toContain(email);
    const href = /href="(\/dev\/mail\/[^"]+)"/.exec(list.text)![1]!;
    const one = await t.http().get(href);
    expect(one.status).toBe(200);
    // The name is escaped, the link is there to follow.
    expect(one.text).toContain('Dev &lt;Tester&gt;');
    expect(one.text).not.toContain('Dev <Tester>');
    expect(one.text).toMatch(/\/wachtwoord-instellen\?token=[\w-]+/);
    const html = await t.http().get(`${href}/html`);
    expect(html.headers['content-security-policy']).toMatch(/sandbox/);
    expect((await t.http().get('/dev/mail/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    expect((await t.http().get('/dev/mail/not-a-message')).status).toBe(404);

    // Newest first.
    const second = `dev2-${randomUUID()}@example.nl`;
    await t.prisma.user.create({ data: { email: second, name: 'Tweede', passwordHash: null } });
    await t.client().ok(RESET, { email: second });
    const listed = await eventually(
      async () => (await t.http().get('/dev/mail')).text,
      (text) => text.includes(second),
    );
    expect(listed.indexOf(second)).toBeLessThan(listed.indexOf(email));
    expect(linkIn({ text: eml.replace(/=\r?\n/g, '').replace(/=3D/g, '=') } as never)).toMatch(/token=/);
  });
});

describe('production', () => {
  it('failing-dev-mailbox-in-production: /dev/mail does not exist', async () => {
    const smtp = await startSmtpServer();
    const t = await startTestApp({ env: { NODE_ENV: 'production', SMTP_URL: smtp.url } });
    try {
      // Not the web app's page either (a path it does not know): not found.
      for (const path of [
        '/dev/mail',
        '/dev/mail/2026-12-06T10-00-00-000Z-00000000-0000-0000-0000-000000000000',
      ]) {
        const response = await t.http().get(path).set('accept', 'text/html');
        expect(response.status).toBe(404);
        expect(response.text).not.toContain('Dev mailbox');
      }
    } finally {
      await t.close();
      await smtp.close();
    }
  });
});
