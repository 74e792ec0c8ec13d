import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  createObservationResponseSchema,
  indicatorDetailResponseSchema,
  indicatorListResponseSchema,
  type IndicatorListQuery,
} from '../domain/contract';
import type { ObservationWrite } from '../domain/history-contract';
import { serialisePresetMap, type PresetMap } from '../domain/preset-map';
import type { Thresholds } from '../domain/status';
import { z } from '../domain/zod';
import { apiRequest, apiUrl, jsonBody } from './client';
import { queryKeys } from './query-keys';

/** The filtered, sorted indicator table (GET /api/indicators). */
export function indicatorListQuery(query: IndicatorListQuery) {
  return queryOptions({
    queryKey: queryKeys.indicatorList(query),
    queryFn: async ({ signal }) => {
      const data = await apiRequest(apiUrl('/indicators', { ...query }), indicatorListResponseSchema, { signal });
      // The bench measures from here to the painted rows (indicators:painted).
      performance.mark('indicators:data');
      return data;
    },
  });
}

/** One indicator with its observations and evaluation (GET /api/indicators/:id) under the given presets. */
export function indicatorDetailQuery(id: string, period: string, thresholds: Thresholds, presets: PresetMap) {
  const status = { ...thresholds, presets: serialisePresetMap(presets) };
  return queryOptions({
    queryKey: queryKeys.indicatorDetail(id, period, status),
    queryFn: ({ signal }) =>
      apiRequest(
        apiUrl(`/indicators/${encodeURIComponent(id)}`, { period, ...status }),
        indicatorDetailResponseSchema,
        { signal },
      ),
  });
}

/** Adds an observation, optionally saying why (POST /api/indicators/:id/observations). */
export function addObservation(id: string, input: ObservationWrite, period: string) {
  return apiRequest(
    apiUrl(`/indicators/${encodeURIComponent(id)}/observations`, { period }),
    createObservationResponseSchema,
    jsonBody('POST', input),
  );
}

/** After a write every computed view may change: statuses, counts, trends. */
export function invalidateAfterWrite(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: queryKeys.all });
}

/** Resets the demo data to the built-in sample (POST /api/demo/reset). */
export async function resetDemoData(queryClient: QueryClient): Promise<void> {
  await apiRequest(apiUrl('/demo/reset'), z.null(), { method: 'POST' });
  await invalidateAfterWrite(queryClient);
}
