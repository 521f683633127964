import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { countStatements } from '../support/statement-counter.js';
import { startTestApp, type GraphQLClient, type GraphQLResponse, type TestApp } from '../support/test-app.js';
import { errorOf, inDays, person } from '../tribune/tribune-fixtures.js';
import { ProposalReviewSweep } from '../../src/proposal/proposal-review.sweep.js';

/**
 * Decisions in the arena (issue 22): the role table of reading a proposal, proposing, taking a stance and writing
 * the outcome, for every kind of person; a proposal never shows, by any path, to anyone outside the atelier's arena
 * and its trekker; the closing-time rule, a block's reason, the counts, the review reminder and an activity planned
 * from a decision.
 */
type Who =
  'visitor' | 'nonMember' | 'tribune' | 'arena' | 'trekker' | 'committee' | 'beheerder' | 'otherAtelier';
const WHO: Who[] = [
  'visitor',
  'nonMember',
  'tribune',
  'arena',
  'trekker',
  'committee',
  'beheerder',
  'otherAtelier',
];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

const PROPOSAL_FIELDS = `id kind title isOpen closesAt outcome reviewOn canConclude
  options { id label }
  myStance { choice reason options { id } }
  stances { choice reason user { name } options { label } }
  results { participants stances { choice count } options { option { label } firstChoices points } }`;
const READ = `query($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on Proposal { title } ... on Stance { reason } } }`;
const CREATE = `mutation($i: CreateProposalInput!) { createProposal(input: $i) { ${PROPOSAL_FIELDS} } }`;
const STANCE = `mutation($i: TakeStanceInput!) { takeStance(input: $i) { ${PROPOSAL_FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeProposal(id: $id) { id isOpen } }`;
const OUTCOME = `mutation($i: WriteProposalOutcomeInput!) { writeProposalOutcome(input: $i) { id outcome reviewOn } }`;
const LIST = `query($id: ID!) { atelier(id: $id) { takesPartInDecisions proposals { id title results { participants } stances { id } } } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { kind proposal { id title } } } } }`;
const PLAN = `mutation($a: ID!, $i: PlanActivityInput!) { planActivity(atelierId: $a, input: $i) { id title proposal { id title } } }`;

describe('decisions in the arena', () => {
  let t: TestApp;
  let atelierId: string;
  let otherAtelierId: string;
  const c = {} as Record<Who, GraphQLClient>;
  /** An open proposal made by the arena member, with the trekker's stance on it. */
  let openId: string;

  const propose = (client: GraphQLClient, input: Record<string, unknown> = {}) =>
    client.query(CREATE, {
      i: {
        atelierId: gid('Atelier', atelierId),
        kind: 'PROPOSAL',
        title: 'Ontmoetingsochtend in de wijk',
        body: '<p>Zullen we <strong>elke maand</strong> een ochtend houden?</p><script>alert(1)</script>',
        closesAt: inDays(7),
        ...input,
      },
    });

  /** A proposal by `by` whose closing time has passed (made open, then its clock moved back in the database). */
  async function closedProposal(by: GraphQLClient): Promise<string> {
    const made = await propose(by, { title: 'Gesloten voorstel' });
    const id = made.data.createProposal.id as string;
    await t.prisma.proposal.update({
      where: {
        id: (
          await t.prisma.proposal.findFirstOrThrow({
            where: { title: 'Gesloten voorstel' },
            orderBy: { createdAt: 'desc' },
          })
        ).id,
      },
      data: { closesAt: new Date(Date.now() - 60_000) },
    });
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    const f = new DemoFixtures(t.prisma);
    atelierId = (await f.atelierOf(LONELINESS)).id;
    otherAtelierId = (await f.atelierOf('Samen wonen in de wijk')).id;
    c.visitor = t.client();
    c.nonMember = (await person(t, { name: 'Niet betrokken' })).client;
    c.tribune = (await person(t, { atelierId, role: 'TRIBUNE', name: 'Op de tribune' })).client;
    c.arena = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    c.trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    c.committee = await t.client().signIn(DEMO.committee, DEMO_PASSWORD);
    c.beheerder = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    c.otherAtelier = (
      await person(t, { atelierId: otherAtelierId, role: 'ARENA', name: 'Ander atelier' })
    ).client;
    const made = await propose(c.arena);
    expect(made.errors).toBeUndefined();
    openId = made.data.createProposal.id;
    await c.trekker.ok(STANCE, { i: { proposalId: openId, choice: 'AGREE', reason: 'Goed plan' } });
  });
  afterAll(() => t.close());

  interface Row {
    action: string;
    run: (client: GraphQLClient, who: Who) => Promise<GraphQLResponse>;
    expect: Record<Who, Outcome>;
  }
  const onlyDecisionMembers = (outside: Outcome): Record<Who, Outcome> => ({
    visitor: outside === 'NOT_FOUND' ? 'NOT_FOUND' : 'UNAUTHENTICATED',
    nonMember: outside,
    tribune: outside,
    arena: 'ok',
    trekker: 'ok',
    committee: outside,
    beheerder: outside,
    otherAtelier: outside,
  });
  const ROWS: Row[] = [
    {
      action: 'read a proposal',
      run: (cl) => cl.query(READ, { id: openId }),
      expect: onlyDecisionMembers('NOT_FOUND'),
    },
    { action: 'propose', run: (cl) => propose(cl), expect: onlyDecisionMembers('FORBIDDEN') },
    {
      action: 'take a stance',
      run: (cl) => cl.query(STANCE, { i: { proposalId: openId, choice: 'ABSTAIN', reason: '' } }),
      expect: { ...onlyDecisionMembers('NOT_FOUND'), visitor: 'UNAUTHENTICATED' },
    },
    {
      action: 'write the outcome (of the arena member’s closed proposal)',
      run: async (cl) => {
        const id = await closedProposal(c.arena);
        return cl.query(OUTCOME, { i: { proposalId: id, outcome: 'We doen het.' } });
      },
      expect: { ...onlyDecisionMembers('NOT_FOUND'), visitor: 'UNAUTHENTICATED', trekker: 'FORBIDDEN' },
    },
  ];
  const cells = ROWS.flatMap((row) => WHO.map((who) => [row.action, who, row.expect[who], row] as const));

  it.each(cells)('%s — %s → %s', async (_action, who, outcome, row) => {
    const result = await row.run(c[who], who);
    if (outcome === 'ok') expect(result.errors).toBeUndefined();
    else expect(errorOf(result)?.code).toBe(outcome);
  });

  it('never shows a proposal or its stances outside the arena: not by node, not in the atelier, not in search or notifications', async () => {
    // (The role table's cells changed it.)
    await c.trekker.ok(STANCE, { i: { proposalId: openId, choice: 'AGREE', reason: 'Goed plan' } });
    const stance = await t.prisma.stance.findFirstOrThrow({ where: { reason: 'Goed plan' } });
    const stanceId = gid('Stance', stance.id);
    for (const who of [
      'visitor',
      'nonMember',
      'tribune',
      'committee',
      'beheerder',
      'otherAtelier',
    ] as const) {
      expect(errorOf(await c[who].query(NODE, { id: openId }))?.code).toBe('NOT_FOUND');
      expect(errorOf(await c[who].query(NODE, { id: stanceId }))?.code).toBe('NOT_FOUND');
      const list = await c[who].ok(LIST, { id: gid('Atelier', atelierId) });
      expect(list.atelier.proposals).toEqual([]);
      expect(list.atelier.takesPartInDecisions).toBe(false);
      const found = await c[who].ok(
        `{ search(query: "Ontmoetingsochtend", first: 20) { edges { node { __typename } } } }`,
      );
      expect(JSON.stringify(found)).not.toContain('Proposal');
    }
    for (const who of ['nonMember', 'tribune', 'committee', 'beheerder', 'otherAtelier'] as const) {
      const mine = await c[who].ok(NOTIFICATIONS);
      expect(
        mine.notifications.edges.filter((e: { node: { kind: string } }) =>
          e.node.kind.startsWith('PROPOSAL'),
        ),
      ).toEqual([]);
    }
    const node = await c.arena.ok(NODE, { id: stanceId });
    expect(node.node.reason).toBe('Goed plan');
    const list = await c.trekker.ok(LIST, { id: gid('Atelier', atelierId) });
    expect(list.atelier.proposals.map((p: { id: string }) => p.id)).toContain(openId);
    // The trekker was told of the arena member's proposal; the body came through the lessons' sanitiser.
    const told = await c.trekker.ok(NOTIFICATIONS);
    expect(
      told.notifications.edges.map((e: { node: { kind: string; proposal: { id: string } | null } }) => [
        e.node.kind,
        e.node.proposal?.id,
      ]),
    ).toContainEqual(['PROPOSAL_OPENED', openId]);
    const body = await t.prisma.proposal.findFirstOrThrow({
      where: { title: 'Ontmoetingsochtend in de wijk' },
    });
    expect(body.body).toContain('<strong>elke maand</strong>');
    expect(body.body).not.toContain('script');
  });

  it('shows who took which stance, and counts every stance', async () => {
    await c.arena.ok(STANCE, { i: { proposalId: openId, choice: 'DISAGREE', reason: 'Liever om de week' } });
    const { proposal } = await c.arena.ok(READ, { id: openId });
    expect(proposal.myStance).toMatchObject({ choice: 'DISAGREE', reason: 'Liever om de week' });
    expect(proposal.stances.map((s: { user: { name: string }; choice: string }) => s.choice)).toEqual(
      expect.arrayContaining(['AGREE', 'DISAGREE']),
    );
    expect(proposal.results.stances).toEqual(
      expect.arrayContaining([
        { choice: 'AGREE', count: expect.any(Number) as number },
        { choice: 'BLOCK', count: 0 },
      ]),
    );
    expect(proposal.results.participants).toBe(proposal.stances.length);
  });

  it('refuses a block without a reason, and takes it with one', async () => {
    const without = await c.arena.query(STANCE, { i: { proposalId: openId, choice: 'BLOCK', reason: '  ' } });
    expect(errorOf(without)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const withReason = await c.arena.ok(STANCE, {
      i: { proposalId: openId, choice: 'BLOCK', reason: 'Geen ruimte' },
    });
    expect(withReason.takeStance.myStance).toMatchObject({ choice: 'BLOCK', reason: 'Geen ruimte' });
  });

  it('keeps the closing time: in the future, no stance after it or after closing early, the outcome only after', async () => {
    const past = await propose(c.arena, { closesAt: new Date(Date.now() - 1000).toISOString() });
    expect(errorOf(past)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.closesAt', rule: 'future' });
    const made = await c.arena.ok(CREATE.replace('createProposal', 'createProposal'), {
      i: {
        atelierId: gid('Atelier', atelierId),
        kind: 'PROPOSAL',
        title: 'Vroeg gesloten',
        closesAt: inDays(3),
      },
    });
    const id = made.createProposal.id as string;
    expect(
      errorOf(await c.arena.query(OUTCOME, { i: { proposalId: id, outcome: 'Te vroeg' } })),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'PROPOSAL_OPEN',
    });
    expect(errorOf(await c.trekker.query(CLOSE, { id }))?.code).toBe('FORBIDDEN');
    expect((await c.arena.ok(CLOSE, { id })).closeProposal.isOpen).toBe(false);
    expect(errorOf(await c.trekker.query(STANCE, { i: { proposalId: id, choice: 'AGREE' } }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'PROPOSAL_CLOSED',
    });
    const lapsed = await closedProposal(c.arena);
    expect(errorOf(await c.trekker.query(STANCE, { i: { proposalId: lapsed, choice: 'AGREE' } }))?.code).toBe(
      'CONFLICT',
    );
  });

  it('counts a ranked poll by Borda and a single-choice poll by votes', async () => {
    const made = await c.arena.ok(CREATE, {
      i: {
        atelierId: gid('Atelier', atelierId),
        kind: 'POLL',
        pollMethod: 'RANKED',
        title: 'Welke plek?',
        closesAt: inDays(2),
        options: ['Buurthuis', 'Bibliotheek', 'Online'],
      },
    });
    const poll = made.createProposal;
    const [a, b, o] = poll.options.map((x: { id: string }) => x.id);
    const incomplete = await c.arena.query(STANCE, { i: { proposalId: poll.id, optionIds: [a] } });
    expect(errorOf(incomplete)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.optionIds' });
    await c.arena.ok(STANCE, { i: { proposalId: poll.id, optionIds: [a, b, o] } });
    const after = await c.trekker.ok(STANCE, { i: { proposalId: poll.id, optionIds: [b, a, o] } });
    expect(after.takeStance.results.options).toEqual([
      { option: { label: 'Buurthuis' }, firstChoices: 1, points: 3 },
      { option: { label: 'Bibliotheek' }, firstChoices: 1, points: 3 },
      { option: { label: 'Online' }, firstChoices: 0, points: 0 },
    ]);
    const tooFew = await propose(c.arena, { kind: 'POLL', pollMethod: 'SINGLE', options: ['Alleen deze'] });
    expect(errorOf(tooFew)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.options' });
    const single = (
      await c.arena.ok(CREATE, {
        i: {
          atelierId: gid('Atelier', atelierId),
          kind: 'POLL',
          pollMethod: 'SINGLE',
          title: 'Welke dag?',
          closesAt: inDays(2),
          options: ['Maandag', 'Dinsdag'],
        },
      })
    ).createProposal;
    const two = await c.trekker.query(STANCE, {
      i: { proposalId: single.id, optionIds: single.options.map((x: { id: string }) => x.id) },
    });
    expect(errorOf(two)?.code).toBe('BAD_USER_INPUT');
    const one = await c.trekker.ok(STANCE, {
      i: { proposalId: single.id, optionIds: [single.options[1].id] },
    });
    expect(one.takeStance.results.options.map((r: { firstChoices: number }) => r.firstChoices)).toEqual([
      0, 1,
    ]);
  });

  it('records the outcome, tells the arena, reminds the proposer and trekker once on the review date, and plans an activity from it', async () => {
    const id = await closedProposal(c.arena);
    const written = await c.arena.ok(OUTCOME, {
      i: { proposalId: id, outcome: 'We houden elke maand een ontmoetingsochtend.', reviewOn: inDays(30) },
    });
    expect(written.writeProposalOutcome.outcome).toBe('We houden elke maand een ontmoetingsochtend.');
    const told = await c.trekker.ok(NOTIFICATIONS);
    expect(
      told.notifications.edges.map((e: { node: { kind: string; proposal: { id: string } | null } }) => [
        e.node.kind,
        e.node.proposal?.id,
      ]),
    ).toContainEqual(['PROPOSAL_OUTCOME', id]);
    const audit = await t.prisma.auditEvent.findFirst({
      where: {
        action: 'proposal.outcome-written',
        targetId: (
          await t.prisma.proposal.findFirstOrThrow({
            where: { outcome: { not: null } },
            orderBy: { outcomeAt: 'desc' },
          })
        ).id,
      },
    });
    expect(audit).not.toBeNull();

    // On the review date the proposer and the trekker hear of it, once, even when two replicas sweep at once.
    await t.prisma.proposal.updateMany({
      where: { outcome: 'We houden elke maand een ontmoetingsochtend.' },
      data: { reviewOn: new Date(Date.now() - 1000) },
    });
    const sweep = t.app.get(ProposalReviewSweep);
    const [first, second] = await Promise.all([sweep.sweep(), sweep.sweep()]);
    expect(first + second).toBe(2);
    expect(await sweep.sweep()).toBe(0);
    for (const who of ['arena', 'trekker'] as const) {
      const mine = await c[who].ok(NOTIFICATIONS);
      expect(
        mine.notifications.edges.filter(
          (e: { node: { kind: string; proposal: { id: string } | null } }) =>
            e.node.kind === 'PROPOSAL_REVIEW_DUE' && e.node.proposal?.id === id,
        ),
      ).toHaveLength(1);
    }

    // The trekker plans an activity from the decision; it keeps the link, both ways.
    const plan = (proposalId: string) =>
      c.trekker.query(PLAN, {
        a: gid('Atelier', atelierId),
        i: {
          kind: 'MEETING',
          title: 'Ontmoetingsochtend',
          startsAt: inDays(14),
          location: 'Buurthuis De Ster',
          proposalId,
        },
      });
    expect(errorOf(await plan(openId))).toMatchObject({ code: 'CONFLICT', reason: 'NO_OUTCOME' });
    const planned = await plan(id);
    expect(planned.errors).toBeUndefined();
    expect(planned.data.planActivity.proposal.id).toBe(id);
    const back = await c.arena.ok(`query($id: ID!) { proposal(id: $id) { activities { id title } } }`, {
      id,
    });
    expect(back.proposal.activities).toEqual([
      { id: planned.data.planActivity.id, title: 'Ontmoetingsochtend' },
    ]);
    // A tribune member reads the activity but not the decision behind it.
    const seen = await c.tribune.ok(`query($id: ID!) { activity(id: $id) { title proposal { id } } }`, {
      id: planned.data.planActivity.id,
    });
    expect(seen.activity).toEqual({ title: 'Ontmoetingsochtend', proposal: null });
  });

  it('reads an atelier’s decisions, their stances and counts in statements that do not grow with their number', async () => {
    const cost = async () =>
      (await countStatements(() => c.trekker.ok(LIST, { id: gid('Atelier', atelierId) }))).count;
    const before = await cost();
    for (let i = 0; i < 3; i++) {
      const made = await propose(c.arena, { title: `Nog een voorstel ${i}` });
      await c.trekker.ok(STANCE, { i: { proposalId: made.data.createProposal.id, choice: 'AGREE' } });
    }
    expect(await cost()).toBe(before);
  });
});
