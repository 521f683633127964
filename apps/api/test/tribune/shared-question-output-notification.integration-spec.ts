// Questions and outputs shared wider (issue 21): once the trekker lifts an answered question or an output to the
// tribune, the atelier's readers hear of it in the app and, by their level and delivery, by mail, the same path a
// shared insight takes. Whoever may not read the item at that moment is never told of it.
import { randomUUID } from 'node:crypto';
import { PrismaService } from '../../src/common/prisma/prisma.service.js';
import { NotificationService } from '../../src/notification/notification.service.js';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startSmtpServer, eventually, type TestSmtpServer } from '../support/smtp-server.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { person } from './tribune-fixtures.js';

const SET_LEVEL = `mutation($a: ID!, $l: NotificationLevel!) { setNotificationLevel(atelierId: $a, level: $l) { myNotificationLevel } }`;
const SET_DELIVERY = `mutation($d: MailDelivery!) { setMailDelivery(delivery: $d) { mailDelivery } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { edges { node {
  kind actor { name } question { id title } product { id title }
} } } }`;

type Notice = {
  kind: string;
  actor: { name: string } | null;
  question: { id: string; title: string } | null;
  product: { id: string; title: string } | null;
};

describe('questions and outputs shared with the tribune', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let trekker: GraphQLClient;

  /** A participant who wants each notification by mail at once, at the given level. */
  const participant = async (role: 'ARENA' | 'TRIBUNE', level: 'NORMAL' | 'QUIET' = 'NORMAL') => {
    const p = await person(t, { atelierId, role, name: `Deelnemer ${role} ${level}` });
    await p.client.ok(SET_DELIVERY, { d: 'DIRECT' });
    if (level !== 'NORMAL') await p.client.ok(SET_LEVEL, { a: gid('Atelier', atelierId), l: level });
    const { email } = await t.prisma.user.findUniqueOrThrow({ where: { id: p.userId } });
    return { ...p, email };
  };
  const noticesOf = async (client: GraphQLClient): Promise<Notice[]> =>
    (
      await client.ok<{ notifications: { edges: { node: Notice }[] } }>(NOTIFICATIONS)
    ).notifications.edges.map((e) => e.node);
  const settled = () =>
    eventually(
      () => t.prisma.mailMessage.count({ where: { status: { in: ['QUEUED', 'SENDING'] } } }),
      (n) => n === 0,
    );

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ demo: true, env: { SMTP_URL: smtp.url, MAIL_RETRY_DELAYS: '20ms' } });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('an answered question lifted to the tribune: its readers hear of it in the app and by mail, QUIET ones and the trekker not; to the public, no second notice', async () => {
    const normal = await participant('TRIBUNE');
    const quiet = await participant('TRIBUNE', 'QUIET');
    const title = `Wie mist er aan tafel ${randomUUID().slice(0, 8)}?`;
    const authorId = (await f.user(DEMO.arena)).id;
    const question = await f.question({
      atelierId,
      authorId,
      visibility: 'ARENA',
      status: 'ANSWERED',
      title,
    });
    const id = gid('Question', question.id);
    await trekker.ok(`mutation($id: ID!) { setQuestionVisibility(id: $id, visibility: TRIBUNE) { id } }`, {
      id,
    });

    const notice = (await noticesOf(normal.client)).find((n) => n.question?.id === id);
    expect(notice).toMatchObject({
      kind: 'QUESTION_SHARED',
      question: { title },
      actor: { name: 'Lotte Janssen' },
    });
    const mail = await smtp.waitFor((m) => m.to === normal.email && m.text.includes(title));
    expect(mail.subject).toContain('Beantwoorde vraag gedeeld in');
    expect(mail.text).toContain(`/vragen/${id}`);
    await settled();
    expect(smtp.received.filter((m) => m.to === quiet.email)).toHaveLength(0);
    expect(
      await t.prisma.notification.count({ where: { questionId: question.id, userId: quiet.userId } }),
    ).toBe(0);
    // The one who shared it is not told of it.
    expect((await noticesOf(trekker)).some((n) => n.question?.id === id)).toBe(false);

    await trekker.ok(`mutation($id: ID!) { setQuestionVisibility(id: $id, visibility: PUBLIC) { id } }`, {
      id,
    });
    expect(
      await t.prisma.notification.count({ where: { questionId: question.id, userId: normal.userId } }),
    ).toBe(1);
  });

  it('an output lifted to the tribune: its readers hear of it in the app and by mail, with a link to it', async () => {
    const normal = await participant('TRIBUNE');
    const arena = await participant('ARENA');
    const title = `Handreiking ${randomUUID().slice(0, 8)}`;
    const product = await f.product({ atelierId, visibility: 'ARENA', title });
    const id = gid('Product', product.id);
    await trekker.ok(`mutation($id: ID!) { setProductVisibility(id: $id, visibility: TRIBUNE) { id } }`, {
      id,
    });

    for (const reader of [normal, arena]) {
      const notice = (await noticesOf(reader.client)).find((n) => n.product?.id === id);
      expect(notice).toMatchObject({ kind: 'PRODUCT_SHARED', product: { title } });
    }
    const mail = await smtp.waitFor((m) => m.to === normal.email && m.text.includes(title));
    expect(mail.subject).toContain('Nieuwe opbrengst in');
    expect(mail.text).toContain(`/opbrengsten/${id}`);
  });

  it('who may not read the item when it is sent is not told of it, in the app or by mail', async () => {
    const tribune = await participant('TRIBUNE');
    const arena = await participant('ARENA');
    const title = `Nog in de arena ${randomUUID().slice(0, 8)}`;
    const product = await f.product({ atelierId, visibility: 'ARENA', title });
    // Sent while it is still in the arena (as if it moved back before the notice went out): the policy decides.
    const sent = await t.app
      .get(PrismaService)
      .$transaction((tx) =>
        t.app
          .get(NotificationService)
          .notifyAtelier(tx, atelierId, 'PRODUCT_SHARED', { productId: product.id, atelierId }, arena.userId),
      );
    expect(sent).toBeGreaterThan(0);
    expect(
      await t.prisma.notification.count({ where: { productId: product.id, userId: tribune.userId } }),
    ).toBe(0);
    const trekkerId = (await f.user(DEMO.trekker)).id;
    expect(await t.prisma.notification.count({ where: { productId: product.id, userId: trekkerId } })).toBe(
      1,
    );
    await settled();
    expect(smtp.received.some((m) => m.to === tribune.email && m.text.includes(title))).toBe(false);
    expect((await noticesOf(tribune.client)).some((n) => n.product?.id === gid('Product', product.id))).toBe(
      false,
    );
  });
});
