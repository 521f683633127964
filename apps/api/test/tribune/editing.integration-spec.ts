import { DEMO, DemoFixtures, LONELINESS, POVERTY, gid } from '../factories/fixtures.js';
import { parseGlobalId } from '../../src/common/graphql/relay.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { demoClients, errorOf, person, type DemoRole } from './tribune-fixtures.js';

/**
 * Editing after creation: the trekker (or the commissie) changes an insight's text, conditions and lessons; the
 * author of a reaction changes or takes it back, nobody else. Where the text is read above PRACTICE the new words
 * pass the same personal-data check as composing and reacting.
 */
const UPDATE_INSIGHT = `mutation($id: ID!, $input: UpdateInsightInput!) {
  updateInsight(id: $id, input: $input) { id title body conditions version lessonCount }
}`;
const INSIGHT = `query($id: ID!) { insight(id: $id) { title body version canEdit lessons { id } reactions { id body editedAt canEdit } } }`;
const REACT = `mutation($t: ID!, $b: String!) { react(targetId: $t, body: $b) { id body editedAt canEdit } }`;
const UPDATE_REACTION = `mutation($id: ID!, $b: String!, $p: [PersonalDataChoiceInput!]) {
  updateReaction(id: $id, body: $b, personalData: $p) { id body editedAt canEdit }
}`;
const DELETE_REACTION = `mutation($id: ID!) { deleteReaction(id: $id) }`;
const PERSONAL =
  '<p>Mevrouw Jansen vertelde dat ze haar post niet meer opent. Bel 06-12345678 voor een afspraak.</p>';

describe('editing after creation', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let c: Record<DemoRole | 'visitor', GraphQLClient>;
  let outsider: GraphQLClient;
  let arenaUserId: string;
  let trekkerId: string;

  const insight = async (visibility: 'DRAFT' | 'ARENA' | 'TRIBUNE' | 'PUBLIC') => {
    const row = await f.insight({ atelierId, authorId: trekkerId, visibility });
    const lessons = await Promise.all(
      [1, 2].map(() => f.lesson({ atelierId, authorId: arenaUserId, visibility: 'ARENA' })),
    );
    await t.prisma.insightLesson.createMany({
      data: lessons.map((l) => ({ insightId: row.id, lessonId: l.id })),
    });
    return gid('Insight', row.id);
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    arenaUserId = (await f.user(DEMO.arena)).id;
    trekkerId = (await f.user(DEMO.trekker)).id;
    c = await demoClients(t);
    outsider = (await person(t, { name: 'Buitenstaander' })).client;
  });
  afterAll(() => t.close());

  describe('updateInsight', () => {
    it('the trekker changes title, body, conditions and lessons; readers see the new text; the audit log has it', async () => {
      const id = await insight('TRIBUNE');
      const before = (await c.trekker.ok(INSIGHT, { id })).insight;
      expect(before.canEdit).toBe(true);
      const lessons = await Promise.all(
        [1, 2, 3].map(() => f.lesson({ atelierId, authorId: arenaUserId, visibility: 'TRIBUNE' })),
      );
      const lessonIds = lessons.map((l) => gid('Lesson', l.id));
      const updated = await c.trekker.ok(UPDATE_INSIGHT, {
        id,
        input: {
          version: before.version,
          title: '  Een vaste plek maakt ontmoeting makkelijker  ',
          body: '<p>Nieuw: <strong>drie</strong> praktijken laten het zien.</p><script>x()</script>',
          conditions: ['SOCIAL_COHESION', 'SOCIAL_COHESION', 'SOCIAL_EMPOWERMENT'],
          lessonIds,
        },
      });
      expect(updated.updateInsight).toMatchObject({
        title: 'Een vaste plek maakt ontmoeting makkelijker',
        body: '<p>Nieuw: <strong>drie</strong> praktijken laten het zien.</p>',
        conditions: ['SOCIAL_COHESION', 'SOCIAL_EMPOWERMENT'],
        version: before.version + 1,
        lessonCount: 3,
      });
      const read = (await c.tribune.ok(INSIGHT, { id })).insight;
      expect(read.title).toBe('Een vaste plek maakt ontmoeting makkelijker');
      expect(read.lessons.map((l: { id: string }) => l.id).sort()).toEqual([...lessonIds].sort());
      const audit = await t.prisma.auditEvent.findFirstOrThrow({
        where: { action: 'insight.edited', targetId: parseGlobalId(id)!.id },
      });
      expect(audit).toMatchObject({ actorId: trekkerId, targetType: 'Insight' });
      expect(audit.details).toEqual({ changed: ['title', 'body', 'conditions', 'lessons'] });
    });

    it('the commissie may edit too; a field left out stays as it was', async () => {
      const id = await insight('ARENA');
      const { version, body } = (await c.committee.ok(INSIGHT, { id })).insight;
      expect((await c.committee.ok(INSIGHT, { id })).insight.canEdit).toBe(true);
      const updated = await c.committee.ok(UPDATE_INSIGHT, {
        id,
        input: { version, title: 'Door de commissie verhelderd' },
      });
      expect(updated.updateInsight).toMatchObject({ title: 'Door de commissie verhelderd', body });
    });

    it('the arena, the tribune and the beheerder may not (FORBIDDEN, canEdit false); a visitor must sign in', async () => {
      const id = await insight('PUBLIC');
      const { version, title } = (await c.trekker.ok(INSIGHT, { id })).insight;
      for (const who of [c.arena, c.tribune, c.admin]) {
        expect((await who.ok(INSIGHT, { id })).insight.canEdit).toBe(false);
        expect(
          errorOf(await who.query(UPDATE_INSIGHT, { id, input: { version, title: 'Niet van mij' } }))?.code,
        ).toBe('FORBIDDEN');
      }
      expect((await c.visitor.ok(INSIGHT, { id })).insight.canEdit).toBe(false);
      expect(
        errorOf(await c.visitor.query(UPDATE_INSIGHT, { id, input: { version, title: 'Niet van mij' } }))
          ?.code,
      ).toBe('UNAUTHENTICATED');
      expect((await c.trekker.ok(INSIGHT, { id })).insight.title).toBe(title);
    });

    it('an insight the caller may not read is NOT_FOUND: the tribune below TRIBUNE, someone of another atelier', async () => {
      const id = await insight('ARENA');
      const elsewhere = await person(t, {
        atelierId: (await f.atelierOf(POVERTY)).id,
        role: 'ARENA',
        name: 'Arena armoede',
      });
      for (const who of [c.tribune, outsider, elsewhere.client]) {
        expect(
          errorOf(await who.query(UPDATE_INSIGHT, { id, input: { version: 1, title: 'Gevonden?' } }))?.code,
        ).toBe('NOT_FOUND');
      }
    });

    it('refuses a stale version (CONFLICT), too few lessons and a lesson of another atelier (BAD_USER_INPUT)', async () => {
      const id = await insight('ARENA');
      const { version } = (await c.trekker.ok(INSIGHT, { id })).insight;
      await c.trekker.ok(UPDATE_INSIGHT, { id, input: { version, title: 'Eerste bewerking' } });
      expect(
        errorOf(await c.trekker.query(UPDATE_INSIGHT, { id, input: { version, title: 'Tweede bewerking' } })),
      ).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
      const other = await f.lessonAt((await f.atelierOf(POVERTY)).id, 'ARENA');
      const own = await f.lesson({ atelierId, authorId: arenaUserId, visibility: 'ARENA' });
      for (const lessonIds of [[gid('Lesson', own.id)], [gid('Lesson', own.id), gid('Lesson', other.id)]]) {
        expect(
          errorOf(await c.trekker.query(UPDATE_INSIGHT, { id, input: { version: version + 1, lessonIds } })),
        ).toMatchObject({ code: 'BAD_USER_INPUT' });
      }
      expect((await c.trekker.ok(INSIGHT, { id })).insight.title).toBe('Eerste bewerking');
    });

    it('new words with personal data are refused (PERSONAL_DATA) where others read it; a draft may hold them until it climbs', async () => {
      for (const visibility of ['ARENA', 'TRIBUNE', 'PUBLIC'] as const) {
        const id = await insight(visibility);
        const { version, body } = (await c.trekker.ok(INSIGHT, { id })).insight;
        const refused = errorOf(
          await c.trekker.query(UPDATE_INSIGHT, { id, input: { version, body: PERSONAL } }),
        );
        expect(refused).toMatchObject({ code: 'PERSONAL_DATA' });
        expect((refused!.findings as { text: string }[]).map((x) => x.text)).toEqual(
          expect.arrayContaining(['Mevrouw Jansen']),
        );
        expect((await c.trekker.ok(INSIGHT, { id })).insight.body).toBe(body);
      }
      const draft = await insight('DRAFT');
      const { version } = (await c.trekker.ok(INSIGHT, { id: draft })).insight;
      expect(
        (await c.trekker.ok(UPDATE_INSIGHT, { id: draft, input: { version, body: PERSONAL } })).updateInsight
          .body,
      ).toBe(PERSONAL);
    });
  });

  describe('updateReaction and deleteReaction', () => {
    const reaction = async (who: GraphQLClient, text = 'Herkenbaar voor ons.') => {
      const target = await insight('TRIBUNE');
      return { target, reaction: (await who.ok(REACT, { t: target, b: text })).react };
    };

    it('its author edits it: every reader sees the new text and that it was edited; only the author may change it', async () => {
      const { target, reaction: r } = await reaction(c.tribune);
      expect(r).toMatchObject({ editedAt: null, canEdit: true });
      const edited = await c.tribune.ok(UPDATE_REACTION, { id: r.id, b: '  Herkenbaar, ook in Arnhem.  ' });
      expect(edited.updateReaction).toMatchObject({
        body: '<p>Herkenbaar, ook in Arnhem.</p>',
        editedAt: expect.any(String),
        canEdit: true,
      });
      for (const [who, mine] of [
        [c.tribune, true],
        [c.arena, false],
        [c.trekker, false],
        [c.committee, false],
        [c.admin, false],
      ] as const) {
        const { reactions } = (await who.ok(INSIGHT, { id: target })).insight;
        expect(reactions).toEqual([
          {
            id: r.id,
            body: '<p>Herkenbaar, ook in Arnhem.</p>',
            editedAt: expect.any(String),
            canEdit: mine,
          },
        ]);
      }
    });

    it('nobody else edits or deletes it: other members and the trekker FORBIDDEN, an outsider NOT_FOUND, a visitor UNAUTHENTICATED', async () => {
      const { target, reaction: r } = await reaction(c.tribune, 'Van mij alleen.');
      for (const who of [c.arena, c.trekker, c.committee, c.admin]) {
        expect(errorOf(await who.query(UPDATE_REACTION, { id: r.id, b: 'Overschreven' }))?.code).toBe(
          'FORBIDDEN',
        );
        expect(errorOf(await who.query(DELETE_REACTION, { id: r.id }))?.code).toBe('FORBIDDEN');
      }
      for (const [who, code] of [
        [outsider, 'NOT_FOUND'],
        [c.visitor, 'UNAUTHENTICATED'],
      ] as const) {
        expect(errorOf(await who.query(UPDATE_REACTION, { id: r.id, b: 'Overschreven' }))?.code).toBe(code);
        expect(errorOf(await who.query(DELETE_REACTION, { id: r.id }))?.code).toBe(code);
      }
      const { reactions } = (await c.tribune.ok(INSIGHT, { id: target })).insight;
      expect(reactions).toEqual([
        { id: r.id, body: '<p>Van mij alleen.</p>', editedAt: null, canEdit: true },
      ]);
    });

    it('refuses an empty or too long text (BAD_USER_INPUT on body)', async () => {
      const { reaction: r } = await reaction(c.arena);
      for (const b of ['   ', 'x'.repeat(2001)]) {
        expect(errorOf(await c.arena.query(UPDATE_REACTION, { id: r.id, b }))).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'body',
        });
      }
    });

    it('an edit naming someone is refused (PERSONAL_DATA) and goes through with the finding pseudonymised', async () => {
      const { reaction: r } = await reaction(c.tribune);
      const text = 'Bij ons vertelde meneer De Vries hetzelfde.';
      const refused = await c.tribune.query(UPDATE_REACTION, { id: r.id, b: text });
      expect(errorOf(refused)).toMatchObject({
        code: 'PERSONAL_DATA',
        findings: [{ kind: 'NAME', text: 'meneer De Vries' }],
      });
      const findingId = (refused.errors![0]!.extensions.findings as { id: string }[])[0]!.id;
      const edited = await c.tribune.ok(UPDATE_REACTION, {
        id: r.id,
        b: text,
        p: [{ findingId, action: 'PSEUDONYMISE', replacement: 'een buurtbewoner' }],
      });
      expect(edited.updateReaction.body).toBe('<p>Bij ons vertelde een buurtbewoner hetzelfde.</p>');
    });

    it('its author deletes it: it is gone for every reader, and a second delete is NOT_FOUND', async () => {
      const { target, reaction: r } = await reaction(c.arena, 'Toch niet.');
      const kept = (await c.tribune.ok(REACT, { t: target, b: 'Blijft.' })).react;
      expect((await c.arena.ok(DELETE_REACTION, { id: r.id })).deleteReaction).toBe(true);
      for (const who of [c.arena, c.tribune, c.trekker]) {
        const { reactions } = (await who.ok(INSIGHT, { id: target })).insight;
        expect(reactions.map((x: { id: string }) => x.id)).toEqual([kept.id]);
      }
      expect(errorOf(await c.arena.query(DELETE_REACTION, { id: r.id }))?.code).toBe('NOT_FOUND');
      expect(errorOf(await c.arena.query(UPDATE_REACTION, { id: r.id, b: 'Terug?' }))?.code).toBe(
        'NOT_FOUND',
      );
    });
  });
});
