import { Injectable } from '@nestjs/common';
import type { Locale } from '@werkplaats/i18n';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { WerkgebiedService } from '../werkgebied/werkgebied.service.js';
import { ReportDataService } from './report-data.service.js';
import { reportMarkdown } from './report-markdown.js';
import { reportPdf } from './report-pdf.js';
import { reportTexts } from './report-text.js';

export type ReportFormat = 'pdf' | 'md';

export interface ReportFile {
  body: Buffer | string;
  contentType: string;
  fileName: string;
}

/** An atelier's report as a file, for its reader: gathered once (ReportDataService), then written as PDF or Markdown. */
@Injectable()
export class ReportService {
  constructor(
    private readonly data: ReportDataService,
    private readonly werkgebied: WerkgebiedService,
  ) {}

  /** Null when the werkplaats or the atelier (in it) does not exist: the caller answers 404. */
  async file(
    viewer: MaybeViewer,
    workshopSlug: string,
    atelierId: string,
    format: ReportFormat,
    locale: Locale,
  ): Promise<ReportFile | null> {
    const workshop = await this.werkgebied.bySlug(workshopSlug);
    if (!workshop) return null;
    const data = await this.data.gather(viewer, workshop.id, atelierId);
    if (!data) return null;
    const texts = reportTexts(locale);
    const name = `${locale === 'en' ? 'report' : 'verslag'}-${fileSlug(data.atelier.title)}`;
    return format === 'pdf'
      ? { body: await reportPdf(data, texts), contentType: 'application/pdf', fileName: `${name}.pdf` }
      : {
          body: reportMarkdown(data, texts),
          contentType: 'text/markdown; charset=utf-8',
          fileName: `${name}.md`,
        };
  }
}

/** A file name from a title: lower-case ASCII letters, digits and hyphens only (safe in any header and system). */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'atelier';
}
