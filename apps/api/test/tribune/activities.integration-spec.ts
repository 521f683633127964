import { DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { countStatements } from '../support/statement-counter.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { demoClients, errorOf, inDays, person, type DemoRole } from './tribune-fixtures.js';

/**
 * Tribune activities: the trekker (or the commissie) plans them, everyone who follows the atelier sees
 * them, is told, and registers; capacity holds however many register at once.
 */
const ACTIVITY_FIELDS = `id kind title description startsAt endsAt location onlineUrl capacity cancelledAt
  registrationCount placesLeft myRegistration { id } municipality { name } plannedBy { name } atelier { title }`;
const PLAN = `mutation($a: ID!, $i: PlanActivityInput!) { planActivity(atelierId: $a, input: $i) { ${ACTIVITY_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateActivityInput!) { updateActivity(id: $id, input: $i) { ${ACTIVITY_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelActivity(id: $id) { id cancelledAt } }`;
const REGISTER = `mutation($a: ID!) { registerForActivity(activityId: $a) { id createdAt cancelledAt user { name } activity { title registrationCount } } }`;
const CANCEL_REGISTRATION = `mutation($a: ID!) { cancelRegistration(activityId: $a) }`;
const ACTIVITY = `query($id: ID!) { activity(id: $id) { ${ACTIVITY_FIELDS} } }`;
/** The database id inside a global ID. */
const rawId = (globalId: string): string =>
  Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { kind activity { id title cancelledAt } } } } }`;

describe('tribune activities', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let atelierGid: string;
  let nijmegenGid: string;
  let c: Record<DemoRole | 'visitor', GraphQLClient>;
  let outsider: GraphQLClient;

  const planInput = (overrides: Record<string, unknown> = {}) => ({
    kind: 'THEME_DISCUSSION',
    title: 'Themabespreking: ontmoeten in de wijk',
    description: 'We bespreken wat de praktijken leerden over ontmoetingsplekken.',
    startsAt: inDays(14),
    endsAt: new Date(Date.parse(inDays(14)) + 2 * 60 * 60 * 1000).toISOString(),
    municipalityId: nijmegenGid,
    location: 'Wijkcentrum De Biezantijn',
    capacity: 25,
    ...overrides,
  });

  async function plan(overrides: Record<string, unknown> = {}, by: GraphQLClient = c.trekker) {
    const data = await by.ok(PLAN, { a: atelierGid, i: planInput(overrides) });
    return data.planActivity;
  }

  async function activityKinds(client: GraphQLClient, activityId: string): Promise<string[]> {
    const data = await client.ok(NOTIFICATIONS);
    return data.notifications.edges
      .filter((e: any) => e.node.activity?.id === activityId)
      .map((e: any) => e.node.kind);
  }

  beforeAll(async () => {
    // The response cache off: some cases count the statements a query runs, and a kept answer runs none.
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    atelierGid = gid('Atelier', atelierId);
    nijmegenGid = gid('Municipality', (await f.municipality('Nijmegen')).id);
    c = await demoClients(t);
    outsider = (await person(t, { name: 'Buitenstaander' })).client;
  });
  afterAll(() => t.close());

  describe('successful-plan-activity', () => {
    it('the trekker plans a session in Nijmegen; the tribune sees it in the atelier and can open it', async () => {
      const planned = await plan();
      expect(planned).toMatchObject({
        kind: 'THEME_DISCUSSION',
        title: 'Themabespreking: ontmoeten in de wijk',
        location: 'Wijkcentrum De Biezantijn',
        onlineUrl: null,
        capacity: 25,
        cancelledAt: null,
        registrationCount: 0,
        placesLeft: 25,
        myRegistration: null,
        municipality: { name: 'Nijmegen' },
        atelier: { title: expect.any(String) },
      });
      expect(planned.plannedBy.name).toEqual(expect.any(String));

      const seen = await c.tribune.ok(
        `query($id: ID!) { atelier(id: $id) { activities(upcoming: true) { id title } } }`,
        { id: atelierGid },
      );
      expect(seen.atelier.activities.map((a: any) => a.id)).toContain(planned.id);
      const opened = await c.tribune.ok(ACTIVITY, { id: planned.id });
      expect(opened.activity.title).toBe(planned.title);
      const node = await c.tribune.ok(`query($id: ID!) { node(id: $id) { id ... on Activity { title } } }`, {
        id: planned.id,
      });
      expect(node.node).toEqual({ id: planned.id, title: planned.title });
    });

    it('tells the tribune and the arena of the atelier, not the trekker who planned it', async () => {
      const planned = await plan({ title: 'Netwerkbijeenkomst eenzaamheid', kind: 'NETWORK_MEETING' });
      expect(await activityKinds(c.tribune, planned.id)).toEqual(['ACTIVITY_PLANNED']);
      expect(await activityKinds(c.arena, planned.id)).toEqual(['ACTIVITY_PLANNED']);
      expect(await activityKinds(c.trekker, planned.id)).toEqual([]);
      const tribuneNotice = await c.tribune.ok(NOTIFICATIONS);
      const notice = tribuneNotice.notifications.edges.find(
        (e: any) => e.node.activity?.id === planned.id,
      ).node;
      expect(notice.activity.title).toBe('Netwerkbijeenkomst eenzaamheid');
    });

    it('the programmacommissie plans an online learning session: an https link is place enough', async () => {
      const planned = await plan(
        {
          kind: 'LEARNING_SESSION',
          title: 'Leer- en ontwikkelsessie online',
          municipalityId: null,
          location: null,
          onlineUrl: 'https://meet.example.nl/leersessie',
          capacity: null,
          endsAt: null,
        },
        c.committee,
      );
      expect(planned).toMatchObject({
        kind: 'LEARNING_SESSION',
        onlineUrl: 'https://meet.example.nl/leersessie',
        municipality: null,
        capacity: null,
        placesLeft: null,
        endsAt: null,
      });
      // The trekker is told when someone else plans in their atelier.
      expect(await activityKinds(c.trekker, planned.id)).toEqual(['ACTIVITY_PLANNED']);
    });

    it('lists upcoming activities soonest first and past ones latest first', async () => {
      const later = await plan({ title: 'Later in het jaar', startsAt: inDays(90), endsAt: null });
      const sooner = await plan({ title: 'Al snel', startsAt: inDays(2), endsAt: null });
      const past = await t.prisma.activity.create({
        data: {
          atelierId,
          plannedById: (await f.user('trekker@demo.werkplaats.nl')).id,
          kind: 'MEETING',
          title: 'Ontmoeting van vorige maand',
          startsAt: new Date(Date.now() - 30 * 86_400_000),
          location: 'Arnhem',
        },
      });
      const data = await c.tribune.ok(
        `query($id: ID!) { atelier(id: $id) { upcoming: activities(upcoming: true) { id startsAt } past: activities(upcoming: false) { id } } }`,
        { id: atelierGid },
      );
      const upcoming = data.atelier.upcoming.map((a: any) => a.id);
      expect(upcoming.indexOf(sooner.id)).toBeLessThan(upcoming.indexOf(later.id));
      const starts = data.atelier.upcoming.map((a: any) => Date.parse(a.startsAt));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(upcoming).not.toContain(gid('Activity', past.id));
      expect(data.atelier.past.map((a: any) => a.id)).toContain(gid('Activity', past.id));
    });
  });

  describe('failing-plan-activity', () => {
    it('refuses a visitor (UNAUTHENTICATED) and everyone who does not lead the atelier (FORBIDDEN)', async () => {
      const before = await t.prisma.activity.count();
      expect(errorOf(await c.visitor.query(PLAN, { a: atelierGid, i: planInput() }))?.code).toBe(
        'UNAUTHENTICATED',
      );
      for (const client of [outsider, c.tribune, c.arena, c.admin]) {
        expect(errorOf(await client.query(PLAN, { a: atelierGid, i: planInput() }))?.code).toBe('FORBIDDEN');
      }
      expect(await t.prisma.activity.count()).toBe(before);
    });

    it.each([
      ['a title of two characters', { title: 'ab' }, 'input.title'],
      ['a title of 201 characters', { title: 'x'.repeat(201) }, 'input.title'],
      ['a description of 5001 characters', { description: 'x'.repeat(5001) }, 'input.description'],
      ['a start in the past', { startsAt: inDays(-1), endsAt: null }, 'input.startsAt'],
      ['an end before the start', { startsAt: inDays(5), endsAt: inDays(4) }, 'input.endsAt'],
      ['no place at all', { municipalityId: null, location: '   ', onlineUrl: null }, 'input.location'],
      ['an http link', { onlineUrl: 'http://meet.example.nl/x' }, 'input.onlineUrl'],
      ['a link that is none', { onlineUrl: 'javascript:alert(1)' }, 'input.onlineUrl'],
      ['a capacity of 0', { capacity: 0 }, 'input.capacity'],
      ['a capacity above 10,000', { capacity: 10_001 }, 'input.capacity'],
      [
        'an atelier id as the gemeente',
        { municipalityId: 'QXRlbGllcjowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA' },
        'input.municipalityId',
      ],
      [
        'a gemeente that does not exist',
        { municipalityId: gid('Municipality', '00000000-0000-4000-8000-000000000000') },
        'input.municipalityId',
      ],
    ])('refuses %s (BAD_USER_INPUT naming the field)', async (_what, overrides, field) => {
      const before = await t.prisma.activity.count();
      const result = await c.trekker.query(PLAN, { a: atelierGid, i: planInput(overrides) });
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await t.prisma.activity.count()).toBe(before);
    });
  });

  describe('successful-update-and-cancel', () => {
    it('the trekker moves the session and lowers the capacity; those who follow are told', async () => {
      const planned = await plan({ title: 'Ontmoeting in het buurthuis' });
      const startsAt = inDays(21);
      const moved = await c.trekker.ok(UPDATE, {
        id: planned.id,
        i: { startsAt, endsAt: null, capacity: 12, location: 'Buurthuis De Klif' },
      });
      expect(moved.updateActivity).toMatchObject({
        capacity: 12,
        placesLeft: 12,
        endsAt: null,
        location: 'Buurthuis De Klif',
        title: 'Ontmoeting in het buurthuis',
        municipality: { name: 'Nijmegen' },
      });
      expect(Date.parse(moved.updateActivity.startsAt)).toBe(Date.parse(startsAt));
      expect(await activityKinds(c.tribune, planned.id)).toEqual(['ACTIVITY_CHANGED', 'ACTIVITY_PLANNED']);
    });

    it('an update that changes nothing tells no one; null clears the gemeente while a location remains', async () => {
      const planned = await plan({ title: 'Niets nieuws' });
      await c.trekker.ok(UPDATE, { id: planned.id, i: { title: 'Niets nieuws', capacity: 25 } });
      expect(await activityKinds(c.tribune, planned.id)).toEqual(['ACTIVITY_PLANNED']);
      const cleared = await c.trekker.ok(UPDATE, { id: planned.id, i: { municipalityId: null } });
      expect(cleared.updateActivity).toMatchObject({
        municipality: null,
        location: 'Wijkcentrum De Biezantijn',
      });
    });

    it('the trekker cancels it; it stays visible as cancelled and those who follow are told', async () => {
      const planned = await plan({ title: 'Gaat helaas niet door' });
      const cancelled = await c.trekker.ok(CANCEL, { id: planned.id });
      expect(cancelled.cancelActivity.cancelledAt).toEqual(expect.any(String));
      const opened = await c.tribune.ok(ACTIVITY, { id: planned.id });
      expect(opened.activity.cancelledAt).toEqual(cancelled.cancelActivity.cancelledAt);
      expect(await activityKinds(c.arena, planned.id)).toEqual(['ACTIVITY_CANCELLED', 'ACTIVITY_PLANNED']);
    });
  });

  describe('failing-update-and-cancel', () => {
    it('refuses those who do not lead the atelier, and hides the activity from those who do not follow it', async () => {
      const planned = await plan({ title: 'Alleen de trekker wijzigt' });
      expect(
        errorOf(await c.visitor.query(UPDATE, { id: planned.id, i: { title: 'Gewijzigd' } }))?.code,
      ).toBe('UNAUTHENTICATED');
      expect(errorOf(await c.visitor.query(CANCEL, { id: planned.id }))?.code).toBe('UNAUTHENTICATED');
      for (const client of [c.tribune, c.arena, c.admin]) {
        expect(errorOf(await client.query(UPDATE, { id: planned.id, i: { title: 'Gewijzigd' } }))?.code).toBe(
          'FORBIDDEN',
        );
        expect(errorOf(await client.query(CANCEL, { id: planned.id }))?.code).toBe('FORBIDDEN');
      }
      expect(errorOf(await outsider.query(UPDATE, { id: planned.id, i: { title: 'Gewijzigd' } }))?.code).toBe(
        'NOT_FOUND',
      );
      expect(errorOf(await outsider.query(CANCEL, { id: planned.id }))?.code).toBe('NOT_FOUND');
      const still = await c.trekker.ok(ACTIVITY, { id: planned.id });
      expect(still.activity).toMatchObject({ title: 'Alleen de trekker wijzigt', cancelledAt: null });
    });

    it('refuses a start in the past, an end before the start, taking away the only place, and a capacity below the registrations', async () => {
      const planned = await plan({
        title: 'Kleine kring',
        capacity: 5,
        municipalityId: null,
        onlineUrl: null,
        location: 'Bibliotheek Arnhem',
      });
      await c.tribune.ok(REGISTER, { a: planned.id });
      await c.arena.ok(REGISTER, { a: planned.id });
      expect(
        errorOf(await c.trekker.query(UPDATE, { id: planned.id, i: { startsAt: inDays(-2) } })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsAt' });
      expect(
        errorOf(await c.trekker.query(UPDATE, { id: planned.id, i: { endsAt: inDays(-2) } })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsAt' });
      expect(errorOf(await c.trekker.query(UPDATE, { id: planned.id, i: { location: null } }))).toMatchObject(
        { code: 'BAD_USER_INPUT', field: 'input.location' },
      );
      expect(errorOf(await c.trekker.query(UPDATE, { id: planned.id, i: { capacity: 1 } }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.capacity',
      });
      const still = await c.trekker.ok(ACTIVITY, { id: planned.id });
      expect(still.activity).toMatchObject({
        capacity: 5,
        registrationCount: 2,
        location: 'Bibliotheek Arnhem',
      });
    });

    it('refuses changing or cancelling again what was cancelled (CONFLICT)', async () => {
      const planned = await plan({ title: 'Twee keer afzeggen' });
      await c.trekker.ok(CANCEL, { id: planned.id });
      expect(errorOf(await c.trekker.query(CANCEL, { id: planned.id }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'CANCELLED',
      });
      expect(
        errorOf(await c.trekker.query(UPDATE, { id: planned.id, i: { title: 'Toch wel' } })),
      ).toMatchObject({ code: 'CONFLICT', reason: 'CANCELLED' });
    });
  });

  describe('successful-register', () => {
    it('a tribune member registers, sees their place taken, cancels, and registers again on the same registration', async () => {
      const planned = await plan({ title: 'Ontmoeting met plaatsen', capacity: 10 });
      const registered = await c.tribune.ok(REGISTER, { a: planned.id });
      expect(registered.registerForActivity).toMatchObject({
        cancelledAt: null,
        user: { name: expect.any(String) },
        activity: { title: 'Ontmoeting met plaatsen', registrationCount: 1 },
      });
      const mine = await c.tribune.ok(ACTIVITY, { id: planned.id });
      expect(mine.activity).toMatchObject({
        registrationCount: 1,
        placesLeft: 9,
        myRegistration: { id: registered.registerForActivity.id },
      });
      // Someone else sees the count, not the tribune member's registration.
      const other = await c.arena.ok(ACTIVITY, { id: planned.id });
      expect(other.activity).toMatchObject({ registrationCount: 1, myRegistration: null });

      expect((await c.tribune.ok(CANCEL_REGISTRATION, { a: planned.id })).cancelRegistration).toBe(true);
      const after = await c.tribune.ok(ACTIVITY, { id: planned.id });
      expect(after.activity).toMatchObject({ registrationCount: 0, placesLeft: 10, myRegistration: null });

      const again = await c.tribune.ok(REGISTER, { a: planned.id });
      expect(again.registerForActivity.id).toBe(registered.registerForActivity.id);
      expect(again.registerForActivity.cancelledAt).toBeNull();
      expect(await t.prisma.registration.count({ where: { activityId: rawId(planned.id) } })).toBe(1);
    });

    it('everyone who follows the atelier may register: arena, trekker, commissie and beheerder too', async () => {
      const planned = await plan({ title: 'Voor iedereen die volgt' });
      for (const client of [c.arena, c.trekker, c.committee, c.admin]) {
        const data = await client.ok(REGISTER, { a: planned.id });
        expect(data.registerForActivity.cancelledAt).toBeNull();
      }
      const count = await c.tribune.ok(ACTIVITY, { id: planned.id });
      expect(count.activity.registrationCount).toBe(4);
    });

    it('the registration can be opened by its person through node(id), not by another follower', async () => {
      const planned = await plan({ title: 'Mijn aanmelding' });
      const registered = await c.tribune.ok(REGISTER, { a: planned.id });
      const id = registered.registerForActivity.id;
      const own = await c.tribune.ok(
        `query($id: ID!) { node(id: $id) { id ... on Registration { activity { title } } } }`,
        { id },
      );
      expect(own.node.activity.title).toBe('Mijn aanmelding');
      expect(errorOf(await c.arena.query(`query($id: ID!) { node(id: $id) { id } }`, { id }))?.code).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('failing-register', () => {
    it('refuses a visitor (UNAUTHENTICATED); to a signed-in non-participant the activity does not exist (NOT_FOUND)', async () => {
      const planned = await plan({ title: 'Niet voor buitenstaanders' });
      expect(errorOf(await c.visitor.query(REGISTER, { a: planned.id }))?.code).toBe('UNAUTHENTICATED');
      expect(errorOf(await outsider.query(REGISTER, { a: planned.id }))?.code).toBe('NOT_FOUND');
      expect(errorOf(await outsider.query(ACTIVITY, { id: planned.id }))?.code).toBe('NOT_FOUND');
      expect(errorOf(await c.visitor.query(ACTIVITY, { id: planned.id }))?.code).toBe('NOT_FOUND');
      const visitorView = await c.visitor.ok(`query($id: ID!) { atelier(id: $id) { activities { id } } }`, {
        id: atelierGid,
      });
      expect(visitorView.atelier.activities).toEqual([]);
    });

    it('refuses a second registration (CONFLICT) and keeps one', async () => {
      const planned = await plan({ title: 'Dubbel aanmelden' });
      await c.tribune.ok(REGISTER, { a: planned.id });
      expect(errorOf(await c.tribune.query(REGISTER, { a: planned.id }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_REGISTERED',
      });
      expect((await c.tribune.ok(ACTIVITY, { id: planned.id })).activity.registrationCount).toBe(1);
    });

    it('refuses a cancelled activity and one that has begun (CONFLICT)', async () => {
      const cancelled = await plan({ title: 'Afgezegd' });
      await c.trekker.ok(CANCEL, { id: cancelled.id });
      expect(errorOf(await c.tribune.query(REGISTER, { a: cancelled.id }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'CANCELLED',
      });

      const past = await t.prisma.activity.create({
        data: {
          atelierId,
          plannedById: (await f.user('trekker@demo.werkplaats.nl')).id,
          kind: 'MEETING',
          title: 'Al geweest',
          startsAt: new Date(Date.now() - 3_600_000),
          location: 'Nijmegen',
        },
      });
      expect(errorOf(await c.tribune.query(REGISTER, { a: gid('Activity', past.id) }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'PAST',
      });
      expect(await t.prisma.registration.count({ where: { activityId: past.id } })).toBe(0);
    });

    it('refuses a full activity with a clear message, and frees the place when someone cancels', async () => {
      const planned = await plan({ title: 'Eén plek', capacity: 1 });
      await c.arena.ok(REGISTER, { a: planned.id });
      const full = await c.tribune.query(REGISTER, { a: planned.id });
      expect(errorOf(full)).toMatchObject({ code: 'CONFLICT', reason: 'FULL' });
      expect(full.errors?.[0]?.message).toMatch(/full/);
      await c.arena.ok(CANCEL_REGISTRATION, { a: planned.id });
      await c.tribune.ok(REGISTER, { a: planned.id });
    });

    it('cancelling a registration that does not stand is NOT_FOUND; an id of another kind is BAD_USER_INPUT', async () => {
      const planned = await plan({ title: 'Niet aangemeld' });
      expect(errorOf(await c.tribune.query(CANCEL_REGISTRATION, { a: planned.id }))?.code).toBe('NOT_FOUND');
      expect(errorOf(await c.tribune.query(REGISTER, { a: atelierGid }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'activityId',
      });
    });
  });

  describe('successful-capacity-under-concurrency', () => {
    it('capacity 3: ten people register at the same moment, exactly three get a place and seven CONFLICT', async () => {
      const planned = await plan({ title: 'Drie plekken', capacity: 3 });
      const people = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          person(t, { atelierId, role: 'TRIBUNE', name: `Tribunelid ${i + 1}` }),
        ),
      );

      const results = await Promise.all(people.map((p) => p.client.query(REGISTER, { a: planned.id })));

      const placed = results.filter((r) => !r.errors && r.data?.registerForActivity);
      const refused = results.filter((r) => r.errors);
      expect({ placed: placed.length, refused: refused.length }).toEqual({ placed: 3, refused: 7 });
      for (const r of refused) expect(errorOf(r)).toMatchObject({ code: 'CONFLICT', reason: 'FULL' });
      const activityId = rawId(planned.id);
      expect(await t.prisma.registration.count({ where: { activityId, cancelledAt: null } })).toBe(3);
      const seen = await c.tribune.ok(ACTIVITY, { id: planned.id });
      expect(seen.activity).toMatchObject({ registrationCount: 3, placesLeft: 0 });
    });
  });

  describe('successful-batched-reads', () => {
    it('atelier.activities with counts, registrations, planners and gemeenten costs the same with ten more activities', async () => {
      const QUERY = `query($id: ID!) { atelier(id: $id) { activities(upcoming: true) {
        title registrationCount placesLeft myRegistration { id user { name } } plannedBy { name } municipality { name } atelier { title } } } }`;
      // Every field is exercised before the first count: a registration of the reader's own included.
      for (const title of ['Eerste', 'Tweede'])
        await c.trekker.ok(REGISTER, { a: (await plan({ title })).id });
      const before = (await c.trekker.ok(QUERY, { id: atelierGid })).atelier.activities.length;
      const small = await countStatements(() => c.trekker.ok(QUERY, { id: atelierGid }));
      for (let i = 0; i < 10; i++)
        await c.trekker.ok(REGISTER, { a: (await plan({ title: `Bijeenkomst ${i}` })).id });
      const large = await countStatements(() => c.trekker.ok(QUERY, { id: atelierGid }));
      expect((await c.trekker.ok(QUERY, { id: atelierGid })).atelier.activities).toHaveLength(before + 10);
      expect(large.count).toBe(small.count);
    });
  });
});
