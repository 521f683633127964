// Outputs and questions resolve their personal data as lessons do (issue 20): whoever may edit one pseudonymises or
// confirms each finding (kept with who and when, written in the audit log without the words), and then the step up
// that was refused passes. Someone who may not edit it is refused and learns nothing of the findings.
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';
import { person } from '../tribune/tribune-fixtures.js';

const RESOLVE_PRODUCT = `mutation($input: ResolvePersonalDataInput!) {
  resolveProductPersonalData(input: $input) { product { title description version } unresolved { id kind } }
}`;
const PRODUCT_FINDINGS = `query($id: ID!) { product(id: $id) { version personalDataFindings { id kind field text suggestion } } }`;
const SHARE_PRODUCT = `mutation($id: ID!) { setProductVisibility(id: $id, visibility: TRIBUNE) { visibility } }`;

const RESOLVE_QUESTION = `mutation($input: ResolvePersonalDataInput!) {
  resolveQuestionPersonalData(input: $input) { question { title body version } unresolved { id kind } }
}`;
const QUESTION_FINDINGS = `query($id: ID!) { question(id: $id) { version personalDataFindings { id kind field text suggestion } } }`;
const SHARE_QUESTION = `mutation($id: ID!) { setQuestionVisibility(id: $id, visibility: TRIBUNE) { visibility } }`;

type Found = { id: string; kind: string; field: string; text: string };

describe('outputs and questions: personal data resolved with one action per finding', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let arena: GraphQLClient;
  let trekker: GraphQLClient;
  let follower: GraphQLClient;
  let atelierId: string;
  let arenaId: string;
  let trekkerId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    arena = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    follower = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    arenaId = (await f.user(DEMO.arena)).id;
    trekkerId = (await f.user(DEMO.trekker)).id;
  });
  afterAll(() => t.close());

  async function output(visibility: 'ARENA' | 'TRIBUNE', title: string, description: string) {
    const product = await f.product({ atelierId, visibility, title });
    await t.prisma.product.update({ where: { id: product.id }, data: { description } });
    return product.id;
  }

  function auditsOf(targetId: string, action: string) {
    return t.prisma.auditEvent.findMany({ where: { targetId, action } });
  }

  it('an output: its share is refused, an arena member pseudonymises the name and confirms the number, then the trekker shares it', async () => {
    const id = await output(
      'ARENA',
      'Wat mevrouw Jansen ons leerde',
      'Een verslag van de buurtkamer. Bel 06-12345678 voor een exemplaar.',
    );
    const refused = await trekker.query(SHARE_PRODUCT, { id: gid('Product', id) });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'PERSONAL_DATA',
      findings: [
        { kind: 'NAME', field: 'title', text: 'mevrouw Jansen' },
        { kind: 'PHONE', field: 'body', text: '06-12345678' },
      ],
    });

    const read = (await arena.ok(PRODUCT_FINDINGS, { id: gid('Product', id) })).product;
    const [name, phone] = read.personalDataFindings as Found[];
    const resolved = (
      await arena.ok(RESOLVE_PRODUCT, {
        input: {
          id: gid('Product', id),
          version: read.version,
          choices: [
            { findingId: name!.id, action: 'PSEUDONYMISE' },
            { findingId: phone!.id, action: 'CONFIRM', reason: 'Het nummer van de buurtkamer' },
          ],
        },
      })
    ).resolveProductPersonalData;
    expect(resolved.unresolved).toEqual([]);
    expect(resolved.product.title).toBe('Wat mevrouw A. ons leerde');
    expect(resolved.product.description).toBe(
      'Een verslag van de buurtkamer. Bel 06-12345678 voor een exemplaar.',
    );
    expect(resolved.product.version).toBe(read.version + 1);
    expect(
      (await arena.ok(PRODUCT_FINDINGS, { id: gid('Product', id) })).product.personalDataFindings,
    ).toEqual([]);

    const row = await t.prisma.product.findUniqueOrThrow({ where: { id } });
    expect(row.privacyAccepted).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'NAME', text: 'mevrouw A.', standIn: true, byId: arenaId }),
        expect.objectContaining({ kind: 'PHONE', reason: 'Het nummer van de buurtkamer', byId: arenaId }),
      ]),
    );
    // The audit log says who resolved how many, never the words.
    const audits = await auditsOf(id, 'product.personalDataResolved');
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: arenaId, details: { pseudonymised: 1, confirmed: 1 } });
    expect(JSON.stringify(audits[0]!.details)).not.toContain('Jansen');

    expect(
      (await trekker.ok(SHARE_PRODUCT, { id: gid('Product', id) })).setProductVisibility.visibility,
    ).toBe('TRIBUNE');
  });

  it('an output: who may not edit it is refused and learns nothing; a stale version is a conflict', async () => {
    const title = 'Verslag over meneer De Vries';
    const id = await output('TRIBUNE', title, 'Wat we samen opleverden.');
    const { version, personalDataFindings } = (await trekker.ok(PRODUCT_FINDINGS, { id: gid('Product', id) }))
      .product;
    const choices = (personalDataFindings as Found[]).map((x) => ({
      findingId: x.id,
      action: 'PSEUDONYMISE',
    }));
    expect(choices).toHaveLength(1);

    // An arena member reads a shared output but only the trekker changes it: no findings shown, refused.
    expect(
      (await arena.ok(PRODUCT_FINDINGS, { id: gid('Product', id) })).product.personalDataFindings,
    ).toEqual([]);
    const byArena = await arena.query(RESOLVE_PRODUCT, {
      input: { id: gid('Product', id), version, choices },
    });
    expect(byArena.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(byArena.errors)).not.toContain('De Vries');
    // One who cannot read it at all (an output in the arena, for a follower) gets NOT_FOUND, as for any id.
    const hidden = await output('ARENA', 'Wat meneer De Vries vertelde', 'Een verslag.');
    const byFollower = await follower.query(RESOLVE_PRODUCT, {
      input: { id: gid('Product', hidden), version: 1, choices: [] },
    });
    expect(byFollower.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(byFollower.errors)).not.toContain('De Vries');
    expect(await auditsOf(id, 'product.personalDataResolved')).toEqual([]);
    expect(await auditsOf(hidden, 'product.personalDataResolved')).toEqual([]);
    expect((await t.prisma.product.findUniqueOrThrow({ where: { id } })).title).toBe(title);

    const stale = await trekker.query(RESOLVE_PRODUCT, {
      input: { id: gid('Product', id), version: version + 5, choices },
    });
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const done = (await trekker.ok(RESOLVE_PRODUCT, { input: { id: gid('Product', id), version, choices } }))
      .resolveProductPersonalData;
    expect(done.product.title).toBe('Verslag over meneer A.');
  });

  it('registering and editing an output: refused with the findings, then saved with one choice per finding', async () => {
    const REGISTER = `mutation($a: ID!, $i: RegisterProductInput!, $p: [PersonalDataChoiceInput!]) {
      registerProduct(atelierId: $a, input: $i, personalData: $p) { id title description version }
    }`;
    const input = {
      kind: 'REPORT',
      title: 'Wat mevrouw Jansen ons leerde',
      description: 'Bel 06-12345678 voor een exemplaar.',
      os: ['RESEARCH'],
    };
    const refused = await arena.query(REGISTER, { a: gid('Atelier', atelierId), i: input });
    expect(refused.errors?.[0]?.extensions.code).toBe('PERSONAL_DATA');
    const [name, phone] = refused.errors![0]!.extensions.findings as Found[];
    const saved = (
      await arena.ok(REGISTER, {
        a: gid('Atelier', atelierId),
        i: input,
        p: [
          { findingId: name!.id, action: 'PSEUDONYMISE' },
          { findingId: phone!.id, action: 'CONFIRM', reason: 'Het nummer van de buurtkamer' },
        ],
      })
    ).registerProduct;
    expect(saved.title).toBe('Wat mevrouw A. ons leerde');
    expect(saved.description).toBe('Bel 06-12345678 voor een exemplaar.');
    const row = await t.prisma.product.findFirstOrThrow({ where: { title: 'Wat mevrouw A. ons leerde' } });
    expect(row.privacyAccepted).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'PHONE', reason: 'Het nummer van de buurtkamer', byId: arenaId }),
      ]),
    );

    // Edited in the arena: the new name is refused, then replaced; the confirmed number does not stop it again.
    const UPDATE = `mutation($id: ID!, $i: UpdateProductInput!, $p: [PersonalDataChoiceInput!]) {
      updateProduct(id: $id, input: $i, personalData: $p) { title description }
    }`;
    const edit = {
      version: saved.version,
      description: 'Meneer Bakker belt 06-12345678 voor een exemplaar.',
    };
    const again = await arena.query(UPDATE, { id: saved.id, i: edit });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'PERSONAL_DATA',
      findings: [{ kind: 'NAME', text: 'Meneer Bakker' }],
    });
    const [bakker] = again.errors![0]!.extensions.findings as Found[];
    const edited = (
      await arena.ok(UPDATE, {
        id: saved.id,
        i: edit,
        p: [{ findingId: bakker!.id, action: 'PSEUDONYMISE' }],
      })
    ).updateProduct;
    expect(edited.description).toBe('Meneer B. belt 06-12345678 voor een exemplaar.');
    expect(edited.title).toBe('Wat mevrouw A. ons leerde');
  });

  it('a question: sharing it is refused, its author pseudonymises the name (the debt detail goes with it), then the trekker shares it', async () => {
    const question = await f.question({
      atelierId,
      authorId: arenaId,
      status: 'ANSWERED',
      title: 'Hoe bereiken we mensen zoals meneer De Vries?',
      body: 'Meneer De Vries heeft schulden bij de woningcorporatie en durft niet te bellen.',
    });
    const id = gid('Question', question.id);
    const refused = await trekker.query(SHARE_QUESTION, { id });
    expect(refused.errors?.[0]?.extensions.code).toBe('PERSONAL_DATA');

    const read = (await arena.ok(QUESTION_FINDINGS, { id })).question;
    const names = (read.personalDataFindings as Found[]).filter((x) => x.kind === 'NAME');
    expect(names.length).toBeGreaterThan(0);
    const resolved = (
      await arena.ok(RESOLVE_QUESTION, {
        input: {
          id,
          version: read.version,
          choices: names.map((x) => ({ findingId: x.id, action: 'PSEUDONYMISE' })),
        },
      })
    ).resolveQuestionPersonalData;
    expect(resolved.unresolved).toEqual([]);
    expect(resolved.question.title).toBe('Hoe bereiken we mensen zoals meneer A.?');
    expect(resolved.question.body).toBe(
      'Meneer A. heeft schulden bij de woningcorporatie en durft niet te bellen.',
    );
    const audits = await auditsOf(question.id, 'question.personalDataResolved');
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: arenaId,
      details: { pseudonymised: names.length, confirmed: 0 },
    });

    expect((await trekker.ok(SHARE_QUESTION, { id })).setQuestionVisibility.visibility).toBe('TRIBUNE');
    // What was resolved stays resolved: the trekker's edit of the shared question passes the check.
    const edited = await trekker.ok(
      `mutation($id: ID!, $i: UpdateQuestionInput!) { updateQuestion(id: $id, input: $i) { body } }`,
      {
        id,
        i: {
          version: read.version + 2,
          body: 'Meneer A. heeft schulden bij de woningcorporatie en belt nu wel.',
        },
      },
    );
    expect(edited.updateQuestion.body).toContain('belt nu wel');

    // New words with a new name: refused with the findings, then saved with one choice per finding.
    const UPDATE = `mutation($id: ID!, $i: UpdateQuestionInput!, $p: [PersonalDataChoiceInput!]) {
      updateQuestion(id: $id, input: $i, personalData: $p) { body version }
    }`;
    const edit = { version: read.version + 3, body: 'Meneer A. en mevrouw Smit bellen nu wel.' };
    const again = await trekker.query(UPDATE, { id, i: edit });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'PERSONAL_DATA',
      findings: [{ kind: 'NAME', text: 'mevrouw Smit' }],
    });
    expect((await t.prisma.question.findUniqueOrThrow({ where: { id: question.id } })).body).toContain(
      'belt nu wel',
    );
    const [smit] = again.errors![0]!.extensions.findings as Found[];
    const saved = (
      await trekker.ok(UPDATE, { id, i: edit, p: [{ findingId: smit!.id, action: 'PSEUDONYMISE' }] })
    ).updateQuestion;
    // A. stands for De Vries already: the new name gets the next letter.
    expect(saved.body).toBe('Meneer A. en mevrouw B. bellen nu wel.');
  });

  it('a question: another arena member and a follower are refused and learn nothing; a confirmation needs a reason', async () => {
    const title = 'Wat vertelde mevrouw Jansen over de buurtkamer?';
    const question = await f.question({ atelierId, authorId: arenaId, status: 'ANSWERED', title });
    const id = gid('Question', question.id);
    const other = await person(t, { atelierId, role: 'ARENA', name: 'Ander lid van de arena' });
    const [finding] = (await trekker.ok(QUESTION_FINDINGS, { id })).question.personalDataFindings as Found[];
    const choices = [{ findingId: finding!.id, action: 'PSEUDONYMISE' }];

    expect((await other.client.ok(QUESTION_FINDINGS, { id })).question.personalDataFindings).toEqual([]);
    const byOther = await other.client.query(RESOLVE_QUESTION, { input: { id, version: 1, choices } });
    expect(byOther.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const byFollower = await follower.query(RESOLVE_QUESTION, { input: { id, version: 1, choices } });
    expect(byFollower.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    for (const refused of [byOther, byFollower]) expect(JSON.stringify(refused)).not.toContain('Jansen');
    expect(await auditsOf(question.id, 'question.personalDataResolved')).toEqual([]);

    const noReason = await trekker.query(RESOLVE_QUESTION, {
      input: { id, version: 1, choices: [{ findingId: finding!.id, action: 'CONFIRM' }] },
    });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const row = await t.prisma.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(row.title).toBe(title);
    expect(row.privacyAccepted).toEqual([]);

    const byTrekker = (await trekker.ok(RESOLVE_QUESTION, { input: { id, version: 1, choices } }))
      .resolveQuestionPersonalData;
    expect(byTrekker.question.title).toBe('Wat vertelde mevrouw A. over de buurtkamer?');
    expect(
      (await t.prisma.question.findUniqueOrThrow({ where: { id: question.id } })).privacyAccepted,
    ).toEqual([expect.objectContaining({ kind: 'NAME', text: 'mevrouw A.', byId: trekkerId })]);
  });
});
