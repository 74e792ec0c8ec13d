/**
 * Every query key of the app, spelled once. Everything a query depends on (period, filters,
 * thresholds) is part of its key, so a change refetches and a cached view is reused.
 */
import type { IndicatorListQuery } from '../domain/contract';
import type { GapsQuery } from '../domain/benchmark-contract';
import type { Thresholds } from '../domain/status';

export const queryKeys = {
  /** Prefix of everything computed from observations: invalidated after any write. */
  all: ['api'] as const,
  summary: (period: string, thresholds: Thresholds) => ['api', 'summary', { period, ...thresholds }] as const,
  indicatorList: (query: IndicatorListQuery) => ['api', 'indicators', 'list', query] as const,
  indicatorDetail: (id: string, period: string, thresholds: Thresholds) =>
    ['api', 'indicators', 'detail', id, { period, ...thresholds }] as const,
  benchmarkSets: ['api', 'benchmark-sets'] as const,
  gaps: (query: Partial<GapsQuery>) => ['api', 'gaps', query] as const,
};
