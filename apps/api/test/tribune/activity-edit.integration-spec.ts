import { randomUUID } from 'node:crypto';
import { DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { demoClients, errorOf, inDays, person, type DemoRole } from './tribune-fixtures.js';

/**
 * An activity after it was planned: the trekker (or the commissie) moves it and cancels it, with a message to those
 * registered. Who may (canEdit and the mutations), and who is told: those registered whatever their level, as long
 * as they still read the activity; the message reaches them in the app and by mail.
 */
const PLAN = `mutation($a: ID!, $i: PlanActivityInput!) { planActivity(atelierId: $a, input: $i) { id title } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateActivityInput!) { updateActivity(id: $id, input: $i) { id startsAt canEdit } }`;
const CANCEL = `mutation($id: ID!, $m: String) { cancelActivity(id: $id, message: $m) { id cancelledAt canEdit } }`;
const REGISTER = `mutation($a: ID!) { registerForActivity(activityId: $a) { id } }`;
const CAN_EDIT = `query($id: ID!) { activity(id: $id) { canEdit } }`;
const SET_LEVEL = `mutation($a: ID!, $l: NotificationLevel!) { setNotificationLevel(atelierId: $a, level: $l) { myNotificationLevel } }`;
const SET_DELIVERY = `mutation($d: MailDelivery!) { setMailDelivery(delivery: $d) { mailDelivery } }`;
const LEAVE = `mutation($a: ID!) { leaveAtelier(atelierId: $a) }`;
const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { kind note actor { name } activity { id startsAt cancelledAt } } } } }`;

interface Told {
  kind: string;
  note: string | null;
}

describe('changing and cancelling an activity', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let atelierGid: string;
  let atelierId: string;
  let c: Record<DemoRole | 'visitor', GraphQLClient>;

  async function plan(title: string, by: GraphQLClient = c.trekker): Promise<{ id: string }> {
    const data = await by.ok(PLAN, {
      a: atelierGid,
      i: { kind: 'MEETING', title, startsAt: inDays(10), location: 'Buurthuis De Klif', capacity: 20 },
    });
    return data.planActivity;
  }

  /** What a person was told about one activity, newest first. */
  async function told(client: GraphQLClient, activityId: string): Promise<Told[]> {
    const data = await client.ok(NOTIFICATIONS);
    return data.notifications.edges
      .filter((e: any) => e.node.activity?.id === activityId)
      .map((e: any) => ({ kind: e.node.kind, note: e.node.note }));
  }

  /** What the database holds for a person (also what they can no longer read through the API). */
  const toldInDb = (userId: string, activityGid: string) =>
    t.prisma.notification.findMany({
      where: { userId, activityId: Buffer.from(activityGid, 'base64url').toString('utf8').split(':')[1] },
      select: { kind: true, note: true },
    });

  /** A tribune member at the given level, registered for the activity. */
  async function registeredFollower(activityId: string, level: 'NORMAL' | 'QUIET') {
    const p = await person(t, { atelierId, role: 'TRIBUNE', name: `Aangemeld ${level}` });
    if (level !== 'NORMAL') await p.client.ok(SET_LEVEL, { a: atelierGid, l: level });
    await p.client.ok(REGISTER, { a: activityId });
    return p;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({
      demo: true,
      env: { SMTP_URL: smtp.url, MAIL_RETRY_DELAYS: '20ms', RESPONSE_CACHE_MB: '0' },
    });
    const f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    atelierGid = gid('Atelier', atelierId);
    c = await demoClients(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  describe('successful-move-activity', () => {
    it('moving it tells those registered (a QUIET one and the commissie too), not a QUIET follower who did not register', async () => {
      const activity = await plan('Ontmoeting die verschuift');
      const quietRegistered = await registeredFollower(activity.id, 'QUIET');
      const quietOnly = await person(t, { atelierId, role: 'TRIBUNE', name: 'Stil, niet aangemeld' });
      await quietOnly.client.ok(SET_LEVEL, { a: atelierGid, l: 'QUIET' });
      // The commissie reads the tribune without taking part; registered, it is addressed too.
      await c.committee.ok(REGISTER, { a: activity.id });

      const startsAt = inDays(17);
      const moved = await c.trekker.ok(UPDATE, { id: activity.id, i: { startsAt } });
      expect(Date.parse(moved.updateActivity.startsAt)).toBe(Date.parse(startsAt));

      expect(await told(quietRegistered.client, activity.id)).toEqual([
        { kind: 'ACTIVITY_CHANGED', note: null },
      ]);
      const seen = await quietRegistered.client.ok(NOTIFICATIONS);
      const notice = seen.notifications.edges.find((e: any) => e.node.activity?.id === activity.id).node;
      expect(Date.parse(notice.activity.startsAt)).toBe(Date.parse(startsAt));
      // Not told of the planning (it takes no part), but of the move of what it registered for.
      expect(await told(c.committee, activity.id)).toEqual([{ kind: 'ACTIVITY_CHANGED', note: null }]);
      expect(await told(quietOnly.client, activity.id)).toEqual([]);
      // A NORMAL follower hears of it as before, registered or not; the one who moved it does not.
      expect((await told(c.tribune, activity.id)).map((n) => n.kind)).toEqual([
        'ACTIVITY_CHANGED',
        'ACTIVITY_PLANNED',
      ]);
      expect(await told(c.trekker, activity.id)).toEqual([]);
    });

    it('someone registered who left the atelier since no longer reads the activity, and is not told', async () => {
      const activity = await plan('Na het vertrek');
      const leaver = await registeredFollower(activity.id, 'NORMAL');
      await leaver.client.ok(LEAVE, { a: atelierGid });
      await c.trekker.ok(UPDATE, { id: activity.id, i: { startsAt: inDays(12) } });
      await c.trekker.ok(CANCEL, { id: activity.id, m: 'Het gaat niet door.' });
      // Joined after the planning, left before the move and the cancellation: told of none of them.
      expect(await toldInDb(leaver.userId, activity.id)).toEqual([]);
    });
  });

  describe('successful-cancel-activity', () => {
    it('cancelling with a message: the registered are told with it (in the app and by mail), other followers without', async () => {
      const activity = await plan('Ontmoeting die niet doorgaat');
      const quietRegistered = await registeredFollower(activity.id, 'QUIET');
      await quietRegistered.client.ok(SET_DELIVERY, { d: 'DIRECT' });
      const email = (await t.prisma.user.findUniqueOrThrow({ where: { id: quietRegistered.userId } })).email;
      const message = `De spreker is ziek; we plannen een nieuwe datum. ${randomUUID().slice(0, 8)}`;

      const cancelled = await c.trekker.ok(CANCEL, { id: activity.id, m: `  ${message}  ` });
      expect(cancelled.cancelActivity).toMatchObject({ cancelledAt: expect.any(String), canEdit: false });

      expect(await told(quietRegistered.client, activity.id)).toEqual([
        { kind: 'ACTIVITY_CANCELLED', note: message },
      ]);
      const tribune = await told(c.tribune, activity.id);
      expect(tribune[0]).toEqual({ kind: 'ACTIVITY_CANCELLED', note: null });
      expect(await told(c.trekker, activity.id)).toEqual([]);

      const mail = await smtp.waitFor((m) => m.to === email && m.text.includes(message));
      expect(mail.subject).toContain('Activiteit afgelast in');
      expect(mail.text).toContain('Ontmoeting die niet doorgaat');
      expect(mail.text).toContain('Afgelast');
    });

    it('the commissie cancels without a message: the trekker is told, nobody gets a note', async () => {
      const activity = await plan('Door de commissie afgelast');
      await c.arena.ok(REGISTER, { a: activity.id });
      await c.committee.ok(CANCEL, { id: activity.id, m: '   ' });
      expect(await told(c.trekker, activity.id)).toEqual([{ kind: 'ACTIVITY_CANCELLED', note: null }]);
      expect((await told(c.arena, activity.id))[0]).toEqual({ kind: 'ACTIVITY_CANCELLED', note: null });
    });

    it('canEdit: true for the trekker and the commissie while it is open; false for followers and once cancelled', async () => {
      const activity = await plan('Wie mag wijzigen');
      for (const role of ['trekker', 'committee'] as const) {
        expect((await c[role].ok(CAN_EDIT, { id: activity.id })).activity.canEdit).toBe(true);
      }
      for (const role of ['tribune', 'arena', 'admin'] as const) {
        expect((await c[role].ok(CAN_EDIT, { id: activity.id })).activity.canEdit).toBe(false);
      }
      await c.trekker.ok(CANCEL, { id: activity.id });
      expect((await c.trekker.ok(CAN_EDIT, { id: activity.id })).activity.canEdit).toBe(false);
    });
  });

  describe('failing-cancel-activity', () => {
    it('refuses followers who do not lead it (FORBIDDEN), hides it from outsiders (NOT_FOUND), and tells no one', async () => {
      const activity = await plan('Blijft staan');
      await c.tribune.ok(REGISTER, { a: activity.id });
      const outsider = (await person(t, { name: 'Buitenstaander' })).client;
      expect(errorOf(await c.visitor.query(CANCEL, { id: activity.id, m: 'x' }))?.code).toBe(
        'UNAUTHENTICATED',
      );
      for (const role of ['tribune', 'arena', 'admin'] as const) {
        expect(errorOf(await c[role].query(CANCEL, { id: activity.id, m: 'Weg ermee' }))?.code).toBe(
          'FORBIDDEN',
        );
      }
      expect(errorOf(await outsider.query(CANCEL, { id: activity.id }))?.code).toBe('NOT_FOUND');
      expect(errorOf(await outsider.query(CAN_EDIT, { id: activity.id }))?.code).toBe('NOT_FOUND');
      expect((await told(c.tribune, activity.id)).map((n) => n.kind)).toEqual(['ACTIVITY_PLANNED']);
      expect((await c.trekker.ok(CAN_EDIT, { id: activity.id })).activity.canEdit).toBe(true);
    });

    it('refuses a message over 1,000 characters (BAD_USER_INPUT on message) and keeps the activity', async () => {
      const activity = await plan('Te lang bericht');
      const result = await c.trekker.query(CANCEL, { id: activity.id, m: 'x'.repeat(1001) });
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message' });
      expect((await c.trekker.ok(CAN_EDIT, { id: activity.id })).activity.canEdit).toBe(true);
    });
  });
});
