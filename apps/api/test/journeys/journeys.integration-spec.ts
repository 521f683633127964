import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

/**
 * The three journeys of domain.md, walked over HTTP as the web app would: a partner joins and logs a
 * lesson, the trekker connects lessons from two gemeenten into an insight and shares it, the tribune
 * member finds it in their feed with only the lessons behind it that they may read.
 */
describe('the three journeys', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierGid: string;
  let partnerLessonId: string;
  let insightId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    atelierGid = gid('Atelier', (await f.atelierOf(LONELINESS)).id);
  });
  afterAll(() => t.close());

  it('partner: browses the agenda, joins the arena for their organisation, joins the practice in their gemeente, logs a lesson', async () => {
    const visitor = t.client();
    const orgs = await visitor.ok(`{ organisations(first: 100) { edges { node { id name kind } } } }`);
    const welfare = orgs.organisations.edges.find((e: any) => e.node.kind === 'WELFARE').node;

    const partner = t.client();
    await partner.ok(`mutation($i: SignUpInput!) { signUp(input: $i) }`, {
      i: {
        email: 'sanne@welzijn.example',
        password: 'wijkteam-2026',
        name: 'Sanne Bakker',
        organisationId: welfare.id,
        partyKind: 'PROFESSIONAL',
      },
    });
    // She follows the link in the confirmation mail (its own test is in test/mail/account-mail).
    await t.prisma.user.update({
      where: { email: 'sanne@welzijn.example' },
      data: { emailConfirmedAt: new Date() },
    });
    await partner.signIn('sanne@welzijn.example', 'wijkteam-2026');

    const agenda = await partner.ok(
      `{ socialIssues(first: 20, status: ACTIVE) { edges { node { title ateliers { id title } } } } }`,
    );
    const loneliness = agenda.socialIssues.edges.find((e: any) => e.node.title === LONELINESS).node;
    expect(loneliness.ateliers[0].id).toBe(atelierGid);

    const before = await partner.ok(
      `query($id: ID!) { atelier(id: $id) { myParticipation { role } practices { id } } }`,
      { id: atelierGid },
    );
    expect(before.atelier.myParticipation).toBeNull();
    // Outside the arena the practices are not shown.
    expect(before.atelier.practices).toEqual([]);

    // Belonging to the welfare organisation is a request until a beheerder confirms it.
    const beheer = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    const waiting = await beheer.ok(
      `{ membershipRequests(first: 20) { edges { node { id user { name } } } } }`,
    );
    const sanne = waiting.membershipRequests.edges.find((e: any) => e.node.user.name === 'Sanne Bakker').node;
    await beheer.ok(`mutation($id: ID!) { decideMembership(id: $id, confirm: true) { status } }`, {
      id: sanne.id,
    });

    // This arena takes new members on request: the partner asks, the trekker lets them in.
    const ways = await partner.ok(
      `query($id: ID!) { atelier(id: $id) { joinMode joiningWays { arena tribune } } }`,
      {
        id: atelierGid,
      },
    );
    expect(ways.atelier).toEqual({
      joinMode: 'ON_REQUEST',
      joiningWays: { arena: 'REQUEST', tribune: 'JOIN' },
    });
    const asked = await partner.ok(
      `mutation($a: ID!, $o: ID) { requestToJoin(atelierId: $a, role: ARENA, organisationId: $o, message: "Ik werk in het wijkteam van Hatert.") { id status } }`,
      { a: atelierGid, o: welfare.id },
    );
    expect(asked.requestToJoin.status).toBe('PENDING');
    const trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    const queue = await trekker.ok(
      `query($id: ID!) { atelier(id: $id) { joinRequests(first: 10) { edges { node { id message user { name } organisation { name } } } } } }`,
      { id: atelierGid },
    );
    expect(queue.atelier.joinRequests.edges.map((e: any) => e.node)).toContainEqual({
      id: asked.requestToJoin.id,
      message: 'Ik werk in het wijkteam van Hatert.',
      user: { name: 'Sanne Bakker' },
      organisation: { name: welfare.name },
    });
    await trekker.ok(`mutation($id: ID!) { decideJoinRequest(id: $id, accept: true) { status } }`, {
      id: asked.requestToJoin.id,
    });
    const joined = await partner.ok(
      `query($id: ID!) { atelier(id: $id) { myParticipation { role organisation { name } } } }`,
      { id: atelierGid },
    );
    expect(joined.atelier.myParticipation).toEqual({ role: 'ARENA', organisation: { name: welfare.name } });

    const atelier = await partner.ok(
      `query($id: ID!) { atelier(id: $id) { myParticipation { role } practices { id title municipality { name } } } }`,
      { id: atelierGid },
    );
    expect(atelier.atelier.myParticipation.role).toBe('ARENA');
    const nijmegenPractice = atelier.atelier.practices.find((p: any) => p.municipality.name === 'Nijmegen');
    expect(nijmegenPractice).toBeDefined();
    await partner.ok(`mutation($p: ID!) { joinPractice(practiceId: $p) { id } }`, { p: nijmegenPractice.id });

    const logged = await partner.ok(
      `mutation($i: LogLessonInput!) { logLesson(input: $i) { id visibility conditions municipality { name } body } }`,
      {
        i: {
          atelierId: atelierGid,
          practiceId: nijmegenPractice.id,
          title: 'Een vaste tafel in de bibliotheek',
          body: '<p>Elke dinsdag dezelfde tafel: mensen wisten <strong>waar</strong> ze elkaar konden vinden.</p><script>alert(1)</script>',
          conditions: ['SOCIAL_COHESION'],
          level: 'NEIGHBOURHOOD',
          domain: 'WELFARE',
        },
      },
    );
    expect(logged.logLesson).toMatchObject({
      visibility: 'DRAFT',
      conditions: ['SOCIAL_COHESION'],
      municipality: { name: 'Nijmegen' },
    });
    expect(logged.logLesson.body).not.toContain('<script');
    partnerLessonId = logged.logLesson.id;

    // Shared on purpose, one rung at a time: with the practice, then the arena, where the trekker gathers.
    for (const rung of ['PRACTICE', 'ARENA']) {
      const shared = await partner.ok(
        `mutation($id: ID!, $v: Visibility!) { setLessonVisibility(id: $id, visibility: $v) { visibility } }`,
        { id: partnerLessonId, v: rung },
      );
      expect(shared.setLessonVisibility.visibility).toBe(rung);
    }
  });

  it('trekker: sees the dashboard, connects three lessons from two gemeenten into an insight and shares it with the tribune', async () => {
    const trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    const dashboard = await trekker.ok(
      `query($id: ID!) { atelier(id: $id) {
        arenaCount tribuneCount
        conditionSpread { condition count }
        waiting: lessons(visibility: ARENA, first: 50) { totalCount edges { node { id title municipality { name } } } }
        practices { title municipality { name } }
      } }`,
      { id: atelierGid },
    );
    const atelier = dashboard.atelier;
    expect(atelier.conditionSpread.map((c: any) => c.condition).sort()).toEqual([
      'SOCIAL_COHESION',
      'SOCIAL_EMPOWERMENT',
      'SOCIAL_INCLUSION',
      'SOCIO_ECONOMIC_SECURITY',
    ]);
    expect(atelier.waiting.edges.map((e: any) => e.node.id)).toContain(partnerLessonId);

    const fromNijmegen = atelier.waiting.edges
      .filter((e: any) => e.node.municipality?.name === 'Nijmegen')
      .map((e: any) => e.node.id);
    const fromElsewhere = atelier.waiting.edges
      .filter((e: any) => e.node.municipality && e.node.municipality.name !== 'Nijmegen')
      .map((e: any) => e.node.id);
    expect(fromNijmegen.length).toBeGreaterThanOrEqual(2);
    expect(fromElsewhere.length).toBeGreaterThanOrEqual(1);
    const lessonIds = [
      partnerLessonId,
      fromNijmegen.find((id: string) => id !== partnerLessonId),
      fromElsewhere[0],
    ];

    const created = await trekker.ok(
      `mutation($a: ID!, $i: CreateInsightInput!) { createInsight(atelierId: $a, input: $i) { id visibility lessonCount lessons { municipality { name } } } }`,
      {
        a: atelierGid,
        i: {
          title: 'Een vaste plek maakt ontmoeting vanzelfsprekend',
          body: '<p>In Nijmegen en daarbuiten zagen we dat een herkenbare, vaste plek de drempel verlaagt.</p>',
          lessonIds,
          conditions: ['SOCIAL_COHESION', 'SOCIAL_INCLUSION'],
        },
      },
    );
    expect(created.createInsight).toMatchObject({ visibility: 'ARENA', lessonCount: 3 });
    expect(new Set(created.createInsight.lessons.map((l: any) => l.municipality.name)).size).toBe(2);
    insightId = created.createInsight.id;

    const shared = await trekker.ok(
      `mutation($id: ID!) { setInsightVisibility(id: $id, visibility: TRIBUNE) { visibility sharedAt } }`,
      { id: insightId },
    );
    expect(shared.setInsightVisibility.visibility).toBe('TRIBUNE');
    expect(shared.setInsightVisibility.sharedAt).not.toBeNull();
  });

  it('tribune member: finds the insight in the feed and notifications, and reads only the lessons behind it that are shared', async () => {
    const tribune: GraphQLClient = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    const feed = await tribune.ok(
      `{ feed(first: 20) { edges { node { __typename ... on Insight { id title lessonCount lessons { id visibility } } ... on Lesson { id visibility } } } } }`,
    );
    const first = feed.feed.edges[0].node;
    expect(first).toMatchObject({ __typename: 'Insight', id: insightId, lessonCount: 3 });
    // The three lessons behind it are at ARENA: the tribune sees that they exist, not what they say.
    expect(first.lessons).toEqual([]);
    for (const edge of feed.feed.edges)
      expect(['TRIBUNE', 'PUBLIC', undefined]).toContain(edge.node.visibility);

    const hidden = await tribune.query(`query($id: ID!) { lesson(id: $id) { title } }`, {
      id: partnerLessonId,
    });
    expect(hidden.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const notifications = await tribune.ok(
      `{ unreadNotificationCount notifications(first: 10) { edges { node { kind insight { id } } } } }`,
    );
    expect(notifications.unreadNotificationCount).toBeGreaterThanOrEqual(1);
    expect(notifications.notifications.edges[0].node).toEqual({
      kind: 'INSIGHT_SHARED',
      insight: { id: insightId },
    });
    const read = await tribune.ok(`mutation { markNotificationsRead }`);
    expect(read.markNotificationsRead).toBeGreaterThanOrEqual(1);
    expect((await tribune.ok(`{ unreadNotificationCount }`)).unreadNotificationCount).toBe(0);
  });
});
