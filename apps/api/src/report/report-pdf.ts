import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { ReportData } from './report-data.service.js';
import {
  lessonsByCondition,
  lessonsByMunicipality,
  organisationName,
  reportFacts,
  spreadCharts,
} from './report-sections.js';
import type { ReportTexts } from './report-text.js';
import { woffToSfnt } from './woff.js';

const require = createRequire(import.meta.url);

/**
 * Noto Sans from npm (@fontsource/noto-sans), embedded and subset by pdfkit: every character of Dutch (ë, é, ï, …)
 * prints as written, which the PDF standard fonts' WinAnsi encoding does not promise for all text people type.
 * Read and unwrapped from WOFF once per process (woff.ts), not per report.
 */
const font = (file: string) =>
  woffToSfnt(readFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`)));
const FONTS = {
  regular: font('noto-sans-latin-400-normal.woff'),
  bold: font('noto-sans-latin-700-normal.woff'),
  italic: font('noto-sans-latin-400-italic.woff'),
};

const INK = '#000000';
const MUTED = '#444444';
const BAR = '#1d4f73';
const MARGIN = 56;

/** The atelier report as a PDF (A4), in the language of `x`: the same content as the Markdown form. */
export function reportPdf(data: ReportData, x: ReportTexts): Promise<Buffer> {
  const title = x.t('report.title', { title: data.atelier.title });
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: x.locale === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: { Title: title, Author: data.workshop.name, Subject: data.kwestie.title, Creator: 'Werkplaats' },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  doc.registerFont('italic', FONTS.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN;
  /** Starts a new page when `height` does not fit on this one: a block is never cut. */
  const keep = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const text = (
    value: string,
    size = 10.5,
    font = 'regular',
    color = INK,
    options: PDFKit.Mixins.TextOptions = {},
  ) => {
    doc.font(font).fontSize(size).fillColor(color);
    keep(doc.heightOfString(value, { width, ...options }));
    doc.text(value, { width, ...options });
  };
  const heading = (value: string, size: number) => {
    doc.moveDown(0.6);
    // A heading stays with at least two lines of what follows it.
    keep(size * 1.4 + 30);
    text(value, size, 'bold');
    doc.moveDown(0.3);
  };
  const bullet = (value: string, indent = 0) => {
    doc.font('regular').fontSize(10.5).fillColor(INK);
    const options = { width: width - indent - 12 };
    keep(doc.heightOfString(value, options));
    const y = doc.y;
    doc.text('•', MARGIN + indent, y);
    doc.text(value, MARGIN + indent + 12, y, options);
    doc.x = MARGIN;
  };

  text(title, 20, 'bold');
  doc.moveDown(0.5);
  for (const [name, value] of reportFacts(data, x)) {
    doc.font('bold').fontSize(10).fillColor(MUTED).text(`${name}: `, { continued: true });
    doc.font('regular').fillColor(INK).text(value);
  }
  if (data.withheld > 0) {
    doc.moveDown(0.5);
    text(x.t('report.withheld', { count: data.withheld }), 10.5, 'italic');
  }
  if (data.atelier.description) {
    doc.moveDown(0.5);
    text(data.atelier.description);
  }
  if (data.kwestie.description) {
    heading(`${x.t('report.kwestie')}: ${data.kwestie.title}`, 15);
    text(data.kwestie.description);
  }

  heading(x.t('report.questions'), 15);
  if (data.questions.length === 0) text(x.t('report.noQuestions'), 10.5, 'italic', MUTED);
  for (const question of data.questions)
    bullet(question.body ? `${question.title}: ${question.body}` : question.title);

  heading(x.t('report.insights'), 15);
  if (data.insights.length === 0) text(x.t('report.noInsights'), 10.5, 'italic', MUTED);
  for (const insight of data.insights) {
    heading(insight.title, 12.5);
    if (insight.conditions.length)
      text(insight.conditions.map((c) => x.label('condition', c)).join(' · '), 9.5, 'italic', MUTED);
    text(insight.body);
    doc.moveDown(0.3);
    text(x.t('report.lessonsByCondition'), 10.5, 'bold');
    if (insight.lessons.length === 0) text(x.t('report.noLessons'), 10.5, 'italic', MUTED);
    for (const group of lessonsByCondition(insight)) {
      bullet(x.label('condition', group.condition));
      for (const lesson of group.lessons)
        bullet(`${lesson.title} (${lesson.municipality ?? x.t('report.noMunicipality')})`, 14);
    }
    if (insight.lessons.length) {
      doc.moveDown(0.3);
      text(x.t('report.lessonsByMunicipality'), 10.5, 'bold');
      for (const bucket of lessonsByMunicipality(insight))
        bullet(
          `${bucket.key ?? x.t('report.noMunicipality')}: ${x.t('report.lessonCount', { count: bucket.count })}`,
        );
    }
  }

  heading(x.t('report.outputs'), 15);
  if (data.outputs.length === 0) text(x.t('report.noOutputs'), 10.5, 'italic', MUTED);
  for (const output of data.outputs) {
    const when = output.date ? ` (${x.date(output.date)})` : '';
    bullet(`${x.label('productKind', output.kind)}: ${output.title}${when}`);
    if (output.description) text(output.description, 10, 'regular', MUTED, { indent: 12 });
    if (output.url) text(output.url, 9.5, 'regular', BAR, { link: output.url, underline: true, indent: 12 });
  }

  heading(x.t('report.activities'), 15);
  if (data.activities.length === 0) text(x.t('report.noActivities'), 10.5, 'italic', MUTED);
  for (const activity of data.activities) {
    const where = activity.location ? `, ${activity.location}` : '';
    bullet(
      `${x.date(activity.startsAt)}: ${activity.title} (${x.label('activityKind', activity.kind)}${where}; ${x.t('report.registrations', { count: activity.registrations })}${activity.attendeeCount !== null ? `; ${x.t('report.attendees', { count: activity.attendeeCount })}` : ''})`,
    );
    if (activity.outcome) text(x.t('report.outcome', { outcome: activity.outcome }), 10, 'regular', MUTED);
  }

  heading(x.t('report.participants'), 15);
  if (data.participants === null) text(x.t('report.noParticipants'), 10.5, 'italic', MUTED);
  else
    table(
      [x.t('report.category'), x.t('report.arenaCount'), x.t('report.tribuneCount'), x.t('report.named')],
      data.participants.map((org) => [
        organisationName(org.name, x),
        String(org.arena),
        String(org.tribune),
        org.named.join(', '),
      ]),
      [0.36, 0.12, 0.12, 0.4],
    );

  heading(x.t('report.spread'), 15);
  text(x.t('report.spreadIntro'), 10, 'regular', MUTED);
  for (const chart of spreadCharts(data, x)) {
    heading(chart.title, 12.5);
    if (chart.bars.length === 0) {
      text(x.t('report.noLessons'), 10.5, 'italic', MUTED);
      continue;
    }
    barChart(chart.bars);
    doc.moveDown(0.4);
    table(
      [x.t('report.category'), x.t('report.count')],
      chart.bars.map((b) => [b.label, String(b.count)]),
      [0.7, 0.3],
    );
  }

  // Page numbers, once every page exists.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Written in the bottom margin: without lowering it, pdfkit would start a new page for the line.
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8.5).fillColor(MUTED);
    doc.text(
      `${data.atelier.title} · ${x.t('report.page', { page: i + 1 })}`,
      MARGIN,
      doc.page.height - MARGIN + 18,
      {
        width,
        align: 'center',
        lineBreak: false,
      },
    );
  }
  doc.end();
  return done;

  /** Horizontal bars, one row per category: its name, the bar and the figure (kept on one page). */
  function barChart(bars: { label: string; count: number }[]) {
    const row = 16;
    const labelWidth = width * 0.38;
    const barSpace = width * 0.5;
    const max = Math.max(...bars.map((b) => b.count));
    keep(bars.length * row + 4);
    let y = doc.y;
    for (const b of bars) {
      doc.font('regular').fontSize(9.5).fillColor(INK);
      doc.text(b.label, MARGIN, y + 2, { width: labelWidth - 8, lineBreak: false, ellipsis: true });
      const length = Math.max(2, (b.count / Math.max(1, max)) * barSpace);
      doc.rect(MARGIN + labelWidth, y + 2, length, row - 5).fill(BAR);
      doc.fillColor(INK).text(String(b.count), MARGIN + labelWidth + length + 6, y + 2, { lineBreak: false });
      y += row;
    }
    doc.x = MARGIN;
    doc.y = y;
  }

  /** A simple table with a bold header row and a rule under it; rows are never split over pages. */
  function table(header: string[], rows: string[][], shares: number[]) {
    const columns = shares.map((s) => s * width);
    const drawRow = (cells: string[], font: string) => {
      doc.font(font).fontSize(9.5).fillColor(INK);
      const height =
        Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: columns[i]! - 6 }))) + 4;
      if (doc.y + height > bottom()) doc.addPage();
      const y = doc.y;
      let left = MARGIN;
      cells.forEach((cell, i) => {
        doc.text(cell, left, y + 2, { width: columns[i]! - 6 });
        left += columns[i]!;
      });
      doc.x = MARGIN;
      doc.y = y + height;
    };
    keep(40);
    drawRow(header, 'bold');
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .lineWidth(0.5)
      .strokeColor(MUTED)
      .stroke();
    for (const row of rows) drawRow(row, 'regular');
  }
}
