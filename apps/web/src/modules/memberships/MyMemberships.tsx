import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { MyMemberships_MembershipFragment } from '../../gql/graphql';
import { Field } from '../auth/Field';
import { StatusMessage } from '../common/StatusMessage';
import {
  NO_ORGANISATION,
  OrganisationPicker,
  listedInstead,
  missingInProposal,
  organisationInput,
  type OrganisationChoice,
  type ProposalErrors,
} from './OrganisationPicker';

graphql(`
  fragment MyMemberships_membership on Membership {
    id
    status
    function
    isContact
    createdAt
    organisation {
      id
      name
      status
    }
  }
`);

const RequestMembershipMutation = graphql(`
  mutation RequestMembership(
    $organisationId: ID
    $proposedOrganisation: ProposeOrganisationInput
    $function: String
  ) {
    requestMembership(
      organisationId: $organisationId
      proposedOrganisation: $proposedOrganisation
      function: $function
    ) {
      ...MyMemberships_membership
    }
  }
`);

/**
 * The organisations one belongs to, with where each stands (waiting, confirmed, declined), and a way to say one
 * belongs to another. Only a confirmed membership lets one take part on the organisation's behalf.
 */
export function MyMemberships({
  memberships,
  onChanged,
}: {
  memberships: readonly MyMemberships_MembershipFragment[];
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const [request, requesting] = useMutation(RequestMembershipMutation);
  const [choice, setChoice] = useState<OrganisationChoice>(NO_ORGANISATION);
  const [fn, setFn] = useState('');
  const [errors, setErrors] = useState<ProposalErrors & { function?: string }>({});
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Asking twice for the same organisation is refused; a declined one is decided.
  const known = memberships.map((m) => m.organisation.id);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    const missing = missingInProposal(choice, t);
    if (!choice.proposing && !choice.organisationId)
      missing.organisationId = t('memberships.chooseOrganisation');
    setErrors(missing);
    focusFirstInvalid();
    if (Object.keys(missing).length > 0) return;
    const name = choice.proposing ? choice.name.trim() : choice.organisationName;
    try {
      await request({ variables: { ...organisationInput(choice), function: fn.trim() || null } });
      setNotice(
        t(choice.proposing ? 'memberships.proposed' : 'memberships.requested', { organisation: name }),
      );
      setChoice(NO_ORGANISATION);
      setFn('');
      await onChanged();
    } catch (failure) {
      const next: typeof errors = {};
      const instead = listedInstead(failure);
      if (instead) {
        // A listed organisation has that name: choose it instead, and say so.
        setChoice({ ...NO_ORGANISATION, organisationId: instead, organisationName: name });
        setProblem(t('organisationPick.listedAlready'));
        return;
      }
      for (const p of apiProblems(failure)) {
        const field = fieldName(p.field) as keyof typeof next | undefined;
        if (
          field &&
          ['function', 'organisationId', 'name', 'kind', 'workshopId', 'municipalityId'].includes(field)
        )
          next[field] = problemText(t, p);
        else setProblem(t('state.error'));
      }
      setErrors(next);
      focusFirstInvalid();
    }
  }

  return (
    <section aria-labelledby="organisaties">
      <h2 id="organisaties">{t('memberships.mineTitle')}</h2>
      <p>{t('memberships.mineIntro')}</p>
      {memberships.length === 0 ? (
        <p className="state state--empty">{t('memberships.mineEmpty')}</p>
      ) : (
        <ul className="memberships">
          {memberships.map((m) => (
            <li key={m.id}>
              <span>
                <strong>{m.organisation.name}</strong>
                {m.function && <span className="meta"> {m.function}</span>}
                {m.organisation.status !== 'LISTED' && (
                  <span className="meta">
                    {' '}
                    {t(`memberships.organisationStatus.${m.organisation.status}`)}
                  </span>
                )}
              </span>
              <span className="memberships__status">
                <span className={`badge badge--membership-${m.status.toLowerCase()}`}>
                  {t(`memberships.status.${m.status}`)}
                </span>
                {m.isContact && <span className="badge">{t('memberships.contact')}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {memberships.some((m) => m.status === 'REQUESTED') && (
        <p className="field__hint">{t('memberships.waitingMeans')}</p>
      )}
      <form ref={form} className="form card" onSubmit={(e) => void onSubmit(e)} noValidate>
        <h3>{t('memberships.addTitle')}</h3>
        <p className="field__hint">{t('memberships.addIntro')}</p>
        <OrganisationPicker
          legend={t('organisationPick.legendLater')}
          value={choice}
          onChange={setChoice}
          errors={errors}
          exclude={known}
        />
        <Field
          label={t('memberships.function')}
          hint={t('memberships.functionHint')}
          value={fn}
          maxLength={120}
          onChange={(e) => setFn(e.target.value)}
          error={errors.function}
        />
        <StatusMessage>{notice}</StatusMessage>
        {problem && (
          <p className="form__problem" role="alert">
            {problem}
          </p>
        )}
        <div>
          <button type="submit" className="button button--primary" disabled={requesting.loading}>
            {t('memberships.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
