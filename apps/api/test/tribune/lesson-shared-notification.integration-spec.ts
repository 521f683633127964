import { DEMO, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { demoClients, type DemoRole } from './tribune-fixtures.js';
import type { GraphQLClient } from '../support/test-app.js';

const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { id kind readAt actor { name } lesson { id } } } } unreadNotificationCount }`;

type Notifications = {
  notifications: {
    edges: {
      node: {
        id: string;
        kind: string;
        readAt: string | null;
        actor: { name: string } | null;
        lesson: { id: string } | null;
      };
    }[];
  };
  unreadNotificationCount: number;
};

/** A lesson shared with the tribune: its author is told who shared it, and opening the notice marks it read. */
describe('a shared lesson’s notification', () => {
  let t: TestApp;
  let c: Record<DemoRole | 'visitor', GraphQLClient>;
  let lessonId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    const f = new DemoFixtures(t.prisma);
    const atelierId = (await f.atelierOf(LONELINESS)).id;
    const author = await f.user(DEMO.arena);
    lessonId = gid(
      'Lesson',
      (
        await f.lesson({
          atelierId,
          authorId: author.id,
          visibility: 'ARENA',
          title: 'Gedeeld door de trekker',
        })
      ).id,
    );
    c = await demoClients(t);
  });
  afterAll(() => t.close());

  it('names the trekker who shared the author’s lesson, and reading it lowers the unread count by one', async () => {
    await c.trekker.ok(`mutation($id: ID!) { setLessonVisibility(id: $id, visibility: TRIBUNE) { id } }`, {
      id: lessonId,
    });
    const before = await c.arena.ok<Notifications>(NOTIFICATIONS);
    const notice = before.notifications.edges
      .map((e) => e.node)
      .find((n) => n.kind === 'LESSON_SHARED' && n.lesson?.id === lessonId);
    expect(notice?.actor?.name).toBe('Lotte Janssen');
    expect(notice?.readAt).toBeNull();

    const marked = await c.arena.ok<{ markNotificationsRead: number }>(
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      { ids: [notice!.id] },
    );
    expect(marked.markNotificationsRead).toBe(1);
    const after = await c.arena.ok<Notifications>(NOTIFICATIONS);
    expect(after.unreadNotificationCount).toBe(before.unreadNotificationCount - 1);
    expect(after.notifications.edges.find((e) => e.node.id === notice!.id)?.node.readAt).not.toBeNull();
  });
});
