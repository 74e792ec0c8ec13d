/**
 * Notes on values and target edits (decision 0010). After either, call `invalidateAfterWrite` like
 * every write: the indicator, its evaluation and its history change.
 */
import { targetEditResponseSchema, type TargetEdit } from '../domain/history-contract';
import { valueNoteResponseSchema, type ValueNoteInput } from '../domain/value-note';
import { apiRequest, apiUrl, jsonBody } from './client';

/** Adds a cause, measure or data-correction note to a period (POST /api/indicators/:id/notes). */
export function addValueNote(indicatorId: string, input: ValueNoteInput) {
  return apiRequest(
    apiUrl(`/indicators/${encodeURIComponent(indicatorId)}/notes`),
    valueNoteResponseSchema,
    jsonBody('POST', input),
  );
}

/** Sets a new value for a year's existing target, optionally saying why (PUT /api/indicators/:id/targets/:year); answers the indicator. */
export function editTarget(indicatorId: string, year: number, edit: TargetEdit) {
  return apiRequest(
    apiUrl(`/indicators/${encodeURIComponent(indicatorId)}/targets/${year}`),
    targetEditResponseSchema,
    jsonBody('PUT', edit),
  );
}
