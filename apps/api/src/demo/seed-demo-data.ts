import type { PrismaService } from '../common/prisma/prisma.service.js';
import { hashPassword } from '../auth/password.js';
import { VISIBILITY_LADDER } from '@werkplaats/domain';
import type { Visibility } from '../generated/prisma/enums.js';
import {
  ACTIVITIES,
  ADVICE,
  ATELIERS,
  MEMBERSHIP_REQUESTS,
  INSIGHTS,
  ISSUES,
  LATER_ISSUES,
  LESSONS,
  MUNICIPALITIES,
  NATIONAL_THEMES,
  ORGANISATIONS,
  PEOPLE,
  PRACTICES,
  PRODUCTS,
  QUESTIONS,
  REACTIONS,
  WORKSHOP,
  DEMO_PASSWORD,
} from './demo-content.js';

export { DEMO_PASSWORD };

/** The demo accounts of the README, by role. */
export const DEMO_ACCOUNTS = Object.fromEntries(
  PEOPLE.filter((p) => ['admin', 'committee', 'trekker', 'arena', 'tribune'].includes(p.key)).map((p) => [
    p.key,
    p.email,
  ]),
) as Record<'admin' | 'committee' | 'trekker' | 'arena' | 'tribune', string>;

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number, now: Date) => new Date(now.getTime() - days * DAY);

function must<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to unknown "${key}"`);
  return value;
}

/**
 * Seeds the demo werkplaats once: does nothing when it is already there. Runs in one transaction, so a
 * crash halfway leaves no half-seeded database behind. Only ever called in demo mode.
 */
export async function seedDemoData(prisma: PrismaService, now = new Date()): Promise<{ created: boolean }> {
  if (await prisma.workshop.findUnique({ where: { slug: WORKSHOP.slug }, select: { id: true } }))
    return { created: false };
  // One argon2id hash for every demo person: hashing is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await prisma.$transaction(
    async (tx) => {
      const workshop = await tx.workshop.create({ data: WORKSHOP });
      const workshopId = workshop.id;

      const municipalities = new Map<string, string>();
      for (const m of MUNICIPALITIES) {
        const row = await tx.municipality.create({ data: { workshopId, ...m, places: [...m.places] } });
        municipalities.set(m.name, row.id);
      }

      const themes = new Map<string, string>();
      for (const t of NATIONAL_THEMES) {
        const row = await tx.nationalTheme.upsert({ where: { slug: t.slug }, create: t, update: {} });
        themes.set(t.slug, row.id);
      }

      const organisations = new Map<string, string>();
      for (const o of ORGANISATIONS) {
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
      for (const p of PEOPLE) {
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
      for (const request of MEMBERSHIP_REQUESTS) {
        const membership = await tx.membership.create({
          data: {
            userId: must(people, request.person),
            organisationId: must(organisations, request.organisation),
            function: request.function,
            createdAt: daysAgo(1, now),
          },
        });
        await tx.notification.create({
          data: {
            userId: must(people, 'admin'),
            kind: 'MEMBERSHIP_REQUESTED',
            membershipId: membership.id,
            actorId: must(people, request.person),
            createdAt: daysAgo(1, now),
          },
        });
      }
      const committeeId = must(people, 'committee');
      const agendaDate = new Date('2019-10-01T10:00:00Z');

      // The agenda of 2019, each kwestie with its leeratelier.
      const issues = new Map<string, string>();
      for (const [index, issue] of ISSUES.entries()) {
        const createdAt = new Date(agendaDate.getTime() + index * 60_000);
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

      // Later kwesties: a new one still without an atelier, one merged into poverty, one lapsed.
      const carers = LATER_ISSUES.carers;
      const carersAt = new Date('2021-03-15T10:00:00Z');
      await tx.socialIssue.create({
        data: {
          workshopId,
          title: carers.title,
          description: carers.description,
          since: carers.since,
          createdAt: carersAt,
          history: {
            create: { kind: 'CREATED', actorId: committeeId, toValue: carers.title, createdAt: carersAt },
          },
        },
      });

      const povertyId = must(issues, 'poverty');
      const merged = LATER_ISSUES.merged;
      const mergedAt = new Date('2020-02-10T10:00:00Z');
      const mergeDate = new Date('2021-01-20T10:00:00Z');
      const mergedIssue = await tx.socialIssue.create({
        data: {
          workshopId,
          title: merged.title,
          description: merged.description,
          since: merged.since,
          status: 'MERGED',
          mergedIntoId: povertyId,
          version: 2,
          createdAt: mergedAt,
          history: {
            create: [
              { kind: 'CREATED', actorId: committeeId, toValue: merged.title, createdAt: mergedAt },
              {
                kind: 'MERGED_INTO',
                actorId: committeeId,
                relatedId: povertyId,
                fromValue: 'ACTIVE',
                toValue: 'MERGED',
                createdAt: mergeDate,
              },
            ],
          },
        },
      });
      await tx.socialIssueChange.create({
        data: {
          socialIssueId: povertyId,
          kind: 'MERGED_FROM',
          actorId: committeeId,
          relatedId: mergedIssue.id,
          toValue: merged.title,
          createdAt: mergeDate,
        },
      });
      await tx.auditEvent.create({
        data: {
          workshopId,
          actorId: committeeId,
          action: 'social-issue.merged',
          targetType: 'SocialIssue',
          targetId: mergedIssue.id,
          details: { into: povertyId },
          createdAt: mergeDate,
        },
      });

      const lapsed = LATER_ISSUES.lapsed;
      const lapsedAt = new Date('2019-10-01T10:10:00Z');
      const lapseDate = new Date('2022-06-01T10:00:00Z');
      await tx.socialIssue.create({
        data: {
          workshopId,
          title: lapsed.title,
          description: lapsed.description,
          since: lapsed.since,
          status: 'LAPSED',
          lapseReason: lapsed.reason,
          version: 2,
          createdAt: lapsedAt,
          history: {
            create: [
              { kind: 'CREATED', actorId: committeeId, toValue: lapsed.title, createdAt: lapsedAt },
              {
                kind: 'LAPSED',
                actorId: committeeId,
                fromValue: 'ACTIVE',
                toValue: lapsed.reason,
                createdAt: lapseDate,
              },
            ],
          },
        },
      });

      const ateliers = new Map<string, string>();
      const trekkers = new Map<string, string>();
      for (const [index, a] of ATELIERS.entries()) {
        const startedAt = new Date(new Date('2020-01-15T10:00:00Z').getTime() + index * DAY);
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
          const person = PEOPLE.find((p) => p.key === key);
          const joinedAt = new Date(startedAt.getTime() + (i + 1) * 7 * DAY);
          await tx.participation.create({
            data: {
              atelierId: atelier.id,
              userId: must(people, key),
              organisationId: person ? must(organisations, person.organisation) : null,
              role,
              joinedAt,
              history: {
                create: { kind: 'JOINED', actorId: must(people, key), toRole: role, createdAt: joinedAt },
              },
            },
          });
        }
      }

      for (const a of ATELIERS) {
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
      for (const [i, q] of QUESTIONS.entries()) {
        const row = await tx.question.create({
          data: {
            atelierId: must(ateliers, q.atelier),
            authorId: must(people, q.author),
            title: q.title,
            body: q.body,
            createdAt: daysAgo(100 - i, now),
          },
        });
        questions.push(row.id);
      }

      const practices = new Map<string, { id: string; municipalityId: string }>();
      for (const [i, p] of PRACTICES.entries()) {
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
      for (const l of LESSONS) {
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
      for (const ins of INSIGHTS) {
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

      for (const a of ACTIVITIES) {
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

      for (const r of REACTIONS) {
        await tx.reaction.create({
          data: {
            authorId: must(people, r.author),
            lessonId: r.lesson ? must(lessons, r.lesson) : null,
            insightId: r.insight ? must(insights, r.insight) : null,
            body: r.body,
            createdAt: daysAgo(r.daysAgo, now),
          },
        });
      }

      for (const a of ADVICE) {
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

      for (const p of PRODUCTS) {
        await tx.product.create({
          data: {
            atelierId: must(ateliers, p.atelier),
            kind: p.kind,
            title: p.title,
            description: p.description,
            os: p.os,
            publishedAt: p.daysAgo === null ? null : daysAgo(p.daysAgo, now),
            nationalThemes: { connect: p.themes.map((slug) => ({ id: must(themes, slug) })) },
          },
        });
      }

      // What reached the tribune member's feed, as notifications: the older ones read, the insight not yet.
      const tribuneId = must(people, 'tribune');
      await tx.notification.createMany({
        data: [
          {
            userId: tribuneId,
            kind: 'LESSON_SHARED',
            lessonId: must(lessons, 'l-tribune-2'),
            createdAt: daysAgo(44, now),
            readAt: daysAgo(43, now),
          },
          {
            userId: tribuneId,
            kind: 'LESSON_SHARED',
            lessonId: must(lessons, 'l-tribune-1'),
            createdAt: daysAgo(39, now),
            readAt: daysAgo(38, now),
          },
          {
            userId: tribuneId,
            kind: 'LESSON_SHARED',
            lessonId: must(lessons, 'p-tribune-1'),
            createdAt: daysAgo(34, now),
            readAt: daysAgo(30, now),
          },
          {
            userId: tribuneId,
            kind: 'INSIGHT_SHARED',
            insightId: must(insights, 'i-loneliness'),
            createdAt: daysAgo(5, now),
          },
        ],
      });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  return { created: true };
}
