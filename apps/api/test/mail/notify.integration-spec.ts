// Notification mail, end to end through a real SMTP server: levels per atelier decide who hears what, delivery
// per person decides how (one mail each, a daily summary, none); authors hear of reactions and the trekker of
// lessons waiting in the arena; every such mail unsubscribes in one click (RFC 8058), and no mail ever holds a
// lesson its recipient may not read, also when the lesson moved down the ladder after the mail was queued.
import { randomUUID } from 'node:crypto';
import type { Notification } from '../../src/generated/prisma/client.js';
import { PrismaService } from '../../src/common/prisma/prisma.service.js';
import { NotificationMail } from '../../src/notification/notification-mail.js';
import { SummarySweep } from '../../src/notification/summary.sweep.js';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import {
  eventually,
  startSmtpServer,
  type ReceivedMail,
  type TestSmtpServer,
} from '../support/smtp-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { person } from '../tribune/tribune-fixtures.js';

const LOG = `mutation($input: LogLessonInput!) { logLesson(input: $input) { id } }`;
const STEP = `mutation($id: ID!, $v: Visibility!) { setLessonVisibility(id: $id, visibility: $v) { visibility } }`;
const REACT = `mutation($t: ID!, $b: String!) { react(targetId: $t, body: $b) { id } }`;
const SET_LEVEL = `mutation($a: ID!, $l: NotificationLevel!) { setNotificationLevel(atelierId: $a, level: $l) { myNotificationLevel } }`;
const SET_DELIVERY = `mutation($d: MailDelivery!) { setMailDelivery(delivery: $d) { mailDelivery } }`;

describe('notification mail', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let trekkerId: string;
  let trekkerEmail: string;

  const db = () => t.app.get(PrismaService);
  const emailOf = async (userId: string) =>
    (await t.prisma.user.findUniqueOrThrow({ where: { id: userId } })).email;
  /** A participant who wants each notification by mail at once, at the given level. */
  const participant = async (role: 'ARENA' | 'TRIBUNE', level: 'ALL' | 'NORMAL' | 'QUIET' = 'NORMAL') => {
    const p = await person(t, { atelierId, role, name: `Deelnemer ${role} ${level}` });
    await p.client.ok(SET_DELIVERY, { d: 'DIRECT' });
    if (level !== 'NORMAL') await p.client.ok(SET_LEVEL, { a: gid('Atelier', atelierId), l: level });
    return { ...p, email: await emailOf(p.userId) };
  };
  /** A header as sent (mailparser reshapes the List-* ones), unfolded. */
  const headerOf = (mail: ReceivedMail, name: string) => {
    const head = mail.raw
      .toString('utf8')
      .split(/\r?\n\r?\n/)[0]!
      .replace(/\r?\n[ \t]+/g, '');
    return new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim();
  };
  /** The path of the List-Unsubscribe link. */
  const linkOf = (mail: ReceivedMail) => {
    const url = /<([^>]+)>/.exec(headerOf(mail, 'List-Unsubscribe') ?? '')?.[1];
    if (!url) throw new Error('No List-Unsubscribe link');
    const link = new URL(url);
    return `${link.pathname}${link.search}`;
  };
  const mailsTo = (to: string) => smtp.received.filter((m) => m.to === to);
  /** Waits until the outbox has nothing left to do, so that what was not sent is known not to come. */
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
    trekkerId = (await f.user(DEMO.trekker)).id;
    trekkerEmail = DEMO.trekker;
    await t.prisma.user.update({ where: { id: trekkerId }, data: { mailDelivery: 'DIRECT' } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  describe('levels and direct delivery', () => {
    it('a lesson shared with the tribune mails NORMAL and ALL followers, not QUIET ones; the mail holds it and links to it', async () => {
      const all = await participant('TRIBUNE', 'ALL');
      const normal = await participant('TRIBUNE', 'NORMAL');
      const quiet = await participant('TRIBUNE', 'QUIET');
      const trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
      const author = (await f.user(DEMO.arena)).id;
      const title = `Buurtkamer ${randomUUID().slice(0, 8)}`;
      const lesson = await f.lesson({ atelierId, authorId: author, visibility: 'ARENA', title });
      await trekker.ok(STEP, { id: gid('Lesson', lesson.id), v: 'TRIBUNE' });

      const mail = await smtp.waitFor((m) => m.to === normal.email && m.text.includes(title));
      expect(mail.subject).toContain('Nieuwe les in');
      expect(mail.subject).not.toContain(title);
      expect(mail.html).toContain(title);
      expect(mail.text).toContain(`/lessen/${gid('Lesson', lesson.id)}`);
      await smtp.waitFor((m) => m.to === all.email && m.text.includes(title));
      await settled();
      expect(mailsTo(quiet.email)).toHaveLength(0);
      expect(
        await t.prisma.notification.count({ where: { userId: quiet.userId, lessonId: lesson.id } }),
      ).toBe(0);
      // In the app too: the level decides what reaches the person at all.
      expect(
        await t.prisma.notification.count({ where: { userId: normal.userId, lessonId: lesson.id } }),
      ).toBe(1);
    });

    it('a lesson logged into the arena mails the trekker that it waits, and arena members who follow everything; NORMAL ones hear nothing', async () => {
      const all = await participant('ARENA', 'ALL');
      const normal = await participant('ARENA', 'NORMAL');
      const author = await participant('ARENA', 'NORMAL');
      const title = `Wachtende les ${randomUUID().slice(0, 8)}`;
      const logged = await author.client.ok<{ logLesson: { id: string } }>(LOG, {
        input: {
          atelierId: gid('Atelier', atelierId),
          title,
          body: '<p>Wat we zagen in de wijk.</p>',
          conditions: ['SOCIAL_COHESION'],
          level: 'NEIGHBOURHOOD',
          domain: 'WELFARE',
          visibility: 'ARENA',
        },
      });
      const waiting = await smtp.waitFor((m) => m.to === trekkerEmail && m.text.includes(title));
      expect(waiting.subject).toContain('Een les wacht op je');
      expect(waiting.text).toContain('verbind hem in een inzicht of deel hem met de tribune');
      await smtp.waitFor((m) => m.to === all.email && m.text.includes(title));
      await settled();
      expect(mailsTo(normal.email)).toHaveLength(0);
      expect(mailsTo(author.email)).toHaveLength(0);
      expect(logged.logLesson.id).toBeTruthy();
    });

    it('a lesson that no longer waits (lifted to the tribune) is not mailed to the trekker as waiting', async () => {
      const author = (await f.user(DEMO.arena)).id;
      const title = `Al gedeeld ${randomUUID().slice(0, 8)}`;
      const lesson = await f.lesson({ atelierId, authorId: author, visibility: 'TRIBUNE', title });
      const [n] = await db().$transaction(async (tx) => {
        const rows = await tx.notification.createManyAndReturn({
          data: [{ userId: trekkerId, kind: 'LESSON_WAITING', lessonId: lesson.id }],
        });
        await t.app.get(NotificationMail).queueDirect(tx, rows);
        return rows;
      });
      const row = await eventually(
        () => t.prisma.mailMessage.findUniqueOrThrow({ where: { idempotencyKey: `notification:${n!.id}` } }),
        (r) => r.status !== 'QUEUED' && r.status !== 'SENDING',
      );
      expect(row.status).toBe('DROPPED');
      expect(smtp.received.some((m) => m.text.includes(title))).toBe(false);
    });

    it('the author of a lesson hears of a reaction to it (REACTION_ADDED), the one reacting does not', async () => {
      const author = await participant('ARENA', 'NORMAL');
      const reader = await participant('TRIBUNE', 'NORMAL');
      const title = `Met reactie ${randomUUID().slice(0, 8)}`;
      const lesson = await f.lesson({ atelierId, authorId: author.userId, visibility: 'TRIBUNE', title });
      await reader.client.ok(REACT, { t: gid('Lesson', lesson.id), b: 'Herkenbaar!' });
      const mail = await smtp.waitFor((m) => m.to === author.email && m.text.includes(title));
      expect(mail.subject).toContain('Nieuwe reactie in');
      expect(mail.text).toContain('Deelnemer TRIBUNE NORMAL reageerde op deze les.');
      await settled();
      expect(mailsTo(reader.email).filter((m) => m.text.includes(title))).toHaveLength(0);
    });

    it('the trekker is mailed that something waits in her moderation queue, not what it is or who reported it', async () => {
      const author = await participant('ARENA', 'NORMAL');
      const reader = await participant('TRIBUNE', 'NORMAL');
      const lesson = await f.lesson({ atelierId, authorId: author.userId, visibility: 'TRIBUNE' });
      const secret = `Onaardige reactie ${randomUUID().slice(0, 8)}`;
      const reaction = await t.prisma.reaction.create({
        data: { authorId: author.userId, lessonId: lesson.id, body: secret },
      });
      await reader.client.ok(
        `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
        { input: { targetId: gid('Reaction', reaction.id), reason: 'OFFENSIVE' } },
      );
      const mail = await smtp.waitFor((m) => m.to === trekkerEmail && m.subject.startsWith('Melding in'));
      const slug = (
        await t.prisma.atelier.findUniqueOrThrow({ where: { id: atelierId }, select: { workshop: true } })
      ).workshop.slug;
      expect(mail.text).toContain('Er is iets gemeld dat op je moderatie wacht.');
      expect(mail.text).toContain(`/w/${slug}/moderatie`);
      expect(mail.text).not.toContain(secret);
      expect(mail.text).not.toContain('Deelnemer TRIBUNE');
    });

    it('the same notification is mailed once: its key is the recipient and the notification', async () => {
      const p = await participant('TRIBUNE', 'NORMAL');
      const [n] = await db().$transaction((tx) =>
        tx.notification.createManyAndReturn({ data: [{ userId: p.userId, kind: 'INVITED', atelierId }] }),
      );
      const mailer = t.app.get(NotificationMail);
      await db().$transaction((tx) => mailer.queueDirect(tx, [n!]));
      await db().$transaction((tx) => mailer.queueDirect(tx, [n!]));
      await smtp.waitFor((m) => m.to === p.email);
      await settled();
      expect(mailsTo(p.email)).toHaveLength(1);
    });
  });

  describe('one-click unsubscribe', () => {
    it('a notification mail of an atelier turns that atelier to stil: GET only shows the question, POST One-Click changes it', async () => {
      const p = await participant('TRIBUNE', 'ALL');
      const author = (await f.user(DEMO.arena)).id;
      const title = `Afmeldles ${randomUUID().slice(0, 8)}`;
      const lesson = await f.lesson({ atelierId, authorId: author, visibility: 'TRIBUNE', title });
      await db().$transaction(async (tx) => {
        const rows = await tx.notification.createManyAndReturn({
          data: [{ userId: p.userId, kind: 'LESSON_SHARED', lessonId: lesson.id }],
        });
        await t.app.get(NotificationMail).queueDirect(tx, rows);
      });
      const mail = await smtp.waitFor((m) => m.to === p.email && m.text.includes(title));
      expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      const path = linkOf(mail);
      expect(mail.text).toContain(`Afmelden: ${t.config.publicUrl}${path}`);

      const shown = await t.http().get(path);
      expect(shown.status).toBe(200);
      expect(shown.text).toContain('op stil zetten');
      expect(shown.text).toContain('<form method="post">');
      const level = () =>
        t.prisma.participation.findUniqueOrThrow({
          where: { atelierId_userId: { atelierId, userId: p.userId } },
        });
      expect((await level()).notificationLevel).toBe('ALL');

      const done = await t.http().post(path).type('form').send('List-Unsubscribe=One-Click');
      expect(done.status).toBe(200);
      expect(done.text).toContain('Gelukt');
      expect((await level()).notificationLevel).toBe('QUIET');
      // Nothing else changed: mail still comes directly.
      expect((await t.prisma.user.findUniqueOrThrow({ where: { id: p.userId } })).mailDelivery).toBe(
        'DIRECT',
      );
    });

    it('a link that was altered, or signed for someone else, changes nothing', async () => {
      const p = await participant('TRIBUNE', 'NORMAL');
      const [n] = await db().$transaction(async (tx) => {
        const rows = await tx.notification.createManyAndReturn({
          data: [{ userId: p.userId, kind: 'INVITED', atelierId }],
        });
        await t.app.get(NotificationMail).queueDirect(tx, rows);
        return rows;
      });
      const mail = await smtp.waitFor((m) => m.to === p.email);
      expect(n).toBeDefined();
      const path = linkOf(mail);
      const [body, signature] = path.split('?t=').pop()!.split('.') as [string, string];
      const other = await person(t);
      const forged = Buffer.from(JSON.stringify({ u: other.userId, k: 'delivery' })).toString('base64url');
      for (const bad of [
        `/afmelden?t=${forged}.${signature}`,
        `/afmelden?t=${body}.${'A'.repeat(43)}`,
        '/afmelden',
      ]) {
        const answer = await t.http().post(bad).type('form').send('List-Unsubscribe=One-Click');
        expect(answer.status).toBe(404);
      }
      expect((await t.prisma.user.findUniqueOrThrow({ where: { id: other.userId } })).mailDelivery).toBe(
        'DAILY',
      );
      expect((await t.prisma.user.findUniqueOrThrow({ where: { id: p.userId } })).mailDelivery).toBe(
        'DIRECT',
      );
    });
  });

  describe('summaries', () => {
    it('a daily summary is queued once per person and day by the sweep (two replicas sweeping), lists what they may read, and unsubscribes from mail', async () => {
      const p = await participant('TRIBUNE', 'NORMAL');
      await p.client.ok(SET_DELIVERY, { d: 'DAILY' });
      const author = (await f.user(DEMO.arena)).id;
      const readable = await f.lesson({
        atelierId,
        authorId: author,
        visibility: 'TRIBUNE',
        title: `Overzicht zichtbaar ${randomUUID().slice(0, 6)}`,
      });
      const hidden = await f.lesson({
        atelierId,
        authorId: author,
        visibility: 'ARENA',
        title: `Overzicht verborgen ${randomUUID().slice(0, 6)}`,
      });
      const yesterday = new Date(Date.now() - 86_400_000);
      yesterday.setUTCHours(12, 0, 0, 0);
      await t.prisma.notification.createMany({
        data: [
          { userId: p.userId, kind: 'LESSON_SHARED', lessonId: readable.id, createdAt: yesterday },
          { userId: p.userId, kind: 'LESSON_SHARED', lessonId: hidden.id, createdAt: yesterday },
        ],
      });
      const sweep = t.app.get(SummarySweep);
      const replica = await t.replica();
      try {
        await Promise.all([sweep.sweep(), sweep.sweep()]);
      } finally {
        await replica.close();
      }
      const mail = await smtp.waitFor((m) => m.to === p.email && m.subject === 'Je dagelijkse overzicht');
      expect(mail.text).toContain(readable.title);
      expect(mail.text).not.toContain(hidden.title);
      expect(mail.html).not.toContain(hidden.title);
      await sweep.sweep();
      await settled();
      expect(mailsTo(p.email).filter((m) => m.subject === 'Je dagelijkse overzicht')).toHaveLength(1);

      const path = linkOf(mail);
      expect((await t.http().get(path)).text).toContain('Geen meldingen meer per e-mail');
      await t.http().post(path).type('form').send('List-Unsubscribe=One-Click');
      expect((await t.prisma.user.findUniqueOrThrow({ where: { id: p.userId } })).mailDelivery).toBe('NONE');
    });

    it('who switches from direct mail to a daily summary is not told twice: what was mailed on its own is left out, what was not is in', async () => {
      const p = await participant('TRIBUNE', 'NORMAL');
      const author = (await f.user(DEMO.arena)).id;
      const mailedAlone = await f.lesson({
        atelierId,
        authorId: author,
        visibility: 'TRIBUNE',
        title: `Al los gemaild ${randomUUID().slice(0, 6)}`,
      });
      const notYet = await f.lesson({
        atelierId,
        authorId: author,
        visibility: 'TRIBUNE',
        title: `Nog niet gemaild ${randomUUID().slice(0, 6)}`,
      });
      const yesterday = new Date(Date.now() - 86_400_000);
      yesterday.setUTCHours(9, 0, 0, 0);
      const sent = await t.prisma.notification.create({
        data: { userId: p.userId, kind: 'LESSON_SHARED', lessonId: mailedAlone.id, createdAt: yesterday },
      });
      const dropped = await t.prisma.notification.create({
        data: { userId: p.userId, kind: 'LESSON_SHARED', lessonId: notYet.id, createdAt: yesterday },
      });
      // The morning's direct mails: one went out; the other was dropped, as its person had switched by then.
      await t.prisma.mailMessage.createMany({
        data: [
          {
            idempotencyKey: `notification:${sent.id}`,
            to: p.email,
            userId: p.userId,
            subject: mailedAlone.title,
            text: '',
            html: '',
            status: 'SENT',
            sentAt: yesterday,
          },
          {
            idempotencyKey: `notification:${dropped.id}`,
            to: p.email,
            userId: p.userId,
            subject: notYet.title,
            text: '',
            html: '',
            status: 'DROPPED',
          },
        ],
      });
      await p.client.ok(SET_DELIVERY, { d: 'DAILY' });

      await t.app.get(SummarySweep).sweep();
      const mail = await smtp.waitFor((m) => m.to === p.email && m.subject === 'Je dagelijkse overzicht');
      expect(mail.text).toContain(notYet.title);
      expect(mail.text).not.toContain(mailedAlone.title);
    });
  });

  describe('no mail holds what its recipient may not read', () => {
    const RUNGS = ['PRACTICE', 'ARENA', 'TRIBUNE', 'PUBLIC'] as const;
    // Who reads which rung (domain.md): the arena reads ARENA and up (PRACTICE only in its own practice), the
    // tribune TRIBUNE and up, someone taking no part (visitor level) only PUBLIC.
    const READS: Record<'arena' | 'tribune' | 'outsider', readonly string[]> = {
      arena: ['ARENA', 'TRIBUNE', 'PUBLIC'],
      tribune: ['TRIBUNE', 'PUBLIC'],
      outsider: ['PUBLIC'],
    };

    async function mailOf(
      userId: string,
      lessonId: string,
      moveTo?: 'ARENA',
    ): Promise<{ status: string; key: string }> {
      const rows: Notification[] = await db().$transaction(async (tx) => {
        const created = await tx.notification.createManyAndReturn({
          data: [{ userId, kind: 'LESSON_SHARED', lessonId }],
        });
        await t.app.get(NotificationMail).queueDirect(tx, created);
        // Moved down after the mail was queued (before it is sent): the mail must not hold it.
        if (moveTo) await tx.lesson.update({ where: { id: lessonId }, data: { visibility: moveTo } });
        return created;
      });
      const key = `notification:${rows[0]!.id}`;
      const row = await eventually(
        () => t.prisma.mailMessage.findUniqueOrThrow({ where: { idempotencyKey: key } }),
        (r) => r.status === 'SENT' || r.status === 'DROPPED',
      );
      return { status: row.status, key };
    }

    for (const reader of ['arena', 'tribune', 'outsider'] as const) {
      for (const rung of RUNGS) {
        const may = READS[reader].includes(rung);
        it(`${reader} and a lesson at ${rung}: ${may ? 'mailed with its title and body' : 'no mail with its title or body'}`, async () => {
          const p =
            reader === 'outsider'
              ? { ...(await person(t)), email: '' }
              : await participant(reader === 'arena' ? 'ARENA' : 'TRIBUNE', 'NORMAL');
          if (reader === 'outsider') {
            await t.prisma.user.update({ where: { id: p.userId }, data: { mailDelivery: 'DIRECT' } });
            p.email = await emailOf(p.userId);
          }
          const secret = `Geheim ${rung} ${randomUUID().slice(0, 8)}`;
          const author = (await f.user(DEMO.arena)).id;
          const lesson = await f.lesson({ atelierId, authorId: author, visibility: rung, title: secret });
          await t.prisma.lesson.update({
            where: { id: lesson.id },
            data: { body: `<p>Inhoud ${secret}</p>` },
          });
          const { status } = await mailOf(p.userId, lesson.id);
          const received = mailsTo(p.email);
          const leaked = received.some(
            (m) => m.text.includes(secret) || m.html.includes(secret) || m.subject.includes(secret),
          );
          if (may) {
            expect(status).toBe('SENT');
            const mail = received.find((m) => m.text.includes(`Inhoud ${secret}`));
            expect(mail?.html).toContain(secret);
          } else {
            expect(status).toBe('DROPPED');
            expect(leaked).toBe(false);
          }
        });
      }
    }

    it('a lesson moved down from the tribune after its mail was queued is not mailed to the tribune member', async () => {
      const p = await participant('TRIBUNE', 'NORMAL');
      const secret = `Teruggezet ${randomUUID().slice(0, 8)}`;
      const author = (await f.user(DEMO.arena)).id;
      const lesson = await f.lesson({ atelierId, authorId: author, visibility: 'TRIBUNE', title: secret });
      const { status } = await mailOf(p.userId, lesson.id, 'ARENA');
      expect(status).toBe('DROPPED');
      expect(smtp.received.some((m) => m.text.includes(secret) || m.html.includes(secret))).toBe(false);
    });
  });
});
