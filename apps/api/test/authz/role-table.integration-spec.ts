import { randomUUID } from 'node:crypto';
import { DEMO, DEMO_PASSWORD, DemoFixtures, LONELINESS, gid } from '../factories/fixtures.js';
import { startTestApp, type GraphQLClient, type GraphQLResponse, type TestApp } from '../support/test-app.js';
import { person } from '../tribune/tribune-fixtures.js';
import { issuePasswordToken } from '../../src/auth/password-token.js';
import { climbFindings } from '../../src/privacy/climb-check.js';

/**
 * The role table of domain.md, cell by cell: every operation tried by every role, on real HTTP, with the
 * outcome each cell must have. "ok" means no error; otherwise the extensions.code the caller must get.
 */
type Role = 'visitor' | 'tribune' | 'arena' | 'trekker' | 'committee' | 'admin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';
const ROLES: Role[] = ['visitor', 'tribune', 'arena', 'trekker', 'committee', 'admin'];

interface Context {
  t: TestApp;
  f: DemoFixtures;
  atelierId: string;
  otherAtelierId: string;
  arenaUserId: string;
  /** The demo werkplaats. */
  workshopId: string;
  nijmegenId: string;
  /** The trekker on a client of its own, for the cells that need a file uploaded first. */
  trekker?: GraphQLClient;
}

interface Row {
  action: string;
  run: (client: GraphQLClient, ctx: Context, role: Role) => Promise<GraphQLResponse>;
  expect: Record<Role, Outcome>;
}

const everyone: Record<Role, Outcome> = {
  visitor: 'ok',
  tribune: 'ok',
  arena: 'ok',
  trekker: 'ok',
  committee: 'ok',
  admin: 'ok',
};
const signedIn: Record<Role, Outcome> = { ...everyone, visitor: 'UNAUTHENTICATED' };
const arenaWork: Record<Role, Outcome> = {
  visitor: 'UNAUTHENTICATED',
  tribune: 'FORBIDDEN',
  arena: 'ok',
  trekker: 'ok',
  committee: 'ok',
  admin: 'FORBIDDEN',
};
const trekkerWork: Record<Role, Outcome> = { ...arenaWork, arena: 'FORBIDDEN' };
const committeeWork: Record<Role, Outcome> = { ...trekkerWork, trekker: 'FORBIDDEN' };
const adminWork: Record<Role, Outcome> = { ...committeeWork, committee: 'FORBIDDEN', admin: 'ok' };

const ROLE_EMAILS: Record<Exclude<Role, 'visitor'>, string> = {
  tribune: DEMO.tribune,
  arena: DEMO.arena,
  trekker: DEMO.trekker,
  committee: DEMO.committee,
  admin: DEMO.admin,
};

/** CBS codes for gemeenten made in these tests; the real ones are below 2000. */
let nextCode = 0;

const JOIN = `mutation($a: ID!, $r: ParticipationRole!) { joinAtelier(atelierId: $a, role: $r) { id role } }`;
const LEAVE = `mutation($a: ID!) { leaveAtelier(atelierId: $a) }`;

const SET_ROLE = `mutation($u: ID!, $r: WorkshopRoleKind!, $g: Boolean!) {
  setWorkshopRole(userId: $u, role: $r, granted: $g) { id }
}`;

/**
 * A fresh person without any role who follows an atelier of the demo werkplaats (and so is one of its people, to
 * whom its beheerders may give a role), made straight in the database for one cell.
 */
async function newcomer(x: Context): Promise<string> {
  const user = await x.t.prisma.user.create({
    data: { email: `rol-${randomUUID()}@example.nl`, name: 'Nieuw in de werkplaats', passwordHash: '!' },
  });
  await x.t.prisma.participation.create({
    data: { atelierId: x.otherAtelierId, userId: user.id, role: 'TRIBUNE' },
  });
  return user.id;
}

/** A second beheerder of the demo werkplaats, signed in (made once). */
let secondBeheerder: Promise<GraphQLClient> | undefined;
function anotherBeheerder(x: Context): Promise<GraphQLClient> {
  secondBeheerder ??= (async () => {
    const { userId, client } = await person(x.t, { name: 'Andere beheerder' });
    const workshop = await x.t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } });
    await x.t.prisma.workshopRole.create({ data: { userId, workshopId: workshop.id, role: 'ADMIN' } });
    return client;
  })();
  return secondBeheerder;
}

/** An organisation a fresh person proposed in the demo werkplaats, with their request, made straight in the database. */
async function proposal(x: Context): Promise<{ organisationId: string; membershipId: string }> {
  const person = await x.f.person('Voorsteller');
  const organisation = await x.t.prisma.organisation.create({
    data: {
      workshopId: x.workshopId,
      name: `Voorgesteld ${randomUUID().slice(0, 6)}`,
      kind: 'OTHER',
      status: 'PROPOSED',
    },
  });
  const membership = await x.t.prisma.membership.create({
    data: { userId: person.id, organisationId: organisation.id },
  });
  return { organisationId: organisation.id, membershipId: membership.id };
}

/** A fresh kwestie of the demo werkplaats, made straight in the database for one cell. */
async function newIssue(x: Context): Promise<string> {
  const workshop = await x.t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } });
  const issue = await x.t.prisma.socialIssue.create({
    data: {
      workshopId: workshop.id,
      title: `Kwestie ${randomUUID().slice(0, 6)}`,
      description: 'Voor de roltabel.',
    },
  });
  return issue.id;
}

/** The demo atelier's draft digest, made straight in the database when there is none yet. */
async function draftDigest(x: Context) {
  const trekker = await x.f.user(DEMO.trekker);
  return x.t.prisma.digest.upsert({
    where: { draftOfId: x.atelierId },
    create: { atelierId: x.atelierId, authorId: trekker.id, draftOfId: x.atelierId, periodFrom: new Date() },
    update: {},
  });
}
/** Who reads an output at each rung: the ladder of domain.md (beheerders read what the tribune reads). */
const OUTPUT_READERS: Record<'PUBLIC' | 'TRIBUNE' | 'ARENA', Record<Role, Outcome>> = {
  PUBLIC: everyone,
  TRIBUNE: { ...everyone, visitor: 'NOT_FOUND' },
  ARENA: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
};

/** The smallest file a PDF reader opens: what the upload's check by bytes recognises as a PDF. */
const SMALL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A werkplaats-wide activity of the demo werkplaats, made straight in the database; `days` from now (negative: past). */
async function wideActivity(x: Context, isPublic: boolean, days: number): Promise<string> {
  const row = await x.t.prisma.activity.create({
    data: {
      workshopId: x.workshopId,
      plannedById: (await x.f.user(DEMO.admin)).id,
      kind: 'MEETING',
      title: 'Ontmoeting van de werkplaats',
      startsAt: new Date(Date.now() + days * 24 * 60 * 60 * 1000),
      location: 'Stadhuis',
      isPublic,
    },
  });
  return gid('Activity', row.id);
}

/** An activity of the atelier that began an hour ago. */
async function heldAtelierActivity(x: Context): Promise<string> {
  const row = await x.t.prisma.activity.create({
    data: {
      atelierId: x.atelierId,
      plannedById: (await x.f.user(DEMO.trekker)).id,
      kind: 'THEME_DISCUSSION',
      title: 'Themabespreking',
      startsAt: new Date(Date.now() - 3_600_000),
      location: 'Wijkcentrum',
    },
  });
  return gid('Activity', row.id);
}

const READ_ACTIVITY = `query($id: ID!) { activity(id: $id) { id links { hiddenCount lessons { id } } } }`;
const WORKSHOP_AGENDA = `query { workshop(slug: "arnhem-nijmegen") { activities(first: 100) { edges { node { id } } } } }`;
const PLAN_WIDE = `mutation($w: ID!, $i: PlanActivityInput!) { planWorkshopActivity(workshopId: $w, input: $i) { id } }`;
const SET_LINKS = `mutation($id: ID!, $i: ActivityLinksInput!) { setActivityLinks(id: $id, input: $i) { id } }`;
const RECORD_OUTCOME = `mutation($id: ID!, $i: RecordActivityOutcomeInput!) { recordActivityOutcome(id: $id, input: $i) { id } }`;
const ROOM_LESSON = `mutation($a: ID!, $i: LogLessonInput!) { addActivityLesson(activityId: $a, input: $i) { id } }`;
const OUTCOME = { outcome: 'Wat de zaal meegaf.', attendeeCount: 12 };

/** Whether the agenda of the werkplaats lists the activity (NOT_FOUND when it doesn't). */
async function inWorkshopAgenda(c: GraphQLClient, id: string): Promise<GraphQLResponse> {
  const result = await c.query(WORKSHOP_AGENDA);
  const ids = (result.data?.workshop?.activities?.edges ?? []).map(
    (e: { node: { id: string } }) => e.node.id,
  );
  if (ids.includes(id)) return result;
  return { ...result, errors: [{ message: 'not listed', extensions: { code: 'NOT_FOUND' } }] };
}

/** Whether the reader sees the ARENA lesson a public activity presents (NOT_FOUND: hidden, and counted). */
async function linkedArenaLesson(c: GraphQLClient, x: Context): Promise<GraphQLResponse> {
  const id = await wideActivity(x, true, 7);
  const lesson = await x.f.lesson({ atelierId: x.atelierId, authorId: x.arenaUserId, visibility: 'ARENA' });
  await x.t.prisma.activityLesson.create({
    data: { activityId: Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!, lessonId: lesson.id },
  });
  const result = await c.query(READ_ACTIVITY, { id });
  const links = result.data?.activity?.links;
  if (links?.lessons?.some((l: { id: string }) => l.id === gid('Lesson', lesson.id))) return result;
  if (links?.hiddenCount !== 1)
    return { ...result, errors: [{ message: 'hidden but not counted', extensions: { code: 'MISCOUNTED' } }] };
  return { ...result, errors: [{ message: 'hidden', extensions: { code: 'NOT_FOUND' } }] };
}

export const ROWS: Row[] = [
  // the personal-data check: the werkplaats's word list is read where texts the check reads are written (the hints
  // while typing), and only the trekker resolves the findings in the introduction of their digest
  {
    // Null for whoever may not read it: counted here as not found.
    action: "read the werkplaats's word list for the hints while writing in an atelier",
    run: async (c, x) => {
      const result = await c.query(`query($id: ID!) { atelier(id: $id) { privacyWords } }`, {
        id: gid('Atelier', x.atelierId),
      });
      if (result.errors) return result;
      if ((result.data as { atelier: { privacyWords: string[] | null } }).atelier.privacyWords) return result;
      return { ...result, errors: [{ message: 'no words read', extensions: { code: 'NOT_FOUND' } }] };
    },
    expect: {
      visitor: 'NOT_FOUND',
      tribune: 'NOT_FOUND',
      arena: 'ok',
      trekker: 'ok',
      committee: 'ok',
      admin: 'NOT_FOUND',
    },
  },
  {
    action: "resolve the personal data in a draft digest's introduction",
    run: async (c, x) => {
      const digest = await draftDigest(x);
      return c.query(
        `mutation($i: ResolvePersonalDataInput!) { resolveDigestPersonalData(input: $i) { digest { id } } }`,
        { i: { id: gid('Digest', digest.id), version: digest.version, choices: [] } },
      );
    },
    expect: { ...trekkerWork, committee: 'FORBIDDEN' },
  },
  // accounts: anyone may make one (the answer never tells whether the address had one); a person changes their own
  // password (erasing one's own account, the same rule, is pinned in the privacy spec: it would end the cell's person)
  {
    action: 'make an account',
    run: (c) =>
      c.query(`mutation($i: SignUpInput!) { signUp(input: $i) }`, {
        i: { email: `nieuw-${randomUUID()}@example.nl`, password: 'een-eigen-wachtwoord', name: 'Nieuw' },
      }),
    expect: everyone,
  },
  {
    action: "change one's own password",
    run: (c) =>
      c.query(`mutation($p: String!) { changePassword(currentPassword: $p, password: $p) }`, {
        p: DEMO_PASSWORD,
      }),
    expect: signedIn,
  },
  {
    // Whoever holds the link: the role of the browser it is opened in does not matter. It signs that browser in
    // as the link's person, so the role's own session is taken back afterwards for the cells that follow.
    action: 'set a password with a one-time link',
    run: async (c, x, role) => {
      const user = await x.t.prisma.user.create({
        data: { email: `link-${randomUUID()}@example.nl`, name: 'Nieuwe beheerder', passwordHash: null },
      });
      const { token } = await issuePasswordToken(x.t.prisma, user.id);
      const result = await c.query(
        `mutation($t: String!, $p: String!) { setPasswordWithToken(token: $t, password: $p) { id } }`,
        { t: token, p: 'een-eigen-wachtwoord' },
      );
      if (role === 'visitor') await c.query(`mutation { signOut }`);
      else await c.signIn(ROLE_EMAILS[role], DEMO_PASSWORD);
      return result;
    },
    expect: everyone,
  },
  // read agenda, ateliers, public lessons
  {
    action: 'read the agenda',
    run: (c) => c.query(`{ socialIssues(first: 10) { totalCount } }`),
    expect: everyone,
  },
  {
    action: 'read an atelier',
    run: (c, x) =>
      c.query(`query($id: ID!) { atelier(id: $id) { title trekker { name } } }`, {
        id: gid('Atelier', x.atelierId),
      }),
    expect: everyone,
  },
  {
    action: 'read a PUBLIC lesson',
    run: async (c, x) =>
      c.query(`query($id: ID!) { lesson(id: $id) { title } }`, {
        id: gid('Lesson', (await x.f.lessonAt(x.atelierId, 'PUBLIC')).id),
      }),
    expect: everyone,
  },
  // join an atelier as arena/tribune, switch, leave
  {
    action: 'join an atelier',
    run: async (c, x) => {
      const result = await c.query(JOIN, { a: gid('Atelier', x.otherAtelierId), r: 'TRIBUNE' });
      if (!result.errors) await c.ok(LEAVE, { a: gid('Atelier', x.otherAtelierId) });
      return result;
    },
    expect: signedIn,
  },
  {
    action: 'switch between arena and tribune',
    run: async (c, x) => {
      await c.query(JOIN, { a: gid('Atelier', x.otherAtelierId), r: 'ARENA' });
      const result = await c.query(
        `mutation($a: ID!) { switchRole(atelierId: $a, role: TRIBUNE) { role } }`,
        {
          a: gid('Atelier', x.otherAtelierId),
        },
      );
      if (!result.errors) await c.ok(LEAVE, { a: gid('Atelier', x.otherAtelierId) });
      return result;
    },
    expect: signedIn,
  },
  {
    action: 'leave an atelier',
    run: async (c, x) => {
      await c.query(JOIN, { a: gid('Atelier', x.otherAtelierId), r: 'TRIBUNE' });
      return c.query(LEAVE, { a: gid('Atelier', x.otherAtelierId) });
    },
    expect: signedIn,
  },
  // read lessons at TRIBUNE of that atelier
  {
    action: 'read a TRIBUNE lesson',
    run: async (c, x) =>
      c.query(`query($id: ID!) { lesson(id: $id) { title } }`, {
        id: gid('Lesson', (await x.f.lessonAt(x.atelierId, 'TRIBUNE')).id),
      }),
    expect: { ...everyone, visitor: 'NOT_FOUND' },
  },
  {
    action: 'read the atelier feed of TRIBUNE lessons',
    run: async (c) => c.query(`{ feed(first: 50) { edges { node { __typename } } } }`),
    expect: signedIn,
  },
  // read ARENA lessons, add questions, start/join practices, log lessons
  {
    action: 'read an ARENA lesson',
    run: async (c, x) =>
      c.query(`query($id: ID!) { lesson(id: $id) { title } }`, {
        id: gid('Lesson', (await x.f.lessonAt(x.atelierId, 'ARENA')).id),
      }),
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'add a question',
    run: (c, x) =>
      c.query(`mutation($i: AddQuestionInput!) { addQuestion(input: $i) { id } }`, {
        i: {
          atelierId: gid('Atelier', x.atelierId),
          title: 'Hoe bereiken we mensen die niet naar de buurtkamer komen?',
        },
      }),
    expect: arenaWork,
  },
  {
    action: 'start a practice',
    run: (c, x) =>
      c.query(
        `mutation($a: ID!, $i: StartPracticeInput!) { startPractice(atelierId: $a, input: $i) { id } }`,
        {
          a: gid('Atelier', x.atelierId),
          i: {
            title: 'Wandelgroep Hatert',
            municipalityId: gid('Municipality', x.nijmegenId),
            neighbourhood: 'Hatert',
          },
        },
      ),
    expect: arenaWork,
  },
  {
    action: 'join a practice',
    run: async (c, x) => {
      const practice = await x.t.prisma.practice.create({
        data: {
          atelierId: x.atelierId,
          municipalityId: x.nijmegenId,
          title: 'Koffieochtend',
          startedById: x.arenaUserId,
        },
      });
      return c.query(`mutation($p: ID!) { joinPractice(practiceId: $p) { id } }`, {
        p: gid('Practice', practice.id),
      });
    },
    // Practices are arena content: those outside the arena can't even find it.
    expect: { ...arenaWork, tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'log a lesson',
    run: (c, x) =>
      c.query(`mutation($i: LogLessonInput!) { logLesson(input: $i) { id visibility } }`, {
        i: {
          atelierId: gid('Atelier', x.atelierId),
          title: 'Samen koken verbindt',
          body: '<p>Mensen bleven na het eten hangen en spraken af voor de week erna.</p>',
          conditions: ['SOCIAL_COHESION'],
          level: 'GROUP',
          domain: 'WELFARE',
        },
      }),
    expect: arenaWork,
  },
  // write insights, lift to TRIBUNE/PUBLIC, manage participants
  {
    action: 'write an insight',
    run: async (c, x) => {
      const a = await x.f.lesson({ atelierId: x.atelierId, authorId: x.arenaUserId, visibility: 'ARENA' });
      const b = await x.f.lesson({ atelierId: x.atelierId, authorId: x.arenaUserId, visibility: 'ARENA' });
      return c.query(
        `mutation($a: ID!, $i: CreateInsightInput!) { createInsight(atelierId: $a, input: $i) { id } }`,
        {
          a: gid('Atelier', x.atelierId),
          i: {
            title: 'Ontmoeting vraagt een vaste plek',
            body: '<p>In twee gemeenten zagen we hetzelfde.</p>',
            lessonIds: [gid('Lesson', a.id), gid('Lesson', b.id)],
            conditions: ['SOCIAL_COHESION'],
          },
        },
      );
    },
    expect: trekkerWork,
  },
  {
    action: 'lift a lesson to TRIBUNE',
    run: async (c, x) => {
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'ARENA',
      });
      return c.query(
        `mutation($id: ID!) { setLessonVisibility(id: $id, visibility: TRIBUNE) { visibility } }`,
        {
          id: gid('Lesson', lesson.id),
        },
      );
    },
    // Outside the arena the ARENA lesson can't be found at all; the arena member (its author) may not share it.
    expect: { ...trekkerWork, tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'make a lesson PUBLIC, with its author’s consent',
    run: async (c, x) => {
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'TRIBUNE',
        publicConsent: true,
      });
      return c.query(
        `mutation($id: ID!) { setLessonVisibility(id: $id, visibility: PUBLIC) { visibility } }`,
        {
          id: gid('Lesson', lesson.id),
        },
      );
    },
    expect: { ...trekkerWork, visitor: 'UNAUTHENTICATED' },
  },
  {
    // Without "mag openbaar" nobody makes it public: not the trekker, not the commissie (NO_PUBLIC_CONSENT).
    action: 'make a lesson PUBLIC without its author’s consent',
    run: async (c, x) => {
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'TRIBUNE',
      });
      return c.query(
        `mutation($id: ID!) { setLessonVisibility(id: $id, visibility: PUBLIC) { visibility } }`,
        {
          id: gid('Lesson', lesson.id),
        },
      );
    },
    expect: {
      ...signedIn,
      visitor: 'UNAUTHENTICATED',
      tribune: 'FORBIDDEN',
      arena: 'FORBIDDEN',
      trekker: 'FORBIDDEN',
      committee: 'FORBIDDEN',
      admin: 'FORBIDDEN',
    },
  },
  {
    // A draft is its author's alone (here the arena member's): the trekker reads it but may not share it.
    action: 'take a draft out of DRAFT',
    run: async (c, x) => {
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'DRAFT',
      });
      return c.query(
        `mutation($id: ID!) { setLessonVisibility(id: $id, visibility: ARENA) { visibility } }`,
        {
          id: gid('Lesson', lesson.id),
        },
      );
    },
    expect: {
      visitor: 'UNAUTHENTICATED',
      tribune: 'NOT_FOUND',
      arena: 'ok',
      trekker: 'FORBIDDEN',
      committee: 'NOT_FOUND',
      admin: 'NOT_FOUND',
    },
  },
  {
    action: 'move a lesson two rungs at once',
    run: async (c, x) => {
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'ARENA',
        publicConsent: true,
      });
      return c.query(
        `mutation($id: ID!) { setLessonVisibility(id: $id, visibility: PUBLIC) { visibility } }`,
        {
          id: gid('Lesson', lesson.id),
        },
      );
    },
    expect: {
      ...arenaWork,
      arena: 'BAD_USER_INPUT',
      trekker: 'BAD_USER_INPUT',
      committee: 'BAD_USER_INPUT',
      tribune: 'NOT_FOUND',
      admin: 'NOT_FOUND',
    },
  },
  {
    action: 'say whether a lesson may be made public',
    run: async (c, x) => {
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'TRIBUNE',
      });
      return c.query(
        `mutation($id: ID!) { setLessonPublicConsent(id: $id, consent: true) { publicConsent } }`,
        {
          id: gid('Lesson', lesson.id),
        },
      );
    },
    // Only the author (the arena member here) decides.
    expect: {
      ...signedIn,
      tribune: 'FORBIDDEN',
      trekker: 'FORBIDDEN',
      committee: 'FORBIDDEN',
      admin: 'FORBIDDEN',
    },
  },
  {
    action: 'move an insight to a rung an insight does not have',
    run: async (c, x) => {
      const insight = await x.t.prisma.insight.create({
        data: {
          atelierId: x.atelierId,
          authorId: (await x.f.user(DEMO.trekker)).id,
          title: 'Inzicht voor de roltabel',
          body: '<p>Tekst.</p>',
          conditions: ['SOCIAL_COHESION'],
          visibility: 'ARENA',
        },
      });
      return c.query(
        `mutation($id: ID!) { setInsightVisibility(id: $id, visibility: DRAFT) { visibility } }`,
        {
          id: gid('Insight', insight.id),
        },
      );
    },
    expect: {
      ...trekkerWork,
      trekker: 'BAD_USER_INPUT',
      committee: 'BAD_USER_INPUT',
      tribune: 'NOT_FOUND',
      admin: 'NOT_FOUND',
    },
  },
  {
    action: 'remove a participant',
    run: async (c, x) => {
      const { participation } = await x.f.participant(x.atelierId, 'TRIBUNE');
      return c.query(`mutation($p: ID!) { removeParticipant(participationId: $p) }`, {
        p: gid('Participation', participation.id),
      });
    },
    expect: trekkerWork,
  },
  // joining the arena as the atelier's mode has it (the demo's loneliness atelier is ON_REQUEST)
  {
    action: 'join an arena that takes new members on request',
    run: async (c, x) => {
      const result = await c.query(JOIN, { a: gid('Atelier', x.atelierId), r: 'ARENA' });
      if (!result.errors) await c.ok(LEAVE, { a: gid('Atelier', x.atelierId) });
      return result;
    },
    // Members are in already (a tribune member switches instead, below); the trekker leads it; the commissie may
    // work in every arena of its werkplaats; anyone else asks.
    expect: { ...signedIn, tribune: 'CONFLICT', arena: 'CONFLICT', trekker: 'CONFLICT', admin: 'FORBIDDEN' },
  },
  {
    action: 'switch from the tribune into an arena that takes new members on request',
    run: (c, x) =>
      c.query(`mutation($a: ID!) { switchRole(atelierId: $a, role: ARENA) { role } }`, {
        a: gid('Atelier', x.atelierId),
      }),
    // Only those who take part can switch; the arena member is there already.
    expect: {
      visitor: 'UNAUTHENTICATED',
      tribune: 'FORBIDDEN',
      arena: 'ok',
      trekker: 'NOT_FOUND',
      committee: 'NOT_FOUND',
      admin: 'NOT_FOUND',
    },
  },
  {
    action: 'ask to join an arena that takes new members on request',
    run: async (c, x) => {
      const result = await c.query(
        `mutation($a: ID!) { requestToJoin(atelierId: $a, role: ARENA, message: "Mag ik meedoen?") { id } }`,
        { a: gid('Atelier', x.atelierId) },
      );
      const id = (result.data as { requestToJoin?: { id: string } } | null)?.requestToJoin?.id;
      if (id) await c.ok(`mutation($id: ID!) { withdrawJoinRequest(id: $id) }`, { id });
      return result;
    },
    // Those who may join directly have nothing to ask.
    expect: { ...signedIn, arena: 'CONFLICT', trekker: 'FORBIDDEN', committee: 'FORBIDDEN' },
  },
  {
    action: 'decide a request to join',
    run: async (c, x) => {
      const { request } = await x.f.requestToJoin(x.atelierId);
      return c.query(`mutation($id: ID!) { decideJoinRequest(id: $id, accept: false) { status } }`, {
        id: gid('JoinRequest', request.id),
      });
    },
    // Others can't even find it.
    expect: { ...trekkerWork, tribune: 'NOT_FOUND', arena: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'invite a person into the arena',
    run: async (c, x) => {
      const person = await x.f.person();
      return c.query(
        `mutation($a: ID!, $u: ID!) { inviteToAtelier(atelierId: $a, userId: $u, role: ARENA) { id } }`,
        {
          a: gid('Atelier', x.atelierId),
          u: gid('User', person.id),
        },
      );
    },
    expect: trekkerWork,
  },
  {
    action: 'take back an invitation',
    run: async (c, x) => {
      const { invitation } = await x.f.invitation(x.atelierId);
      return c.query(`mutation($id: ID!) { withdrawJoinRequest(id: $id) }`, {
        id: gid('JoinRequest', invitation.id),
      });
    },
    expect: { ...trekkerWork, tribune: 'NOT_FOUND', arena: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'set who may join the arena',
    run: (c, x) =>
      c.query(`mutation($a: ID!) { setAtelierJoinMode(atelierId: $a, mode: ON_REQUEST) { joinMode } }`, {
        a: gid('Atelier', x.atelierId),
      }),
    expect: trekkerWork,
  },
  // keep the agenda: create/merge/lapse kwesties, start ateliers, name trekkers, advise
  {
    action: 'create a kwestie',
    run: (c) =>
      c.query(`mutation($i: CreateSocialIssueInput!) { createSocialIssue(input: $i) { id } }`, {
        i: {
          title: `Kwestie ${randomUUID().slice(0, 6)}`,
          description: 'Waarom deze kwestie op de agenda hoort.',
        },
      }),
    expect: committeeWork,
  },
  {
    action: 'change a kwestie',
    run: async (c, x) =>
      c.query(
        `mutation($id: ID!, $i: UpdateSocialIssueInput!) { updateSocialIssue(id: $id, input: $i) { id } }`,
        {
          id: gid('SocialIssue', await newIssue(x)),
          i: { version: 1, title: `Kwestie herzien ${randomUUID().slice(0, 6)}` },
        },
      ),
    expect: committeeWork,
  },
  {
    action: 'merge two kwesties',
    run: async (c, x) => {
      const [source, target] = await Promise.all([newIssue(x), newIssue(x)]);
      return c.query(`mutation($s: ID!, $t: ID!) { mergeSocialIssues(sourceId: $s, targetId: $t) { id } }`, {
        s: gid('SocialIssue', source),
        t: gid('SocialIssue', target),
      });
    },
    expect: committeeWork,
  },
  {
    action: 'lapse a kwestie',
    run: async (c, x) =>
      c.query(`mutation($id: ID!) { lapseSocialIssue(id: $id, reason: "Geen leervraag meer") { id } }`, {
        id: gid('SocialIssue', await newIssue(x)),
      }),
    expect: committeeWork,
  },
  {
    action: 'start an atelier and name its trekker',
    run: async (c, x) =>
      c.query(`mutation($s: ID!, $t: ID!) { startAtelier(socialIssueId: $s, trekkerId: $t) { id } }`, {
        s: gid('SocialIssue', await newIssue(x)),
        // A researcher of the werkplaats (trekkerCandidates): anyone else is refused as bad input.
        t: gid('User', (await x.f.user(DEMO.trekker)).id),
      }),
    expect: committeeWork,
  },
  {
    action: 'advise an atelier',
    run: (c, x) =>
      c.query(`mutation($a: ID!, $i: GiveAdviceInput!) { giveAdvice(atelierId: $a, input: $i) { id } }`, {
        a: gid('Atelier', x.atelierId),
        i: {
          title: 'Deel de werkvorm breder',
          body: 'De commissie ziet kansen in de andere gemeenten.',
          asked: false,
        },
      }),
    expect: committeeWork,
  },
  {
    // The commissie's advice is for those who work on the atelier: its arena, its trekker and the commissie.
    action: "read an atelier's advice",
    run: async (c, x) => {
      const committee = await x.f.user(DEMO.committee);
      const advice = await x.t.prisma.advice.create({
        data: {
          atelierId: x.atelierId,
          authorId: committee.id,
          title: 'Advies voor de roltabel',
          body: 'Tekst.',
        },
      });
      return c.query(`query($id: ID!) { node(id: $id) { id } }`, { id: gid('Advice', advice.id) });
    },
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  // manage accounts, organisations, werkgebied
  {
    action: 'add a partner organisation',
    run: (c) =>
      c.query(`mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }`, {
        i: { name: `Buurtcoöperatie ${randomUUID().slice(0, 6)}`, kind: 'CITIZENS_INITIATIVE' },
      }),
    expect: adminWork,
  },
  {
    action: 'add a gemeente to the werkgebied',
    run: (c) =>
      c.query(`mutation($i: MunicipalityInput!) { createMunicipality(input: $i) { id } }`, {
        i: { name: `Testgemeente ${randomUUID().slice(0, 4)}`, cbsCode: `GM${9000 + nextCode++}` },
      }),
    expect: adminWork,
  },
  {
    action: 'list the accounts',
    run: (c) => c.query(`{ users(first: 5) { totalCount } }`),
    expect: adminWork,
  },
  {
    // A beheerder of several werkplaatsen chooses one; their powers end at their own (across-werkplaatsen spec).
    action: 'list the accounts of one werkplaats',
    run: (c, x) =>
      c.query(`query($w: ID) { users(first: 5, workshopId: $w) { totalCount } }`, {
        w: gid('Workshop', x.workshopId),
      }),
    expect: adminWork,
  },
  {
    action: 'read the audit log of one werkplaats',
    run: (c, x) =>
      c.query(`query($w: ID) { auditEvents(first: 5, workshopId: $w) { totalCount } }`, {
        w: gid('Workshop', x.workshopId),
      }),
    expect: { ...adminWork, committee: 'ok' },
  },
  // beheer of accounts (README, Accounts: the rules)
  {
    action: 'start an account for someone (with a one-time link)',
    run: (c) =>
      c.query(`mutation($i: StartAccountInput!) { startAccount(input: $i) { link } }`, {
        i: { name: 'Gestart door de beheerder', email: `gestart-${randomUUID()}@example.nl` },
      }),
    expect: adminWork,
  },
  {
    action: 'list the werkplaats’s work-account providers (never their secrets)',
    run: (c, x) =>
      c.query(`query($w: ID!) { oidcProviders(workshopId: $w) { id label } }`, {
        w: gid('Workshop', x.workshopId),
      }),
    expect: adminWork,
  },
  {
    action: 'add, change and remove a work-account provider of the werkplaats',
    run: async (c, x) => {
      const w = gid('Workshop', x.workshopId);
      const saved = await c.query(
        `mutation($w: ID!, $i: OidcProviderInput!) { saveOidcProvider(workshopId: $w, input: $i) { id } }`,
        {
          w,
          i: {
            label: 'Werkaccount',
            issuer: 'https://login.example.nl',
            clientId: 'werkplaats',
            clientSecret: 'geheim',
            domains: ['example.nl'],
            requiredForDomains: false,
          },
        },
      );
      if (saved.errors) return saved;
      return c.query(`mutation($w: ID!, $id: ID!) { deleteOidcProvider(workshopId: $w, id: $id) }`, {
        w,
        id: (saved.data as { saveOidcProvider: { id: string } }).saveOidcProvider.id,
      });
    },
    expect: adminWork,
  },
  {
    action: 'ask which work-account providers serve an address',
    run: (c) =>
      c.query(
        `query { signInProviders(email: "iemand@example.nl", workshopSlug: "arnhem-nijmegen") { id } }`,
      ),
    expect: everyone,
  },
  {
    action: 'see one’s own linked work-account logins',
    run: (c) => c.query(`{ myLinkedLogins { id } }`),
    expect: signedIn,
  },
  {
    action: 'block and unblock someone of one’s werkplaats',
    run: async (c, x) => {
      const u = gid('User', await newcomer(x));
      const BLOCK = `mutation($u: ID!, $b: Boolean!) { setAccountBlocked(userId: $u, blocked: $b) { id } }`;
      const blocked = await c.query(BLOCK, { u, b: true });
      return blocked.errors ? blocked : c.query(BLOCK, { u, b: false });
    },
    expect: adminWork,
  },
  {
    action: 'block one’s own account',
    run: async (c, x, role) => {
      const self = role === 'visitor' ? x.arenaUserId : (await x.f.user(ROLE_EMAILS[role])).id;
      return c.query(`mutation($u: ID!) { setAccountBlocked(userId: $u, blocked: true) { id } }`, {
        u: gid('User', self),
      });
    },
    expect: { ...adminWork, admin: 'BAD_USER_INPUT' },
  },
  {
    action: 'end the sessions of someone of one’s werkplaats',
    run: async (c, x) =>
      c.query(`mutation($u: ID!) { endSessions(userId: $u) }`, { u: gid('User', await newcomer(x)) }),
    expect: adminWork,
  },
  {
    // Empty for whoever may not read them: counted here as not found.
    action: 'read the werkplaats roles of a commissie member',
    run: async (c, x) => {
      const id = gid('User', (await x.f.user(DEMO.committee)).id);
      const result = await c.query(
        `query($id: ID!) { node(id: $id) { ... on User { workshopRoles { role } } } }`,
        {
          id,
        },
      );
      if (result.errors) return result;
      const roles = (result.data as { node: { workshopRoles: unknown[] } }).node.workshopRoles;
      if (roles.length > 0) return result;
      return { ...result, errors: [{ message: 'no roles read', extensions: { code: 'NOT_FOUND' } }] };
    },
    expect: {
      visitor: 'NOT_FOUND',
      tribune: 'NOT_FOUND',
      arena: 'NOT_FOUND',
      trekker: 'NOT_FOUND',
      committee: 'ok',
      admin: 'ok',
    },
  },
  // organisations are confirmed, not claimed
  {
    action: 'say one belongs to an organisation',
    run: async (c, x) => {
      const org = await x.t.prisma.organisation.create({
        data: {
          workshopId: (await x.t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } }))
            .id,
          name: `Stichting ${randomUUID().slice(0, 6)}`,
          kind: 'WELFARE',
        },
      });
      return c.query(`mutation($o: ID!) { requestMembership(organisationId: $o) { status } }`, {
        o: gid('Organisation', org.id),
      });
    },
    expect: signedIn,
  },
  {
    // Proposing one that is not in the list yet: a request, the organisation unlisted until a beheerder confirms.
    action: 'propose an organisation and ask to belong to it',
    run: (c, x) =>
      c.query(
        `mutation($p: ProposeOrganisationInput!) { requestMembership(proposedOrganisation: $p) { status } }`,
        {
          p: {
            name: `Voorstel ${randomUUID().slice(0, 6)}`,
            kind: 'OTHER',
            workshopId: gid('Workshop', x.workshopId),
          },
        },
      ),
    expect: signedIn,
  },
  {
    action: 'set one’s own party kind',
    run: (c) => c.query(`mutation { updateMe(input: { partyKind: OTHER }) { partyKind } }`),
    expect: signedIn,
  },
  {
    action: 'read an organisation someone else proposed',
    run: async (c, x) => {
      const { organisationId } = await proposal(x);
      return c.query(`query($id: ID!) { node(id: $id) { ... on Organisation { status } } }`, {
        id: gid('Organisation', organisationId),
      });
    },
    // Only who asked to belong to it and the beheerders of its werkplaats read it.
    expect: {
      ...everyone,
      visitor: 'NOT_FOUND',
      tribune: 'NOT_FOUND',
      arena: 'NOT_FOUND',
      trekker: 'NOT_FOUND',
      committee: 'NOT_FOUND',
    },
  },
  {
    action: 'confirm a membership of a proposed organisation (which lists it)',
    run: async (c, x) => {
      const { membershipId } = await proposal(x);
      return c.query(`mutation($id: ID!) { decideMembership(id: $id, confirm: true) { status } }`, {
        id: gid('Membership', membershipId),
      });
    },
    expect: {
      visitor: 'UNAUTHENTICATED',
      tribune: 'NOT_FOUND',
      arena: 'NOT_FOUND',
      trekker: 'NOT_FOUND',
      committee: 'NOT_FOUND',
      admin: 'ok',
    },
  },
  {
    action: 'list the memberships waiting for a decision',
    run: (c) => c.query(`{ membershipRequests(first: 5) { totalCount } }`),
    // Everyone signed in gets the list of what they may decide (empty but for beheerders and contacts).
    expect: signedIn,
  },
  {
    action: 'list the memberships waiting for a decision, of one werkplaats',
    run: (c, x) =>
      c.query(`query($w: ID) { membershipRequests(first: 5, workshopId: $w) { totalCount } }`, {
        w: gid('Workshop', x.workshopId),
      }),
    expect: signedIn,
  },
  {
    action: 'confirm a membership',
    run: async (c, x) => {
      const person = await x.f.person();
      const org = await x.t.prisma.organisation.findFirstOrThrow({ where: { name: 'Gemeente Nijmegen' } });
      const membership = await x.t.prisma.membership.create({
        data: { userId: person.id, organisationId: org.id },
      });
      return c.query(`mutation($id: ID!) { decideMembership(id: $id, confirm: true) { status } }`, {
        id: gid('Membership', membership.id),
      });
    },
    // A request is read only by the person and those who decide: others can't find it.
    expect: {
      visitor: 'UNAUTHENTICATED',
      tribune: 'NOT_FOUND',
      arena: 'NOT_FOUND',
      trekker: 'NOT_FOUND',
      committee: 'NOT_FOUND',
      admin: 'ok',
    },
  },
  {
    action: 'make a confirmed member the organisation’s contact',
    run: async (c, x) => {
      const person = await x.f.person();
      const org = await x.t.prisma.organisation.findFirstOrThrow({ where: { name: 'Gemeente Nijmegen' } });
      const membership = await x.t.prisma.membership.create({
        data: { userId: person.id, organisationId: org.id, status: 'CONFIRMED' },
      });
      return c.query(`mutation($id: ID!) { setMembershipContact(id: $id, isContact: true) { isContact } }`, {
        id: gid('Membership', membership.id),
      });
    },
    expect: { ...adminWork, arena: 'FORBIDDEN', tribune: 'FORBIDDEN', trekker: 'FORBIDDEN' },
  },
  {
    action: 'grant a werkplaats role',
    run: async (c, x) => c.query(SET_ROLE, { u: gid('User', await newcomer(x)), r: 'COMMITTEE', g: true }),
    expect: adminWork,
  },
  {
    action: 'withdraw a werkplaats role',
    run: async (c, x) => {
      const granted = gid('User', await newcomer(x));
      await (await anotherBeheerder(x)).ok(SET_ROLE, { u: granted, r: 'COMMITTEE', g: true });
      return c.query(SET_ROLE, { u: granted, r: 'COMMITTEE', g: false });
    },
    expect: adminWork,
  },
  {
    // The commissie's role reads every arena: whoever gets it (a beheerder too, from themself), beheer and
    // commissie are told. Here another beheerder grants it; not told reads as NOT_FOUND.
    action: 'be told of a werkplaats role granted',
    run: async (c, x) => {
      const granted = await newcomer(x);
      await (await anotherBeheerder(x)).ok(SET_ROLE, { u: gid('User', granted), r: 'COMMITTEE', g: true });
      const result = await c.query(`{ notifications(first: 50) { edges { node { kind person { id } } } } }`);
      if (result.errors) return result;
      const told = (result.data as { notifications: { edges: { node: any }[] } }).notifications.edges.some(
        (e) => e.node.kind === 'WORKSHOP_ROLE_GRANTED' && e.node.person?.id === gid('User', granted),
      );
      if (told) return result;
      return { ...result, errors: [{ message: 'not told', extensions: { code: 'NOT_FOUND' } }] };
    },
    expect: { ...adminWork, committee: 'ok', tribune: 'NOT_FOUND', arena: 'NOT_FOUND', trekker: 'NOT_FOUND' },
  },
  // the arena's questions (issue 21): read by the ladder on every path, written by the arena, shared by the trekker
  {
    action: 'read an ARENA question by id',
    run: async (c, x) => readQuestion(c, await aQuestion(x, 'ARENA')),
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'read a TRIBUNE question by id',
    run: async (c, x) => readQuestion(c, await aQuestion(x, 'TRIBUNE')),
    expect: { ...everyone, visitor: 'NOT_FOUND' },
  },
  {
    action: 'read a PUBLIC question by id',
    run: async (c, x) => readQuestion(c, await aQuestion(x, 'PUBLIC')),
    expect: everyone,
  },
  {
    action: 'read an ARENA question by node(id)',
    run: async (c, x) =>
      foundOr(
        await c.query(`query($id: ID!) { node(id: $id) { id } }`, {
          id: gid('Question', await aQuestion(x, 'ARENA')),
        }),
        (data: { node: { id: string } | null }) => data.node !== null,
      ),
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'find an ARENA question in the atelier’s list',
    run: async (c, x) => findInAtelierList(c, x, await aQuestion(x, 'ARENA')),
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'find a TRIBUNE question in the atelier’s list',
    run: async (c, x) => findInAtelierList(c, x, await aQuestion(x, 'TRIBUNE')),
    expect: { ...everyone, visitor: 'NOT_FOUND' },
  },
  {
    action: 'find a TRIBUNE question by search',
    run: async (c, x) => {
      const word = `vraagrol${randomUUID()
        .replace(/[^a-f]/g, '')
        .slice(0, 10)}`;
      const id = await aQuestion(x, 'TRIBUNE', `Vraag ${word}`);
      return foundOr(
        await c.query(
          `query($q: String!) { search(query: $q) { edges { node { ... on Question { id } } } } }`,
          {
            q: word,
          },
        ),
        (data: { search: { edges: { node: { id?: string } }[] } }) =>
          data.search.edges.some((e) => e.node.id === gid('Question', id)),
      );
    },
    expect: { ...everyone, visitor: 'NOT_FOUND' },
  },
  {
    action: 'read a TRIBUNE question through the PUBLIC lesson that answers it',
    run: async (c, x) => {
      const question = await aQuestion(x, 'TRIBUNE');
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'PUBLIC',
      });
      await x.t.prisma.questionLesson.create({ data: { questionId: question, lessonId: lesson.id } });
      return foundOr(
        await c.query(
          `query($id: ID!) { lesson(id: $id) { answersQuestions { hiddenCount questions { id title } } } }`,
          { id: gid('Lesson', lesson.id) },
        ),
        (data: { lesson: { answersQuestions: { questions: { id: string }[]; hiddenCount: number } } }) => {
          const shown = data.lesson.answersQuestions.questions.some(
            (q) => q.id === gid('Question', question),
          );
          // Not shown is counted instead: never both, never neither.
          expect(data.lesson.answersQuestions.hiddenCount).toBe(shown ? 0 : 1);
          return shown;
        },
      );
    },
    expect: { ...everyone, visitor: 'NOT_FOUND' },
  },
  {
    action: 'read an ARENA lesson through the PUBLIC question it answers',
    run: async (c, x) => {
      const question = await aQuestion(x, 'PUBLIC');
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'ARENA',
      });
      await x.t.prisma.questionLesson.create({ data: { questionId: question, lessonId: lesson.id } });
      return foundOr(
        await c.query(
          `query($id: ID!) { question(id: $id) { answers { hiddenCount lessons { id title } } } }`,
          {
            id: gid('Question', question),
          },
        ),
        (data: { question: { answers: { lessons: { id: string }[]; hiddenCount: number } } }) => {
          const shown = data.question.answers.lessons.some((l) => l.id === gid('Lesson', lesson.id));
          expect(data.question.answers.hiddenCount).toBe(shown ? 0 : 1);
          return shown;
        },
      );
    },
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'read an ARENA lesson on the knowledge path of a PUBLIC question',
    run: async (c, x) => {
      const question = await aQuestion(x, 'PUBLIC');
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'ARENA',
      });
      await x.t.prisma.questionLesson.create({ data: { questionId: question, lessonId: lesson.id } });
      return foundOr(
        await c.query(
          `query($id: ID!) { question(id: $id) { knowledgePath { steps { kind hiddenCount items { ... on Lesson { id title } } } } } }`,
          { id: gid('Question', question) },
        ),
        (data: {
          question: {
            knowledgePath: { steps: { kind: string; hiddenCount: number; items: { id?: string }[] }[] };
          };
        }) => {
          const lessons = data.question.knowledgePath.steps.find((s) => s.kind === 'LESSON')!;
          const shown = lessons.items.some((l) => l.id === gid('Lesson', lesson.id));
          expect(lessons.hiddenCount).toBe(shown ? 0 : 1);
          return shown;
        },
      );
    },
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'read an ARENA output on the knowledge path of a PUBLIC question',
    run: async (c, x) => {
      const question = await aQuestion(x, 'PUBLIC');
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'PUBLIC',
      });
      await x.t.prisma.questionLesson.create({ data: { questionId: question, lessonId: lesson.id } });
      const product = await x.f.product({ atelierId: x.atelierId, visibility: 'ARENA' });
      await x.t.prisma.productLesson.create({ data: { productId: product.id, lessonId: lesson.id } });
      return pathStepShows(
        c,
        `query($id: ID!) { question(id: $id) { knowledgePath { ${PATH_STEPS} } } }`,
        gid('Question', question),
        (data) => data.question,
        'OUTPUT',
        gid('Product', product.id),
      );
    },
    expect: OUTPUT_READERS.ARENA,
  },
  {
    action: 'read an ARENA lesson on the knowledge path of a PUBLIC output',
    run: async (c, x) => {
      const product = await x.f.product({ atelierId: x.atelierId, visibility: 'PUBLIC' });
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'ARENA',
      });
      await x.t.prisma.productLesson.create({ data: { productId: product.id, lessonId: lesson.id } });
      return pathStepShows(
        c,
        `query($id: ID!) { product(id: $id) { knowledgePath { ${PATH_STEPS} } } }`,
        gid('Product', product.id),
        (data) => data.product,
        'LESSON',
        gid('Lesson', lesson.id),
      );
    },
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'refine one’s own question',
    run: async (c, x, role) => {
      const authorId = role === 'visitor' ? x.arenaUserId : (await x.f.user(ROLE_EMAILS[role])).id;
      const question = await x.f.question({ atelierId: x.atelierId, authorId });
      return c.query(UPDATE_QUESTION, {
        id: gid('Question', question.id),
        i: { version: 1, title: 'Scherper gevraagd: wie zien we niet?', status: 'IN_PRACTICE' },
      });
    },
    expect: arenaWork,
  },
  {
    action: 'refine someone else’s question',
    run: async (c, x) =>
      c.query(UPDATE_QUESTION, {
        id: gid('Question', await aQuestion(x, 'ARENA')),
        i: { version: 1, status: 'ANSWERED' },
      }),
    expect: { ...trekkerWork, tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'resolve the personal data in one’s own question',
    run: async (c, x, role) => {
      const authorId = role === 'visitor' ? x.arenaUserId : (await x.f.user(ROLE_EMAILS[role])).id;
      const question = await x.f.question({ atelierId: x.atelierId, authorId, title: NAMED_TITLE });
      return c.query(RESOLVE_QUESTION, resolveAll(question.id, 'Question', NAMED_TITLE));
    },
    expect: arenaWork,
  },
  {
    action: 'resolve the personal data in someone else’s question',
    run: async (c, x) =>
      c.query(
        RESOLVE_QUESTION,
        resolveAll(await aQuestion(x, 'ARENA', NAMED_TITLE), 'Question', NAMED_TITLE),
      ),
    expect: { ...trekkerWork, tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'share an answered question with the tribune',
    run: async (c, x) =>
      c.query(SHARE_QUESTION, { id: gid('Question', await aQuestion(x, 'ARENA', undefined, 'ANSWERED')) }),
    expect: { ...trekkerWork, tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'share an open question with the tribune',
    run: async (c, x) => c.query(SHARE_QUESTION, { id: gid('Question', await aQuestion(x, 'ARENA')) }),
    expect: {
      ...trekkerWork,
      tribune: 'NOT_FOUND',
      admin: 'NOT_FOUND',
      trekker: 'CONFLICT',
      committee: 'CONFLICT',
    },
  },
  {
    action: 'link a TRIBUNE lesson to a TRIBUNE question',
    run: async (c, x) => {
      const question = await aQuestion(x, 'TRIBUNE');
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'TRIBUNE',
      });
      return c.query(LINK_ANSWER, { q: gid('Question', question), a: gid('Lesson', lesson.id) });
    },
    expect: arenaWork,
  },
  {
    action: 'unlink an insight from a TRIBUNE question',
    run: async (c, x) => {
      const question = await aQuestion(x, 'TRIBUNE');
      const insight = await x.f.insight({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'TRIBUNE',
      });
      await x.t.prisma.questionInsight.create({ data: { questionId: question, insightId: insight.id } });
      return c.query(UNLINK_ANSWER, { q: gid('Question', question), a: gid('Insight', insight.id) });
    },
    expect: arenaWork,
  },
  // search finds exactly what a direct read shows: the same cells as reading the lesson by id
  { action: 'find a PUBLIC lesson by search', run: (c, x) => findBySearch(c, x, 'PUBLIC'), expect: everyone },
  {
    action: 'find a TRIBUNE lesson by search',
    run: (c, x) => findBySearch(c, x, 'TRIBUNE'),
    expect: { ...everyone, visitor: 'NOT_FOUND' },
  },
  {
    action: 'find an ARENA lesson by search',
    run: (c, x) => findBySearch(c, x, 'ARENA'),
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  // report-opendata: the atelier report and open data are read by the same ladder, line by line
  {
    action: 'find a PUBLIC lesson in the atelier report',
    run: (c, x) => findInDownload(c, x, 'PUBLIC', 'report'),
    expect: everyone,
  },
  {
    action: 'find a TRIBUNE lesson in the atelier report',
    run: (c, x) => findInDownload(c, x, 'TRIBUNE', 'report'),
    expect: { ...everyone, visitor: 'NOT_FOUND' },
  },
  {
    action: 'find an ARENA lesson in the atelier report',
    run: (c, x) => findInDownload(c, x, 'ARENA', 'report'),
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'find a PUBLIC lesson in the open data',
    run: (c, x) => findInDownload(c, x, 'PUBLIC', 'open-data'),
    expect: everyone,
  },
  {
    action: 'find a TRIBUNE lesson in the open data',
    run: (c, x) => findInDownload(c, x, 'TRIBUNE', 'open-data'),
    expect: {
      visitor: 'NOT_FOUND',
      tribune: 'NOT_FOUND',
      arena: 'NOT_FOUND',
      trekker: 'NOT_FOUND',
      committee: 'NOT_FOUND',
      admin: 'NOT_FOUND',
    },
  },
  {
    action: "set the werkplaats's open-data licence",
    run: (c, x) =>
      c.query(
        `mutation($w: ID!) { setOpenDataLicence(workshopId: $w, licence: CC_BY_4_0) { openDataLicence } }`,
        { w: gid('Workshop', x.workshopId) },
      ),
    expect: adminWork,
  },
  // the national layer: a theme page shows what the werkplaatsen share in public, and nothing lower, to anyone
  {
    action: 'read a national theme page',
    run: (c) => c.query(`{ nationalTheme(slug: "sociale-basis") { name socialIssues { totalCount } } }`),
    expect: everyone,
  },
  {
    action: 'find a PUBLIC insight on its theme page',
    run: (c, x) => findOnThemePage(c, x, 'PUBLIC'),
    expect: everyone,
  },
  {
    action: 'find a TRIBUNE insight on its theme page',
    run: (c, x) => findOnThemePage(c, x, 'TRIBUNE'),
    expect: {
      visitor: 'NOT_FOUND',
      tribune: 'NOT_FOUND',
      arena: 'NOT_FOUND',
      trekker: 'NOT_FOUND',
      committee: 'NOT_FOUND',
      admin: 'NOT_FOUND',
    },
  },
  // outputs (opbrengsten): the ladder on every path (by id, the catalogue, the atelier page, search, the file's
  // URL), registering and changing them is arena work, sharing them the trekker's
  ...(['PUBLIC', 'TRIBUNE', 'ARENA'] as const).flatMap((visibility): Row[] => {
    const reads = OUTPUT_READERS[visibility];
    return [
      {
        action: `read a ${visibility} output by id`,
        run: (c, x) => readOutput(c, x, visibility, 'id'),
        expect: reads,
      },
      {
        action: `find a ${visibility} output in the catalogue`,
        run: (c, x) => readOutput(c, x, visibility, 'catalogue'),
        expect: reads,
      },
      {
        action: `find a ${visibility} output on its atelier's page`,
        run: (c, x) => readOutput(c, x, visibility, 'atelier'),
        expect: reads,
      },
      {
        action: `find a ${visibility} output by search`,
        run: (c, x) => readOutput(c, x, visibility, 'search'),
        expect: reads,
      },
      {
        action: `download the file of a ${visibility} output by its URL`,
        run: (c, x) => downloadOutputFile(c, x, visibility),
        expect: reads,
      },
      {
        action: `download a range of the file of a ${visibility} output by its URL`,
        run: (c, x) => downloadOutputFile(c, x, visibility, 'bytes=9-'),
        expect: reads,
      },
    ];
  }),
  {
    action: 'register an output',
    run: (c, x) =>
      c.query(
        `mutation($a: ID!, $i: RegisterProductInput!) { registerProduct(atelierId: $a, input: $i) { id } }`,
        {
          a: gid('Atelier', x.atelierId),
          i: {
            kind: 'WORK_FORM',
            title: 'Werkvorm voor de roltabel',
            description: 'Zo werkt hij.',
            os: ['SUPPORT'],
          },
        },
      ),
    expect: arenaWork,
  },
  {
    action: 'change an output in the arena',
    run: async (c, x) => {
      const product = await x.f.product({ atelierId: x.atelierId, visibility: 'ARENA' });
      return c.query(
        `mutation($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id } }`,
        {
          id: gid('Product', product.id),
          i: { version: 1, title: 'Een betere titel' },
        },
      );
    },
    expect: { ...arenaWork, tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'change an output shared with the tribune',
    run: async (c, x) => {
      const product = await x.f.product({ atelierId: x.atelierId, visibility: 'TRIBUNE' });
      return c.query(
        `mutation($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id } }`,
        {
          id: gid('Product', product.id),
          i: { version: 1, title: 'Een betere titel' },
        },
      );
    },
    expect: trekkerWork,
  },
  {
    action: 'add a file to an output in the arena',
    run: async (c, x) => {
      const product = await x.f.product({ atelierId: x.atelierId, visibility: 'ARENA' });
      return asOutcome(
        await c.upload(`/files/product/${gid('Product', product.id)}`, SMALL_PDF, 'rapport.pdf'),
      );
    },
    expect: { ...arenaWork, tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'resolve the personal data in an output in the arena',
    run: async (c, x) => {
      const product = await x.f.product({ atelierId: x.atelierId, visibility: 'ARENA', title: NAMED_TITLE });
      return c.query(RESOLVE_PRODUCT, resolveAll(product.id, 'Product', NAMED_TITLE));
    },
    expect: { ...arenaWork, tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'resolve the personal data in an output shared with the tribune',
    run: async (c, x) => {
      const product = await x.f.product({
        atelierId: x.atelierId,
        visibility: 'TRIBUNE',
        title: NAMED_TITLE,
      });
      return c.query(RESOLVE_PRODUCT, resolveAll(product.id, 'Product', NAMED_TITLE));
    },
    expect: trekkerWork,
  },
  {
    action: 'share an output with the tribune',
    run: async (c, x) => {
      const product = await x.f.product({ atelierId: x.atelierId, visibility: 'ARENA' });
      return c.query(`mutation($id: ID!) { setProductVisibility(id: $id, visibility: TRIBUNE) { id } }`, {
        id: gid('Product', product.id),
      });
    },
    expect: { ...trekkerWork, tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'remove an output in the arena (and its file)',
    run: async (c, x) => {
      const product = await x.f.product({ atelierId: x.atelierId, visibility: 'ARENA' });
      return c.query(`mutation($id: ID!) { removeProduct(id: $id) }`, { id: gid('Product', product.id) });
    },
    expect: { ...arenaWork, tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  // issue 21: the spread counts what a direct read shows; the network shows organisations to the tribune's readers
  {
    action: 'count a PUBLIC lesson in the werkplaats’s spread',
    run: (c, x) => countInSpread(c, x, 'PUBLIC', 'werkplaats'),
    expect: everyone,
  },
  {
    action: 'count a TRIBUNE lesson in the atelier’s spread',
    run: (c, x) => countInSpread(c, x, 'TRIBUNE', 'atelier'),
    expect: { ...everyone, visitor: 'NOT_FOUND' },
  },
  {
    action: 'count an ARENA lesson in the werkplaats’s spread',
    run: (c, x) => countInSpread(c, x, 'ARENA', 'werkplaats'),
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'count an ARENA lesson in the atelier’s spread',
    run: (c, x) => countInSpread(c, x, 'ARENA', 'atelier'),
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'see which organisations take part in an atelier, in the network picture',
    run: seeOrganisationsInNetwork,
    expect: { ...everyone, visitor: 'NOT_FOUND' },
  },
  // issue 21: activities of the werkplaats as a whole, what an activity presents, and what came out of it
  {
    action: 'read a private werkplaats-wide activity by id',
    run: async (c, x) => c.query(READ_ACTIVITY, { id: await wideActivity(x, false, 7) }),
    expect: { ...everyone, visitor: 'NOT_FOUND' },
  },
  {
    action: 'read a public werkplaats-wide activity by id',
    run: async (c, x) => c.query(READ_ACTIVITY, { id: await wideActivity(x, true, 7) }),
    expect: everyone,
  },
  {
    action: 'find a private werkplaats-wide activity in the werkplaats’s agenda',
    run: async (c, x) => inWorkshopAgenda(c, await wideActivity(x, false, 7)),
    expect: { ...everyone, visitor: 'NOT_FOUND' },
  },
  {
    action: 'find a public werkplaats-wide activity in the werkplaats’s agenda',
    run: async (c, x) => inWorkshopAgenda(c, await wideActivity(x, true, 7)),
    expect: everyone,
  },
  {
    action: 'plan a werkplaats-wide activity',
    run: (c, x) =>
      c.query(PLAN_WIDE, {
        w: gid('Workshop', x.workshopId),
        i: {
          kind: 'NETWORK_MEETING',
          title: 'Netwerkbijeenkomst',
          startsAt: new Date(Date.now() + 9 * 24 * 60 * 60 * 1000).toISOString(),
          location: 'Stadhuis',
          isPublic: true,
        },
      }),
    expect: adminWork,
  },
  {
    action: 'link a TRIBUNE insight to a werkplaats-wide activity',
    run: async (c, x) => {
      const insight = await x.f.insight({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'TRIBUNE',
      });
      return c.query(SET_LINKS, {
        id: await wideActivity(x, true, 7),
        i: { lessonIds: [], insightIds: [gid('Insight', insight.id)], productIds: [] },
      });
    },
    expect: adminWork,
  },
  {
    action: 'see an ARENA lesson a public activity presents',
    run: (c, x) => linkedArenaLesson(c, x),
    expect: { ...everyone, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'record what came out of a werkplaats-wide activity after it began',
    run: async (c, x) => c.query(RECORD_OUTCOME, { id: await wideActivity(x, true, -1), i: OUTCOME }),
    expect: adminWork,
  },
  {
    action: 'record what came out of a werkplaats-wide activity before it began',
    run: async (c, x) => c.query(RECORD_OUTCOME, { id: await wideActivity(x, true, 3), i: OUTCOME }),
    expect: { ...adminWork, admin: 'CONFLICT' },
  },
  {
    action: 'record what came out of an atelier’s activity after it began',
    run: async (c, x) => c.query(RECORD_OUTCOME, { id: await heldAtelierActivity(x), i: OUTCOME }),
    expect: trekkerWork,
  },
  {
    action: 'log a lesson from the room of an atelier’s activity',
    run: async (c, x) =>
      c.query(ROOM_LESSON, {
        a: await heldAtelierActivity(x),
        i: {
          atelierId: gid('Atelier', x.atelierId),
          title: 'Uit de zaal: vaste tafels werken',
          body: '<p>Mensen komen terug als ze weten wie er zit.</p>',
          conditions: ['SOCIAL_COHESION'],
          level: 'GROUP',
          domain: 'WELFARE',
        },
      }),
    expect: trekkerWork,
  },
  {
    action: 'log a lesson from the room of a werkplaats-wide activity, in an atelier of the werkplaats',
    run: async (c, x) =>
      c.query(ROOM_LESSON, {
        a: await wideActivity(x, true, -1),
        i: {
          atelierId: gid('Atelier', x.atelierId),
          title: 'Uit de zaal van het symposium: vaste tafels werken',
          body: '<p>Mensen komen terug als ze weten wie er zit.</p>',
          conditions: ['SOCIAL_COHESION'],
          level: 'GROUP',
          domain: 'WELFARE',
        },
      }),
    expect: adminWork,
  },
  // moderation (issue 22): readers report; the atelier's trekker and the werkplaats's beheerders moderate
  {
    action: 'report a TRIBUNE lesson',
    run: async (c, x) => {
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'TRIBUNE',
      });
      return c.query(REPORT_CONTENT, { input: { targetId: gid('Lesson', lesson.id), reason: 'SPAM' } });
    },
    expect: signedIn,
  },
  {
    action: 'report an ARENA lesson (refused as if it did not exist to whoever does not read it)',
    run: async (c, x) => {
      const lesson = await x.f.lesson({
        atelierId: x.atelierId,
        authorId: x.arenaUserId,
        visibility: 'ARENA',
      });
      return c.query(REPORT_CONTENT, { input: { targetId: gid('Lesson', lesson.id), reason: 'SPAM' } });
    },
    expect: { ...arenaWork, tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'read the moderation queue of the werkplaats',
    run: async (c, x) =>
      c.query(`query($w: ID!) { moderationQueue(workshopId: $w) { targetId } }`, {
        w: gid('Workshop', x.workshopId),
      }),
    expect: { ...trekkerWork, committee: 'FORBIDDEN', admin: 'ok' },
  },
  {
    action: 'hide a reported reaction on a TRIBUNE lesson',
    run: async (c, x) => {
      const reaction = await reportedReaction(x);
      return c.query(`mutation($i: HideContentInput!) { hideContent(input: $i) { targetId } }`, {
        i: { targetId: gid('Reaction', reaction.id), reason: 'Beledigend' },
      });
    },
    expect: { ...trekkerWork, committee: 'FORBIDDEN', admin: 'ok' },
  },
  {
    action: 'dismiss the reports on a reaction',
    run: async (c, x) => {
      const reaction = await reportedReaction(x);
      return c.query(`mutation($id: ID!) { dismissReports(targetId: $id) { targetId } }`, {
        id: gid('Reaction', reaction.id),
      });
    },
    expect: { ...trekkerWork, committee: 'FORBIDDEN', admin: 'ok' },
  },
  // threads (issue 22): a reaction and its replies are read exactly where what they hang on is read, and the
  // atelier's tribune; the earlier texts of an edited one only by its moderators (trekker, beheerders)
  {
    action: 'reply to a reaction on a TRIBUNE question',
    run: async (c, x) =>
      c.query(`mutation($t: ID!) { react(targetId: $t, body: "Eens, en bij ons ook.") { id } }`, {
        t: gid('Reaction', (await aThread(x, 'question', 'TRIBUNE')).reactionId),
      }),
    expect: signedIn,
  },
  {
    action: 'read a reply on a TRIBUNE output by node(id)',
    run: async (c, x) => readReply(c, (await aThread(x, 'product', 'TRIBUNE')).replyId),
    expect: { ...everyone, visitor: 'NOT_FOUND' },
  },
  {
    action: 'read a reply on a lesson taken back to the ARENA, by node(id)',
    run: async (c, x) => readReply(c, (await aThread(x, 'lesson', 'ARENA')).replyId),
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'read a reply on a question taken back to the ARENA, through its reaction’s replies',
    run: async (c, x) => {
      const thread = await aThread(x, 'question', 'ARENA');
      return foundOr(
        await c.query(`query($id: ID!) { question(id: $id) { reactions { replies { id body } } } }`, {
          id: gid('Question', thread.targetId),
        }),
        (data: { question: { reactions: { replies: { id: string }[] }[] } | null }) =>
          data.question?.reactions.some((r) =>
            r.replies.some((p) => p.id === gid('Reaction', thread.replyId)),
          ) ?? false,
      );
    },
    expect: { ...arenaWork, visitor: 'NOT_FOUND', tribune: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    action: 'read the earlier texts of an edited reaction',
    run: async (c, x) => {
      const thread = await aThread(x, 'lesson', 'TRIBUNE');
      await x.t.prisma.reactionRevision.create({
        data: { reactionId: thread.reactionId, body: 'Wat er eerst stond', writtenAt: new Date() },
      });
      const result = await c.query(
        `query($id: ID!) { node(id: $id) { ... on Reaction { revisions { body } } } }`,
        {
          id: gid('Reaction', thread.reactionId),
        },
      );
      if (result.errors) return result;
      const node = (result.data as { node: { revisions: { body: string }[] | null } | null }).node;
      if (!node) return { ...result, errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] };
      if (node.revisions?.[0]?.body === 'Wat er eerst stond') return result;
      return { ...result, errors: [{ message: 'no history', extensions: { code: 'FORBIDDEN' } }] };
    },
    expect: {
      visitor: 'NOT_FOUND',
      tribune: 'FORBIDDEN',
      arena: 'FORBIDDEN',
      trekker: 'ok',
      committee: 'FORBIDDEN',
      admin: 'ok',
    },
  },
];

const REPORT_CONTENT = `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`;

/** A reaction of the arena member on a fresh TRIBUNE lesson, with an open report on it. */
async function reportedReaction(x: Context) {
  const lesson = await x.f.lesson({ atelierId: x.atelierId, authorId: x.arenaUserId, visibility: 'TRIBUNE' });
  const reaction = await x.t.prisma.reaction.create({
    data: { authorId: x.arenaUserId, lessonId: lesson.id, body: 'Een gemelde reactie.' },
  });
  const { workshopId } = await x.t.prisma.atelier.findUniqueOrThrow({ where: { id: x.atelierId } });
  await x.t.prisma.contentReport.create({
    data: {
      workshopId,
      atelierId: x.atelierId,
      reporterId: x.arenaUserId,
      reactionId: reaction.id,
      reason: 'OFFENSIVE',
    },
  });
  return reaction;
}
const UPDATE_QUESTION = `mutation($id: ID!, $i: UpdateQuestionInput!) { updateQuestion(id: $id, input: $i) { id status } }`;
const SHARE_QUESTION = `mutation($id: ID!) { setQuestionVisibility(id: $id, visibility: TRIBUNE) { id visibility } }`;
const LINK_ANSWER = `mutation($q: ID!, $a: ID!) { linkQuestionAnswer(questionId: $q, answerId: $a) { id } }`;
const UNLINK_ANSWER = `mutation($q: ID!, $a: ID!) { unlinkQuestionAnswer(questionId: $q, answerId: $a) { id } }`;

/**
 * A fresh question of the loneliness atelier at `visibility`, by a fresh arena member (so that no role of the table
 * reads it as its author); shared ones are ANSWERED, as the ladder asks.
 */
/** A title with a name in it, for the cells that resolve personal data (issue 20). */
const NAMED_TITLE = 'Wat mevrouw Jansen ons vertelde';
const RESOLVE_QUESTION = `mutation($input: ResolvePersonalDataInput!) {
  resolveQuestionPersonalData(input: $input) { question { id } unresolved { id } }
}`;
const RESOLVE_PRODUCT = `mutation($input: ResolvePersonalDataInput!) {
  resolveProductPersonalData(input: $input) { product { id } unresolved { id } }
}`;

/** Every finding of a fresh item's title pseudonymised, for one cell (version 1: nobody changed it yet). */
function resolveAll(id: string, type: 'Question' | 'Product', title: string) {
  const body = type === 'Question' ? '' : 'Wat de praktijken samen opleverden.';
  const findings = climbFindings({ title, body, html: false }, [], []);
  return {
    input: {
      id: gid(type, id),
      version: 1,
      choices: findings.map((f) => ({ findingId: f.id, action: 'PSEUDONYMISE' })),
    },
  };
}

async function aQuestion(
  x: Context,
  visibility: 'ARENA' | 'TRIBUNE' | 'PUBLIC',
  title?: string,
  status?: 'OPEN' | 'ANSWERED',
): Promise<string> {
  const { user } = await x.f.participant(x.atelierId, 'ARENA');
  const question = await x.f.question({
    atelierId: x.atelierId,
    authorId: user.id,
    visibility,
    title,
    status,
  });
  return question.id;
}

async function readQuestion(c: GraphQLClient, questionId: string): Promise<GraphQLResponse> {
  return c.query(`query($id: ID!) { question(id: $id) { title status visibility } }`, {
    id: gid('Question', questionId),
  });
}

async function findInAtelierList(c: GraphQLClient, x: Context, questionId: string): Promise<GraphQLResponse> {
  return foundOr(
    await c.query(`query($id: ID!) { atelier(id: $id) { questions { id } } }`, {
      id: gid('Atelier', x.atelierId),
    }),
    (data: { atelier: { questions: { id: string }[] } }) =>
      data.atelier.questions.some((q) => q.id === gid('Question', questionId)),
  );
}

/** A read that answered without error but did not show the thing sought reads as NOT_FOUND. */
/**
 * A reaction by the demo tribune member and a reply by the arena member on a fresh lesson, question or output
 * shared with the tribune, which then stands at `visibility` (taken back to the arena, for the leak cells).
 */
async function aThread(
  x: Context,
  kind: 'lesson' | 'question' | 'product',
  visibility: 'ARENA' | 'TRIBUNE',
): Promise<{ targetId: string; reactionId: string; replyId: string }> {
  const tribuneId = (await x.f.user(DEMO.tribune)).id;
  const targetId =
    kind === 'lesson'
      ? (await x.f.lesson({ atelierId: x.atelierId, authorId: x.arenaUserId, visibility: 'TRIBUNE' })).id
      : kind === 'question'
        ? (await x.f.question({ atelierId: x.atelierId, authorId: x.arenaUserId, visibility: 'TRIBUNE' })).id
        : (await x.f.product({ atelierId: x.atelierId, visibility: 'TRIBUNE' })).id;
  const on = { [`${kind}Id`]: targetId };
  const reaction = await x.t.prisma.reaction.create({
    data: { authorId: tribuneId, body: 'Herkenbaar voor ons.', ...on },
  });
  const reply = await x.t.prisma.reaction.create({
    data: {
      authorId: x.arenaUserId,
      body: 'Een geheim antwoord uit de arena.',
      parentId: reaction.id,
      ...on,
    },
  });
  if (visibility === 'ARENA') {
    const where = { where: { id: targetId }, data: { visibility } };
    if (kind === 'lesson') await x.t.prisma.lesson.update(where);
    else if (kind === 'question') await x.t.prisma.question.update(where);
    else await x.t.prisma.product.update(where);
  }
  return { targetId, reactionId: reaction.id, replyId: reply.id };
}

async function readReply(c: GraphQLClient, replyId: string): Promise<GraphQLResponse> {
  return foundOr(
    await c.query(`query($id: ID!) { node(id: $id) { id ... on Reaction { body } } }`, {
      id: gid('Reaction', replyId),
    }),
    (data: { node: { id: string } | null }) => data.node !== null,
  );
}

function foundOr<T>(result: GraphQLResponse, found: (data: T) => boolean): GraphQLResponse {
  if (result.errors) return result;
  if (found(result.data as T)) return result;
  return { ...result, errors: [{ message: 'not shown', extensions: { code: 'NOT_FOUND' } }] };
}

const PATH_STEPS = `steps { kind hiddenCount items { ... on Lesson { id } ... on Product { id } } }`;

/**
 * Whether the knowledge path read by `query` shows the item `id` at step `kind`; when not, the step counts it as
 * hidden (and names nothing). Not shown reads as NOT_FOUND.
 */
async function pathStepShows(
  c: GraphQLClient,
  query: string,
  rootId: string,
  root: (data: any) => {
    knowledgePath: { steps: { kind: string; hiddenCount: number; items: { id?: string }[] }[] };
  },
  kind: string,
  id: string,
): Promise<GraphQLResponse> {
  return foundOr(await c.query(query, { id: rootId }), (data: any) => {
    const step = root(data).knowledgePath.steps.find((s) => s.kind === kind)!;
    const shown = step.items.some((item) => item.id === id);
    expect(step.hiddenCount).toBe(shown ? 0 : 1);
    expect(step.items.filter((item) => item.id !== undefined && item.id !== id)).toEqual([]);
    return shown;
  });
}

/** An HTTP answer as a cell's outcome: 2xx is ok; 401, 403 and 404 are the codes a GraphQL error would carry. */
function asOutcome(response: { status: number }): GraphQLResponse {
  const codes: Record<number, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };
  if (response.status >= 200 && response.status < 300)
    return { status: response.status, data: {}, errors: undefined, headers: {} };
  return {
    status: response.status,
    data: null,
    errors: [{ message: `HTTP ${response.status}`, extensions: { code: codes[response.status] ?? 'HTTP' } }],
    headers: {},
  };
}

/**
 * Looks for a fresh output at `visibility` of the loneliness atelier (registered by nobody who reads) on one path:
 * by id, in its werkplaats's catalogue, on its atelier's page or by search. Not there reads as NOT_FOUND.
 */
async function readOutput(
  c: GraphQLClient,
  x: Context,
  visibility: 'PUBLIC' | 'TRIBUNE' | 'ARENA',
  path: 'id' | 'catalogue' | 'atelier' | 'search',
): Promise<GraphQLResponse> {
  const word = `opbrengstrol${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 10)}`;
  const product = await x.f.product({ atelierId: x.atelierId, visibility, title: `Opbrengst ${word}` });
  const id = gid('Product', product.id);
  if (path === 'id') return c.query(`query($id: ID!) { product(id: $id) { id title } }`, { id });
  const queries = {
    catalogue: {
      query: `query($w: ID!) { products(workshopId: $w, first: 100) { edges { node { id } } } }`,
      variables: { w: gid('Workshop', x.workshopId) },
      ids: (data: any): string[] => data.products.edges.map((e: any) => e.node.id),
    },
    atelier: {
      query: `query($a: ID!) { atelier(id: $a) { products { id } } }`,
      variables: { a: gid('Atelier', x.atelierId) },
      ids: (data: any): string[] => data.atelier.products.map((p: any) => p.id),
    },
    search: {
      query: `query($q: String!) { search(query: $q) { edges { node { ... on Product { id } } } } }`,
      variables: { q: word },
      ids: (data: any): string[] => data.search.edges.map((e: any) => e.node.id),
    },
  }[path];
  const result = await c.query(queries.query, queries.variables);
  if (result.errors) return result;
  if (queries.ids(result.data).includes(id)) return result;
  return { ...result, errors: [{ message: `not found (${path})`, extensions: { code: 'NOT_FOUND' } }] };
}

/**
 * The trekker adds a small PDF to a fresh output at `visibility`; the reader then asks for it by its URL, whole or
 * (with `range`, from a byte onwards) in part.
 */
async function downloadOutputFile(
  c: GraphQLClient,
  x: Context,
  visibility: 'PUBLIC' | 'TRIBUNE' | 'ARENA',
  range?: string,
): Promise<GraphQLResponse> {
  const product = await x.f.product({ atelierId: x.atelierId, visibility });
  x.trekker ??= await x.t.client().signIn(DEMO.trekker, DEMO_PASSWORD);
  const uploaded = await x.trekker.upload(
    `/files/product/${gid('Product', product.id)}`,
    SMALL_PDF,
    'rapport.pdf',
  );
  if (uploaded.status !== 201)
    throw new Error(`upload failed: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
  const url = (uploaded.body as { file: { url: string } }).file.url;
  if (range) {
    const start = Number(/^bytes=(\d+)-$/.exec(range)![1]);
    const part = await c.get(url).set('range', range);
    if (part.status === 206 && !Buffer.from(part.body as Buffer).equals(SMALL_PDF.subarray(start)))
      throw new Error('the range came back changed');
    if (part.status === 200) throw new Error('a range was answered with the whole file');
    return asOutcome(part);
  }
  const response = await c.get(url);
  if (response.status === 200 && !Buffer.from(response.body as Buffer).equals(SMALL_PDF))
    throw new Error('the file came back changed');
  return asOutcome(response);
}

/**
 * Counts, in a spread, a fresh lesson at `visibility` (by the arena member, as in findBySearch) learned in a gemeente
 * of its own, so that the spread narrowed to that gemeente counts it or nothing. Not counted reads as NOT_FOUND.
 */
async function countInSpread(
  c: GraphQLClient,
  x: Context,
  visibility: 'PUBLIC' | 'TRIBUNE' | 'ARENA',
  scope: 'werkplaats' | 'atelier',
): Promise<GraphQLResponse> {
  const place = await x.t.prisma.municipality.create({
    data: {
      workshopId: x.workshopId,
      name: `Telgemeente ${randomUUID().slice(0, 8)}`,
      cbsCode: `T-${randomUUID()}`,
    },
  });
  await x.f.lesson({ atelierId: x.atelierId, authorId: x.arenaUserId, visibility, municipalityId: place.id });
  const m = gid('Municipality', place.id);
  const result =
    scope === 'werkplaats'
      ? await c.query(
          `query($w: ID!, $m: ID!) { lessonSpread(workshopId: $w, municipalityId: $m) { total } }`,
          {
            w: gid('Workshop', x.workshopId),
            m,
          },
        )
      : await c.query(
          `query($a: ID!, $m: ID!) { atelier(id: $a) { lessonSpread(municipalityId: $m) { total } } }`,
          {
            a: gid('Atelier', x.atelierId),
            m,
          },
        );
  if (result.errors) return result;
  const data = result.data as {
    lessonSpread?: { total: number };
    atelier?: { lessonSpread: { total: number } };
  };
  const total = data.lessonSpread?.total ?? data.atelier?.lessonSpread.total;
  if (total === 1) return result;
  return { ...result, errors: [{ message: 'not counted', extensions: { code: 'NOT_FOUND' } }] };
}

/** Whether the network picture links an organisation to the loneliness atelier. None shown reads as NOT_FOUND. */
async function seeOrganisationsInNetwork(c: GraphQLClient, x: Context): Promise<GraphQLResponse> {
  const result = await c.query(`query($w: ID!) { network(workshopId: $w) { edges { to kind } } }`, {
    w: gid('Workshop', x.workshopId),
  });
  if (result.errors) return result;
  const edges = (result.data as { network: { edges: { to: string; kind: string }[] } }).network.edges;
  if (edges.some((e) => e.kind === 'TAKES_PART' && e.to === gid('Atelier', x.atelierId))) return result;
  return { ...result, errors: [{ message: 'no organisations', extensions: { code: 'NOT_FOUND' } }] };
}

/** Looks for a fresh insight at `visibility` of the loneliness atelier on the page of its kwestie's theme. */
async function findOnThemePage(
  c: GraphQLClient,
  x: Context,
  visibility: 'PUBLIC' | 'TRIBUNE',
): Promise<GraphQLResponse> {
  const insight = await x.f.insight({ atelierId: x.atelierId, authorId: x.arenaUserId, visibility });
  const result = await c.query(
    `{ nationalTheme(slug: "sociale-basis") { insights(first: 100) { edges { node { id } } } } }`,
  );
  if (result.errors) return result;
  const ids = (
    result.data as { nationalTheme: { insights: { edges: { node: { id: string } }[] } } }
  ).nationalTheme.insights.edges.map((e) => e.node.id);
  if (ids.includes(gid('Insight', insight.id))) return result;
  return { ...result, errors: [{ message: 'not on the theme page', extensions: { code: 'NOT_FOUND' } }] };
}

/**
 * Looks for a fresh lesson at `visibility` (by the arena member) in a download by address: the atelier's report
 * (Markdown, by the caller's session) or the werkplaats's open data (lessons, JSON). Not in it reads as NOT_FOUND.
 */
async function findInDownload(
  c: GraphQLClient,
  x: Context,
  visibility: 'PUBLIC' | 'TRIBUNE' | 'ARENA',
  where: 'report' | 'open-data',
): Promise<GraphQLResponse> {
  const title = `Les downloadrol ${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 10)}`;
  const lesson = await x.f.lesson({ atelierId: x.atelierId, authorId: x.arenaUserId, visibility, title });
  // The insight makes the lesson a line of the report (the report lists an insight's lessons).
  const insight = await x.t.prisma.insight.create({
    data: {
      atelierId: x.atelierId,
      authorId: x.arenaUserId,
      // Its own title: the lesson's must show only as the lesson's line.
      title: `Inzicht ${randomUUID().slice(0, 8)}`,
      body: '<p>Wat de praktijken samen laten zien.</p>',
      conditions: ['SOCIAL_INCLUSION'],
      visibility: 'PUBLIC',
      lessons: { create: [{ lessonId: lesson.id }] },
    },
  });
  const path =
    where === 'report'
      ? `/w/arnhem-nijmegen/ateliers/${gid('Atelier', x.atelierId)}/verslag.md`
      : '/w/arnhem-nijmegen/open-data/lessen.json';
  const response = await c.getText(path);
  await x.t.prisma.insight.delete({ where: { id: insight.id } });
  const found = response.status === 200 && response.text.includes(title);
  return {
    status: response.status,
    data: null,
    headers: response.headers,
    errors: found ? undefined : [{ message: `not in the ${where}`, extensions: { code: 'NOT_FOUND' } }],
  };
}

/**
 * Searches for a word only a fresh lesson at `visibility` holds (by another author than the one searching,
 * except for the arena member, who writes the demo's arena lessons). Not found reads as NOT_FOUND.
 */
async function findBySearch(
  c: GraphQLClient,
  x: Context,
  visibility: 'PUBLIC' | 'TRIBUNE' | 'ARENA',
): Promise<GraphQLResponse> {
  const word = `zoekrol${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 10)}`;
  const lesson = await x.f.lesson({
    atelierId: x.atelierId,
    authorId: x.arenaUserId,
    visibility,
    title: `Les ${word}`,
  });
  const result = await c.query(
    `query($q: String!) { search(query: $q) { edges { node { ... on Lesson { id } } } } }`,
    { q: word },
  );
  if (result.errors) return result;
  const ids = (result.data as { search: { edges: { node: { id?: string } }[] } }).search.edges.map(
    (e) => e.node.id,
  );
  if (ids.includes(gid('Lesson', lesson.id))) return result;
  return { ...result, errors: [{ message: 'not found by search', extensions: { code: 'NOT_FOUND' } }] };
}

describe('the role table of domain.md', () => {
  let ctx: Context;
  const clients = {} as Record<Role, GraphQLClient>;

  beforeAll(async () => {
    const t = await startTestApp({ demo: true });
    const f = new DemoFixtures(t.prisma);
    const atelier = await f.atelierOf(LONELINESS);
    const other = await f.atelierOf('Samen wonen in de wijk');
    ctx = {
      t,
      f,
      atelierId: atelier.id,
      otherAtelierId: other.id,
      workshopId: (await t.prisma.workshop.findUniqueOrThrow({ where: { slug: 'arnhem-nijmegen' } })).id,
      arenaUserId: (await f.user(DEMO.arena)).id,
      nijmegenId: (await f.municipality('Nijmegen')).id,
    };
    clients.visitor = t.client();
    for (const [role, email] of Object.entries(ROLE_EMAILS)) {
      clients[role as Role] = await t.client().signIn(email, DEMO_PASSWORD);
    }
  });
  afterAll(() => ctx.t.close());

  const cells = ROWS.flatMap((row) =>
    ROLES.map((role) => [row.action, role, row.expect[role], row] as const),
  );

  it.each(cells)('%s — %s → %s', async (_action, role, outcome, row) => {
    const result = await row.run(clients[role], ctx, role);
    if (outcome === 'ok') {
      expect(result.errors).toBeUndefined();
    } else {
      expect(result.errors?.[0]?.extensions.code).toBe(outcome);
    }
  });
});
