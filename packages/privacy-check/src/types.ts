export type FindingKind =
  | 'NAME'
  | 'AGE_WITH_PLACE'
  | 'ADDRESS'
  | 'POSTCODE'
  | 'PHONE'
  | 'EMAIL'
  | 'BSN'
  | 'BIRTH_DATE'
  | 'HEALTH_OR_DEBT_WITH_NAME'
  | 'EXTRA_WORD';

export const FINDING_KINDS: readonly FindingKind[] = [
  'NAME',
  'AGE_WITH_PLACE',
  'ADDRESS',
  'POSTCODE',
  'PHONE',
  'EMAIL',
  'BSN',
  'BIRTH_DATE',
  'HEALTH_OR_DEBT_WITH_NAME',
  'EXTRA_WORD',
];

export interface Finding {
  /** Stable within one check of one text: `${kind}@${start}`; choices are keyed by it. */
  id: string;
  kind: FindingKind;
  /** UTF-16 offsets into the checked text, end exclusive (as String.prototype.slice). */
  start: number;
  end: number;
  text: string;
  /** What the pseudonymiser puts in its place (names get their letter there, consistently per person). */
  suggestion: string;
  /** NAME: who this is (mentions of the same person share it). HEALTH_OR_DEBT_WITH_NAME: the person it is about. */
  person?: string;
  /** HEALTH_OR_DEBT_WITH_NAME: the id of the name finding it stands next to. */
  about?: string;
}

/**
 * A text that may stay although it looks like personal data: a stand-in the pseudonymiser wrote
 * (`standIn: true`, e.g. "mevrouw A.") or a finding confirmed by a person with a reason. Stored with the
 * text, passed back to the check, so the same text is not flagged again.
 */
export interface AcceptedText {
  kind: FindingKind;
  text: string;
  standIn?: boolean;
  reason?: string;
}

export interface CheckOptions {
  /** The werkplaats' own words (street and local place names), matched whole-word, case-insensitive. */
  extraWords?: readonly string[];
  /** Texts resolved earlier (stand-ins and confirmed findings): not reported again. */
  accepted?: readonly AcceptedText[];
}

export type Choice = { action: 'PSEUDONYMISE'; replacement?: string } | { action: 'CONFIRM'; reason: string };

export interface PseudonymiseResult {
  text: string;
  /** Stand-ins written and findings confirmed, to store with the text and pass back as `accepted`. */
  accepted: AcceptedText[];
  /** Findings without a choice (or with an empty reason), left as they were. */
  unresolved: Finding[];
}
