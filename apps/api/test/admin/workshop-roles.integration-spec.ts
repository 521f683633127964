import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { person } from '../tribune/tribune-fixtures.js';

const SET_ROLE = `mutation($u: ID!, $r: WorkshopRoleKind!, $g: Boolean!) {
  setWorkshopRole(userId: $u, role: $r, granted: $g) { id }
}`;
const ROLE_NOTIFICATIONS = `{ notifications(first: 50) { edges { node {
  kind role actor { id name } person { id name }
} } } }`;

interface Told {
  kind: string;
  role: string;
  actor: string;
  person: string;
}

/** The role changes a person was told of, as names. */
async function toldOf(client: GraphQLClient): Promise<Told[]> {
  const data = await client.ok(ROLE_NOTIFICATIONS);
  return (data.notifications.edges as { node: any }[])
    .map((e) => e.node)
    .filter((n) => n.kind.startsWith('WORKSHOP_ROLE_'))
    .map((n) => ({ kind: n.kind, role: n.role, actor: n.actor.name, person: n.person.name }));
}

/**
 * A beheerder can give anyone of the werkplaats, themself too, a werkplaats role (the commissie's, which reads every arena; or
 * beheer): it is audited, and the werkplaats's other beheerders and commissie members, and the person, are told.
 */
describe('werkplaats roles granted and withdrawn', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let admin: GraphQLClient;
  let adminId: string;
  let committee: GraphQLClient;
  let otherAdmin: { userId: string; client: GraphQLClient };
  let bystanders: GraphQLClient[];

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    admin = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    adminId = (await f.user(DEMO.admin)).id;
    committee = await t.client().signIn(DEMO.committee, DEMO_PASSWORD);
    otherAdmin = await person(t, { name: 'Tweede Beheerder' });
    const workshop = await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } });
    await t.prisma.workshopRole.create({
      data: { userId: otherAdmin.userId, workshopId: workshop.id, role: 'ADMIN' },
    });
    bystanders = await Promise.all(
      [DEMO.tribune, DEMO.arena, DEMO.trekker].map((email) => t.client().signIn(email, DEMO_PASSWORD)),
    );
  });
  afterAll(() => t.close());

  it('successful-self-grant: a beheerder who makes themself commissie is audited and told to the other beheerders and the commissie, as a self-grant', async () => {
    const me = gid('User', adminId);
    await admin.ok(SET_ROLE, { u: me, r: 'COMMITTEE', g: true });
    const adminName = (await f.user(DEMO.admin)).name;
    const told = { kind: 'WORKSHOP_ROLE_GRANTED', role: 'COMMITTEE', actor: adminName, person: adminName };
    expect(await toldOf(committee)).toEqual([told]);
    expect(await toldOf(otherAdmin.client)).toEqual([told]);
    // Not the one acting, and nobody outside beheer and commissie.
    expect(await toldOf(admin)).toEqual([]);
    for (const other of bystanders) expect(await toldOf(other)).toEqual([]);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'workshop-role.granted', actorId: adminId, targetId: adminId },
    });
    expect(audit.details).toEqual({ role: 'COMMITTEE' });
    // The role itself works: the beheerder now reads the arena.
    const arenaLesson = await f.lessonAt((await f.atelierOf(LONELINESS)).id, 'ARENA');
    const read = await admin.ok(`query($id: ID!) { lesson(id: $id) { id } }`, {
      id: gid('Lesson', arenaLesson.id),
    });
    expect(read.lesson).not.toBeNull();

    // Taking it back is told the same way.
    await admin.ok(SET_ROLE, { u: me, r: 'COMMITTEE', g: false });
    expect(await toldOf(committee)).toEqual([{ ...told, kind: 'WORKSHOP_ROLE_WITHDRAWN' }, told]);
    expect(await toldOf(admin)).toEqual([]);
  });

  it('successful-grant: a grant to another is told to them too; a repeat that changes nothing tells nobody again', async () => {
    // Someone of the werkplaats: they follow one of its ateliers (a beheerder finds nobody else).
    const newcomer = await person(t, {
      name: 'Nieuw Commissielid',
      atelierId: (await f.atelierOf(LONELINESS)).id,
      role: 'TRIBUNE',
    });
    const them = gid('User', newcomer.userId);
    const before = (await toldOf(committee)).length;
    await otherAdmin.client.ok(SET_ROLE, { u: them, r: 'COMMITTEE', g: true });
    await otherAdmin.client.ok(SET_ROLE, { u: them, r: 'COMMITTEE', g: true });
    const told = {
      kind: 'WORKSHOP_ROLE_GRANTED',
      role: 'COMMITTEE',
      actor: 'Tweede Beheerder',
      person: 'Nieuw Commissielid',
    };
    expect(await toldOf(newcomer.client)).toEqual([told]);
    expect((await toldOf(admin))[0]).toEqual(told);
    expect(await toldOf(committee)).toHaveLength(before + 1);
    expect(await toldOf(otherAdmin.client)).not.toContainEqual(told);

    await otherAdmin.client.ok(SET_ROLE, { u: them, r: 'COMMITTEE', g: false });
    expect((await toldOf(newcomer.client))[0]).toEqual({ ...told, kind: 'WORKSHOP_ROLE_WITHDRAWN' });
  });

  it('failing-set-role: only a beheerder may grant a role', async () => {
    const me = gid('User', (await f.user(DEMO.committee)).id);
    for (const client of [committee, ...bystanders]) {
      const refused = await client.query(SET_ROLE, { u: me, r: 'ADMIN', g: true });
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    expect(
      (await t.client().query(SET_ROLE, { u: me, r: 'ADMIN', g: true })).errors?.[0]?.extensions.code,
    ).toBe('UNAUTHENTICATED');
  });
});
