import type { InputRule } from '@werkplaats/domain';
import type { MessageKey } from '@werkplaats/i18n';
import { useEffect, useRef, useState } from 'react';
import { fieldName, type ApiProblem } from './errors';

// What forms say about a refusal, in the pages' catalogue: kept out of errors.ts, which the shell loads.

/** The catalogue text for each rule the API can name (`InputRule`, shared with the API). */
export const RULE_TEXTS: Record<InputRule, MessageKey> = {
  required: 'inputError.required',
  minLength: 'inputError.minLength',
  maxLength: 'inputError.maxLength',
  min: 'inputError.min',
  max: 'inputError.max',
  minItems: 'inputError.minItems',
  maxItems: 'inputError.maxItems',
  integer: 'inputError.integer',
  email: 'inputError.email',
  url: 'inputError.url',
  https: 'inputError.https',
  format: 'inputError.format',
  date: 'inputError.date',
  choice: 'inputError.choice',
  commonPassword: 'inputError.commonPassword',
  wrongPassword: 'inputError.wrongPassword',
  future: 'inputError.future',
  afterStart: 'inputError.afterStart',
  duplicate: 'inputError.duplicate',
  unknown: 'inputError.unknown',
  notAllowed: 'inputError.notAllowed',
  notConfirmed: 'inputError.notConfirmed',
  invalid: 'inputError.invalid',
};

/**
 * Where a field says a rule in its own words (`inputError.<field>.<rule>`, e.g. a CBS code's form), that text wins
 * over the rule's general one.
 */
const FIELD_TEXTS: Partial<Record<string, MessageKey>> = {
  'code.format': 'inputError.code.format',
  'location.required': 'inputError.location.required',
  'capacity.min': 'inputError.capacity.min',
  'lessonIds.minItems': 'inputError.lessonIds.minItems',
  'conditions.minItems': 'inputError.conditions.minItems',
  'currentPassword.wrongPassword': 'inputError.currentPassword.wrongPassword',
  'email.notAllowed': 'inputError.email.notAllowed',
  'organisationId.notAllowed': 'inputError.organisationId.notAllowed',
  'proposedOrganisation.notAllowed': 'inputError.organisationId.notAllowed',
  'visibility.notAllowed': 'inputError.visibility.notAllowed',
};

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * The one way a problem the reader can fix is put into words: the catalogue's text for its field and rule, with
 * the limit filled in; a field taken already (CONFLICT) and a refusal of the server have their own texts. The API's
 * English message is never shown.
 */
export function problemText(t: Translate, problem: ApiProblem): string {
  if (problem.code === 'BAD_USER_INPUT') {
    const rule = (problem.rule && problem.rule in RULE_TEXTS ? problem.rule : 'invalid') as InputRule;
    const key = FIELD_TEXTS[`${fieldName(problem.field) ?? ''}.${rule}`] ?? RULE_TEXTS[rule];
    return t(key, { min: problem.min ?? '', max: problem.max ?? '' });
  }
  // An account that has not proven its address yet is told what to do, not that it may not.
  if (problem.code === 'FORBIDDEN' && problem.reason === 'EMAIL_UNCONFIRMED')
    return t('inputError.emailUnconfirmed');
  return t(PROBLEM_TEXTS[problem.code] ?? 'inputError.failed');
}

/** What a form says when the API refused for another reason than the input. */
export const PROBLEM_TEXTS: Partial<Record<string, MessageKey>> = {
  CONFLICT: 'inputError.conflict',
  PERSONAL_DATA: 'inputError.personalData',
  CONSENT_REQUIRED: 'inputError.consentRequired',
  FORBIDDEN: 'inputError.forbidden',
  NOT_FOUND: 'inputError.notFound',
  UNAUTHENTICATED: 'inputError.unauthenticated',
  TOO_MANY_REQUESTS: 'inputError.tooMany',
  TIMEOUT: 'inputError.failed',
  SERVICE_UNAVAILABLE: 'inputError.failed',
  INTERNAL_SERVER_ERROR: 'inputError.failed',
  NETWORK: 'inputError.failed',
};

const FOCUSABLE = 'input, textarea, select, button, [contenteditable="true"], [tabindex]';

/**
 * A form's ref and `focusFirstInvalid`, called together with setting the form's errors: once they are drawn, focus
 * moves to the first field marked invalid, so a keyboard or screen-reader user lands on what to fix. (Only then, not
 * whenever errors change, so that clearing one error while typing never moves the cursor.)
 */
export function useFocusFirstInvalid<T extends HTMLElement = HTMLFormElement>() {
  const ref = useRef<T>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt === 0) return;
    // The first invalid control in reading order; a group (the conditions' fieldset) gives its first box.
    const first = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field--invalid');
    const control = first?.matches(FOCUSABLE) ? first : first?.querySelector<HTMLElement>(FOCUSABLE);
    control?.focus();
  }, [attempt]);
  return { ref, focusFirstInvalid: () => setAttempt((n) => n + 1) };
}
