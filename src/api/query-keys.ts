/**
 * Every query key of the app, spelled once. Everything a query depends on (period, filters,
 * thresholds, status presets) is part of its key, so a change refetches and a cached view is reused.
 * The presets are in their serialised form, so equal maps give equal keys.
 */
import type { IndicatorListQuery } from '../domain/contract';
import type { GapsQuery } from '../domain/benchmark-contract';
import type { ProjectListQuery } from '../domain/project-contract';
import type { Thresholds } from '../domain/status';

/** Thresholds and the `presets` parameter: what the statuses of a view depend on. */
export type StatusParams = Thresholds & { readonly presets: string };

export const queryKeys = {
  /** Prefix of everything computed from observations: invalidated after any write. */
  all: ['api'] as const,
  summary: (period: string, status: StatusParams) => ['api', 'summary', { period, ...status }] as const,
  indicatorList: (query: IndicatorListQuery) => ['api', 'indicators', 'list', query] as const,
  indicatorDetail: (id: string, period: string, status: StatusParams) =>
    ['api', 'indicators', 'detail', id, { period, ...status }] as const,
  benchmarkSets: ['api', 'benchmark-sets'] as const,
  gaps: (query: Partial<GapsQuery>) => ['api', 'gaps', query] as const,
  projectList: (query: Partial<ProjectListQuery>) => ['api', 'projects', 'list', query] as const,
  projectDetail: (id: string, period: string) => ['api', 'projects', 'detail', id, { period }] as const,
  actions: (query: Record<string, string | number | undefined>) => ['api', 'actions', query] as const,
  /** An indicator's history: every version and note (under the prefix, so any write refreshes it). */
  indicatorHistory: (id: string) => ['api', 'indicators', 'history', id] as const,
  indicatorLinks: (id: string, period: string, status: StatusParams) =>
    ['api', 'indicators', 'links', id, { period, ...status }] as const,
  owners: ['api', 'owners'] as const,
  responsibilities: (query: Record<string, string | number | undefined>) => ['api', 'responsibilities', query] as const,
};
