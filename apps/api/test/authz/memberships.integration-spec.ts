// Organisations are confirmed, not claimed: saying one belongs to Gemeente Nijmegen is a request until a beheerder
// (or the gemeente's confirmed contact) confirms it; until then the person takes part as themself.
import { DEMO, DEMO_PASSWORD, DemoFixtures, POVERTY, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const JOIN_FOR = `mutation($a: ID!, $o: ID) { joinAtelier(atelierId: $a, role: TRIBUNE, organisationId: $o) { role organisation { name } } }`;
const MINE = `{ me { memberships { id status function isContact organisation { name } } } }`;
const DECIDE = `mutation($id: ID!, $c: Boolean!, $n: String) { decideMembership(id: $id, confirm: $c, note: $n) { status } }`;
const REQUESTS = `{ membershipRequests(first: 50) { totalCount edges { node { id user { name } organisation { name } } } } }`;

describe('organisations are confirmed, not claimed', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let beheer: GraphQLClient;
  let nijmegen: { id: string; name: string };
  let atelierGid: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    beheer = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    const org = await t.prisma.organisation.findFirstOrThrow({ where: { name: 'Gemeente Nijmegen' } });
    nijmegen = { id: gid('Organisation', org.id), name: org.name };
    atelierGid = gid('Atelier', (await f.atelierOf(POVERTY)).id);
  });
  afterAll(() => t.close());

  /** Signs up as a member of `organisationId` and signs in. */
  async function signUpFor(name: string, organisationId: string) {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.nl`;
    const password = 'een-lang-wachtwoord-2026';
    await t.client().query(`mutation($i: SignUpInput!) { signUp(input: $i) }`, {
      i: { email, password, name, organisationId },
    });
    // The address confirmed by its mailed link (its own test is in test/mail/account-mail).
    await t.prisma.user.update({ where: { email }, data: { emailConfirmedAt: new Date() } });
    return t.client().signIn(email, password);
  }

  it('failing-claimed: signing up for a gemeente is a request; meanwhile the person takes part only as themself', async () => {
    const person = await signUpFor('Kim Claim', nijmegen.id);
    const mine = await person.ok(MINE);
    expect(mine.me.memberships).toEqual([
      {
        id: expect.any(String),
        status: 'REQUESTED',
        function: null,
        isContact: false,
        organisation: { name: nijmegen.name },
      },
    ]);
    const onBehalf = await person.query(JOIN_FOR, { a: atelierGid, o: nijmegen.id });
    expect(onBehalf.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'organisationId',
    });
    expect((await person.ok(JOIN_FOR, { a: atelierGid, o: null })).joinAtelier).toEqual({
      role: 'TRIBUNE',
      organisation: null,
    });
    // Others see no claim: only confirmed memberships are public.
    const userId = (await t.prisma.user.findFirstOrThrow({ where: { name: 'Kim Claim' } })).id;
    const other = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    const seen = await other.ok(
      `query($id: ID!) { node(id: $id) { ... on User { name memberships { status } } } }`,
      {
        id: gid('User', userId),
      },
    );
    expect(seen.node).toEqual({ name: 'Kim Claim', memberships: [] });
    // The beheerder hears of it and has it in the list to decide.
    const requests = await beheer.ok(REQUESTS);
    expect(requests.membershipRequests.edges.map((e: any) => e.node)).toContainEqual({
      id: mine.me.memberships[0].id,
      user: { name: 'Kim Claim' },
      organisation: { name: nijmegen.name },
    });
    const told = await beheer.ok(
      `{ notifications(first: 20) { edges { node { kind actor { name } membership { status } } } } }`,
    );
    expect(told.notifications.edges.map((e: any) => e.node)).toContainEqual({
      kind: 'MEMBERSHIP_REQUESTED',
      actor: { name: 'Kim Claim' },
      membership: { status: 'REQUESTED' },
    });
  });

  it('successful-confirmed: once a beheerder confirms it, the person takes part on the gemeente’s behalf, and is told', async () => {
    const person = await signUpFor('Bo Bevestigd', nijmegen.id);
    const [membership] = (await person.ok(MINE)).me.memberships;
    // Not one's own to confirm.
    expect((await person.query(DECIDE, { id: membership.id, c: true })).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await beheer.ok(DECIDE, { id: membership.id, c: true })).decideMembership.status).toBe(
      'CONFIRMED',
    );
    expect((await person.ok(JOIN_FOR, { a: atelierGid, o: nijmegen.id })).joinAtelier).toEqual({
      role: 'TRIBUNE',
      organisation: { name: nijmegen.name },
    });
    const told = await person.ok(`{ notifications(first: 5) { edges { node { kind actor { name } } } } }`);
    expect(told.notifications.edges.map((e: any) => e.node)).toContainEqual({
      kind: 'MEMBERSHIP_DECIDED',
      actor: { name: 'Joost van Dam' },
    });
  });

  it('successful-contact: the gemeente’s confirmed contact decides on its memberships, and on no other organisation’s', async () => {
    const contact = await signUpFor('Cor Contact', nijmegen.id);
    const [own] = (await contact.ok(MINE)).me.memberships;
    await beheer.ok(DECIDE, { id: own.id, c: true });
    // Only a beheerder makes someone the contact.
    const self = await contact.query(
      `mutation($id: ID!) { setMembershipContact(id: $id, isContact: true) { isContact } }`,
      {
        id: own.id,
      },
    );
    expect(self.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    await beheer.ok(`mutation($id: ID!) { setMembershipContact(id: $id, isContact: true) { isContact } }`, {
      id: own.id,
    });

    const colleague = await signUpFor('Dewi Collega', nijmegen.id);
    const [theirs] = (await colleague.ok(MINE)).me.memberships;
    expect((await contact.ok(REQUESTS)).membershipRequests.edges.map((e: any) => e.node.id)).toContain(
      theirs.id,
    );

    const elsewhere = await t.prisma.organisation.findFirstOrThrow({ where: { name: 'Gemeente Arnhem' } });
    const stranger = await signUpFor('Eef Elders', gid('Organisation', elsewhere.id));
    const [strangers] = (await stranger.ok(MINE)).me.memberships;
    expect((await contact.query(DECIDE, { id: strangers.id, c: true })).errors?.[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );

    // Declined: whatever the colleague did on the gemeente's behalf is theirs alone from now on.
    await beheer.ok(DECIDE, { id: theirs.id, c: true });
    await colleague.ok(JOIN_FOR, { a: atelierGid, o: nijmegen.id });
    expect(
      (await contact.ok(DECIDE, { id: theirs.id, c: false, n: 'Werkt hier niet meer.' })).decideMembership
        .status,
    ).toBe('DECLINED');
    const now = await colleague.ok(
      `query($a: ID!) { atelier(id: $a) { myParticipation { organisation { name } } } }`,
      {
        a: atelierGid,
      },
    );
    expect(now.atelier.myParticipation.organisation).toBeNull();
  });

  it('successful-request-later: a person says they belong to another organisation; it waits like any request', async () => {
    const person = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    const asked = await person.ok(
      `mutation($o: ID!) { requestMembership(organisationId: $o, function: "Beleidsmedewerker") { status function } }`,
      { o: nijmegen.id },
    );
    expect(asked.requestMembership).toEqual({ status: 'REQUESTED', function: 'Beleidsmedewerker' });
    const twice = await person.query(
      `mutation($o: ID!) { requestMembership(organisationId: $o) { status } }`,
      {
        o: nijmegen.id,
      },
    );
    expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});
