import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  notFound,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router';
import { isPatientId, isVisitId, type PatientId, type VisitId } from '../data/ids';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PendingScreen, RouteError } from './route-error';

// Every screen is its own chunk: the first load carries the shell only, and a screen's code
// (tables, forms, zod, IndexedDB) arrives when it is visited.

const rootRoute = createRootRoute({
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
  component: lazyRouteComponent(
    () => import('../features/patients/list/patients-page'),
    'PatientsPage',
  ),
});

const newPatientRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/new',
  component: lazyRouteComponent(
    () => import('../features/patients/form/new-patient-page'),
    'NewPatientPage',
  ),
});

const patientRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId',
  params: patientParams,
  component: lazyRouteComponent(
    () => import('../features/patients/record/patient-page'),
    'PatientPage',
  ),
});

const editPatientRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId/edit',
  params: patientParams,
  component: lazyRouteComponent(
    () => import('../features/patients/form/edit-patient-page'),
    'EditPatientPage',
  ),
});

const startVisitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId/visits/new',
  params: patientParams,
  component: lazyRouteComponent(() => import('../features/visits/start-visit-page'), 'StartVisitPage'),
});

/** The visit workspace: exam, live assessment and signing, composed here from three features. */
const visitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId/visits/$visitId',
  params: {
    parse: ({ patientId, visitId }: { patientId: string; visitId: string }): { patientId: PatientId; visitId: VisitId } => {
      if (!isPatientId(patientId) || !isVisitId(visitId)) throw notFound();
      return { patientId, visitId };
    },
    stringify: ({ patientId, visitId }: { patientId: PatientId; visitId: VisitId }) => ({ patientId, visitId }),
  },
  component: lazyRouteComponent(() => import('./visit-workspace/visit-workspace-page'), 'VisitWorkspacePage'),
});

/** The visit's treatment plan: drafted by the clinical core, edited and autosaved with the visit. */
const visitPlanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId/visits/$visitId/plan',
  params: {
    parse: ({ patientId, visitId }: { patientId: string; visitId: string }): { patientId: PatientId; visitId: VisitId } => {
      if (!isPatientId(patientId) || !isVisitId(visitId)) throw notFound();
      return { patientId, visitId };
    },
    stringify: ({ patientId, visitId }: { patientId: PatientId; visitId: VisitId }) => ({ patientId, visitId }),
  },
  component: lazyRouteComponent(() => import('./visit-plan/visit-plan-page'), 'VisitPlanPage'),
});

/** Print previews of a visit: the clinical record and the patient handout (A4 unless ?paper=letter). */
const printParams = {
  parse: ({ patientId, visitId }: { patientId: string; visitId: string }): { patientId: PatientId; visitId: VisitId } => {
    if (!isPatientId(patientId) || !isVisitId(visitId)) throw notFound();
    return { patientId, visitId };
  },
  stringify: ({ patientId, visitId }: { patientId: PatientId; visitId: VisitId }) => ({ patientId, visitId }),
};
const validatePaper = (search: Record<string, unknown>): { paper?: 'a4' | 'letter' } =>
  search.paper === 'letter' || search.paper === 'a4' ? { paper: search.paper } : {};

const printRecordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId/visits/$visitId/print/record',
  params: printParams,
  validateSearch: validatePaper,
  component: lazyRouteComponent(() => import('./print/print-pages'), 'RecordPrintPage'),
});

const printHandoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'patients/$patientId/visits/$visitId/print/handout',
  params: printParams,
  validateSearch: validatePaper,
  component: lazyRouteComponent(() => import('./print/print-pages'), 'HandoutPrintPage'),
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

export function createAppRouter(options: { readonly history?: RouterHistory } = {}) {
  const router = createRouter({
    routeTree,
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
