import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { LoadError, Loading } from '../common/States';

const FeedQuery = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      includeFollowed
      createdAt
      lastFetchedAt
    }
  }
`);

const StartMutation = graphql(`
  mutation StartCalendarFeed($includeFollowed: Boolean!) {
    startCalendarFeed(includeFollowed: $includeFollowed) {
      url
      webcalUrl
      feed {
        includeFollowed
        createdAt
        lastFetchedAt
      }
    }
  }
`);

const UpdateMutation = graphql(`
  mutation UpdateCalendarFeed($includeFollowed: Boolean!) {
    updateCalendarFeed(includeFollowed: $includeFollowed) {
      includeFollowed
      createdAt
      lastFetchedAt
    }
  }
`);

const StopMutation = graphql(`
  mutation StopCalendarFeed {
    stopCalendarFeed
  }
`);

/**
 * The person's calendar subscription: a secret address for their calendar app with the activities they
 * registered for (and, if they like, all of their ateliers'). The address is shown once, when it is made; the
 * server keeps only its hash, so a lost address is replaced by a new one.
 */
export function CalendarSubscription() {
  const { t, formatDate } = useI18n();
  const id = useId();
  const feed = useQuery(FeedQuery, { fetchPolicy: 'cache-and-network' });
  const [start, starting] = useMutation(StartMutation);
  const [update, updating] = useMutation(UpdateMutation);
  const [stop, stopping] = useMutation(StopMutation);
  const [address, setAddress] = useState<{ url: string; webcalUrl: string } | null>(null);
  const [wider, setWider] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'renew' | 'stop' | null>(null);
  const addressField = useRef<HTMLInputElement>(null);
  const busy = starting.loading || updating.loading || stopping.loading;
  const current = feed.data?.myCalendarFeed ?? null;

  async function run(action: () => Promise<unknown>, done: string | null) {
    setProblem(null);
    setNotice(null);
    try {
      await action();
      if (done) setNotice(done);
    } catch {
      setProblem(t('state.error'));
    }
  }

  async function makeAddress(includeFollowed: boolean) {
    await run(async () => {
      const result = await start({ variables: { includeFollowed } });
      const started = result.data?.startCalendarFeed;
      if (!started) return;
      setAddress({ url: started.url, webcalUrl: started.webcalUrl });
      await feed.refetch();
      setTimeout(() => addressField.current?.focus(), 0);
    }, null);
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setNotice(t('calendar.copied'));
    } catch {
      // No clipboard (an insecure origin, a refused permission): the address is selected to copy by hand.
      addressField.current?.focus();
    }
  }

  if (feed.loading && !feed.data) return <Loading />;
  if (feed.error && !feed.data) return <LoadError retry={() => void feed.refetch()} />;

  return (
    <div className="calendar-subscription">
      <p>{t('calendar.intro')}</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      {address && (
        <div className="card">
          <div className="field">
            <label htmlFor={`${id}-address`}>{t('calendar.address')}</label>
            <p id={`${id}-address-hint`} className="field__hint">
              {t('calendar.addressHint')}
            </p>
            <input
              id={`${id}-address`}
              ref={addressField}
              className="beheer__link"
              readOnly
              value={address.url}
              aria-describedby={`${id}-address-hint`}
              onFocus={(e) => e.target.select()}
            />
          </div>
          <div className="choice">
            <button type="button" className="button button--primary" onClick={() => void copy(address.url)}>
              {t('calendar.copy')}
            </button>
            <a className="button" href={address.webcalUrl}>
              {t('calendar.open')}
            </a>
          </div>
        </div>
      )}
      {current ? (
        <>
          <p>
            {t('calendar.since', { date: formatDate(current.createdAt) })}{' '}
            {current.lastFetchedAt
              ? t('calendar.lastFetched', { date: formatDate(current.lastFetchedAt) })
              : t('calendar.neverFetched')}
          </p>
          <label className="checkbox checkbox--block">
            <input
              type="checkbox"
              checked={current.includeFollowed}
              disabled={busy}
              onChange={(e) => {
                const includeFollowed = e.target.checked;
                void run(
                  () => update({ variables: { includeFollowed } }),
                  includeFollowed ? t('calendar.widerOn') : t('calendar.widerOff'),
                );
              }}
            />{' '}
            {t('calendar.wider')}
          </label>
          <div className="choice">
            <button type="button" className="button" disabled={busy} onClick={() => setConfirm('renew')}>
              {t('calendar.renew')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={busy}
              onClick={() => setConfirm('stop')}
            >
              {t('calendar.stop')}
            </button>
          </div>
        </>
      ) : (
        <>
          <label className="checkbox checkbox--block">
            <input type="checkbox" checked={wider} onChange={(e) => setWider(e.target.checked)} />{' '}
            {t('calendar.wider')}
          </label>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void makeAddress(wider)}
          >
            {t('calendar.start')}
          </button>
        </>
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={confirm === 'stop' ? t('calendar.stopTitle') : t('calendar.renewTitle')}
        confirmLabel={confirm === 'stop' ? t('calendar.stopConfirm') : t('calendar.renewConfirm')}
        cancelLabel={t('calendar.cancel')}
        busy={busy}
        onClose={() => setConfirm(null)}
        onConfirm={() => {
          const which = confirm;
          setConfirm(null);
          if (which === 'renew') void makeAddress(current?.includeFollowed ?? false);
          else
            void run(async () => {
              await stop();
              setAddress(null);
              await feed.refetch();
            }, t('calendar.stopped'));
        }}
      >
        <p>{confirm === 'stop' ? t('calendar.stopBody') : t('calendar.renewBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
