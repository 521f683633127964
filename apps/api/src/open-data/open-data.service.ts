import { Inject, Injectable } from '@nestjs/common';
import type { Workshop } from '../generated/prisma/client.js';
import { Visibility } from '../generated/prisma/enums.js';
import { ActivityService } from '../activity/activity.service.js';
import { ProductService } from '../product/product.service.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import {
  readableActivities,
  readableAteliers,
  readableInsights,
  readableLessons,
  readableSocialIssues,
} from '../common/authz/policy.js';
import { Loaders } from '../common/graphql/loaders.js';
import { toGlobalId } from '../common/graphql/relay.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { readableText } from '../common/text/sanitize.js';
import { workshopWords } from '../privacy/climb-check.js';
import { ClimbFilter } from '../report/climb-filter.js';
import { WerkgebiedService } from '../werkgebied/werkgebied.service.js';
import { toCsv } from './csv.js';
import { DATASET_FIELDS, DATASET_NAMES, LICENCES, type DatasetName, type FieldDoc } from './datasets.js';

type Row = Record<string, string | string[] | number | null>;

/** One dataset of one werkplaats, as every file of it says: rows, what was left out, licence, last change. */
export interface Dataset {
  name: DatasetName;
  rows: Row[];
  withheld: number;
  lastModified: Date | null;
}

/** What the open-data page lists of a dataset (`index.json`). */
export interface DatasetSummary {
  name: DatasetName;
  rowCount: number;
  withheld: number;
  lastModified: string | null;
  files: { json: string; csv: string };
  fields: FieldDoc[];
}

/** The visitor: open data is what anyone reads, read by the visitor's ladder whoever asks for it. */
const VISITOR = null;

/**
 * A werkplaats's open data: what is PUBLIC, read through the visitor's ladder of the policy (and, for outputs and
 * activities, their services' reader-aware methods with the visitor as reader), so nothing below PUBLIC can enter
 * it; lessons and insights are narrowed to PUBLIC on top. Every text passes the personal-data check again: an item
 * with unresolved findings is left out and only counted (`withheld`).
 */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly werkgebied: WerkgebiedService,
    private readonly products: ProductService,
    private readonly activities: ActivityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  workshop(slug: string): Promise<Workshop | null> {
    return this.werkgebied.bySlug(slug);
  }

  licenceOf(workshop: Workshop) {
    return { id: workshop.openDataLicence, ...LICENCES[workshop.openDataLicence] };
  }

  async dataset(workshop: Workshop, name: DatasetName): Promise<Dataset> {
    const filter = new ClimbFilter(await workshopWords(this.prisma, workshop.id));
    const read = await this.read(workshop, name, filter);
    const licence = LICENCES[workshop.openDataLicence].url;
    return {
      name,
      rows: read.rows.map((row) => ({ ...row, licence })),
      withheld: filter.withheld,
      lastModified: read.lastModified,
    };
  }

  /** The catalogue of the werkplaats's datasets (each read once, for its counts and last change). */
  async catalogue(workshop: Workshop) {
    const datasets = await Promise.all(DATASET_NAMES.map((name) => this.dataset(workshop, name)));
    const base = `/w/${workshop.slug}/open-data`;
    return {
      werkplaats: { name: workshop.name, slug: workshop.slug },
      licence: this.licenceOf(workshop),
      generatedAt: new Date().toISOString(),
      datasets: datasets.map((d): DatasetSummary => ({
        name: d.name,
        rowCount: d.rows.length,
        withheld: d.withheld,
        lastModified: d.lastModified?.toISOString() ?? null,
        files: { json: `${base}/${d.name}.json`, csv: `${base}/${d.name}.csv` },
        fields: DATASET_FIELDS[d.name],
      })),
    };
  }

  json(workshop: Workshop, dataset: Dataset): string {
    return JSON.stringify(
      {
        dataset: dataset.name,
        werkplaats: { name: workshop.name, slug: workshop.slug },
        licence: this.licenceOf(workshop),
        generatedAt: new Date().toISOString(),
        lastModified: dataset.lastModified?.toISOString() ?? null,
        withheld: dataset.withheld,
        fields: DATASET_FIELDS[dataset.name],
        rows: dataset.rows,
      },
      null,
      2,
    );
  }

  csv(dataset: Dataset): string {
    const fields = DATASET_FIELDS[dataset.name].map((f) => f.name);
    return toCsv(
      fields,
      dataset.rows.map((row) =>
        fields.map((field) => {
          const value = row[field];
          return Array.isArray(value) ? value.join(';') : value;
        }),
      ),
    );
  }

  private url(
    workshop: Workshop,
    path: string,
    type: 'Atelier' | 'Lesson' | 'Insight' | 'Activity',
    id: string,
  ) {
    return `${this.config.publicUrl}/w/${workshop.slug}/${path}/${toGlobalId(type, id)}`;
  }

  private async read(
    workshop: Workshop,
    name: DatasetName,
    filter: ClimbFilter,
  ): Promise<{ rows: Row[]; lastModified: Date | null }> {
    const inWorkshop = { atelier: { workshopId: workshop.id } };
    switch (name) {
      case 'ateliers': {
        const rows = await this.prisma.atelier.findMany({
          where: { AND: [readableAteliers(VISITOR), { workshopId: workshop.id }] },
          orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
        });
        const kept = filter.keep(rows, (a) => [{ title: a.title, body: a.description, html: false }]);
        return {
          rows: kept.map((a) => ({
            id: a.id,
            socialIssueId: a.socialIssueId,
            title: a.title,
            description: a.description,
            status: a.status,
            startedAt: iso(a.startedAt),
            closedAt: iso(a.closedAt),
            url: this.url(workshop, 'ateliers', 'Atelier', a.id),
          })),
          lastModified: latest(kept.flatMap((a) => [a.startedAt, a.closedAt])),
        };
      }
      case 'kwesties': {
        const rows = await this.prisma.socialIssue.findMany({
          where: { AND: [readableSocialIssues(VISITOR), { workshopId: workshop.id }] },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        });
        const kept = filter.keep(rows, (s) => [{ title: s.title, body: s.description, html: false }]);
        return {
          rows: kept.map((s) => ({
            id: s.id,
            title: s.title,
            description: s.description,
            status: s.status,
            since: s.since,
            createdAt: iso(s.createdAt),
            updatedAt: iso(s.updatedAt),
          })),
          lastModified: latest(kept.map((s) => s.updatedAt)),
        };
      }
      case 'lessen': {
        const rows = await this.prisma.lesson.findMany({
          where: { AND: [readableLessons(VISITOR), { visibility: Visibility.PUBLIC }, inWorkshop] },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          include: { municipality: { select: { name: true, cbsCode: true } } },
        });
        const kept = filter.keep(
          rows,
          (l) => [{ title: l.title, body: l.body, html: true }],
          (l) => l.privacyAccepted,
        );
        return {
          rows: kept.map((l) => ({
            id: l.id,
            atelierId: l.atelierId,
            title: l.title,
            body: readableText(l.body),
            conditions: l.conditions,
            level: l.level,
            domain: l.domain,
            municipality: l.municipality?.name ?? null,
            municipalityCbsCode: l.municipality?.cbsCode ?? null,
            sharedAt: iso(l.sharedAt),
            updatedAt: iso(l.updatedAt),
            url: this.url(workshop, 'lessen', 'Lesson', l.id),
          })),
          lastModified: latest(kept.map((l) => l.updatedAt)),
        };
      }
      case 'inzichten': {
        const rows = await this.prisma.insight.findMany({
          where: { AND: [readableInsights(VISITOR), { visibility: Visibility.PUBLIC }, inWorkshop] },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          include: {
            // Only the lessons behind it that are themselves open data.
            lessons: {
              where: { lesson: { AND: [readableLessons(VISITOR), { visibility: Visibility.PUBLIC }] } },
              select: {
                lessonId: true,
                lesson: { select: { title: true, body: true, privacyAccepted: true } },
              },
            },
          },
        });
        const kept = filter.keep(
          rows,
          (i) => [{ title: i.title, body: i.body, html: true }],
          (i) => i.privacyAccepted,
        );
        return {
          rows: kept.map((i) => ({
            id: i.id,
            atelierId: i.atelierId,
            title: i.title,
            body: readableText(i.body),
            conditions: i.conditions,
            // A lesson the check stops is not in `lessen`, so not named here either (and not counted twice).
            lessonIds: i.lessons
              .filter((link) =>
                filter.clean(
                  [{ title: link.lesson.title, body: link.lesson.body, html: true }],
                  link.lesson.privacyAccepted,
                ),
              )
              .map((link) => link.lessonId),
            sharedAt: iso(i.sharedAt),
            updatedAt: iso(i.updatedAt),
            url: this.url(workshop, 'inzichten', 'Insight', i.id),
          })),
          lastModified: latest(kept.map((i) => i.updatedAt)),
        };
      }
      case 'opbrengsten': {
        const loaders = new Loaders();
        const ateliers = await this.prisma.atelier.findMany({
          where: { AND: [readableAteliers(VISITOR), { workshopId: workshop.id }] },
          select: { id: true },
        });
        // One statement for all ateliers (the service's loader batches them).
        const lists = await Promise.all(
          ateliers.map(async (a) => this.products.forAtelier(loaders, VISITOR, a.id)),
        );
        const rows = lists
          .flat()
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
        const kept = filter.keep(rows, (p) => [{ title: p.title, body: p.description, html: false }]);
        return {
          rows: kept.map((p) => ({
            id: p.id,
            atelierId: p.atelierId,
            kind: p.kind,
            title: p.title,
            description: p.description,
            os: p.os,
            link: p.url,
            publishedAt: iso(p.publishedAt),
          })),
          lastModified: latest(kept.map((p) => p.publishedAt ?? p.createdAt)),
        };
      }
      case 'activiteiten': {
        const loaders = new Loaders();
        const ateliers = await this.prisma.atelier.findMany({
          where: { AND: [readableAteliers(VISITOR), { workshopId: workshop.id }] },
          select: { id: true },
        });
        const [lists, wide] = await Promise.all([
          Promise.all(ateliers.map(async (a) => this.activities.forAtelier(loaders, VISITOR, a.id, null))),
          // The werkplaats's own activities, as far as the visitor reads them: those made public.
          this.prisma.activity.findMany({
            where: { AND: [readableActivities(VISITOR), { workshopId: workshop.id }] },
          }),
        ]);
        const rows = [...lists.flat(), ...wide]
          .filter((a) => a.cancelledAt === null)
          .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
        const kept = filter.keep(rows, (a) => [
          { title: a.title, body: a.description, html: false },
          ...(a.outcome ? [{ body: a.outcome, html: false }] : []),
        ]);
        const ids = kept.map((a) => a.id);
        // Only PUBLIC lessons and insights are named: the visitor's ladder, narrowed to PUBLIC as in their datasets.
        const [lessonLinks, insightLinks] = await Promise.all([
          this.prisma.activityLesson.findMany({
            where: {
              activityId: { in: ids },
              lesson: { AND: [readableLessons(VISITOR), { visibility: Visibility.PUBLIC }] },
            },
            select: { activityId: true, lessonId: true },
            orderBy: [{ createdAt: 'asc' }, { lessonId: 'asc' }],
          }),
          this.prisma.activityInsight.findMany({
            where: {
              activityId: { in: ids },
              insight: { AND: [readableInsights(VISITOR), { visibility: Visibility.PUBLIC }] },
            },
            select: { activityId: true, insightId: true },
            orderBy: [{ createdAt: 'asc' }, { insightId: 'asc' }],
          }),
        ]);
        return {
          rows: kept.map((a) => ({
            id: a.id,
            atelierId: a.atelierId,
            scope: a.atelierId ? 'ATELIER' : 'WERKPLAATS',
            kind: a.kind,
            title: a.title,
            description: a.description,
            startsAt: iso(a.startsAt),
            endsAt: iso(a.endsAt),
            location: a.location,
            lessonIds: lessonLinks.filter((l) => l.activityId === a.id).map((l) => l.lessonId),
            insightIds: insightLinks.filter((l) => l.activityId === a.id).map((l) => l.insightId),
            outcome: a.outcome,
            attendeeCount: a.attendeeCount,
            url: this.url(workshop, 'activiteiten', 'Activity', a.id),
          })),
          lastModified: latest(kept.map((a) => a.updatedAt)),
        };
      }
    }
  }
}

function iso(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

function latest(dates: (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((max, d) => (d && (!max || d > max) ? d : max), null);
}
