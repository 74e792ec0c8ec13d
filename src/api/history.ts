/**
 * An indicator's change history and restoring an earlier version (decision 0010). After a restore,
 * call `invalidateAfterWrite` like every write: the history's key is under the same prefix.
 */
import { queryOptions } from '@tanstack/react-query';
import { historyResponseSchema, restoreResponseSchema } from '../domain/history-contract';
import { apiRequest, apiUrl, jsonBody } from './client';
import { queryKeys } from './query-keys';

function historyPath(indicatorId: string): string {
  return `/indicators/${encodeURIComponent(indicatorId)}/history`;
}

/** Every version of the indicator's values, targets and benchmark values, and its notes, newest first (GET /api/indicators/:id/history). */
export function historyQuery(indicatorId: string) {
  return queryOptions({
    queryKey: queryKeys.indicatorHistory(indicatorId),
    queryFn: ({ signal }) => apiRequest(apiUrl(historyPath(indicatorId)), historyResponseSchema, { signal }),
  });
}

/** Writes an earlier version again as a new one (POST /api/indicators/:id/history/:entryId/restore); answers its entry. */
export function restoreVersion(indicatorId: string, entryId: string, reason?: string) {
  return apiRequest(
    apiUrl(`${historyPath(indicatorId)}/${encodeURIComponent(entryId)}/restore`),
    restoreResponseSchema,
    jsonBody('POST', reason === undefined ? {} : { reason }),
  );
}
