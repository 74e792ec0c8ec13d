import { queryOptions } from '@tanstack/react-query';
import { summaryResponseSchema } from '../domain/contract';
import { serialisePresetMap, type PresetMap } from '../domain/preset-map';
import type { Thresholds } from '../domain/status';
import { apiRequest, apiUrl } from './client';
import { queryKeys } from './query-keys';

/** What the Overview needs for a period, in one request (GET /api/summary). */
export function summaryQuery(period: string, thresholds: Thresholds, presets: PresetMap) {
  const status = { ...thresholds, presets: serialisePresetMap(presets) };
  return queryOptions({
    queryKey: queryKeys.summary(period, status),
    queryFn: ({ signal }) => apiRequest(apiUrl('/summary', { period, ...status }), summaryResponseSchema, { signal }),
  });
}
