import { queryOptions } from '@tanstack/react-query';
import {
  benchmarkSetListResponseSchema,
  benchmarkSetResponseSchema,
  gapNoteResponseSchema,
  gapsResponseSchema,
  type GapNoteInput,
  type GapsQuery,
} from '../domain/benchmark-contract';
import type { BenchmarkValueWrite } from '../domain/history-contract';
import { apiRequest, apiUrl, jsonBody } from './client';
import { queryKeys } from './query-keys';

/** The benchmark sets, without their values (GET /api/benchmark-sets). */
export function benchmarkSetsQuery() {
  return queryOptions({
    queryKey: queryKeys.benchmarkSets,
    queryFn: ({ signal }) => apiRequest(apiUrl('/benchmark-sets'), benchmarkSetListResponseSchema, { signal }),
  });
}

/** Every indicator's gap cards, rank and notes against one set (GET /api/gaps). */
export function gapsQuery(query: Partial<GapsQuery>) {
  return queryOptions({
    queryKey: queryKeys.gaps(query),
    queryFn: ({ signal }) => apiRequest(apiUrl('/gaps', { ...query }), gapsResponseSchema, { signal }),
  });
}

/** Records a cause or a measure (POST /api/gap-notes). */
export function addGapNote(input: GapNoteInput) {
  return apiRequest(apiUrl('/gap-notes'), gapNoteResponseSchema, jsonBody('POST', input));
}

/**
 * Sets a member's value of an indicator for a year, optionally saying why
 * (PUT /api/benchmark-sets/:setId/members/:memberId/values/:indicatorId); answers the whole set.
 */
export function editBenchmarkValue(setId: string, memberId: string, indicatorId: string, input: BenchmarkValueWrite) {
  const path = [setId, 'members', memberId, 'values', indicatorId].map(encodeURIComponent).join('/');
  return apiRequest(apiUrl(`/benchmark-sets/${path}`), benchmarkSetResponseSchema, jsonBody('PUT', input));
}
