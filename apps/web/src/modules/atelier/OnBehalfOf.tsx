import { useId } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import type { MembershipStatus } from '../../gql/graphql';

interface MembershipOption {
  id: string;
  status: MembershipStatus;
  organisation: { id: string; name: string };
}

/**
 * On whose behalf one takes part: oneself, or an organisation whose membership is confirmed. A membership that
 * waits for confirmation is named, with why it cannot be chosen yet. Nothing shows for people without any.
 */
export function OnBehalfOf({
  memberships,
  value,
  onChange,
}: {
  memberships: readonly MembershipOption[];
  value: string | null;
  onChange: (organisationId: string | null) => void;
}) {
  const { t } = useI18n();
  const name = useId();
  const confirmed = memberships.filter((m) => m.status === 'CONFIRMED');
  const waiting = memberships.filter((m) => m.status === 'REQUESTED');
  if (confirmed.length === 0 && waiting.length === 0) return null;
  return (
    <div className="on-behalf">
      {confirmed.length > 0 && (
        <fieldset className="fieldset fieldset--compact">
          <legend>{t('joining.onBehalf')}</legend>
          <label className="checkbox checkbox--block">
            <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
            <span>{t('joining.asMyself')}</span>
          </label>
          {confirmed.map((m) => (
            <label key={m.id} className="checkbox checkbox--block">
              <input
                type="radio"
                name={name}
                checked={value === m.organisation.id}
                onChange={() => onChange(m.organisation.id)}
              />
              <span>{m.organisation.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      {waiting.length > 0 && (
        <p className="field__hint">
          {t('joining.membershipWaiting', {
            organisations: waiting.map((m) => m.organisation.name).join(', '),
          })}{' '}
          <Link to="/mijn-gegevens#organisaties">{t('joining.myOrganisations')}</Link>
        </p>
      )}
    </div>
  );
}
