export { findPersonalData, ageBand } from './detect.js';
export { pseudonymise } from './pseudonymise.js';
export { isValidBsn } from './bsn.js';
export { FINDING_KINDS } from './types.js';
export type {
  AcceptedText,
  CheckOptions,
  Choice,
  Finding,
  FindingKind,
  PseudonymiseResult,
} from './types.js';
export { findMentionsOf, nameParts } from './mentions.js';
export type { NameParts } from './mentions.js';
