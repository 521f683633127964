import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { textToHtml } from '../../src/common/text/sanitize.js';
import { DEMO, DemoFixtures, LONELINESS, POVERTY, gid } from '../factories/fixtures.js';
import { countStatements } from '../support/statement-counter.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { reactionReadersOf, readableReactions } from '../../src/common/authz/policy.js';
import { demoClients, errorOf, person, type DemoRole } from '../tribune/tribune-fixtures.js';

/**
 * Threads (issue 22): replies one level deep on lessons, insights, questions and outputs shared with the tribune; a
 * history of earlier texts for the moderators; a taken-back reaction with replies as a placeholder; mentions offered,
 * kept and told only for people who may read the thread.
 */
const REACT = `mutation($t: ID!, $b: String!, $m: [ID!]) {
  react(targetId: $t, body: $b, mentionIds: $m) { id body inReplyToId mentions { id name } }
}`;
const UPDATE = `mutation($id: ID!, $b: String!, $m: [ID!]) {
  updateReaction(id: $id, body: $b, mentionIds: $m) { id body editedAt mentions { name } }
}`;
const DELETE = `mutation($id: ID!) { deleteReaction(id: $id) }`;
const THREAD = `{ id body deleted editedAt author { name } replies { id body inReplyToId author { name } } }`;
const QUESTION_THREAD = `query($id: ID!) { question(id: $id) { reactions ${THREAD} } }`;
const PRODUCT_THREAD = `query($id: ID!) { product(id: $id) { reactions ${THREAD} } }`;
const LESSON_THREAD = `query($id: ID!) { lesson(id: $id) { reactions ${THREAD} } }`;
const REVISIONS = `query($id: ID!) { node(id: $id) { ... on Reaction { canReadRevisions revisions { body writtenAt replacedAt } } } }`;
const CANDIDATES = `query($t: ID!, $s: String!) { reactionMentionCandidates(targetId: $t, search: $s) { id name } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { kind actor { name } lesson { id } } } } }`;

describe('threads and mentions', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let arenaUserId: string;
  let c: Record<DemoRole | 'visitor', GraphQLClient>;

  const lesson = async (visibility: 'ARENA' | 'TRIBUNE' | 'PUBLIC' = 'TRIBUNE') =>
    gid('Lesson', (await f.lesson({ atelierId, authorId: arenaUserId, visibility })).id);
  const mentionedIn = async (client: GraphQLClient, lessonId: string) =>
    (
      await client.ok<{
        notifications: { edges: { node: { kind: string; lesson: { id: string } | null } }[] };
      }>(NOTIFICATIONS)
    ).notifications.edges.filter((e) => e.node.kind === 'MENTIONED' && e.node.lesson?.id === lessonId);

  beforeAll(async () => {
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    arenaUserId = (await f.user(DEMO.arena)).id;
    c = await demoClients(t);
  });
  afterAll(() => t.close());

  describe('replies', () => {
    it('a reply to a reply answers the same top-level reaction; the question lists top-level reactions with their replies oldest first', async () => {
      const question = gid(
        'Question',
        (await f.question({ atelierId, authorId: arenaUserId, visibility: 'TRIBUNE' })).id,
      );
      const top = (await c.tribune.ok(REACT, { t: question, b: 'Wie heeft dit al geprobeerd?' })).react;
      expect(top.inReplyToId).toBeNull();
      const reply = (await c.arena.ok(REACT, { t: top.id, b: 'Wij, in de wijkkamer.' })).react;
      expect(reply.inReplyToId).toBe(top.id);
      const nested = (await c.trekker.ok(REACT, { t: reply.id, b: 'En het werkte goed.' })).react;
      expect(nested.inReplyToId).toBe(top.id);

      for (const reader of [c.tribune, c.arena, c.trekker, c.committee, c.admin]) {
        const data = await reader.ok(QUESTION_THREAD, { id: question });
        expect(data.question.reactions.map((r: any) => r.id)).toEqual([top.id]);
        expect(data.question.reactions[0].replies.map((r: any) => r.body)).toEqual([
          '<p>Wij, in de wijkkamer.</p>',
          '<p>En het werkte goed.</p>',
        ]);
      }
    });

    it('outputs shared with the tribune take reactions and replies; an ARENA output takes none and is NOT_FOUND to the tribune', async () => {
      const shared = gid('Product', (await f.product({ atelierId, visibility: 'TRIBUNE' })).id);
      const top = (await c.tribune.ok(REACT, { t: shared, b: 'Mooie handreiking.' })).react;
      await c.committee.ok(REACT, { t: top.id, b: 'Delen we landelijk.' });
      const data = await c.tribune.ok(PRODUCT_THREAD, { id: shared });
      expect(data.product.reactions).toMatchObject([
        { body: '<p>Mooie handreiking.</p>', replies: [{ body: '<p>Delen we landelijk.</p>' }] },
      ]);
      const arena = gid('Product', (await f.product({ atelierId, visibility: 'ARENA' })).id);
      expect(errorOf(await c.tribune.query(REACT, { t: arena, b: 'Hallo' }))?.code).toBe('NOT_FOUND');
      expect(errorOf(await c.arena.query(REACT, { t: arena, b: 'Hallo' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'targetId',
      });
    });

    it('a thread on a lesson taken back to the arena is gone for the tribune on every path, and so is replying to it', async () => {
      const id = await lesson('TRIBUNE');
      const top = (await c.tribune.ok(REACT, { t: id, b: 'Herkenbaar.' })).react;
      const reply = (await c.arena.ok(REACT, { t: top.id, b: 'Wat de arena nog uitzoekt.' })).react;
      await t.prisma.lesson.update({
        where: {
          id: (await t.prisma.reaction.findUniqueOrThrow({ where: { id: fromGid(top.id) } })).lessonId!,
        },
        data: { visibility: 'ARENA' },
      });
      for (const outsider of [c.tribune, c.admin, c.visitor]) {
        const node = await outsider.query(`query($id: ID!) { node(id: $id) { id } }`, { id: reply.id });
        expect(errorOf(node)?.code).toBe('NOT_FOUND');
      }
      expect(errorOf(await c.tribune.query(REACT, { t: top.id, b: 'Toch?' }))?.code).toBe('NOT_FOUND');
      expect(errorOf(await c.tribune.query(CANDIDATES, { t: top.id, s: '' }))?.code).toBe('NOT_FOUND');
      const arena = await c.arena.ok(LESSON_THREAD, { id });
      expect(arena.lesson.reactions[0].replies.map((r: any) => r.id)).toEqual([reply.id]);
    });

    it('replies load with their page: more reactions with replies cost no more statements', async () => {
      const id = await lesson('TRIBUNE');
      const first = (await c.tribune.ok(REACT, { t: id, b: 'Eerste' })).react;
      await c.arena.ok(REACT, { t: first.id, b: 'Antwoord' });
      const small = await countStatements(() => c.tribune.ok(LESSON_THREAD, { id }));
      for (const word of ['twee', 'drie', 'vier', 'vijf']) {
        const top = (await c.tribune.ok(REACT, { t: id, b: `Reactie ${word}` })).react;
        await c.arena.ok(REACT, { t: top.id, b: `Ook zo, ${word}` });
      }
      const large = await countStatements(() => c.tribune.ok(LESSON_THREAD, { id }));
      const data = await c.tribune.ok(LESSON_THREAD, { id });
      expect(data.lesson.reactions).toHaveLength(5);
      expect(data.lesson.reactions.every((r: any) => r.replies.length === 1)).toBe(true);
      expect(large.count).toBe(small.count);
    });
  });

  describe('editing and taking back', () => {
    it('an edit shows "bewerkt" (editedAt) and keeps the earlier text, read by the trekker and the beheerder only', async () => {
      const id = await lesson('TRIBUNE');
      const top = (await c.tribune.ok(REACT, { t: id, b: 'Eerste versie.' })).react;
      const edited = (await c.tribune.ok(UPDATE, { id: top.id, b: 'Tweede versie.' })).updateReaction;
      expect(edited.editedAt).not.toBeNull();
      await c.tribune.ok(UPDATE, { id: top.id, b: 'Derde versie.' });
      for (const moderator of [c.trekker, c.admin]) {
        const data = await moderator.ok(REVISIONS, { id: top.id });
        expect(data.node.canReadRevisions).toBe(true);
        expect(data.node.revisions.map((r: any) => r.body)).toEqual([
          '<p>Tweede versie.</p>',
          '<p>Eerste versie.</p>',
        ]);
      }
      for (const other of [c.tribune, c.arena, c.committee]) {
        const data = await other.ok(REVISIONS, { id: top.id });
        expect(data.node).toEqual({ canReadRevisions: false, revisions: null });
      }
      expect(errorOf(await c.arena.query(UPDATE, { id: top.id, b: 'Niet van mij' }))?.code).toBe('FORBIDDEN');
    });

    it('taking back a reaction with replies leaves a placeholder over its replies; when the last reply goes, the placeholder goes', async () => {
      const id = await lesson('TRIBUNE');
      const top = (await c.tribune.ok(REACT, { t: id, b: 'Wordt teruggenomen.' })).react;
      const reply = (await c.arena.ok(REACT, { t: top.id, b: 'Blijft staan.' })).react;
      await c.tribune.ok(UPDATE, { id: top.id, b: 'Wordt echt teruggenomen.' });
      expect((await c.tribune.ok(DELETE, { id: top.id })).deleteReaction).toBe(true);
      const data = await c.trekker.ok(LESSON_THREAD, { id });
      expect(data.lesson.reactions).toMatchObject([
        { id: top.id, deleted: true, body: '', replies: [{ id: reply.id, body: '<p>Blijft staan.</p>' }] },
      ]);
      // Its earlier texts went with it, for the moderators too.
      expect((await c.trekker.ok(REVISIONS, { id: top.id })).node.revisions).toEqual([]);
      expect(errorOf(await c.tribune.query(UPDATE, { id: top.id, b: 'Terug' }))?.code).toBe('NOT_FOUND');
      expect(errorOf(await c.arena.query(REACT, { t: top.id, b: 'Nog een' }))?.field).toBe('targetId');
      await c.arena.ok(DELETE, { id: reply.id });
      expect((await c.trekker.ok(LESSON_THREAD, { id })).lesson.reactions).toEqual([]);
    });

    it('taking back a reaction without replies removes it for every reader', async () => {
      const id = await lesson('TRIBUNE');
      const top = (await c.tribune.ok(REACT, { t: id, b: 'Kort.' })).react;
      await c.tribune.ok(DELETE, { id: top.id });
      expect((await c.arena.ok(LESSON_THREAD, { id })).lesson.reactions).toEqual([]);
    });
  });

  describe('who may be mentioned', () => {
    it('the people reactionReadersOf names are exactly those readableReactions lets read the reaction, on every rung', async () => {
      const atelier = await t.prisma.atelier.findUniqueOrThrow({ where: { id: atelierId } });
      const practiceLesson = await f.lessonAt(atelierId, 'PRACTICE');
      const tribuneId = (await f.user(DEMO.tribune)).id;
      const targets: {
        on: Record<string, string>;
        visibility: any;
        authorId: string | null;
        practiceId: string | null;
      }[] = [];
      for (const visibility of ['PUBLIC', 'TRIBUNE', 'ARENA', 'DRAFT'] as const) {
        const l = await f.lesson({ atelierId, authorId: arenaUserId, visibility });
        targets.push({ on: { lessonId: l.id }, visibility, authorId: arenaUserId, practiceId: null });
      }
      targets.push({
        on: { lessonId: practiceLesson.id },
        visibility: 'PRACTICE',
        authorId: practiceLesson.authorId,
        practiceId: practiceLesson.practiceId,
      });
      const q = await f.question({ atelierId, authorId: arenaUserId, visibility: 'ARENA' });
      targets.push({
        on: { questionId: q.id },
        visibility: 'ARENA',
        authorId: arenaUserId,
        practiceId: null,
      });
      const p = await f.product({ atelierId, visibility: 'ARENA', registeredById: tribuneId });
      targets.push({ on: { productId: p.id }, visibility: 'ARENA', authorId: tribuneId, practiceId: null });
      const viewers = (await f.everyViewer()).filter((v) => v !== null);
      for (const target of targets) {
        const reaction = await t.prisma.reaction.create({
          data: { authorId: tribuneId, body: 'Om te vergelijken.', ...target.on },
        });
        const named = await t.prisma.user.findMany({
          where: reactionReadersOf({ ...target, atelier }),
          select: { id: true },
        });
        const reading: string[] = [];
        for (const viewer of viewers) {
          const found = await t.prisma.reaction.count({
            where: { AND: [{ id: reaction.id }, readableReactions(viewer)] },
          });
          if (found > 0) reading.push(viewer.userId);
        }
        expect({
          target: target.visibility,
          on: Object.keys(target.on),
          readers: named.map((u) => u.id).sort(),
        }).toEqual({
          target: target.visibility,
          on: Object.keys(target.on),
          readers: reading.sort(),
        });
        expect(reading.length).toBeGreaterThan(0);
      }
    });
  });

  describe('mentions', () => {
    const tag = randomUUID().slice(0, 6);
    let inside: { userId: string; client: GraphQLClient };
    let second: { userId: string; client: GraphQLClient };
    let outside: { userId: string; client: GraphQLClient };
    let elsewhere: { userId: string; client: GraphQLClient };
    const name = (who: string) => `Noemer ${tag} ${who}`;

    beforeAll(async () => {
      inside = await person(t, { atelierId, role: 'TRIBUNE', name: name('Binnen') });
      second = await person(t, { atelierId, role: 'ARENA', name: name('Tweede') });
      outside = await person(t, { name: name('Buiten') });
      const poverty = await f.atelierOf(POVERTY);
      elsewhere = await person(t, { atelierId: poverty.id, role: 'ARENA', name: name('Elders') });
    });

    it('"@" offers only people who may read the thread, whatever the name typed', async () => {
      const id = await lesson('TRIBUNE');
      const offered = await c.tribune.ok(CANDIDATES, { t: id, s: `Noemer ${tag}` });
      expect(offered.reactionMentionCandidates.map((u: any) => u.name)).toEqual([
        name('Binnen'),
        name('Tweede'),
      ]);
      const nobody = await c.tribune.ok(CANDIDATES, { t: id, s: name('Buiten') });
      expect(nobody.reactionMentionCandidates).toEqual([]);
      // Someone outside the atelier: a tribune lesson is not theirs to find, a public one not theirs to talk about.
      expect(errorOf(await outside.client.query(CANDIDATES, { t: id, s: 'Noemer' }))?.code).toBe('NOT_FOUND');
      const open = await lesson('PUBLIC');
      expect(errorOf(await outside.client.query(CANDIDATES, { t: open, s: 'Noemer' }))?.code).toBe(
        'FORBIDDEN',
      );
    });

    it('only a mentioned person who may read it is told; an edit tells nobody twice, only the newly mentioned', async () => {
      const id = await lesson('TRIBUNE');
      const ids = [inside, outside, elsewhere].map((p) => gid('User', p.userId));
      const body = `@${name('Binnen')} @${name('Buiten')} @${name('Elders')} kijk hier eens naar.`;
      const top = (await c.tribune.ok(REACT, { t: id, b: body, m: ids })).react;
      expect(top.mentions.map((u: any) => u.name)).toEqual([name('Binnen')]);
      expect(await mentionedIn(inside.client, id)).toHaveLength(1);
      expect(await mentionedIn(outside.client, id)).toHaveLength(0);
      expect(await mentionedIn(elsewhere.client, id)).toHaveLength(0);
      expect(
        await t.prisma.notification.count({ where: { kind: 'MENTIONED', userId: outside.userId } }),
      ).toBe(0);

      await c.tribune.ok(UPDATE, {
        id: top.id,
        b: `${body} En @${name('Tweede')} ook.`,
        m: [...ids, gid('User', second.userId)],
      });
      expect(await mentionedIn(inside.client, id)).toHaveLength(1);
      expect(await mentionedIn(second.client, id)).toHaveLength(1);
      expect(await mentionedIn(outside.client, id)).toHaveLength(0);
    });

    it('the @name of a reader mentioned is no personal data to resolve; the same name unmentioned is', async () => {
      const bram = await person(t, { atelierId, role: 'TRIBUNE', name: 'Bram Genoemd' });
      const id = await lesson('TRIBUNE');
      const body = 'Wat vind jij, @Bram Genoemd hoe is dat bij jullie?';
      expect(errorOf(await c.tribune.query(REACT, { t: id, b: body }))?.code).toBe('PERSONAL_DATA');
      const top = (await c.tribune.ok(REACT, { t: id, b: body, m: [gid('User', bram.userId)] })).react;
      expect(top).toMatchObject({ body: `<p>${body}</p>`, mentions: [{ name: 'Bram Genoemd' }] });
      expect(await mentionedIn(bram.client, id)).toHaveLength(1);
    });

    it('an id the text does not name is not kept, and nobody is told of it', async () => {
      const id = await lesson('TRIBUNE');
      const top = (
        await c.tribune.ok(REACT, { t: id, b: 'Geen naam genoemd.', m: [gid('User', inside.userId)] })
      ).react;
      expect(top.mentions).toEqual([]);
      expect(await mentionedIn(inside.client, id)).toHaveLength(0);
    });
  });
  describe('rich text', () => {
    it("is stored sanitised as a lesson's body: scripts, on* attributes, images and a javascript: link are gone", async () => {
      const id = await lesson('TRIBUNE');
      const body =
        '<p>Dit werkt <strong onclick="steel()">echt</strong><script>alert(1)</script> ' +
        '<a href="javascript:alert(1)">klik</a> <a href="https://example.org/x" onmouseover="x()">bron</a></p>' +
        '<img src="x" onerror="alert(1)"><ul><li><em>één</em></li></ul>';
      const top = (await c.tribune.ok(REACT, { t: id, b: body })).react;
      expect(top.body).toContain('<p>Dit werkt <strong>echt</strong>');
      expect(top.body).toContain(
        '<a href="https://example.org/x" rel="noopener noreferrer nofollow" target="_blank">bron</a>',
      );
      expect(top.body).toContain('<ul><li><em>één</em></li></ul>');
      expect(top.body).not.toMatch(/script|alert|onclick|onmouseover|onerror|<img|javascript:/i);
      // What others read is the stored text.
      const thread = await c.arena.ok(LESSON_THREAD, { id });
      expect(thread.lesson.reactions[0].body).toBe(top.body);
    });

    it('a text without tags is plain text, kept as written: "a < b & c" is escaped, paragraphs and lines kept', async () => {
      const id = await lesson('TRIBUNE');
      const top = (
        await c.tribune.ok(REACT, {
          t: id,
          b: 'Als a < b & c, dan "x<3".\nTweede regel.\n\nNieuwe alinea <ok>?',
        })
      ).react;
      expect(top.body).toBe(
        '<p>Als a &lt; b &amp; c, dan "x&lt;3".<br />Tweede regel.</p><p>Nieuwe alinea &lt;ok&gt;?</p>',
      );
    });

    it('its length is that of the readable text (1 to 2,000 characters): markup neither counts nor fills an empty text', async () => {
      const id = await lesson('TRIBUNE');
      const long = `<p><strong>${'a'.repeat(1000)}</strong> <em>${'b'.repeat(999)}</em></p>`;
      const ok = (await c.tribune.ok(REACT, { t: id, b: long })).react;
      expect(ok.body).toBe(long);
      const tooLong = `<p>${'a'.repeat(2001)}</p>`;
      expect(errorOf(await c.tribune.query(REACT, { t: id, b: tooLong }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'body',
        rule: 'maxLength',
      });
      for (const empty of ['<p><strong> </strong></p>', '<p><br></p>', '<script>alert(1)</script>', '   ']) {
        expect(errorOf(await c.tribune.query(REACT, { t: id, b: empty }))).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'body',
          rule: 'required',
        });
      }
      expect(errorOf(await c.tribune.query(UPDATE, { id: ok.id, b: tooLong }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'body',
      });
    });

    it('a mention inside rich text is kept and told, a name with & and quotes too; the name is no personal data', async () => {
      const fleur = await person(t, { atelierId, role: 'TRIBUNE', name: 'Fleur "Flo" & Zn' });
      const id = await lesson('TRIBUNE');
      const body = '<p>Dag <strong>@Fleur "Flo" &amp; Zn</strong>, wat denk <em>jij</em>?</p>';
      const top = (await c.tribune.ok(REACT, { t: id, b: body, m: [gid('User', fleur.userId)] })).react;
      expect(top.mentions).toEqual([{ id: gid('User', fleur.userId), name: 'Fleur "Flo" & Zn' }]);
      expect(await mentionedIn(fleur.client, id)).toHaveLength(1);
      const thread = await c.arena.ok(
        `query($id: ID!) { lesson(id: $id) { reactions { mentions { name } } } }`,
        { id },
      );
      expect(thread.lesson.reactions[0].mentions).toEqual([{ name: 'Fleur "Flo" & Zn' }]);
    });

    it('an edit keeps the earlier rich text as it was stored, for the moderators', async () => {
      const id = await lesson('TRIBUNE');
      const top = (await c.tribune.ok(REACT, { t: id, b: '<p><em>Eerste</em> versie</p>' })).react;
      await c.tribune.ok(UPDATE, { id: top.id, b: '<p><strong>Tweede</strong> versie</p>' });
      const data = await c.trekker.ok(REVISIONS, { id: top.id });
      expect(data.node.revisions.map((r: any) => r.body)).toEqual(['<p><em>Eerste</em> versie</p>']);
    });

    it('the migration turns stored plain texts into the HTML textToHtml makes of them (as the demo writes them)', async () => {
      const sql = readFileSync(
        new URL(
          '../../../../prisma/migrations/20261207090000_reaction_rich_text/migration.sql',
          import.meta.url,
        ),
        'utf8',
      );
      const update = sql.slice(
        sql.indexOf('UPDATE "Reaction"'),
        sql.indexOf(';\n', sql.indexOf('UPDATE "Reaction"')),
      );
      const texts = [
        'Gewoon een zin.',
        'a < b & c, "quoted" > d',
        'Regel een\nregel twee\r\nregel drie',
        'Alinea een\n\nAlinea twee\n \n\nAlinea drie',
        '&amp; blijft &amp;',
        '',
      ];
      // The statement as a query on the texts above: what it sets where it sets anything.
      const [, expression, condition] = /^UPDATE "Reaction" SET "body" =([\s\S]*)\nWHERE ([\s\S]*)$/.exec(
        update,
      )!;
      const converted = await t.prisma.$queryRawUnsafe<{ body: string }[]>(
        `SELECT CASE WHEN ${condition} THEN ${expression} ELSE "body" END AS "body"
         FROM unnest($1::int[], $2::text[]) AS "Reaction"(n, "body") ORDER BY n`,
        texts.map((_, n) => n),
        texts,
      );
      expect(converted.map((r) => r.body)).toEqual(texts.map(textToHtml));
      expect(textToHtml('a < b & c, "quoted" > d')).toBe(
        '<p>a &lt; b &amp; c, &quot;quoted&quot; &gt; d</p>',
      );
      expect(
        sql.match(/UPDATE "ReactionRevision"[\s\S]*/)![0].replace('"ReactionRevision"', '"Reaction"'),
      ).toBe(`${update};\n`);
    });
  });
});

function fromGid(id: string): string {
  return Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!;
}
