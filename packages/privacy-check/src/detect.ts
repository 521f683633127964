import { AMBIGUOUS_NAMES, firstNames } from './first-names.js';
import {
  COUNTED,
  DEBT_TERMS,
  HEALTH_TERMS,
  MONTHS,
  NOT_NAME_PARTS,
  ORGANISATION_WORDS,
  PARTICLES,
  PERSON_CONTEXT,
  PERSON_NOUNS,
  PLACE_ENDINGS,
  ROLE_MAILBOXES,
  SOFT_TITLES,
  TITLES,
  WIDE_PLACES,
} from './lexicon.js';
import type { AcceptedText, CheckOptions, Finding, FindingKind } from './types.js';
import { isValidBsn } from './bsn.js';

type Draft = Omit<Finding, 'id'>;

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A single capital followed by a full stop ("J."), end includes the stop. */
  initial: boolean;
  capitalised: boolean;
}

const TOKEN = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*\.?/gu;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    const start = m.index;
    const initial = /^\p{Lu}\.$/u.test(word);
    // A full stop belongs to a token only for initials and abbreviations such as "dhr."; else it ends a sentence.
    if (!initial && word.endsWith('.') && !TITLES.has(word.toLowerCase())) word = word.slice(0, -1);
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start,
      end: start + word.length,
      initial,
      capitalised: /^\p{Lu}\p{Ll}/u.test(word) || /^\p{Lu}['’]\p{Lu}/u.test(word),
    });
  }
  return tokens;
}

/** The text just before a position, without spaces and opening quotes or brackets (a bounded look-back). */
export function before(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && /[\s"“‘'(]/u.test(text[i - 1]!)) i--;
  return text.slice(Math.max(0, i - 1), i);
}

/** Whether the token opens a sentence (or the text), where any word is written with a capital. */
export function atSentenceStart(text: string, tokens: Token[], i: number): boolean {
  const last = before(text, tokens[i]!.start);
  if (last === '') return true;
  if (!/[.!?]/.test(last)) return false;
  const prev = tokens[i - 1];
  // "dhr. Jansen", "J. de Boer": the stop belongs to a title or an initial.
  return !(
    prev &&
    prev.end === text.lastIndexOf(last, tokens[i]!.start) + 1 &&
    (prev.initial || TITLES.has(prev.lower))
  );
}

export const adjacent = (text: string, a: Token, b: Token): boolean =>
  /^[ \t]+$/.test(text.slice(a.end, b.start));

/**
 * The surname after a title or first name: particles and capitalised words, ending on a capitalised word
 * (or an initial). Returns the index of the last token taken, or -1.
 */
function surnameEnd(text: string, tokens: Token[], from: number, allowInitials: boolean): number {
  let last = -1;
  let j = from;
  let prev = tokens[from - 1];
  while (j < tokens.length && prev && adjacent(text, prev, tokens[j]!)) {
    const t = tokens[j]!;
    if (allowInitials && t.initial) last = j;
    else if (PARTICLES.has(t.lower)) {
      // a particle only counts when a capitalised word follows
    } else if (t.capitalised && !NOT_NAME_PARTS.has(t.lower)) {
      if (PLACE_ENDINGS.test(t.lower)) return -2;
      last = j;
      allowInitials = false;
    } else break;
    prev = t;
    j++;
    if (j - from > 4) break;
  }
  // Trailing particles ("meneer van") are not part of the name.
  return last;
}

interface NameMention {
  start: number;
  end: number;
  title?: string;
  first?: string;
  initial?: string;
  surname?: string;
}

function nameParts(tokens: Token[], from: number, to: number): Omit<NameMention, 'start' | 'end' | 'title'> {
  const parts: Omit<NameMention, 'start' | 'end' | 'title'> = {};
  const names = firstNames();
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.initial) parts.initial ??= t.lower.slice(0, 1);
    else if (!parts.first && k === from && names.has(t.lower)) parts.first = t.lower;
    else if (t.capitalised && !PARTICLES.has(t.lower)) parts.surname = t.lower;
  }
  return parts;
}

export const isFirstName = (t: Token): boolean =>
  t.capitalised && !t.initial && t.lower.split('-').every((part) => firstNames().has(part));

function findNames(text: string, tokens: Token[]): NameMention[] {
  const mentions: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    // 1. A title with what follows: "mevrouw J.", "meneer De Vries", "mw. El Amrani", "de heer Jansen".
    if (TITLES.has(t.lower) && (t.lower !== 'heer' || prev?.lower === 'de')) {
      const soft = SOFT_TITLES.has(t.lower);
      const end = surnameEnd(text, tokens, i + 1, !soft);
      // "Burgemeester Daleslaan" is a street: -2 skips it like any name that ends in a street.
      if (end >= 0) {
        mentions.push({
          start: t.start,
          end: tokens[end]!.end,
          title: t.text,
          ...nameParts(tokens, i + 1, end),
        });
        i = end;
      }
      continue;
    }
    // 2. Initials with a surname: "J. de Boer", "A.B. Jansen".
    if (t.initial && (!prev || !TITLES.has(prev.lower))) {
      let j = i;
      while (tokens[j + 1]?.initial && tokens[j + 1]!.start === tokens[j]!.end) j++;
      const end = surnameEnd(text, tokens, j + 1, false);
      if (end >= 0) {
        mentions.push({ start: t.start, end: tokens[end]!.end, ...nameParts(tokens, i, end) });
        i = end;
      }
      continue;
    }
    // 3. A first name from the list, with its surname if one follows.
    if (!isFirstName(t)) continue;
    if (prev && ORGANISATION_WORDS.has(prev.lower) && adjacent(text, prev, t)) continue;
    const end = surnameEnd(text, tokens, i + 1, false);
    if (end === -2) continue; // "Willem de Zwijgerstraat", "Jeroen Bosch Ziekenhuis"
    const sentenceStart = atSentenceStart(text, tokens, i);
    if (AMBIGUOUS_NAMES.has(t.lower) && end < 0) {
      const next = nextWord(text, tokens, i);
      // "Roos vertelde", "Roos en Fatma"; not "Lief en leed".
      const toldSomething =
        next !== undefined &&
        !next.capitalised &&
        PERSON_CONTEXT.has(next.lower) &&
        (next.lower !== 'en' || (tokens[i + 2] !== undefined && isFirstName(tokens[i + 2]!)));
      const isMonth = /^(?:april|mei|juni|augustus)$/.test(t.lower);
      const afterNumber = /\d/.test(before(text, t.start));
      const midSentence = !sentenceStart && !isMonth;
      if (!(toldSomething || midSentence) || afterNumber) continue;
    }
    const last = end >= 0 ? end : i;
    mentions.push({ start: t.start, end: tokens[last]!.end, ...nameParts(tokens, i, last) });
    i = last;
  }
  return mentions;
}

/** The next word after token i, skipping an age in brackets and a comma ("Roos (34), vertelde"). */
export function nextWord(text: string, tokens: Token[], i: number): Token | undefined {
  const next = tokens[i + 1];
  if (!next) return undefined;
  const between = text.slice(tokens[i]!.end, next.start);
  return /^\s*(?:\(\d{1,3}\))?\s*,?\s*$/.test(between) ? next : undefined;
}

/** One id per person: by surname where known, else first name, else initial; later mentions join earlier ones. */
function personKeys(mentions: NameMention[]): string[] {
  const alias = new Map<string, string>();
  for (const m of mentions) {
    if (m.surname) {
      const key = `s:${m.surname}`;
      if (m.first && !alias.has(`f:${m.first}`)) alias.set(`f:${m.first}`, key);
      if (m.initial && !alias.has(`i:${m.initial}`)) alias.set(`i:${m.initial}`, key);
    }
  }
  return mentions.map((m) => {
    const own = m.surname ? `s:${m.surname}` : m.first ? `f:${m.first}` : `i:${m.initial ?? '?'}`;
    return alias.get(own) ?? own;
  });
}

/** Later bare mentions of a surname already seen with a title or first name ("meneer De Vries … De Vries zei"). */
function repeatedSurnames(text: string, tokens: Token[], mentions: NameMention[]): NameMention[] {
  const surnames = new Set(mentions.flatMap((m) => (m.surname ? [m.surname] : [])));
  const covered = (pos: number) => mentions.some((m) => pos >= m.start && pos < m.end);
  const found: NameMention[] = [];
  tokens.forEach((t, i) => {
    if (!t.capitalised || !surnames.has(t.lower) || covered(t.start)) return;
    let first = i;
    while (
      first > 0 &&
      PARTICLES.has(tokens[first - 1]!.lower) &&
      adjacent(text, tokens[first - 1]!, tokens[first]!)
    )
      first--;
    const before = tokens[first - 1];
    if (before && ORGANISATION_WORDS.has(before.lower) && !PARTICLES.has(before.lower)) return;
    found.push({ start: tokens[first]!.start, end: t.end, surname: t.lower });
  });
  return found;
}

/** Shops, brands and public names that look like a first name with a surname. */
const NOT_PERSONS =
  /^(?:Albert Heijn|Jan Linders|Hanos|Kruidvat|Anne Frank|Willem(?:-| )Alexander|Maxima|Máxima|Beatrix|Juliana|Sinterklaas|Sint Maarten|Sint Nicolaas|Jeroen Bosch|Vincent van Gogh|Anton Philips|Max Havelaar)$/;

const BANDS: [number, string][] = [
  [12, 'kind (onder 12)'],
  [18, 'jongere (12-17)'],
  [30, 'inwoner (18-29)'],
  [40, 'inwoner (30-39)'],
  [50, 'inwoner (40-49)'],
  [60, 'inwoner (50-59)'],
  [70, 'inwoner (60-69)'],
  [80, 'inwoner (70-79)'],
  [Infinity, 'inwoner (80+)'],
];

export function ageBand(age: number): string {
  return BANDS.find(([below]) => age < below)![1];
}

const PLACE = String.raw`(?:(?:de|het)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:aan|op|in|bij)\s+(?:de\s+)?\p{Lu}[\p{L}'’-]+)?)`;
const AGE_PATTERNS: { re: RegExp; band: (age: number) => string }[] = [
  // "(82) uit Hatert", "(45, uit Lent)"
  {
    re: new RegExp(String.raw`\((\d{1,3})(?:\s*jaar)?\)?,?\s*(?:uit|in|te|van)\s+${PLACE}\)?`, 'gu'),
    band: (age) => `(${ageBand(age).replace(/^\S+ \(|\)$/g, '')})`,
  },
  // "een man van 45 uit Lent", "een vrouw van 82 jaar die in Hatert woont" is left to the next pattern
  {
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:${PERSON_NOUNS})\s+van\s+(?:(?:in|rond)\s+de\s+|ruim\s+|bijna\s+|ongeveer\s+)?(\d{1,3})(?:\s+en\s+\d{1,3})?(?:\s+jaar(?:\s+oud)?)?,?\s+(?:uit|in|te|van|aan|op)\s+${PLACE}`,
      'giu',
    ),
    band: ageBand,
  },
  // "een 82-jarige vrouw uit Hatert", "de 45-jarige uit Lent", "een 80-plusser uit Hatert"
  {
    re: new RegExp(
      String.raw`(?<!\d)(\d{1,3})-?(?:jarige|plusser)(?:\s+[\p{Ll}]+){0,2}?\s+(?:uit|in|te|van|aan|op)\s+${PLACE}`,
      'gu',
    ),
    band: ageBand,
  },
  // "is 45 jaar en woont in Lent", "45 jaar oud, uit Hatert"
  {
    re: new RegExp(
      String.raw`(?<![\d,.])(\d{1,3})\s+jaar(?:\s+oud)?,?\s+(?:en\s+(?:woont|woonde)\s+(?:in|aan|op)|(?:woont|woonde|wonend)\s+(?:in|aan|op)|uit|in|te)\s+${PLACE}`,
      'gu',
    ),
    band: (age) => ageBand(age).replace(/^\S+ \((.*)\)$/, '$1 jaar'),
  },
];

function findAges(text: string): Draft[] {
  const drafts: Draft[] = [];
  for (const { re, band } of AGE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const age = Number(m[1]);
      const place = m[2]!;
      if (age > 110 || WIDE_PLACES.has(place.toLowerCase()) || NOT_NAME_PARTS.has(place.toLowerCase()))
        continue;
      drafts.push({
        kind: 'AGE_WITH_PLACE',
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        suggestion: band(age),
      });
    }
  }
  return drafts;
}

// Case-sensitive: a street name is written with a capital ("Van Goghstraat", "Berg en Dalseweg").
const STREET = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:en|van|de|der|den|het|ten|ter|'t)\s+){0,2}){0,3}\p{Lu}[\p{L}'’-]*(?:straat|weg|laan|plein|singel|gracht|kade|dreef|hof|pad|steeg|dijk|baan|park|plantsoen|markt|wal|allee|erf|ring|kwartier|veld|oord|dal|berg|hoeve|akker|gaarde|horst|donk|hout|bos|heuvel|rade|stede|boulevard|promenade|passage|galerij|zoom|zijde|haven|poort|brink|kamp|meent|straatje|laantje|pleintje)`;
const HOUSE_NUMBER = String.raw`\s+(\d{1,4})(?:\s?-?[a-zA-Z](?![\p{L}]))?(?:\s?[-/]\s?\d{1,4}|\s(?:bis|hs|huis|boven|beneden))?(?![\d\p{L}])`;

/** A capitalised sentence word before a street ("In", "Daarna"), not a particle of its name ("Van Goghstraat"). */
const isSentenceWord = (word: string): boolean =>
  NOT_NAME_PARTS.has(word.toLowerCase()) && !/^(?:van|de|der|den|het|ten|ter)$/i.test(word);

function findAddresses(text: string, extraWords: readonly string[]): Draft[] {
  const patterns = [new RegExp(String.raw`(?<![\p{L}])${STREET}${HOUSE_NUMBER}`, 'gu')];
  // The werkplaats' own street names, written any way, followed by a house number.
  if (extraWords.length > 0)
    patterns.push(
      new RegExp(String.raw`(?<![\p{L}])(?:${extraWords.map(escape).join('|')})${HOUSE_NUMBER}`, 'giu'),
    );
  const drafts: Draft[] = [];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      let start = m.index;
      let matched = m[0];
      // Sentence words written with a capital are not part of the street ("In Dorpsstraat 12").
      for (let first = /^\S+/.exec(matched)![0]; matched.includes(' ') && isSentenceWord(first);) {
        const rest = matched.slice(first.length).trimStart();
        if (!/^\S+\s/.test(rest) || /^\d/.test(rest)) break;
        start += matched.length - rest.length;
        matched = rest;
        first = /^\S+/.exec(matched)![0];
      }
      const after = text.slice(m.index + m[0].length);
      if (COUNTED.test(after) || /^\s*(?:%|euro|€)/.test(after) || /^[.,]\d/.test(after)) continue;
      drafts.push({
        kind: 'ADDRESS',
        start,
        end: start + matched.length,
        text: matched,
        suggestion: '[adres]',
      });
    }
  }
  return drafts;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function findPostcodes(text: string): Draft[] {
  const drafts: Draft[] = [];
  // SA, SD and SS are not issued (PostNL); a year followed by capitals ("2024 EN") is rare enough to accept.
  for (const m of text.matchAll(/(?<![\d\p{L}])[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\d])/gu))
    drafts.push({
      kind: 'POSTCODE',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      suggestion: '[postcode]',
    });
  return drafts;
}

function findPhones(text: string): Draft[] {
  const drafts: Draft[] = [];
  // A prefix, then nine or ten digits with at most three separators before each ("06 - 12 34 56 78").
  for (const m of text.matchAll(/(?<![\d\p{L}+])(\+31|0031|0)((?:[ \-.()/]{0,3}\d){9,10})(?![\d])/gu)) {
    let digits = m[2]!.replace(/\D/g, '');
    // "+31 (0)6 …": the 0 in brackets is not dialled from abroad.
    if (m[1] !== '0' && digits.length === 10 && digits.startsWith('0')) digits = digits.slice(1);
    if (digits.length !== 9) continue;
    const national = '0' + digits;
    // 0800 and 0900 are service numbers of organisations, not anyone's personal data.
    if (/^0(?:800|900|906|909)/.test(national) || national.startsWith('00')) continue;
    // A date is not a phone number ("03-03-1951 10:00").
    if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/.test(m[0])) continue;
    drafts.push({
      kind: 'PHONE',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      suggestion: '[telefoonnummer]',
    });
  }
  return drafts;
}

function findEmails(text: string): Draft[] {
  const drafts: Draft[] = [];
  for (const m of text.matchAll(
    /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]{1,64}@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu,
  )) {
    const mailbox = m[0].slice(0, m[0].indexOf('@')).toLowerCase();
    if (ROLE_MAILBOXES.has(mailbox)) continue;
    drafts.push({
      kind: 'EMAIL',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      suggestion: '[e-mailadres]',
    });
  }
  return drafts;
}

function findBsns(text: string): Draft[] {
  const drafts: Draft[] = [];
  for (const m of text.matchAll(
    /(?<![\d.,€])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .-]\d{3}[ .-]\d{3}|\d{3} \d{2} \d{4})(?!\d|[.,]\d)/gu,
  )) {
    const digits = m[0].replace(/\D/g, '');
    if (!isValidBsn(digits)) continue;
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const after = text.slice(m.index + m[0].length);
    if (/€\s?$/.test(before) || /^\s*(?:euro|eur|€)/i.test(after)) continue;
    drafts.push({ kind: 'BSN', start: m.index, end: m.index + m[0].length, text: m[0], suggestion: '[BSN]' });
  }
  return drafts;
}

const BIRTH = new RegExp(
  String.raw`(?<![\p{L}])(?:geboren(?:\s+(?:is|was))?|geb\.|geb|geboortedatum|geb\.datum)\s*:?\s+(?:op\s+)?((?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2})|(?:\d{1,2}\s+(?:${MONTHS})\.?\s+\d{4}))(?![\d])`,
  'giu',
);

function findBirthDates(text: string): Draft[] {
  const drafts: Draft[] = [];
  for (const m of text.matchAll(BIRTH)) {
    const date = m[1]!;
    const start = m.index + m[0].lastIndexOf(date);
    drafts.push({
      kind: 'BIRTH_DATE',
      start,
      end: start + date.length,
      text: date,
      suggestion: '[geboortedatum]',
    });
  }
  return drafts;
}

function findExtraWords(text: string, extraWords: readonly string[]): Draft[] {
  const drafts: Draft[] = [];
  if (extraWords.length === 0) return drafts;
  // One pass for the whole list, longest words first so "De Biezen" wins over "Biezen".
  const alternatives = [...extraWords].sort((a, b) => b.length - a.length).map(escape);
  const re = new RegExp(String.raw`(?<![\p{L}\d])(?:${alternatives.join('|')})(?![\p{L}\d])`, 'giu');
  for (const m of text.matchAll(re))
    drafts.push({
      kind: 'EXTRA_WORD',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      suggestion: '[plaats]',
    });
  return drafts;
}

// A full stop ends a sentence unless it closes an initial or an abbreviation ("mevrouw J. (82)", "dhr. Jansen").
const SENTENCE_END = /(?<!(?:^|[\s(])(?:\p{Lu}|dhr|mw|mevr|dr|mr|geb|nr|st|bijv|o\.a|ca))[.!?](?=\s|$)/giu;

/** Where each sentence ends (exclusive), computed once per text. */
function sentenceEnds(text: string): number[] {
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index + 1);
  return ends.at(-1) === text.length ? ends : [...ends, text.length];
}

/** Sentence bounds around a position: a health word counts when it is in the same sentence as the name. */
function sentenceOf(ends: number[], pos: number): [number, number] {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return [lo === 0 ? 0 : ends[lo - 1]!, ends[lo]!];
}

function findHealthNearNames(text: string, names: Finding[]): Draft[] {
  if (names.length === 0) return [];
  // Each term list is run once over the whole text (case-insensitive Unicode alternations are costly).
  const terms = [HEALTH_TERMS, DEBT_TERMS].flatMap((re) =>
    [...text.matchAll(re)].map((m) => ({ start: m.index, text: m[0], health: re === HEALTH_TERMS })),
  );
  const drafts: Draft[] = [];
  const seen = new Set<number>();
  const ends = sentenceEnds(text);
  for (const name of names) {
    const [from, end] = sentenceOf(ends, name.start);
    let to = end;
    // The next sentence too when it goes on about the same person ("Fatma belde. Ze heeft schulden.").
    const next = /^\s*(?:ze|zij|hij|haar|zijn|hem)\b[^.!?]*[.!?]?/i.exec(text.slice(to, to + 500));
    if (next) to += next[0].length;
    for (const term of terms) {
      if (term.start < from || term.start >= to || seen.has(term.start)) continue;
      seen.add(term.start);
      drafts.push({
        kind: 'HEALTH_OR_DEBT_WITH_NAME',
        start: term.start,
        end: term.start + term.text.length,
        text: term.text,
        suggestion: term.health ? '[gezondheid]' : '[geldzaken]',
        ...(name.person ? { person: name.person } : {}),
        about: name.id,
      });
    }
  }
  return drafts;
}

const PRIORITY: FindingKind[] = [
  'EMAIL',
  'PHONE',
  'BSN',
  'POSTCODE',
  'BIRTH_DATE',
  'ADDRESS',
  'AGE_WITH_PLACE',
  'NAME',
  'EXTRA_WORD',
  'HEALTH_OR_DEBT_WITH_NAME',
];

/** Keeps the most specific finding where two overlap ("(82) uit Hatert" over the extra word "Hatert"). */
function withoutOverlaps(drafts: Draft[]): Draft[] {
  const ranked = [...drafts].sort(
    (a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || b.end - b.start - (a.end - a.start),
  );
  const kept: Draft[] = [];
  for (const d of ranked) if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}

const withId = (d: Draft): Finding => ({ id: `${d.kind}@${d.start}`, ...d });

function isAccepted(f: Draft, accepted: readonly AcceptedText[]): boolean {
  return accepted.some((a) => a.kind === f.kind && a.text.trim() === f.text.trim());
}

/**
 * Finds personal data in a lesson text. Pure: the same text and options give the same findings, in text
 * order, without overlaps. Rules and the choices behind them: see the package README.
 */
export function findPersonalData(text: string, options: CheckOptions = {}): Finding[] {
  // A one-letter word or a function word ("de", "in") in the list would flag every sentence: left out.
  const extraWords = (options.extraWords ?? [])
    .map((w) => w.trim())
    .filter((w) => w.length > 1 && !NOT_NAME_PARTS.has(w.toLowerCase()));
  const accepted = options.accepted ?? [];
  const tokens = tokenise(text);
  const mentions = findNames(text, tokens);
  mentions.push(...repeatedSurnames(text, tokens, mentions));
  mentions.sort((a, b) => a.start - b.start);
  const keys = personKeys(mentions);
  const names: Draft[] = mentions
    .filter((m) => !NOT_PERSONS.test(text.slice(m.start, m.end)))
    .map((m) => ({
      kind: 'NAME',
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      suggestion: '', // filled in per person by suggestStandIns
      person: keys[mentions.indexOf(m)]!,
    }));
  const drafts = withoutOverlaps([
    ...findEmails(text),
    ...findPhones(text),
    ...findBsns(text),
    ...findPostcodes(text),
    ...findBirthDates(text),
    ...findAddresses(text, extraWords),
    ...findAges(text),
    ...names,
    ...findExtraWords(text, extraWords),
  ]);
  // Stand-ins written by the pseudonymiser do not make a nearby health word sensitive; confirmed names do.
  const standIns = accepted.filter((a) => a.standIn);
  const nameFindings = drafts.filter((d) => d.kind === 'NAME' && !isAccepted(d, standIns)).map(withId);
  const all = withoutOverlaps([...drafts, ...findHealthNearNames(text, nameFindings)]);
  return suggestStandIns(all.filter((d) => !isAccepted(d, accepted)).map(withId), text);
}

/** Gives each person one letter, in order of first mention: "mevrouw J." → "mevrouw A.", "Fatma" → "persoon B". */
export function suggestStandIns(findings: Finding[], text: string): Finding[] {
  // Letters already in the text as an initial or a stand-in ("mevrouw A." kept from an earlier round) are
  // not handed out again, so two people never share a stand-in.
  const taken = new Set(
    [...text.matchAll(/(?<![\p{L}])(\p{Lu})\.|[Pp]ersoon (\p{Lu})(?![\p{L}])/gu)].map((m) => m[1] ?? m[2]),
  );
  const free = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((l) => !taken.has(l));
  const letters = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const f of findings) {
    if (f.kind !== 'NAME') continue;
    const person = f.person!;
    if (!letters.has(person)) letters.set(person, free[letters.size % Math.max(1, free.length)] ?? 'X');
    const letter = letters.get(person)!;
    const own = /^(\S+)\s/.exec(f.text)?.[1];
    const title = own !== undefined && TITLES.has(own.toLowerCase()) ? own : undefined;
    if (title && !titles.has(person)) titles.set(person, title.toLowerCase());
    const capital = /^[.!?]?$/.test(before(text, f.start));
    // A later bare mention ("De Vries zei") takes the title of the first titled one ("meneer A.").
    const stand = title ?? titles.get(person);
    const cap = (w: string) => (capital ? w.charAt(0).toUpperCase() + w.slice(1) : w);
    f.suggestion = stand ? `${title ?? cap(stand)} ${letter}.` : `${cap('persoon')} ${letter}`;
  }
  return findings;
}
