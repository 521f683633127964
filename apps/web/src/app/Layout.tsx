import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useRef, type FormEvent } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql-shell';
import { useI18n } from './i18n';
import { useRolesIn, useViewer } from './session';
import { useWorkshopState, workshopPath } from './workshop';

// Only for who takes part in more than one werkplaats: loaded after the page, not with the first route.
const WorkshopSwitcher = lazy(async () => ({
  default: (await import('../modules/workshop/WorkshopSwitcher')).WorkshopSwitcher,
}));

// Only for an account that has not confirmed its address yet: loaded when there is one.
const ConfirmEmailNotice = lazy(async () => ({
  default: (await import('../modules/auth/ConfirmEmailNotice')).ConfirmEmailNotice,
}));

const UnreadQuery = graphql(`
  query UnreadNotifications {
    unreadNotificationCount
    membershipRequests(first: 1) {
      totalCount
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** The frame of every page: skip link, header with navigation and language switch, main, footer. */
export function Layout() {
  const { t, locale, setLocale } = useI18n();
  const { viewer } = useViewer();
  const { workshop } = useWorkshopState();
  // Beheer and the commissie's agenda are offered where the person holds that role (anywhere, off a werkplaats).
  const roles = useRolesIn(workshop?.id ?? null);
  // Links to a werkplaats's pages stay in the werkplaats of the page; elsewhere the old addresses lead to one.
  const base = workshop ? workshopPath(workshop.slug) : '';
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const [signOut] = useMutation(SignOutMutation);
  // New notifications show up within a minute, and at every navigation.
  const { data: unreadData, refetch: refetchUnread } = useQuery(UnreadQuery, {
    skip: !viewer,
    pollInterval: 60_000,
  });
  const unread = viewer ? (unreadData?.unreadNotificationCount ?? 0) : 0;
  // Memberships waiting for this person's decision (a beheerder's, or an organisation contact's).
  const toDecide = viewer ? (unreadData?.membershipRequests.totalCount ?? 0) : 0;
  useEffect(() => {
    if (viewer) void refetchUnread();
  }, [location.pathname, viewer, refetchUnread]);

  // After a client-side navigation, move focus to the new page so screen readers announce it.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  const searchText = location.pathname.endsWith('/zoeken')
    ? (new URLSearchParams(location.search).get('q') ?? '')
    : '';
  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    if (typeof q === 'string' && q.trim() !== '')
      void navigate(`${base}/zoeken?q=${encodeURIComponent(q.trim())}`);
  }

  async function onSignOut() {
    await signOut();
    await client.resetStore();
    await navigate('/');
  }

  return (
    <div className="page">
      <a className="skip-link" href="#inhoud">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={base || '/'} className="brand">
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="6" />
              <path d="M7 22 L12 10 L16 18 L20 10 L25 22" />
            </svg>
            <span>
              <span className="brand__name">{t('app.name')}</span>
              {workshop && <span className="brand__region">{workshop.region ?? workshop.name}</span>}
            </span>
          </Link>
          <nav aria-label={t('nav.main')} className="site-nav">
            {workshop ? (
              <NavLink to={base} end>
                {t('nav.agenda')}
              </NavLink>
            ) : (
              <NavLink to="/" end>
                {t('nav.workshops')}
              </NavLink>
            )}
            {viewer && <NavLink to={`${base}/tribune`}>{t('nav.feed')}</NavLink>}
            {viewer && (
              <NavLink to="/meldingen">
                {t('nav.notifications')}
                {unread > 0 && (
                  <span className="count-badge">
                    {unread}
                    <span className="visually-hidden"> {t('nav.unread')}</span>
                  </span>
                )}
              </NavLink>
            )}
            {viewer && (roles.isAdmin || toDecide > 0) && (
              <NavLink to={`${base}/lidmaatschappen`}>
                {t('nav.memberships')}
                {toDecide > 0 && (
                  <span className="count-badge">
                    {toDecide}
                    <span className="visually-hidden"> {t('nav.toDecide')}</span>
                  </span>
                )}
              </NavLink>
            )}
            {roles.isAdmin && <NavLink to={`${base}/beheer`}>{t('nav.beheer')}</NavLink>}
            {roles.isCommittee && <NavLink to={`${base}/commissie`}>{t('nav.committee')}</NavLink>}
          </nav>
          {/* Search is a werkplaats's: on pages of none (the list of werkplaatsen, privacy) there is none. */}
          {workshop && (
            <form className="site-search" role="search" onSubmit={onSearch}>
              <label htmlFor="zoekveld" className="visually-hidden">
                {t('search.label')}
              </label>
              <input
                id="zoekveld"
                name="q"
                type="search"
                placeholder={t('search.placeholder')}
                defaultValue={searchText}
                key={searchText}
                maxLength={200}
              />
              <button type="submit" className="button">
                {t('search.submit')}
              </button>
            </form>
          )}
          {viewer && viewer.workshops.length > 1 && (
            <Suspense fallback={null}>
              <WorkshopSwitcher workshops={viewer.workshops} />
            </Suspense>
          )}
          <div className="site-header__account">
            <button
              type="button"
              className="button button--quiet"
              lang={locale === 'nl' ? 'en' : 'nl'}
              aria-label={t('nav.switchToLabel')}
              onClick={() => setLocale(locale === 'nl' ? 'en' : 'nl')}
            >
              {t('nav.switchTo')}
            </button>
            {viewer ? (
              <>
                <span className="site-header__viewer">{t('nav.signedInAs', { name: viewer.name })}</span>
                <button type="button" className="button button--quiet" onClick={() => void onSignOut()}>
                  {t('nav.signOut')}
                </button>
              </>
            ) : (
              <Link className="button" to={`/inloggen?terug=${encodeURIComponent(location.pathname)}`}>
                {t('nav.signIn')}
              </Link>
            )}
          </div>
        </div>
      </header>
      <main id="inhoud" ref={main} tabIndex={-1} className="site-main">
        {viewer?.emailConfirmed === false && (
          <Suspense fallback={null}>
            <ConfirmEmailNotice email={viewer.email ?? ''} />
          </Suspense>
        )}
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.about')}</p>
        <Link to="/privacy">{t('footer.privacy')}</Link>
      </footer>
    </div>
  );
}
