import { Injectable } from '@nestjs/common';
import { Visibility, type Condition, type Domain, type Level } from '../generated/prisma/enums.js';
import { ActivityService } from '../activity/activity.service.js';
import { ProductService } from '../product/product.service.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  ateliersReadableAt,
  readableInsightsIn,
  NOT_HIDDEN,
  readableLessonsIn,
  readableOrganisations,
  readsRungIn,
  type AtelierRole,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { readableText } from '../common/text/sanitize.js';
import { workshopWords } from '../privacy/climb-check.js';
import { QuestionService } from '../question/question.service.js';
import { ClimbFilter } from './climb-filter.js';

/** Whom a report is made for: the rung of the ladder its reader stands on in the atelier. */
export type ReaderKind = 'VISITOR' | 'TRIBUNE' | 'ARENA' | 'TREKKER' | 'COMMITTEE';

export interface ReportLesson {
  id: string;
  title: string;
  body: string;
  conditions: Condition[];
  level: Level;
  domain: Domain;
  municipality: string | null;
}

export interface ReportInsight {
  id: string;
  title: string;
  body: string;
  conditions: Condition[];
  lessons: ReportLesson[];
}

export interface ReportQuestion {
  title: string;
  body: string;
}

export interface ReportOutput {
  kind: string;
  title: string;
  description: string;
  url: string | null;
  date: Date | null;
}

export interface ReportActivity {
  kind: string;
  title: string;
  startsAt: Date;
  location: string | null;
  registrations: number;
  /** What came out of it and how many came, once its leader recorded them. */
  outcome: string | null;
  attendeeCount: number | null;
}

/** One organisation's people in the atelier: counted, and named only where each consented. */
export interface ReportOrganisation {
  /** Null: people taking part on their own behalf (or in an organisation the reader may not read). */
  name: string | null;
  arena: number;
  tribune: number;
  named: string[];
}

/** One bar of a spread chart. */
export interface Bucket {
  /** An enum value (condition, level, domain) or a gemeente's name; null for lessons without a gemeente. */
  key: string | null;
  count: number;
}

export interface ReportData {
  workshop: { name: string; slug: string };
  atelier: { id: string; title: string; description: string; startedAt: Date };
  kwestie: { title: string; description: string };
  trekker: string;
  reader: ReaderKind;
  generatedAt: Date;
  questions: ReportQuestion[];
  insights: ReportInsight[];
  lessons: ReportLesson[];
  outputs: ReportOutput[];
  activities: ReportActivity[];
  /** Null where the reader does not read who takes part (the TRIBUNE rung of the atelier). */
  participants: ReportOrganisation[] | null;
  spread: { condition: Bucket[]; level: Bucket[]; domain: Bucket[]; municipality: Bucket[] };
  /** Items left out because the personal-data check found something unresolved in them. */
  withheld: number;
}

/** A report is about shared knowledge: lessons and insights from the arena up, never drafts or a practice's own. */
const SHARED_RUNGS = [Visibility.ARENA, Visibility.TRIBUNE, Visibility.PUBLIC];

/**
 * Gathers an atelier's report for one reader. Every section is read through the policy's reader-aware rules or
 * the owning service's reader-aware methods (questions, outputs, activities), so the ladder decides every line;
 * every text then passes the personal-data check again (ClimbFilter). Reads are per section, never per row.
 */
@Injectable()
export class ReportDataService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly questions: QuestionService,
    private readonly products: ProductService,
    private readonly activities: ActivityService,
  ) {}

  /** The report of an atelier of the werkplaats `workshopId`, or null when there is no such atelier there. */
  async gather(viewer: MaybeViewer, workshopId: string, atelierId: string): Promise<ReportData | null> {
    const loaders = new Loaders();
    const found = await this.access.atelierWithRole(loaders, viewer, atelierId);
    if (!found || found.atelier.workshopId !== workshopId) return null;
    const { role } = found;
    const facts = await this.prisma.atelier.findUniqueOrThrow({
      where: { id: atelierId },
      select: {
        title: true,
        description: true,
        startedAt: true,
        workshop: { select: { name: true, slug: true } },
        socialIssue: { select: { title: true, description: true } },
        trekker: { select: { name: true } },
      },
    });
    const filter = new ClimbFilter(await workshopWords(this.prisma, workshopId));

    const [lessons, insights, questions, outputs, activities, participants] = await Promise.all([
      this.lessons(atelierId, role, filter),
      this.prisma.insight.findMany({
        where: { AND: [readableInsightsIn(atelierId, role), { visibility: { in: SHARED_RUNGS } }] },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          title: true,
          body: true,
          conditions: true,
          privacyAccepted: true,
          lessons: { select: { lessonId: true } },
        },
      }),
      this.questions.forAtelier(loaders, viewer, atelierId, null),
      this.products.forAtelier(loaders, viewer, atelierId),
      this.heldActivities(loaders, viewer, atelierId),
      readsRungIn(role, 'TRIBUNE') ? this.participants(viewer, atelierId) : Promise.resolve(null),
    ]);

    const lessonById = new Map(lessons.map((l) => [l.id, l]));
    const keptInsights = filter
      .keep(
        insights,
        (i) => [{ title: i.title, body: i.body, html: true }],
        (i) => i.privacyAccepted,
      )
      .map((i) => ({
        id: i.id,
        title: i.title,
        body: readableText(i.body),
        conditions: i.conditions,
        // Only the lessons behind it that this reader may read (and that passed the check).
        lessons: i.lessons.flatMap((link) => lessonById.get(link.lessonId) ?? []),
      }));
    const keptQuestions = filter
      .keep(questions, (q) => [{ title: q.title, body: q.body, html: false }])
      .map((q) => ({ title: q.title, body: q.body }));
    const keptOutputs = filter
      .keep(outputs, (p) => [{ title: p.title, body: p.description, html: false }])
      .map((p) => ({
        kind: p.kind,
        title: p.title,
        description: p.description,
        url: p.url,
        date: p.publishedAt,
      }));
    const keptActivities = filter
      .keep(activities, (a) => [
        { title: a.title, body: a.description, html: false },
        { title: a.title, body: a.outcome ?? '', html: false },
      ])
      .map(({ kind, title, startsAt, location, registrations, outcome, attendeeCount }) => ({
        kind,
        title,
        startsAt,
        location,
        registrations,
        outcome,
        attendeeCount,
      }));
    const atelierText = filter.passes([{ body: facts.description, html: false }]) ? facts.description : '';
    const kwestieText = filter.passes([{ body: facts.socialIssue.description, html: false }])
      ? facts.socialIssue.description
      : '';

    return {
      workshop: facts.workshop,
      atelier: { id: atelierId, title: facts.title, description: atelierText, startedAt: facts.startedAt },
      kwestie: { title: facts.socialIssue.title, description: kwestieText },
      trekker: facts.trekker.name,
      reader: readerKind(role),
      generatedAt: new Date(),
      questions: keptQuestions,
      insights: keptInsights,
      lessons,
      outputs: keptOutputs,
      activities: keptActivities,
      participants,
      spread: spreadOf(lessons),
      withheld: filter.withheld,
    };
  }

  /** The atelier's shared lessons this reader may read, each with its gemeente, without those the check stops. */
  private async lessons(
    atelierId: string,
    role: AtelierRole | null,
    filter: ClimbFilter,
  ): Promise<ReportLesson[]> {
    const rows = await this.prisma.lesson.findMany({
      where: { AND: [readableLessonsIn(atelierId, role), { visibility: { in: SHARED_RUNGS } }, NOT_HIDDEN] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        title: true,
        body: true,
        conditions: true,
        level: true,
        domain: true,
        privacyAccepted: true,
        municipality: { select: { name: true } },
      },
    });
    return filter
      .keep(
        rows,
        (l) => [{ title: l.title, body: l.body, html: true }],
        (l) => l.privacyAccepted,
      )
      .map((l) => ({
        id: l.id,
        title: l.title,
        body: readableText(l.body),
        conditions: l.conditions,
        level: l.level,
        domain: l.domain,
        municipality: l.municipality?.name ?? null,
      }));
  }

  /** Activities that took place (over, not cancelled), as ActivityService gives them to this reader. */
  private async heldActivities(loaders: Loaders, viewer: MaybeViewer, atelierId: string) {
    const past = await this.activities.forAtelier(loaders, viewer, atelierId, false);
    const held = past.filter((a) => a.cancelledAt === null).reverse();
    return Promise.all(
      held.map(async (a) => ({
        ...a,
        registrations: await this.activities.registrationCount(loaders, a.id),
      })),
    );
  }

  /**
   * Who takes part, by organisation: read at the TRIBUNE rung of the atelier (the policy's rule for participant
   * lists); a person's name only where they said it may appear in reports, and never of an erased account.
   */
  private async participants(viewer: MaybeViewer, atelierId: string): Promise<ReportOrganisation[]> {
    const rows = await this.prisma.participation.findMany({
      where: { atelierId, status: 'ACTIVE', atelier: ateliersReadableAt(viewer, 'TRIBUNE') },
      orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }],
      select: {
        role: true,
        organisationId: true,
        user: { select: { name: true, nameInReports: true, erasedAt: true } },
      },
    });
    const organisationIds = [...new Set(rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))];
    const organisations = organisationIds.length
      ? await this.prisma.organisation.findMany({
          where: { AND: [{ id: { in: organisationIds } }, readableOrganisations(viewer)] },
          select: { id: true, name: true },
        })
      : [];
    const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
    const groups = new Map<string | null, ReportOrganisation>();
    for (const row of rows) {
      const name = (row.organisationId && nameOf.get(row.organisationId)) || null;
      const group = groups.get(name) ?? { name, arena: 0, tribune: 0, named: [] };
      if (row.role === 'ARENA') group.arena += 1;
      else group.tribune += 1;
      if (row.user.nameInReports && row.user.erasedAt === null) group.named.push(row.user.name);
      groups.set(name, group);
    }
    // Organisations by name; those on their own behalf last.
    return [...groups.values()].sort((a, b) =>
      a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, 'nl'),
    );
  }
}

export function readerKind(role: AtelierRole | null): ReaderKind {
  if (!role) return 'VISITOR';
  if (role.isTrekker) return 'TREKKER';
  if (role.isCommittee) return 'COMMITTEE';
  if (role.participation?.role === 'ARENA') return 'ARENA';
  if (readsRungIn(role, 'TRIBUNE')) return 'TRIBUNE';
  return 'VISITOR';
}

/** Counts of the lessons per condition, level, domain and gemeente: largest first, then by key. */
export function spreadOf(lessons: readonly ReportLesson[]): ReportData['spread'] {
  const count = (keys: (string | null)[]): Bucket[] => {
    const counts = new Map<string | null, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return [...counts]
      .map(([key, n]) => ({ key, count: n }))
      .sort((a, b) => b.count - a.count || (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'));
  };
  return {
    condition: count(lessons.flatMap((l) => l.conditions)),
    level: count(lessons.map((l) => l.level)),
    domain: count(lessons.map((l) => l.domain)),
    municipality: count(lessons.map((l) => l.municipality)),
  };
}
