import type { ReportData } from './report-data.service.js';
import {
  lessonsByCondition,
  lessonsByMunicipality,
  organisationName,
  reportFacts,
  spreadCharts,
} from './report-sections.js';
import type { ReportTexts } from './report-text.js';

/** Text from people, made inert in Markdown: no heading, list, link, table cell or HTML of its own. */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]{}<>#|~!])/g, '\\$1')
    .replace(/^([-+]|\d+\.)(\s)/, '\\$1$2');
}

/** A bar of `count` out of `max` in characters, beside the figure in a table (the chart in plain text). */
function bar(count: number, max: number): string {
  return '█'.repeat(Math.max(1, Math.round((count / Math.max(1, max)) * 20)));
}

/** The atelier report as Markdown (CommonMark with GFM tables), in the language of `x`. */
export function reportMarkdown(data: ReportData, x: ReportTexts): string {
  const out: string[] = [];
  const line = (text = '') => out.push(text);

  line(`# ${mdText(x.t('report.title', { title: data.atelier.title }))}`);
  line();
  for (const [name, value] of reportFacts(data, x)) line(`- **${mdText(name)}:** ${mdText(value)}`);
  line();
  if (data.withheld > 0) {
    line(`> ${mdText(x.t('report.withheld', { count: data.withheld }))}`);
    line();
  }
  if (data.atelier.description) {
    line(mdText(data.atelier.description));
    line();
  }
  if (data.kwestie.description) {
    line(`## ${mdText(x.t('report.kwestie'))}: ${mdText(data.kwestie.title)}`);
    line();
    line(mdText(data.kwestie.description));
    line();
  }

  line(`## ${mdText(x.t('report.questions'))}`);
  line();
  if (data.questions.length === 0) line(mdText(x.t('report.noQuestions')));
  for (const question of data.questions) {
    line(`- **${mdText(question.title)}**${question.body ? `: ${mdText(question.body)}` : ''}`);
  }
  line();

  line(`## ${mdText(x.t('report.insights'))}`);
  line();
  if (data.insights.length === 0) {
    line(mdText(x.t('report.noInsights')));
    line();
  }
  for (const insight of data.insights) {
    line(`### ${mdText(insight.title)}`);
    line();
    if (insight.conditions.length)
      line(`_${insight.conditions.map((c) => mdText(x.label('condition', c))).join(' · ')}_`);
    line();
    line(mdText(insight.body));
    line();
    line(`#### ${mdText(x.t('report.lessonsByCondition'))}`);
    line();
    if (insight.lessons.length === 0) line(mdText(x.t('report.noLessons')));
    for (const group of lessonsByCondition(insight)) {
      line(`- **${mdText(x.label('condition', group.condition))}**`);
      for (const lesson of group.lessons)
        line(`  - ${mdText(lesson.title)} (${mdText(lesson.municipality ?? x.t('report.noMunicipality'))})`);
    }
    line();
    if (insight.lessons.length) {
      line(`#### ${mdText(x.t('report.lessonsByMunicipality'))}`);
      line();
      for (const bucket of lessonsByMunicipality(insight))
        line(
          `- ${mdText(bucket.key ?? x.t('report.noMunicipality'))}: ${mdText(x.t('report.lessonCount', { count: bucket.count }))}`,
        );
      line();
    }
  }

  line(`## ${mdText(x.t('report.outputs'))}`);
  line();
  if (data.outputs.length === 0) line(mdText(x.t('report.noOutputs')));
  for (const output of data.outputs) {
    const when = output.date ? ` (${x.date(output.date)})` : '';
    const link = output.url ? ` <${output.url.replace(/[<>\s]/g, encodeURIComponent)}>` : '';
    line(`- **${mdText(x.label('productKind', output.kind))}:** ${mdText(output.title)}${when}${link}`);
    if (output.description) line(`  ${mdText(output.description)}`);
  }
  line();

  line(`## ${mdText(x.t('report.activities'))}`);
  line();
  if (data.activities.length === 0) line(mdText(x.t('report.noActivities')));
  for (const activity of data.activities) {
    const where = activity.location ? `, ${mdText(activity.location)}` : '';
    line(
      `- ${x.date(activity.startsAt)}: **${mdText(activity.title)}** (${mdText(x.label('activityKind', activity.kind))}${where}; ${mdText(x.t('report.registrations', { count: activity.registrations }))}${activity.attendeeCount !== null ? `; ${mdText(x.t('report.attendees', { count: activity.attendeeCount }))}` : ''})`,
    );
    if (activity.outcome) line(`  ${mdText(x.t('report.outcome', { outcome: activity.outcome }))}`);
  }
  line();

  line(`## ${mdText(x.t('report.participants'))}`);
  line();
  if (data.participants === null) line(mdText(x.t('report.noParticipants')));
  else {
    line(
      `| ${mdText(x.t('report.category'))} | ${mdText(x.t('report.arenaCount'))} | ${mdText(x.t('report.tribuneCount'))} | ${mdText(x.t('report.named'))} |`,
    );
    line('| --- | ---: | ---: | --- |');
    for (const org of data.participants)
      line(
        `| ${mdText(organisationName(org.name, x))} | ${org.arena} | ${org.tribune} | ${org.named.map(mdText).join(', ')} |`,
      );
  }
  line();

  line(`## ${mdText(x.t('report.spread'))}`);
  line();
  line(mdText(x.t('report.spreadIntro')));
  line();
  for (const chart of spreadCharts(data, x)) {
    line(`### ${mdText(chart.title)}`);
    line();
    if (chart.bars.length === 0) {
      line(mdText(x.t('report.noLessons')));
      line();
      continue;
    }
    const max = Math.max(...chart.bars.map((b) => b.count));
    line(`| ${mdText(x.t('report.category'))} | ${mdText(x.t('report.count'))} | |`);
    line('| --- | ---: | --- |');
    for (const b of chart.bars) line(`| ${mdText(b.label)} | ${b.count} | ${bar(b.count, max)} |`);
    line();
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
