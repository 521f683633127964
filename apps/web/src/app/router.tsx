import { lazy, Suspense, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Loading } from '../modules/common/States';
import { RouteErrorBoundary } from '../modules/common/RouteError';
import { AgendaPage } from '../modules/agenda/AgendaPage';
import { pageTextsReady } from './i18n';
import { Layout } from './Layout';

/** A page of its own chunk: it shows once both its code and the other pages' texts (see i18n.tsx) are in. */
function lazyPage(load: () => Promise<ComponentType>) {
  return lazy(async () => {
    const [Page] = await Promise.all([load(), pageTextsReady()]);
    return { default: Page };
  });
}

// Every page is its own chunk, except the agenda, the front door, which comes with the shell (one round
// trip less for a first visit). Declarative routes
// keep the router's share of the first bundle small (no data-router runtime).
const SignInPage = lazyPage(async () => (await import('../modules/auth/SignInPage')).SignInPage);
const SignUpPage = lazyPage(async () => (await import('../modules/auth/SignUpPage')).SignUpPage);
const ForgotPasswordPage = lazyPage(
  async () => (await import('../modules/auth/ForgotPasswordPage')).ForgotPasswordPage,
);
const SetPasswordPage = lazyPage(
  async () => (await import('../modules/auth/SetPasswordPage')).SetPasswordPage,
);
const AtelierPage = lazyPage(async () => (await import('../modules/atelier/AtelierPage')).AtelierPage);
const PrivacyPage = lazyPage(async () => (await import('../modules/privacy/PrivacyPage')).PrivacyPage);
const LogLessonPage = lazyPage(async () => (await import('../modules/lesson/LogLessonPage')).LogLessonPage);
const LessonPage = lazyPage(async () => (await import('../modules/lesson/LessonPage')).LessonPage);
const DashboardPage = lazyPage(
  async () => (await import('../modules/dashboard/DashboardPage')).DashboardPage,
);
const ComposeInsightPage = lazyPage(
  async () => (await import('../modules/dashboard/ComposeInsightPage')).ComposeInsightPage,
);
const CommitteePage = lazyPage(
  async () => (await import('../modules/committee/CommitteePage')).CommitteePage,
);
const SearchPage = lazyPage(async () => (await import('../modules/search/SearchPage')).SearchPage);
const FeedPage = lazyPage(async () => (await import('../modules/feed/FeedPage')).FeedPage);
const InsightPage = lazyPage(async () => (await import('../modules/insight/InsightPage')).InsightPage);
const ActivityPage = lazyPage(async () => (await import('../modules/activity/ActivityPage')).ActivityPage);
const NotificationsPage = lazyPage(
  async () => (await import('../modules/notifications/NotificationsPage')).NotificationsPage,
);
const MembershipsPage = lazyPage(
  async () => (await import('../modules/memberships/MembershipsPage')).MembershipsPage,
);
const BeheerPage = lazyPage(async () => (await import('../modules/beheer/BeheerPage')).BeheerPage);
const ThemePage = lazyPage(async () => (await import('../modules/theme/ThemePage')).ThemePage);
const NotFound = lazyPage(async () => (await import('../modules/common/NotFound')).NotFound);

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          {[
            { path: '/', Page: AgendaPage },
            { path: '/inloggen', Page: SignInPage },
            { path: '/registreren', Page: SignUpPage },
            { path: '/wachtwoord-instellen', Page: SetPasswordPage },
            { path: '/wachtwoord-vergeten', Page: ForgotPasswordPage },
            { path: '/ateliers/:id', Page: AtelierPage },
            { path: '/ateliers/:id/les', Page: LogLessonPage },
            { path: '/ateliers/:id/dashboard', Page: DashboardPage },
            { path: '/ateliers/:id/inzicht', Page: ComposeInsightPage },
            { path: '/lessen/:id', Page: LessonPage },
            { path: '/privacy', Page: PrivacyPage },
            { path: '/commissie', Page: CommitteePage },
            { path: '/tribune', Page: FeedPage },
            { path: '/inzichten/:id', Page: InsightPage },
            { path: '/activiteiten/:id', Page: ActivityPage },
            { path: '/meldingen', Page: NotificationsPage },
            { path: '/lidmaatschappen', Page: MembershipsPage },
            { path: '/beheer/*', Page: BeheerPage },
            { path: '/zoeken', Page: SearchPage },
            { path: '/themas/:slug', Page: ThemePage },
            { path: '*', Page: NotFound },
          ].map(({ path, Page }) => (
            <Route
              key={path}
              path={path}
              element={
                <RouteErrorBoundary>
                  <Suspense fallback={<Loading />}>
                    <Page />
                  </Suspense>
                </RouteErrorBoundary>
              }
            />
          ))}
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
