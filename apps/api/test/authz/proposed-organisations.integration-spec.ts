// Sign-up that knows organisations: a person proposes an organisation that is not in the list yet (at sign-up or
// later). It stays unlisted, read only by who asked to belong to it and by the beheerders of its werkplaats, until
// one of them confirms a membership of it; declined, it stays out of the list. Another werkplaats's beheerder
// neither sees nor decides it.
import { randomUUID } from 'node:crypto';
import {
  DEMO,
  DEMO_PASSWORD,
  DemoFixtures,
  gid,
  secondWorkshop,
  type SecondWorkshop,
} from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { errorOf, person } from '../tribune/tribune-fixtures.js';

const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) }`;
const MINE = `{ me { partyKind memberships { id status organisation { id name kind status } } } }`;
const LISTED = `{ organisations(first: 100) { totalCount edges { node { id name status } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { ... on Organisation { name status workshop { slug } } } }`;
const REQUESTS = `{ membershipRequests(first: 100) { edges { node { id user { name } organisation { id name status } } } } }`;
const DECIDE = `mutation($id: ID!, $c: Boolean!) { decideMembership(id: $id, confirm: $c) { status organisation { status } } }`;
const PROPOSE = `mutation($p: ProposeOrganisationInput!, $f: String) {
  requestMembership(proposedOrganisation: $p, function: $f) { id status function organisation { id name status } }
}`;
const PASSWORD = 'een-lang-wachtwoord-2026';

describe('proposed organisations: listed once a beheerder of their werkplaats confirms', () => {
  let t: TestApp;
  let beheerA: GraphQLClient;
  let beheerB: GraphQLClient;
  let b: SecondWorkshop;
  let workshopA: string;
  let nijmegen: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const f = new DemoFixtures(t.prisma);
    const municipality = await f.municipality('Nijmegen');
    nijmegen = gid('Municipality', municipality.id);
    workshopA = gid('Workshop', municipality.workshopId);
    beheerA = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    b = await secondWorkshop(t.prisma, 'voorstelland');
    beheerB = await t.client().signIn(b.people.admin.email, b.password);
  });
  afterAll(() => t.close());

  const unique = (prefix: string) => `${prefix} ${randomUUID().slice(0, 6)}`;
  const listedNames = async (client: GraphQLClient) =>
    (await client.ok(LISTED)).organisations.edges.map((e: any) => e.node.name);

  /** Signs up with `extra` fields and signs in. */
  async function signUp(name: string, extra: Record<string, unknown>) {
    const email = `${randomUUID()}@example.nl`;
    const result = await t.client().query(SIGN_UP, { i: { email, password: PASSWORD, name, ...extra } });
    return { result, email };
  }

  it('successful-propose-at-sign-up: the organisation waits unlisted, the membership is a request, beheerders are told', async () => {
    const name = unique('Buurtkamer De Linde');
    const { result, email } = await signUp('Pim Voorstel', {
      partyKind: 'VOLUNTEER',
      proposedOrganisation: {
        name,
        kind: 'CITIZENS_INITIATIVE',
        municipalityId: nijmegen,
        workshopId: workshopA,
      },
    });
    expect(result.errors).toBeUndefined();
    const pim = await t.client().signIn(email, PASSWORD);
    const mine = (await pim.ok(MINE)).me;
    expect(mine.partyKind).toBe('VOLUNTEER');
    expect(mine.memberships).toEqual([
      {
        id: expect.any(String),
        status: 'REQUESTED',
        organisation: { id: expect.any(String), name, kind: 'CITIZENS_INITIATIVE', status: 'PROPOSED' },
      },
    ]);
    const orgId = mine.memberships[0].organisation.id;

    // Not in the public list, for anyone (the beheerder decides through the requests).
    for (const client of [t.client(), pim, beheerA]) expect(await listedNames(client)).not.toContain(name);
    // Read by the proposer and the werkplaats's beheerders only.
    expect((await pim.ok(NODE, { id: orgId })).node).toMatchObject({ name, status: 'PROPOSED' });
    expect((await beheerA.ok(NODE, { id: orgId })).node).toMatchObject({ name, status: 'PROPOSED' });
    const other = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    expect(errorOf(await other.query(NODE, { id: orgId }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await t.client().query(NODE, { id: orgId }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await beheerB.query(NODE, { id: orgId }))?.code).toBe('NOT_FOUND');

    const requests = (await beheerA.ok(REQUESTS)).membershipRequests.edges.map((e: any) => e.node);
    expect(requests).toContainEqual({
      id: mine.memberships[0].id,
      user: { name: 'Pim Voorstel' },
      organisation: { id: orgId, name, status: 'PROPOSED' },
    });
    const told = await beheerA.ok(
      `{ notifications(first: 30) { edges { node { kind actor { name } membership { organisation { name } } } } } }`,
    );
    expect(told.notifications.edges.map((e: any) => e.node)).toContainEqual({
      kind: 'MEMBERSHIP_REQUESTED',
      actor: { name: 'Pim Voorstel' },
      membership: { organisation: { name } },
    });
    const row = await t.prisma.organisation.findFirstOrThrow({ where: { name } });
    expect(
      await t.prisma.auditEvent.count({ where: { action: 'organisation.proposed', targetId: row.id } }),
    ).toBe(1);

    // Another werkplaats's beheerder: not among their requests, and not theirs to decide.
    const theirs = (await beheerB.ok(REQUESTS)).membershipRequests.edges.map((e: any) => e.node.id);
    expect(theirs).not.toContain(mine.memberships[0].id);
    expect(errorOf(await beheerB.query(DECIDE, { id: mine.memberships[0].id, c: true }))?.code).toBe(
      'NOT_FOUND',
    );
    // Nor can someone else ask to belong to it by its id: it is not in the list.
    expect(
      errorOf(
        await other.query(`mutation($o: ID!) { requestMembership(organisationId: $o) { id } }`, { o: orgId }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId' });

    // The beheerder of its werkplaats confirms the membership: the organisation is listed with it.
    expect((await beheerA.ok(DECIDE, { id: mine.memberships[0].id, c: true })).decideMembership).toEqual({
      status: 'CONFIRMED',
      organisation: { status: 'LISTED' },
    });
    expect(await listedNames(t.client())).toContain(name);
    // Found by a part of its name, in its werkplaats's list.
    const found = await t
      .client()
      .ok(
        `query($q: String, $w: ID) { organisations(first: 10, query: $q, workshopId: $w) { edges { node { name } } } }`,
        { q: name.slice(9, 16).toLowerCase(), w: workshopA },
      );
    expect(found.organisations.edges.map((e: any) => e.node.name)).toContain(name);
    const notThere = await t
      .client()
      .ok(
        `query($q: String, $w: ID) { organisations(first: 10, query: $q, workshopId: $w) { totalCount } }`,
        { q: name, w: gid('Workshop', b.workshop.id) },
      );
    expect(notThere.organisations.totalCount).toBe(0);
    expect((await other.ok(NODE, { id: orgId })).node).toEqual({
      name,
      status: 'LISTED',
      workshop: { slug: expect.any(String) },
    });
  });

  it('successful-propose-later: a signed-in person proposes one from their profile; declined, it stays unlisted', async () => {
    const { client: later } = await person(t, { name: 'Lot Later' });
    const name = unique('Stichting Later');
    const asked = (
      await later.ok(PROPOSE, {
        p: { name, kind: 'WELFARE', workshopId: workshopA },
        f: 'Coördinator',
      })
    ).requestMembership;
    expect(asked).toMatchObject({
      status: 'REQUESTED',
      function: 'Coördinator',
      organisation: { name, status: 'PROPOSED' },
    });
    expect((await beheerA.ok(DECIDE, { id: asked.id, c: false })).decideMembership).toEqual({
      status: 'DECLINED',
      organisation: { status: 'DECLINED' },
    });
    expect(await listedNames(t.client())).not.toContain(name);
    // The person still reads what they asked, and how it ended.
    expect((await later.ok(MINE)).me.memberships).toContainEqual({
      id: asked.id,
      status: 'DECLINED',
      organisation: { id: asked.organisation.id, name, kind: 'WELFARE', status: 'DECLINED' },
    });
    // Proposed again by someone else: the same organisation waits again, not a second one.
    const { client: again } = await person(t, { name: 'Ria Opnieuw' });
    const second = (await again.ok(PROPOSE, { p: { name, kind: 'WELFARE', workshopId: workshopA } }))
      .requestMembership;
    expect(second.organisation).toEqual({ id: asked.organisation.id, name, status: 'PROPOSED' });
  });

  it('successful-duplicate-proposal: a second person proposing the same name (other capitals) joins the waiting proposal', async () => {
    const name = unique('Repair Café Lent');
    const { client: first } = await person(t, { name: 'Eerste Voorsteller' });
    const { client: second } = await person(t, { name: 'Tweede Voorsteller' });
    const one = (await first.ok(PROPOSE, { p: { name, kind: 'OTHER', workshopId: workshopA } }))
      .requestMembership;
    const two = (
      await second.ok(PROPOSE, { p: { name: name.toUpperCase(), kind: 'OTHER', workshopId: workshopA } })
    ).requestMembership;
    expect(two.organisation.id).toBe(one.organisation.id);
    // Declining one leaves the proposal waiting while the other still asks.
    expect((await beheerA.ok(DECIDE, { id: one.id, c: false })).decideMembership.organisation.status).toBe(
      'PROPOSED',
    );
    expect(
      await t.prisma.organisation.count({ where: { name: { equals: name, mode: 'insensitive' } } }),
    ).toBe(1);
  });

  it('failing-listed-name: proposing an organisation that is listed already is refused, naming the one to choose', async () => {
    const nijmegenOrg = await t.prisma.organisation.findFirstOrThrow({
      where: { name: 'Gemeente Nijmegen' },
    });
    const { client: someone } = await person(t, { name: 'Dubbel Voorstel' });
    const later = errorOf(
      await someone.query(PROPOSE, {
        p: { name: ' gemeente nijmegen ', kind: 'MUNICIPALITY', workshopId: workshopA },
      }),
    );
    expect(later).toMatchObject({
      code: 'CONFLICT',
      reason: 'ORGANISATION_LISTED',
      field: 'proposedOrganisation.name',
      organisationId: gid('Organisation', nijmegenOrg.id),
    });
    const before = await t.prisma.user.count();
    const { result } = await signUp('Dubbel Bij Aanmelden', {
      proposedOrganisation: { name: 'GEMEENTE NIJMEGEN', kind: 'MUNICIPALITY', workshopId: workshopA },
    });
    expect(errorOf(result)).toMatchObject({
      code: 'CONFLICT',
      reason: 'ORGANISATION_LISTED',
      field: 'input.proposedOrganisation.name',
    });
    expect(await t.prisma.user.count()).toBe(before);
    // The same name in another werkplaats is another organisation.
    const elsewhere = (
      await someone.ok(PROPOSE, {
        p: { name: 'Gemeente Nijmegen', kind: 'OTHER', workshopId: gid('Workshop', b.workshop.id) },
      })
    ).requestMembership;
    expect(elsewhere.organisation.status).toBe('PROPOSED');
  });

  it('failing-input: one of the two ways, a gemeente of the werkplaats, a name', async () => {
    const { client: someone } = await person(t, { name: 'Fout Invoer' });
    const nijmegenOrg = await t.prisma.organisation.findFirstOrThrow({
      where: { name: 'Gemeente Nijmegen' },
    });
    const both = await someone.query(
      `mutation($o: ID, $p: ProposeOrganisationInput) { requestMembership(organisationId: $o, proposedOrganisation: $p) { id } }`,
      { o: gid('Organisation', nijmegenOrg.id), p: { name: 'Iets', kind: 'OTHER', workshopId: workshopA } },
    );
    expect(errorOf(both)?.code).toBe('BAD_USER_INPUT');
    const neither = await someone.query(`mutation { requestMembership { id } }`);
    expect(errorOf(neither)?.code).toBe('BAD_USER_INPUT');
    const wrongGemeente = await someone.query(PROPOSE, {
      p: {
        name: unique('Ergens'),
        kind: 'OTHER',
        workshopId: gid('Workshop', b.workshop.id),
        municipalityId: nijmegen,
      },
    });
    expect(errorOf(wrongGemeente)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'proposedOrganisation.municipalityId',
    });
    // Each gemeente names its werkplaats, so a form offers those of the werkplaats chosen.
    const gemeenten = (await t.client().ok(`{ municipalities { id workshop { id } } }`)).municipalities;
    expect(gemeenten).toContainEqual({ id: nijmegen, workshop: { id: workshopA } });
    const noName = await someone.query(PROPOSE, { p: { name: ' ', kind: 'OTHER', workshopId: workshopA } });
    expect(errorOf(noName)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposedOrganisation.name' });
  });

  it('successful-party-kind: a person sets and clears their party kind later', async () => {
    const { client: someone } = await person(t, { name: 'Partij Later' });
    const SET = `mutation($k: PartyKind) { updateMe(input: { partyKind: $k }) { partyKind } }`;
    expect((await someone.ok(SET, { k: 'PROFESSIONAL' })).updateMe.partyKind).toBe('PROFESSIONAL');
    expect((await someone.ok(`{ me { partyKind } }`)).me.partyKind).toBe('PROFESSIONAL');
    expect((await someone.ok(`mutation { updateMe(input: {}) { partyKind } }`)).updateMe.partyKind).toBe(
      'PROFESSIONAL',
    );
    expect((await someone.ok(SET, { k: null })).updateMe.partyKind).toBeNull();
    expect(errorOf(await t.client().query(SET, { k: 'RESIDENT' }))?.code).toBe('UNAUTHENTICATED');
  });
});
