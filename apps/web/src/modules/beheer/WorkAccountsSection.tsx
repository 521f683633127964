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
          ? bt('workAccounts.invalid', { field: first.field.replace(/^input\./, '') })
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
