import { findMentionsOf, nameParts } from '@werkplaats/privacy-check';
import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../common/prisma/prisma.service.js';
import { acceptedOf, keepingTags, readable, type AcceptedRecord } from './climb-check.js';

/**
 * Where people write about each other: every text column of the model that a person types, with whether it holds
 * sanitized HTML, whether the row keeps the check's resolved findings (privacyAccepted) and an edit version (an
 * editor who read the text before the erasure then gets CONFLICT rather than writing the name back).
 */
interface TextTable {
  table: string;
  columns: { name: string; html: boolean }[];
  accepted?: boolean;
  version?: boolean;
}

const plain = (...names: string[]) => names.map((name) => ({ name, html: false }));

const TEXT_TABLES: readonly TextTable[] = [
  {
    table: 'Lesson',
    columns: [...plain('title'), { name: 'body', html: true }],
    accepted: true,
    version: true,
  },
  {
    table: 'Insight',
    columns: [...plain('title'), { name: 'body', html: true }],
    accepted: true,
    version: true,
  },
  { table: 'Reaction', columns: [{ name: 'body', html: true }], accepted: true },
  { table: 'ReactionRevision', columns: [{ name: 'body', html: true }] },
  { table: 'Question', columns: plain('title', 'body'), accepted: true, version: true },
  { table: 'Advice', columns: plain('title', 'body') },
  { table: 'Practice', columns: plain('title', 'description') },
  { table: 'Activity', columns: plain('title', 'description', 'location', 'outcome') },
  { table: 'Digest', columns: plain('introduction') },
  { table: 'Product', columns: plain('title', 'description'), accepted: true, version: true },
  { table: 'Atelier', columns: plain('title', 'description') },
  { table: 'SocialIssue', columns: plain('title', 'description'), version: true },
  { table: 'SocialIssueChange', columns: plain('fromValue', 'toValue') },
  { table: 'ParticipationChange', columns: plain('note') },
  { table: 'JoinRequest', columns: plain('message', 'decisionNote') },
  { table: 'EmailInvitation', columns: plain('message') },
  { table: 'Notification', columns: plain('note') },
];

/** What the erasure changed, for the audit log: counts per kind of text, never a name or a text. */
export interface PseudonymisedCounts {
  texts: number;
  mentions: number;
  byKind: Record<string, number>;
}

/**
 * When an account is erased, every text that names the person (their own and others', in any werkplaats) has each
 * mention of their name replaced by the check's stand-in ("mevrouw A.", "persoon A"): the full name, the surname
 * with or without a title or initials, the first name alone (rules: findMentionsOf in @werkplaats/privacy-check).
 * Runs in the erasure's transaction. Rows are found by the name's words in SQL first, then read exactly.
 */
export async function pseudonymiseMentionsOfErased(
  tx: Tx,
  person: { id: string; name: string },
  now: Date,
): Promise<PseudonymisedCounts> {
  const counts: PseudonymisedCounts = { texts: 0, mentions: 0, byKind: {} };
  const parts = nameParts(person.name);
  if (!parts) return counts;
  // Every mention holds the first name or the surname's last word ("Wit" of "de Wit"): rows without either are
  // not read.
  const words = [parts.given[0], parts.surname.at(-1)].filter((w): w is string => (w?.length ?? 0) > 1);
  const patterns = words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (patterns.length === 0) return counts;
  for (const spec of TEXT_TABLES) {
    const columns = [...spec.columns.map((c) => c.name), ...(spec.accepted ? ['privacyAccepted'] : [])];
    const matches = Prisma.join(
      columns.map((c) => Prisma.sql`${Prisma.raw(`"${c}"`)}::text ILIKE ANY(${patterns}::text[])`),
      ' OR ',
    );
    const rows = await tx.$queryRaw<Record<string, unknown>[]>`
      SELECT id, ${Prisma.join(columns.map((c) => Prisma.raw(`"${c}"`)))}
      FROM ${Prisma.raw(`"${spec.table}"`)} WHERE ${matches} ORDER BY id FOR UPDATE`;
    for (const row of rows) {
      const sets: Prisma.Sql[] = [];
      const standIns = new Set<string>();
      let mentions = 0;
      for (const column of spec.columns) {
        const value = row[column.name];
        if (typeof value !== 'string') continue;
        const result = replaceMentions(value, column.html, person.name);
        if (result.count === 0) continue;
        mentions += result.count;
        result.standIns.forEach((s) => standIns.add(s));
        sets.push(Prisma.sql`${Prisma.raw(`"${column.name}"`)} = ${result.text}`);
      }
      if (spec.accepted) {
        const before = acceptedOf(row.privacyAccepted);
        const after = acceptedWithout(before, person, [...standIns], now);
        if (JSON.stringify(after) !== JSON.stringify(before))
          sets.push(Prisma.sql`"privacyAccepted" = ${JSON.stringify(after)}::jsonb`);
      }
      if (sets.length === 0) continue;
      if (spec.version) sets.push(Prisma.sql`"version" = "version" + 1`);
      await tx.$executeRaw`UPDATE ${Prisma.raw(`"${spec.table}"`)} SET ${Prisma.join(sets)} WHERE id = ${row.id}::uuid`;
      counts.texts += 1;
      counts.mentions += mentions;
      counts.byKind[spec.table] = (counts.byKind[spec.table] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * The text with each mention of the person replaced by its stand-in. In HTML the mentions are found in the words
 * the reader sees (tags read as spaces, as the check reads them), and a mention that spans a tag ("<strong>Sanne
 * </strong> de Wit") keeps its tags: the stand-in takes its first run of text, the other runs are emptied, so the
 * markup stays as valid as it was.
 */
export function replaceMentions(
  text: string,
  html: boolean,
  name: string,
): { text: string; count: number; standIns: string[] } {
  const seen = html ? readable({ body: text, html: true }) : text;
  const findings = findMentionsOf(seen, name);
  let result = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) {
    // "mevrouw De Wit." → "mevrouw A." rather than "mevrouw A..": the sentence's stop serves both.
    const standIn =
      f.suggestion.endsWith('.') && seen[f.end] === '.' ? f.suggestion.slice(0, -1) : f.suggestion;
    result =
      result.slice(0, f.start) + spliced(result.slice(f.start, f.end), standIn, html) + result.slice(f.end);
  }
  return { text: result, count: findings.length, standIns: [...new Set(findings.map((f) => f.suggestion))] };
}

function spliced(original: string, standIn: string, html: boolean): string {
  if (!html) return standIn;
  return keepingTags(original, standIn.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

/**
 * The resolved findings without those that named the person (their text, and a confirmation's reason, are about
 * someone who asked to be forgotten), with the stand-ins written now, so the check does not stop them.
 */
function acceptedWithout(
  records: readonly AcceptedRecord[],
  person: { id: string; name: string },
  standIns: readonly string[],
  now: Date,
): AcceptedRecord[] {
  const kept = records
    .filter((r) => replaceMentions(r.text, false, person.name).count === 0)
    .map((r) => {
      if (!r.reason) return r;
      const reason = replaceMentions(r.reason, false, person.name);
      return reason.count === 0 ? r : { ...r, reason: reason.text };
    });
  for (const text of standIns) {
    if (!kept.some((r) => r.kind === 'NAME' && r.text === text))
      kept.push({ kind: 'NAME', text, standIn: true, byId: person.id, at: now.toISOString() });
  }
  return kept;
}
