import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Loading } from '../modules/common/States';
import { RouteErrorBoundary } from '../modules/common/RouteError';
import { AgendaPage } from '../modules/agenda/AgendaPage';
import { Layout } from './Layout';

// Every page is its own chunk, except the agenda, the front door, which comes with the shell (one round
// trip less for a first visit). Declarative routes
// keep the router's share of the first bundle small (no data-router runtime).
const SignInPage = lazy(async () => ({ default: (await import('../modules/auth/SignInPage')).SignInPage }));
const SignUpPage = lazy(async () => ({ default: (await import('../modules/auth/SignUpPage')).SignUpPage }));
const SetPasswordPage = lazy(async () => ({
  default: (await import('../modules/auth/SetPasswordPage')).SetPasswordPage,
}));
const AtelierPage = lazy(async () => ({
  default: (await import('../modules/atelier/AtelierPage')).AtelierPage,
}));
const PrivacyPage = lazy(async () => ({
  default: (await import('../modules/privacy/PrivacyPage')).PrivacyPage,
}));
const LogLessonPage = lazy(async () => ({
  default: (await import('../modules/lesson/LogLessonPage')).LogLessonPage,
}));
const LessonPage = lazy(async () => ({ default: (await import('../modules/lesson/LessonPage')).LessonPage }));
const DashboardPage = lazy(async () => ({
  default: (await import('../modules/dashboard/DashboardPage')).DashboardPage,
}));
const ComposeInsightPage = lazy(async () => ({
  default: (await import('../modules/dashboard/ComposeInsightPage')).ComposeInsightPage,
}));
const CommitteePage = lazy(async () => ({
  default: (await import('../modules/committee/CommitteePage')).CommitteePage,
}));
const SearchPage = lazy(async () => ({ default: (await import('../modules/search/SearchPage')).SearchPage }));
const FeedPage = lazy(async () => ({ default: (await import('../modules/feed/FeedPage')).FeedPage }));
const InsightPage = lazy(async () => ({
  default: (await import('../modules/insight/InsightPage')).InsightPage,
}));
const ActivityPage = lazy(async () => ({
  default: (await import('../modules/activity/ActivityPage')).ActivityPage,
}));
const NotificationsPage = lazy(async () => ({
  default: (await import('../modules/notifications/NotificationsPage')).NotificationsPage,
}));
const MembershipsPage = lazy(async () => ({
  default: (await import('../modules/memberships/MembershipsPage')).MembershipsPage,
}));
const BeheerPage = lazy(async () => ({ default: (await import('../modules/beheer/BeheerPage')).BeheerPage }));
const ThemePage = lazy(async () => ({ default: (await import('../modules/theme/ThemePage')).ThemePage }));
const NotFound = lazy(async () => ({ default: (await import('../modules/common/NotFound')).NotFound }));

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
