import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';

const ResendMutation = graphql(`
  mutation ResendEmailConfirmation {
    resendEmailConfirmation
  }
`);

/**
 * Above every page while the signed-in person's address is unconfirmed: what waits for the confirmation (the API
 * refuses it with EMAIL_UNCONFIRMED), and "stuur opnieuw" for the link.
 */
export function ConfirmEmailNotice({ email }: { email: string }) {
  const { t } = useI18n();
  const [resend, { loading }] = useMutation(ResendMutation);
  const [said, setSaid] = useState<string | null>(null);

  async function onResend() {
    setSaid(null);
    try {
      await resend();
      setSaid(t('app.confirm.sent', { email }));
    } catch {
      setSaid(t('state.error'));
    }
  }

  return (
    <section className="notice notice--confirm" aria-labelledby="bevestig-adres">
      <h2 id="bevestig-adres">{t('app.confirm.title')}</h2>
      <p>{t('app.confirm.body', { email })}</p>
      <p>
        <button type="button" className="button" disabled={loading} onClick={() => void onResend()}>
          {t('app.confirm.resend')}
        </button>
      </p>
      <div role="status">{said && <p>{said}</p>}</div>
    </section>
  );
}
