/**
 * What defines a view lives in the URL, so a copied link opens the same view. Each search param is
 * validated on its own: an invalid or hand-edited value falls back to its default instead of
 * breaking the page.
 */
import { DEFAULT_PERIOD, sortKeySchema, type SortKey } from '../domain/contract';
import { campaignSchema, categorySchema, type Campaign, type Category } from '../domain/indicator';
import { milestoneFilterSchema, type MilestoneFilter } from '../domain/ledger-enums';
import {
  industrySchema,
  parkSchema,
  projectStageSchema,
  type Industry,
  type Park,
  type ProjectStage,
} from '../domain/ledger-enums';
import { periodKeySchema } from '../domain/period';
import { statusSchema, type Status } from '../domain/status';
import { z } from '../domain/zod';

export interface PeriodSearch {
  period: string;
}

export interface IndicatorsSearch extends PeriodSearch {
  category?: Category;
  status?: Status;
  owner?: string;
  campaign?: Campaign;
  q?: string;
  sort?: SortKey;
  dir?: 'asc' | 'desc';
}

const textSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));
const dirSchema = z.enum(['asc', 'desc']);

function field<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  // The router reads `?period=2019` as the number 2019: every field is text until its schema says otherwise.
  const r = schema.safeParse(typeof value === 'number' ? String(value) : value);
  return r.success ? r.data : undefined;
}

/** The period of any view ("2020-06" when absent or invalid). */
export function validatePeriodSearch(search: Record<string, unknown>): PeriodSearch {
  return { period: field(periodKeySchema, search.period) ?? DEFAULT_PERIOD };
}

/**
 * The Indicators view: period, filters and sort. Every key is returned, undefined when absent or
 * invalid, because the router merges the validated object over the raw search: a key left out
 * would let an invalid raw value through.
 */
export function validateIndicatorsSearch(search: Record<string, unknown>): IndicatorsSearch {
  return {
    ...validatePeriodSearch(search),
    category: field(categorySchema, search.category),
    status: field(statusSchema, search.status),
    owner: field(textSchema, search.owner),
    campaign: field(campaignSchema, search.campaign),
    q: field(textSchema, search.q),
    sort: field(sortKeySchema, search.sort),
    dir: field(dirSchema, search.dir),
  };
}

export interface BenchmarksSearch extends PeriodSearch {
  /** The benchmark set's id; the API's default set when absent. */
  set?: string;
  /** The year by which the gap should be closed (怎么赶). */
  closeBy?: number;
  /** One indicator's gap cards in focus (a link from the Overview or an indicator page). */
  indicator?: string;
}

const idSchema = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));
const yearSchema = z.coerce.number().check(z.int(), z.gte(2000), z.lte(2100));

/** The 对标 view: period, benchmark set, target year and the indicator in focus. */
export function validateBenchmarksSearch(search: Record<string, unknown>): BenchmarksSearch {
  return {
    ...validatePeriodSearch(search),
    set: field(idSchema, search.set),
    closeBy: field(yearSchema, search.closeBy),
    indicator: field(idSchema, search.indicator),
  };
}

export interface ProjectsSearch extends PeriodSearch {
  industry?: Industry;
  /** A park, or "none" for projects outside both parks. */
  park?: Park | 'none';
  /** The furthest stage a project has reached. */
  stage?: ProjectStage;
  /** Projects that reached this stage in the period's year (the ones behind a derived count). */
  reachedIn?: ProjectStage;
  owner?: string;
  q?: string;
}

/** The 项目 view: period and the ledger's filters. */
export function validateProjectsSearch(search: Record<string, unknown>): ProjectsSearch {
  return {
    ...validatePeriodSearch(search),
    industry: field(industrySchema, search.industry),
    park: field(z.union([parkSchema, z.literal('none')]), search.park),
    stage: field(projectStageSchema, search.stage),
    reachedIn: field(projectStageSchema, search.reachedIn),
    owner: field(textSchema, search.owner),
    q: field(textSchema, search.q),
  };
}

export interface ActionsSearch extends PeriodSearch {
  campaign?: Campaign;
  owner?: string;
  /** A milestone state, or "due-soon" (临期). */
  state?: MilestoneFilter;
}

/** The 行动 view: period and the tree's filters (campaign tag, owner unit, milestone state). */
export function validateActionsSearch(search: Record<string, unknown>): ActionsSearch {
  return {
    ...validatePeriodSearch(search),
    campaign: field(campaignSchema, search.campaign),
    owner: field(textSchema, search.owner),
    state: field(milestoneFilterSchema, search.state),
  };
}

export interface ResponsibilitySearch extends PeriodSearch {
  /** The owner unit (责任单位); the page asks for one when absent. */
  unit?: string;
  /** One person (责任人) of the unit, or the whole unit when absent. */
  person?: string;
}

/** The 责任 view ("谁来赶"): period, unit and person. */
export function validateResponsibilitySearch(search: Record<string, unknown>): ResponsibilitySearch {
  return {
    ...validatePeriodSearch(search),
    unit: field(textSchema, search.unit),
    person: field(textSchema, search.person),
  };
}
