import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { apiProblems } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { StatusMessage } from '../common/StatusMessage';

const MyLinkedLoginsQuery = graphql(`
  query MyLinkedLogins {
    myLinkedLogins {
      id
      label
      createdAt
    }
  }
`);

const RemoveLinkedLoginMutation = graphql(`
  mutation RemoveLinkedLogin($id: ID!) {
    removeLinkedLogin(id: $id)
  }
`);

/** The work accounts linked to one's account, each removable unless it is the only way in (the API says so). */
export function MyLinkedLogins() {
  const { t, formatDate } = useI18n();
  const logins = useQuery(MyLinkedLoginsQuery);
  const [remove, removing] = useMutation(RemoveLinkedLoginMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function onRemove(id: string) {
    setNotice(null);
    setProblem(null);
    try {
      await remove({ variables: { id } });
      await logins.refetch();
      setNotice(t('oidc.profile.removed'));
    } catch (error) {
      const first = apiProblems(error)[0];
      setProblem(first?.reason === 'LAST_SIGN_IN' ? t('oidc.profile.last') : t('state.error'));
    }
  }

  const list = logins.data?.myLinkedLogins ?? [];
  return (
    <section aria-labelledby="werkaccounts">
      <h2 id="werkaccounts">{t('oidc.profile.title')}</h2>
      {logins.data && list.length === 0 && <p>{t('oidc.profile.none')}</p>}
      {list.length > 0 && (
        <ul className="plain-list">
          {list.map((login) => (
            <li key={login.id}>
              <strong>{login.label}</strong> —{' '}
              {t('oidc.profile.linkedOn', { date: formatDate(String(login.createdAt)) })}{' '}
              <button
                type="button"
                className="button"
                disabled={removing.loading}
                onClick={() => void onRemove(login.id)}
              >
                {t('oidc.profile.remove', { label: login.label })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <StatusMessage>{notice}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
