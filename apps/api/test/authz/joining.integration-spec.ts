// Getting into an atelier, as its trekker decides: the three joining modes of the arena (open, on request, by
// invitation), requests and invitations and the decisions on them, and a removal that holds until the trekker
// lets the person back. Everyone it concerns is told.
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, POVERTY, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const JOIN = `mutation($a: ID!, $r: ParticipationRole!) { joinAtelier(atelierId: $a, role: $r) { role status } }`;
const SWITCH = `mutation($a: ID!, $r: ParticipationRole!) { switchRole(atelierId: $a, role: $r) { role } }`;
const ASK = `mutation($a: ID!, $r: ParticipationRole!, $m: String) { requestToJoin(atelierId: $a, role: $r, message: $m) { id kind role status message } }`;
const DECIDE = `mutation($id: ID!, $yes: Boolean!, $n: String) { decideJoinRequest(id: $id, accept: $yes, note: $n) { status decisionNote decidedBy { name } } }`;
const INVITE = `mutation($a: ID!, $u: ID!, $r: ParticipationRole!, $m: String) { inviteToAtelier(atelierId: $a, userId: $u, role: $r, message: $m) { id kind status } }`;
const REMOVE = `mutation($p: ID!, $why: String) { removeParticipant(participationId: $p, reason: $why) }`;
const MODE = `mutation($a: ID!, $m: AtelierJoinMode!) { setAtelierJoinMode(atelierId: $a, mode: $m) { joinMode } }`;
const MINE = `query($a: ID!) { atelier(id: $a) {
  joinMode joiningWays { arena tribune } myParticipation { id role }
  myJoinRequest { id kind role status message createdBy { name } }
} }`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { kind note atelier { title } actor { name } joinRequest { status } } } } }`;
const ARENA_LESSON = `query($id: ID!) { lesson(id: $id) { title } }`;

describe('joining an atelier, as its trekker decides', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let trekker: GraphQLClient;
  let onRequest: { id: string; gid: string; title: string };
  let open: { id: string; gid: string };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    const loneliness = await f.atelierOf(LONELINESS);
    onRequest = { id: loneliness.id, gid: gid('Atelier', loneliness.id), title: loneliness.title };
    const poverty = await f.atelierOf(POVERTY);
    open = { id: poverty.id, gid: gid('Atelier', poverty.id) };
  });
  afterAll(() => t.close());

  /** A fresh person, signed in. */
  async function newcomer(name = 'Nieuwkomer') {
    const account = await f.account(name);
    return { ...account, client: await t.client().signIn(account.email, account.password) };
  }

  async function kindsOf(client: GraphQLClient) {
    const data = await client.ok(NOTIFICATIONS);
    return data.notifications.edges.map((e: any) => e.node);
  }

  it('successful-open: in an OPEN arena anyone signed in joins straight away', async () => {
    const person = await newcomer();
    const ways = await person.client.ok(MINE, { a: open.gid });
    expect(ways.atelier).toMatchObject({ joinMode: 'OPEN', joiningWays: { arena: 'JOIN', tribune: 'JOIN' } });
    expect((await person.client.ok(JOIN, { a: open.gid, r: 'ARENA' })).joinAtelier).toEqual({
      role: 'ARENA',
      status: 'ACTIVE',
    });
  });

  it('failing-on-request: an arena ON_REQUEST cannot be joined or switched into; asking puts the person in the trekker’s queue', async () => {
    const person = await newcomer('Vera Vrijwilliger');
    const refused = await person.client.query(JOIN, { a: onRequest.gid, r: 'ARENA' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REQUEST' });
    // The tribune stays open; from there, switching into the arena is asking too.
    await person.client.ok(JOIN, { a: onRequest.gid, r: 'TRIBUNE' });
    const switched = await person.client.query(SWITCH, { a: onRequest.gid, r: 'ARENA' });
    expect(switched.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REQUEST' });

    const asked = await person.client.ok(ASK, {
      a: onRequest.gid,
      r: 'ARENA',
      m: 'Ik organiseer de buurtlunch.',
    });
    expect(asked.requestToJoin).toMatchObject({ kind: 'REQUEST', role: 'ARENA', status: 'PENDING' });
    const again = await person.client.query(ASK, { a: onRequest.gid, r: 'ARENA' });
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const mine = await person.client.ok(MINE, { a: onRequest.gid });
    expect(mine.atelier.myJoinRequest).toMatchObject({
      status: 'PENDING',
      message: 'Ik organiseer de buurtlunch.',
    });

    const queue = await trekker.ok(
      `query($a: ID!) { atelier(id: $a) { joinRequests(first: 20) { totalCount edges { node { id user { name } message } } } } }`,
      { a: onRequest.gid },
    );
    expect(queue.atelier.joinRequests.edges.map((e: any) => e.node)).toContainEqual({
      id: asked.requestToJoin.id,
      user: { name: 'Vera Vrijwilliger' },
      message: 'Ik organiseer de buurtlunch.',
    });
    expect(await kindsOf(trekker)).toContainEqual({
      kind: 'JOIN_REQUESTED',
      note: 'Ik organiseer de buurtlunch.',
      atelier: { title: onRequest.title },
      actor: { name: 'Vera Vrijwilliger' },
      joinRequest: { status: 'PENDING' },
    });
    // Someone else in the arena does not see who asks.
    const arena = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    const theirs = await arena.ok(
      `query($a: ID!) { atelier(id: $a) { joinRequests(first: 20) { totalCount } } }`,
      {
        a: onRequest.gid,
      },
    );
    expect(theirs.atelier.joinRequests.totalCount).toBe(0);
    const byId = await arena.query(`query($id: ID!) { node(id: $id) { id } }`, {
      id: asked.requestToJoin.id,
    });
    expect(byId.data?.node ?? null).toBeNull();
  });

  it('successful-decisions: declined with a reason, the person is told and may ask again; accepted, they are in the arena', async () => {
    const person = await newcomer('Ruben Rijnders');
    const first = await person.client.ok(ASK, { a: onRequest.gid, r: 'ARENA', m: 'Graag.' });
    const declined = await trekker.ok(DECIDE, {
      id: first.requestToJoin.id,
      yes: false,
      n: 'We beginnen eerst met de mensen uit de praktijken.',
    });
    expect(declined.decideJoinRequest).toEqual({
      status: 'DECLINED',
      decisionNote: 'We beginnen eerst met de mensen uit de praktijken.',
      decidedBy: { name: 'Lotte Janssen' },
    });
    expect(await kindsOf(person.client)).toContainEqual(
      expect.objectContaining({
        kind: 'JOIN_REQUEST_DECIDED',
        note: 'We beginnen eerst met de mensen uit de praktijken.',
        joinRequest: { status: 'DECLINED' },
      }),
    );
    const twice = await trekker.query(DECIDE, { id: first.requestToJoin.id, yes: true });
    expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');

    const second = await person.client.ok(ASK, { a: onRequest.gid, r: 'ARENA' });
    await trekker.ok(DECIDE, { id: second.requestToJoin.id, yes: true });
    const now = await person.client.ok(MINE, { a: onRequest.gid });
    expect(now.atelier).toMatchObject({ myParticipation: { role: 'ARENA' }, myJoinRequest: null });
    const lesson = await f.lessonAt(onRequest.id, 'ARENA');
    expect((await person.client.ok(ARENA_LESSON, { id: gid('Lesson', lesson.id) })).lesson.title).toBe(
      lesson.title,
    );
  });

  it('failing-removed: someone the trekker removed stays out, even of an open arena and the tribune, and is told why', async () => {
    const person = await newcomer('Sem Schouten');
    const joined = await person.client.ok(
      `mutation($a: ID!) { joinAtelier(atelierId: $a, role: ARENA) { id } }`,
      { a: open.gid },
    );
    const marloes = await t.client().signIn('marloes.verbeek@demo.werkplaats.nl', DEMO_PASSWORD);
    await marloes.ok(REMOVE, {
      p: joined.joinAtelier.id,
      why: 'Je deelde verhalen van inwoners buiten de arena.',
    });

    expect(await kindsOf(person.client)).toContainEqual(
      expect.objectContaining({
        kind: 'PARTICIPANT_REMOVED',
        note: 'Je deelde verhalen van inwoners buiten de arena.',
        actor: { name: 'Marloes Verbeek' },
      }),
    );
    for (const role of ['ARENA', 'TRIBUNE']) {
      const back = await person.client.query(JOIN, { a: open.gid, r: role });
      expect(back.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REMOVED' });
    }
    const ways = await person.client.ok(MINE, { a: open.gid });
    expect(ways.atelier.joiningWays).toEqual({ arena: 'REMOVED', tribune: 'REMOVED' });
    const arenaLesson = await f.lessonAt(open.id, 'ARENA');
    const unread = await person.client.query(ARENA_LESSON, { id: gid('Lesson', arenaLesson.id) });
    expect(unread.data?.lesson ?? null).toBeNull();
    const history = await t.prisma.participationChange.findMany({
      where: {
        participationId: (
          await t.prisma.participation.findFirstOrThrow({
            where: { atelierId: open.id, userId: person.user.id },
          })
        ).id,
      },
      orderBy: { createdAt: 'asc' },
    });
    expect(history.map((h) => h.kind)).toEqual(['JOINED', 'REMOVED']);

    // They may ask to be let back; the trekker decides.
    const asked = await person.client.ok(ASK, { a: open.gid, r: 'TRIBUNE', m: 'Het spijt me.' });
    await marloes.ok(DECIDE, { id: asked.requestToJoin.id, yes: true });
    expect((await person.client.ok(MINE, { a: open.gid })).atelier.myParticipation.role).toBe('TRIBUNE');
  });

  it('successful-let-back: the trekker lets a removed person back by inviting them', async () => {
    const person = await newcomer('Lieke Lammers');
    const joined = await person.client.ok(
      `mutation($a: ID!) { joinAtelier(atelierId: $a, role: TRIBUNE) { id } }`,
      {
        a: onRequest.gid,
      },
    );
    await trekker.ok(REMOVE, { p: joined.joinAtelier.id });
    expect(
      (await person.client.query(JOIN, { a: onRequest.gid, r: 'TRIBUNE' })).errors?.[0]?.extensions.reason,
    ).toBe('REMOVED');
    await trekker.ok(INVITE, {
      a: onRequest.gid,
      u: gid('User', person.user.id),
      r: 'TRIBUNE',
      m: 'Welkom terug.',
    });
    const mine = await person.client.ok(MINE, { a: onRequest.gid });
    expect(mine.atelier.joiningWays.tribune).toBe('ACCEPT_INVITATION');
    expect(mine.atelier.myJoinRequest).toMatchObject({ kind: 'INVITATION', message: 'Welkom terug.' });
    expect((await person.client.ok(JOIN, { a: onRequest.gid, r: 'TRIBUNE' })).joinAtelier.status).toBe(
      'ACTIVE',
    );
  });

  it('successful-by-invitation: an arena BY_INVITATION takes only those the trekker invites; they accept or decline', async () => {
    const atelier = await t.prisma.atelier.findFirstOrThrow({ where: { trekker: { email: DEMO.trekker } } });
    await trekker.ok(MODE, { a: gid('Atelier', atelier.id), m: 'BY_INVITATION' });
    try {
      const person = await newcomer('Iris Inwoner');
      const direct = await person.client.query(JOIN, { a: onRequest.gid, r: 'ARENA' });
      expect(direct.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INVITATION_ONLY' });
      const ask = await person.client.query(ASK, { a: onRequest.gid, r: 'ARENA' });
      expect(ask.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INVITATION_ONLY' });

      const invited = await trekker.ok(INVITE, {
        a: onRequest.gid,
        u: gid('User', person.user.id),
        r: 'ARENA',
      });
      expect(await kindsOf(person.client)).toContainEqual(expect.objectContaining({ kind: 'INVITED' }));
      // Only the person invited decides on an invitation.
      const byTrekker = await trekker.query(DECIDE, { id: invited.inviteToAtelier.id, yes: true });
      expect(byTrekker.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      await person.client.ok(DECIDE, { id: invited.inviteToAtelier.id, yes: false, n: 'Nu even niet.' });
      expect(await kindsOf(trekker)).toContainEqual(
        expect.objectContaining({
          kind: 'INVITATION_DECIDED',
          note: 'Nu even niet.',
          actor: { name: 'Iris Inwoner' },
        }),
      );

      await trekker.ok(INVITE, { a: onRequest.gid, u: gid('User', person.user.id), r: 'ARENA' });
      expect((await person.client.ok(JOIN, { a: onRequest.gid, r: 'ARENA' })).joinAtelier).toEqual({
        role: 'ARENA',
        status: 'ACTIVE',
      });
    } finally {
      await trekker.ok(MODE, { a: gid('Atelier', atelier.id), m: 'ON_REQUEST' });
    }
    const events = await t.prisma.auditEvent.findMany({
      where: { action: 'atelier.join-mode', targetId: atelier.id },
    });
    expect(events.map((e) => e.details)).toEqual([
      { from: 'ON_REQUEST', to: 'BY_INVITATION' },
      { from: 'BY_INVITATION', to: 'ON_REQUEST' },
    ]);
  });

  it('successful-leave: leaving takes back a request still open', async () => {
    const person = await newcomer();
    await person.client.ok(JOIN, { a: onRequest.gid, r: 'TRIBUNE' });
    const asked = await person.client.ok(ASK, { a: onRequest.gid, r: 'ARENA' });
    await person.client.ok(`mutation($a: ID!) { leaveAtelier(atelierId: $a) }`, { a: onRequest.gid });
    const request = await t.prisma.joinRequest.findFirstOrThrow({ where: { userId: person.user.id } });
    expect([request.status, request.isOpen]).toEqual(['WITHDRAWN', null]);
    expect(asked.requestToJoin.id).toBe(gid('JoinRequest', request.id));
  });

  it('failing-twice-at-once: two requests sent together leave one open request', async () => {
    const person = await newcomer();
    const answers = await Promise.all([
      person.client.query(ASK, { a: onRequest.gid, r: 'ARENA' }),
      person.client.query(ASK, { a: onRequest.gid, r: 'ARENA' }),
    ]);
    expect(answers.map((a) => a.errors?.[0]?.extensions.code ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    expect(await t.prisma.joinRequest.count({ where: { userId: person.user.id, isOpen: true } })).toBe(1);
  });
});
