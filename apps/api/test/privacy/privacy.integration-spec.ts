import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, POVERTY, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../support/test-app.js';

const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) }`;

/** AVG/GDPR: a copy of everything about a person, erasure that keeps contributions anonymised, and the audit log. */
describe('privacy and audit', () => {
  let t: TestApp;
  let f: DemoFixtures;
  let atelierGid: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    f = new DemoFixtures(t.prisma);
    // An atelier whose arena is open: the partner joins it straight away.
    atelierGid = gid('Atelier', (await f.atelierOf(POVERTY)).id);
  });
  afterAll(() => t.close());

  async function partner(email: string): Promise<GraphQLClient> {
    const client = t.client();
    await client.ok(SIGN_UP, { i: { email, password: 'praktijk-2026', name: 'Fenna de Wit' } });
    // She followed the confirmation link (its own test is in test/mail/account-mail).
    await t.prisma.user.update({ where: { email }, data: { emailConfirmedAt: new Date() } });
    await client.signIn(email, 'praktijk-2026');
    await client.ok(`mutation($a: ID!) { joinAtelier(atelierId: $a, role: ARENA) { id } }`, {
      a: atelierGid,
    });
    return client;
  }

  it('successful-export: everything about the person as JSON, and nothing about anyone else', async () => {
    const client = await partner('fenna@example.nl');
    const logged = await client.ok(`mutation($i: LogLessonInput!) { logLesson(input: $i) { id } }`, {
      i: {
        atelierId: atelierGid,
        title: 'Wat ik leerde in de wijk',
        body: '<p>Luisteren werkt.</p>',
        conditions: ['SOCIAL_COHESION'],
        level: 'GROUP',
        domain: 'WELFARE',
      },
    });
    const data = await client.ok(`{ exportMyData }`);
    const exported = JSON.parse(data.exportMyData);
    expect(exported.format).toBe('werkplaats-export/1');
    expect(exported.person).toMatchObject({ email: 'fenna@example.nl', name: 'Fenna de Wit' });
    expect(exported.person.lessons.map((l: any) => l.id)).toEqual([expect.any(String)]);
    expect(exported.person.lessons[0].title).toBe('Wat ik leerde in de wijk');
    expect(exported.person.participations[0]).toMatchObject({
      role: 'ARENA',
      atelier: { title: 'Leeratelier Armoede en schulden' },
    });
    expect(exported.person.sessions.length).toBeGreaterThanOrEqual(1);
    const text = JSON.stringify(exported);
    expect(text).not.toContain('passwordHash');
    expect(text).not.toContain('tokenHash');
    expect(text).not.toContain(DEMO.arena);
    expect(logged.logLesson.id).toEqual(expect.any(String));
    expect((await t.client().query(`{ exportMyData }`)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('successful-erase: the account is gone, the lesson stays under "Verwijderd account", sessions end', async () => {
    const client = await partner('gerrit@example.nl');
    const logged = await client.ok(`mutation($i: LogLessonInput!) { logLesson(input: $i) { id } }`, {
      i: {
        atelierId: atelierGid,
        title: 'Een les die blijft',
        body: '<p>Voor het atelier.</p>',
        conditions: ['SOCIAL_INCLUSION'],
        level: 'GROUP',
        domain: 'WELFARE',
      },
    });
    await client.ok(`mutation($id: ID!) { setLessonVisibility(id: $id, visibility: ARENA) { id } }`, {
      id: logged.logLesson.id,
    });

    const visitor = await t.client().query(`mutation { eraseMe(password: "praktijk-2026") }`);
    expect(visitor.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await client.query(`mutation { eraseMe(password: "niet-goed") }`);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect((await client.ok(`mutation { eraseMe(password: "praktijk-2026") }`)).eraseMe).toBe(true);

    expect((await client.ok(`{ me { id } }`)).me).toBeNull();
    const signIn = await t
      .client()
      .query(`mutation { signIn(email: "gerrit@example.nl", password: "praktijk-2026") { id } }`);
    expect(signIn.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    // The trekker of that atelier still reads the lesson, now without a name.
    const trekker = await t.client().signIn('marloes.verbeek@demo.werkplaats.nl', DEMO_PASSWORD);
    const lesson = await trekker.ok(`query($id: ID!) { lesson(id: $id) { title author { name email } } }`, {
      id: logged.logLesson.id,
    });
    expect(lesson.lesson).toEqual({
      title: 'Een les die blijft',
      author: { name: 'Verwijderd account', email: null },
    });
    const row = await t.prisma.user.findFirstOrThrow({
      where: { name: 'Verwijderd account', erasedAt: { not: null } },
    });
    expect(row.email).not.toContain('gerrit');
    expect(await t.prisma.session.count({ where: { userId: row.id } })).toBe(0);
    expect(await t.prisma.participation.count({ where: { userId: row.id, status: 'ACTIVE' } })).toBe(0);
  });

  // Each after an erasure in the same request (a refused mutation ends the request: its result is not nullable).
  it.each(['joinAtelier', 'registerForActivity', 'startPractice', 'react'])(
    'failing-after-erase: %s after eraseMe in the same request does not run as the erased person',
    async (mutation) => {
      const email = `na-het-wissen-${mutation.toLowerCase()}@example.nl`;
      const client = await partner(email);
      const person = await f.user(email);
      const atelier = await f.atelierOf(LONELINESS);
      const trekker = await f.user(DEMO.trekker);
      const activity = await t.prisma.activity.create({
        data: {
          atelierId: atelier.id,
          plannedById: trekker.id,
          kind: 'MEETING',
          title: 'Ontmoeting na het wissen',
          startsAt: new Date(Date.now() + 7 * 24 * 3_600_000),
        },
      });
      const operations: Record<string, [string, Record<string, unknown>]> = {
        joinAtelier: [
          `joinAtelier(atelierId: $id, role: TRIBUNE) { id }`,
          { id: gid('Atelier', (await f.atelierOf('Samen wonen in de wijk')).id) },
        ],
        registerForActivity: [
          `registerForActivity(activityId: $id) { id }`,
          { id: gid('Activity', activity.id) },
        ],
        startPractice: [
          `startPractice(atelierId: $id, input: { title: "Na het wissen", municipalityId: "${gid('Municipality', (await f.municipality('Nijmegen')).id)}" }) { id }`,
          { id: atelierGid },
        ],
        react: [
          `react(targetId: $id, body: "Nog een reactie") { id }`,
          { id: gid('Lesson', (await f.lessonAt(atelier.id, 'TRIBUNE')).id) },
        ],
      };
      const [selection, variables] = operations[mutation]!;
      const result = await client.query(
        `mutation($p: String!, $id: ID!) { eraseMe(password: $p) ${selection} }`,
        { p: 'praktijk-2026', ...variables },
      );
      expect(result.errors?.map((e) => [e.path?.[0], e.extensions.code])).toEqual([
        [mutation, 'UNAUTHENTICATED'],
      ]);
      const after = await t.prisma.user.findUniqueOrThrow({
        where: { id: person.id },
        include: { participations: true, registrations: true, practicesStarted: true, reactions: true },
      });
      expect(after.erasedAt).not.toBeNull();
      expect(after.participations.filter((p) => p.status === 'ACTIVE')).toEqual([]);
      expect(after.registrations).toEqual([]);
      expect(after.practicesStarted).toEqual([]);
      expect(after.reactions).toEqual([]);
    },
  );

  it('failing-erased-session: a session of an erased account opens nothing', async () => {
    const client = await partner('ineke@example.nl');
    const user = await f.user('ineke@example.nl');
    // An account erased while one of its sessions was somehow left (a sign-in racing the erasure).
    await t.prisma.user.update({ where: { id: user.id }, data: { erasedAt: new Date() } });
    expect((await client.ok(`{ me { id } }`)).me).toBeNull();
    const join = await client.query(
      `mutation($a: ID!) { joinAtelier(atelierId: $a, role: TRIBUNE) { id } }`,
      {
        a: gid('Atelier', (await f.atelierOf('Samen wonen in de wijk')).id),
      },
    );
    expect(join.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await t.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('successful-audit: visibility changes and merges are logged; the commissie and beheer read them, others not', async () => {
    const trekker = await t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
    const lesson = await f.lessonAt((await f.atelierOf(LONELINESS)).id, 'ARENA');
    await trekker.ok(`mutation($id: ID!) { setLessonVisibility(id: $id, visibility: TRIBUNE) { id } }`, {
      id: gid('Lesson', lesson.id),
    });
    const AUDIT = `{ auditEvents(first: 50) { edges { node { action } } } }`;
    for (const email of [DEMO.committee, DEMO.admin]) {
      const reader = await t.client().signIn(email, DEMO_PASSWORD);
      const actions = (await reader.ok(AUDIT)).auditEvents.edges.map((e: any) => e.node.action);
      expect(actions).toEqual(expect.arrayContaining(['lesson.visibility', 'social-issue.merged']));
    }
    for (const email of [DEMO.tribune, DEMO.arena, DEMO.trekker]) {
      const other = await t.client().signIn(email, DEMO_PASSWORD);
      const result = await other.query(AUDIT);
      const seen = result.errors ? [] : result.data.auditEvents.edges;
      expect({ email, seen }).toEqual({ email, seen: [] });
    }
    expect((await t.client().query(AUDIT)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('failing-erase-last-beheerder: a werkplaats keeps a beheerder; an erased account takes its password links along', async () => {
    const workshop = await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } });
    const w = gid('Workshop', workshop.id);
    expect(await t.prisma.workshopRole.count({ where: { workshopId: workshop.id, role: 'ADMIN' } })).toBe(1);
    const beheer = await t.client().signIn(DEMO.admin, DEMO_PASSWORD);
    const refused = await beheer.query(`mutation($p: String!) { eraseMe(password: $p) }`, {
      p: DEMO_PASSWORD,
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_BEHEERDER' });
    expect((await beheer.ok(`{ me { email } }`)).me).toEqual({ email: DEMO.admin });

    // A second beheerder, whose account started with a one-time link she used.
    const started = await beheer.ok(
      `mutation($i: StartAccountInput!) { startAccount(input: $i) { link user { id } } }`,
      { i: { workshopId: w, name: 'Joke Hermsen', email: 'joke.hermsen@example.nl' } },
    );
    const token = new URL(started.startAccount.link).searchParams.get('token');
    await t
      .client()
      .ok(`mutation($t: String!, $p: String!) { setPasswordWithToken(token: $t, password: $p) { id } }`, {
        t: token,
        p: 'beheer-van-morgen',
      });
    await beheer.ok(
      `mutation($u: ID!, $w: ID!) { setWorkshopRole(userId: $u, role: ADMIN, granted: true, workshopId: $w) { id } }`,
      { u: started.startAccount.user.id, w },
    );
    const joke = await t.client().signIn('joke.hermsen@example.nl', 'beheer-van-morgen');
    const jokeRow = await t.prisma.user.findUniqueOrThrow({ where: { email: 'joke.hermsen@example.nl' } });
    expect(await t.prisma.passwordToken.count({ where: { userId: jokeRow.id } })).toBe(1);

    // With two beheerders, either may go; the one who stays is the last again.
    expect((await joke.ok(`mutation { eraseMe(password: "beheer-van-morgen") }`)).eraseMe).toBe(true);
    expect(await t.prisma.passwordToken.count({ where: { userId: jokeRow.id } })).toBe(0);
    expect(await t.prisma.workshopRole.count({ where: { workshopId: workshop.id, role: 'ADMIN' } })).toBe(1);
    const again = await beheer.query(`mutation($p: String!) { eraseMe(password: $p) }`, { p: DEMO_PASSWORD });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_BEHEERDER' });
  });
});
