import { useQuery } from '@apollo/client/react';
import { ORGANISATION_KINDS, PARTY_KINDS, type OrganisationKind, type PartyKind } from '@werkplaats/domain';
import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';

// Only the listed organisations come back: a proposal waits for a beheerder before anyone can choose it.
const OrganisationChoicesQuery = graphql(`
  query OrganisationChoices($query: String) {
    organisations(first: 50, query: $query) {
      totalCount
      edges {
        node {
          id
          name
          workshop {
            id
            name
          }
        }
      }
    }
  }
`);

const ProposalPlacesQuery = graphql(`
  query ProposalPlaces {
    workshops {
      id
      name
    }
    municipalities {
      id
      name
      workshop {
        id
      }
    }
  }
`);

/** What the person chose: nothing, a listed organisation, or one they propose. */
export interface OrganisationChoice {
  organisationId: string;
  /** Its name, to keep it in the list while the search shows others. */
  organisationName: string;
  proposing: boolean;
  name: string;
  kind: OrganisationKind | '';
  workshopId: string;
  municipalityId: string;
}

export const NO_ORGANISATION: OrganisationChoice = {
  organisationId: '',
  organisationName: '',
  proposing: false,
  name: '',
  kind: '',
  workshopId: '',
  municipalityId: '',
};

export interface ProposalErrors {
  name?: string;
  kind?: string;
  workshopId?: string;
  municipalityId?: string;
  organisationId?: string;
}

/** The API's input for the choice: `organisationId`, `proposedOrganisation`, or neither. */
export function organisationInput(choice: OrganisationChoice) {
  if (choice.proposing) {
    return {
      proposedOrganisation: {
        name: choice.name.trim(),
        kind: choice.kind as OrganisationKind,
        workshopId: choice.workshopId,
        municipalityId: choice.municipalityId || null,
      },
    };
  }
  return choice.organisationId ? { organisationId: choice.organisationId } : {};
}

/** What is missing from a proposal before it is sent (the API checks the rest). */
export function missingInProposal(
  choice: OrganisationChoice,
  t: ReturnType<typeof useI18n>['t'],
): ProposalErrors {
  if (!choice.proposing) return {};
  const errors: ProposalErrors = {};
  if (choice.name.trim().length < 2) errors.name = t('organisationPick.nameRequired');
  if (!choice.kind) errors.kind = t('organisationPick.kindRequired');
  if (!choice.workshopId) errors.workshopId = t('auth.error.required');
  return errors;
}

/**
 * The listed organisation the API named when a proposal had a listed one's name (CONFLICT, reason
 * ORGANISATION_LISTED): the form chooses that one instead.
 */
export function listedInstead(error: unknown): string | null {
  if (!error || typeof error !== 'object' || !('errors' in error) || !Array.isArray(error.errors))
    return null;
  for (const e of error.errors as { extensions?: { reason?: unknown; organisationId?: unknown } }[]) {
    if (e.extensions?.reason === 'ORGANISATION_LISTED' && typeof e.extensions.organisationId === 'string') {
      return e.extensions.organisationId;
    }
  }
  return null;
}

function NativeSelect({
  label,
  value,
  onChange,
  options,
  error,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string;
  hint?: string;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Choose the organisation one takes part for, found by part of its name (a search field that narrows a native
 * select: both work with the keyboard and are announced by screen readers), or propose one that is not listed.
 * Either is a request: the sentence under the legend says who confirms it.
 */
export function OrganisationPicker({
  value,
  onChange,
  errors = {},
  legend,
  exclude = [],
}: {
  value: OrganisationChoice;
  onChange: (next: OrganisationChoice) => void;
  errors?: ProposalErrors;
  legend: string;
  /** Organisations already asked for: not offered again. */
  exclude?: readonly string[];
}) {
  const { t } = useI18n();
  const noteId = useId();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const choices = useQuery(OrganisationChoicesQuery, { variables: { query: query || null } });
  const places = useQuery(ProposalPlacesQuery, { skip: !value.proposing });
  const workshops = places.data?.workshops ?? [];
  // With one werkplaats, a proposal belongs to it without asking.
  const onlyWorkshop = workshops.length === 1 ? workshops[0]!.id : '';
  useEffect(() => {
    if (value.proposing && onlyWorkshop && value.workshopId !== onlyWorkshop) {
      onChange({ ...value, workshopId: onlyWorkshop, municipalityId: '' });
    }
  }, [value, onlyWorkshop, onChange]);

  const found = (choices.data?.organisations.edges ?? [])
    .map((e) => e.node)
    .filter((o) => !exclude.includes(o.id));
  const severalWorkshops = new Set(found.map((o) => o.workshop.id)).size > 1;
  const options = found.map((o) => ({
    value: o.id,
    label: severalWorkshops ? `${o.name} (${o.workshop.name})` : o.name,
  }));
  if (value.organisationId && !options.some((o) => o.value === value.organisationId)) {
    options.unshift({ value: value.organisationId, label: value.organisationName });
  }
  const set = (patch: Partial<OrganisationChoice>) => onChange({ ...value, ...patch });
  const gemeenten = (places.data?.municipalities ?? []).filter((m) => m.workshop.id === value.workshopId);

  return (
    <fieldset className="fieldset" aria-describedby={noteId}>
      <legend>{legend}</legend>
      <p id={noteId} className="field__hint">
        {t('organisationPick.note')}
      </p>
      {!value.proposing && (
        <>
          <Field
            label={t('organisationPick.search')}
            hint={t('organisationPick.searchHint')}
            type="search"
            value={search}
            autoComplete="off"
            onChange={(e) => setSearch(e.target.value)}
          />
          <p className="field__hint" aria-live="polite">
            {choices.data ? t('organisationPick.found', { count: found.length }) : ''}
          </p>
          <NativeSelect
            label={t('organisationPick.organisation')}
            value={value.organisationId}
            error={errors.organisationId}
            onChange={(id) =>
              set({ organisationId: id, organisationName: options.find((o) => o.value === id)?.label ?? '' })
            }
            options={[{ value: '', label: t('organisationPick.none') }, ...options]}
          />
        </>
      )}
      <label className="checkbox checkbox--block">
        <input
          type="checkbox"
          checked={value.proposing}
          onChange={(e) => set({ proposing: e.target.checked, organisationId: '', organisationName: '' })}
        />
        <span>{t('organisationPick.notListed')}</span>
      </label>
      {value.proposing && (
        <div className="form">
          <p className="field__hint">{t('organisationPick.proposeNote')}</p>
          <Field
            label={t('organisationPick.name')}
            value={value.name}
            maxLength={120}
            required
            autoComplete="organization"
            onChange={(e) => set({ name: e.target.value })}
            error={errors.name}
          />
          <NativeSelect
            label={t('organisationPick.kind')}
            value={value.kind}
            error={errors.kind}
            onChange={(kind) => set({ kind: kind as OrganisationKind | '' })}
            options={[
              { value: '', label: t('organisationPick.chooseKind') },
              ...ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKind.${kind}`) })),
            ]}
          />
          {workshops.length > 1 && (
            <NativeSelect
              label={t('organisationPick.workshop')}
              value={value.workshopId}
              error={errors.workshopId}
              onChange={(workshopId) => set({ workshopId, municipalityId: '' })}
              options={[
                { value: '', label: t('organisationPick.workshop') },
                ...workshops.map((w) => ({ value: w.id, label: w.name })),
              ]}
            />
          )}
          <NativeSelect
            label={t('organisationPick.municipality')}
            value={value.municipalityId}
            error={errors.municipalityId}
            onChange={(municipalityId) => set({ municipalityId })}
            options={[
              { value: '', label: t('organisationPick.noMunicipality') },
              ...gemeenten.map((m) => ({ value: m.id, label: m.name })),
            ]}
          />
        </div>
      )}
    </fieldset>
  );
}

/** In what capacity one takes part: chosen by the person, shown with their name, changed later under Privacy. */
export function PartyKindSelect({
  value,
  onChange,
  label,
}: {
  value: PartyKind | '';
  onChange: (kind: PartyKind | '') => void;
  label?: string;
}) {
  const { t } = useI18n();
  return (
    <NativeSelect
      label={label ?? t('partyKind.label')}
      hint={t('partyKind.note')}
      value={value}
      onChange={(kind) => onChange(kind as PartyKind | '')}
      options={[
        { value: '', label: t('partyKind.none') },
        ...PARTY_KINDS.map((kind) => ({ value: kind, label: t(`partyKind.${kind}`) })),
      ]}
    />
  );
}
