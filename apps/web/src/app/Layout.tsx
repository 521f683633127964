import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql-shell';
import { JoinLink } from '../modules/auth/JoinLink';
import { useI18n, useSavedLocaleAtSignIn } from './i18n';
import { clearDrafts } from './drafts';
import { useRolesIn, useViewer } from './session';
import { useWorkshopState, workshopPath } from './workshop';

// Only for who takes part in more than one werkplaats: loaded after the page, not with the first route.
const WorkshopSwitcher = lazy(async () => ({
  default: (await import('../modules/workshop/WorkshopSwitcher')).WorkshopSwitcher,
}));

// Live notifications (and with them the socket): loaded after the page, for a signed-in person.
const LiveNotifications = lazy(async () => ({
  default: (await import('../modules/notifications/LiveNotifications')).LiveNotifications,
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

// Whether the person moderates in this werkplaats (trekker, beheerder), and how many reported items wait for them.
const ModerationSummaryQuery = graphql(`
  query ModerationSummary($workshopId: ID!) {
    moderationSummary(workshopId: $workshopId) {
      mayModerate
      openItemCount
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

// Asked just before signing out: once the session has ended, the server no longer knows its provider.
const ProviderLogoutQuery = graphql(`
  query ProviderLogout {
    providerLogout {
      url
      label
    }
  }
`);

/**
 * A disclosure (a button that shows and hides a panel): Escape closes it and gives the focus back to its button,
 * and it closes by itself on the next page (it is open for the address where it was opened).
 */
function useDisclosure(pathname: string, button: RefObject<HTMLButtonElement | null>) {
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  return {
    open,
    toggle: () => setOpenAt(open ? null : pathname),
    close: () => setOpenAt(null),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !open) return;
      event.stopPropagation();
      setOpenAt(null);
      button.current?.focus();
    },
  };
}

/** The frame of every page: skip link, header with navigation and language switch, main, footer. */
export function Layout() {
  const { t, locale, setLocale } = useI18n();
  const { viewer, loading: viewerLoading, failed: viewerFailed } = useViewer();
  useSavedLocaleAtSignIn(viewer, !viewerLoading && !viewerFailed);
  const { slug, workshop } = useWorkshopState();
  // Beheer and the commissie's agenda are offered where the person holds that role (anywhere, off a werkplaats),
  // and on a werkplaats's page only once that werkplaats is known.
  const roles = useRolesIn(workshop?.id ?? null, { pending: slug !== null && !workshop });
  // Links to a werkplaats's pages stay in the werkplaats of the page; elsewhere the old addresses lead to one.
  const base = slug ? workshopPath(workshop?.slug ?? slug) : '';
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const [signOut] = useMutation(SignOutMutation);
  // After signing out of a session that came through a work-account provider: a link to that provider's logout,
  // on the page signing out led to. A link, not a redirect: the work account also opens the person's mail and
  // other work, and ending it there is their choice; this session has ended either way.
  const [providerLogout, setProviderLogout] = useState<{ at: string; url: string; label: string } | null>(
    null,
  );
  // On a small screen the navigation, search and account sit behind one menu button; the person's own things
  // (werkplaats, sign out) sit behind their name.
  const menuButton = useRef<HTMLButtonElement>(null);
  const accountButton = useRef<HTMLButtonElement>(null);
  const menu = useDisclosure(location.pathname, menuButton);
  const account = useDisclosure(location.pathname, accountButton);
  // New notifications show up as they are made while the live socket is open; without it within a minute (polling),
  // and at every navigation either way.
  const {
    data: unreadData,
    refetch: refetchUnread,
    startPolling: pollUnread,
    stopPolling: stopPollingUnread,
  } = useQuery(UnreadQuery, {
    skip: !viewer,
    pollInterval: 60_000,
  });
  const unread = viewer ? (unreadData?.unreadNotificationCount ?? 0) : 0;
  // Memberships waiting for this person's decision (a beheerder's, or an organisation contact's).
  const toDecide = viewer ? (unreadData?.membershipRequests.totalCount ?? 0) : 0;
  const { data: moderationData, refetch: refetchModeration } = useQuery(ModerationSummaryQuery, {
    variables: { workshopId: workshop?.id ?? '' },
    skip: !viewer || !workshop,
    pollInterval: 60_000,
  });
  const moderation = viewer && workshop ? moderationData?.moderationSummary : undefined;
  useEffect(() => {
    if (viewer && workshop) void refetchModeration();
  }, [location.pathname, viewer, workshop, refetchModeration]);
  useEffect(() => {
    if (viewer) void refetchUnread();
  }, [location.pathname, viewer, refetchUnread]);

  // After a client-side navigation, move focus to the new page so screen readers announce it. Focusing <main> would
  // scroll it to the top of the window, pushing the header out of view on a phone: the new page opens at the top
  // instead, header and all (an address with a #part is left to the page, which scrolls to that part).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    if (!window.location.hash) window.scrollTo(0, 0);
  }, [location.pathname]);

  // The account panel closes when one clicks or tabs away from it.
  const accountBox = useRef<HTMLDivElement>(null);
  const closeAccount = account.close;
  useEffect(() => {
    if (!account.open) return;
    const away = (event: Event) => {
      if (!accountBox.current?.contains(event.target as Node)) closeAccount();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
    };
  }, [account.open, closeAccount]);

  const searchText = location.pathname.endsWith('/zoeken')
    ? (new URLSearchParams(location.search).get('q') ?? '')
    : '';
  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    if (typeof q !== 'string' || q.trim() === '') return;
    // Searching again from the search page keeps its filters.
    const params = new URLSearchParams(location.pathname.endsWith('/zoeken') ? location.search : '');
    params.set('q', q.trim());
    void navigate(`${base}/zoeken?${params.toString()}`);
  }

  async function onSignOut() {
    // A provider that cannot be asked only costs the link to its logout, never the signing out.
    const logout = await client
      .query({ query: ProviderLogoutQuery, fetchPolicy: 'network-only' })
      .then(({ data }) => data?.providerLogout ?? null)
      .catch(() => null);
    await signOut();
    setProviderLogout(logout ? { at: '/', url: logout.url, label: logout.label } : null);
    // Unsaved drafts kept in this browser may hold personal data: they go with the session. Again once the
    // form has gone, in case a pause in typing wrote one while the store was reset.
    clearDrafts();
    await navigate('/');
    // Everything read as the person is forgotten and asked again as a visitor. A question that refuses a visitor
    // (the unread count) or that the reset cuts off rejects the reset as a whole; the others, the viewer among
    // them, are asked again all the same, so that is no reason to stay signed in on screen.
    await client.resetStore().catch(() => undefined);
    clearDrafts();
  }

  const languageButton = (
    <button
      type="button"
      className="button button--quiet"
      lang={locale === 'nl' ? 'en' : 'nl'}
      aria-label={t('nav.switchToLabel')}
      onClick={() => setLocale(locale === 'nl' ? 'en' : 'nl')}
    >
      {t('nav.switchTo')}
    </button>
  );
  const waiting = unread + toDecide;

  return (
    <div className="page">
      <a className="skip-link" href="#inhoud">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner" onKeyDown={menu.onKeyDown}>
          <Link to={base || '/'} className="brand">
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="6" />
              <path d="M7 22 L12 10 L16 18 L20 10 L25 22" />
            </svg>
            {/* The short name on a small screen whether or not the werkplaats has loaded yet: the long one
                would push the menu button onto a second row until it had (a layout shift). */}
            <span>
              <span className="brand__name brand__name--long">{t('app.name')}</span>
              <span className="brand__name brand__name--short">{t('app.shortName')}</span>
              {workshop && <span className="brand__region">{workshop.region ?? workshop.name}</span>}
            </span>
          </Link>
          <button
            type="button"
            ref={menuButton}
            className="button button--quiet menu-toggle"
            aria-expanded={menu.open}
            aria-controls="site-menu"
            onClick={menu.toggle}
          >
            <svg className="menu-toggle__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d={menu.open ? 'M6 6 L18 18 M18 6 L6 18' : 'M4 7 H20 M4 12 H20 M4 17 H20'} />
            </svg>
            {t('nav.menu')}
            {waiting > 0 && (
              <span className="count-badge">
                {waiting}
                <span className="visually-hidden"> {t('nav.waiting')}</span>
              </span>
            )}
          </button>
          <div id="site-menu" className={`site-menu${menu.open ? ' site-menu--open' : ''}`}>
            <nav aria-label={t('nav.main')} className="site-nav">
              {workshop || slug ? (
                <NavLink to={base} end>
                  {t('nav.agenda')}
                </NavLink>
              ) : (
                <NavLink to="/" end>
                  {t('nav.workshops')}
                </NavLink>
              )}
              {viewer && <NavLink to={`${base}/tribune`}>{t('nav.feed')}</NavLink>}
              {(workshop || slug) && <NavLink to={`${base}/opbrengsten`}>{t('nav.outputs')}</NavLink>}
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
              {/* In the row only while reports wait, as the membership requests: the row has room for little more. */}
              {moderation?.mayModerate && moderation.openItemCount > 0 && (
                <NavLink to={`${base}/moderatie`}>
                  {t('nav.moderation')}
                  {moderation.openItemCount > 0 && (
                    <span className="count-badge">
                      {moderation.openItemCount}
                      <span className="visually-hidden"> {t('nav.toModerate')}</span>
                    </span>
                  )}
                </NavLink>
              )}
              {roles.isAdmin && <NavLink to={`${base}/beheer`}>{t('nav.beheer')}</NavLink>}
              {roles.isCommittee && <NavLink to={`${base}/commissie`}>{t('nav.committee')}</NavLink>}
            </nav>
            {/* Search is a werkplaats's: on pages of none (the list of werkplaatsen, privacy) there is none. */}
            {slug && (
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
            {viewer ? (
              <div className="site-account" ref={accountBox} onKeyDown={account.onKeyDown}>
                {languageButton}
                <button
                  type="button"
                  ref={accountButton}
                  className="button button--quiet site-account__toggle"
                  aria-expanded={account.open}
                  aria-controls="site-account"
                  onClick={account.toggle}
                >
                  <span className="site-account__who">
                    <span className="site-account__label">{t('nav.signedInAsLabel')}</span>{' '}
                    <span className="site-account__name">{viewer.name}</span>
                  </span>
                  <svg
                    className="site-account__caret"
                    viewBox="0 0 12 12"
                    aria-hidden="true"
                    focusable="false"
                  >
                    <path d="M2 4 L6 8 L10 4" />
                  </svg>
                </button>
                <div
                  id="site-account"
                  className={`site-account__panel${account.open ? ' site-account__panel--open' : ''}`}
                >
                  {viewer.workshops.length > 1 && (
                    <Suspense fallback={null}>
                      <WorkshopSwitcher workshops={viewer.workshops} />
                    </Suspense>
                  )}
                  <Link className="button button--quiet" to="/mijn-gegevens">
                    {t('nav.profile')}
                  </Link>
                  {moderation?.mayModerate && (
                    <Link className="button button--quiet" to={`${base}/moderatie`}>
                      {t('nav.moderation')}
                    </Link>
                  )}
                  <button type="button" className="button button--quiet" onClick={() => void onSignOut()}>
                    {t('nav.signOut')}
                  </button>
                </div>
              </div>
            ) : viewerFailed ? null : (
              // Only offered when the API said no one is signed in; a failure to ask is shown by the page.
              <div className="site-account site-account--visitor">
                {languageButton}
                <Link className="button" to={`/inloggen?terug=${encodeURIComponent(location.pathname)}`}>
                  {t('nav.signIn')}
                </Link>
                <JoinLink back={location.pathname} />
              </div>
            )}
          </div>
        </div>
      </header>
      <main id="inhoud" ref={main} tabIndex={-1} className="site-main">
        {viewer && (
          <Suspense fallback={null}>
            <LiveNotifications
              key={viewer.id}
              onNotification={() => void refetchUnread()}
              onLive={(open) => (open ? stopPollingUnread() : pollUnread(60_000))}
            />
          </Suspense>
        )}
        {viewer?.emailConfirmed === false && (
          <Suspense fallback={null}>
            <ConfirmEmailNotice email={viewer.email ?? ''} />
          </Suspense>
        )}
        {providerLogout?.at === location.pathname && !viewer && (
          <p className="notice" role="status">
            {t('nav.signedOutHere')}{' '}
            <a href={providerLogout.url}>{t('nav.signOutAtProvider', { label: providerLogout.label })}</a>
          </p>
        )}
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.about')}</p>
        {/* The statements the law expects: a werkplaats's own privacy statement, off one the list of them. */}
        {/* What a werkplaats knows, in pictures: its network and the spread of its lessons. */}
        {slug && (
          <nav aria-label={t('footer.workshopLinks')} className="site-footer__links">
            <Link to={`${base}/netwerk`}>{t('footer.network')}</Link>
            <Link to={`${base}/spreiding`}>{t('footer.spread')}</Link>
            <Link to={`${base}/gedragscode`}>{t('footer.codeOfConduct')}</Link>
          </nav>
        )}
        <nav aria-label={t('footer.links')} className="site-footer__links">
          <Link to={`${base}/privacyverklaring`}>{t('footer.privacyStatement')}</Link>
          <Link to="/toegankelijkheid">{t('footer.accessibility')}</Link>
          <Link to="/privacy">{t('footer.privacy')}</Link>
          {/* What the werkplaats of the page shares as open data (report-opendata). */}
          {base && <Link to={`${base}/open-data`}>{t('footer.openData')}</Link>}
        </nav>
      </footer>
    </div>
  );
}
