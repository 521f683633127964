import { INPUT_RULES, type InputRule } from '@werkplaats/domain';
import { format, type MessageKey } from '@werkplaats/i18n';
import { en } from '@werkplaats/i18n/en';
import { enPages } from '@werkplaats/i18n/en-pages';
import { nl } from '@werkplaats/i18n/nl';
import { nlPages } from '@werkplaats/i18n/nl-pages';
import type { ApiProblem } from './errors';
import { PROBLEM_TEXTS, problemText } from './form-errors';

const catalogues = {
  nl: { ...nl, ...nlPages } as Record<string, string>,
  en: { ...en, ...enPages } as Record<string, string>,
};

/**
 * Each form and the problems its mutation can answer with (field as the API names it, rule, limit), as the API's
 * schemas and services say. Every one must read as a catalogue text, in both languages, next to its field.
 */
const FORMS: Record<string, [field: string, rule: InputRule, limits?: { min?: number; max?: number }][]> = {
  signUp: [
    ['input.email', 'email'],
    ['input.password', 'minLength', { min: 8 }],
    ['input.password', 'maxLength', { max: 128 }],
    ['input.password', 'commonPassword'],
    ['input.name', 'required'],
    ['input.name', 'maxLength', { max: 120 }],
    ['input.organisationId', 'unknown'],
    ['input.proposedOrganisation', 'notAllowed'],
    ['input.proposedOrganisation.name', 'minLength', { min: 2 }],
    ['input.proposedOrganisation.municipalityId', 'notAllowed'],
  ],
  signIn: [['email', 'email']],
  changePassword: [
    ['currentPassword', 'wrongPassword'],
    ['password', 'commonPassword'],
  ],
  lesson: [
    ['input.title', 'minLength', { min: 3 }],
    ['input.title', 'maxLength', { max: 200 }],
    ['input.body', 'required'],
    ['input.body', 'maxLength', { max: 20000 }],
    ['input.conditions', 'minItems'], // its text says "one of the four"
    ['input.practiceId', 'notAllowed'],
    ['input.visibility', 'notAllowed'],
  ],
  insight: [
    ['input.title', 'minLength', { min: 3 }],
    ['input.body', 'required'],
    ['input.lessonIds', 'minItems', { min: 2 }],
    ['input.lessonIds', 'notAllowed'],
    ['input.conditions', 'minItems'], // its text says "one of the four"
  ],
  activity: [
    ['input.title', 'minLength', { min: 3 }],
    ['input.description', 'maxLength', { max: 5000 }],
    ['input.startsAt', 'date'],
    ['input.startsAt', 'future'],
    ['input.endsAt', 'afterStart'],
    ['input.location', 'required'],
    ['input.onlineUrl', 'https'],
    ['input.capacity', 'integer'],
    ['input.capacity', 'min', { min: 1 }],
    ['input.capacity', 'max', { max: 10000 }],
    ['input.municipalityId', 'notAllowed'],
  ],
  reaction: [
    ['body', 'required'],
    ['body', 'maxLength', { max: 2000 }],
    ['targetId', 'notAllowed'],
  ],
  joinRequest: [
    ['message', 'maxLength', { max: 1000 }],
    ['reason', 'minLength', { min: 3 }],
    ['organisationId', 'notAllowed'],
    ['organisationId', 'notConfirmed'],
  ],
  beheer: [
    ['input.name', 'required'],
    ['input.email', 'email'],
    ['input.website', 'url'],
    ['input.code', 'format'],
    ['input.places', 'duplicate'],
    ['input.places', 'maxItems', { max: 50 }],
    ['intoId', 'notAllowed'],
    ['workshopId', 'required'],
  ],
  commissie: [
    ['input.title', 'minLength', { min: 3 }],
    ['input.description', 'required'],
    ['input.since', 'maxLength', { max: 40 }],
    ['targetId', 'notAllowed'],
    ['trekkerId', 'unknown'],
    ['reason', 'minLength', { min: 3 }],
  ],
  privacy: [['password', 'wrongPassword']],
};

function read(locale: keyof typeof catalogues, problem: ApiProblem): string {
  const t = (key: MessageKey, values?: Record<string, string | number>) =>
    format(catalogues[locale][key] ?? key, values);
  return problemText(t, problem);
}

describe('what a form says about refused input', () => {
  const cases = Object.entries(FORMS).flatMap(([form, problems]) =>
    problems.map(([field, rule, limits]): [string, string, InputRule, { min?: number; max?: number }] => [
      form,
      field,
      rule,
      limits ?? {},
    ]),
  );
  it.each(cases)(
    '%s: %s breaking %s reads as a catalogue text in Dutch and English',
    (_form, field, rule, limits) => {
      const problem = { code: 'BAD_USER_INPUT', field, rule, ...limits, message: `${field}: in English` };
      for (const locale of ['nl', 'en'] as const) {
        const text = read(locale, problem);
        expect(text).not.toMatch(/^inputError\./); // a key, not a text
        expect(text).not.toMatch(/[{}]/); // a placeholder left open
        expect(text).not.toContain('in English');
        for (const limit of Object.values(limits)) expect(text).toContain(String(limit));
      }
      expect(read('nl', problem)).not.toEqual(read('en', problem));
    },
  );

  it('has a text in both languages for every rule the API can name', () => {
    for (const rule of INPUT_RULES) {
      for (const locale of ['nl', 'en'] as const) {
        expect(
          read(locale, { code: 'BAD_USER_INPUT', field: 'input.x', rule, min: 2, max: 9, message: '' }),
        ).not.toMatch(/^inputError\.|[{}]/);
      }
    }
  });

  it('says a refusal that is not about the input in words too, and an unknown rule as "check this field"', () => {
    for (const code of [...Object.keys(PROBLEM_TEXTS), 'SOMETHING_NEW']) {
      expect(read('nl', { code, message: 'Internal error (reference 1)' })).not.toMatch(
        /^inputError\.|Internal/,
      );
    }
    expect(read('nl', { code: 'BAD_USER_INPUT', field: 'input.x', rule: 'fromTheFuture', message: '' })).toBe(
      'Controleer dit veld.',
    );
    expect(read('nl', { code: 'BAD_USER_INPUT', field: 'input.email', rule: 'email', message: '' })).toBe(
      'Dit is geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.',
    );
  });
});
