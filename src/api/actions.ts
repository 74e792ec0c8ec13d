import { queryOptions } from '@tanstack/react-query';
import {
  actionResponseSchema,
  actionTreeResponseSchema,
  indicatorLinksResponseSchema,
  linkResponseSchema,
  milestoneResponseSchema,
  ownersResponseSchema,
  responsibilityResponseSchema,
  type ActionInput,
  type IndicatorLink,
  type MilestoneInput,
  type MilestoneStateInput,
} from '../domain/action-contract';
import { serialisePresetMap, type PresetMap } from '../domain/preset-map';
import type { Thresholds } from '../domain/status';
import { apiRequest, apiUrl, jsonBody } from './client';
import { queryKeys } from './query-keys';

/** Filters of the 行动 page, as the URL holds them. */
export interface ActionFilters {
  readonly campaign?: string;
  readonly owner?: string;
  readonly state?: string;
}

/** The campaign tree at a period with roll-ups and milestone states (GET /api/actions). */
export function actionTreeQuery(period: string, filters: ActionFilters, thresholds: Thresholds) {
  const query = { period, ...filters, blueDays: thresholds.blueDays };
  return queryOptions({
    queryKey: queryKeys.actions(query),
    queryFn: ({ signal }) => apiRequest(apiUrl('/actions', query), actionTreeResponseSchema, { signal }),
  });
}

/** Adds a measure or task (POST /api/actions). */
export function addAction(input: ActionInput) {
  return apiRequest(apiUrl('/actions'), actionResponseSchema, jsonBody('POST', input));
}

/** Adds a milestone to a task (POST /api/milestones). */
export function addMilestone(input: MilestoneInput) {
  return apiRequest(apiUrl('/milestones'), milestoneResponseSchema, jsonBody('POST', input));
}

/** Marks a milestone in progress or done, with evidence (POST /api/milestones/:id/state). */
export function updateMilestoneState(id: string, input: MilestoneStateInput) {
  return apiRequest(
    apiUrl(`/milestones/${encodeURIComponent(id)}/state`),
    milestoneResponseSchema,
    jsonBody('POST', input),
  );
}

/** What moves an indicator: projects, tasks, milestones (GET /api/indicators/:id/links). */
export function indicatorLinksQuery(id: string, period: string, thresholds: Thresholds, presets: PresetMap) {
  const status = { ...thresholds, presets: serialisePresetMap(presets) };
  return queryOptions({
    queryKey: queryKeys.indicatorLinks(id, period, status),
    queryFn: ({ signal }) =>
      apiRequest(
        apiUrl(`/indicators/${encodeURIComponent(id)}/links`, { period, ...status }),
        indicatorLinksResponseSchema,
        { signal },
      ),
  });
}

/** Links an indicator to a project or task (POST /api/links). */
export function addLink(link: IndicatorLink) {
  return apiRequest(apiUrl('/links'), linkResponseSchema, jsonBody('POST', link));
}

/** The owner directory: units and their people (GET /api/owners). */
export function ownersQuery() {
  return queryOptions({
    queryKey: queryKeys.owners,
    queryFn: ({ signal }) => apiRequest(apiUrl('/owners'), ownersResponseSchema, { signal }),
    staleTime: Infinity,
  });
}

/** Everything one unit (or person) owns, overdue first (GET /api/responsibilities). */
export function responsibilityQuery(
  period: string,
  unit: string,
  person: string | undefined,
  thresholds: Thresholds,
  presets: PresetMap,
) {
  const query = { period, unit, person, ...thresholds, presets: serialisePresetMap(presets) };
  return queryOptions({
    queryKey: queryKeys.responsibilities(query),
    queryFn: ({ signal }) => apiRequest(apiUrl('/responsibilities', query), responsibilityResponseSchema, { signal }),
  });
}
