// Seeds a werkplaats-network-sized dataset into a freshly migrated database, in batches: every table is
// filled with multi-row INSERT … SELECT FROM unnest($1::uuid[], $2::text[], …), a few thousand rows per
// statement. All people share one argon2id hash (computed once by the app's own hashPassword).
import { randomUUID } from 'node:crypto';
import {
  ACTIVITY_TITLES,
  CONDITIONS,
  DOMAINS,
  FIRST_NAMES,
  INSIGHT_TITLES,
  ISSUES,
  LAST_NAMES,
  LESSON_FINDINGS,
  LESSON_SENTENCES,
  LESSON_SUBJECTS,
  LEVELS,
  MUNICIPALITIES,
  NEIGHBOURHOODS,
  ORGANISATION_KINDS,
  PARTY_KINDS,
  QUESTIONS,
  REACTIONS,
  WORKSHOP_REGIONS,
  rng,
} from './text.mjs';

export const BENCH_PASSWORD = 'werkplaats-bench-2026';

export const FULL_SIZES = {
  workshops: 15,
  people: 20_000,
  ateliers: 75,
  practices: 2_000,
  lessons: 200_000,
  insights: 2_000,
  reactions: 50_000,
};

export const QUICK_SIZES = {
  workshops: 3,
  people: 1_500,
  ateliers: 12,
  practices: 150,
  lessons: 8_000,
  insights: 120,
  reactions: 2_000,
};

const BATCH = 4_000;
const DAY = 86_400_000;

/**
 * Inserts rows column-wise: `columns` is [name, pgType][]; enum and array columns travel as text and
 * are cast in the SELECT list (pgType is then e.g. '"Visibility"' or '"Condition"[]').
 */
async function insert(pool, table, columns, rows, counts) {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns
    .map(([, type], i) => {
      if (type === 'uuid' || type === 'text' || type === 'int' || type === 'float8' || type === 'bool')
        return aliases[i];
      return `${aliases[i]}::${type}`;
    })
    .join(', ');
  const paramType = (type) =>
    type === 'uuid'
      ? 'uuid[]'
      : type === 'int'
        ? 'int[]'
        : type === 'float8'
          ? 'float8[]'
          : type === 'bool'
            ? 'bool[]'
            : 'text[]';
  const params = columns.map(([, type], i) => `$${i + 1}::${paramType(type)}`).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS t(${aliases.join(', ')})`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const slice = rows.slice(start, start + BATCH);
    const values = columns.map((_, i) => slice.map((row) => row[i] ?? null));
    await pool.query(sql, values);
  }
  counts[table] = (counts[table] ?? 0) + rows.length;
}

/** A Postgres array literal of enum values: '{A,B}'. */
const pgArray = (values) => `{${values.join(',')}}`;
const iso = (ms) => new Date(ms).toISOString();

/**
 * Seeds the dataset and returns who the benchmark signs in as:
 *  - tribune: tribune members of several ateliers (their feed holds thousands of items),
 *  - trekkers: one per atelier, with the atelier's id (the dashboard),
 *  - arena: arena members with their atelier and one of its practices (logLesson),
 *  - signIn: people used only for the sign-in scenario.
 */
export async function seed(pool, sizes, { passwordHash, benchUsers = 60, now = Date.now(), log = () => {} }) {
  const r = rng(20261125);
  const counts = {};
  const W = sizes.workshops;
  const A = Math.max(sizes.ateliers, W);

  // ------------------------------------------------------------ werkplaatsen, gemeenten, organisaties
  const workshops = Array.from({ length: W }, (_, w) => ({
    id: randomUUID(),
    slug: `bench-${w + 1}`,
    name: `Werkplaats Sociaal Domein ${WORKSHOP_REGIONS[w % WORKSHOP_REGIONS.length]}${w >= WORKSHOP_REGIONS.length ? ` ${w + 1}` : ''}`,
  }));
  await insert(
    pool,
    'Workshop',
    [
      ['id', 'uuid'],
      ['slug', 'text'],
      ['name', 'text'],
      ['createdAt', 'timestamp(3)'],
    ],
    workshops.map((w) => [w.id, w.slug, w.name, iso(now - 4 * 365 * DAY)]),
    counts,
  );

  const municipalities = [];
  workshops.forEach((w, wi) => {
    w.municipalities = [];
    for (let m = 0; m < 10; m += 1) {
      const name = MUNICIPALITIES[(wi * 10 + m) % MUNICIPALITIES.length];
      const row = {
        id: randomUUID(),
        workshopId: w.id,
        name,
        cbsCode: `GM${String(1000 + wi * 10 + m).padStart(4, '0')}`,
      };
      w.municipalities.push(row);
      municipalities.push(row);
    }
  });
  await insert(
    pool,
    'Municipality',
    [
      ['id', 'uuid'],
      ['workshopId', 'uuid'],
      ['name', 'text'],
      ['cbsCode', 'text'],
      ['latitude', 'float8'],
      ['longitude', 'float8'],
    ],
    municipalities.map((m) => [m.id, m.workshopId, m.name, m.cbsCode, 51 + r.next() * 2, 4 + r.next() * 3]),
    counts,
  );

  const organisations = [];
  workshops.forEach((w) => {
    w.organisations = [];
    for (let o = 0; o < 40; o += 1) {
      const [kind, label] = ORGANISATION_KINDS[o % ORGANISATION_KINDS.length];
      const municipality = w.municipalities[o % w.municipalities.length];
      const row = {
        id: randomUUID(),
        workshopId: w.id,
        name: `${label} ${municipality.name} ${Math.floor(o / 10) + 1}`,
        kind,
        municipalityId: municipality.id,
      };
      w.organisations.push(row);
      organisations.push(row);
    }
  });
  await insert(
    pool,
    'Organisation',
    [
      ['id', 'uuid'],
      ['workshopId', 'uuid'],
      ['name', 'text'],
      ['kind', '"OrganisationKind"'],
      ['municipalityId', 'uuid'],
    ],
    organisations.map((o) => [o.id, o.workshopId, o.name, o.kind, o.municipalityId]),
    counts,
  );

  // ------------------------------------------------------------ people
  const people = Array.from({ length: sizes.people }, (_, i) => ({
    id: randomUUID(),
    email: `bench-${i}@bench.werkplaats.nl`,
    name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]}`,
    workshop: workshops[i % W],
  }));
  await insert(
    pool,
    'User',
    [
      ['id', 'uuid'],
      ['email', 'text'],
      ['name', 'text'],
      ['passwordHash', 'text'],
      ['partyKind', '"PartyKind"'],
      ['createdAt', 'timestamp(3)'],
      ['updatedAt', 'timestamp(3)'],
    ],
    people.map((p) => {
      const created = iso(now - (400 + r.int(900)) * DAY);
      return [p.id, p.email, p.name, passwordHash, r.pick(PARTY_KINDS), created, created];
    }),
    counts,
  );
  people.forEach((p) => {
    p.organisation = r.pick(p.workshop.organisations);
  });
  await insert(
    pool,
    'Membership',
    [
      ['id', 'uuid'],
      ['userId', 'uuid'],
      ['organisationId', 'uuid'],
      ['function', 'text'],
    ],
    people.map((p) => [
      randomUUID(),
      p.id,
      p.organisation.id,
      r.chance(0.5)
        ? r.pick([
            'buurtwerker',
            'beleidsadviseur',
            'onderzoeker',
            'wijkverpleegkundige',
            'vrijwilliger',
            'docent',
          ])
        : null,
    ]),
    counts,
  );

  // Who is who: trekkers first (one per atelier), then the commissie and beheer, the benchmark's own
  // tribune/arena/sign-in people, then everyone else.
  let cursor = 0;
  const take = (n) => {
    const slice = people.slice(cursor, cursor + n);
    cursor += n;
    if (slice.length < n) throw new Error(`Not enough people: raise --people (need more than ${cursor})`);
    return slice;
  };
  const trekkers = take(A);
  const committee = take(W * 3);
  const admins = take(W);
  const benchTribune = take(benchUsers);
  const benchArena = take(benchUsers);
  const benchSignIn = take(benchUsers);
  const others = people.slice(cursor);

  await insert(
    pool,
    'WorkshopRole',
    [
      ['id', 'uuid'],
      ['userId', 'uuid'],
      ['workshopId', 'uuid'],
      ['role', '"WorkshopRoleKind"'],
    ],
    [
      ...committee.map((p, i) => [randomUUID(), p.id, workshops[Math.floor(i / 3)].id, 'COMMITTEE']),
      ...admins.map((p, i) => [randomUUID(), p.id, workshops[i].id, 'ADMIN']),
    ],
    counts,
  );

  // ------------------------------------------------------------ agenda and ateliers
  const issues = [];
  const ateliers = [];
  for (let a = 0; a < A; a += 1) {
    const workshop = workshops[a % W];
    const title = ISSUES[Math.floor(a / W) % ISSUES.length];
    const started = now - (500 + r.int(600)) * DAY;
    const issue = { id: randomUUID(), workshopId: workshop.id, title, created: started - 60 * DAY };
    issues.push(issue);
    ateliers.push({
      id: randomUUID(),
      workshop,
      issue,
      trekker: trekkers[a],
      title,
      started,
      arena: [],
      tribune: [],
      practices: [],
      lessons: [],
      sharedLessons: [],
      sharedInsights: [],
    });
  }
  await insert(
    pool,
    'SocialIssue',
    [
      ['id', 'uuid'],
      ['workshopId', 'uuid'],
      ['title', 'text'],
      ['description', 'text'],
      ['since', 'text'],
      ['createdAt', 'timestamp(3)'],
      ['updatedAt', 'timestamp(3)'],
    ],
    issues.map((s) => [
      s.id,
      s.workshopId,
      s.title,
      `Een sociale kwestie van de regionale kennisagenda: ${s.title.toLowerCase()}.`,
      '2019',
      iso(s.created),
      iso(s.created),
    ]),
    counts,
  );
  await insert(
    pool,
    'SocialIssueChange',
    [
      ['id', 'uuid'],
      ['socialIssueId', 'uuid'],
      ['kind', '"SocialIssueChangeKind"'],
      ['toValue', 'text'],
      ['createdAt', 'timestamp(3)'],
    ],
    issues.map((s) => [randomUUID(), s.id, 'CREATED', s.title, iso(s.created)]),
    counts,
  );
  await insert(
    pool,
    'Atelier',
    [
      ['id', 'uuid'],
      ['workshopId', 'uuid'],
      ['socialIssueId', 'uuid'],
      ['trekkerId', 'uuid'],
      ['title', 'text'],
      ['description', 'text'],
      ['startedAt', 'timestamp(3)'],
    ],
    ateliers.map((a) => [
      a.id,
      a.workshop.id,
      a.issue.id,
      a.trekker.id,
      a.title,
      `Leeratelier over ${a.title.toLowerCase()} in de ${a.workshop.name}: arena, lerende praktijken en tribune.`,
      iso(a.started),
    ]),
    counts,
  );

  // ------------------------------------------------------------ participations
  const participations = [];
  const participate = (atelier, person, role, status = 'ACTIVE') => {
    const joined = atelier.started + r.int(300) * DAY;
    participations.push([
      randomUUID(),
      atelier.id,
      person.id,
      person.organisation.id,
      role,
      status,
      iso(joined),
      iso(joined),
    ]);
    if (status === 'ACTIVE') (role === 'ARENA' ? atelier.arena : atelier.tribune).push(person);
  };
  const byWorkshop = new Map(workshops.map((w) => [w, ateliers.filter((a) => a.workshop === w)]));
  const ateliersOf = (workshop) => byWorkshop.get(workshop);
  // Benchmark tribune members follow every atelier of their werkplaats and one elsewhere: a feed of thousands.
  benchTribune.forEach((p, i) => {
    const own = ateliersOf(p.workshop);
    const followed = new Set(own.slice(0, 6));
    for (let k = 0; followed.size < Math.min(6, A); k += 1) followed.add(ateliers[(i * 7 + k) % A]);
    for (const atelier of followed) participate(atelier, p, 'TRIBUNE');
  });
  // Benchmark arena members: one atelier each, spread over all of them.
  benchArena.forEach((p, i) => participate(ateliers[i % A], p, 'ARENA'));
  benchArena.forEach((p, i) => {
    p.atelier = ateliers[i % A];
  });
  // Everyone else: one atelier of their werkplaats, a fifth a second one; 30% in the arena; 5% left again.
  for (const p of others) {
    const own = ateliersOf(p.workshop);
    const chosen = r.sample(own, r.chance(0.2) ? 2 : 1);
    for (const atelier of chosen)
      participate(atelier, p, r.chance(0.3) ? 'ARENA' : 'TRIBUNE', r.chance(0.05) ? 'LEFT' : 'ACTIVE');
  }
  // Every atelier needs an arena to write its lessons.
  for (const atelier of ateliers) {
    if (atelier.arena.length === 0) participate(atelier, atelier.trekker, 'ARENA');
  }
  await insert(
    pool,
    'Participation',
    [
      ['id', 'uuid'],
      ['atelierId', 'uuid'],
      ['userId', 'uuid'],
      ['organisationId', 'uuid'],
      ['role', '"ParticipationRole"'],
      ['status', '"ParticipationStatus"'],
      ['joinedAt', 'timestamp(3)'],
      ['updatedAt', 'timestamp(3)'],
    ],
    participations,
    counts,
  );
  await insert(
    pool,
    'ParticipationChange',
    [
      ['id', 'uuid'],
      ['participationId', 'uuid'],
      ['actorId', 'uuid'],
      ['kind', '"ParticipationChangeKind"'],
      ['toRole', '"ParticipationRole"'],
      ['createdAt', 'timestamp(3)'],
    ],
    participations.map((p) => [randomUUID(), p[0], p[2], 'JOINED', p[4], p[6]]),
    counts,
  );
  log(`  people, ateliers, ${participations.length} participations`);

  // ------------------------------------------------------------ questions, practices
  const questions = [];
  for (const atelier of ateliers) {
    for (let q = 0; q < 10; q += 1) {
      questions.push([
        randomUUID(),
        atelier.id,
        r.pick(atelier.arena).id,
        QUESTIONS[q % QUESTIONS.length],
        'Uit de arena, na de laatste bijeenkomst.',
        iso(atelier.started + r.int(400) * DAY),
      ]);
    }
  }
  await insert(
    pool,
    'Question',
    [
      ['id', 'uuid'],
      ['atelierId', 'uuid'],
      ['authorId', 'uuid'],
      ['title', 'text'],
      ['body', 'text'],
      ['createdAt', 'timestamp(3)'],
    ],
    questions,
    counts,
  );

  const practiceRows = [];
  const practiceParticipants = [];
  for (let i = 0; i < sizes.practices; i += 1) {
    const atelier = ateliers[i % A];
    const municipality = r.pick(atelier.workshop.municipalities);
    const subject = LESSON_SUBJECTS[i % LESSON_SUBJECTS.length];
    const practice = { id: randomUUID(), atelier, municipality, created: atelier.started + r.int(200) * DAY };
    atelier.practices.push(practice);
    const members = r.sample(atelier.arena, Math.min(atelier.arena.length, 4 + r.int(5)));
    practiceRows.push([
      practice.id,
      atelier.id,
      municipality.id,
      r.pick(NEIGHBOURHOODS),
      `${subject} in ${municipality.name}`,
      `Een lerende praktijk van het atelier ${atelier.title.toLowerCase()}.`,
      (members[0] ?? atelier.trekker).id,
      iso(practice.created),
    ]);
    for (const m of members)
      practiceParticipants.push([randomUUID(), practice.id, m.id, iso(practice.created)]);
  }
  // The benchmark's arena people take part in a practice of their atelier and log their lessons there.
  benchArena.forEach((p) => {
    p.practice = p.atelier.practices[0] ?? null;
    if (
      p.practice &&
      !practiceParticipants.some(([, practiceId, userId]) => practiceId === p.practice.id && userId === p.id)
    ) {
      practiceParticipants.push([randomUUID(), p.practice.id, p.id, iso(p.practice.created)]);
    }
  });
  await insert(
    pool,
    'Practice',
    [
      ['id', 'uuid'],
      ['atelierId', 'uuid'],
      ['municipalityId', 'uuid'],
      ['neighbourhood', 'text'],
      ['title', 'text'],
      ['description', 'text'],
      ['startedById', 'uuid'],
      ['createdAt', 'timestamp(3)'],
    ],
    practiceRows,
    counts,
  );
  await insert(
    pool,
    'PracticeParticipant',
    [
      ['id', 'uuid'],
      ['practiceId', 'uuid'],
      ['userId', 'uuid'],
      ['joinedAt', 'timestamp(3)'],
    ],
    practiceParticipants,
    counts,
  );
  log(`  ${practiceRows.length} practices`);

  // ------------------------------------------------------------ lessons across the ladder
  const lessonColumns = [
    ['id', 'uuid'],
    ['atelierId', 'uuid'],
    ['practiceId', 'uuid'],
    ['municipalityId', 'uuid'],
    ['authorId', 'uuid'],
    ['title', 'text'],
    ['body', 'text'],
    ['conditions', '"Condition"[]'],
    ['level', '"Level"'],
    ['domain', '"Domain"'],
    ['visibility', '"Visibility"'],
    ['sharedAt', 'timestamp(3)'],
    ['createdAt', 'timestamp(3)'],
    ['updatedAt', 'timestamp(3)'],
  ];
  const historyRows = [];
  let lessonRows = [];
  const flushLessons = async () => {
    await insert(pool, 'Lesson', lessonColumns, lessonRows, counts);
    lessonRows = [];
  };
  for (let i = 0; i < sizes.lessons; i += 1) {
    const atelier = ateliers[r.int(A)];
    const practice = atelier.practices.length > 0 && r.chance(0.75) ? r.pick(atelier.practices) : null;
    const roll = r.next();
    let visibility =
      roll < 0.15
        ? 'DRAFT'
        : roll < 0.3
          ? 'PRACTICE'
          : roll < 0.6
            ? 'ARENA'
            : roll < 0.9
              ? 'TRIBUNE'
              : 'PUBLIC';
    if (visibility === 'PRACTICE' && !practice) visibility = 'ARENA';
    const created = Math.min(
      now - DAY,
      atelier.started + r.int(Math.max(1, Math.floor((now - atelier.started) / DAY))) * DAY + r.int(DAY),
    );
    const shared =
      visibility === 'TRIBUNE' || visibility === 'PUBLIC'
        ? Math.min(now - 60_000, created + r.int(30 * DAY))
        : null;
    const author = r.pick(atelier.arena);
    const subject = r.pick(LESSON_SUBJECTS);
    const title = `${subject} ${r.pick(LESSON_FINDINGS)}`;
    const body = r
      .sample(LESSON_SENTENCES, 2 + r.int(3))
      .map((s) => `<p>${s}</p>`)
      .join('');
    const id = randomUUID();
    lessonRows.push([
      id,
      atelier.id,
      practice?.id ?? null,
      practice?.municipality.id ?? null,
      author.id,
      title,
      body,
      pgArray(r.sample(CONDITIONS, 1 + r.int(3))),
      r.pick(LEVELS),
      r.pick(DOMAINS),
      visibility,
      shared === null ? null : iso(shared),
      iso(created),
      iso(shared ?? created),
    ]);
    atelier.lessons.push(id);
    if (shared !== null) atelier.sharedLessons.push({ id, shared });
    if (visibility !== 'DRAFT') {
      const sharer = shared !== null ? atelier.trekker.id : author.id;
      historyRows.push([randomUUID(), id, sharer, 'DRAFT', visibility, iso(shared ?? created)]);
    }
    if (lessonRows.length >= 20_000) {
      await flushLessons();
      log(`  ${i + 1} lessons`);
    }
  }
  await flushLessons();
  await insert(
    pool,
    'LessonVisibilityChange',
    [
      ['id', 'uuid'],
      ['lessonId', 'uuid'],
      ['actorId', 'uuid'],
      ['fromValue', '"Visibility"'],
      ['toValue', '"Visibility"'],
      ['createdAt', 'timestamp(3)'],
    ],
    historyRows,
    counts,
  );

  // ------------------------------------------------------------ insights
  const insightRows = [];
  const insightLessons = [];
  const insightHistory = [];
  for (let i = 0; i < sizes.insights; i += 1) {
    const atelier = ateliers[i % A];
    const roll = r.next();
    const visibility = roll < 0.3 ? 'ARENA' : roll < 0.8 ? 'TRIBUNE' : 'PUBLIC';
    const created = now - (1 + r.int(600)) * DAY;
    const shared = visibility === 'ARENA' ? null : Math.min(now - 60_000, created + r.int(20 * DAY));
    const id = randomUUID();
    insightRows.push([
      id,
      atelier.id,
      atelier.trekker.id,
      r.pick(INSIGHT_TITLES),
      r
        .sample(LESSON_SENTENCES, 3)
        .map((s) => `<p>${s}</p>`)
        .join(''),
      pgArray(r.sample(CONDITIONS, 1 + r.int(2))),
      visibility,
      shared === null ? null : iso(shared),
      iso(created),
      iso(shared ?? created),
    ]);
    for (const lessonId of r.sample(atelier.lessons, Math.min(atelier.lessons.length, 3 + r.int(4))))
      insightLessons.push([id, lessonId]);
    if (shared !== null) {
      atelier.sharedInsights.push({ id, shared });
      insightHistory.push([randomUUID(), id, atelier.trekker.id, 'ARENA', visibility, iso(shared)]);
    }
  }
  await insert(
    pool,
    'Insight',
    [
      ['id', 'uuid'],
      ['atelierId', 'uuid'],
      ['authorId', 'uuid'],
      ['title', 'text'],
      ['body', 'text'],
      ['conditions', '"Condition"[]'],
      ['visibility', '"Visibility"'],
      ['sharedAt', 'timestamp(3)'],
      ['createdAt', 'timestamp(3)'],
      ['updatedAt', 'timestamp(3)'],
    ],
    insightRows,
    counts,
  );
  await insert(
    pool,
    'InsightLesson',
    [
      ['insightId', 'uuid'],
      ['lessonId', 'uuid'],
    ],
    insightLessons,
    counts,
  );
  await insert(
    pool,
    'InsightVisibilityChange',
    [
      ['id', 'uuid'],
      ['insightId', 'uuid'],
      ['actorId', 'uuid'],
      ['fromValue', '"Visibility"'],
      ['toValue', '"Visibility"'],
      ['createdAt', 'timestamp(3)'],
    ],
    insightHistory,
    counts,
  );

  // ------------------------------------------------------------ reactions on what was shared
  const reactionRows = [];
  const withShared = ateliers.filter((a) => a.sharedLessons.length > 0);
  for (let i = 0; i < sizes.reactions && withShared.length > 0; i += 1) {
    const atelier = r.pick(withShared);
    const onInsight = atelier.sharedInsights.length > 0 && r.chance(0.1);
    const target = onInsight ? r.pick(atelier.sharedInsights) : r.pick(atelier.sharedLessons);
    const author = r.pick(atelier.tribune.length > 0 && r.chance(0.7) ? atelier.tribune : atelier.arena);
    reactionRows.push([
      randomUUID(),
      author.id,
      onInsight ? null : target.id,
      onInsight ? target.id : null,
      r.pick(REACTIONS),
      iso(Math.min(now - 1_000, target.shared + r.int(14 * DAY))),
    ]);
  }
  await insert(
    pool,
    'Reaction',
    [
      ['id', 'uuid'],
      ['authorId', 'uuid'],
      ['lessonId', 'uuid'],
      ['insightId', 'uuid'],
      ['body', 'text'],
      ['createdAt', 'timestamp(3)'],
    ],
    reactionRows,
    counts,
  );

  // ------------------------------------------------------------ tribune activities (some still to come)
  const activities = [];
  const registrations = [];
  for (const atelier of ateliers) {
    for (let k = 0; k < 10; k += 1) {
      const upcoming = k < 4;
      const starts = upcoming ? now + (3 + r.int(90)) * DAY : now - (3 + r.int(500)) * DAY;
      const municipality = r.pick(atelier.workshop.municipalities);
      const id = randomUUID();
      activities.push([
        id,
        atelier.id,
        atelier.trekker.id,
        r.pick(['MEETING', 'NETWORK_MEETING', 'THEME_DISCUSSION', 'LEARNING_SESSION']),
        r.pick(ACTIVITY_TITLES),
        'Open voor iedereen die het atelier volgt.',
        iso(starts),
        iso(starts + 2 * 3_600_000),
        municipality.id,
        `Wijkcentrum ${r.pick(NEIGHBOURHOODS)}, ${municipality.name}`,
        40,
        iso(starts - 30 * DAY),
        iso(starts - 30 * DAY),
      ]);
      const followers = [...atelier.arena, ...atelier.tribune];
      for (const person of r.sample(followers, Math.min(followers.length, 5 + r.int(15))))
        registrations.push([randomUUID(), id, person.id, iso(starts - 10 * DAY)]);
    }
  }
  await insert(
    pool,
    'Activity',
    [
      ['id', 'uuid'],
      ['atelierId', 'uuid'],
      ['plannedById', 'uuid'],
      ['kind', '"ActivityKind"'],
      ['title', 'text'],
      ['description', 'text'],
      ['startsAt', 'timestamp(3)'],
      ['endsAt', 'timestamp(3)'],
      ['municipalityId', 'uuid'],
      ['location', 'text'],
      ['capacity', 'int'],
      ['createdAt', 'timestamp(3)'],
      ['updatedAt', 'timestamp(3)'],
    ],
    activities,
    counts,
  );
  await insert(
    pool,
    'Registration',
    [
      ['id', 'uuid'],
      ['activityId', 'uuid'],
      ['userId', 'uuid'],
      ['createdAt', 'timestamp(3)'],
    ],
    registrations,
    counts,
  );

  // As a live database is after autovacuum: statistics, and the visibility map that index-only scans need.
  await pool.query('VACUUM ANALYZE');

  return {
    counts,
    users: {
      tribune: benchTribune.map((p) => ({ email: p.email, userId: p.id })),
      trekkers: ateliers.map((a) => ({ email: a.trekker.email, userId: a.trekker.id, atelierId: a.id })),
      arena: benchArena.map((p) => ({
        email: p.email,
        userId: p.id,
        atelierId: p.atelier.id,
        practiceId: p.practice?.id ?? null,
      })),
      signIn: benchSignIn.map((p) => ({ email: p.email, userId: p.id })),
    },
  };
}
