// Plain text and the editor's HTML, for the plain field that stands in while the editor loads.

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Lines of plain text as the editor's paragraphs; nothing but white space is an empty text. */
export function htmlOf(text: string): string {
  if (text.trim() === '') return '';
  return text
    .split('\n')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('');
}

/** The editor's HTML as plain text: a line per paragraph, marks and tags left out. */
export function textOf(html: string): string {
  if (/^(?:<p>[^<]*<\/p>)+$/.test(html)) return html.slice(3, -4).split('</p><p>').map(decode).join('\n');
  return decode(html.replace(/<\/(?:p|li)>/g, '\n').replace(/<[^>]*>/g, '')).trim();
}

/** Whether the plain field can edit this text without dropping anything (no marks, lists or other markup). */
export function isPlain(html: string): boolean {
  return html === '' || htmlOf(textOf(html)) === html;
}
