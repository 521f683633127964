import { randomUUID } from 'node:crypto';
import {
  DEMO,
  DEMO_PASSWORD,
  DemoFixtures,
  LONELINESS,
  gid,
  secondWorkshop,
  type SecondWorkshop,
} from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type GraphQLResponse, type TestApp } from '../support/test-app.js';
import { errorOf, person } from '../tribune/tribune-fixtures.js';

/**
 * Several werkplaatsen on one deployment: a beheerder of one has no powers in another, and reads only their own
 * werkplaats's people, organisations, gemeenten, membership requests and audit log; the programmacommissie of one
 * reads only its own arenas. A is the demo's werkplaats (Arnhem-Nijmegen), B a second one beside it. Every beheer
 * query and mutation is tried across the two. Out-of-reach people and requests are NOT_FOUND (they are not shown);
 * organisations and gemeenten, which everyone sees, are FORBIDDEN to change.
 */

const USERS = `query($w: ID, $q: String) {
  users(first: 100, workshopId: $w, query: $q) { totalCount edges { node { id } } }
}`;
const USER_EMAIL = `query($id: ID!) { node(id: $id) { ... on User { email } } }`;
const CREATE_ORG = `mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id name } }`;
const UPDATE_ORG = `mutation($id: ID!, $i: OrganisationInput!) { updateOrganisation(id: $id, input: $i) { id name } }`;
const CREATE_GEMEENTE = `mutation($i: MunicipalityInput!) { createMunicipality(input: $i) { id } }`;
const UPDATE_GEMEENTE = `mutation($id: ID!, $i: MunicipalityInput!) { updateMunicipality(id: $id, input: $i) { id name } }`;
const SET_ROLE = `mutation($u: ID!, $r: WorkshopRoleKind!, $g: Boolean!, $w: ID) {
  setWorkshopRole(userId: $u, role: $r, granted: $g, workshopId: $w) { id }
}`;
const REQUESTS = `query($w: ID) { membershipRequests(first: 100, workshopId: $w) { totalCount edges { node { id } } } }`;
const DECIDE = `mutation($id: ID!) { decideMembership(id: $id, confirm: true) { status } }`;
const CONTACT = `mutation($id: ID!) { setMembershipContact(id: $id, isContact: true) { isContact } }`;
const AUDIT = `query($w: ID) {
  auditEvents(first: 100, workshopId: $w) { edges { node { action targetId person { id } } } }
}`;
const LESSON = `query($id: ID!) { lesson(id: $id) { id } }`;
const START = `mutation($i: StartAccountInput!) { startAccount(input: $i) { link user { id email } } }`;
const BLOCK = `mutation($u: ID!, $b: Boolean!, $w: ID) { setAccountBlocked(userId: $u, blocked: $b, workshopId: $w) { id isBlocked } }`;
const END_SESSIONS = `mutation($u: ID!, $w: ID) { endSessions(userId: $u, workshopId: $w) }`;
const ROLES_OF = `query($w: ID, $q: String) {
  users(first: 100, workshopId: $w, query: $q) { edges { node { id workshopRoles { role workshop { id } } } } }
}`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`;
const DEAD_MAIL = `query($w: ID) { deadMail(first: 100, workshopId: $w) { edges { node { id } } } }`;
const RETRY_MAIL = `mutation($id: ID!, $w: ID) { retryMail(id: $id, workshopId: $w) { id } }`;
const INVITATIONS = `query($w: ID!) { workshopEmailInvitations(first: 100, workshopId: $w) { edges { node { id } } } }`;
const INVITE = `mutation($w: ID!, $e: String!) { inviteToWorkshopByEmail(workshopId: $w, email: $e) { id } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawEmailInvitation(id: $id) { id status } }`;

const ids = (connection: { edges: { node: { id: string } }[] }): string[] =>
  connection.edges.map((e) => e.node.id);
const code = (result: GraphQLResponse) => errorOf(result)?.code;

/** CBS codes for gemeenten made here; the real ones are below 2000. */
let nextCode = 0;
const cbsCode = () => `GM${8000 + nextCode++}`;

describe('a beheerder of one werkplaats has no powers in another', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let aId: string;
  let b: SecondWorkshop;
  let adminA: GraphQLClient;
  let adminB: GraphQLClient;
  let committeeA: GraphQLClient;
  let committeeB: GraphQLClient;
  /** A beheerder of both A and B. */
  let both: GraphQLClient;
  let bothId: string;

  const signInB = (who: keyof SecondWorkshop['people'], of: SecondWorkshop = b) =>
    t.client().signIn(of.people[who].email, of.password);

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    aId = (await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } })).id;
    b = await secondWorkshop(t.prisma);
    adminA = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    committeeA = await t.client().signIn(DEMO.committee, DEMO_PASSWORD);
    adminB = await signInB('admin');
    committeeB = await signInB('committee');
    const twice = await person(t, { name: 'Beheerder van twee werkplaatsen' });
    await t.prisma.workshopRole.createMany({
      data: [
        { userId: twice.userId, workshopId: aId, role: 'ADMIN' },
        { userId: twice.userId, workshopId: b.workshop.id, role: 'ADMIN' },
      ],
    });
    both = twice.client;
    bothId = twice.userId;
  });
  afterAll(() => t.close());

  const bPeople = () => [...Object.values(b.people).map((p) => p.id), b.asksMembership.user.id];

  describe('people (users)', () => {
    it('successful-users: each beheerder lists the people of their own werkplaats, not those of the other', async () => {
      const listedA = await adminA.ok(USERS);
      expect(listedA.users.totalCount).toBeLessThanOrEqual(100);
      expect(ids(listedA.users)).toEqual(
        expect.arrayContaining([
          gid('User', (await f.user(DEMO.arena)).id),
          gid('User', (await f.user(DEMO.admin)).id),
        ]),
      );
      for (const id of bPeople()) expect(ids(listedA.users)).not.toContain(gid('User', id));

      const listedB = await adminB.ok(USERS);
      expect(ids(listedB.users).sort()).toEqual([...bPeople(), bothId].map((id) => gid('User', id)).sort());
      // Searching does not reach beyond one's own people either.
      expect((await adminA.ok(USERS, { q: 'lauwersland' })).users.totalCount).toBe(0);
      expect((await adminB.ok(USERS, { q: 'demo.werkplaats' })).users.totalCount).toBe(0);
    });

    it('successful-users-who: a person of a werkplaats has a role in it, leads or takes part in (or asked to join) one of its ateliers, or asked to belong to one of its organisations', async () => {
      const atelier = await f.atelierOf(LONELINESS);
      const gemeenteNijmegen = await t.prisma.organisation.findFirstOrThrow({
        where: { name: 'Gemeente Nijmegen' },
      });
      const withRole = await f.person('Alleen een rol');
      await t.prisma.workshopRole.create({
        data: { userId: withRole.id, workshopId: aId, role: 'COMMITTEE' },
      });
      const left = await f.participant(atelier.id, 'TRIBUNE');
      await t.prisma.participation.update({ where: { id: left.participation.id }, data: { status: 'LEFT' } });
      const asked = await f.requestToJoin(atelier.id);
      const declined = await f.person('Lidmaatschap afgewezen');
      await t.prisma.membership.create({
        data: { userId: declined.id, organisationId: gemeenteNijmegen.id, status: 'DECLINED' },
      });
      const nowhere = await f.person('Doet nergens mee');
      const trekker = await f.user(DEMO.trekker);

      const listedA = ids((await adminA.ok(USERS)).users);
      for (const p of [withRole, left.user, asked.user, declined, trekker])
        expect(listedA).toContain(gid('User', p.id));
      const listedB = ids((await adminB.ok(USERS)).users);
      for (const p of [withRole, left.user, asked.user, declined, trekker, nowhere]) {
        expect(listedB).not.toContain(gid('User', p.id));
      }
      // Someone who takes part nowhere is nobody's to manage (yet).
      expect(listedA).not.toContain(gid('User', nowhere.id));
    });

    it('failing-users-elsewhere: naming another werkplaats is refused; the commissie lists nobody', async () => {
      expect(code(await adminA.query(USERS, { w: gid('Workshop', b.workshop.id) }))).toBe('FORBIDDEN');
      expect(code(await adminB.query(USERS, { w: gid('Workshop', aId) }))).toBe('FORBIDDEN');
      expect(code(await committeeA.query(USERS))).toBe('FORBIDDEN');
      expect(code(await committeeB.query(USERS, { w: gid('Workshop', b.workshop.id) }))).toBe('FORBIDDEN');
    });

    it('successful-users-several: a beheerder of two lists both, or the one they name', async () => {
      const all = ids((await both.ok(USERS)).users);
      const onlyB = ids((await both.ok(USERS, { w: gid('Workshop', b.workshop.id) })).users);
      const onlyA = ids((await both.ok(USERS, { w: gid('Workshop', aId) })).users);
      expect(onlyB.sort()).toEqual([...bPeople(), bothId].map((id) => gid('User', id)).sort());
      expect(onlyA).toContain(gid('User', (await f.user(DEMO.arena)).id));
      expect(onlyA).not.toContain(gid('User', b.people.arena.id));
      expect(new Set(all)).toEqual(new Set([...onlyA, ...onlyB]));
    });

    it('successful-email: a beheerder reads the e-mail addresses of their own people only', async () => {
      const arenaA = await f.user(DEMO.arena);
      const email = async (client: GraphQLClient, id: string) =>
        (await client.ok(USER_EMAIL, { id: gid('User', id) })).node.email;
      expect(await email(adminA, arenaA.id)).toBe(arenaA.email);
      expect(await email(adminA, b.people.arena.id)).toBeNull();
      expect(await email(adminB, b.people.arena.id)).toBe(b.people.arena.email);
      expect(await email(adminB, arenaA.id)).toBeNull();
      expect(await email(committeeA, arenaA.id)).toBeNull();
      expect(await email(both, b.people.arena.id)).toBe(b.people.arena.email);
    });
  });

  describe('organisations and gemeenten', () => {
    it('failing-create-elsewhere: a beheerder of A makes no organisation or gemeente in B', async () => {
      const before = await t.prisma.organisation.count({ where: { workshopId: b.workshop.id } });
      const w = gid('Workshop', b.workshop.id);
      const org = await adminA.query(CREATE_ORG, {
        i: { workshopId: w, name: 'Indringer', kind: 'WELFARE' },
      });
      expect(code(org)).toBe('FORBIDDEN');
      const gemeente = await adminA.query(CREATE_GEMEENTE, {
        i: { workshopId: w, name: 'Indringerdorp', cbsCode: cbsCode() },
      });
      expect(code(gemeente)).toBe('FORBIDDEN');
      expect(await t.prisma.organisation.count({ where: { workshopId: b.workshop.id } })).toBe(before);
      expect(
        await t.prisma.municipality.count({ where: { workshopId: b.workshop.id, name: 'Indringerdorp' } }),
      ).toBe(0);
    });

    it('successful-create-own: an organisation or gemeente lands in the beheerder’s werkplaats; a beheerder of two names it', async () => {
      const name = () => `Buurtkracht ${randomUUID().slice(0, 6)}`;
      const workshopOf = async (made: { name: string }) =>
        (await t.prisma.organisation.findFirstOrThrow({ where: { name: made.name } })).workshopId;
      const inA = (await adminA.ok(CREATE_ORG, { i: { name: name(), kind: 'WELFARE' } })).createOrganisation;
      const inB = (await adminB.ok(CREATE_ORG, { i: { name: name(), kind: 'WELFARE' } })).createOrganisation;
      expect(await workshopOf(inA)).toBe(aId);
      expect(await workshopOf(inB)).toBe(b.workshop.id);

      const unnamed = await both.query(CREATE_ORG, { i: { name: name(), kind: 'WELFARE' } });
      expect(errorOf(unnamed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workshopId' });
      const named = await both.ok(CREATE_ORG, {
        i: { workshopId: gid('Workshop', b.workshop.id), name: name(), kind: 'WELFARE' },
      });
      expect(await workshopOf(named.createOrganisation)).toBe(b.workshop.id);

      const code1 = cbsCode();
      await adminB.ok(CREATE_GEMEENTE, { i: { name: 'Nieuwdorp', cbsCode: code1 } });
      expect((await t.prisma.municipality.findFirstOrThrow({ where: { cbsCode: code1 } })).workshopId).toBe(
        b.workshop.id,
      );
      const unnamedGemeente = await both.query(CREATE_GEMEENTE, {
        i: { name: 'Tweedorp', cbsCode: cbsCode() },
      });
      expect(errorOf(unnamedGemeente)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workshopId' });
    });

    it('successful-lists-per-werkplaats: organisations and gemeenten narrow to one werkplaats when named', async () => {
      const w = gid('Workshop', b.workshop.id);
      const orgs = await t
        .client()
        .ok(`query($w: ID) { organisations(first: 100, workshopId: $w) { edges { node { id } } } }`, { w });
      expect(ids(orgs.organisations)).toContain(gid('Organisation', b.organisation.id));
      const inB = await t.prisma.organisation.count({ where: { workshopId: b.workshop.id } });
      expect(ids(orgs.organisations)).toHaveLength(inB);
      const gemeenten = await t.client().ok(`query($w: ID) { municipalities(workshopId: $w) { id } }`, { w });
      const ofB = (gemeenten.municipalities as { id: string }[]).map((m) => m.id);
      expect(ofB).toContain(gid('Municipality', b.municipality.id));
      expect(ofB).toHaveLength(await t.prisma.municipality.count({ where: { workshopId: b.workshop.id } }));
    });

    it('failing-other-gemeente: an organisation of A cannot lie in a gemeente of B', async () => {
      const result = await adminA.query(CREATE_ORG, {
        i: { name: 'Grensganger', kind: 'WELFARE', municipalityId: gid('Municipality', b.municipality.id) },
      });
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.municipalityId' });
    });

    it('failing-update-elsewhere: a beheerder of A changes no organisation or gemeente of B, nor moves their own', async () => {
      const renamed = await adminA.query(UPDATE_ORG, {
        id: gid('Organisation', b.organisation.id),
        i: { name: 'Overgenomen', kind: 'WELFARE' },
      });
      expect(code(renamed)).toBe('FORBIDDEN');
      const gemeente = await adminA.query(UPDATE_GEMEENTE, {
        id: gid('Municipality', b.municipality.id),
        i: { name: 'Overgenomen', cbsCode: 'GM9901' },
      });
      expect(code(gemeente)).toBe('FORBIDDEN');
      expect(
        (await t.prisma.organisation.findUniqueOrThrow({ where: { id: b.organisation.id } })).name,
      ).not.toBe('Overgenomen');
      expect(
        (await t.prisma.municipality.findUniqueOrThrow({ where: { id: b.municipality.id } })).name,
      ).not.toBe('Overgenomen');

      const moved = await adminB.query(UPDATE_ORG, {
        id: gid('Organisation', b.organisation.id),
        i: { workshopId: gid('Workshop', aId), name: 'Verhuisd', kind: 'WELFARE' },
      });
      expect(errorOf(moved)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workshopId' });

      const own = await adminB.ok(UPDATE_GEMEENTE, {
        id: gid('Municipality', b.municipality.id),
        i: { name: 'Gemeente Lauwersland', cbsCode: 'GM9901' },
      });
      expect(own.updateMunicipality.name).toBe('Gemeente Lauwersland');
    });
  });

  describe('memberships', () => {
    it('successful-requests-own: each beheerder is asked about their own werkplaats’s organisations only', async () => {
      const bRequest = gid('Membership', b.asksMembership.membershipId);
      expect(ids((await adminA.ok(REQUESTS)).membershipRequests)).not.toContain(bRequest);
      expect(ids((await adminB.ok(REQUESTS)).membershipRequests)).toEqual([bRequest]);
      expect(
        (await adminA.ok(REQUESTS, { w: gid('Workshop', b.workshop.id) })).membershipRequests.totalCount,
      ).toBe(0);
      expect(
        ids((await both.ok(REQUESTS, { w: gid('Workshop', b.workshop.id) })).membershipRequests),
      ).toEqual([bRequest]);
      const ofA = ids((await both.ok(REQUESTS, { w: gid('Workshop', aId) })).membershipRequests);
      expect(ofA).not.toContain(bRequest);
      expect(ofA).toEqual(ids((await adminA.ok(REQUESTS)).membershipRequests));
    });

    it('failing-decide-elsewhere: a beheerder of A cannot find a request to B’s organisation, let alone confirm it', async () => {
      const id = gid('Membership', b.asksMembership.membershipId);
      expect(code(await adminA.query(DECIDE, { id }))).toBe('NOT_FOUND');
      expect(
        (await t.prisma.membership.findUniqueOrThrow({ where: { id: b.asksMembership.membershipId } }))
          .status,
      ).toBe('REQUESTED');
    });

    it('failing-contact-elsewhere: a beheerder of A makes nobody the contact of B’s organisation', async () => {
      const confirmed = await t.prisma.membership.create({
        data: { userId: b.people.arena.id, organisationId: b.organisation.id, status: 'CONFIRMED' },
      });
      const id = gid('Membership', confirmed.id);
      expect(code(await adminA.query(CONTACT, { id }))).toBe('FORBIDDEN');
      expect((await t.prisma.membership.findUniqueOrThrow({ where: { id: confirmed.id } })).isContact).toBe(
        false,
      );
      expect((await adminB.ok(CONTACT, { id })).setMembershipContact.isContact).toBe(true);
    });

    it('successful-decide-own: B’s beheerder confirms B’s request', async () => {
      const id = gid('Membership', b.asksMembership.membershipId);
      expect((await adminB.ok(DECIDE, { id })).decideMembership.status).toBe('CONFIRMED');
    });
  });

  describe('werkplaats roles', () => {
    it('failing-role-elsewhere: a beheerder of A gives no role to B’s people, nor any role in B', async () => {
      const bArena = gid('User', b.people.arena.id);
      // B's people are not A's: not found, so A's beheerder learns nothing of them.
      expect(code(await adminA.query(SET_ROLE, { u: bArena, r: 'COMMITTEE', g: true }))).toBe('NOT_FOUND');
      const inB = { w: gid('Workshop', b.workshop.id) };
      expect(code(await adminA.query(SET_ROLE, { u: bArena, r: 'COMMITTEE', g: true, ...inB }))).toBe(
        'FORBIDDEN',
      );
      const bAdmin = gid('User', b.people.admin.id);
      expect(code(await adminA.query(SET_ROLE, { u: bAdmin, r: 'ADMIN', g: false, ...inB }))).toBe(
        'FORBIDDEN',
      );
      expect(
        await t.prisma.workshopRole.count({
          where: { workshopId: b.workshop.id, userId: b.people.admin.id },
        }),
      ).toBe(1);
      expect(await t.prisma.workshopRole.count({ where: { userId: b.people.arena.id } })).toBe(0);
    });

    it('successful-role-own: a beheerder of A gives and takes back a role of A; a beheerder of two names the werkplaats', async () => {
      const tribuneA = gid('User', (await f.user(DEMO.tribune)).id);
      await adminA.ok(SET_ROLE, { u: tribuneA, r: 'COMMITTEE', g: true });
      await adminA.ok(SET_ROLE, { u: tribuneA, r: 'COMMITTEE', g: false });
      const unnamed = await both.query(SET_ROLE, { u: tribuneA, r: 'COMMITTEE', g: true });
      expect(errorOf(unnamed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'workshopId' });
      // B's beheerder, naming A, is refused the same as anyone who is not A's beheerder.
      const named = await adminB.query(SET_ROLE, {
        u: tribuneA,
        r: 'COMMITTEE',
        g: true,
        w: gid('Workshop', aId),
      });
      expect(code(named)).toBe('FORBIDDEN');
    });
  });

  describe('accounts', () => {
    const address = () => `gestart-${randomUUID().slice(0, 8)}@example.nl`;

    it('successful-start-own: a beheerder starts an account in their werkplaats; the person is then of it, not of the other', async () => {
      const email = address();
      const started = (await adminB.ok(START, { i: { name: 'Nieuwe deelnemer', email } })).startAccount;
      expect(started.link).toMatch(/\/wachtwoord-instellen\?token=[\w-]+/);
      expect(started.user.email).toBe(email);
      const row = await t.prisma.user.findUniqueOrThrow({ where: { email } });
      expect(row.passwordHash).toBeNull();
      expect(row.startedInWorkshopId).toBe(b.workshop.id);
      expect(ids((await adminB.ok(USERS, { q: email })).users)).toEqual([started.user.id]);
      expect((await adminA.ok(USERS, { q: email })).users.totalCount).toBe(0);
      expect(
        await t.prisma.auditEvent.count({
          where: { action: 'account.started', workshopId: b.workshop.id, targetId: row.id },
        }),
      ).toBe(1);
    });

    it('failing-start-elsewhere: a beheerder of A starts no account in B; a known address is CONFLICT; a beheerder of two names it', async () => {
      const email = address();
      const elsewhere = await adminA.query(START, {
        i: { workshopId: gid('Workshop', b.workshop.id), name: 'Indringer', email },
      });
      expect(code(elsewhere)).toBe('FORBIDDEN');
      expect(code(await committeeA.query(START, { i: { name: 'Indringer', email } }))).toBe('FORBIDDEN');
      expect(await t.prisma.user.count({ where: { email } })).toBe(0);
      const known = await adminA.query(START, { i: { name: 'Dubbel', email: b.people.arena.email } });
      expect(errorOf(known)).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
      const unnamed = await both.query(START, { i: { name: 'Ergens', email } });
      expect(errorOf(unnamed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workshopId' });
    });

    it('failing-block-elsewhere: a beheerder of A blocks nobody of B, nor themself, and ends none of B’s sessions', async () => {
      const bArena = gid('User', b.people.arena.id);
      expect(code(await adminA.query(BLOCK, { u: bArena, b: true }))).toBe('NOT_FOUND');
      expect(code(await adminA.query(BLOCK, { u: bArena, b: true, w: gid('Workshop', b.workshop.id) }))).toBe(
        'FORBIDDEN',
      );
      expect(code(await adminA.query(END_SESSIONS, { u: bArena }))).toBe('NOT_FOUND');
      expect(code(await committeeB.query(BLOCK, { u: bArena, b: true }))).toBe('FORBIDDEN');
      const self = await adminB.query(BLOCK, { u: gid('User', b.people.admin.id), b: true });
      expect(errorOf(self)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
      expect(
        (await t.prisma.user.findUniqueOrThrow({ where: { id: b.people.arena.id } })).blockedAt,
      ).toBeNull();
    });

    it('successful-block-own: a blocked account cannot sign in and its sessions end; unblocked, it signs in again', async () => {
      const arena = await signInB('arena');
      const u = gid('User', b.people.arena.id);
      const blocked = (await adminB.ok(BLOCK, { u, b: true })).setAccountBlocked;
      expect(blocked.isBlocked).toBe(true);
      expect((await arena.query(`{ me { id } }`)).data?.me).toBeNull();
      const refused = await t.client().query(SIGN_IN, { e: b.people.arena.email, p: b.password });
      expect(code(refused)).toBe('UNAUTHENTICATED');
      expect((await adminB.ok(BLOCK, { u, b: false })).setAccountBlocked.isBlocked).toBe(false);
      await signInB('arena');
      const actions = (
        await t.prisma.auditEvent.findMany({
          where: { workshopId: b.workshop.id, targetId: b.people.arena.id },
          select: { action: true },
        })
      ).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['account.blocked', 'account.unblocked']));
    });

    it('successful-end-sessions: a beheerder ends the sessions of someone of their werkplaats', async () => {
      const tribune = await signInB('tribune');
      const ended = (await adminB.ok(END_SESSIONS, { u: gid('User', b.people.tribune.id) })).endSessions;
      expect(ended).toBeGreaterThanOrEqual(1);
      expect((await tribune.query(`{ me { id } }`)).data?.me).toBeNull();
    });

    it('successful-roles-own: a beheerder reads the roles in their werkplaats of its people, never those elsewhere', async () => {
      type Row = { id: string; workshopRoles: { role: string; workshop: { id: string } }[] };
      const rows = async (client: GraphQLClient, w?: string) =>
        ((await client.ok(ROLES_OF, { w })).users.edges as { node: Row }[]).map((e) => e.node);
      const ofB = await rows(adminB);
      const committee = ofB.find((r) => r.id === gid('User', b.people.committee.id))!;
      expect(committee.workshopRoles).toEqual([
        { role: 'COMMITTEE', workshop: { id: gid('Workshop', b.workshop.id) } },
      ]);
      // The beheerder of both is beheerder in A too: B's beheerder reads only the role in B.
      const twice = ofB.find((r) => r.id === gid('User', bothId))!;
      expect(twice.workshopRoles).toEqual([
        { role: 'ADMIN', workshop: { id: gid('Workshop', b.workshop.id) } },
      ]);
      for (const row of await rows(adminA)) {
        for (const grant of row.workshopRoles) expect(grant.workshop.id).toBe(gid('Workshop', aId));
      }
    });
  });

  describe('the last beheerder', () => {
    it('failing-last-beheerder: the only beheerder of a werkplaats cannot withdraw their beheer', async () => {
      const c = await secondWorkshop(t.prisma, 'kempenland');
      const admin = await signInB('admin', c);
      const result = await admin.query(SET_ROLE, { u: gid('User', c.people.admin.id), r: 'ADMIN', g: false });
      expect(errorOf(result)).toMatchObject({ code: 'CONFLICT', reason: 'LAST_BEHEERDER' });
      expect(await t.prisma.workshopRole.count({ where: { workshopId: c.workshop.id, role: 'ADMIN' } })).toBe(
        1,
      );
      // Withdrawing a role nobody holds changes nothing and is no withdrawal of the last beheerder.
      await admin.ok(SET_ROLE, { u: gid('User', c.people.arena.id), r: 'ADMIN', g: false });
    });

    it('successful-step-down: a beheerder steps down once another is beheerder; the new one is then the last', async () => {
      const c = await secondWorkshop(t.prisma, 'peelland');
      const admin = await signInB('admin', c);
      await admin.ok(SET_ROLE, { u: gid('User', c.people.committee.id), r: 'ADMIN', g: true });
      await admin.ok(SET_ROLE, { u: gid('User', c.people.admin.id), r: 'ADMIN', g: false });
      const successor = await signInB('committee', c);
      const result = await successor.query(SET_ROLE, {
        u: gid('User', c.people.committee.id),
        r: 'ADMIN',
        g: false,
      });
      expect(errorOf(result)).toMatchObject({ code: 'CONFLICT', reason: 'LAST_BEHEERDER' });
      const left = await t.prisma.workshopRole.findMany({
        where: { workshopId: c.workshop.id, role: 'ADMIN' },
      });
      expect(left.map((r) => r.userId)).toEqual([c.people.committee.id]);
    });

    it('failing-withdraw-each-other: two beheerders withdrawing each other at once leave one beheerder', async () => {
      const c = await secondWorkshop(t.prisma, 'betuweland');
      await t.prisma.workshopRole.create({
        data: { userId: c.people.committee.id, workshopId: c.workshop.id, role: 'ADMIN' },
      });
      const [one, two] = await Promise.all([signInB('admin', c), signInB('committee', c)]);
      const results = await Promise.all([
        one.query(SET_ROLE, { u: gid('User', c.people.committee.id), r: 'ADMIN', g: false }),
        two.query(SET_ROLE, { u: gid('User', c.people.admin.id), r: 'ADMIN', g: false }),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      // The other finds the werkplaats's last beheerder (or, if it came after, no longer beheer at all).
      expect(['CONFLICT', 'FORBIDDEN']).toContain(code(results.find((r) => r.errors)!));
      expect(await t.prisma.workshopRole.count({ where: { workshopId: c.workshop.id, role: 'ADMIN' } })).toBe(
        1,
      );
    });
  });

  describe('the audit log', () => {
    type Seen = { action: string; targetId: string; person: { id: string } | null };
    const log = async (client: GraphQLClient, w?: string): Promise<Seen[]> =>
      ((await client.ok(AUDIT, { w })).auditEvents.edges as { node: Seen }[]).map((e) => e.node);
    let orgA: string;
    let orgB: string;
    let tribuneA: string;
    let tribuneB: string;

    beforeAll(async () => {
      orgA = (
        await adminA.ok(CREATE_ORG, { i: { name: `Logboek A ${randomUUID().slice(0, 4)}`, kind: 'WELFARE' } })
      ).createOrganisation.id;
      orgB = (
        await adminB.ok(CREATE_ORG, { i: { name: `Logboek B ${randomUUID().slice(0, 4)}`, kind: 'WELFARE' } })
      ).createOrganisation.id;
      // Account events belong to no werkplaats: they are about a person.
      const CHANGE = `mutation($p: String!) { changePassword(currentPassword: $p, password: $p) }`;
      await (await t.client().signIn(DEMO.tribune, DEMO_PASSWORD)).ok(CHANGE, { p: DEMO_PASSWORD });
      await (await signInB('tribune')).ok(CHANGE, { p: b.password });
      tribuneA = gid('User', (await f.user(DEMO.tribune)).id);
      tribuneB = gid('User', b.people.tribune.id);
    });

    const accountEventOf = (seen: Seen[], person: string) =>
      seen.some((e) => e.action === 'account.password-changed' && e.person?.id === person);
    const touches = (seen: Seen[], target: string) => seen.some((e) => e.targetId === target);

    it('successful-audit-own: each beheerder reads their werkplaats’s events and its people’s account events, nothing of the other', async () => {
      const seenA = await log(adminA);
      expect(touches(seenA, orgA)).toBe(true);
      expect(accountEventOf(seenA, tribuneA)).toBe(true);
      expect(touches(seenA, orgB)).toBe(false);
      expect(accountEventOf(seenA, tribuneB)).toBe(false);
      for (const e of seenA) expect(bPeople().map((id) => gid('User', id))).not.toContain(e.person?.id);

      const seenB = await log(adminB);
      expect(touches(seenB, orgB)).toBe(true);
      expect(accountEventOf(seenB, tribuneB)).toBe(true);
      expect(touches(seenB, orgA)).toBe(false);
      expect(accountEventOf(seenB, tribuneA)).toBe(false);
      expect(seenB.some((e) => e.action === 'social-issue.merged')).toBe(false);

      // Naming one's own werkplaats keeps its people's account events.
      const onlyA = await log(adminA, gid('Workshop', aId));
      expect(touches(onlyA, orgA) && accountEventOf(onlyA, tribuneA)).toBe(true);
    });

    it('successful-audit-committee: the commissie reads its werkplaats’s events, not account events, nothing of the other', async () => {
      const seenA = await log(committeeA);
      expect(touches(seenA, orgA)).toBe(true);
      expect(touches(seenA, orgB)).toBe(false);
      expect(seenA.some((e) => e.action.startsWith('account.'))).toBe(false);
      const seenB = await log(committeeB);
      expect(touches(seenB, orgB)).toBe(true);
      expect(touches(seenB, orgA)).toBe(false);
    });

    it('successful-audit-filter: the log narrows to a kind of action, or to a person, within what one reads', async () => {
      const FILTERED = `query($a: String, $p: ID) {
        auditEvents(first: 100, action: $a, personId: $p) { edges { node { action person { id } actor { id } } } }
      }`;
      type Row = { action: string; person: { id: string } | null; actor: { id: string } | null };
      const rows = async (client: GraphQLClient, vars: Record<string, string>) =>
        ((await client.ok(FILTERED, vars)).auditEvents.edges as { node: Row }[]).map((e) => e.node);
      const organisations = await rows(adminA, { a: 'organisation' });
      expect(organisations.length).toBeGreaterThan(0);
      for (const e of organisations) expect(e.action).toMatch(/^organisation\./);
      const exact = await rows(adminA, { a: 'account.password-changed' });
      expect(exact.length).toBeGreaterThan(0);
      for (const e of exact) expect(e.action).toBe('account.password-changed');
      const aboutTribune = await rows(adminA, { p: tribuneA });
      expect(aboutTribune.length).toBeGreaterThan(0);
      for (const e of aboutTribune) expect([e.person?.id, e.actor?.id]).toContain(tribuneA);
      // A filter on someone else's person finds nothing of theirs.
      expect(await rows(adminA, { p: tribuneB })).toEqual([]);
    });

    it('failing-audit-elsewhere: naming another werkplaats’s log is refused', async () => {
      const w = gid('Workshop', b.workshop.id);
      expect(code(await adminA.query(AUDIT, { w }))).toBe('FORBIDDEN');
      expect(code(await committeeA.query(AUDIT, { w }))).toBe('FORBIDDEN');
      expect(code(await adminB.query(AUDIT, { w: gid('Workshop', aId) }))).toBe('FORBIDDEN');
      const seenBoth = await log(both, w);
      expect(touches(seenBoth, orgB) && !touches(seenBoth, orgA)).toBe(true);
    });
  });

  describe('mail', () => {
    /** A notification mail of the werkplaats the outbox gave up on, as the worker leaves it. */
    async function deadMailOf(workshopId: string): Promise<string> {
      const row = await t.prisma.mailMessage.create({
        data: {
          idempotencyKey: `across:${randomUUID()}`,
          to: `onbezorgd-${randomUUID()}@example.nl`,
          locale: 'nl',
          subject: 'Nieuwe reactie',
          text: '',
          html: '',
          status: 'DEAD',
          attempts: 5,
          lastError: '550 mailbox unavailable',
          template: 'notification',
          templateData: {},
          workshopId,
          nextAttemptAt: new Date(),
        },
      });
      return gid('MailMessage', row.id);
    }

    it('successful-dead-mail-own: each beheerder lists their own werkplaats’s dead mail, never the other’s; a beheerder of two names one', async () => {
      const inA = await deadMailOf(aId);
      const inB = await deadMailOf(b.workshop.id);
      const listedA = ids((await adminA.ok(DEAD_MAIL)).deadMail);
      expect(listedA).toContain(inA);
      expect(listedA).not.toContain(inB);
      const listedB = ids((await adminB.ok(DEAD_MAIL)).deadMail);
      expect(listedB).toContain(inB);
      expect(listedB).not.toContain(inA);
      const bothB = ids((await both.ok(DEAD_MAIL, { w: gid('Workshop', b.workshop.id) })).deadMail);
      expect(bothB).toContain(inB);
      expect(bothB).not.toContain(inA);
    });

    it('failing-dead-mail-elsewhere: a beheerder of A neither lists nor retries B’s dead mail; the commissie lists none', async () => {
      const inB = await deadMailOf(b.workshop.id);
      expect(code(await adminA.query(DEAD_MAIL, { w: gid('Workshop', b.workshop.id) }))).toBe('FORBIDDEN');
      expect(code(await adminA.query(RETRY_MAIL, { id: inB }))).toBe('NOT_FOUND');
      expect(code(await adminA.query(RETRY_MAIL, { id: inB, w: gid('Workshop', b.workshop.id) }))).toBe(
        'FORBIDDEN',
      );
      expect(code(await committeeB.query(DEAD_MAIL))).toBe('FORBIDDEN');
      // Still dead: nothing of A's beheerder reached it.
      const row = await t.prisma.mailMessage.findFirstOrThrow({
        where: { workshopId: b.workshop.id },
        orderBy: { createdAt: 'desc' },
      });
      expect(row).toMatchObject({ status: 'DEAD', attempts: 5 });
    });

    it('failing-invitations-elsewhere: a beheerder of A lists, makes and withdraws no invitation of B; B’s beheerder does', async () => {
      const invited = await adminB.ok(INVITE, {
        w: gid('Workshop', b.workshop.id),
        e: `uitgenodigd-${randomUUID()}@example.nl`,
      });
      const id = invited.inviteToWorkshopByEmail.id as string;
      expect(code(await adminA.query(INVITATIONS, { w: gid('Workshop', b.workshop.id) }))).toBe('FORBIDDEN');
      expect(
        code(
          await adminA.query(INVITE, {
            w: gid('Workshop', b.workshop.id),
            e: `niet-${randomUUID()}@example.nl`,
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(code(await adminA.query(WITHDRAW, { id }))).toBe('NOT_FOUND');
      expect(
        ids((await adminA.ok(INVITATIONS, { w: gid('Workshop', aId) })).workshopEmailInvitations),
      ).not.toContain(id);
      expect(
        ids((await adminB.ok(INVITATIONS, { w: gid('Workshop', b.workshop.id) })).workshopEmailInvitations),
      ).toContain(id);
      expect((await adminB.ok(WITHDRAW, { id })).withdrawEmailInvitation.status).toBe('WITHDRAWN');
    });
  });

  describe('the programmacommissie', () => {
    it('successful-arena-own: the commissie of A reads A’s arenas, not B’s; the commissie of B the other way round', async () => {
      const arenaA = gid('Lesson', (await f.lessonAt((await f.atelierOf(LONELINESS)).id, 'ARENA')).id);
      const arenaB = gid('Lesson', b.lessons.ARENA.id);
      expect((await committeeA.ok(LESSON, { id: arenaA })).lesson).not.toBeNull();
      expect(code(await committeeA.query(LESSON, { id: arenaB }))).toBe('NOT_FOUND');
      expect((await committeeB.ok(LESSON, { id: arenaB })).lesson).not.toBeNull();
      expect(code(await committeeB.query(LESSON, { id: arenaA }))).toBe('NOT_FOUND');
    });

    it('successful-tribune-own: a beheerder reads what their own werkplaats’s ateliers share with the tribune only', async () => {
      const tribuneA = gid('Lesson', (await f.lessonAt((await f.atelierOf(LONELINESS)).id, 'TRIBUNE')).id);
      const tribuneB = gid('Lesson', b.lessons.TRIBUNE.id);
      expect((await adminA.ok(LESSON, { id: tribuneA })).lesson).not.toBeNull();
      expect(code(await adminA.query(LESSON, { id: tribuneB }))).toBe('NOT_FOUND');
      expect((await adminB.ok(LESSON, { id: tribuneB })).lesson).not.toBeNull();
    });

    it('failing-agenda-elsewhere: the commissie of A keeps no agenda of B, advises none of its ateliers, shares none of its lessons', async () => {
      const issue = await committeeA.query(
        `mutation($i: CreateSocialIssueInput!) { createSocialIssue(input: $i) { id } }`,
        {
          i: {
            workshopId: gid('Workshop', b.workshop.id),
            title: 'Kwestie van elders',
            description: 'Niet van ons.',
          },
        },
      );
      expect(code(issue)).toBe('FORBIDDEN');
      const advice = await committeeA.query(
        `mutation($a: ID!, $i: GiveAdviceInput!) { giveAdvice(atelierId: $a, input: $i) { id } }`,
        { a: gid('Atelier', b.atelier.id), i: { title: 'Ongevraagd', body: 'Van een andere werkplaats.' } },
      );
      expect(code(advice)).toBe('FORBIDDEN');
      const lifted = await committeeA.query(
        `mutation($id: ID!) { setLessonVisibility(id: $id, visibility: TRIBUNE) { id } }`,
        { id: gid('Lesson', b.lessons.ARENA.id) },
      );
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(code(lifted));
      expect(
        (await t.prisma.lesson.findUniqueOrThrow({ where: { id: b.lessons.ARENA.id } })).visibility,
      ).toBe('ARENA');
      expect(await t.prisma.socialIssue.count({ where: { title: 'Kwestie van elders' } })).toBe(0);
    });
  });
});
