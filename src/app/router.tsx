/**
 * The routes. Pages other than the Overview are loaded on demand so the first page's JavaScript stays small; each route's
 * search params are validated (src/app/search.ts) so that a link reproduces a view.
 */
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  stringifySearchWith,
} from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { OverviewPage } from '../features/overview/overview-page';
import { Layout } from './layout';
import { NotFound } from './not-found';
import {
  validateActionsSearch,
  validateBenchmarksSearch,
  validateIndicatorsSearch,
  validatePeriodSearch,
  validateProjectsSearch,
  validateResponsibilitySearch,
} from '../routing/search';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Layout,
  notFoundComponent: NotFound,
});

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validatePeriodSearch,
  // The opening page is part of the first load: a lazy chunk would cost a round trip before anything shows.
  component: OverviewPage,
});

const indicatorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/indicators',
  validateSearch: validateIndicatorsSearch,
  component: lazyRouteComponent(() => import('../features/indicators/indicators-page'), 'IndicatorsPage'),
});

const indicatorDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/indicators/$id',
  validateSearch: validatePeriodSearch,
  component: lazyRouteComponent(() => import('../features/indicators/indicator-detail-page'), 'IndicatorDetailPage'),
});

const benchmarksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/benchmarks',
  validateSearch: validateBenchmarksSearch,
  component: lazyRouteComponent(() => import('../features/benchmarks/benchmarks-page'), 'BenchmarksPage'),
});

const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  validateSearch: validateProjectsSearch,
  component: lazyRouteComponent(() => import('../features/projects/projects-page'), 'ProjectsPage'),
});

const projectDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$id',
  validateSearch: validatePeriodSearch,
  component: lazyRouteComponent(() => import('../features/projects/project-detail-page'), 'ProjectDetailPage'),
});

const actionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/actions',
  validateSearch: validateActionsSearch,
  component: lazyRouteComponent(() => import('../features/actions/actions-page'), 'ActionsPage'),
});

const responsibilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/responsibility',
  validateSearch: validateResponsibilitySearch,
  component: lazyRouteComponent(() => import('../features/actions/responsibility-page'), 'ResponsibilityPage'),
});

const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settings',
  validateSearch: validatePeriodSearch,
  component: lazyRouteComponent(() => import('../features/settings/settings-page'), 'SettingsPage'),
});

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/import',
  validateSearch: validatePeriodSearch,
  component: lazyRouteComponent(() => import('../features/import/import-page'), 'ImportPage'),
});

export const routeTree = rootRoute.addChildren([
  overviewRoute,
  indicatorsRoute,
  indicatorDetailRoute,
  benchmarksRoute,
  projectsRoute,
  projectDetailRoute,
  actionsRoute,
  responsibilityRoute,
  importRoute,
  settingsRoute,
]);

/**
 * Links are written as plain text (`?period=2019`, not the default `?period=%222019%22` that keeps
 * the string type); the validators in src/routing/search.ts read numbers back as text.
 */
const stringifySearch = stringifySearchWith(JSON.stringify);

/** Creates the router; tests pass a memory history. */
export function createAppRouter(queryClient: QueryClient, history?: Parameters<typeof createRouter>[0]['history']) {
  return createRouter({
    routeTree,
    context: { queryClient },
    history,
    stringifySearch,
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
