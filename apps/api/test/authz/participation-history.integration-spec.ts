// One's own history in an atelier: when one joined, switched and left, and on whose behalf, read by oneself
// only. Another participant and the trekker do not get it through these fields; a visitor gets nothing.
import { DEMO_PASSWORD, DemoFixtures, POVERTY, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const JOIN_FOR = `mutation($a: ID!, $o: ID) { joinAtelier(atelierId: $a, role: ARENA, organisationId: $o) { role } }`;
const SWITCH = `mutation($a: ID!) { switchRole(atelierId: $a, role: TRIBUNE) { role } }`;
const LEAVE = `mutation($a: ID!) { leaveAtelier(atelierId: $a) }`;
const MY_HISTORY = `query($a: ID!) { atelier(id: $a) {
  myParticipation { id history { kind } }
  myHistory { kind fromRole toRole createdAt organisation { name } }
} }`;
const ARENA_HISTORIES = `query($a: ID!) { atelier(id: $a) {
  arena(first: 100) { edges { node { user { name } history { kind } } } }
} }`;

describe('one’s own history in an atelier', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelier: { id: string; gid: string; trekkerId: string };
  let nijmegen: { id: string; name: string };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    const poverty = await f.atelierOf(POVERTY);
    atelier = { id: poverty.id, gid: gid('Atelier', poverty.id), trekkerId: poverty.trekkerId };
    nijmegen = await t.prisma.organisation.findFirstOrThrow({ where: { name: 'Gemeente Nijmegen' } });
  });
  afterAll(() => t.close());

  /** How many changes of their own `userId` has in the atelier (the demo may give them some). */
  async function ownCount(userId: string) {
    return t.prisma.participationChange.count({
      where: { participation: { atelierId: atelier.id, userId } },
    });
  }

  it('successful-own: a person sees when they joined, switched and left, on whose behalf, newest first', async () => {
    const account = await f.account('Hanna Historie');
    await t.prisma.membership.create({
      data: { userId: account.user.id, organisationId: nijmegen.id, status: 'CONFIRMED' },
    });
    const person: GraphQLClient = await t.client().signIn(account.email, account.password);
    expect((await person.ok(MY_HISTORY, { a: atelier.gid })).atelier.myHistory).toEqual([]);

    await person.ok(JOIN_FOR, { a: atelier.gid, o: gid('Organisation', nijmegen.id) });
    // Another participant in the arena and the trekker see them there, but not their history; they do.
    const otherAccount = await f.account('Olaf Ander');
    const other = await t.client().signIn(otherAccount.email, otherAccount.password);
    await other.ok(JOIN_FOR, { a: atelier.gid, o: null });
    // The atelier's own trekker (a demo person, with the demo password).
    const trekkerUser = await t.prisma.user.findUniqueOrThrow({ where: { id: atelier.trekkerId } });
    const trekker = await t.client().signIn(trekkerUser.email, DEMO_PASSWORD);
    for (const [viewer, expected] of [
      [other, []],
      [trekker, []],
      [person, [{ kind: 'JOINED' }]],
    ] as const) {
      const seen = await viewer.ok(ARENA_HISTORIES, { a: atelier.gid });
      const hers = seen.atelier.arena.edges.find((e: any) => e.node.user.name === 'Hanna Historie');
      expect(hers?.node.history).toEqual(expected);
    }
    await person.ok(SWITCH, { a: atelier.gid });
    const during = (await person.ok(MY_HISTORY, { a: atelier.gid })).atelier;
    expect(during.myHistory).toEqual([
      {
        kind: 'SWITCHED',
        fromRole: 'ARENA',
        toRole: 'TRIBUNE',
        createdAt: expect.any(String),
        organisation: { name: nijmegen.name },
      },
      {
        kind: 'JOINED',
        fromRole: null,
        toRole: 'ARENA',
        createdAt: expect.any(String),
        organisation: { name: nijmegen.name },
      },
    ]);
    // Through the participation itself too, oldest first.
    expect(during.myParticipation.history.map((h: { kind: string }) => h.kind)).toEqual([
      'JOINED',
      'SWITCHED',
    ]);

    // Leaving ends the participation; the history stays for the person.
    await person.ok(LEAVE, { a: atelier.gid });
    const after = (await person.ok(MY_HISTORY, { a: atelier.gid })).atelier;
    expect(after.myParticipation).toBeNull();
    expect(after.myHistory.map((h: { kind: string; fromRole: string }) => [h.kind, h.fromRole])).toEqual([
      ['LEFT', 'TRIBUNE'],
      ['SWITCHED', 'ARENA'],
      ['JOINED', null],
    ]);

    // Everyone else's myHistory holds only their own changes, never this person's.
    const otherUser = otherAccount.user;
    for (const [viewer, userId] of [
      [other, otherUser.id],
      [trekker, trekkerUser.id],
    ] as const) {
      const seen = await viewer.ok(MY_HISTORY, { a: atelier.gid });
      expect(seen.atelier.myHistory).toHaveLength(await ownCount(userId));
    }
  });

  it('failing-visitor: a visitor gets an empty history', async () => {
    const seen = await t.client().ok(MY_HISTORY, { a: atelier.gid });
    expect(seen.atelier).toEqual({ myParticipation: null, myHistory: [] });
  });
});
