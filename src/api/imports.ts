/**
 * Import (decision 0010): the rows the browser read from a file, previewed against what is stored
 * and then committed all or none. After a commit, call `invalidateAfterWrite` like every write.
 */
import { importCommitResponseSchema, importPreviewResponseSchema, type ImportRequest } from '../domain/import-contract';
import { apiRequest, apiUrl, jsonBody } from './client';

/** What a commit would do, row by row: add, change (old → new), unchanged, rejected. Writes nothing (POST /api/imports/preview). */
export function previewImport(request: ImportRequest) {
  return apiRequest(apiUrl('/imports/preview'), importPreviewResponseSchema, jsonBody('POST', request));
}

/**
 * Writes every row in one step, or none (POST /api/imports). Any rejected row makes it an ApiError
 * (400) whose field issues are `rows.<index>.<field>`.
 */
export function commitImport(request: ImportRequest) {
  return apiRequest(apiUrl('/imports'), importCommitResponseSchema, jsonBody('POST', request));
}
