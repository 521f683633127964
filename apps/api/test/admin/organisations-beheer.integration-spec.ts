// Beheer of the organisations and gemeenten of a werkplaats: merging duplicates, listing or declining what people
// proposed, who belongs to an organisation, and the kernen of a gemeente. A is the demo's werkplaats, B a second
// one beside it; a beheerder of one has no powers in the other. Organisations of the list are read by everyone,
// so changing another werkplaats's is FORBIDDEN; a proposal of another werkplaats is not even found (NOT_FOUND).
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

const MERGE = `mutation($d: ID!, $i: ID!) { mergeOrganisations(duplicateId: $d, intoId: $i) { id name status } }`;
const DECIDE_ORG = `mutation($id: ID!, $l: Boolean!) { decideOrganisation(id: $id, listed: $l) { id status } }`;
const PROPOSED = `query($w: ID) { proposedOrganisations(first: 100, workshopId: $w) { totalCount edges { node { id name status } } } }`;
const MEMBERS = `query($w: ID) {
  organisations(first: 100, workshopId: $w) { edges { node { id memberships { id status isContact user { id } } } } }
}`;
const LISTED = `query($w: ID) { organisations(first: 100, workshopId: $w) { edges { node { id } } } }`;
const UPDATE_GEMEENTE = `mutation($id: ID!, $i: MunicipalityInput!) {
  updateMunicipality(id: $id, input: $i) { id name region places }
}`;

const code = (result: GraphQLResponse) => errorOf(result)?.code;
const unique = (prefix: string) => `${prefix} ${randomUUID().slice(0, 6)}`;

describe('beheer of organisations and gemeenten, per werkplaats', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let aId: string;
  let b: SecondWorkshop;
  let adminA: GraphQLClient;
  let adminAId: string;
  let adminB: GraphQLClient;
  let committeeA: GraphQLClient;
  let arenaA: GraphQLClient;
  /** A beheerder of both A and B. */
  let both: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    aId = (await f.municipality('Nijmegen')).workshopId;
    b = await secondWorkshop(t.prisma, 'samenvoegland');
    adminA = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    adminAId = (await f.user(DEMO.admin)).id;
    committeeA = await t.client().signIn(DEMO.committee, DEMO_PASSWORD);
    arenaA = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    adminB = await t.client().signIn(b.people.admin.email, b.password);
    const twice = await person(t, { name: 'Beheerder van twee werkplaatsen' });
    await t.prisma.workshopRole.createMany({
      data: [
        { userId: twice.userId, workshopId: aId, role: 'ADMIN' },
        { userId: twice.userId, workshopId: b.workshop.id, role: 'ADMIN' },
      ],
    });
    both = twice.client;
  });
  afterAll(() => t.close());

  const organisation = (
    workshopId: string,
    status: 'LISTED' | 'PROPOSED' = 'LISTED',
    name = unique('Buurtwerk'),
  ) => t.prisma.organisation.create({ data: { workshopId, name, kind: 'WELFARE', status } });
  const auditOf = (action: string, targetId: string) =>
    t.prisma.auditEvent.findMany({ where: { action, targetId } });

  describe('mergeOrganisations', () => {
    it('successful-merge: memberships, participations and join requests move to the one kept; nothing is lost', async () => {
      const atelier = await f.atelierOf(LONELINESS);
      const duplicate = await organisation(aId, 'LISTED', unique('Welzijn Nijmegen-Oost'));
      const kept = await organisation(aId, 'LISTED', unique('Welzijn Nijmegen Oost'));
      const onlyDuplicate = await f.person('Alleen bij het dubbele');
      const contactOfDuplicate = await f.person('Contact van het dubbele, vraagt bij het behouden');
      const confirmedAtKept = await f.person('Bevestigd bij het behouden, vraagt bij het dubbele');
      const onlyKept = await f.person('Alleen bij het behouden');
      await t.prisma.membership.createMany({
        data: [
          {
            userId: onlyDuplicate.id,
            organisationId: duplicate.id,
            status: 'REQUESTED',
            function: 'buurtwerker',
          },
          {
            userId: contactOfDuplicate.id,
            organisationId: duplicate.id,
            status: 'CONFIRMED',
            isContact: true,
          },
          { userId: contactOfDuplicate.id, organisationId: kept.id, status: 'REQUESTED' },
          { userId: confirmedAtKept.id, organisationId: duplicate.id, status: 'REQUESTED' },
          {
            userId: confirmedAtKept.id,
            organisationId: kept.id,
            status: 'CONFIRMED',
            function: 'coördinator',
          },
          { userId: onlyKept.id, organisationId: kept.id, status: 'CONFIRMED' },
        ],
      });
      const told = await t.prisma.membership.findFirstOrThrow({
        where: { userId: contactOfDuplicate.id, organisationId: duplicate.id },
      });
      await t.prisma.notification.create({
        data: { userId: contactOfDuplicate.id, kind: 'MEMBERSHIP_DECIDED', membershipId: told.id },
      });
      await t.prisma.participation.create({
        data: {
          atelierId: atelier.id,
          userId: contactOfDuplicate.id,
          role: 'ARENA',
          organisationId: duplicate.id,
        },
      });
      const asks = await f.person('Vraagt namens het dubbele');
      await t.prisma.joinRequest.create({
        data: {
          atelierId: atelier.id,
          userId: asks.id,
          role: 'ARENA',
          kind: 'REQUEST',
          createdById: asks.id,
          organisationId: duplicate.id,
        },
      });
      const people = async () =>
        new Set(
          (
            await t.prisma.membership.findMany({
              where: { organisationId: { in: [duplicate.id, kept.id] } },
              select: { userId: true },
            })
          ).map((m) => m.userId),
        );
      const before = {
        people: await people(),
        participations: await t.prisma.participation.count({
          where: { organisationId: { in: [duplicate.id, kept.id] } },
        }),
        joinRequests: await t.prisma.joinRequest.count({
          where: { organisationId: { in: [duplicate.id, kept.id] } },
        }),
        notifications: await t.prisma.notification.count({ where: { userId: contactOfDuplicate.id } }),
        organisations: await t.prisma.organisation.count({ where: { workshopId: aId } }),
      };

      const merged = await adminA.ok(MERGE, {
        d: gid('Organisation', duplicate.id),
        i: gid('Organisation', kept.id),
      });

      expect(merged.mergeOrganisations).toEqual({
        id: gid('Organisation', kept.id),
        name: kept.name,
        status: 'LISTED',
      });
      expect(await t.prisma.organisation.findUnique({ where: { id: duplicate.id } })).toBeNull();
      expect(await t.prisma.organisation.count({ where: { workshopId: aId } })).toBe(
        before.organisations - 1,
      );
      const after = await t.prisma.membership.findMany({ where: { organisationId: kept.id } });
      expect(new Set(after.map((m) => m.userId))).toEqual(before.people);
      expect(after).toHaveLength(before.people.size);
      const of = (userId: string) => after.find((m) => m.userId === userId);
      expect(of(onlyDuplicate.id)).toMatchObject({ status: 'REQUESTED', function: 'buurtwerker' });
      // The stronger membership wins, and the contact stays contact.
      expect(of(contactOfDuplicate.id)).toMatchObject({ status: 'CONFIRMED', isContact: true });
      expect(of(confirmedAtKept.id)).toMatchObject({ status: 'CONFIRMED', function: 'coördinator' });
      expect(of(onlyKept.id)).toMatchObject({ status: 'CONFIRMED' });
      expect(await t.prisma.participation.count({ where: { organisationId: kept.id } })).toBe(
        before.participations,
      );
      expect(await t.prisma.joinRequest.count({ where: { organisationId: kept.id } })).toBe(
        before.joinRequests,
      );
      // What the contact was told stays theirs to read.
      expect(await t.prisma.notification.count({ where: { userId: contactOfDuplicate.id } })).toBe(
        before.notifications,
      );

      const [event] = await auditOf('organisation.merged', kept.id);
      expect(event).toMatchObject({
        workshopId: aId,
        actorId: adminAId,
        details: expect.objectContaining({ name: kept.name, duplicateName: duplicate.name }),
      });
    });

    it('successful-merge-proposal: a proposal merged into a listed organisation brings its requests along', async () => {
      const proposal = await organisation(aId, 'PROPOSED');
      const listed = await organisation(aId);
      const asker = await f.person('Stelde een organisatie voor');
      await t.prisma.membership.create({ data: { userId: asker.id, organisationId: proposal.id } });
      const merged = await adminA.ok(MERGE, {
        d: gid('Organisation', proposal.id),
        i: gid('Organisation', listed.id),
      });
      expect(merged.mergeOrganisations.status).toBe('LISTED');
      expect(
        await t.prisma.membership.findFirst({ where: { userId: asker.id, organisationId: listed.id } }),
      ).toMatchObject({ status: 'REQUESTED' });
    });

    it('successful-merge-listed-into-proposal: merging a listed duplicate into a proposal leaves the one kept listed', async () => {
      const listed = await organisation(aId);
      const proposal = await organisation(aId, 'PROPOSED');
      const merged = await adminA.ok(MERGE, {
        d: gid('Organisation', listed.id),
        i: gid('Organisation', proposal.id),
      });
      expect(merged.mergeOrganisations).toMatchObject({ name: proposal.name, status: 'LISTED' });
      // The merge shows in A's audit log, not in B's.
      const AUDIT = `query($w: ID) { auditEvents(first: 100, workshopId: $w) { edges { node { action targetId } } } }`;
      const mergedIn = async (client: GraphQLClient) =>
        (await client.ok(AUDIT)).auditEvents.edges.some(
          (e: any) =>
            e.node.action === 'organisation.merged' && e.node.targetId === gid('Organisation', proposal.id),
        );
      expect(await mergedIn(adminA)).toBe(true);
      expect(await mergedIn(adminB)).toBe(false);
    });

    it('failing-merge-itself: an organisation is not merged into itself', async () => {
      const one = await organisation(aId);
      const result = await adminA.query(MERGE, {
        d: gid('Organisation', one.id),
        i: gid('Organisation', one.id),
      });
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'intoId' });
      expect(await t.prisma.organisation.findUnique({ where: { id: one.id } })).not.toBeNull();
    });

    it('failing-merge-across: organisations of two werkplaatsen are never merged, by anyone', async () => {
      const inA = await organisation(aId);
      const inB = await organisation(b.workshop.id);
      const pairs = [
        [inB.id, inA.id],
        [inA.id, inB.id],
      ] as const;
      for (const [d, i] of pairs) {
        const variables = { d: gid('Organisation', d), i: gid('Organisation', i) };
        expect(code(await adminA.query(MERGE, variables))).toBe('FORBIDDEN');
        expect(code(await adminB.query(MERGE, variables))).toBe('FORBIDDEN');
        expect(errorOf(await both.query(MERGE, variables))).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'intoId',
        });
      }
      // Both of B, but by A's beheerder.
      const otherB = await organisation(b.workshop.id);
      expect(
        code(
          await adminA.query(MERGE, {
            d: gid('Organisation', otherB.id),
            i: gid('Organisation', inB.id),
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(await t.prisma.organisation.count({ where: { id: { in: [inA.id, inB.id, otherB.id] } } })).toBe(
        3,
      );
      expect(
        await t.prisma.auditEvent.count({
          where: { action: 'organisation.merged', targetId: { in: [inA.id, inB.id] } },
        }),
      ).toBe(0);
    });

    it('failing-merge-not-beheerder: the commissie, a partner and a visitor merge nothing; another werkplaats’s proposal is not found', async () => {
      const one = await organisation(aId);
      const other = await organisation(aId);
      const variables = { d: gid('Organisation', one.id), i: gid('Organisation', other.id) };
      expect(code(await committeeA.query(MERGE, variables))).toBe('FORBIDDEN');
      expect(code(await arenaA.query(MERGE, variables))).toBe('FORBIDDEN');
      expect(code(await t.client().query(MERGE, variables))).toBe('UNAUTHENTICATED');
      const proposalB = await organisation(b.workshop.id, 'PROPOSED');
      const listedB = await organisation(b.workshop.id);
      expect(
        code(
          await adminA.query(MERGE, {
            d: gid('Organisation', proposalB.id),
            i: gid('Organisation', listedB.id),
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(
        await t.prisma.organisation.count({ where: { id: { in: [one.id, other.id, proposalB.id] } } }),
      ).toBe(3);
    });
  });

  describe('proposed organisations', () => {
    it('successful-proposed-list: a beheerder reads the proposals of their own werkplaats only', async () => {
      const inA = await organisation(aId, 'PROPOSED');
      const inB = await organisation(b.workshop.id, 'PROPOSED');
      const names = (result: any) => result.proposedOrganisations.edges.map((e: any) => e.node.name);
      expect(names(await adminA.ok(PROPOSED, { w: gid('Workshop', aId) }))).toContain(inA.name);
      expect(names(await adminA.ok(PROPOSED, { w: gid('Workshop', aId) }))).not.toContain(inB.name);
      expect(names(await adminB.ok(PROPOSED))).toEqual(expect.arrayContaining([inB.name]));
      expect(names(await adminB.ok(PROPOSED))).not.toContain(inA.name);
      expect(code(await adminA.query(PROPOSED, { w: gid('Workshop', b.workshop.id) }))).toBe('FORBIDDEN');
      expect(code(await committeeA.query(PROPOSED))).toBe('FORBIDDEN');
    });

    it('successful-list-proposal: listed, it joins the public list; the request stays to be confirmed; audited', async () => {
      const proposal = await organisation(aId, 'PROPOSED');
      const asker = await f.person('Stelde voor');
      await t.prisma.membership.create({ data: { userId: asker.id, organisationId: proposal.id } });
      const listed = await adminA.ok(DECIDE_ORG, { id: gid('Organisation', proposal.id), l: true });
      expect(listed.decideOrganisation.status).toBe('LISTED');
      const publicList = await t.client().ok(LISTED, { w: gid('Workshop', aId) });
      expect(publicList.organisations.edges.map((e: any) => e.node.id)).toContain(
        gid('Organisation', proposal.id),
      );
      expect(await t.prisma.membership.findFirst({ where: { organisationId: proposal.id } })).toMatchObject({
        status: 'REQUESTED',
      });
      expect(await auditOf('organisation.listed', proposal.id)).toEqual([
        expect.objectContaining({ actorId: adminAId, details: { name: proposal.name } }),
      ]);
    });

    it('successful-decline-proposal: declined, its open requests are declined too and the people told; audited', async () => {
      const proposal = await organisation(aId, 'PROPOSED');
      const asker = await f.person('Stelde voor, wordt afgewezen');
      const membership = await t.prisma.membership.create({
        data: { userId: asker.id, organisationId: proposal.id },
      });
      const declined = await adminA.ok(DECIDE_ORG, { id: gid('Organisation', proposal.id), l: false });
      expect(declined.decideOrganisation.status).toBe('DECLINED');
      expect(await t.prisma.membership.findUniqueOrThrow({ where: { id: membership.id } })).toMatchObject({
        status: 'DECLINED',
        decidedById: adminAId,
      });
      expect(
        await t.prisma.notification.count({
          where: { userId: asker.id, kind: 'MEMBERSHIP_DECIDED', membershipId: membership.id },
        }),
      ).toBe(1);
      expect(await auditOf('organisation.declined', proposal.id)).toHaveLength(1);
      expect(await auditOf('membership.declined', membership.id)).toHaveLength(1);
      // Out of the list, and out of the beheerder's queue of proposals.
      const waiting = await adminA.ok(PROPOSED, { w: gid('Workshop', aId) });
      expect(waiting.proposedOrganisations.edges.map((e: any) => e.node.id)).not.toContain(
        gid('Organisation', proposal.id),
      );
    });

    it('failing-decide-organisation: listed ones are not decided again; only a beheerder of its werkplaats decides', async () => {
      const listed = await organisation(aId);
      const again = await adminA.query(DECIDE_ORG, { id: gid('Organisation', listed.id), l: false });
      expect(errorOf(again)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(again.errors?.[0]?.message).toMatch(/in the list already/);

      const proposal = await organisation(aId, 'PROPOSED');
      const id = gid('Organisation', proposal.id);
      // B's beheerder and A's commissie cannot read A's proposal at all; a listed one of A is FORBIDDEN to B.
      expect(code(await adminB.query(DECIDE_ORG, { id, l: true }))).toBe('NOT_FOUND');
      expect(code(await committeeA.query(DECIDE_ORG, { id, l: true }))).toBe('NOT_FOUND');
      expect(code(await adminB.query(DECIDE_ORG, { id: gid('Organisation', listed.id), l: false }))).toBe(
        'FORBIDDEN',
      );
      expect((await t.prisma.organisation.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe(
        'PROPOSED',
      );
      // A beheerder of both decides it.
      expect((await both.ok(DECIDE_ORG, { id, l: true })).decideOrganisation.status).toBe('LISTED');
    });
  });

  describe('who belongs to an organisation', () => {
    it('successful-members: everyone reads the confirmed members; the beheerder also the requests', async () => {
      const org = await organisation(aId);
      const confirmed = await f.person('Bevestigd lid');
      const asking = await f.person('Vraagt lid te worden');
      await t.prisma.membership.createMany({
        data: [
          { userId: confirmed.id, organisationId: org.id, status: 'CONFIRMED' },
          { userId: asking.id, organisationId: org.id },
        ],
      });
      const membersOf = async (client: GraphQLClient) => {
        const result = await client.ok(MEMBERS, { w: gid('Workshop', aId) });
        const node = result.organisations.edges.find((e: any) => e.node.id === gid('Organisation', org.id));
        // Made in one statement, the two share a creation time: their order is not the point.
        return node.node.memberships.map((m: any) => [m.user.id, m.status]).sort();
      };
      expect(await membersOf(t.client())).toEqual([[gid('User', confirmed.id), 'CONFIRMED']]);
      expect(await membersOf(adminB)).toEqual([[gid('User', confirmed.id), 'CONFIRMED']]);
      expect(await membersOf(adminA)).toEqual(
        [
          [gid('User', confirmed.id), 'CONFIRMED'],
          [gid('User', asking.id), 'REQUESTED'],
        ].sort(),
      );
    });
  });

  describe('gemeenten and kernen', () => {
    const input = (m: { name: string; cbsCode: string }, places: string[], extra: object = {}) => ({
      name: m.name,
      cbsCode: m.cbsCode,
      region: 'Rijk van Nijmegen',
      places,
      ...extra,
    });

    it('successful-kernen: a beheerder adds and removes kernen and changes the name and region; audited', async () => {
      const gemeente = await t.prisma.municipality.create({
        data: { workshopId: aId, name: 'Kerndorp', cbsCode: 'GM8801', places: ['Oud', 'Weg'] },
      });
      const changed = await adminA.ok(UPDATE_GEMEENTE, {
        id: gid('Municipality', gemeente.id),
        i: input({ name: 'Kernstad', cbsCode: 'GM8801' }, ['Oud', 'Nieuw']),
      });
      expect(changed.updateMunicipality).toMatchObject({
        name: 'Kernstad',
        region: 'Rijk van Nijmegen',
        places: ['Oud', 'Nieuw'],
      });
      expect(await auditOf('municipality.updated', gemeente.id)).toEqual([
        expect.objectContaining({
          actorId: adminAId,
          details: { name: 'Kernstad', kernen: { added: ['Nieuw'], removed: ['Weg'] } },
        }),
      ]);
    });

    it('failing-kernen: an empty name, an empty kern or the same kern twice is refused, naming the field', async () => {
      const gemeente = await t.prisma.municipality.create({
        data: { workshopId: aId, name: 'Dubbeldorp', cbsCode: 'GM8802', places: ['Noord'] },
      });
      const id = gid('Municipality', gemeente.id);
      const twice = await adminA.query(UPDATE_GEMEENTE, { id, i: input(gemeente, ['Noord', 'noord ']) });
      expect(errorOf(twice)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.places' });
      expect(twice.errors?.[0]?.message).toMatch(/twice/);
      const empty = await adminA.query(UPDATE_GEMEENTE, { id, i: input(gemeente, ['Noord', '  ']) });
      expect(errorOf(empty)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.places.1' });
      const noName = await adminA.query(UPDATE_GEMEENTE, {
        id,
        i: input({ name: ' ', cbsCode: gemeente.cbsCode }, ['Noord']),
      });
      expect(errorOf(noName)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
      expect((await t.prisma.municipality.findUniqueOrThrow({ where: { id: gemeente.id } })).places).toEqual([
        'Noord',
      ]);
      expect(await auditOf('municipality.updated', gemeente.id)).toHaveLength(0);
    });

    it('failing-kernen-elsewhere: a beheerder of B changes no kernen of A', async () => {
      const gemeente = await t.prisma.municipality.create({
        data: { workshopId: aId, name: 'Grensdorp', cbsCode: 'GM8803', places: ['Binnen'] },
      });
      const result = await adminB.query(UPDATE_GEMEENTE, {
        id: gid('Municipality', gemeente.id),
        i: input(gemeente, ['Binnen', 'Buiten']),
      });
      expect(code(result)).toBe('FORBIDDEN');
      expect((await t.prisma.municipality.findUniqueOrThrow({ where: { id: gemeente.id } })).places).toEqual([
        'Binnen',
      ]);
    });
  });
});
