import type { Bucket, ReportData, ReportInsight, ReportLesson } from './report-data.service.js';
import type { ReportTexts } from './report-text.js';

/**
 * What both forms of a report (Markdown, PDF) say, worked out once: the labels in the report's language and the
 * groupings, so the two files never differ in content, only in form.
 */

/** An insight's lessons under each condition they speak to (a lesson under each of its conditions). */
export function lessonsByCondition(insight: ReportInsight): { condition: string; lessons: ReportLesson[] }[] {
  const groups = new Map<string, ReportLesson[]>();
  for (const lesson of insight.lessons)
    for (const condition of lesson.conditions)
      groups.set(condition, [...(groups.get(condition) ?? []), lesson]);
  return [...groups].map(([condition, lessons]) => ({ condition, lessons }));
}

/** An insight's lessons counted per gemeente. */
export function lessonsByMunicipality(insight: ReportInsight): Bucket[] {
  const counts = new Map<string | null, number>();
  for (const lesson of insight.lessons)
    counts.set(lesson.municipality, (counts.get(lesson.municipality) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** The four spread charts with their titles and bar labels. */
export function spreadCharts(
  data: ReportData,
  x: ReportTexts,
): { title: string; bars: { label: string; count: number }[] }[] {
  const named = (prefix: string) => (b: Bucket) => ({
    label: b.key === null ? x.t('report.noMunicipality') : prefix ? x.label(prefix, b.key) : b.key,
    count: b.count,
  });
  return [
    { title: x.t('report.spread.condition'), bars: data.spread.condition.map(named('condition')) },
    { title: x.t('report.spread.level'), bars: data.spread.level.map(named('level')) },
    { title: x.t('report.spread.domain'), bars: data.spread.domain.map(named('domain')) },
    { title: x.t('report.spread.municipality'), bars: data.spread.municipality.map(named('')) },
  ];
}

/** The lines under the title: werkplaats, kwestie, trekker, dates, and for whom it was made. */
export function reportFacts(data: ReportData, x: ReportTexts): [string, string][] {
  return [
    [x.t('report.werkplaats'), data.workshop.name],
    [x.t('report.kwestie'), data.kwestie.title],
    [x.t('report.trekker'), data.trekker],
    [x.t('report.startedAt'), x.date(data.atelier.startedAt)],
    [x.t('report.reader'), x.t(`report.reader.${data.reader}`)],
    [x.t('report.generatedAt'), x.date(data.generatedAt)],
  ];
}

/** An organisation's row: its name (or "on their own behalf"), and who consented to be named. */
export function organisationName(name: string | null, x: ReportTexts): string {
  return name ?? x.t('report.noOrganisation');
}
