import { useApolloClient, useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { apiProblems } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { clearDrafts } from '../../app/drafts';
import { useViewer } from '../../app/session';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { LoadError, Loading } from '../common/States';
import { CalendarSubscription } from '../activity/CalendarSubscription';
import { MailDeliveryForm } from '../notifications/MailDeliveryForm';
import { JoinLink } from '../auth/JoinLink';

const PrivacyQuery = graphql(`
  query PrivacyPage {
    me {
      id
      mailDelivery
    }
  }
`);

const ExportQuery = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

const EraseMutation = graphql(`
  mutation EraseMe($password: String!) {
    eraseMe(password: $password)
  }
`);

export function PrivacyPage() {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const client = useApolloClient();
  const location = useLocation();
  const account = useQuery(PrivacyQuery, { skip: !viewer });
  const loaded = Boolean(account.data);
  // A link to #agenda (from an activity) lands on its section once it is there.
  useEffect(() => {
    if (loaded && location.hash === '#agenda') document.getElementById('agenda')?.scrollIntoView();
  }, [loaded, location.hash]);
  const [exportData, exporting] = useLazyQuery(ExportQuery, { fetchPolicy: 'network-only' });
  const [erase, erasing] = useMutation(EraseMutation);
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [eraseError, setEraseError] = useState<string | undefined>();
  const [erased, setErased] = useState(false);

  async function onExport() {
    const result = await exportData();
    if (!result.data) return;
    const blob = new Blob([result.data.exportMyData], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'mijn-werkplaats-gegevens.json';
    link.click();
    URL.revokeObjectURL(link.href);
  }

  async function onErase(event: FormEvent) {
    event.preventDefault();
    try {
      await erase({ variables: { password } });
      dialog.current?.close();
      setErased(true);
      clearDrafts();
      await client.resetStore();
    } catch (error) {
      const problem = apiProblems(error)[0];
      const code = problem?.code;
      setEraseError(
        problem?.reason === 'LAST_BEHEERDER'
          ? t('privacy.eraseLastBeheerder')
          : code === 'BAD_USER_INPUT'
            ? t('privacy.erasePasswordWrong')
            : code === 'UNAUTHENTICATED' || code === 'FORBIDDEN'
              ? t('auth.error.credentials')
              : code === 'TOO_MANY_REQUESTS'
                ? t('auth.error.tooMany')
                : t('state.error'),
      );
    }
  }

  return (
    <section className="narrow prose privacy">
      <h1>{t('privacy.title')}</h1>
      <p className="lead">{t('privacy.intro')}</p>
      <h2>{t('privacy.whatTitle')}</h2>
      <ul>
        <li>{t('privacy.what1')}</li>
        <li>{t('privacy.what2')}</li>
        <li>{t('privacy.what3')}</li>
        <li>{t('privacy.what4')}</li>
      </ul>
      {erased ? (
        <p role="status" className="notice">
          {t('privacy.erased')}
        </p>
      ) : !viewer ? (
        <p>
          <Link to="/inloggen?terug=%2Fprivacy">{t('privacy.signInFirst')}</Link> <JoinLink back="/privacy" />
        </p>
      ) : (
        <>
          {account.data?.me ? (
            <>
              <p>
                {t('privacy.profileText')} <Link to="/mijn-gegevens">{t('nav.profile')}</Link>.
              </p>
              <MailDeliveryForm delivery={account.data.me.mailDelivery ?? 'DAILY'} />
            </>
          ) : account.error ? (
            <LoadError retry={() => void account.refetch()} />
          ) : (
            <Loading />
          )}
          <h2 id="agenda">{t('calendar.title')}</h2>
          <CalendarSubscription />
          <h2>{t('privacy.exportTitle')}</h2>
          <p>{t('privacy.exportBody')}</p>
          <button
            type="button"
            className="button"
            disabled={exporting.loading}
            onClick={() => void onExport()}
          >
            {t('privacy.exportButton')}
          </button>
          <h2>{t('privacy.eraseTitle')}</h2>
          <p>{t('privacy.eraseBody')}</p>
          <button type="button" className="button button--danger" onClick={() => dialog.current?.showModal()}>
            {t('privacy.eraseButton')}
          </button>
          <dialog ref={dialog} className="dialog" aria-labelledby="wissen-titel">
            <form onSubmit={(e) => void onErase(e)} className="form">
              <h2 id="wissen-titel">{t('privacy.eraseConfirmTitle')}</h2>
              <p>{t('privacy.eraseConfirmBody')}</p>
              <Field
                label={t('auth.password')}
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                error={eraseError}
              />
              <div className="choice">
                <button type="submit" className="button button--danger" disabled={erasing.loading}>
                  {t('privacy.eraseConfirm')}
                </button>
                <button type="button" className="button" onClick={() => dialog.current?.close()}>
                  {t('privacy.cancel')}
                </button>
              </div>
            </form>
          </dialog>
        </>
      )}
    </section>
  );
}
