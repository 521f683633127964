// Dead letters for a beheerder: the mail of their werkplaats the outbox gave up on, with why, newest first, a
// page at a time; a notification mail is tried again from there and arrives; account mail (its one-time link gone
// with its body) is not; someone who is not beheerder sees none.
import { randomUUID } from 'node:crypto';
import { PrismaService } from '../../src/common/prisma/prisma.service.js';
import { NotificationMail } from '../../src/notification/notification-mail.js';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { eventually, startSmtpServer, type TestSmtpServer } from '../support/smtp-server.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { person } from '../tribune/tribune-fixtures.js';

const DEAD = `query($after: String) { deadMail(first: 2, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id to subject lastError attempts canRetry } } } }`;
const RETRY = `mutation($id: ID!) { retryMail(id: $id) { id attempts } }`;
const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;

describe('dead letters', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let beheer: GraphQLClient;
  let atelierId: string;

  /** A participant whose mail the server refuses twice (so it dies after its two attempts), then takes. */
  async function flakyParticipant() {
    const p = await person(t, { atelierId, role: 'TRIBUNE' });
    const email = `flaky-${randomUUID()}@example.nl`;
    await t.prisma.user.update({ where: { id: p.userId }, data: { email, mailDelivery: 'DIRECT' } });
    return { ...p, email };
  }

  async function deadNotification(userId: string): Promise<string> {
    const db = t.app.get(PrismaService);
    const [n] = await db.$transaction(async (tx) => {
      const rows = await tx.notification.createManyAndReturn({
        data: [{ userId, kind: 'INVITED', atelierId }],
      });
      await t.app.get(NotificationMail).queueDirect(tx, rows);
      return rows;
    });
    const key = `notification:${n!.id}`;
    const row = await eventually(
      () => t.prisma.mailMessage.findUniqueOrThrow({ where: { idempotencyKey: key } }),
      (r) => r.status === 'DEAD',
    );
    return row.id;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer({ refuse: (to, tries) => to.startsWith('flaky') && tries <= 2 });
    t = await startTestApp({ demo: true, env: { SMTP_URL: smtp.url, MAIL_RETRY_DELAYS: '20ms' } });
    atelierId = (await new DemoFixtures(t.prisma).atelierOf(LONELINESS)).id;
    beheer = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('lists the werkplaats’s dead mail for its beheerder, newest first by pages, and a retry delivers it once', async () => {
    const first = await flakyParticipant();
    const second = await flakyParticipant();
    const third = await flakyParticipant();
    for (const p of [first, second, third]) await deadNotification(p.userId);

    const page1 = await beheer.ok(DEAD);
    expect(page1.deadMail.totalCount).toBeGreaterThanOrEqual(3);
    expect(page1.deadMail.edges.map((e: { node: { to: string } }) => e.node.to)).toEqual([
      third.email,
      second.email,
    ]);
    expect(page1.deadMail.edges[0].node).toMatchObject({
      subject: 'Je bent uitgenodigd.',
      attempts: 2,
      canRetry: true,
    });
    expect(page1.deadMail.edges[0].node.lastError).toContain('451 Mailbox busy');
    const page2 = await beheer.ok(DEAD, { after: page1.deadMail.pageInfo.endCursor });
    expect(page2.deadMail.edges[0].node.to).toBe(first.email);

    const id = page1.deadMail.edges[0].node.id;
    await beheer.ok(RETRY, { id });
    const mail = await smtp.waitFor((m) => m.to === third.email);
    expect(mail.subject).toBe('Je bent uitgenodigd.');
    await eventually(
      () => t.prisma.mailMessage.findFirstOrThrow({ where: { to: third.email } }),
      (r) => r.status === 'SENT',
    );
    expect(smtp.received.filter((m) => m.to === third.email)).toHaveLength(1);
    const audit = await t.prisma.auditEvent.findFirst({ where: { action: 'mail.retry' } });
    expect(audit?.targetType).toBe('MailMessage');
  });

  it('lists account mail to the werkplaats’s people, which cannot be tried again (its link is gone)', async () => {
    const p = await flakyParticipant();
    await t.client().ok(RESET, { email: p.email });
    const row = await eventually(
      () => t.prisma.mailMessage.findFirst({ where: { to: p.email } }),
      (r) => r?.status === 'DEAD',
    );
    const listed = await beheer.ok(DEAD);
    const node = listed.deadMail.edges.find((e: { node: { to: string } }) => e.node.to === p.email)?.node;
    expect(node).toMatchObject({ canRetry: false, subject: 'Nieuw wachtwoord instellen' });
    const refused = await beheer.query(RETRY, { id: gid('MailMessage', row!.id) });
    expect(refused.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('shows nothing to someone who is not beheerder, and retries nothing for them', async () => {
    const p = await flakyParticipant();
    const id = await deadNotification(p.userId);
    const outsider = (await person(t)).client;
    expect((await outsider.query(DEAD)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await outsider.query(RETRY, { id: gid('MailMessage', id) })).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    const node = await outsider.query(`query($id: ID!) { node(id: $id) { id } }`, {
      id: gid('MailMessage', id),
    });
    expect(node.data?.node ?? null).toBeNull();
  });
});
