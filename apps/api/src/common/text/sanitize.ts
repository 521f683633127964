import sanitizeHtml from 'sanitize-html';

/**
 * Rich text as the editor sends it, reduced to a small, safe subset: structure and emphasis, links
 * that open elsewhere safely, nothing that runs or styles. Stored sanitized; rendered as is.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'ul',
    'ol',
    'li',
    'blockquote',
    'h3',
    'h4',
    'a',
    'code',
    'pre',
  ],
  // rel and target are set by the transform below, never taken from the input.
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
  disallowedTagsMode: 'discard',
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The readable text of rich text, for length checks and search. */
export function plainText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}

/**
 * The first words of rich text as plain text, at most `max` characters: cut at the last word boundary
 * before the limit with "…", so a list shows whole words (a single overlong word is cut where it must be).
 */
export function excerpt(html: string, max = 200): string {
  return cutAtWord(readableText(html), max);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Stored (sanitised) rich text as the text a reader sees: tags become spaces, so paragraphs and list items
 * don't run into each other, and entities are decoded, because the result is shown as text, never as HTML.
 */
export function readableText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Plain text cut at the last word boundary before `max` characters, with "…" when anything was cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max); // room for the ellipsis: the cut drops at least the partial last word
  const boundary = head.search(/\s\S*$/);
  const cut = boundary > max / 2 ? head.slice(0, boundary) : head.slice(0, max - 1);
  return `${cut.replace(/[\s,;:.!?–-]+$/u, '')}…`;
}

/** Text as HTML text: the characters that could open markup or an entity, escaped. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Plain text as rich text, shown as it was written: escaped, paragraphs at blank lines, a single line break as
 * <br>. The migration that turned the stored plain reactions into HTML (20261207090000_reaction_rich_text) does
 * the same in SQL, so old and new texts read alike.
 */
export function textToHtml(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (normalised === '') return '';
  return normalised
    .split(/\n[ \t]*\n[ \t\n]*/)
    .map((paragraph) => `<p>${escapeText(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Elements a text may hold as markup: what the editor writes and what pasted or crafted HTML would bring. */
const HTML_ELEMENTS = new Set([
  ...(OPTIONS.allowedTags as string[]),
  ...'html head body div span img script style iframe object embed svg math table thead tbody tr td th h1 h2 h5 h6 hr font form input button textarea select option link meta base title sub sup del ins mark small section article figure figcaption details summary video audio source picture noscript template'.split(
    ' ',
  ),
]);

/**
 * Whether a text holds markup: a tag of an HTML element (<p>, </strong>, <img …>). "a < b", "x<3" and "<ok>" do not:
 * such a text is plain text.
 */
export function looksLikeHtml(text: string): boolean {
  for (const [, name] of text.matchAll(/<\/?([a-z][a-z0-9]*)(?:\s[^<>]*)?\/?>/gi))
    if (HTML_ELEMENTS.has(name!.toLowerCase())) return true;
  return false;
}

/**
 * A body as a client sends it, as stored: rich text (HTML from the editor) sanitised as a lesson's body; a text
 * without tags (older clients, API users) taken as plain text and escaped, so "a < b & c" stays what was written.
 */
export function richOrPlainText(input: string): string {
  return sanitizeRichText(looksLikeHtml(input) ? input : textToHtml(input));
}
