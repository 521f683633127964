// The trekker's digest "Wat we leerden", end to end through a real SMTP server: the trekker composes it from what
// the atelier shared with the tribune, previews it per kind of reader, sends it; each follower's copy holds only
// what they may read when it is sent (a lesson moved back to the arena goes out to nobody: not even to the arena,
// which may read it, as the digest speaks at the tribune's rung), in their
// language, from the werkplaats, with a one-click unsubscribe that stops exactly this atelier's next digest.
import { randomUUID } from 'node:crypto';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import {
  eventually,
  startSmtpServer,
  type ReceivedMail,
  type TestSmtpServer,
} from '../support/smtp-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { errorOf, person } from '../tribune/tribune-fixtures.js';

const START = `mutation($a: ID!) { startDigest(atelierId: $a) { id status introduction
  items { condition lesson { id title } insight { id title } }
  proposals { condition lesson { id title } insight { id title } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateDigestInput!) { updateDigest(id: $id, input: $input) { id introduction } }`;
const SEND = `mutation($id: ID!) { sendDigest(id: $id) { id status sentAt } }`;
const DRAFT = `query($a: ID!) { atelier(id: $a) { digestDraft { id introduction
  items { condition lesson { id title } insight { id title } } proposals { lesson { id } insight { id } } } } }`;
const PREVIEW = `query($a: ID!, $r: DigestReader!) { atelier(id: $a) { digestDraft { preview(reader: $r) { subject text html itemCount } } } }`;
const SENT = `query($a: ID!) { atelier(id: $a) { digests(first: 10) { edges { node { id introduction sentAt
  items { lesson { title } insight { title } } } } } } }`;

interface Entry {
  condition: string | null;
  lesson: { id: string; title: string } | null;
  insight: { id: string; title: string } | null;
}
type Draft = { id: string; introduction: string; items: Entry[]; proposals: Entry[] };

describe('the trekker’s digest', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let f: DemoFixtures;
  let atelierId: string;
  let workshopName: string;
  let atelierTitle: string;

  const titleOf = (e: Entry) => e.lesson?.title ?? e.insight?.title;
  const idOf = (e: Entry) => e.lesson?.id ?? e.insight?.id;
  const emailOf = async (userId: string) =>
    (await t.prisma.user.findUniqueOrThrow({ where: { id: userId } })).email;
  const follower = async (role: 'ARENA' | 'TRIBUNE', locale = 'nl') => {
    const p = await person(t, { atelierId, role, name: `Volger ${role}` });
    await t.prisma.user.update({ where: { id: p.userId }, data: { locale } });
    return { ...p, email: await emailOf(p.userId) };
  };
  const trekker = () => t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
  const headerOf = (mail: ReceivedMail, name: string) => {
    const head = mail.raw
      .toString('utf8')
      .split(/\r?\n\r?\n/)[0]!
      .replace(/\r?\n[ \t]+/g, '');
    return new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim();
  };
  const settled = () =>
    eventually(
      () => t.prisma.mailMessage.count({ where: { status: { in: ['QUEUED', 'SENDING'] } } }),
      (n) => n === 0,
    );
  /** Three lessons and an insight just shared with the tribune (one public), titled so a mail shows which. */
  const shared = async () => {
    const author = (await f.user(DEMO.arena)).id;
    const trekkerId = (await f.user(DEMO.trekker)).id;
    const tag = randomUUID().slice(0, 8);
    return {
      tribune: await f.lesson({
        atelierId,
        authorId: author,
        visibility: 'TRIBUNE',
        title: `Tribuneles ${tag}`,
      }),
      public: await f.lesson({
        atelierId,
        authorId: author,
        visibility: 'PUBLIC',
        publicConsent: true,
        title: `Openbare les ${tag}`,
        conditions: ['SOCIO_ECONOMIC_SECURITY'],
      }),
      later: await f.lesson({
        atelierId,
        authorId: author,
        visibility: 'TRIBUNE',
        title: `Terug naar arena ${tag}`,
      }),
      insight: await f.insight({
        atelierId,
        authorId: trekkerId,
        visibility: 'TRIBUNE',
        title: `Inzicht ${tag}`,
      }),
    };
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ demo: true, env: { SMTP_URL: smtp.url, MAIL_RETRY_DELAYS: '20ms' } });
    f = new DemoFixtures(t.prisma);
    const atelier = await f.atelierOf(LONELINESS);
    atelierId = atelier.id;
    atelierTitle = atelier.title;
    workshopName = (await t.prisma.workshop.findUniqueOrThrow({ where: { id: atelier.workshopId } })).name;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('only the atelier’s trekker composes, previews and sends it; others are refused, visitors asked to sign in', async () => {
    for (const email of [DEMO.arena, DEMO.tribune, DEMO.committee, DEMO.admin]) {
      const other = await t.client().signIn(email, DEMO_PASSWORD);
      expect(errorOf(await other.query(START, { a: gid('Atelier', atelierId) }))?.code).toBe('FORBIDDEN');
      const draft = await other.ok<{ atelier: { digestDraft: unknown } }>(DRAFT, {
        a: gid('Atelier', atelierId),
      });
      expect(draft.atelier.digestDraft).toBeNull();
    }
    expect(errorOf(await t.client().query(START, { a: gid('Atelier', atelierId) }))?.code).toBe(
      'UNAUTHENTICATED',
    );
    const { startDigest } = await (
      await trekker()
    ).ok<{ startDigest: Draft }>(START, {
      a: gid('Atelier', atelierId),
    });
    const arena = await t.client().signIn(DEMO.arena, DEMO_PASSWORD);
    for (const mutation of [SEND, UPDATE]) {
      const answer = await arena.query(mutation, {
        id: startDigest.id,
        input: { introduction: 'x', itemIds: [] },
      });
      expect(errorOf(answer)?.code).toBe('FORBIDDEN');
    }
    expect(await t.prisma.digest.count({ where: { status: 'SENT' } })).toBe(0);
    await (await trekker()).ok(SEND, { id: startDigest.id });
  });

  it('composes: proposes what was shared since the last digest by condition; the trekker orders, leaves out, introduces; a reload keeps it', async () => {
    const s = await shared();
    const arenaOnly = await f.lesson({
      atelierId,
      authorId: (await f.user(DEMO.arena)).id,
      visibility: 'ARENA',
    });
    const client = await trekker();
    const { startDigest: draft } = await client.ok<{ startDigest: Draft }>(START, {
      a: gid('Atelier', atelierId),
    });
    const proposed = draft.items.map(titleOf);
    for (const row of [s.tribune, s.public, s.later, s.insight]) expect(proposed).toContain(row.title);
    expect(proposed).not.toContain(arenaOnly.title);
    // Grouped by the four conditions, in their order: the public lesson (security) before the insight (inclusion)
    // before the tribune lessons (cohesion).
    const at = (title: string) => proposed.indexOf(title);
    expect(at(s.public.title)).toBeLessThan(at(s.insight.title));
    expect(at(s.insight.title)).toBeLessThan(at(s.tribune.title));

    // Keep two (in the trekker's order), leave the rest out.
    const keep = [gid('Lesson', s.later.id), gid('Lesson', s.tribune.id)];
    await client.ok(UPDATE, {
      id: draft.id,
      input: { introduction: 'Deze maand leerden we veel.\n\nDank!', itemIds: keep },
    });
    const reloaded = await (
      await trekker()
    ).ok<{ atelier: { digestDraft: Draft } }>(DRAFT, {
      a: gid('Atelier', atelierId),
    });
    const again = reloaded.atelier.digestDraft;
    expect(again.id).toBe(draft.id);
    expect(again.introduction).toBe('Deze maand leerden we veel.\n\nDank!');
    expect(again.items.map(idOf)).toEqual(keep);
    expect(again.proposals.map(idOf)).toEqual(
      expect.arrayContaining([gid('Lesson', s.public.id), gid('Insight', s.insight.id)]),
    );
    // Starting again opens the same draft.
    const { startDigest: same } = await client.ok<{ startDigest: Draft }>(START, {
      a: gid('Atelier', atelierId),
    });
    expect(same.id).toBe(draft.id);
    // A lesson the arena keeps cannot be put in.
    await client.ok(UPDATE, {
      id: draft.id,
      input: { introduction: '', itemIds: [gid('Lesson', arenaOnly.id)] },
    });
    const none = await client.ok<{ atelier: { digestDraft: Draft } }>(DRAFT, {
      a: gid('Atelier', atelierId),
    });
    expect(none.atelier.digestDraft.items).toEqual([]);
  });

  it('previews, sends one mail per follower with what each may read, in their language, and keeps a copy in the atelier', async () => {
    const s = await shared();
    const arenaMember = await follower('ARENA');
    const tribuneMember = await follower('TRIBUNE', 'en');
    const left = await follower('TRIBUNE');
    await t.prisma.participation.updateMany({ where: { userId: left.userId }, data: { status: 'LEFT' } });
    const client = await trekker();
    const { startDigest: draft } = await client.ok<{ startDigest: Draft }>(START, {
      a: gid('Atelier', atelierId),
    });
    const itemIds = [s.tribune, s.public, s.later]
      .map((l) => gid('Lesson', l.id))
      .concat(gid('Insight', s.insight.id));
    await client.ok(UPDATE, { id: draft.id, input: { introduction: 'Wat we leerden deze maand.', itemIds } });
    // After it was put in, one lesson went back to the arena: below the digest's rung, it goes out to nobody.
    await t.prisma.lesson.update({ where: { id: s.later.id }, data: { visibility: 'ARENA' } });

    type Preview = { subject: string; text: string; html: string; itemCount: number };
    const preview = async (r: string) =>
      (
        await client.ok<{ atelier: { digestDraft: { preview: Preview } } }>(PREVIEW, {
          a: gid('Atelier', atelierId),
          r,
        })
      ).atelier.digestDraft.preview;
    const asArena = await preview('ARENA');
    const asTribune = await preview('TRIBUNE');
    const asPublic = await preview('PUBLIC');
    expect(asArena.itemCount).toBe(3);
    expect(asArena.text).not.toContain(s.later.title);
    expect(asTribune.itemCount).toBe(3);
    expect(asTribune.text).toContain(s.tribune.title);
    expect(asTribune.text).not.toContain(s.later.title);
    expect(asTribune.html).not.toContain(s.later.title);
    expect(asPublic.itemCount).toBe(1);
    expect(asPublic.text).toContain(s.public.title);
    expect(asPublic.text).not.toContain(s.tribune.title);
    expect(asTribune.text).toContain('Wat we leerden deze maand.');
    expect(asTribune.text).toContain('SOCIALE COHESIE');

    const sent = await client.ok<{ sendDigest: { status: string } }>(SEND, { id: draft.id });
    expect(sent.sendDigest.status).toBe('SENT');
    expect(errorOf(await client.query(SEND, { id: draft.id }))?.code).toBe('CONFLICT');

    const toTribune = await smtp.waitFor(
      (m) => m.to === tribuneMember.email && m.text.includes(s.tribune.title),
    );
    expect(toTribune.subject).toBe(`What we learned in ${atelierTitle}`);
    expect(toTribune.from.name).toBe(workshopName);
    expect(toTribune.text).not.toContain(s.later.title);
    expect(toTribune.html).not.toContain(s.later.title);
    expect(toTribune.text).toContain(s.public.title);
    expect(toTribune.text).toContain(s.insight.title);
    expect(toTribune.html).toContain('Social cohesion');
    expect(headerOf(toTribune, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const toArena = await smtp.waitFor((m) => m.to === arenaMember.email && m.text.includes(s.tribune.title));
    expect(toArena.subject).toBe(`Wat we leerden in ${atelierTitle}`);
    expect(toArena.text).not.toContain(s.later.title);
    await settled();
    expect(smtp.received.filter((m) => m.to === left.email)).toHaveLength(0);
    // One message per follower and digest.
    const keys = await t.prisma.mailMessage.findMany({
      where: { idempotencyKey: { startsWith: `digest:` } },
      select: { idempotencyKey: true },
    });
    expect(new Set(keys.map((k) => k.idempotencyKey)).size).toBe(keys.length);
    expect(keys.filter((k) => k.idempotencyKey.endsWith(tribuneMember.userId))).toHaveLength(1);

    // The copy in the atelier: each reader sees what they may read; a visitor sees none.
    type Sent = { atelier: { digests: { edges: { node: { id: string; items: Entry[] } }[] } } };
    const titlesFor = async (c: Awaited<ReturnType<typeof trekker>>) => {
      const answer = await c.ok<Sent>(SENT, { a: gid('Atelier', atelierId) });
      const copy = answer.atelier.digests.edges.find((e) => e.node.id === draft.id);
      return copy?.node.items.map(titleOf);
    };
    expect(await titlesFor(tribuneMember.client)).toEqual(
      expect.arrayContaining([s.tribune.title, s.public.title, s.insight.title]),
    );
    expect(await titlesFor(tribuneMember.client)).not.toContain(s.later.title);
    expect(await titlesFor(arenaMember.client)).not.toContain(s.later.title);
    expect(await titlesFor(t.client())).toBeUndefined();
  });

  it('the unsubscribe link (POST, one click) stops exactly this atelier’s next digest; a copy with nothing readable is not sent', async () => {
    const s = await shared();
    const stays = await follower('TRIBUNE');
    const leaves = await follower('TRIBUNE');
    const client = await trekker();
    const compose = async (lessonIds: string[], beforeSending?: () => Promise<unknown>) => {
      const { startDigest: d } = await client.ok<{ startDigest: Draft }>(START, {
        a: gid('Atelier', atelierId),
      });
      await client.ok(UPDATE, {
        id: d.id,
        input: { introduction: '', itemIds: lessonIds.map((id) => gid('Lesson', id)) },
      });
      await beforeSending?.();
      await client.ok(SEND, { id: d.id });
      return d.id;
    };
    await compose([s.tribune.id]);
    const first = await smtp.waitFor((m) => m.to === leaves.email && m.text.includes(s.tribune.title));
    const url = new URL(/<([^>]+)>/.exec(headerOf(first, 'List-Unsubscribe') ?? '')![1]!);
    const path = `${url.pathname}${url.search}`;
    const page = await t.http().get(path);
    expect(page.text).toContain('Geen overzichten ‘Wat we leerden’ van het atelier');
    const done = await t.http().post(path).type('form').send('List-Unsubscribe=One-Click');
    expect(done.status).toBe(200);
    const participation = await t.prisma.participation.findUniqueOrThrow({
      where: { atelierId_userId: { atelierId, userId: leaves.userId } },
    });
    expect(participation.digestMail).toBe(false);
    // Nothing else about them changed.
    expect(participation.notificationLevel).toBe('NORMAL');

    await compose([s.public.id]);
    await smtp.waitFor((m) => m.to === stays.email && m.text.includes(s.public.title));
    await settled();
    expect(
      smtp.received.filter((m) => m.to === leaves.email && m.text.includes(s.public.title)),
    ).toHaveLength(0);

    // A digest that holds only what went back to the arena: the tribune's copies are dropped, not sent empty.
    const id = await compose([s.later.id], () =>
      t.prisma.lesson.update({ where: { id: s.later.id }, data: { visibility: 'ARENA' } }),
    );
    const digestId = (
      await t.prisma.digest.findFirstOrThrow({ where: { status: 'SENT' }, orderBy: { sentAt: 'desc' } })
    ).id;
    expect(gid('Digest', digestId)).toBe(id);
    const row = await eventually(
      () =>
        t.prisma.mailMessage.findUniqueOrThrow({
          where: { idempotencyKey: `digest:${digestId}:${stays.userId}` },
        }),
      (r) => r.status !== 'QUEUED' && r.status !== 'SENDING',
    );
    expect(row.status).toBe('DROPPED');
    expect(smtp.received.some((m) => m.to === stays.email && m.text.includes(s.later.title))).toBe(false);
  });
});
