import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { LoadError, Loading } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';
import { useBeheerText, type BeheerWorkshop } from './text';

const BeheerOidcProvidersQuery = graphql(`
  query BeheerOidcProviders($workshopId: ID!) {
    oidcProviders(workshopId: $workshopId) {
      id
      label
      issuer
      clientId
      domains
      requiredForDomains
      organisationId
      organisationRules {
        claim
        value
        organisationId
      }
      redirectUri
    }
  }
`);

// The werkplaats's listed organisations, for the one a login through a provider makes a person a member of.
const WorkAccountOrganisationsQuery = graphql(`
  query BeheerWorkAccountOrganisations($workshopId: ID!) {
    organisations(first: 100, workshopId: $workshopId) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const SaveOidcProviderMutation = graphql(`
  mutation BeheerSaveOidcProvider($workshopId: ID!, $id: ID, $input: OidcProviderInput!) {
    saveOidcProvider(workshopId: $workshopId, id: $id, input: $input) {
      id
      label
    }
  }
`);

const DeleteOidcProviderMutation = graphql(`
  mutation BeheerDeleteOidcProvider($workshopId: ID!, $id: ID!) {
    deleteOidcProvider(workshopId: $workshopId, id: $id)
  }
`);

interface Draft {
  id: string | null;
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  domains: string;
  requiredForDomains: boolean;
  organisationId: string | null;
  rules: Rule[];
}

/** A login that matches counts for the organisation: by e-mail domain (claim '') or by an ID-token claim. */
interface Rule {
  byClaim: boolean;
  claim: string;
  value: string;
  organisationId: string;
}

const EMPTY: Draft = {
  id: null,
  label: '',
  issuer: '',
  clientId: '',
  clientSecret: '',
  domains: '',
  requiredForDomains: false,
  organisationId: null,
  rules: [],
};

/**
 * The werkplaats's work-account providers (OpenID Connect): listed, added, changed and removed. The client secret
 * goes to the API once and is never shown again (it is kept encrypted).
 */
export function WorkAccountsSection({ workshop }: { workshop: BeheerWorkshop }) {
  const { bt } = useBeheerText();
  const id = useId();
  const { data, loading, error, refetch } = useQuery(BeheerOidcProvidersQuery, {
    variables: { workshopId: workshop.id },
    fetchPolicy: 'network-only',
  });
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [save, saving] = useMutation(SaveOidcProviderMutation);
  const [remove, removing] = useMutation(DeleteOidcProviderMutation);
  const providers = data?.oidcProviders ?? [];
  const organisationsQuery = useQuery(WorkAccountOrganisationsQuery, {
    variables: { workshopId: workshop.id },
  });
  const organisations = organisationsQuery.data?.organisations.edges.map((e) => e.node) ?? [];
  const organisationName = (organisationId: string) =>
    organisations.find((o) => o.id === organisationId)?.name ?? null;
  const redirectUri = providers[0]?.redirectUri ?? `${window.location.origin}/auth/oidc/callback`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    try {
      const result = await save({
        variables: {
          workshopId: workshop.id,
          id: draft.id,
          input: {
            label: draft.label,
            issuer: draft.issuer,
            clientId: draft.clientId,
            clientSecret: draft.clientSecret === '' ? null : draft.clientSecret,
            domains: draft.domains
              .split(/[,\s]+/)
              .map((d) => d.trim())
              .filter(Boolean),
            requiredForDomains: draft.requiredForDomains,
            organisationId: draft.organisationId,
            organisationRules: draft.rules
              .filter((r) => r.value.trim() !== '' && r.organisationId !== '')
              .map((r) => ({
                claim: r.byClaim ? r.claim.trim() : null,
                value: r.value.trim(),
                organisationId: r.organisationId,
              })),
          },
        },
      });
      setNotice(bt('workAccounts.saved', { label: result.data?.saveOidcProvider.label ?? draft.label }));
      setDraft(EMPTY);
      await refetch();
    } catch (failure) {
      const first = apiProblems(failure)[0];
      setProblem(
        first?.code === 'BAD_USER_INPUT' && first.field
          ? bt('workAccounts.invalid', {
              field: fieldName(first.field, (n, field) => bt('workAccounts.ruleField', { n, field })),
            })
          : bt('workAccounts.error'),
      );
    }
  }

  async function onRemove(providerId: string, label: string) {
    setNotice(null);
    setProblem(null);
    try {
      await remove({ variables: { workshopId: workshop.id, id: providerId } });
      setNotice(bt('workAccounts.removed', { label }));
      if (draft.id === providerId) setDraft(EMPTY);
      await refetch();
    } catch {
      setProblem(bt('workAccounts.error'));
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{bt('workAccounts.title')}</h2>
      <p>{bt('workAccounts.intro')}</p>
      <p>
        <code>{redirectUri}</code>
      </p>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <LoadError retry={() => void refetch()} />
      ) : (
        <>
          <h3>{bt('workAccounts.listTitle')}</h3>
          {providers.length === 0 ? (
            <p>{bt('workAccounts.none')}</p>
          ) : (
            <ul className="plain-list">
              {providers.map((p) => (
                <li key={p.id}>
                  <strong>{p.label}</strong> — {p.issuer}
                  <br />
                  {bt('workAccounts.domains', {
                    domains: p.domains.length > 0 ? p.domains.join(', ') : bt('workAccounts.noDomains'),
                  })}
                  {p.organisationId && organisationName(p.organisationId) && (
                    <>
                      <br />
                      {bt('workAccounts.organisationOf', { name: organisationName(p.organisationId)! })}
                    </>
                  )}
                  {p.organisationRules.map((r, i) => (
                    <span key={i}>
                      <br />
                      {bt(r.claim === null ? 'workAccounts.ruleDomainOf' : 'workAccounts.ruleClaimOf', {
                        claim: r.claim ?? '',
                        value: r.value,
                        name: organisationName(r.organisationId) ?? '',
                      })}
                    </span>
                  ))}
                  {p.requiredForDomains && (
                    <>
                      <br />
                      {bt('workAccounts.requiredYes')}
                    </>
                  )}
                  <br />
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      setDraft({
                        id: p.id,
                        label: p.label,
                        issuer: p.issuer,
                        clientId: p.clientId,
                        clientSecret: '',
                        domains: p.domains.join(', '),
                        requiredForDomains: p.requiredForDomains,
                        organisationId: p.organisationId ?? null,
                        rules: p.organisationRules.map((r) => ({
                          byClaim: r.claim !== null,
                          claim: r.claim ?? '',
                          value: r.value,
                          organisationId: r.organisationId,
                        })),
                      })
                    }
                  >
                    {bt('workAccounts.edit', { label: p.label })}
                  </button>{' '}
                  <button
                    type="button"
                    className="button"
                    disabled={removing.loading}
                    onClick={() => void onRemove(p.id, p.label)}
                  >
                    {bt('workAccounts.remove', { label: p.label })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <StatusMessage>{notice}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${id}-form`}>
        <h3 id={`${id}-form`}>
          {draft.id ? bt('workAccounts.formEdit', { label: draft.label }) : bt('workAccounts.formNew')}
        </h3>
        <Field
          label={bt('workAccounts.label')}
          hint={bt('workAccounts.labelHint')}
          required
          value={draft.label}
          onChange={(e) => setDraft({ ...draft, label: e.target.value })}
        />
        <Field
          label={bt('workAccounts.issuer')}
          hint={bt('workAccounts.issuerHint')}
          type="url"
          required
          value={draft.issuer}
          onChange={(e) => setDraft({ ...draft, issuer: e.target.value })}
        />
        <Field
          label={bt('workAccounts.clientId')}
          required
          value={draft.clientId}
          onChange={(e) => setDraft({ ...draft, clientId: e.target.value })}
        />
        <Field
          label={bt('workAccounts.clientSecret')}
          hint={draft.id ? bt('workAccounts.clientSecretKeep') : bt('workAccounts.clientSecretHint')}
          type="password"
          autoComplete="off"
          required={!draft.id}
          value={draft.clientSecret}
          onChange={(e) => setDraft({ ...draft, clientSecret: e.target.value })}
        />
        <Field
          label={bt('workAccounts.domainsField')}
          hint={bt('workAccounts.domainsHint')}
          value={draft.domains}
          onChange={(e) => setDraft({ ...draft, domains: e.target.value })}
        />
        <div className="field">
          <label htmlFor={`${id}-organisation`}>{bt('workAccounts.organisation')}</label>
          <p id={`${id}-organisation-hint`} className="field__hint">
            {bt('workAccounts.organisationHint')}
          </p>
          <select
            id={`${id}-organisation`}
            aria-describedby={`${id}-organisation-hint`}
            value={draft.organisationId ?? ''}
            onChange={(e) => setDraft({ ...draft, organisationId: e.target.value || null })}
          >
            <option value="">{bt('workAccounts.organisationNone')}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="fieldset">
          <legend>{bt('workAccounts.rules')}</legend>
          <p className="field__hint">{bt('workAccounts.rulesHint')}</p>
          {draft.rules.map((rule, i) => {
            const change = (next: Partial<Rule>) =>
              setDraft({ ...draft, rules: draft.rules.map((r, j) => (j === i ? { ...r, ...next } : r)) });
            const n = i + 1;
            return (
              <div key={i} className="rule-row" role="group" aria-label={bt('workAccounts.ruleN', { n })}>
                <div className="field">
                  <label htmlFor={`${id}-rule-${i}-kind`}>{bt('workAccounts.ruleKind')}</label>
                  <select
                    id={`${id}-rule-${i}-kind`}
                    value={rule.byClaim ? 'claim' : 'domain'}
                    onChange={(e) => change({ byClaim: e.target.value === 'claim' })}
                  >
                    <option value="domain">{bt('workAccounts.ruleByDomain')}</option>
                    <option value="claim">{bt('workAccounts.ruleByClaim')}</option>
                  </select>
                </div>
                {rule.byClaim && (
                  <Field
                    label={bt('workAccounts.ruleClaim')}
                    hint={bt('workAccounts.ruleClaimHint')}
                    value={rule.claim}
                    onChange={(e) => change({ claim: e.target.value })}
                  />
                )}
                <Field
                  label={rule.byClaim ? bt('workAccounts.ruleValue') : bt('workAccounts.ruleDomain')}
                  value={rule.value}
                  onChange={(e) => change({ value: e.target.value })}
                />
                <div className="field">
                  <label htmlFor={`${id}-rule-${i}-organisation`}>{bt('workAccounts.organisation')}</label>
                  <select
                    id={`${id}-rule-${i}-organisation`}
                    value={rule.organisationId}
                    onChange={(e) => change({ organisationId: e.target.value })}
                  >
                    <option value="">{bt('workAccounts.ruleChoose')}</option>
                    {organisations.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                </div>
                <p>
                  <button
                    type="button"
                    className="button"
                    onClick={() => setDraft({ ...draft, rules: draft.rules.filter((_, j) => j !== i) })}
                  >
                    {bt('workAccounts.ruleRemove', { n })}
                  </button>
                </p>
              </div>
            );
          })}
          <p>
            <button
              type="button"
              className="button"
              onClick={() =>
                setDraft({
                  ...draft,
                  rules: [...draft.rules, { byClaim: false, claim: '', value: '', organisationId: '' }],
                })
              }
            >
              {bt('workAccounts.ruleAdd')}
            </button>
          </p>
        </fieldset>
        <label className="checkbox checkbox--block">
          <input
            type="checkbox"
            checked={draft.requiredForDomains}
            onChange={(e) => setDraft({ ...draft, requiredForDomains: e.target.checked })}
          />
          <span>{bt('workAccounts.required')}</span>
        </label>
        <p>
          <button type="submit" className="button button--primary" disabled={saving.loading}>
            {bt('workAccounts.save')}
          </button>{' '}
          {draft.id && (
            <button type="button" className="button" onClick={() => setDraft(EMPTY)}>
              {bt('workAccounts.cancel')}
            </button>
          )}
        </p>
      </form>
    </section>
  );
}

/** The field an error names, in the form's words: "input.organisationRules.1.value" is rule 2's value. */
function fieldName(field: string, ruleField: (n: number, field: string) => string): string {
  const name = field.replace(/^input\./, '');
  const rule = /^organisationRules\.(\d+)\.(\w+)$/.exec(name);
  return rule ? ruleField(Number(rule[1]) + 1, rule[2]!) : name;
}
