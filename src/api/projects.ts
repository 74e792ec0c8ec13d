import { queryOptions } from '@tanstack/react-query';
import {
  projectDetailResponseSchema,
  projectListResponseSchema,
  projectResponseSchema,
  type ProjectInput,
  type ProjectListQuery,
  type StageInput,
} from '../domain/project-contract';
import { apiRequest, apiUrl, jsonBody } from './client';
import { queryKeys } from './query-keys';

/** The ledger at a period, filtered, with its funnel and investment groups (GET /api/projects). */
export function projectListQuery(query: Partial<ProjectListQuery>) {
  return queryOptions({
    queryKey: queryKeys.projectList(query),
    queryFn: ({ signal }) => apiRequest(apiUrl('/projects', { ...query }), projectListResponseSchema, { signal }),
  });
}

/** One project with its stage history and the indicators it moves (GET /api/projects/:id). */
export function projectDetailQuery(id: string, period: string) {
  return queryOptions({
    queryKey: queryKeys.projectDetail(id, period),
    queryFn: ({ signal }) =>
      apiRequest(apiUrl(`/projects/${encodeURIComponent(id)}`, { period }), projectDetailResponseSchema, { signal }),
  });
}

/** Adds a project to the ledger (POST /api/projects). */
export function addProject(input: ProjectInput) {
  return apiRequest(apiUrl('/projects'), projectResponseSchema, jsonBody('POST', input));
}

/** Records the date a project reached a stage (POST /api/projects/:id/stages). */
export function recordStage(id: string, input: StageInput) {
  return apiRequest(
    apiUrl(`/projects/${encodeURIComponent(id)}/stages`),
    projectResponseSchema,
    jsonBody('POST', input),
  );
}
