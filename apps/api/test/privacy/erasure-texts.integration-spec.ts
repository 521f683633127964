// An erased account's name does not stay behind in what was written: every text that names the person (their own
// lessons, insights and reactions, and others' texts) has each mention replaced by the check's stand-in, in the
// erasure's transaction, with an audit entry that counts texts and never says the name.
import { DEMO, DemoFixtures, LONELINESS } from '../factories/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { acceptedOf, climbFindings } from '../../src/privacy/climb-check.js';

const ERASE = `mutation($p: String!) { eraseMe(password: $p) }`;

describe('erasure pseudonymises the person’s name in every text', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let trekkerId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    trekkerId = (await f.user(DEMO.trekker)).id;
  });
  afterAll(() => t.close());

  /** An account that takes part in the atelier's arena, signed in. */
  async function partner(name: string) {
    const account = await f.account(name);
    await t.prisma.participation.create({ data: { atelierId, userId: account.user.id, role: 'ARENA' } });
    const client = await t.client().signIn(account.email, account.password);
    return { ...account, client };
  }

  it('successful-erase-texts: a lesson, an insight and reactions naming "Sanne de Wit" get stand-ins; others stay', async () => {
    const sanne = await partner('Sanne de Wit');
    const own = await f.lesson({ atelierId, authorId: sanne.user.id, visibility: 'ARENA' });
    await t.prisma.lesson.update({
      where: { id: own.id },
      data: {
        title: 'Wat Sanne de Wit leerde in de buurtkamer',
        body:
          '<p>Ik ben <strong>Sanne</strong> de Wit en werk in de buurtkamer.</p>' +
          '<p>Mevrouw De Wit is mijn tante niet; Sanne vertelde het zelf.</p>',
      },
    });
    const insight = await f.insight({ atelierId, authorId: trekkerId, visibility: 'TRIBUNE' });
    await t.prisma.insight.update({
      where: { id: insight.id },
      data: {
        body: '<p>Zoals <em>mevrouw De Wit</em> het zei: samen koken werkt.</p>',
        // Confirmed earlier with a reason naming her: that confirmation is about someone now forgotten.
        privacyAccepted: [
          {
            kind: 'NAME',
            text: 'mevrouw De Wit',
            reason: 'Sanne de Wit gaf zelf toestemming',
            byId: trekkerId,
            at: '2026-11-01T10:00:00.000Z',
          },
        ],
      },
    });
    const shared = await f.lesson({ atelierId, authorId: trekkerId, visibility: 'TRIBUNE' });
    const ownReaction = await t.prisma.reaction.create({
      data: {
        authorId: sanne.user.id,
        lessonId: shared.id,
        body: '<p>Sanne hier: bij ons werkte het ook.</p>',
      },
    });
    const othersReaction = await t.prisma.reaction.create({
      data: {
        authorId: trekkerId,
        lessonId: shared.id,
        // Rich text: a name inside markup keeps the markup around its stand-in.
        body: '<p>Dank je, <strong>Sanne</strong>! Mw. de Wit weet er veel van.</p>',
      },
    });
    // Not about her: another De Wit, a bakery, the colour, and a text without the name at all.
    const unrelatedBodies = [
      '<p>Piet de Wit en J. de Wit kwamen ook; brood van bakkerij De Wit. De muur was wit.</p>',
      '<p>Wat we leerden in de buurtkamer.</p>',
    ];
    const unrelated = await Promise.all(
      unrelatedBodies.map(async (body) => {
        const lesson = await f.lesson({ atelierId, authorId: trekkerId, visibility: 'ARENA' });
        return t.prisma.lesson.update({ where: { id: lesson.id }, data: { body } });
      }),
    );

    expect((await sanne.client.ok(ERASE, { p: sanne.password })).eraseMe).toBe(true);

    const lesson = await t.prisma.lesson.findUniqueOrThrow({ where: { id: own.id } });
    expect(lesson.title).toBe('Wat persoon A leerde in de buurtkamer');
    // The tags around a mention stay, so the HTML is as valid as before.
    expect(lesson.body).toBe(
      '<p>Ik ben <strong>persoon A</strong> en werk in de buurtkamer.</p>' +
        // A later first name takes the title of the first titled mention, as the check's stand-ins do.
        '<p>Mevrouw A. is mijn tante niet; mevrouw A. vertelde het zelf.</p>',
    );
    expect(lesson.version).toBe(own.version + 1);
    // The stand-ins do not stop it climbing later.
    expect(
      climbFindings(
        { title: lesson.title, body: lesson.body, html: true },
        [],
        acceptedOf(lesson.privacyAccepted),
      ),
    ).toEqual([]);

    const insightAfter = await t.prisma.insight.findUniqueOrThrow({ where: { id: insight.id } });
    expect(insightAfter.body).toBe('<p>Zoals <em>mevrouw A.</em> het zei: samen koken werkt.</p>');
    expect(acceptedOf(insightAfter.privacyAccepted)).toEqual([
      expect.objectContaining({ kind: 'NAME', text: 'mevrouw A.', standIn: true, byId: sanne.user.id }),
    ]);
    expect(JSON.stringify(insightAfter.privacyAccepted)).not.toMatch(/Sanne|Wit/);

    expect((await t.prisma.reaction.findUniqueOrThrow({ where: { id: ownReaction.id } })).body).toBe(
      '<p>Persoon A hier: bij ons werkte het ook.</p>',
    );
    expect((await t.prisma.reaction.findUniqueOrThrow({ where: { id: othersReaction.id } })).body).toBe(
      '<p>Dank je, <strong>persoon A</strong>! Mw. A. weet er veel van.</p>',
    );
    for (const [i, row] of unrelated.entries()) {
      const after = await t.prisma.lesson.findUniqueOrThrow({ where: { id: row.id } });
      expect({ body: after.body, version: after.version }).toEqual({
        body: unrelatedBodies[i],
        version: row.version,
      });
    }

    // Audited: what kind of change and how many texts, never the name.
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'account.texts-pseudonymised', targetId: sanne.user.id },
    });
    expect(event.details).toEqual({
      texts: 4,
      mentions: 8,
      byKind: { Lesson: 1, Insight: 1, Reaction: 2 },
    });
    expect(JSON.stringify(event)).not.toMatch(/Sanne|Wit/);
  });

  it('successful-erase-texts: a first name that is a word ("Roos") leaves the café De Roos and the flower alone', async () => {
    const roos = await partner('Roos Hendriks');
    const lesson = await f.lesson({ atelierId, authorId: trekkerId, visibility: 'ARENA' });
    const body =
      '<p>Na afloop dronken we koffie bij De Roos op het plein, met een rode roos op tafel. ' +
      'Roos vertelde dat het goed ging.</p>';
    await t.prisma.lesson.update({ where: { id: lesson.id }, data: { body } });
    const question = await t.prisma.question.create({
      data: {
        atelierId,
        authorId: trekkerId,
        title: 'Wat vond Roos ervan?',
        body: 'Roosje en Café Roos tellen niet.',
      },
    });

    expect((await roos.client.ok(ERASE, { p: roos.password })).eraseMe).toBe(true);

    expect((await t.prisma.lesson.findUniqueOrThrow({ where: { id: lesson.id } })).body).toBe(
      '<p>Na afloop dronken we koffie bij De Roos op het plein, met een rode roos op tafel. ' +
        'Persoon A vertelde dat het goed ging.</p>',
    );
    expect(await t.prisma.question.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({
      title: 'Wat vond persoon A ervan?',
      body: 'Roosje en Café Roos tellen niet.',
    });
  });
});
