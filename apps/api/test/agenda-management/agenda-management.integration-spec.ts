import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid, secondWorkshop } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type GraphQLResponse, type TestApp } from '../support/test-app.js';

const CREATE = `mutation($i: CreateSocialIssueInput!) { createSocialIssue(input: $i) { id title status since version history { kind toValue actor { name } } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateSocialIssueInput!) { updateSocialIssue(id: $id, input: $i) { id title description version history { kind fromValue toValue } } }`;
const MERGE = `mutation($s: ID!, $t: ID!) { mergeSocialIssues(sourceId: $s, targetId: $t) { id title ateliers { id title } history { kind toValue } } }`;
const LAPSE = `mutation($id: ID!, $r: String!) { lapseSocialIssue(id: $id, reason: $r) { id status lapseReason history { kind toValue } } }`;
const START = `mutation($s: ID!, $t: ID!, $i: StartAtelierInput) { startAtelier(socialIssueId: $s, trekkerId: $t, input: $i) { id title trekker { name } socialIssue { id } } }`;
const ADVISE = `mutation($a: ID!, $i: GiveAdviceInput!) { giveAdvice(atelierId: $a, input: $i) { id title asked } }`;

const code = (r: GraphQLResponse) => r.errors?.[0]?.extensions.code;
const field = (r: GraphQLResponse) => r.errors?.[0]?.extensions.field;

/** The programmacommissie keeps the kennisagenda: create, change, merge, lapse, start ateliers, advise. */
describe('agenda management', () => {
  let t: TestApp;
  let f: DemoFixtures;
  const c = {} as Record<'visitor' | 'tribune' | 'arena' | 'trekker' | 'committee' | 'admin', GraphQLClient>;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    c.visitor = t.client();
    for (const role of ['tribune', 'arena', 'trekker', 'committee', 'admin'] as const)
      c[role] = await t.client().signIn(DEMO[role], DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  async function newIssue(title: string) {
    return (
      await c.committee.ok(CREATE, { i: { title, description: `Waarom ${title} op de agenda staat.` } })
    ).createSocialIssue;
  }

  it('successful-create: the commissie puts a kwestie on the agenda, with who and when in its history', async () => {
    const created = await newIssue('Jonge mantelzorgers op school');
    expect(created).toMatchObject({ title: 'Jonge mantelzorgers op school', status: 'ACTIVE', version: 1 });
    expect(created.since).toBe(String(new Date().getFullYear()));
    expect(created.history).toEqual([
      { kind: 'CREATED', toValue: 'Jonge mantelzorgers op school', actor: { name: 'Hanneke Willems' } },
    ]);
    const agenda = await c.visitor.ok(
      `{ socialIssues(first: 50, status: ACTIVE) { edges { node { id } } } }`,
    );
    expect(agenda.socialIssues.edges.map((e: any) => e.node.id)).toContain(created.id);
  });

  it('failing-create: others may not, and bad input names the field', async () => {
    const input = { i: { title: 'Een kwestie', description: 'Omschrijving' } };
    expect(code(await c.visitor.query(CREATE, input))).toBe('UNAUTHENTICATED');
    for (const role of ['tribune', 'arena', 'trekker', 'admin'] as const)
      expect(code(await c[role].query(CREATE, input))).toBe('FORBIDDEN');
    const short = await c.committee.query(CREATE, { i: { title: 'ab', description: 'Omschrijving' } });
    expect([code(short), field(short)]).toEqual(['BAD_USER_INPUT', 'input.title']);
    const long = await c.committee.query(CREATE, {
      i: { title: 'Een kwestie', description: 'x'.repeat(5001) },
    });
    expect([code(long), field(long)]).toEqual(['BAD_USER_INPUT', 'input.description']);
  });

  it('successful-update: changes title and description, each recorded; a stale version is a CONFLICT and loses nothing', async () => {
    const issue = await newIssue('Wonen en zorg');
    const changed = await c.committee.ok(UPDATE, {
      id: issue.id,
      i: { version: 1, title: 'Wonen, zorg en welzijn', description: 'Nieuwe omschrijving.' },
    });
    expect(changed.updateSocialIssue).toMatchObject({
      title: 'Wonen, zorg en welzijn',
      description: 'Nieuwe omschrijving.',
      version: 2,
    });
    expect(changed.updateSocialIssue.history.slice(1)).toEqual([
      { kind: 'TITLE_CHANGED', fromValue: 'Wonen en zorg', toValue: 'Wonen, zorg en welzijn' },
      {
        kind: 'DESCRIPTION_CHANGED',
        fromValue: 'Waarom Wonen en zorg op de agenda staat.',
        toValue: 'Nieuwe omschrijving.',
      },
    ]);
    const stale = await c.committee.query(UPDATE, { id: issue.id, i: { version: 1, title: 'Iets anders' } });
    expect(code(stale)).toBe('CONFLICT');
    const now = await c.visitor.ok(`query($id: ID!) { socialIssue(id: $id) { title version } }`, {
      id: issue.id,
    });
    expect(now.socialIssue).toEqual({ title: 'Wonen, zorg en welzijn', version: 2 });
    expect(
      code(await c.trekker.query(UPDATE, { id: issue.id, i: { version: 2, title: 'Door de trekker' } })),
    ).toBe('FORBIDDEN');
    expect(
      code(await c.visitor.query(UPDATE, { id: issue.id, i: { version: 2, title: 'Door een bezoeker' } })),
    ).toBe('UNAUTHENTICATED');
    const short = await c.committee.query(UPDATE, { id: issue.id, i: { version: 2, title: 'x' } });
    expect([code(short), field(short)]).toEqual(['BAD_USER_INPUT', 'input.title']);
    const wrongKind = await c.committee.query(UPDATE, {
      id: gid('Atelier', (await f.atelierOf(LONELINESS)).id),
      i: { version: 2, title: 'Verkeerd soort id' },
    });
    expect([code(wrongKind), field(wrongKind)]).toEqual(['BAD_USER_INPUT', 'id']);
  });

  it('successful-merge: the source points to the target, its atelier and participants move along, history on both sides', async () => {
    const source = await newIssue('Ontmoeting in de wijk');
    const target = await newIssue('Verbinding in de buurt');
    const trekker = await f.user(DEMO.trekker);
    const atelier = (await c.committee.ok(START, { s: source.id, t: gid('User', trekker.id), i: null }))
      .startAtelier;
    const atelierRow = await t.prisma.atelier.findFirstOrThrow({
      where: { title: 'Leeratelier Ontmoeting in de wijk' },
    });
    const { user: member } = await f.participant(atelierRow.id, 'ARENA');

    const merged = await c.committee.ok(MERGE, { s: source.id, t: target.id });
    expect(merged.mergeSocialIssues.id).toBe(target.id);
    expect(merged.mergeSocialIssues.ateliers.map((a: any) => a.id)).toContain(atelier.id);
    expect(merged.mergeSocialIssues.history.map((h: any) => h.kind)).toEqual(['CREATED', 'MERGED_FROM']);

    const after = await c.visitor.ok(
      `query($id: ID!) { socialIssue(id: $id) { status mergedInto { id } ateliers { id } history { kind } } }`,
      { id: source.id },
    );
    expect(after.socialIssue).toEqual({
      status: 'MERGED',
      mergedInto: { id: target.id },
      ateliers: [],
      history: [{ kind: 'CREATED' }, { kind: 'ATELIER_STARTED' }, { kind: 'MERGED_INTO' }],
    });
    // Nobody loses access: the participant is still in the (moved) atelier.
    const participation = await t.prisma.participation.findFirstOrThrow({ where: { userId: member.id } });
    expect(participation.status).toBe('ACTIVE');
    const audit = await c.committee.ok(`{ auditEvents(first: 20) { edges { node { action } } } }`);
    expect(audit.auditEvents.edges.map((e: any) => e.node.action)).toContain('social-issue.merged');
  });

  it('failing-merge: not into itself, not a merged one, not by others', async () => {
    const a = await newIssue('Kwestie A');
    const b = await newIssue('Kwestie B');
    const self = await c.committee.query(MERGE, { s: a.id, t: a.id });
    expect([code(self), field(self)]).toEqual(['BAD_USER_INPUT', 'targetId']);
    expect(code(await c.trekker.query(MERGE, { s: a.id, t: b.id }))).toBe('FORBIDDEN');
    expect(code(await c.visitor.query(MERGE, { s: a.id, t: b.id }))).toBe('UNAUTHENTICATED');
    await c.committee.ok(MERGE, { s: a.id, t: b.id });
    const again = await c.committee.query(MERGE, { s: a.id, t: b.id });
    expect([code(again), field(again)]).toEqual(['BAD_USER_INPUT', 'sourceId']);
    const into = await c.committee.query(MERGE, { s: b.id, t: a.id });
    expect([code(into), field(into)]).toEqual(['BAD_USER_INPUT', 'targetId']);

    // Not across werkplaatsen: a kwestie of another werkplaats stays where it is.
    const elsewhere = await t.prisma.workshop.create({
      data: { slug: 'werkplaats-elders', name: 'Werkplaats Elders' },
    });
    const foreign = await t.prisma.socialIssue.create({
      data: { workshopId: elsewhere.id, title: 'Kwestie elders', description: 'Elders op de agenda.' },
    });
    const across = await c.committee.query(MERGE, { s: b.id, t: gid('SocialIssue', foreign.id) });
    expect([code(across), field(across)]).toEqual(['BAD_USER_INPUT', 'targetId']);
    expect(code(await c.committee.query(MERGE, { s: gid('SocialIssue', foreign.id), t: b.id }))).toBe(
      'FORBIDDEN',
    );
    const untouched = await c.visitor.ok(
      `query($id: ID!) { socialIssue(id: $id) { status history { kind } } }`,
      { id: b.id },
    );
    expect(untouched.socialIssue).toEqual({
      status: 'ACTIVE',
      history: [{ kind: 'CREATED' }, { kind: 'MERGED_FROM' }],
    });
  });

  it('successful-lapse: with a reason, recorded; a lapsed kwestie gets no new atelier', async () => {
    const issue = await newIssue('Digitale vaardigheden');
    const lapsed = await c.committee.ok(LAPSE, {
      id: issue.id,
      r: 'Opgegaan in het programma van de bibliotheken.',
    });
    expect(lapsed.lapseSocialIssue).toMatchObject({
      status: 'LAPSED',
      lapseReason: 'Opgegaan in het programma van de bibliotheken.',
    });
    expect(lapsed.lapseSocialIssue.history.at(-1)).toEqual({
      kind: 'LAPSED',
      toValue: 'Opgegaan in het programma van de bibliotheken.',
    });
    const trekker = await f.user(DEMO.trekker);
    const start = await c.committee.query(START, { s: issue.id, t: gid('User', trekker.id) });
    expect([code(start), field(start)]).toEqual(['BAD_USER_INPUT', 'socialIssueId']);
    const other = await newIssue('Nog een kwestie');
    const noReason = await c.committee.query(LAPSE, { id: other.id, r: ' ' });
    expect([code(noReason), field(noReason)]).toEqual(['BAD_USER_INPUT', 'reason']);
    expect(code(await c.visitor.query(LAPSE, { id: other.id, r: 'Geen reden' }))).toBe('UNAUTHENTICATED');
    for (const role of ['tribune', 'arena', 'trekker', 'admin'] as const)
      expect(code(await c[role].query(LAPSE, { id: other.id, r: 'Geen reden' }))).toBe('FORBIDDEN');
    const again = await c.committee.query(LAPSE, { id: issue.id, r: 'Nog een keer.' });
    expect([code(again), field(again)]).toEqual(['BAD_USER_INPUT', 'id']);
    const still = await c.visitor.ok(`query($id: ID!) { socialIssue(id: $id) { status } }`, { id: other.id });
    expect(still.socialIssue.status).toBe('ACTIVE');
  });

  it('failing-candidates-elsewhere: each commissie names trekkers among the people of its own werkplaats only', async () => {
    const b = await secondWorkshop(t.prisma, 'kandidatenland');
    const names = (r: { trekkerCandidates: { name: string }[] }) => r.trekkerCandidates.map((u) => u.name);
    const ours = names(await c.committee.ok(`{ trekkerCandidates { name } }`));
    expect(ours).toContain('Fatma Yılmaz');
    expect(ours).not.toContain('trekker van kandidatenland');
    const bCommittee = await t.client().signIn(b.people.committee.email, b.password);
    const theirs = names(await bCommittee.ok(`{ trekkerCandidates { name } }`));
    expect(theirs).toEqual(['trekker van kandidatenland']);
    // Naming the other werkplaats is refused, either way round.
    const aId = gid(
      'Workshop',
      (await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } })).id,
    );
    const query = `query($w: ID) { trekkerCandidates(workshopId: $w) { id } }`;
    expect(code(await bCommittee.query(query, { w: aId }))).toBe('FORBIDDEN');
    expect(code(await c.committee.query(query, { w: gid('Workshop', b.workshop.id) }))).toBe('FORBIDDEN');
    expect(
      names(await c.committee.ok(`query($w: ID) { trekkerCandidates(workshopId: $w) { name } }`, { w: aId })),
    ).toEqual(ours);
  });

  it('successful-start: an atelier with a named trekker, who then leads it', async () => {
    const issue = await newIssue('Eenzaamheid onder jongeren');
    const candidates = await c.committee.ok(`{ trekkerCandidates { id name } }`);
    const fatma = candidates.trekkerCandidates.find((u: any) => u.name === 'Fatma Yılmaz');
    expect(fatma).toBeDefined();
    const started = await c.committee.ok(START, {
      s: issue.id,
      t: fatma.id,
      i: { description: 'Met jongeren zelf.' },
    });
    expect(started.startAtelier).toMatchObject({
      title: 'Leeratelier Eenzaamheid onder jongeren',
      trekker: { name: 'Fatma Yılmaz' },
      socialIssue: { id: issue.id },
    });
    expect(code(await c.tribune.query(`{ trekkerCandidates { id } }`))).toBe('FORBIDDEN');
    const nobody = await c.committee.query(START, {
      s: issue.id,
      t: gid('User', '00000000-0000-4000-8000-000000000000'),
    });
    expect([code(nobody), field(nobody)]).toEqual(['BAD_USER_INPUT', 'trekkerId']);
    const notAPerson = await c.committee.query(START, { s: issue.id, t: issue.id });
    expect([code(notAPerson), field(notAPerson)]).toEqual(['BAD_USER_INPUT', 'trekkerId']);
    expect(code(await c.visitor.query(START, { s: issue.id, t: fatma.id }))).toBe('UNAUTHENTICATED');
    for (const role of ['tribune', 'arena', 'trekker', 'admin'] as const)
      expect(code(await c[role].query(START, { s: issue.id, t: fatma.id }))).toBe('FORBIDDEN');
    const ateliers = await c.visitor.ok(`query($id: ID!) { socialIssue(id: $id) { ateliers { id } } }`, {
      id: issue.id,
    });
    expect(ateliers.socialIssue.ateliers).toHaveLength(1);
  });

  it('failing-start: one running atelier per kwestie, its start in the history; only a candidate of this werkplaats leads', async () => {
    const issue = await newIssue('Schulden bij jonge ouders');
    const trekker = gid('User', (await f.user(DEMO.trekker)).id);
    await c.committee.ok(START, { s: issue.id, t: trekker, i: { title: 'Atelier jonge ouders' } });
    const history = await c.visitor.ok(
      `query($id: ID!) { socialIssue(id: $id) { history { kind toValue actor { name } } } }`,
      { id: issue.id },
    );
    expect(history.socialIssue.history.map((h: any) => [h.kind, h.toValue])).toEqual([
      ['CREATED', 'Schulden bij jonge ouders'],
      ['ATELIER_STARTED', 'Atelier jonge ouders'],
    ]);
    expect(history.socialIssue.history[1].actor.name).toBe((await f.user(DEMO.committee)).name);

    // A second atelier for the same kwestie is refused, saying why; nothing is created.
    const second = await c.committee.query(START, { s: issue.id, t: trekker, i: { title: 'Nog een' } });
    expect([code(second), second.errors?.[0]?.extensions.reason]).toEqual(['CONFLICT', 'RUNNING_ATELIER']);
    expect(await t.prisma.atelier.count({ where: { title: 'Nog een' } })).toBe(0);

    // Someone who is no researcher nor trekker (a tribune member), or of no werkplaats of this commissie, is not a
    // candidate: refused as bad input, whatever id the client sends.
    const other = await newIssue('Armoede onder zzp-ers');
    const tribune = gid('User', (await f.user(DEMO.tribune)).id);
    const notCandidate = await c.committee.query(START, { s: other.id, t: tribune });
    expect([code(notCandidate), field(notCandidate)]).toEqual(['BAD_USER_INPUT', 'trekkerId']);
    const elsewhere = await f.user('trekker.lindeland@demo.werkplaats.nl');
    const foreign = await c.committee.query(START, { s: other.id, t: gid('User', elsewhere.id) });
    expect([code(foreign), field(foreign)]).toEqual(['BAD_USER_INPUT', 'trekkerId']);
  });

  it('successful-advice: the commissie advises, the trekker and arena read it and the trekker is told; the tribune does not see it', async () => {
    const atelier = gid('Atelier', (await f.atelierOf(LONELINESS)).id);
    const given = await c.committee.ok(ADVISE, {
      a: atelier,
      i: { title: 'Betrek de huisartsen', body: 'Nodig de praktijkondersteuners uit.', asked: true },
    });
    expect(given.giveAdvice).toMatchObject({ title: 'Betrek de huisartsen', asked: true });
    const READ = `query($id: ID!) { atelier(id: $id) { advice { title author { name } } } }`;
    for (const role of ['trekker', 'arena', 'committee'] as const) {
      expect((await c[role].ok(READ, { id: atelier })).atelier.advice).toContainEqual({
        title: 'Betrek de huisartsen',
        author: { name: 'Hanneke Willems' },
      });
    }
    const byNode = `query($id: ID!) { node(id: $id) { ... on Advice { title } } }`;
    expect((await c.trekker.ok(byNode, { id: given.giveAdvice.id })).node).toEqual({
      title: 'Betrek de huisartsen',
    });
    expect(code(await c.tribune.query(byNode, { id: given.giveAdvice.id }))).toBe('NOT_FOUND');
    for (const role of ['tribune', 'visitor', 'admin'] as const)
      expect((await c[role].ok(READ, { id: atelier })).atelier.advice).toEqual([]);
    const told = await c.trekker.ok(`{ notifications(first: 5) { edges { node { kind } } } }`);
    expect(told.notifications.edges[0].node.kind).toBe('ADVICE_GIVEN');
    for (const role of ['tribune', 'arena', 'trekker', 'admin'] as const)
      expect(
        code(
          await c[role].query(ADVISE, { a: atelier, i: { title: 'Advies', body: 'Tekst', asked: false } }),
        ),
      ).toBe('FORBIDDEN');
    const empty = await c.committee.query(ADVISE, {
      a: atelier,
      i: { title: 'Advies', body: ' ', asked: false },
    });
    expect([code(empty), field(empty)]).toEqual(['BAD_USER_INPUT', 'input.body']);
  });

  it('successful-products: published products for everyone, with the four O’s and national themes; drafts for those who work on it', async () => {
    const PRODUCTS = `{ ateliers(first: 20) { edges { node { title products { title kind os publishedAt nationalThemes { name } } } } } nationalThemes { name } }`;
    const data = await c.visitor.ok(PRODUCTS);
    const node = (d: any, title: string) => d.ateliers.edges.find((e: any) => e.node.title === title).node;
    expect(node(data, 'Leeratelier Armoede en schulden').products).toEqual([
      expect.objectContaining({
        kind: 'REPORT',
        os: ['RESEARCH', 'SUPPORT'],
        nationalThemes: [{ name: 'Armoede' }],
      }),
    ]);
    expect(node(data, 'Leeratelier Eenzaamheid en betekenisvol contact').products).toEqual([
      expect.objectContaining({
        kind: 'WORK_FORM',
        nationalThemes: [{ name: 'Lerende praktijken' }, { name: 'Sociale basis' }],
      }),
    ]);
    expect(node(data, 'Leeratelier JIP: jongeren doen mee').products).toEqual([]);
    const draft = node(await c.committee.ok(PRODUCTS), 'Leeratelier JIP: jongeren doen mee').products;
    expect(draft).toEqual([
      expect.objectContaining({
        kind: 'TEACHING_MODULE',
        publishedAt: null,
        nationalThemes: [{ name: 'Ervaringsdeskundigheid' }],
      }),
    ]);
    expect(node(await c.tribune.ok(PRODUCTS), 'Leeratelier JIP: jongeren doen mee').products).toEqual([]);
    expect(data.nationalThemes.map((n: any) => n.name)).toEqual([
      'Armoede',
      'Ervaringsdeskundigheid',
      'Lerende praktijken',
      'Sociale basis',
    ]);
  });
});
