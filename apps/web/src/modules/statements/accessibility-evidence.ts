import type { PageKey } from '@werkplaats/i18n';

/** When the accessibility statement was last drawn up (toegankelijkheidsverklaring.nl asks for the date). */
export const ACCESSIBILITY_STATEMENT_DATE = '2026-12-06';

/** A group of pages the browser tests check with axe-core, named by the specs that do (apps/web/e2e/). */
export interface AxeEvidence {
  page: PageKey;
  specs: string[];
  /** Whether one of the specs checks it on a phone-wide screen too. */
  phone: boolean;
}

/**
 * The evidence of the accessibility statement: the project's own automated axe checks, from the repository.
 * accessibility-evidence.spec.ts holds this to the test suite: every spec named exists and runs axe (on a phone
 * where this says so), and every spec that runs axe is named here, so the statement neither claims a test that
 * is not there nor leaves out one that is.
 */
export const AXE_EVIDENCE: AxeEvidence[] = [
  { page: 'a11y.page.werkplaatsen', specs: ['werkplaatsen', 'smoke', 'header'], phone: true },
  { page: 'a11y.page.atelier', specs: ['smoke', 'joining', 'participation-history'], phone: true },
  {
    page: 'a11y.page.account',
    specs: [
      'smoke',
      'signup-organisation',
      'errors',
      'confirm-email',
      'welcome',
      'invitation',
      'sign-in-language',
      'work-account',
    ],
    phone: true,
  },
  { page: 'a11y.page.password', specs: ['password-reset', 'first-run'], phone: true },
  {
    page: 'a11y.page.lesson',
    specs: [
      'partner',
      'consent',
      'privacy-check',
      'lesson-form',
      'editing',
      'citizen-consent',
      'lesson-draft',
      'draft-retention',
      'threads',
    ],
    phone: true,
  },
  {
    page: 'a11y.page.dashboard',
    specs: ['trekker', 'joining', 'digest', 'activity-edit', 'compose-insight', 'unsaved-back'],
    phone: true,
  },
  {
    page: 'a11y.page.tribune',
    specs: [
      'tribune',
      'feed-filters',
      'notifications',
      'editing',
      'activity-edit',
      'insight-lift',
      'werkplaats-activities',
    ],
    phone: true,
  },
  { page: 'a11y.page.search', specs: ['search', 'search-phone'], phone: true },
  { page: 'a11y.page.committee', specs: ['committee'], phone: false },
  { page: 'a11y.page.memberships', specs: ['memberships', 'signup-organisation'], phone: true },
  {
    page: 'a11y.page.beheer',
    specs: ['beheer', 'beheer-organisaties', 'privacy-words', 'werkplaats-activities'],
    phone: true,
  },
  { page: 'a11y.page.profile', specs: ['profile', 'email-change', 'signup-organisation'], phone: true },
  { page: 'a11y.page.privacy', specs: ['privacy', 'calendar', 'mail-settings'], phone: true },
  { page: 'a11y.page.theme', specs: ['theme'], phone: true },
  { page: 'a11y.page.outputs', specs: ['outputs', 'privacy-output'], phone: true },
  { page: 'a11y.page.statements', specs: ['statements'], phone: true },
  { page: 'a11y.page.questions', specs: ['questions', 'privacy-question'], phone: true },
  { page: 'a11y.page.openData', specs: ['report-opendata'], phone: true },
  { page: 'a11y.page.network', specs: ['network'], phone: true },
  { page: 'a11y.page.spread', specs: ['spread'], phone: true },
  { page: 'a11y.page.decisions', specs: ['decisions'], phone: true },
  { page: 'a11y.page.moderation', specs: ['moderation'], phone: true },
];
