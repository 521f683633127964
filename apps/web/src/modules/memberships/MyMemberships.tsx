import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { MyMemberships_MembershipFragment } from '../../gql/graphql';
import { Field } from '../auth/Field';
import { StatusMessage } from '../common/StatusMessage';
import { Select } from '../lesson/LessonFields';

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
    }
  }
`);

const RequestMembershipMutation = graphql(`
  mutation RequestMembership($organisationId: ID!, $function: String) {
    requestMembership(organisationId: $organisationId, function: $function) {
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
  organisations,
  onChanged,
}: {
  memberships: readonly MyMemberships_MembershipFragment[];
  organisations: readonly { id: string; name: string }[];
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const [request, requesting] = useMutation(RequestMembershipMutation);
  const [organisationId, setOrganisationId] = useState('');
  const [fn, setFn] = useState('');
  const [errors, setErrors] = useState<{ organisationId?: string; function?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Asking twice for the same organisation is refused; a declined one is decided.
  const known = new Set(memberships.map((m) => m.organisation.id));
  const choices = organisations.filter((o) => !known.has(o.id));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    if (!organisationId) {
      setErrors({ organisationId: t('memberships.chooseOrganisation') });
      return;
    }
    setErrors({});
    const name = organisations.find((o) => o.id === organisationId)?.name ?? '';
    try {
      await request({ variables: { organisationId, function: fn.trim() || null } });
      setOrganisationId('');
      setFn('');
      setNotice(t('memberships.requested', { organisation: name }));
      await onChanged();
    } catch (failure) {
      const next: typeof errors = {};
      for (const p of apiProblems(failure)) {
        const field = fieldName(p.field);
        if (field === 'function' || field === 'organisationId')
          next[field] = t('lesson.fieldError', { message: p.message });
        else setProblem(t('state.error'));
      }
      setErrors(next);
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
      <form className="form card" onSubmit={(e) => void onSubmit(e)} noValidate>
        <h3>{t('memberships.addTitle')}</h3>
        <p className="field__hint">{t('memberships.addIntro')}</p>
        <Select
          label={t('memberships.organisation')}
          value={organisationId}
          onChange={setOrganisationId}
          error={errors.organisationId}
          options={[
            { value: '', label: t('memberships.chooseOrganisation') },
            ...choices.map((o) => ({ value: o.id, label: o.name })),
          ]}
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
