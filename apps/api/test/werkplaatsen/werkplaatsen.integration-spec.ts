import { randomUUID } from 'node:crypto';
import {
  DEMO,
  DEMO_PASSWORD,
  DemoFixtures,
  gid,
  secondWorkshop,
  type SecondWorkshop,
} from '../factories/fixtures.js';
import { fewestStatements } from '../support/statement-counter.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

/**
 * Several werkplaatsen on one deployment, as the web app shows them: a werkplaats by its address (slug), what each
 * shares publicly on the list of werkplaatsen, the werkplaatsen a person takes part in (the switcher), and the
 * lists of a werkplaats's pages filtered to it (ateliers, tribune feed, search). A is the demo's werkplaats, B a
 * second one beside it.
 */

const BY_SLUG = `query($slug: String!) { workshop(slug: $slug) { id slug name region } }`;
const FIGURES = `query {
  workshops {
    id slug activeSocialIssueCount atelierCount publicInsightCount
    latestPublicInsights { id title visibility }
  }
}`;
const MY_WORKSHOPS = `query { me { workshops { slug } } }`;
const ATELIERS = `query($w: ID) { ateliers(first: 100, workshopId: $w) { totalCount edges { node { workshop { slug } } } } }`;
const FEED = `query($w: ID) {
  feed(first: 100, workshopId: $w) {
    totalCount
    edges { node {
      ... on Lesson { visibility atelier { workshop { slug } } }
      ... on Insight { visibility atelier { workshop { slug } } }
    } }
  }
}`;
const SEARCH = `query($q: String!, $w: ID) {
  search(query: $q, first: 100, workshopId: $w) {
    totalCount
    edges { node {
      __typename
      ... on Lesson { visibility atelier { workshop { slug } } }
      ... on Insight { visibility atelier { workshop { slug } } }
      ... on Atelier { workshop { slug } }
      ... on SocialIssue { workshop { slug } }
      ... on Activity { own: workshop { slug } host: atelier { workshop { slug } } }
      ... on Product { atelier { workshop { slug } } }
    } }
  }
}`;

type Figures = {
  id: string;
  slug: string;
  activeSocialIssueCount: number;
  atelierCount: number;
  publicInsightCount: number;
  latestPublicInsights: { id: string; title: string; visibility: string }[];
};
type Item = {
  __typename?: string;
  visibility?: string;
  workshop?: { slug: string };
  atelier?: { workshop: { slug: string } };
  // An activity's werkplaats and atelier, under other names: either may be null (an atelier's activity has no
  // werkplaats of its own, a werkplaats-wide one no atelier), so they cannot share a name with the never-null
  // `workshop` and `atelier` of the other types in one selection.
  own?: { slug: string } | null;
  host?: { workshop: { slug: string } } | null;
};
const slugOf = (node: Item) =>
  node.workshop?.slug ?? node.atelier?.workshop.slug ?? node.own?.slug ?? node.host?.workshop.slug;
const slugs = (connection: { edges: { node: Item }[] }) => [
  ...new Set(connection.edges.map((e) => slugOf(e.node))),
];

describe('werkplaatsen on one deployment, as the web app reads them', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let a: { id: string; slug: string };
  let b: SecondWorkshop;
  let visitor: GraphQLClient;
  let tribuneA: GraphQLClient;
  let publicInsightTitles: string[];

  beforeAll(async () => {
    // The response cache off: one case counts the statements of the list of werkplaatsen.
    t = await startTestApp({ demo: true, env: { RESPONSE_CACHE_MB: '0' } });
    f = new DemoFixtures(t.prisma);
    a = await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } });
    b = await secondWorkshop(t.prisma);
    visitor = t.client();
    tribuneA = await t.client().signIn(DEMO.tribune, DEMO_PASSWORD);
    const authorId = b.people.trekker.id;
    const atelierId = b.atelier.id;
    // B shares four insights publicly (one more than the list shows) and keeps two below PUBLIC.
    publicInsightTitles = [];
    for (let i = 0; i < 4; i++) {
      const insight = await f.insight({
        atelierId,
        authorId,
        visibility: 'PUBLIC',
        title: `Eenzaamheid openbaar ${i}`,
      });
      await t.prisma.insight.update({
        where: { id: insight.id },
        data: { sharedAt: new Date(Date.UTC(2026, 0, 1 + i)) },
      });
      publicInsightTitles.unshift(insight.title);
    }
    await f.insight({
      atelierId,
      authorId,
      visibility: 'TRIBUNE',
      title: 'Eenzaamheid alleen voor de tribune',
    });
    await f.insight({ atelierId, authorId, visibility: 'ARENA', title: 'Eenzaamheid alleen in de arena' });
  });

  afterAll(() => t.close());

  it('finds a werkplaats by its address, and none for an unknown one', async () => {
    const found = await visitor.ok<{ workshop: { id: string; slug: string } | null }>(BY_SLUG, {
      slug: 'arnhem-nijmegen',
    });
    expect(found.workshop).toMatchObject({ id: gid('Workshop', a.id), slug: 'arnhem-nijmegen' });
    const unknown = await visitor.ok<{ workshop: unknown }>(BY_SLUG, { slug: 'bestaat-niet' });
    expect(unknown.workshop).toBeNull();
  });

  it('shows what each werkplaats shares publicly, the same to a visitor and to who reads more', async () => {
    const trekkerB = await t.client().signIn(b.people.trekker.email, b.password);
    const seen = await visitor.ok<{ workshops: Figures[] }>(FIGURES);
    const ofB = seen.workshops.find((w) => w.slug === b.workshop.slug);
    expect(ofB).toMatchObject({ activeSocialIssueCount: 1, atelierCount: 1, publicInsightCount: 4 });
    // The three newest shares, newest first; nothing below PUBLIC.
    expect(ofB?.latestPublicInsights.map((i) => i.title)).toEqual(publicInsightTitles.slice(0, 3));
    expect(ofB?.latestPublicInsights.every((i) => i.visibility === 'PUBLIC')).toBe(true);
    // The trekker of B reads B's TRIBUNE and ARENA insights, but the public figures stay the public ones.
    expect((await trekkerB.ok<{ workshops: Figures[] }>(FIGURES)).workshops).toEqual(seen.workshops);

    const ofA = seen.workshops.find((w) => w.slug === 'arnhem-nijmegen');
    const publicOfA = await t.prisma.insight.count({
      where: { visibility: 'PUBLIC', atelier: { workshopId: a.id } },
    });
    const anyOfA = await t.prisma.insight.count({ where: { atelier: { workshopId: a.id } } });
    expect(publicOfA).toBeLessThan(anyOfA); // the demo has insights below PUBLIC, so the count says something
    expect(ofA?.publicInsightCount).toBe(publicOfA);
    expect(ofA?.atelierCount).toBe(await t.prisma.atelier.count({ where: { workshopId: a.id } }));
  });

  it('costs the same statements for the list of werkplaatsen however many there are', async () => {
    const before = await fewestStatements(() => visitor.ok(FIGURES), 5);
    for (let i = 0; i < 3; i++) {
      const other = await secondWorkshop(t.prisma, `extra-${i}-${randomUUID().slice(0, 6)}`);
      await f.insight({
        atelierId: other.atelier.id,
        authorId: other.people.trekker.id,
        visibility: 'PUBLIC',
      });
    }
    const after = await fewestStatements(() => visitor.ok(FIGURES), 5);
    expect(after.count).toBe(before.count);
  });

  it('lists the werkplaatsen a person takes part in, and only their own', async () => {
    const mine = async (client: GraphQLClient) =>
      (await client.ok<{ me: { workshops: { slug: string }[] } | null }>(MY_WORKSHOPS)).me?.workshops.map(
        (w) => w.slug,
      );
    expect(await mine(visitor)).toBeUndefined();
    expect(await mine(await t.client().signIn(b.people.admin.email, b.password))).toEqual([b.workshop.slug]);
    expect(await mine(await t.client().signIn(b.people.tribune.email, b.password))).toEqual([
      b.workshop.slug,
    ]);
    expect(await mine(await t.client().signIn(b.people.trekker.email, b.password))).toEqual([
      b.workshop.slug,
    ]);
    // Asking to belong to an organisation of B is not taking part in B.
    const asker = await t.prisma.user.update({
      where: { id: b.asksMembership.user.id },
      data: {
        passwordHash: (await t.prisma.user.findUniqueOrThrow({ where: { id: b.people.admin.id } }))
          .passwordHash,
      },
    });
    expect(await mine(await t.client().signIn(asker.email, b.password))).toEqual([]);
    const before = (await mine(tribuneA)) ?? [];
    expect(before).toContain('arnhem-nijmegen');
    expect(before).not.toContain(b.workshop.slug);
    // Following an atelier of B from the tribune makes the demo's tribune person one of B too.
    const tribune = await f.user(DEMO.tribune);
    await t.prisma.participation.create({
      data: { atelierId: b.atelier.id, userId: tribune.id, role: 'TRIBUNE' },
    });
    expect((await mine(tribuneA))?.sort()).toEqual([...before, b.workshop.slug].sort());
  });

  it('filters the ateliers by werkplaats inside the query', async () => {
    type Ateliers = { ateliers: { totalCount: number; edges: { node: Item }[] } };
    const all = (await visitor.ok<Ateliers>(ATELIERS, {})).ateliers;
    const ofA = (await visitor.ok<Ateliers>(ATELIERS, { w: gid('Workshop', a.id) })).ateliers;
    const ofB = (await visitor.ok<Ateliers>(ATELIERS, { w: gid('Workshop', b.workshop.id) })).ateliers;
    expect(slugs(ofA)).toEqual(['arnhem-nijmegen']);
    expect(slugs(ofB)).toEqual([b.workshop.slug]);
    expect(ofB.totalCount).toBe(1);
    expect(ofA.totalCount).toBe(await t.prisma.atelier.count({ where: { workshopId: a.id } }));
    expect(all.totalCount).toBeGreaterThan(ofA.totalCount + ofB.totalCount - 1);
  });

  it("filters one person's tribune by werkplaats: each shows only its own ateliers' shares", async () => {
    // tribuneA follows an atelier of B since the case above; B's tribune has a TRIBUNE lesson and insights.
    type Feed = { feed: { totalCount: number; edges: { node: Item }[] } };
    const all = (await tribuneA.ok<Feed>(FEED, {})).feed;
    const ofA = (await tribuneA.ok<Feed>(FEED, { w: gid('Workshop', a.id) })).feed;
    const ofB = (await tribuneA.ok<Feed>(FEED, { w: gid('Workshop', b.workshop.id) })).feed;
    expect(slugs(ofA)).toEqual(['arnhem-nijmegen']);
    expect(slugs(ofB)).toEqual([b.workshop.slug]);
    // Every werkplaats's tribune together is the whole tribune: each item in exactly one.
    let together = 0;
    for (const w of await t.prisma.workshop.findMany()) {
      together += (await tribuneA.ok<Feed>(FEED, { w: gid('Workshop', w.id) })).feed.totalCount;
    }
    expect(together).toBe(all.totalCount);
    // B's tribune: its TRIBUNE lesson and insight and its four PUBLIC insights; never the ARENA ones.
    expect(ofB.totalCount).toBe(6);
    expect(ofB.edges.every((e) => ['TRIBUNE', 'PUBLIC'].includes(e.node.visibility ?? ''))).toBe(true);
  });

  it('filters search by werkplaats; a visitor still finds only what is PUBLIC', async () => {
    type Search = { search: { totalCount: number; edges: { node: Item }[] } };
    const inB = (await visitor.ok<Search>(SEARCH, { q: 'eenzaamheid', w: gid('Workshop', b.workshop.id) }))
      .search;
    expect(slugs(inB)).toEqual([b.workshop.slug]);
    // B's atelier and its four PUBLIC insights; its TRIBUNE and ARENA insights and lessons stay out.
    const kinds = inB.edges.map((e) => e.node.__typename);
    expect(kinds.filter((k) => k === 'Insight')).toHaveLength(4);
    // Of what climbs the ladder, only PUBLIC; its kwestie is on the public agenda; no tribune activity.
    expect(
      inB.edges
        .filter((e) => e.node.__typename === 'Lesson' || e.node.__typename === 'Insight')
        .every((e) => e.node.visibility === 'PUBLIC'),
    ).toBe(true);
    expect(kinds).toContain('SocialIssue');
    expect(kinds).not.toContain('Activity');
    const inA = (await visitor.ok<Search>(SEARCH, { q: 'eenzaamheid', w: gid('Workshop', a.id) })).search;
    expect(inA.totalCount).toBeGreaterThan(0);
    expect(slugs(inA)).toEqual(['arnhem-nijmegen']);
    const everywhere = (await visitor.ok<Search>(SEARCH, { q: 'eenzaamheid' })).search;
    // Without the filter: both, and the werkplaatsen made by the case above.
    const inEither = everywhere.edges.filter((e) =>
      ['arnhem-nijmegen', b.workshop.slug].includes(slugOf(e.node) ?? ''),
    );
    expect(inEither).toHaveLength(inA.totalCount + inB.totalCount);
    // Who reads B's tribune finds its TRIBUNE insight there, and nothing of B under A.
    const trekkerB = await t.client().signIn(b.people.trekker.email, b.password);
    const asTrekker = (
      await trekkerB.ok<Search>(SEARCH, { q: 'eenzaamheid', w: gid('Workshop', b.workshop.id) })
    ).search;
    expect(asTrekker.totalCount).toBeGreaterThan(inB.totalCount);
    expect(slugs(asTrekker)).toEqual([b.workshop.slug]);
  });
});
