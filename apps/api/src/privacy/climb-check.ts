import {
  findPersonalData,
  pseudonymise,
  type AcceptedText,
  type Choice,
  type Finding,
  type FindingKind,
} from '@werkplaats/privacy-check';
import { AppError, BadInputError, ErrorCode } from '../common/graphql/app-error.js';
import type { Loaded, Loaders } from '../common/graphql/loaders.js';
import type { Tx } from '../common/prisma/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';

/**
 * The one place that decides whether a text may climb above PRACTICE: every path that raises visibility (a
 * lesson logged into or lifted to the arena and beyond, an insight composed or lifted, a reaction on them) calls
 * `requireNoPersonalData` with the text it is about to show wider, and `resolvePersonalData` when the author (or
 * the trekker moving it) pseudonymises or confirms findings. The rules themselves live in @werkplaats/privacy-check,
 * which the browser uses too, so hints while typing and the server's refusal agree.
 */

/** A text that may climb: a title (plain) and a body (sanitized HTML for lessons, insights and reactions). */
export interface ClimbText {
  title?: string;
  body: string;
  html: boolean;
}

/** A resolved finding as stored with the text: the package's AcceptedText plus who resolved it and when. */
export interface AcceptedRecord extends AcceptedText {
  byId: string;
  at: string;
}

/** A finding as the client sees it: offsets into the field it names, as stored (HTML for a rich body). */
export interface ClimbFinding {
  id: string;
  kind: FindingKind;
  field: 'title' | 'body';
  start: number;
  end: number;
  text: string;
  suggestion: string;
}

// Between title and body: no finding spans it and it cannot come from the editor (sanitized HTML has no NUL).
const SEPARATOR = '\n\u0000\n';
const SEPARATOR_SEEN = '\n\n\n';

/**
 * The text the rules read, with the same length as the stored text so a finding's offsets point into what is
 * stored: tags become spaces, an entity becomes its character padded with spaces.
 */
export function readable(text: ClimbText): string {
  const body = text.html
    ? text.body
        .replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length))
        .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity) => decodeEntity(entity).padEnd(entity.length, ' '))
    : text.body;
  return text.title === undefined ? body : text.title.replace(/\n/g, ' ') + SEPARATOR_SEEN + body;
}

function stored(text: ClimbText): string {
  return text.title === undefined ? text.body : text.title + SEPARATOR + text.body;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1);
  if (name.startsWith('#x') || name.startsWith('#X'))
    return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return NAMED[name.toLowerCase()] ?? ' ';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The stand-in (already safe HTML) in the place of a mention that may span tags ("Mevrouw <strong>Jansen</strong>"):
 * the stand-in takes the first run of text, the other runs are emptied and every tag stays, so the markup is as
 * valid as it was. Shared by the author's resolve and the erasure of an account.
 */
export function keepingTags(original: string, safeStandIn: string): string {
  let placed = false;
  return original
    .split(/(<[^>]*>)/)
    .map((piece) => {
      if (piece.startsWith('<') || piece === '') return piece;
      if (placed) return '';
      placed = true;
      return safeStandIn;
    })
    .join('');
}

/** What was stored as accepted, read back defensively (a JSON column). */
export function acceptedOf(json: unknown): AcceptedRecord[] {
  return Array.isArray(json) ? (json as AcceptedRecord[]) : [];
}

/** The werkplaats's own words (Workshop.privacyWords) for the check. */
export async function workshopWords(db: Pick<Tx, 'workshop'>, workshopId: string): Promise<string[]> {
  const workshop = await db.workshop.findUnique({
    where: { id: workshopId },
    select: { privacyWords: true },
  });
  return workshop?.privacyWords ?? [];
}

/** workshopWords as a column of a statement over `"Atelier" a`: the words of the atelier's werkplaats. */
export function workshopWordsSql(): Prisma.Sql {
  return Prisma.sql`(SELECT w."privacyWords" FROM "Workshop" w WHERE w.id = a."workshopId")`;
}

/** A werkplaats's own words for the check, batched per request (for the findings of many texts in one page). */
export function privacyWordsOf(
  loaders: Loaders,
  db: Pick<Tx, 'workshop'>,
  workshopId: string,
): Loaded<string[]> {
  return loaders
    .get<string, string[]>('workshop.privacyWords', async (ids) => {
      const rows = await db.workshop.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, privacyWords: true },
      });
      return ids.map((id) => rows.find((r) => r.id === id)?.privacyWords ?? []);
    })
    .value(workshopId);
}

/** The findings in a text that nobody resolved yet. */
export function climbFindings(
  text: ClimbText,
  words: readonly string[],
  accepted: readonly AcceptedText[],
): ClimbFinding[] {
  const titleEnd = text.title === undefined ? -1 : text.title.length;
  const bodyStart = text.title === undefined ? 0 : titleEnd + SEPARATOR.length;
  return findPersonalData(readable(text), { extraWords: words, accepted }).map((f: Finding) => {
    const inTitle = text.title !== undefined && f.start < titleEnd;
    const offset = inTitle ? 0 : bodyStart;
    return {
      id: f.id,
      kind: f.kind,
      field: inTitle ? 'title' : 'body',
      start: f.start - offset,
      end: f.end - offset,
      text: f.text,
      suggestion: f.suggestion,
    };
  });
}

/**
 * PERSONAL_DATA: the climb is refused; the findings go along so the client can show them in place. A text that
 * carries others' texts (a digest and its items) names those that still hold findings: `reason: 'ITEMS'` and their
 * global ids in `items`, each resolved where it was written.
 */
export class PersonalDataError extends AppError {
  constructor(findings: ClimbFinding[], items: string[] = []) {
    super(
      findings.length > 0
        ? `The text holds ${findings.length} piece(s) of personal data; pseudonymise each or confirm why it may stay (resolvePersonalData)`
        : `${items.length} item(s) hold personal data nobody resolved; resolve it in each, or leave them out`,
      ErrorCode.PERSONAL_DATA,
      items.length > 0 ? { findings, items, reason: 'ITEMS' } : { findings },
    );
  }
}

/** Refuses a climb above PRACTICE while the text holds unresolved personal data. */
export function requireNoPersonalData(
  text: ClimbText,
  words: readonly string[],
  accepted: readonly AcceptedText[],
): void {
  const findings = climbFindings(text, words, accepted);
  if (findings.length > 0) throw new PersonalDataError(findings);
}

export interface ChoiceInput {
  findingId: string;
  action: 'PSEUDONYMISE' | 'CONFIRM';
  replacement?: string | null;
  reason?: string | null;
}

/**
 * Applies the author's choices to the findings of the text as it is now: pseudonymised findings are replaced in
 * the stored text (the same stand-in for every mention of one person), confirmed ones are kept with the reason.
 * Both are recorded with who and when, so they do not stop a climb again. A choice for a finding the text no
 * longer has (edited meanwhile) is refused rather than applied to the wrong words.
 */
export function resolvePersonalData(
  text: ClimbText,
  words: readonly string[],
  accepted: readonly AcceptedRecord[],
  choices: readonly ChoiceInput[],
  actorId: string,
  now: Date,
  /** Words in the text that are no one's personal data to check (a reaction's "@Naam" of readers it mentions). */
  exempt: readonly string[] = [],
): { title?: string; body: string; accepted: AcceptedRecord[]; unresolved: ClimbFinding[] } {
  const findings = outside(
    readable(text),
    findPersonalData(readable(text), { extraWords: words, accepted }),
    exempt,
  );
  const known = new Set(findings.map((f) => f.id));
  const byId: Record<string, Choice> = {};
  choices.forEach((c, i) => {
    if (!known.has(c.findingId)) {
      throw new BadInputError(
        `input.choices.${i}.findingId`,
        'This finding is not in the text as it is now; check it again',
        'unknown',
      );
    }
    if (c.action === 'CONFIRM') {
      const reason = (c.reason ?? '').trim();
      if (reason === '')
        throw new BadInputError(`input.choices.${i}.reason`, 'Say why it may stay', 'required');
      byId[c.findingId] = { action: 'CONFIRM', reason: reason.slice(0, 500) };
    } else {
      const replacement = c.replacement?.trim();
      byId[c.findingId] = {
        action: 'PSEUDONYMISE',
        ...(replacement ? { replacement: text.html ? escapeHtml(replacement) : replacement } : {}),
      };
    }
  });
  // In a rich body a finding may span tags: they are kept, or the stored HTML would break.
  const bodyStart = text.title === undefined ? 0 : text.title.length + SEPARATOR.length;
  const result = pseudonymise(stored(text), findings, byId, (original, standIn, f) =>
    text.html && f.start >= bodyStart ? keepingTags(original, standIn) : standIn,
  );
  const at = now.toISOString();
  const records = [...accepted];
  for (const a of result.accepted) {
    if (!records.some((r) => r.kind === a.kind && r.text === a.text))
      records.push({ ...a, byId: actorId, at });
  }
  const sep = result.text.indexOf(SEPARATOR);
  const title = text.title === undefined ? undefined : result.text.slice(0, sep);
  const body = text.title === undefined ? result.text : result.text.slice(sep + SEPARATOR.length);
  const next = { ...text, title, body };
  return {
    ...(title === undefined ? {} : { title }),
    body,
    accepted: records,
    unresolved: outside(readable(next), climbFindings(next, words, records), exempt),
  };
}

/** The findings that do not lie within one of the `exempt` words where they stand in `text`. */
function outside<F extends { start: number; end: number }>(
  text: string,
  findings: F[],
  exempt: readonly string[],
): F[] {
  if (exempt.length === 0) return findings;
  const spans: { start: number; end: number }[] = [];
  for (const word of exempt) {
    if (word === '') continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length))
      spans.push({ start: at, end: at + word.length });
  }
  return findings.filter((f) => !spans.some((span) => f.start >= span.start && f.end <= span.end));
}

/** What an audit row says of a resolve: how many findings were pseudonymised and how many confirmed, never the words. */
export function choiceCounts(choices: readonly ChoiceInput[]): { pseudonymised: number; confirmed: number } {
  const confirmed = choices.filter((c) => c.action === 'CONFIRM').length;
  return { pseudonymised: choices.length - confirmed, confirmed };
}
