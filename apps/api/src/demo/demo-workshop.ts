import { VISIBILITY_LADDER } from '@werkplaats/domain';
import type { Prisma } from '../generated/prisma/client.js';
import type {
  ActivityKind,
  Condition,
  Domain,
  Level,
  OrganisationKind,
  PartyKind,
  ProductKind,
  ProductO,
  QuestionStatus,
  Visibility,
} from '../generated/prisma/enums.js';
import { textToHtml } from '../common/text/sanitize.js';

/** The national themes every werkplaats shares (reference data; the demo tags its kwesties and outputs). */
export const NATIONAL_THEMES = [
  { slug: 'lerende-praktijken', name: 'Lerende praktijken' },
  { slug: 'armoede', name: 'Armoede' },
  { slug: 'sociale-basis', name: 'Sociale basis' },
  { slug: 'ervaringsdeskundigheid', name: 'Ervaringsdeskundigheid' },
] as const;

export type ThemeSlug = (typeof NATIONAL_THEMES)[number]['slug'];

export interface DemoPerson {
  key: string;
  email: string;
  name: string;
  partyKind: PartyKind;
  organisation: string;
  function: string;
  role?: 'ADMIN' | 'COMMITTEE';
}

export interface DemoIssue {
  key: string;
  title: string;
  since: string;
  description: string;
  themes: ThemeSlug[];
}

export interface DemoAtelier {
  issue: string;
  trekker: string;
  title: string;
  description: string;
  /** Who may join its arena (see AtelierJoinMode). */
  joinMode: 'OPEN' | 'ON_REQUEST' | 'BY_INVITATION';
  arena: string[];
  tribune: string[];
  /** People who asked to join the arena and wait for the trekker. */
  requests?: { person: string; message: string }[];
}

/** A question of an arena; the links to its answers are made once the lessons and insights exist. */
export interface DemoQuestion {
  atelier: string;
  author: string;
  title: string;
  body: string;
  /** OPEN unless given. */
  status?: QuestionStatus;
  /** ARENA unless given; a shared question is ANSWERED and climbed one rung at a time, by the trekker. */
  visibility?: 'ARENA' | 'TRIBUNE' | 'PUBLIC';
  /** Keys of the lessons and insights that answer it. */
  lessons?: string[];
  insights?: string[];
}

export interface DemoLesson {
  key: string;
  atelier: string;
  practice: string | null;
  /** For lessons at atelier level that still concern one gemeente. */
  municipality?: string;
  author: string;
  visibility: Visibility;
  /** The author's "mag openbaar". */
  publicConsent?: boolean;
  daysAgo: number;
  title: string;
  body: string;
  conditions: Condition[];
  level: Level;
  domain: Domain;
}

/**
 * One demo werkplaats, as data. People are named by a key that holds within the werkplaats; `guests` are people
 * of a werkplaats seeded before it (found by e-mail) who take part here too.
 */
export interface DemoWorkshopContent {
  workshop: { slug: string; name: string; region: string; privacyWords?: string[] };
  /** When the first kwesties came on the agenda, and when the first atelier started (the next a day later). */
  agendaSince: Date;
  ateliersFrom: Date;
  municipalities: readonly {
    name: string;
    cbsCode: string;
    region: string | null;
    latitude: number;
    longitude: number;
    places: readonly string[];
  }[];
  organisations: readonly {
    key: string;
    name: string;
    kind: OrganisationKind;
    municipality: string | null;
    website?: string;
  }[];
  people: readonly DemoPerson[];
  guests?: readonly { key: string; email: string }[];
  /** People who said they belong to a second organisation, waiting for a beheerder to confirm it. */
  membershipRequests: readonly {
    person: string;
    organisation: string;
    function: string;
    audited?: boolean;
  }[];
  issues: readonly DemoIssue[];
  ateliers: readonly DemoAtelier[];
  questions: readonly DemoQuestion[];
  practices: readonly {
    key: string;
    atelier: string;
    municipality: string;
    neighbourhood: string | null;
    title: string;
    description: string;
    startedBy: string;
    participants: string[];
    question?: number;
  }[];
  lessons: readonly DemoLesson[];
  insights: readonly {
    key: string;
    atelier: string;
    visibility: Visibility;
    daysAgo: number;
    title: string;
    body: string;
    conditions: Condition[];
    lessons: string[];
  }[];
  activities: readonly {
    atelier: string;
    kind: ActivityKind;
    title: string;
    description: string;
    inDays: number;
    hours: number;
    municipality: string | null;
    location: string | null;
    onlineUrl: string | null;
    capacity: number | null;
    registered: string[];
  }[];
  /**
   * Activities of the werkplaats as a whole (an ontmoeting, a netwerkbijeenkomst, the symposium), planned by its
   * beheerder: what each presents (lessons and insights by key), and for one in the past what came out of it.
   */
  workshopActivities?: readonly {
    kind: ActivityKind;
    title: string;
    description: string;
    /** Negative: it took place that many days ago. */
    inDays: number;
    hours: number;
    municipality: string | null;
    location: string | null;
    isPublic: boolean;
    capacity: number | null;
    lessons: string[];
    insights: string[];
    outcome?: { text: string; attendeeCount: number };
  }[];
  reactions: readonly { lesson?: string; insight?: string; author: string; body: string; daysAgo: number }[];
  /**
   * Decisions in an atelier's arena: a proposal (stances by person) or a poll (options; a stance lists the options
   * chosen by index, best first). `closesInDays` negative: it closed that many days ago; an `outcome` is written a
   * day after closing, and `activity` names (by title) an activity of the atelier that was planned from it.
   */
  proposals?: readonly {
    atelier: string;
    author: string;
    kind: 'PROPOSAL' | 'POLL';
    pollMethod?: 'SINGLE' | 'RANKED';
    title: string;
    body: string;
    openedDaysAgo: number;
    closesInDays: number;
    options?: readonly string[];
    stances: readonly {
      person: string;
      choice?: 'AGREE' | 'ABSTAIN' | 'DISAGREE' | 'BLOCK';
      options?: readonly number[];
      reason: string;
    }[];
    outcome?: { text: string; reviewInDays: number | null };
    activity?: string;
  }[];
  advice: readonly { atelier: string; title: string; body: string; asked: boolean; daysAgo: number }[];
  products: readonly {
    atelier: string;
    kind: ProductKind;
    title: string;
    description: string;
    os: ProductO[];
    themes: ThemeSlug[];
    daysAgo: number | null;
  }[];
  /** What reached a tribune member's feed, as notifications (read when `readDaysAgo` is given). */
  notifications: readonly {
    person: string;
    kind: 'LESSON_SHARED' | 'INSIGHT_SHARED';
    lesson?: string;
    insight?: string;
    daysAgo: number;
    readDaysAgo?: number;
  }[];
}

/** The rows a werkplaats's seed made, by the content's keys, for what only one werkplaats adds. */
export interface SeededWorkshop {
  workshopId: string;
  themes: Map<string, string>;
  people: Map<string, string>;
  issues: Map<string, string>;
  committeeId: string;
}

const DAY = 24 * 60 * 60 * 1000;
export const daysAgo = (days: number, now: Date) => new Date(now.getTime() - days * DAY);

export function must<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to unknown "${key}"`);
  return value;
}

/** Seeds one demo werkplaats inside the caller's transaction. */
export async function seedWorkshop(
  tx: Prisma.TransactionClient,
  content: DemoWorkshopContent,
  passwordHash: string,
  now: Date,
): Promise<SeededWorkshop> {
  const workshop = await tx.workshop.create({ data: content.workshop });
  const workshopId = workshop.id;

  const municipalities = new Map<string, string>();
  for (const m of content.municipalities) {
    const row = await tx.municipality.create({ data: { workshopId, ...m, places: [...m.places] } });
    municipalities.set(m.name, row.id);
  }

  const themes = new Map<string, string>();
  for (const t of NATIONAL_THEMES) {
    const row = await tx.nationalTheme.upsert({ where: { slug: t.slug }, create: t, update: {} });
    themes.set(t.slug, row.id);
  }

  const organisations = new Map<string, string>();
  for (const o of content.organisations) {
    const row = await tx.organisation.create({
      data: {
        workshopId,
        name: o.name,
        kind: o.kind,
        website: o.website ?? null,
        municipalityId: o.municipality ? must(municipalities, o.municipality) : null,
      },
    });
    organisations.set(o.key, row.id);
  }

  const people = new Map<string, string>();
  for (const p of content.people) {
    const user = await tx.user.create({
      data: {
        email: p.email,
        name: p.name,
        passwordHash,
        partyKind: p.partyKind,
        memberships: {
          create: {
            organisationId: must(organisations, p.organisation),
            function: p.function,
            status: 'CONFIRMED',
          },
        },
        ...(p.role ? { roles: { create: { workshopId, role: p.role } } } : {}),
      },
    });
    people.set(p.key, user.id);
  }
  for (const guest of content.guests ?? []) {
    const user = await tx.user.findUnique({ where: { email: guest.email }, select: { id: true } });
    if (!user)
      throw new Error(`Demo werkplaats ${content.workshop.slug} needs ${guest.email}, seeded before it`);
    people.set(guest.key, user.id);
  }
  const withRole = (role: 'ADMIN' | 'COMMITTEE') => {
    const person = content.people.find((p) => p.role === role);
    if (!person) throw new Error(`Demo werkplaats ${content.workshop.slug} has no ${role}`);
    return must(people, person.key);
  };
  const adminId = withRole('ADMIN');
  const committeeId = withRole('COMMITTEE');

  for (const request of content.membershipRequests) {
    const organisationId = must(organisations, request.organisation);
    const userId = must(people, request.person);
    const membership = await tx.membership.create({
      data: { userId, organisationId, function: request.function, createdAt: daysAgo(1, now) },
    });
    await tx.notification.create({
      data: {
        userId: adminId,
        kind: 'MEMBERSHIP_REQUESTED',
        membershipId: membership.id,
        actorId: userId,
        createdAt: daysAgo(1, now),
      },
    });
    if (request.audited) {
      // As MembershipService records it.
      await tx.auditEvent.create({
        data: {
          workshopId,
          actorId: userId,
          personId: userId,
          action: 'membership.requested',
          targetType: 'Membership',
          targetId: membership.id,
          details: { organisationId },
          createdAt: daysAgo(1, now),
        },
      });
    }
  }

  const issues = new Map<string, string>();
  for (const [index, issue] of content.issues.entries()) {
    const createdAt = new Date(content.agendaSince.getTime() + index * 60_000);
    const row = await tx.socialIssue.create({
      data: {
        workshopId,
        title: issue.title,
        description: issue.description,
        since: issue.since,
        createdAt,
        nationalThemes: { connect: issue.themes.map((slug) => ({ id: must(themes, slug) })) },
        history: { create: { kind: 'CREATED', actorId: committeeId, toValue: issue.title, createdAt } },
      },
    });
    issues.set(issue.key, row.id);
  }

  const ateliers = new Map<string, string>();
  const trekkers = new Map<string, string>();
  for (const [index, a] of content.ateliers.entries()) {
    const startedAt = new Date(content.ateliersFrom.getTime() + index * DAY);
    const trekkerId = must(people, a.trekker);
    const atelier = await tx.atelier.create({
      data: {
        workshopId,
        socialIssueId: must(issues, a.issue),
        trekkerId,
        title: a.title,
        description: a.description,
        joinMode: a.joinMode,
        startedAt,
      },
    });
    ateliers.set(a.issue, atelier.id);
    trekkers.set(a.issue, trekkerId);
    const members = [
      ...a.arena.map((key) => ['ARENA', key] as const),
      ...a.tribune.map((key) => ['TRIBUNE', key] as const),
    ];
    for (const [i, [role, key]] of members.entries()) {
      // A guest takes part as themself: their organisation belongs to another werkplaats.
      const person = content.people.find((p) => p.key === key);
      const organisationId = person ? must(organisations, person.organisation) : null;
      const joinedAt = new Date(startedAt.getTime() + (i + 1) * 7 * DAY);
      await tx.participation.create({
        data: {
          atelierId: atelier.id,
          userId: must(people, key),
          organisationId,
          role,
          joinedAt,
          history: {
            create: {
              kind: 'JOINED',
              actorId: must(people, key),
              toRole: role,
              organisationId,
              createdAt: joinedAt,
            },
          },
        },
      });
    }
  }

  for (const a of content.ateliers) {
    for (const [i, request] of (a.requests ?? []).entries()) {
      const userId = must(people, request.person);
      const joinRequest = await tx.joinRequest.create({
        data: {
          atelierId: must(ateliers, a.issue),
          userId,
          role: 'ARENA',
          kind: 'REQUEST',
          message: request.message,
          createdById: userId,
          createdAt: daysAgo(2 + i, now),
        },
      });
      await tx.notification.create({
        data: {
          userId: must(trekkers, a.issue),
          kind: 'JOIN_REQUESTED',
          atelierId: must(ateliers, a.issue),
          joinRequestId: joinRequest.id,
          actorId: userId,
          note: request.message,
          createdAt: daysAgo(2 + i, now),
        },
      });
    }
  }

  const questions: string[] = [];
  for (const [i, q] of content.questions.entries()) {
    const row = await tx.question.create({
      data: {
        atelierId: must(ateliers, q.atelier),
        authorId: must(people, q.author),
        title: q.title,
        body: q.body,
        status: q.status ?? 'OPEN',
        visibility: q.visibility ?? 'ARENA',
        createdAt: daysAgo(100 - i, now),
        changes: {
          create: [
            ...(q.status && q.status !== 'OPEN'
              ? [
                  {
                    kind: 'STATUS' as const,
                    fromValue: 'OPEN',
                    toValue: q.status,
                    createdAt: daysAgo(30 - i, now),
                  },
                ]
              : []),
            // Shared one rung at a time by the trekker, as the ladder asks.
            ...VISIBILITY_LADDER.slice(
              VISIBILITY_LADDER.indexOf('ARENA'),
              VISIBILITY_LADDER.indexOf(q.visibility ?? 'ARENA'),
            ).map((from, step) => ({
              kind: 'VISIBILITY' as const,
              fromValue: from,
              toValue: VISIBILITY_LADDER[VISIBILITY_LADDER.indexOf(from) + 1]!,
              actorId: must(trekkers, q.atelier),
              createdAt: daysAgo(20 - i - step, now),
            })),
          ],
        },
      },
    });
    questions.push(row.id);
  }

  const practices = new Map<string, { id: string; municipalityId: string }>();
  for (const [i, p] of content.practices.entries()) {
    const municipalityId = must(municipalities, p.municipality);
    const createdAt = daysAgo(95 - i, now);
    const row = await tx.practice.create({
      data: {
        atelierId: must(ateliers, p.atelier),
        municipalityId,
        neighbourhood: p.neighbourhood,
        title: p.title,
        description: p.description,
        startedById: must(people, p.startedBy),
        createdAt,
        participants: {
          create: p.participants.map((key) => ({ userId: must(people, key), joinedAt: createdAt })),
        },
        ...(p.question !== undefined ? { questions: { connect: { id: questions[p.question] } } } : {}),
      },
    });
    practices.set(p.key, { id: row.id, municipalityId });
  }

  // Lessons, each with the history of how it climbed the ladder.
  const lessons = new Map<string, string>();
  for (const l of content.lessons) {
    const createdAt = daysAgo(l.daysAgo, now);
    const practice = l.practice ? must(practices, l.practice) : null;
    const rung = VISIBILITY_LADDER.indexOf(l.visibility);
    const authorId = must(people, l.author);
    const trekkerId = must(trekkers, l.atelier);
    const steps = VISIBILITY_LADDER.slice(0, rung + 1) as Visibility[];
    const stepAt = (i: number) => new Date(createdAt.getTime() + i * DAY);
    const sharedAt =
      rung >= VISIBILITY_LADDER.indexOf('TRIBUNE') ? stepAt(VISIBILITY_LADDER.indexOf('TRIBUNE')) : null;
    const row = await tx.lesson.create({
      data: {
        atelierId: must(ateliers, l.atelier),
        practiceId: practice?.id ?? null,
        municipalityId:
          practice?.municipalityId ?? (l.municipality ? must(municipalities, l.municipality) : null),
        authorId,
        title: l.title,
        body: l.body,
        conditions: l.conditions,
        level: l.level,
        domain: l.domain,
        visibility: l.visibility,
        ...(l.publicConsent ? { publicConsent: true } : {}),
        sharedAt,
        createdAt,
        updatedAt: stepAt(rung),
        visibilityHistory: {
          create: steps.slice(1).map((to, i) => ({
            fromValue: steps[i] as Visibility,
            toValue: to,
            // The author shares with the practice and the arena; only the trekker goes further.
            actorId: to === 'TRIBUNE' || to === 'PUBLIC' ? trekkerId : authorId,
            createdAt: stepAt(i + 1),
          })),
        },
      },
    });
    lessons.set(l.key, row.id);
  }

  const insights = new Map<string, string>();
  for (const ins of content.insights) {
    const createdAt = daysAgo(ins.daysAgo, now);
    const trekkerId = must(trekkers, ins.atelier);
    const shared = ins.visibility === 'TRIBUNE' || ins.visibility === 'PUBLIC';
    const row = await tx.insight.create({
      data: {
        atelierId: must(ateliers, ins.atelier),
        authorId: trekkerId,
        title: ins.title,
        body: ins.body,
        conditions: ins.conditions,
        visibility: ins.visibility,
        createdAt,
        sharedAt: shared ? new Date(createdAt.getTime() + DAY) : null,
        lessons: { create: ins.lessons.map((key) => ({ lessonId: must(lessons, key) })) },
        ...(shared
          ? {
              visibilityHistory: {
                create: {
                  fromValue: 'ARENA',
                  toValue: ins.visibility,
                  actorId: trekkerId,
                  createdAt: new Date(createdAt.getTime() + DAY),
                },
              },
            }
          : {}),
      },
    });
    insights.set(ins.key, row.id);
  }

  // What answers the arena's questions: links made once the lessons and insights exist.
  for (const [i, q] of content.questions.entries()) {
    const linkedById = must(people, q.author);
    for (const key of q.lessons ?? []) {
      await tx.questionLesson.create({
        data: { questionId: questions[i]!, lessonId: must(lessons, key), linkedById },
      });
    }
    for (const key of q.insights ?? []) {
      await tx.questionInsight.create({
        data: { questionId: questions[i]!, insightId: must(insights, key), linkedById },
      });
    }
  }

  for (const a of content.activities) {
    const startsAt = new Date(now.getTime() + a.inDays * DAY);
    startsAt.setUTCHours(13, 30, 0, 0);
    await tx.activity.create({
      data: {
        atelierId: must(ateliers, a.atelier),
        plannedById: must(trekkers, a.atelier),
        kind: a.kind,
        title: a.title,
        description: a.description,
        startsAt,
        endsAt: new Date(startsAt.getTime() + a.hours * 60 * 60 * 1000),
        municipalityId: a.municipality ? must(municipalities, a.municipality) : null,
        location: a.location,
        onlineUrl: a.onlineUrl,
        capacity: a.capacity,
        registrations: { create: a.registered.map((key) => ({ userId: must(people, key) })) },
      },
    });
  }

  for (const a of content.workshopActivities ?? []) {
    const startsAt = new Date(now.getTime() + a.inDays * DAY);
    startsAt.setUTCHours(13, 30, 0, 0);
    const endsAt = new Date(startsAt.getTime() + a.hours * 60 * 60 * 1000);
    await tx.activity.create({
      data: {
        workshopId,
        plannedById: adminId,
        kind: a.kind,
        title: a.title,
        description: a.description,
        startsAt,
        endsAt,
        municipalityId: a.municipality ? must(municipalities, a.municipality) : null,
        location: a.location,
        capacity: a.capacity,
        isPublic: a.isPublic,
        ...(a.outcome
          ? {
              outcome: a.outcome.text,
              attendeeCount: a.outcome.attendeeCount,
              outcomeRecordedAt: endsAt,
              outcomeRecordedById: adminId,
            }
          : {}),
        lessons: { create: a.lessons.map((key) => ({ lessonId: must(lessons, key) })) },
        insights: { create: a.insights.map((key) => ({ insightId: must(insights, key) })) },
      },
    });
  }

  for (const p of content.proposals ?? []) {
    const atelierId = must(ateliers, p.atelier);
    const openedAt = daysAgo(p.openedDaysAgo, now);
    const closesAt = new Date(now.getTime() + p.closesInDays * DAY);
    closesAt.setUTCHours(16, 0, 0, 0);
    const proposal = await tx.proposal.create({
      data: {
        atelierId,
        authorId: must(people, p.author),
        kind: p.kind,
        pollMethod: p.kind === 'POLL' ? (p.pollMethod ?? 'SINGLE') : null,
        title: p.title,
        body: p.body,
        closesAt,
        createdAt: openedAt,
        ...(p.outcome
          ? {
              outcome: p.outcome.text,
              outcomeAt: new Date(closesAt.getTime() + DAY),
              reviewOn:
                p.outcome.reviewInDays === null
                  ? null
                  : new Date(now.getTime() + p.outcome.reviewInDays * DAY),
            }
          : {}),
        options: { create: (p.options ?? []).map((label, position) => ({ label, position })) },
      },
      include: { options: { orderBy: { position: 'asc' } } },
    });
    for (const [i, stance] of p.stances.entries()) {
      await tx.stance.create({
        data: {
          proposalId: proposal.id,
          userId: must(people, stance.person),
          choice: stance.choice ?? null,
          reason: stance.reason,
          optionIds: (stance.options ?? []).map((index) => proposal.options[index]!.id),
          createdAt: new Date(openedAt.getTime() + (i + 1) * 3 * 60 * 60 * 1000),
        },
      });
    }
    if (p.activity) {
      const { count } = await tx.activity.updateMany({
        where: { atelierId, title: p.activity },
        data: { proposalId: proposal.id },
      });
      if (count !== 1) throw new Error(`Demo proposal "${p.title}" names no activity "${p.activity}"`);
    }
  }

  for (const r of content.reactions) {
    await tx.reaction.create({
      data: {
        authorId: must(people, r.author),
        lessonId: r.lesson ? must(lessons, r.lesson) : null,
        insightId: r.insight ? must(insights, r.insight) : null,
        // The demo's reactions are written as plain text; stored as the editor's rich text is.
        body: textToHtml(r.body),
        createdAt: daysAgo(r.daysAgo, now),
      },
    });
  }

  for (const a of content.advice) {
    await tx.advice.create({
      data: {
        atelierId: must(ateliers, a.atelier),
        authorId: committeeId,
        title: a.title,
        body: a.body,
        asked: a.asked,
        createdAt: daysAgo(a.daysAgo, now),
      },
    });
  }

  for (const p of content.products) {
    await tx.product.create({
      data: {
        atelierId: must(ateliers, p.atelier),
        kind: p.kind,
        title: p.title,
        description: p.description,
        os: p.os,
        publishedAt: p.daysAgo === null ? null : daysAgo(p.daysAgo, now),
        // The demo's dated outputs are out in public; an undated one is still being made in the arena.
        visibility: p.daysAgo === null ? 'ARENA' : 'PUBLIC',
        nationalThemes: { connect: p.themes.map((slug) => ({ id: must(themes, slug) })) },
      },
    });
  }

  if (content.notifications.length > 0) {
    await tx.notification.createMany({
      data: content.notifications.map((n) => ({
        userId: must(people, n.person),
        kind: n.kind,
        ...(n.lesson ? { lessonId: must(lessons, n.lesson) } : {}),
        ...(n.insight ? { insightId: must(insights, n.insight) } : {}),
        createdAt: daysAgo(n.daysAgo, now),
        ...(n.readDaysAgo !== undefined ? { readAt: daysAgo(n.readDaysAgo, now) } : {}),
      })),
    });
  }

  return { workshopId, themes, people, issues, committeeId };
}
