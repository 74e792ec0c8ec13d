import { queryOptions } from '@tanstack/react-query';
import { summaryResponseSchema } from '../domain/contract';
import type { Thresholds } from '../domain/status';
import { apiRequest, apiUrl } from './client';
import { queryKeys } from './query-keys';

/** What the Overview needs for a period, in one request (GET /api/summary). */
export function summaryQuery(period: string, thresholds: Thresholds) {
  return queryOptions({
    queryKey: queryKeys.summary(period, thresholds),
    queryFn: ({ signal }) =>
      apiRequest(apiUrl('/summary', { period, ...thresholds }), summaryResponseSchema, { signal }),
  });
}
