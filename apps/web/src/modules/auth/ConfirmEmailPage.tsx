import { useApolloClient, useMutation } from '@apollo/client/react';
import type { MessageKey } from '@werkplaats/i18n';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { apiProblems, fieldName } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { Loading } from '../common/States';

const ConfirmEmailMutation = graphql(`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token)
  }
`);

const LINK_PROBLEMS: Record<string, MessageKey> = {
  UNKNOWN: 'confirmEmail.error.unknown',
  USED: 'confirmEmail.error.used',
  EXPIRED: 'confirmEmail.error.expired',
};

/**
 * The link of the confirmation mail (/e-mail-bevestigen?token=…): opening it confirms the address (once), and says
 * so, or why not, with the way to a new link.
 */
export function ConfirmEmailPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const client = useApolloClient();
  const token = params.get('token') ?? '';
  const [confirm] = useMutation(ConfirmEmailMutation);
  const [outcome, setOutcome] = useState<'done' | MessageKey | null>(
    token ? null : 'confirmEmail.error.noToken',
  );
  const asked = useRef(false);

  useEffect(() => {
    if (!token || asked.current) return;
    asked.current = true;
    void (async () => {
      try {
        await confirm({ variables: { token } });
        setOutcome('done');
        // The notice above the pages goes once the viewer is read again.
        await client.refetchQueries({ include: ['Viewer'] });
      } catch (error) {
        const [first] = apiProblems(error);
        setOutcome(
          first?.code === 'BAD_USER_INPUT' && fieldName(first.field) === 'token'
            ? (LINK_PROBLEMS[first.reason ?? ''] ?? 'confirmEmail.error.unknown')
            : first?.reason === 'EMAIL_TAKEN'
              ? 'confirmEmail.error.taken'
              : first?.code === 'TOO_MANY_REQUESTS'
                ? 'auth.error.tooMany'
                : 'state.error',
        );
      }
    })();
  }, [token, confirm, client]);

  if (outcome === null) return <Loading />;
  return (
    <section className="narrow">
      <h1>{t('confirmEmail.title')}</h1>
      {outcome === 'done' ? (
        <p role="status">{t('confirmEmail.done')}</p>
      ) : (
        <p className="form__problem" role="alert">
          {t(outcome)}
        </p>
      )}
      <p>
        <Link to="/">{t('confirmEmail.toStart')}</Link>
      </p>
    </section>
  );
}
