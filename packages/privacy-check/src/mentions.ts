import { AMBIGUOUS_NAMES, firstNames } from './first-names.js';
import { NOT_NAME_PARTS, ORGANISATION_WORDS, PARTICLES, PERSON_CONTEXT, TITLES } from './lexicon.js';
import {
  adjacent,
  atSentenceStart,
  before,
  isFirstName,
  nextWord,
  suggestStandIns,
  tokenise,
  type Token,
} from './detect.js';
import type { Finding } from './types.js';

/** A person's name as texts use it, lower-cased: "Sanne Maria de Wit" → given [sanne, maria], surname [de, wit]. */
export interface NameParts {
  given: string[];
  /** The first letters of the given names (also of initials in the name itself, "J.P. de Vries"). */
  initials: string[];
  /** Particles included, as written after a first name ("de wit", "van den berg"). */
  surname: string[];
}

/**
 * Splits a person's full name: the surname starts at its first particle ("Sanne de Wit"), else it is the last word
 * ("Hamid Rahimi"); one word is a first name. A title written in the name ("Dhr. Jansen") is not part of it.
 */
export function nameParts(fullName: string): NameParts | null {
  const words = tokenise(fullName);
  let titled = false;
  while (words.length > 1 && TITLES.has(words[0]!.lower)) {
    words.shift();
    titled = true;
  }
  if (words.length === 0) return null;
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && PARTICLES.has(w.lower));
  // One word is a first name ("Sanne"), unless a title stood before it ("Dhr. Jansen").
  const surnameStart = particle > 0 ? particle : words.length > 1 || titled ? words.length - 1 : 1;
  const given = words.slice(0, surnameStart);
  return {
    given: given.filter((w) => !w.initial).map((w) => w.lower),
    initials: given.map((w) => w.lower.charAt(0)),
    surname: words.slice(surnameStart).map((w) => w.lower),
  };
}

/** Verbs that make a word opening a sentence a person ("Groen vertelde"), stricter than the check's context words. */
const TELLING = new Set(
  'vertelde vertelt zei zegt belde belt schreef schrijft vroeg vraagt antwoordde legde liet'.split(' '),
);

/** A word as a name's word, without a possessive written with an apostrophe ("Sanne's"). */
const bare = (t: Token): string => t.lower.replace(/['’]s$/, '');
const capital = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** Whether tokens[at..] spell `words` (adjacent, name parts with a capital); the index of the last one or -1. */
function spells(text: string, tokens: Token[], at: number, words: readonly string[]): number {
  if (words.length === 0) return -1;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[at + k];
    if (!t || t.initial) return -1;
    if (k > 0 && !adjacent(text, tokens[at + k - 1]!, t)) return -1;
    const last = k === words.length - 1;
    if ((last ? bare(t) : t.lower) !== words[k]) return -1;
    if (!PARTICLES.has(words[k]!) && !capital(t)) return -1;
  }
  return at + words.length - 1;
}

/** Whether tokens[..end] end with `words`; the index of the first one or -1. */
function spellsBefore(text: string, tokens: Token[], end: number, words: readonly string[]): number {
  const at = end - words.length + 1;
  if (at < 0 || words.length === 0) return -1;
  if (!adjacent(text, tokens[end]!, tokens[end + 1]!)) return -1;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[at + k]!;
    if (t.initial || t.lower !== words[k] || !capital(t)) return -1;
    if (k > 0 && !adjacent(text, tokens[at + k - 1]!, t)) return -1;
  }
  return at;
}

/** A title right before token `i` ("mevrouw", "dhr.", "de heer"): where the mention starts, else `i`'s start. */
function withTitle(text: string, tokens: Token[], i: number): number {
  const title = tokens[i - 1];
  if (!title || !TITLES.has(title.lower) || !adjacent(text, title, tokens[i]!)) return tokens[i]!.start;
  // "de heer De Wit" becomes "de heer A.", as the check's own stand-ins do.
  if (title.lower === 'heer' && tokens[i - 2]?.lower !== 'de') return tokens[i]!.start;
  return title.start;
}

/** Another person's given name or initial right before a surname ("Piet de Wit", "J. de Wit"), or a shop's word. */
function someoneElseBefore(text: string, tokens: Token[], i: number, name: NameParts): boolean {
  const prev = tokens[i - 1];
  if (!prev || !adjacent(text, prev, tokens[i]!)) return false;
  if (prev.initial) return prev.lower.charAt(0) !== name.initials[0];
  // "bakkerij De Wit", "café De Wit": an organisation's name.
  if (ORGANISATION_WORDS.has(prev.lower) && !PARTICLES.has(prev.lower)) return true;
  return isFirstName(prev) && !name.given.includes(prev.lower);
}

/**
 * Mentions of one known person in a text, to pseudonymise when their account is erased: the full name ("Sanne de
 * Wit"), the surname with or without a title or initials ("mevrouw De Wit", "dhr. de Wit", "S. de Wit", "De Wit"),
 * and the first name alone ("Sanne vertelde"). Not: the same surname with another person's first name or initial
 * ("Piet de Wit", "J. de Wit") or after an organisation word ("bakkerij De Wit"); the first name with another
 * surname ("Sanne Jansen", "Jan Linders") or after an organisation word or "de" ("café De Roos"); and a first name
 * that is also a word ("Roos", "Bas") only with the context the check asks of it anywhere (a verb of telling after
 * it, or a capital mid-sentence). Each mention gets the package's consistent stand-in: one letter for the person,
 * with the title of the first titled mention ("mevrouw A.", else "persoon A").
 */
export function findMentionsOf(text: string, fullName: string): Finding[] {
  const name = nameParts(fullName);
  if (!name) return [];
  const tokens = tokenise(text);
  const spans: { start: number; end: number }[] = [];
  const first = name.given[0];
  const wordLike = first !== undefined && (AMBIGUOUS_NAMES.has(first) || !firstNames().has(first));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // 1. The surname, with the given names, initials or a title before it.
    const surnameEnd = spells(text, tokens, i, name.surname);
    if (surnameEnd >= 0) {
      const allGiven = spellsBefore(text, tokens, i - 1, name.given);
      const given = allGiven >= 0 ? allGiven : spellsBefore(text, tokens, i - 1, name.given.slice(0, 1));
      let from: number;
      if (given >= 0) from = given;
      else {
        let k = i;
        while (tokens[k - 1]?.initial && adjacent(text, tokens[k - 1]!, tokens[k]!)) k--;
        // Initials that are not this person's start another person's name.
        if (k < i && tokens[k]!.lower.charAt(0) !== name.initials[0]) continue;
        if (k === i && someoneElseBefore(text, tokens, i, name)) continue;
        // A one-word surname opening a sentence may be a word ("Groen is…"): a verb of telling makes it the person.
        if (k === i && name.surname.length === 1 && withTitle(text, tokens, i) === t.start) {
          const said = nextWord(text, tokens, i);
          if (atSentenceStart(text, tokens, i) && !(said && TELLING.has(said.lower))) continue;
        }
        from = k;
      }
      spans.push({ start: withTitle(text, tokens, from), end: endOf(tokens[surnameEnd]!) });
      i = surnameEnd;
      continue;
    }
    // 2. The first name alone (with the other given names if they follow).
    if (first === undefined || t.initial || bare(t) !== first || !capital(t)) continue;
    const givenEnd = Math.max(i, spells(text, tokens, i, name.given));
    const next = tokens[givenEnd + 1];
    const after = tokens[givenEnd + 2];
    const otherSurname =
      next !== undefined &&
      adjacent(text, tokens[givenEnd]!, next) &&
      ((next.capitalised && !NOT_NAME_PARTS.has(next.lower)) ||
        (PARTICLES.has(next.lower) &&
          after !== undefined &&
          after.capitalised &&
          adjacent(text, next, after)));
    if (otherSurname) continue;
    const prev = tokens[i - 1];
    if (prev && adjacent(text, prev, t) && ORGANISATION_WORDS.has(prev.lower)) continue;
    const titled = withTitle(text, tokens, i) !== t.start;
    if (wordLike && !titled) {
      const said = nextWord(text, tokens, givenEnd);
      // "Roos en Fatma" is two people; "Roos en tulp" is not.
      const toldSomething =
        said !== undefined &&
        !said.capitalised &&
        PERSON_CONTEXT.has(said.lower) &&
        (said.lower !== 'en' || (tokens[givenEnd + 2] !== undefined && isFirstName(tokens[givenEnd + 2]!)));
      const isMonth = /^(?:april|mei|juni|augustus)$/.test(first);
      const midSentence = !atSentenceStart(text, tokens, i) && !isMonth;
      if (!(toldSomething || midSentence) || /\d/.test(before(text, t.start))) continue;
    }
    spans.push({ start: withTitle(text, tokens, i), end: endOf(tokens[givenEnd]!) });
    i = givenEnd;
  }
  const findings: Finding[] = spans.map(({ start, end }) => ({
    id: `NAME@${start}`,
    kind: 'NAME',
    start,
    end,
    text: text.slice(start, end),
    suggestion: '',
    person: 'named',
  }));
  return suggestStandIns(findings, text);
}

/** Where a name word ends, without its possessive ("Sanne's" → "Sanne"): the stand-in keeps the "'s". */
function endOf(t: Token): number {
  return t.start + t.text.replace(/['’]s$/i, '').length;
}
