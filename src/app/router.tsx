import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  notFound,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router';
import { isPatientId, isVisitId, type PatientId, type VisitId } from '../data/ids';
import { storageQueries } from '../data/storage/storage.queries';
import {
  isLibraryKind,
  parseLibrarySearch,
  type LibraryKind,
} from '../features/library/library-kinds';
import { validateCompareSearch } from '../features/compare/compare-search';
import { inNextTask } from '../lib/next-task';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PendingScreen, RouteError } from './route-error';

// Every screen is its own chunk: the first load carries the shell only, and a screen's code
// (tables, forms, zod, IndexedDB) arrives when it is visited. It is handed on in the next task
// (inNextTask): evaluating a screen's modules (zod builds its schemas then) and rendering it
// would otherwise be one long task that ignores input.

/**
 * What every route's loader can reach. A screen's loader fills the query cache before the screen
 * first renders, so it renders once, with its data, instead of a "Loading…" render followed by a
 * synchronous re-render when the data arrives. A failed read does not fail the loader: it stays in
 * its query, for the screen to show as it would without the loader.
 */
export interface AppRouterContext {
  readonly queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<AppRouterContext>()({
  // The storage banner, on every screen, asks whether records can be kept on this device.
  loader: async ({ context }) => {
    await context.queryClient.query(storageQueries.status()).catch(() => undefined);
  },
  component: Layout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/patients', replace: true });
  },
});

/** A malformed id in the URL is "not found", not a crash. */
const patientParams = {
  parse: ({ patientId }: { patientId: string }): { patientId: PatientId } => {
    if (!isPatientId(patientId)) throw notFound();
    return { patientId };
  },
  stringify: ({ patientId }: { patientId: PatientId }) => ({ patientId }),
};

const patientsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients',
  // The data's module is apart from the screen's: the two evaluate in separate tasks.
  loader: ({ context }) =>
    import('../features/patients/list/patients-data').then((data) =>
      data.prefetchPatientsPage(context.queryClient),
    ),
  component: lazyRouteComponent(
    () => import('../features/patients/list/patients-page').then(inNextTask),
    'PatientsPage',
  ),
});

const newPatientRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/new',
  component: lazyRouteComponent(
    () => import('../features/patients/form/new-patient-page').then(inNextTask),
    'NewPatientPage',
  ),
});

const patientRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId',
  params: patientParams,
  component: lazyRouteComponent(
    () => import('./patient-record-page').then(inNextTask),
    'PatientRecordPage',
  ),
});

const editPatientRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId/edit',
  params: patientParams,
  component: lazyRouteComponent(
    () => import('../features/patients/form/edit-patient-page').then(inNextTask),
    'EditPatientPage',
  ),
});

const startVisitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId/visits/new',
  params: patientParams,
  component: lazyRouteComponent(
    () => import('../features/visits/start-visit-page').then(inNextTask),
    'StartVisitPage',
  ),
});

/** The visit workspace: exam, live assessment and signing, composed here from three features. */
const visitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId/visits/$visitId',
  params: {
    parse: ({
      patientId,
      visitId,
    }: {
      patientId: string;
      visitId: string;
    }): { patientId: PatientId; visitId: VisitId } => {
      if (!isPatientId(patientId) || !isVisitId(visitId)) throw notFound();
      return { patientId, visitId };
    },
    stringify: ({ patientId, visitId }: { patientId: PatientId; visitId: VisitId }) => ({
      patientId,
      visitId,
    }),
  },
  component: lazyRouteComponent(
    () => import('./visit-workspace/visit-workspace-page').then(inNextTask),
    'VisitWorkspacePage',
  ),
});

/** The knowledge base: search and browse (the query and kind live in the URL), and one entry. */
const libraryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'library',
  validateSearch: parseLibrarySearch,
  component: lazyRouteComponent(
    () => import('../features/library/library-page').then(inNextTask),
    'LibraryPage',
  ),
});

/** `/library/tests` is the browse list of that kind; an unknown kind is "not found". */
const libraryKindRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'library/$kind',
  beforeLoad: ({ params }) => {
    if (!isLibraryKind(params.kind)) throw notFound();
    throw redirect({ to: '/library', search: { kind: params.kind }, replace: true });
  },
});

const libraryEntryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'library/$kind/$id',
  params: {
    parse: ({ kind, id }: { kind: string; id: string }): { kind: LibraryKind; id: string } => {
      if (!isLibraryKind(kind)) throw notFound();
      return { kind, id };
    },
    stringify: ({ kind, id }: { kind: LibraryKind; id: string }) => ({ kind, id }),
  },
  component: lazyRouteComponent(
    () => import('../features/library/entry-page').then(inNextTask),
    'LibraryEntryPage',
  ),
});

/** FHIR R4 export and import (linked from Settings). */
const exchangeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'exchange',
  component: lazyRouteComponent(
    () => import('../features/fhir/exchange-page').then(inNextTask),
    'ExchangePage',
  ),
});

const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'settings',
  component: lazyRouteComponent(
    () => import('../features/settings/settings-page').then(inNextTask),
    'SettingsPage',
  ),
});

/** Treatments and tiers side by side; the address holds the selection (and, optionally, the visit). */
const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'compare',
  validateSearch: validateCompareSearch,
  component: lazyRouteComponent(
    () => import('../features/compare/compare-page').then(inNextTask),
    'ComparePage',
  ),
});

/** A visit's address: both ids checked, or "not found". */
const visitParams = {
  parse: ({
    patientId,
    visitId,
  }: {
    patientId: string;
    visitId: string;
  }): { patientId: PatientId; visitId: VisitId } => {
    if (!isPatientId(patientId) || !isVisitId(visitId)) throw notFound();
    return { patientId, visitId };
  },
  stringify: ({ patientId, visitId }: { patientId: PatientId; visitId: VisitId }) => ({
    patientId,
    visitId,
  }),
};
/** The visit's treatment plan: drafted by the clinical core, edited and autosaved with the visit. */
const visitPlanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId/visits/$visitId/plan',
  params: visitParams,
  component: lazyRouteComponent(
    () => import('./visit-plan/visit-plan-page').then(inNextTask),
    'VisitPlanPage',
  ),
});

/** Print previews of a visit: the clinical record and the patient handout (A4 unless ?paper=letter). */
const validatePaper = (search: Record<string, unknown>): { paper?: 'a4' | 'letter' } =>
  search.paper === 'letter' || search.paper === 'a4' ? { paper: search.paper } : {};

const printRecordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId/visits/$visitId/print/record',
  params: visitParams,
  validateSearch: validatePaper,
  component: lazyRouteComponent(
    () => import('./print/print-pages').then(inNextTask),
    'RecordPrintPage',
  ),
});

const printHandoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId/visits/$visitId/print/handout',
  params: visitParams,
  validateSearch: validatePaper,
  component: lazyRouteComponent(
    () => import('./print/print-pages').then(inNextTask),
    'HandoutPrintPage',
  ),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  patientsRoute,
  newPatientRoute,
  patientRoute,
  editPatientRoute,
  startVisitRoute,
  visitRoute,
  visitPlanRoute,
  libraryRoute,
  libraryKindRoute,
  libraryEntryRoute,
  exchangeRoute,
  settingsRoute,
  compareRoute,
  printRecordRoute,
  printHandoutRoute,
]);

/**
 * After an in-app navigation, focus the new screen's heading so screen readers announce it and
 * keyboard users start from the top of the content (a full page load does this by itself).
 */
function focusScreenHeading(): void {
  requestAnimationFrame(() => {
    const target =
      document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    target?.focus({ preventScroll: true });
  });
}

export function createAppRouter(options: {
  readonly queryClient: QueryClient;
  readonly history?: RouterHistory;
}) {
  const router = createRouter({
    routeTree,
    context: { queryClient: options.queryClient },
    ...(options.history ? { history: options.history } : {}),
    defaultPreload: 'intent',
    defaultPendingComponent: PendingScreen,
    scrollRestoration: true,
  });
  router.subscribe('onResolved', (event) => {
    if (event.fromLocation && event.pathChanged) focusScreenHeading();
  });
  return router;
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
