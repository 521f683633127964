/** The languages mail is written in: Dutch first, English for those who chose it. */
export const MAIL_LOCALES = ['nl', 'en'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

export function mailLocale(locale: string | null | undefined): MailLocale {
  return locale === 'en' ? 'en' : 'nl';
}

export interface MailContent {
  locale: MailLocale;
  subject: string;
  /** The first line people see, also in the inbox's preview. */
  heading: string;
  /** Paragraphs of plain text (escaped for HTML here). */
  paragraphs: string[];
  /** The one thing to do, as a button and as the address written out (some clients hide buttons). */
  action?: { label: string; url: string };
  /** A list of things, each a title linked to its page and a line (a summary's notifications). */
  items?: MailItem[];
  /** Items under headings (a digest's four conditions), after `items`. */
  sections?: { heading: string; items: MailItem[] }[];
  /** Paragraphs after the action, e.g. what to do when the mail was not expected. */
  after?: string[];
  /** Who sends it and why the reader gets it. */
  footer: string;
  /** A link that turns off what brought this mail (unsubscribe.ts), shown under the footer. */
  unsubscribe?: { label: string; url: string };
}

export interface MailItem {
  title: string;
  text: string;
  url: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => escapes[c]!);
}

// Contrast on white (WCAG AA asks 4.5:1): the text 17:1, the button white on blue 8:1, the footer grey 8.7:1.
const TEXT = '#1a1a1a';
const MUTED = '#4a4a4a';
const BUTTON = '#1d4f91';
const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif";

/**
 * One mail as HTML and plain text: one column without tables, inline styles only (what mail clients keep), real
 * text at 16 px, a button with the address written out beside it. Readable on a phone and in Outlook, which
 * ignores max-width and shows the column at full width.
 */
export function renderMail(content: MailContent): RenderedMail {
  const paragraph = (text: string) =>
    `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;color:${TEXT}">${escapeHtml(text)}</p>`;
  // Under a section's h2 its items are h3, so that a screen reader's outline follows the mail.
  const itemHtml = (item: MailItem, level: 'h2' | 'h3') =>
    `<${level} style="margin:24px 0 4px;font-size:18px;line-height:1.3"><a href="${escapeHtml(item.url)}" style="color:${BUTTON}">${escapeHtml(item.title)}</a></${level}>` +
    (item.text ? paragraph(item.text) : '');
  const sections = (content.sections ?? []).flatMap((section) => [
    `<h2 style="margin:32px 0 0;font-size:20px;line-height:1.3;color:${TEXT}">${escapeHtml(section.heading)}</h2>`,
    ...section.items.map((item) => itemHtml(item, 'h3')),
  ]);
  const parts = [
    `<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:${TEXT}">${escapeHtml(content.heading)}</h1>`,
    ...content.paragraphs.map(paragraph),
    ...(content.items ?? []).map((item) => itemHtml(item, 'h2')),
    ...sections,
  ];
  if (content.action) {
    const url = escapeHtml(content.action.url);
    parts.push(
      `<p style="margin:24px 0"><a href="${url}" style="display:inline-block;padding:12px 20px;background:${BUTTON};color:#ffffff;font-size:16px;font-weight:bold;text-decoration:none;border-radius:6px">${escapeHtml(content.action.label)}</a></p>`,
      `<p style="margin:0 0 16px;font-size:14px;line-height:1.5;color:${MUTED};word-break:break-all"><a href="${url}" style="color:${BUTTON}">${url}</a></p>`,
    );
  }
  parts.push(...(content.after ?? []).map(paragraph));
  const html = [
    '<!doctype html>',
    `<html lang="${content.locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#ffffff">`,
    `<div style="max-width:560px;margin:0 auto;padding:24px 16px;${FONT}">`,
    ...parts,
    `<hr style="border:0;border-top:1px solid #cccccc;margin:24px 0">`,
    `<p style="margin:0;font-size:14px;line-height:1.5;color:${MUTED}">${escapeHtml(content.footer)}</p>`,
    ...(content.unsubscribe
      ? [
          `<p style="margin:8px 0 0;font-size:14px;line-height:1.5;color:${MUTED}"><a href="${escapeHtml(content.unsubscribe.url)}" style="color:${BUTTON}">${escapeHtml(content.unsubscribe.label)}</a></p>`,
        ]
      : []),
    '</div></body></html>',
  ].join('\n');

  const textItem = (item: MailItem) => [item.title, ...(item.text ? [item.text] : []), item.url, ''];
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.items ?? []).flatMap(textItem),
    ...(content.sections ?? []).flatMap((section) => [
      section.heading.toUpperCase(),
      '',
      ...section.items.flatMap(textItem),
    ]),
    ...(content.action ? [`${content.action.label}:`, content.action.url, ''] : []),
    ...(content.after ?? []).flatMap((p) => [p, '']),
    '-- ',
    content.footer,
    ...(content.unsubscribe ? [`${content.unsubscribe.label}: ${content.unsubscribe.url}`] : []),
    '',
  ].join('\n');
  return { subject: content.subject, html, text };
}
