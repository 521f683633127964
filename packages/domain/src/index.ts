/**
 * The domain's fixed vocabularies, shared by the API and the web app. The API's test suite checks
 * them against the database enums of prisma/schema.prisma, so the two can't drift apart.
 */

/** The four conditions of social quality, in the order the werkplaats names them. */
export const CONDITIONS = [
  'SOCIO_ECONOMIC_SECURITY',
  'SOCIAL_INCLUSION',
  'SOCIAL_COHESION',
  'SOCIAL_EMPOWERMENT',
] as const;
export type Condition = (typeof CONDITIONS)[number];

/** The visibility ladder, lowest rung first. */
export const VISIBILITY_LADDER = ['DRAFT', 'PRACTICE', 'ARENA', 'TRIBUNE', 'PUBLIC'] as const;
export type Visibility = (typeof VISIBILITY_LADDER)[number];

export const LEVELS = [
  'INDIVIDUAL',
  'HOUSEHOLD',
  'SOCIAL_NETWORK',
  'GROUP',
  'NEIGHBOURHOOD',
  'BUSINESS',
  'VILLAGE_TOWN',
  'ORGANISATION_SYSTEM',
] as const;
export type Level = (typeof LEVELS)[number];

export const DOMAINS = [
  'WELFARE',
  'CARE',
  'HOUSING',
  'WORK_AND_INCOME',
  'SPORT',
  'EDUCATION',
  'SAFETY',
] as const;
export type Domain = (typeof DOMAINS)[number];

export const PARTICIPATION_ROLES = ['ARENA', 'TRIBUNE'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export const ACTIVITY_KINDS = ['MEETING', 'NETWORK_MEETING', 'THEME_DISCUSSION', 'LEARNING_SESSION'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** The kinds of output (opbrengst) an atelier registers. */
export const PRODUCT_KINDS = [
  'REPORT',
  'ADVICE',
  'BOOK',
  'METHOD',
  'WORK_FORM',
  'TEACHING_MODULE',
  'PUBLICATION',
  'KNOWLEDGE_CLIP',
] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

/** The four O's an output serves: onderzoek, ontwikkeling, onderwijs, ondersteuning. */
export const PRODUCT_OS = ['RESEARCH', 'DEVELOPMENT', 'EDUCATION', 'SUPPORT'] as const;
export type ProductO = (typeof PRODUCT_OS)[number];

export const ORGANISATION_KINDS = [
  'MUNICIPALITY',
  'UNIVERSITY',
  'WELFARE',
  'CARE',
  'CLIENT_ORGANISATION',
  'LIVED_EXPERIENCE',
  'KNOWLEDGE_INSTITUTE',
  'HOUSING',
  'WORK_AND_INCOME',
  'SPORT',
  'CITIZENS_INITIATIVE',
  'OTHER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PARTY_KINDS = [
  'RESIDENT',
  'VOLUNTEER',
  'PROFESSIONAL',
  'STUDENT',
  'TEACHER',
  'RESEARCHER',
  'LIVED_EXPERIENCE_EXPERT',
  'POLICY_OFFICER',
  'ENTREPRENEUR',
  'EMPLOYER',
  'MANAGER',
  'DIRECTOR',
  'CIVIL_SERVANT',
  'OTHER',
] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** Position on the ladder: higher is seen by more people. */
export function rung(visibility: Visibility): number {
  return VISIBILITY_LADDER.indexOf(visibility);
}

/** The rungs at and above which only the trekker (or the programmacommissie) may lift. */
export const SHARED_RUNGS: readonly Visibility[] = ['TRIBUNE', 'PUBLIC'];
export * from './calendar.js';

/**
 * What bad input broke, for clients to say in their own words (`extensions.rule`, with `min`/`max` where a
 * limit was passed). Shared so that the web app has a text for each (a test there checks it).
 */
export const INPUT_RULES = [
  'required',
  'minLength',
  'maxLength',
  'min',
  'max',
  'minItems',
  'maxItems',
  'integer',
  'email',
  'url',
  'https',
  'format',
  'date',
  'choice',
  'commonPassword',
  'wrongPassword',
  'future',
  'afterStart',
  'duplicate',
  'unknown',
  'notAllowed',
  'notConfirmed',
  'invalid',
] as const;
export type InputRule = (typeof INPUT_RULES)[number];
