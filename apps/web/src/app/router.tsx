import type { ApolloClient } from '@apollo/client';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, matchPath, Outlet, Route, Routes, useLocation } from 'react-router';
import { LoadError, Loading } from '../modules/common/States';
// Listens for back and forward before the router does (see there): imported here, so it loads first.
import './history-guard';
import { RouteErrorBoundary } from '../modules/common/RouteError';
import { pageTextsReady } from './i18n';
import { Layout } from './Layout';
import { leftFirstPage, type Prefetch } from './prefetch';
import { useViewer } from './session';
import { useWorkshopState, WorkshopProvider } from './workshop';

/** A page's component, as its module exports it. */
type PageComponent = ComponentType & { prefetch?: Prefetch };

/** A page's component that can be asked to load before it is drawn. */
type Page = ComponentType & { preload: () => Promise<unknown>; code: () => Promise<PageComponent> };

/**
 * A lazily loaded page whose loading can also start early (`preload`): on a first visit the page's chunk loads
 * while the werkplaats and the viewer are still being asked for, instead of after. It draws once its code and
 * whatever else it needs (`ready`) are in. A failed load is forgotten, so a retry asks again.
 */
function preloadable(load: () => Promise<PageComponent>, ready?: () => Promise<unknown>): Page {
  let loading: Promise<PageComponent> | undefined;
  const code = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const preload = async () => (await Promise.all([code(), ready?.()]))[0];
  return Object.assign(
    lazy(async () => ({ default: await preload() })),
    { preload, code },
  );
}

/**
 * A page of its own chunk: it shows once both its code and the pages' texts (see i18n.tsx) are in. The two front
 * doors need only the shell's texts, so they load without them: a first visit waits for less.
 */
function lazyPage(load: () => Promise<PageComponent>): Page {
  return preloadable(load, pageTextsReady);
}

// Every page is its own chunk: the two front doors (the list of werkplaatsen at `/`, a werkplaats's agenda at
// `/w/<slug>`) each load one small chunk after the shell. Declarative routes keep the router's share of the
// first bundle small (no data-router runtime).
const WorkshopsPage = preloadable(
  async () => (await import('../modules/workshop/WorkshopsPage')).WorkshopsPage,
);
const AgendaPage = preloadable(async () => (await import('../modules/agenda/AgendaPage')).AgendaPage);
const OldObjectAddress = lazyPage(
  async () => (await import('../modules/workshop/OldAddress')).OldObjectAddress,
);
const OldWorkshopAddress = lazyPage(
  async () => (await import('../modules/workshop/OldAddress')).OldWorkshopAddress,
);
const SignInPage = lazyPage(async () => (await import('../modules/auth/SignInPage')).SignInPage);
const LinkWorkAccountPage = lazyPage(
  async () => (await import('../modules/auth/LinkWorkAccountPage')).LinkWorkAccountPage,
);
const SignUpPage = lazyPage(async () => (await import('../modules/auth/SignUpPage')).SignUpPage);
const ForgotPasswordPage = lazyPage(
  async () => (await import('../modules/auth/ForgotPasswordPage')).ForgotPasswordPage,
);
const SetPasswordPage = lazyPage(
  async () => (await import('../modules/auth/SetPasswordPage')).SetPasswordPage,
);
const WelcomePage = lazyPage(async () => (await import('../modules/welcome/WelcomePage')).WelcomePage);
const ConfirmEmailPage = lazyPage(
  async () => (await import('../modules/auth/ConfirmEmailPage')).ConfirmEmailPage,
);
const InvitationPage = lazyPage(
  async () => (await import('../modules/invitations/InvitationPage')).InvitationPage,
);
const AtelierPage = lazyPage(async () => (await import('../modules/atelier/AtelierPage')).AtelierPage);
const PrivacyPage = lazyPage(async () => (await import('../modules/privacy/PrivacyPage')).PrivacyPage);
const ProfilePage = lazyPage(async () => (await import('../modules/profile/ProfilePage')).ProfilePage);
const PrivacyStatementPage = lazyPage(
  async () => (await import('../modules/statements/PrivacyStatementPage')).PrivacyStatementPage,
);
const PrivacyStatementsPage = lazyPage(
  async () => (await import('../modules/statements/PrivacyStatementsPage')).PrivacyStatementsPage,
);
const AccessibilityPage = lazyPage(
  async () => (await import('../modules/statements/AccessibilityPage')).AccessibilityPage,
);
const LogLessonPage = lazyPage(async () => (await import('../modules/lesson/LogLessonPage')).LogLessonPage);
const LessonPage = lazyPage(async () => (await import('../modules/lesson/LessonPage')).LessonPage);
const DashboardPage = lazyPage(
  async () => (await import('../modules/dashboard/DashboardPage')).DashboardPage,
);
const ComposeDigestPage = lazyPage(
  async () => (await import('../modules/dashboard/ComposeDigestPage')).ComposeDigestPage,
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
const QuestionPage = lazyPage(async () => (await import('../modules/question/QuestionPage')).QuestionPage);
const ProposalPage = lazyPage(async () => (await import('../modules/decision/ProposalPage')).ProposalPage);
const ActivityPage = lazyPage(async () => (await import('../modules/activity/ActivityPage')).ActivityPage);
const NotificationsPage = lazyPage(
  async () => (await import('../modules/notifications/NotificationsPage')).NotificationsPage,
);
const MembershipsPage = lazyPage(
  async () => (await import('../modules/memberships/MembershipsPage')).MembershipsPage,
);
const BeheerPage = lazyPage(async () => (await import('../modules/beheer/BeheerPage')).BeheerPage);
const CataloguePage = lazyPage(async () => (await import('../modules/output/CataloguePage')).CataloguePage);
const OutputPage = lazyPage(async () => (await import('../modules/output/OutputPage')).OutputPage);
const RegisterOutputPage = lazyPage(
  async () => (await import('../modules/output/OutputFormPage')).RegisterOutputPage,
);
const EditOutputPage = lazyPage(
  async () => (await import('../modules/output/OutputFormPage')).EditOutputPage,
);
const ThemePage = lazyPage(async () => (await import('../modules/theme/ThemePage')).ThemePage);
const OpenDataPage = lazyPage(async () => (await import('../modules/report/OpenDataPage')).OpenDataPage);
const NetworkPage = lazyPage(async () => (await import('../modules/network/NetworkPage')).NetworkPage);
const SpreadPage = lazyPage(async () => (await import('../modules/spread/SpreadPage')).SpreadPage);
const AtelierSpreadPage = lazyPage(
  async () => (await import('../modules/spread/AtelierSpreadPage')).AtelierSpreadPage,
);
const ModerationPage = lazyPage(
  async () => (await import('../modules/moderation/ModerationPage')).ModerationPage,
);
const CodeOfConductPage = lazyPage(
  async () => (await import('../modules/moderation/CodeOfConductPage')).CodeOfConductPage,
);
const NotFound = lazyPage(async () => (await import('../modules/common/NotFound')).NotFound);

function page(Page: ComponentType) {
  return (
    <RouteErrorBoundary>
      <ViewerKnown>
        <Suspense fallback={<Loading />}>
          <Page />
        </Suspense>
      </ViewerKnown>
    </RouteErrorBoundary>
  );
}

/**
 * A page draws once it is known who is reading: when asking that failed (no connection, a server error), the page
 * says so with a retry, instead of drawing as for a visitor ("Log in om …") while the person may be signed in.
 */
function ViewerKnown({ children }: { children: ReactNode }) {
  const { failed, retry } = useViewer();
  return failed ? <LoadError retry={retry} /> : children;
}

/** The pages of a werkplaats render once its address is known to name one; an unknown slug is not found. */
function WorkshopRoute() {
  const { workshop, loading, error, refetch } = useWorkshopState();
  if (loading) return <Loading />;
  if (error) return <LoadError retry={refetch} />;
  if (!workshop) return page(NotFound);
  return <Outlet />;
}

/** The pages of a werkplaats, under `/w/:slug`. */
const WORKSHOP_PAGES: { path: string; Page: Page }[] = [
  { path: 'ateliers/:id', Page: AtelierPage },
  { path: 'ateliers/:id/les', Page: LogLessonPage },
  { path: 'ateliers/:id/dashboard', Page: DashboardPage },
  { path: 'ateliers/:id/inzicht', Page: ComposeInsightPage },
  { path: 'ateliers/:id/overzicht', Page: ComposeDigestPage },
  { path: 'lessen/:id', Page: LessonPage },
  { path: 'inzichten/:id', Page: InsightPage },
  { path: 'vragen/:id', Page: QuestionPage },
  { path: 'besluiten/:id', Page: ProposalPage },
  { path: 'activiteiten/:id', Page: ActivityPage },
  { path: 'opbrengsten', Page: CataloguePage },
  { path: 'opbrengsten/:id', Page: OutputPage },
  { path: 'opbrengsten/:id/bewerken', Page: EditOutputPage },
  { path: 'ateliers/:id/opbrengst', Page: RegisterOutputPage },
  { path: 'tribune', Page: FeedPage },
  { path: 'zoeken', Page: SearchPage },
  { path: 'commissie', Page: CommitteePage },
  { path: 'lidmaatschappen', Page: MembershipsPage },
  { path: 'beheer/*', Page: BeheerPage },
  { path: 'privacyverklaring', Page: PrivacyStatementPage },
  { path: 'moderatie', Page: ModerationPage },
  { path: 'gedragscode', Page: CodeOfConductPage },
  { path: 'open-data', Page: OpenDataPage },
  { path: 'netwerk', Page: NetworkPage },
  { path: 'spreiding', Page: SpreadPage },
  { path: 'ateliers/:id/spreiding', Page: AtelierSpreadPage },
  { path: '*', Page: NotFound },
];

/** Pages of no werkplaats, and the addresses from before werkplaatsen had their own (they redirect). */
const OTHER_PAGES: { path: string; Page: Page }[] = [
  { path: '/', Page: WorkshopsPage },
  { path: '/inloggen', Page: SignInPage },
  { path: '/inloggen/koppelen', Page: LinkWorkAccountPage },
  { path: '/registreren', Page: SignUpPage },
  { path: '/welkom', Page: WelcomePage },
  { path: '/wachtwoord-instellen', Page: SetPasswordPage },
  { path: '/wachtwoord-vergeten', Page: ForgotPasswordPage },
  { path: '/uitnodiging', Page: InvitationPage },
  { path: '/e-mail-bevestigen', Page: ConfirmEmailPage },
  { path: '/privacy', Page: PrivacyPage },
  { path: '/mijn-gegevens', Page: ProfilePage },
  { path: '/privacyverklaring', Page: PrivacyStatementsPage },
  { path: '/toegankelijkheid', Page: AccessibilityPage },
  { path: '/meldingen', Page: NotificationsPage },
  { path: '/themas/:slug', Page: ThemePage },
  { path: '/ateliers/:id/*', Page: OldObjectAddress },
  { path: '/lessen/:id', Page: OldObjectAddress },
  { path: '/inzichten/:id', Page: OldObjectAddress },
  { path: '/activiteiten/:id', Page: OldObjectAddress },
  { path: '/tribune', Page: OldWorkshopAddress },
  { path: '/zoeken', Page: OldWorkshopAddress },
  { path: '/commissie', Page: OldWorkshopAddress },
  { path: '/lidmaatschappen', Page: OldWorkshopAddress },
  { path: '/beheer/*', Page: OldWorkshopAddress },
  { path: '*', Page: NotFound },
];

/**
 * Starts loading the page an address shows (its chunk and the pages' texts), so that it loads alongside the shell's
 * first questions, and sends the page's own question once its code is in (`Prefetch`); drawing it later finds both
 * on their way or there. Called once, with the address the visit starts at.
 */
export function preloadPage(
  { pathname, search }: { pathname: string; search: string },
  client: ApolloClient,
): void {
  const candidates = [
    { path: '/w/:slug', Page: AgendaPage },
    ...WORKSHOP_PAGES.map(({ path, Page }) => ({ path: `/w/:slug/${path}`, Page })),
    ...OTHER_PAGES,
  ];
  const match = candidates.find(({ path, Page }) => Page !== NotFound && matchPath(path, pathname));
  if (!match) return;
  const { params } = matchPath(match.path, pathname)!;
  // A failure here is the page's to show when it is drawn (it asks again).
  match.Page.preload().catch(() => undefined);
  match.Page.code()
    .then((page) => page.prefetch?.(client, params, new URLSearchParams(search)))
    .catch(() => undefined);
}

/** Notes the first navigation (rendered before the routes, so the next page already sees it). */
function FirstPage() {
  if (useLocation().key !== 'default') leftFirstPage();
  return null;
}

export function AppRoutes() {
  return (
    <BrowserRouter>
      <FirstPage />
      <Routes>
        <Route
          element={
            <WorkshopProvider>
              <Layout />
            </WorkshopProvider>
          }
        >
          <Route path="/w/:slug" element={<WorkshopRoute />}>
            <Route index element={page(AgendaPage)} />
            {WORKSHOP_PAGES.map(({ path, Page }) => (
              <Route key={path} path={path} element={page(Page)} />
            ))}
          </Route>
          {OTHER_PAGES.map(({ path, Page }) => (
            <Route key={path} path={path} element={page(Page)} />
          ))}
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
