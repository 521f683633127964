import { PEOPLE } from '../../src/demo/demo-content.js';
import { LINDELAND } from '../../src/demo/demo-content-lindeland.js';
import { seedDemoData } from '../../src/demo/seed-demo-data.js';
import { createPool } from '../../src/common/database/embedded-postgres.js';
import { PrismaService } from '../../src/common/prisma/prisma.service.js';
import type { NodeType } from '../../src/common/graphql/relay.js';
import { DEMO, DEMO_PASSWORD, gid } from '../factories/fixtures.js';
import { createTestDatabase } from '../support/test-database.js';
import { startTestApp, type GraphQLClient, type GraphQLResponse, type TestApp } from '../support/test-app.js';
import { errorOf } from '../tribune/tribune-fixtures.js';

/**
 * The demo's two werkplaatsen, Arnhem-Nijmegen and the fictional Lindeland, kept apart: every list narrowed to
 * one holds nothing of the other, their beheerders and commissies have no powers across, the national theme page
 * reads both (PUBLIC only), and the one demo person who takes part in both (tribune@) reads in each what the
 * ladder lets her. across-werkplaatsen.integration-spec.ts tries every beheer mutation with fixtures; this spec
 * does it on the demo data people click through, and adds the agenda and the person of two werkplaatsen.
 */

const LINDELAND_ADMIN = 'beheer.lindeland@demo.werkplaats.nl';
const LINDELAND_COMMITTEE = 'commissie.lindeland@demo.werkplaats.nl';
const LINDELAND_TREKKER = 'trekker.lindeland@demo.werkplaats.nl';
const LINDELAND_ARENA = 'arena.lindeland@demo.werkplaats.nl';

/** People of only one werkplaats (tribune@ takes part in both). */
const ONLY_ARNHEM_NIJMEGEN = PEOPLE.map((p) => p.email).filter((e) => e !== DEMO.tribune);
const ONLY_LINDELAND = LINDELAND.people.map((p) => p.email);

const AGENDA = `query($w: ID) {
  socialIssues(first: 100, workshopId: $w) {
    edges { node { id title workshop { id } nationalThemes { slug } ateliers { id workshop { id } trekker { id } } } }
  }
}`;
const ORGANISATIONS = `query($w: ID) { organisations(first: 100, workshopId: $w) { edges { node { id workshop { id } } } } }`;
const GEMEENTEN = `query($w: ID) { municipalities(workshopId: $w) { id name cbsCode places workshop { id } } }`;
const USERS = `query($w: ID) { users(first: 100, workshopId: $w) { totalCount edges { node { id email } } } }`;
const AUDIT = `query($w: ID) { auditEvents(first: 100, workshopId: $w) { edges { node { action targetId person { id } } } } }`;
const REQUESTS = `query($w: ID) {
  membershipRequests(first: 100, workshopId: $w) { edges { node { id user { id } organisation { id workshop { id } } } } }
}`;
const SPREAD = `query($w: ID) {
  conditionSpread(workshopId: $w) {
    total { condition count }
    byMunicipality { municipality { id workshop { id } } counts { condition count } }
  }
}`;
const NETWORK = `query($w: ID) { network(workshopId: $w) { nodes { id kind } edges { from to } } }`;
const USER_EMAIL = `query($id: ID!) { node(id: $id) { ... on User { email } } }`;

type Edges<T> = { edges: { node: T }[] };
const nodes = <T>(connection: Edges<T>): T[] => connection.edges.map((e) => e.node);
const code = (result: GraphQLResponse) => errorOf(result)?.code;

describe('the two demo werkplaatsen stay apart', () => {
  let t: TestApp;
  let an: string;
  let ll: string;
  let visitor: GraphQLClient;
  let adminAN: GraphQLClient;
  let adminLL: GraphQLClient;
  let committeeAN: GraphQLClient;
  let committeeLL: GraphQLClient;
  let tribune: GraphQLClient;
  /** Everything of a werkplaats by global ID: what a list of the other must never hold. */
  const things = new Map<string, Set<string>>();
  const userId = async (email: string) =>
    gid('User', (await t.prisma.user.findUniqueOrThrow({ where: { email } })).id);

  async function thingsOf(workshopId: string): Promise<Set<string>> {
    const inWorkshop = { workshopId };
    const ofAtelier = { atelier: inWorkshop };
    const [issues, ateliers, gemeenten, organisations, memberships, practices, lessons, insights] =
      await Promise.all([
        t.prisma.socialIssue.findMany({ where: inWorkshop, select: { id: true } }),
        t.prisma.atelier.findMany({ where: inWorkshop, select: { id: true } }),
        t.prisma.municipality.findMany({ where: inWorkshop, select: { id: true } }),
        t.prisma.organisation.findMany({ where: inWorkshop, select: { id: true } }),
        t.prisma.membership.findMany({ where: { organisation: inWorkshop }, select: { id: true } }),
        t.prisma.practice.findMany({ where: ofAtelier, select: { id: true } }),
        t.prisma.lesson.findMany({ where: ofAtelier, select: { id: true } }),
        t.prisma.insight.findMany({ where: ofAtelier, select: { id: true } }),
      ]);
    const typed = (type: NodeType, rows: { id: string }[]) => rows.map((r) => gid(type, r.id));
    return new Set([
      gid('Workshop', workshopId),
      ...typed('SocialIssue', issues),
      ...typed('Atelier', ateliers),
      ...typed('Municipality', gemeenten),
      ...typed('Organisation', organisations),
      ...typed('Membership', memberships),
      ...typed('Practice', practices),
      ...typed('Lesson', lessons),
      ...typed('Insight', insights),
    ]);
  }

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    an = (await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } })).id;
    ll = (await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'lindeland' } })).id;
    things.set(an, await thingsOf(an));
    things.set(ll, await thingsOf(ll));
    visitor = t.client();
    adminAN = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    adminLL = await t.client().signIn(LINDELAND_ADMIN, DEMO_PASSWORD);
    committeeAN = await t.client().signIn(DEMO.committee, DEMO_PASSWORD);
    committeeLL = await t.client().signIn(LINDELAND_COMMITTEE, DEMO_PASSWORD);
    tribune = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  /** Both directions: [this werkplaats, the other, this one's beheerder, its people only]. */
  const pairs = () =>
    [
      { self: an, other: ll, admin: adminAN, own: ONLY_ARNHEM_NIJMEGEN, foreign: ONLY_LINDELAND },
      { self: ll, other: an, admin: adminLL, own: ONLY_LINDELAND, foreign: ONLY_ARNHEM_NIJMEGEN },
    ] as const;
  const expectNoneOf = (ids: string[], workshopId: string) => {
    const foreign = things.get(workshopId)!;
    expect(ids.filter((id) => foreign.has(id))).toEqual([]);
  };

  describe('the demo data', () => {
    it('successful-demo-werkplaatsen: Lindeland has its own gemeenten (codes no real gemeente has), agenda, ateliers and people', async () => {
      const listed = await visitor.ok(`{ workshops { slug name region } }`);
      expect(listed.workshops).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ slug: 'arnhem-nijmegen' }),
          { slug: 'lindeland', name: 'Werkplaats Sociaal Domein Lindeland', region: 'Lindeland' },
        ]),
      );
      const gemeenten = (await visitor.ok(GEMEENTEN, { w: gid('Workshop', ll) })).municipalities as {
        name: string;
        cbsCode: string;
        places: string[];
      }[];
      expect(gemeenten.map((g) => g.name).sort()).toEqual([
        'Brakelmond',
        'Essenburg',
        'Lindewaarde',
        'Veenhoven',
      ]);
      for (const g of gemeenten) {
        expect(g.cbsCode).toMatch(/^GM996\d$/);
        expect(g.places.length).toBeGreaterThanOrEqual(3);
      }
      const codesAN = (await visitor.ok(GEMEENTEN, { w: gid('Workshop', an) })).municipalities.map(
        (g: { cbsCode: string }) => g.cbsCode,
      );
      expect(codesAN.filter((c: string) => gemeenten.some((g) => g.cbsCode === c))).toEqual([]);

      const agenda = nodes<{ title: string; ateliers: { trekker: { id: string } }[] }>(
        (await visitor.ok(AGENDA, { w: gid('Workshop', ll) })).socialIssues,
      );
      expect(agenda.map((i) => i.title)).toEqual([
        'Bestaanszekerheid van werkende huishoudens',
        'Ouder worden in de kernen',
        'Energiearmoede in oude huurwoningen',
      ]);
      const trekkers = agenda.flatMap((i) => i.ateliers.map((a) => a.trekker.id));
      expect(trekkers.sort()).toEqual(
        [await userId(LINDELAND_TREKKER), await userId('hamid.rahimi@demo.werkplaats.nl')].sort(),
      );
      // Its own people sign in with the demo password.
      for (const email of [LINDELAND_TREKKER, LINDELAND_ARENA]) await t.client().signIn(email, DEMO_PASSWORD);
    });

    it('successful-seed-again: seeding the demo again changes nothing', async () => {
      const count = () =>
        Promise.all([t.prisma.workshop.count(), t.prisma.user.count(), t.prisma.lesson.count()]);
      const before = await count();
      expect(await seedDemoData(t.prisma)).toEqual({ created: false, workshops: [] });
      expect(await count()).toEqual(before);
    });
  });

  describe('reads narrowed to one werkplaats', () => {
    it('successful-agenda: its kwesties and ateliers, none of the other', async () => {
      for (const { self, other } of pairs()) {
        const issues = nodes<{
          id: string;
          workshop: { id: string };
          ateliers: { id: string; workshop: { id: string } }[];
        }>((await visitor.ok(AGENDA, { w: gid('Workshop', self) })).socialIssues);
        const ateliers = issues.flatMap((i) => i.ateliers);
        expect(issues.length).toBeGreaterThanOrEqual(3);
        expect(ateliers.length).toBeGreaterThanOrEqual(2);
        for (const item of [...issues, ...ateliers]) expect(item.workshop.id).toBe(gid('Workshop', self));
        expectNoneOf(
          [...issues, ...ateliers].map((i) => i.id),
          other,
        );
      }
    });

    it('successful-organisations-gemeenten: its organisations and gemeenten, none of the other', async () => {
      for (const { self, other } of pairs()) {
        const w = gid('Workshop', self);
        const organisations = nodes<{ id: string; workshop: { id: string } }>(
          (await visitor.ok(ORGANISATIONS, { w })).organisations,
        );
        const gemeenten = (await visitor.ok(GEMEENTEN, { w })).municipalities as {
          id: string;
          workshop: { id: string };
        }[];
        expect(organisations.length).toBeGreaterThanOrEqual(10);
        expect(gemeenten.length).toBeGreaterThanOrEqual(4);
        for (const item of [...organisations, ...gemeenten]) expect(item.workshop.id).toBe(w);
        expectNoneOf(
          [...organisations, ...gemeenten].map((i) => i.id),
          other,
        );
      }
    });

    it('successful-users: each beheerder lists their own people and the one person of both, nobody only of the other', async () => {
      for (const { self, admin, own, foreign } of pairs()) {
        for (const w of [undefined, gid('Workshop', self)]) {
          const emails = nodes<{ email: string }>((await admin.ok(USERS, { w })).users).map((u) => u.email);
          expect(emails).toEqual(expect.arrayContaining([...own, DEMO.tribune]));
          expect(emails.filter((e) => foreign.includes(e))).toEqual([]);
        }
      }
    });

    it('successful-membership-requests: each beheerder is asked about their own organisations only', async () => {
      for (const { self, other, admin } of pairs()) {
        const requests = nodes<{ id: string; organisation: { id: string; workshop: { id: string } } }>(
          (await admin.ok(REQUESTS, { w: gid('Workshop', self) })).membershipRequests,
        );
        expect(requests.length).toBeGreaterThanOrEqual(1);
        for (const r of requests) expect(r.organisation.workshop.id).toBe(gid('Workshop', self));
        expectNoneOf(
          requests.flatMap((r) => [r.id, r.organisation.id]),
          other,
        );
      }
      const asker = async (admin: GraphQLClient) =>
        nodes<{ user: { id: string } }>((await admin.ok(REQUESTS)).membershipRequests).map((r) => r.user.id);
      expect(await asker(adminAN)).toEqual([await userId('dennis.vermeulen@demo.werkplaats.nl')]);
      expect(await asker(adminLL)).toEqual([await userId('linda.kok@demo.werkplaats.nl')]);
    });

    it('successful-audit: each werkplaats’s log holds its own events, none about the other’s things or people', async () => {
      const foreignPeople = async (emails: readonly string[]) => Promise.all(emails.map(userId));
      for (const { self, other, admin, foreign } of pairs()) {
        const events = nodes<{ action: string; targetId: string; person: { id: string } | null }>(
          (await admin.ok(AUDIT, { w: gid('Workshop', self) })).auditEvents,
        );
        expect(events.length).toBeGreaterThanOrEqual(1);
        expectNoneOf(
          events.map((e) => e.targetId),
          other,
        );
        const people = await foreignPeople(foreign);
        expect(events.filter((e) => e.person && people.includes(e.person.id))).toEqual([]);
      }
      const actions = async (admin: GraphQLClient, w: string) =>
        nodes<{ action: string }>((await admin.ok(AUDIT, { w: gid('Workshop', w) })).auditEvents).map(
          (e) => e.action,
        );
      expect(await actions(adminAN, an)).toContain('social-issue.merged');
      expect(await actions(adminLL, ll)).toEqual(['membership.requested']);
    });

    it('successful-condition-spread: the spread counts the werkplaats’s own lessons, per gemeente of its own', async () => {
      for (const { self } of pairs()) {
        const spread = (await visitor.ok(SPREAD, { w: gid('Workshop', self) })).conditionSpread as {
          total: { condition: string; count: number }[];
          byMunicipality: { municipality: { workshop: { id: string } } }[];
        };
        // A visitor reads PUBLIC lessons: these, and only these of this werkplaats, are counted.
        const publicLessons = await t.prisma.lesson.findMany({
          where: { visibility: 'PUBLIC', atelier: { workshopId: self } },
          select: { conditions: true },
        });
        const expected = new Map<string, number>();
        for (const l of publicLessons)
          for (const c of l.conditions) expected.set(c, (expected.get(c) ?? 0) + 1);
        for (const { condition, count } of spread.total) expect(count).toBe(expected.get(condition) ?? 0);
        expect(spread.byMunicipality.length).toBeGreaterThanOrEqual(1);
        for (const m of spread.byMunicipality) expect(m.municipality.workshop.id).toBe(gid('Workshop', self));
      }
    });

    it('successful-network: the network picture of one werkplaats shows none of the other’s kwesties, ateliers, gemeenten, organisations or trekkers', async () => {
      for (const { self, other } of pairs()) {
        // Read by someone who sees the organisations taking part (tribune@ follows ateliers of both).
        for (const reader of [visitor, tribune]) {
          const network = (await reader.ok(NETWORK, { w: gid('Workshop', self) })).network as {
            nodes: { id: string; kind: string }[];
          };
          expect(network.nodes.filter((n) => n.kind === 'ATELIER').length).toBeGreaterThanOrEqual(2);
          expectNoneOf(
            network.nodes.map((n) => n.id),
            other,
          );
          const trekkersOfOther = (
            await t.prisma.atelier.findMany({ where: { workshopId: other }, select: { trekkerId: true } })
          ).map((a) => gid('User', a.trekkerId));
          expect(network.nodes.filter((n) => trekkersOfOther.includes(n.id))).toEqual([]);
        }
      }
      const tribuneSees = (await tribune.ok(NETWORK, { w: gid('Workshop', ll) })).network.nodes as {
        kind: string;
      }[];
      expect(tribuneSees.some((n) => n.kind === 'ORGANISATION')).toBe(true);
    });
  });

  describe('beheer across the demo werkplaatsen', () => {
    it('failing-reads-elsewhere: naming the other werkplaats’s people, requests or log is refused; its people’s addresses stay hidden', async () => {
      for (const { other, admin, foreign } of pairs()) {
        const w = gid('Workshop', other);
        for (const query of [USERS, AUDIT]) expect(code(await admin.query(query, { w }))).toBe('FORBIDDEN');
        // Membership requests narrowed to another werkplaats are none of one's own (as across-werkplaatsen pins).
        expect(nodes((await admin.ok(REQUESTS, { w })).membershipRequests)).toEqual([]);
        const someone = await userId(foreign[0]!);
        expect((await admin.ok(USER_EMAIL, { id: someone })).node.email).toBeNull();
        // The person of both is each beheerder's to know.
        expect((await admin.ok(USER_EMAIL, { id: await userId(DEMO.tribune) })).node.email).toBe(
          DEMO.tribune,
        );
      }
    });

    it('failing-mutations-elsewhere: each beheerder gets FORBIDDEN or NOT_FOUND for every beheer mutation aimed at the other, and nothing changes', async () => {
      const snapshot = () =>
        Promise.all([
          t.prisma.organisation.findMany({ orderBy: { id: 'asc' } }),
          t.prisma.municipality.findMany({ orderBy: { id: 'asc' } }),
          t.prisma.membership.findMany({ orderBy: { id: 'asc' } }),
          t.prisma.workshopRole.findMany({
            orderBy: [{ userId: 'asc' }, { workshopId: 'asc' }, { role: 'asc' }],
          }),
          t.prisma.user.findMany({ select: { id: true, blockedAt: true }, orderBy: { id: 'asc' } }),
          t.prisma.session.count(),
        ]);
      const before = await snapshot();
      for (const { other, admin, foreign } of pairs()) {
        const w = gid('Workshop', other);
        const organisation = await t.prisma.organisation.findFirstOrThrow({
          where: { workshopId: other, kind: 'MUNICIPALITY' },
          orderBy: { name: 'asc' },
        });
        const gemeente = await t.prisma.municipality.findFirstOrThrow({
          where: { workshopId: other },
          orderBy: { name: 'asc' },
        });
        const request = await t.prisma.membership.findFirstOrThrow({
          where: { status: 'REQUESTED', organisation: { workshopId: other } },
        });
        const confirmed = await t.prisma.membership.findFirstOrThrow({
          where: { status: 'CONFIRMED', organisation: { workshopId: other } },
          orderBy: { id: 'asc' },
        });
        const theirs = await userId(foreign[2]!);
        const theirAdmin = await userId(foreign[0]!);
        const shared = await userId(DEMO.tribune);
        const tries: [string, () => Promise<GraphQLResponse>, string[]][] = [
          [
            'createOrganisation',
            () =>
              admin.query(`mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }`, {
                i: { workshopId: w, name: 'Indringer', kind: 'WELFARE' },
              }),
            ['FORBIDDEN'],
          ],
          [
            'updateOrganisation',
            () =>
              admin.query(
                `mutation($id: ID!, $i: OrganisationInput!) { updateOrganisation(id: $id, input: $i) { id } }`,
                {
                  id: gid('Organisation', organisation.id),
                  i: { name: 'Overgenomen', kind: 'MUNICIPALITY' },
                },
              ),
            ['FORBIDDEN'],
          ],
          [
            'createMunicipality',
            () =>
              admin.query(`mutation($i: MunicipalityInput!) { createMunicipality(input: $i) { id } }`, {
                i: { workshopId: w, name: 'Indringerdorp', cbsCode: 'GM9977' },
              }),
            ['FORBIDDEN'],
          ],
          [
            'updateMunicipality',
            () =>
              admin.query(
                `mutation($id: ID!, $i: MunicipalityInput!) { updateMunicipality(id: $id, input: $i) { id } }`,
                {
                  id: gid('Municipality', gemeente.id),
                  i: { name: 'Overgenomen', cbsCode: gemeente.cbsCode },
                },
              ),
            ['FORBIDDEN'],
          ],
          [
            'decideMembership',
            () =>
              admin.query(`mutation($id: ID!) { decideMembership(id: $id, confirm: true) { status } }`, {
                id: gid('Membership', request.id),
              }),
            ['NOT_FOUND'],
          ],
          [
            'setMembershipContact',
            () =>
              admin.query(
                `mutation($id: ID!) { setMembershipContact(id: $id, isContact: true) { isContact } }`,
                {
                  id: gid('Membership', confirmed.id),
                },
              ),
            ['FORBIDDEN', 'NOT_FOUND'],
          ],
          [
            'setWorkshopRole (their person)',
            () =>
              admin.query(
                `mutation($u: ID!) { setWorkshopRole(userId: $u, role: COMMITTEE, granted: true) { id } }`,
                {
                  u: theirs,
                },
              ),
            ['NOT_FOUND'],
          ],
          [
            'setWorkshopRole (their beheerder, in their werkplaats)',
            () =>
              admin.query(
                `mutation($u: ID!, $w: ID) { setWorkshopRole(userId: $u, role: ADMIN, granted: false, workshopId: $w) { id } }`,
                { u: theirAdmin, w },
              ),
            ['FORBIDDEN'],
          ],
          [
            'setWorkshopRole (the person of both, in their werkplaats)',
            () =>
              admin.query(
                `mutation($u: ID!, $w: ID) { setWorkshopRole(userId: $u, role: COMMITTEE, granted: true, workshopId: $w) { id } }`,
                { u: shared, w },
              ),
            ['FORBIDDEN'],
          ],
          [
            'startAccount',
            () =>
              admin.query(`mutation($i: StartAccountInput!) { startAccount(input: $i) { link } }`, {
                i: { workshopId: w, name: 'Indringer', email: 'indringer@example.nl' },
              }),
            ['FORBIDDEN'],
          ],
          [
            'setAccountBlocked',
            () =>
              admin.query(`mutation($u: ID!) { setAccountBlocked(userId: $u, blocked: true) { id } }`, {
                u: theirs,
              }),
            ['NOT_FOUND'],
          ],
          [
            'setAccountBlocked (naming their werkplaats)',
            () =>
              admin.query(
                `mutation($u: ID!, $w: ID) { setAccountBlocked(userId: $u, blocked: true, workshopId: $w) { id } }`,
                {
                  u: theirs,
                  w,
                },
              ),
            ['FORBIDDEN'],
          ],
          [
            'endSessions',
            () => admin.query(`mutation($u: ID!) { endSessions(userId: $u) }`, { u: theirs }),
            ['NOT_FOUND'],
          ],
        ];
        for (const [name, result, expected] of tries) {
          const got = code(await result());
          expect({ name, code: got }).toEqual({
            name,
            code: expect.stringMatching(new RegExp(`^(${expected.join('|')})$`)),
          });
        }
      }
      expect(await snapshot()).toEqual(before);
      expect(await t.prisma.user.count({ where: { email: 'indringer@example.nl' } })).toBe(0);
    });

    it('failing-agenda-elsewhere: each commissie keeps no agenda of the other, starts no atelier there, decides none of its requests', async () => {
      const snapshot = () =>
        Promise.all([
          t.prisma.socialIssue.findMany({ orderBy: { id: 'asc' } }),
          t.prisma.atelier.findMany({ orderBy: { id: 'asc' } }),
          t.prisma.joinRequest.findMany({ orderBy: { id: 'asc' } }),
          t.prisma.activity.count(),
        ]);
      const before = await snapshot();
      for (const { self, other, committee } of [
        { self: an, other: ll, committee: committeeAN },
        { self: ll, other: an, committee: committeeLL },
      ]) {
        const theirIssue = await t.prisma.socialIssue.findFirstOrThrow({
          where: { workshopId: other, status: 'ACTIVE', ateliers: { some: {} } },
          orderBy: { createdAt: 'asc' },
        });
        const theirOpenIssue = await t.prisma.socialIssue.findFirstOrThrow({
          where: { workshopId: other, status: 'ACTIVE', ateliers: { none: {} } },
        });
        const ownIssue = await t.prisma.socialIssue.findFirstOrThrow({
          where: { workshopId: self, status: 'ACTIVE' },
          orderBy: { createdAt: 'asc' },
        });
        const theirAtelier = await t.prisma.atelier.findFirstOrThrow({
          where: { socialIssueId: theirIssue.id },
        });
        const theirTrekker = gid('User', theirAtelier.trekkerId);
        const request = await t.prisma.joinRequest.findFirstOrThrow({
          where: { atelier: { workshopId: other }, status: 'PENDING' },
        });
        const tries: [string, () => Promise<GraphQLResponse>][] = [
          [
            'updateSocialIssue',
            () =>
              committee.query(
                `mutation($id: ID!, $i: UpdateSocialIssueInput!) { updateSocialIssue(id: $id, input: $i) { id } }`,
                {
                  id: gid('SocialIssue', theirIssue.id),
                  i: { title: 'Overgenomen', version: theirIssue.version },
                },
              ),
          ],
          [
            'lapseSocialIssue',
            () =>
              committee.query(
                `mutation($id: ID!) { lapseSocialIssue(id: $id, reason: "Van elders") { id } }`,
                {
                  id: gid('SocialIssue', theirIssue.id),
                },
              ),
          ],
          [
            'mergeSocialIssues (theirs into ours)',
            () =>
              committee.query(
                `mutation($s: ID!, $t: ID!) { mergeSocialIssues(sourceId: $s, targetId: $t) { id } }`,
                {
                  s: gid('SocialIssue', theirIssue.id),
                  t: gid('SocialIssue', ownIssue.id),
                },
              ),
          ],
          [
            'startAtelier',
            () =>
              committee.query(
                `mutation($s: ID!, $t: ID!) { startAtelier(socialIssueId: $s, trekkerId: $t) { id } }`,
                {
                  s: gid('SocialIssue', theirOpenIssue.id),
                  t: theirTrekker,
                },
              ),
          ],
          [
            'setAtelierJoinMode',
            () =>
              committee.query(`mutation($a: ID!) { setAtelierJoinMode(atelierId: $a, mode: OPEN) { id } }`, {
                a: gid('Atelier', theirAtelier.id),
              }),
          ],
          [
            'decideJoinRequest',
            () =>
              committee.query(`mutation($id: ID!) { decideJoinRequest(id: $id, accept: true) { id } }`, {
                id: gid('JoinRequest', request.id),
              }),
          ],
          [
            'planActivity',
            () =>
              committee.query(
                `mutation($a: ID!, $i: PlanActivityInput!) { planActivity(atelierId: $a, input: $i) { id } }`,
                {
                  a: gid('Atelier', theirAtelier.id),
                  i: {
                    kind: 'MEETING',
                    title: 'Bijeenkomst van elders',
                    startsAt: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString(),
                  },
                },
              ),
          ],
        ];
        for (const [name, result] of tries) {
          expect({ name, code: code(await result()) }).toEqual({
            name,
            code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
          });
        }
        // Merging one's own kwestie into theirs: refused, saying the two must be of one werkplaats.
        const merged = await committee.query(
          `mutation($s: ID!, $t: ID!) { mergeSocialIssues(sourceId: $s, targetId: $t) { id } }`,
          { s: gid('SocialIssue', ownIssue.id), t: gid('SocialIssue', theirIssue.id) },
        );
        expect(errorOf(merged)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targetId' });
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('the national theme page', () => {
    const THEME = `query($slug: String!) {
      nationalTheme(slug: $slug) {
        socialIssues(first: 100) { edges { node { id workshop { id } } } }
        insights(first: 100) { edges { node { id visibility atelier { workshop { id } } } } }
        products(first: 100) { edges { node { id visibility atelier { workshop { id } } } } }
      }
    }`;
    type Page = {
      socialIssues: Edges<{ id: string; workshop: { id: string } }>;
      insights: Edges<{ id: string; visibility: string; atelier: { workshop: { id: string } } }>;
      products: Edges<{ id: string; visibility: string; atelier: { workshop: { id: string } } }>;
    };

    it('successful-theme-both: a theme shows what both werkplaatsen share PUBLIC under it, and nothing below PUBLIC for anyone', async () => {
      const readers = {
        visitor,
        tribune,
        committeeAN,
        committeeLL,
        trekkerLL: await t.client().signIn(LINDELAND_TREKKER, DEMO_PASSWORD),
      };
      for (const slug of ['armoede', 'sociale-basis']) {
        const theme = await t.prisma.nationalTheme.findUniqueOrThrow({ where: { slug } });
        const underTheme = { atelier: { socialIssue: { nationalThemes: { some: { id: theme.id } } } } };
        const publicInsights = await t.prisma.insight.findMany({
          where: { visibility: 'PUBLIC', ...underTheme },
          select: { id: true },
        });
        const sharedBelowPublic = await t.prisma.insight.findMany({
          where: { visibility: { not: 'PUBLIC' }, ...underTheme },
          select: { id: true },
        });
        expect(sharedBelowPublic.length).toBeGreaterThanOrEqual(1);
        for (const [who, reader] of Object.entries(readers)) {
          const page = (await reader.ok<{ nationalTheme: Page }>(THEME, { slug })).nationalTheme;
          const insights = nodes(page.insights);
          expect({ who, slug, insights: insights.map((i) => i.id).sort() }).toEqual({
            who,
            slug,
            insights: publicInsights.map((i) => gid('Insight', i.id)).sort(),
          });
          for (const i of insights) expect(i.visibility).toBe('PUBLIC');
          for (const p of nodes(page.products)) expect(p.visibility).toBe('PUBLIC');
          const from = (items: { workshop: { id: string } }[]) => new Set(items.map((i) => i.workshop.id));
          expect(from(nodes(page.socialIssues))).toEqual(new Set([gid('Workshop', an), gid('Workshop', ll)]));
          expect(from(nodes(page.products).map((p) => p.atelier))).toEqual(
            new Set([gid('Workshop', an), gid('Workshop', ll)]),
          );
          expect(from(insights.map((i) => i.atelier))).toContain(gid('Workshop', ll));
        }
      }
    });
  });

  describe('the person of both werkplaatsen', () => {
    const FEED = `{ feed(first: 100) { edges { node {
      __typename
      ... on Lesson { id visibility atelier { id workshop { id } } }
      ... on Insight { id visibility atelier { id workshop { id } } }
    } } } }`;
    type Item = {
      __typename: string;
      id: string;
      visibility: string;
      atelier: { id: string; workshop: { id: string } };
    };

    it('successful-feed-both: tribune@’s feed holds what the tribune of the ateliers she follows may read, in each werkplaats, and nothing else', async () => {
      const me = await t.prisma.user.findUniqueOrThrow({ where: { email: DEMO.tribune } });
      const followed = await t.prisma.participation.findMany({
        where: { userId: me.id, status: 'ACTIVE' },
        select: { atelierId: true, role: true, atelier: { select: { workshopId: true } } },
      });
      expect(followed.every((p) => p.role === 'TRIBUNE')).toBe(true);
      expect(new Set(followed.map((p) => p.atelier.workshopId))).toEqual(new Set([an, ll]));
      const shared = {
        atelierId: { in: followed.map((p) => p.atelierId) },
        visibility: { in: ['TRIBUNE', 'PUBLIC'] as ('TRIBUNE' | 'PUBLIC')[] },
        sharedAt: { not: null },
      };
      const expected = [
        ...(await t.prisma.lesson.findMany({ where: shared, select: { id: true } })).map((l) =>
          gid('Lesson', l.id),
        ),
        ...(await t.prisma.insight.findMany({ where: shared, select: { id: true } })).map((i) =>
          gid('Insight', i.id),
        ),
      ];

      const items = nodes<Item>((await tribune.ok(FEED)).feed);
      expect(items.map((i) => i.id).sort()).toEqual(expected.sort());
      for (const item of items) {
        expect(['TRIBUNE', 'PUBLIC']).toContain(item.visibility);
        expect(followed.map((p) => gid('Atelier', p.atelierId))).toContain(item.atelier.id);
      }
      expect(new Set(items.map((i) => i.atelier.workshop.id))).toEqual(
        new Set([gid('Workshop', an), gid('Workshop', ll)]),
      );
    });

    it('failing-below-tribune: in neither werkplaats does she read a lesson or insight below TRIBUNE, nor the tribune of an atelier she does not follow', async () => {
      const LESSON = `query($id: ID!) { lesson(id: $id) { id } }`;
      const INSIGHT = `query($id: ID!) { insight(id: $id) { id } }`;
      const me = await t.prisma.user.findUniqueOrThrow({ where: { email: DEMO.tribune } });
      for (const workshopId of [an, ll]) {
        const below = await t.prisma.lesson.findMany({
          where: { atelier: { workshopId }, visibility: { in: ['DRAFT', 'PRACTICE', 'ARENA'] } },
          select: { id: true },
        });
        expect(below.length).toBeGreaterThanOrEqual(3);
        for (const l of below)
          expect(code(await tribune.query(LESSON, { id: gid('Lesson', l.id) }))).toBe('NOT_FOUND');
        const arenaInsights = await t.prisma.insight.findMany({
          where: { atelier: { workshopId }, visibility: 'ARENA' },
          select: { id: true },
        });
        expect(arenaInsights.length).toBeGreaterThanOrEqual(1);
        for (const i of arenaInsights) {
          expect(code(await tribune.query(INSIGHT, { id: gid('Insight', i.id) }))).toBe('NOT_FOUND');
        }
        const notFollowed = await t.prisma.lesson.findMany({
          where: {
            atelier: { workshopId, participations: { none: { userId: me.id } } },
            visibility: 'TRIBUNE',
          },
          select: { id: true },
        });
        expect(notFollowed.length).toBeGreaterThanOrEqual(1);
        for (const l of notFollowed) {
          expect(code(await tribune.query(LESSON, { id: gid('Lesson', l.id) }))).toBe('NOT_FOUND');
        }
      }
    });
  });
});

describe('seeding the demo per werkplaats', () => {
  it('successful-seed-added-werkplaats: a database that has Arnhem-Nijmegen but not Lindeland gains Lindeland; again, nothing changes', async () => {
    const database = await createTestDatabase();
    const pool = createPool(database.url, { embedded: database.kind === 'embedded' });
    const prisma = new PrismaService(pool);
    try {
      expect((await seedDemoData(prisma)).workshops).toEqual(['arnhem-nijmegen', 'lindeland']);
      // As a database seeded before Lindeland was part of the demo: Lindeland and its own people gone.
      await prisma.atelier.deleteMany({ where: { workshop: { slug: 'lindeland' } } });
      await prisma.workshop.delete({ where: { slug: 'lindeland' } });
      await prisma.user.deleteMany({ where: { email: { in: ONLY_LINDELAND } } });
      const counts = () =>
        Promise.all([
          prisma.socialIssue.count({ where: { workshop: { slug: 'arnhem-nijmegen' } } }),
          prisma.lesson.count(),
          prisma.user.count(),
          prisma.participation.count({ where: { user: { email: DEMO.tribune } } }),
        ]);
      const [issuesAN, lessons, users, tribuneIn] = await counts();

      expect(await seedDemoData(prisma)).toEqual({ created: true, workshops: ['lindeland'] });
      const [issuesANAfter, lessonsAfter, usersAfter, tribuneInAfter] = await counts();
      expect(issuesANAfter).toBe(issuesAN);
      expect(lessonsAfter).toBe(lessons + LINDELAND.lessons.length);
      expect(usersAfter).toBe(users + LINDELAND.people.length);
      // The tribune member of Arnhem-Nijmegen is the same account, now following a Lindeland atelier too.
      expect(tribuneInAfter).toBe(tribuneIn + 1);

      const again = await counts();
      expect(await seedDemoData(prisma)).toEqual({ created: false, workshops: [] });
      expect(await counts()).toEqual(again);
    } finally {
      await prisma.$disconnect();
      await pool.end();
      await database.dispose();
    }
  }, 120_000);
});
