/**
 * Wire format of the project ledger (项目台账) routes, shared by server and client.
 */
import { DEFAULT_PERIOD } from './contract';
import { indicatorSchema } from './indicator';
import { isoDateSchema, periodKeySchema } from './period';
import {
  industrySchema,
  parkSchema,
  PROJECT_STAGES,
  projectSchema,
  projectStageSchema,
  stageDatesSchema,
} from './project';
import { z } from './zod';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const count = z.number().check(z.int(), z.gte(0));

/** An owner as a write names it; the unit must be one of the directory's (GET /api/owners). */
export const ownerInputSchema = z.object({ unit: text(50), person: text(50) });

/** A project with where it stands at the period's end. */
export const projectSummarySchema = z.object({
  project: projectSchema,
  /** The furthest stage reached by the period's end; null before signing. */
  stage: z.nullable(projectStageSchema),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

/** GET /api/projects: filters and the period. `stage` keeps projects whose furthest stage it is. */
export const projectListQuerySchema = z.object({
  period: z._default(periodKeySchema, DEFAULT_PERIOD),
  industry: z.optional(industrySchema),
  /** A park's id, or "none" for projects outside both parks. */
  park: z.optional(z.union([parkSchema, z.literal('none')])),
  stage: z.optional(projectStageSchema),
  /** Projects that reached this stage in the period's year (the ones behind a derived count). */
  reachedIn: z.optional(projectStageSchema),
  owner: z.optional(text(50)),
  q: z.optional(text(100)),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;

const funnelStepSchema = z.object({ stage: projectStageSchema, reached: count, inPeriod: count });
const investmentGroupSchema = (key: z.ZodMiniType<string>) => z.object({ key, investment: z.number(), count });

const rateSchema = z.object({ numerator: count, denominator: count, pct: z.nullable(z.number()) });

export const projectListResponseSchema = z.object({
  period: periodKeySchema,
  asOf: isoDateSchema,
  /** Projects in the ledger at the period's end (signed by then, or not signed yet), before filters. */
  total: count,
  /** Projects matching the filters, by planned investment, largest first. */
  items: z.array(projectSummarySchema),
  /** Over the whole ledger at the period's end (the filters do not apply). */
  funnel: z.array(funnelStepSchema).check(z.length(PROJECT_STAGES.length)),
  byIndustry: z.array(investmentGroupSchema(industrySchema)),
  /** "none" for projects outside both parks. */
  byPark: z.array(investmentGroupSchema(z.union([parkSchema, z.literal('none')]))),
  completionRate: rateSchema,
  conversionRate: rateSchema,
  /** The owner units that own a project, for the filter. */
  owners: z.array(z.string()),
});
export type ProjectListResponse = z.infer<typeof projectListResponseSchema>;

/** GET /api/projects/:id */
export const projectDetailResponseSchema = z.object({
  period: periodKeySchema,
  asOf: isoDateSchema,
  project: projectSchema,
  stage: z.nullable(projectStageSchema),
  /** The indicators this project moves: the ledger-derived ones it counts in, and linked ones. */
  indicators: z.array(indicatorSchema),
});
export type ProjectDetailResponse = z.infer<typeof projectDetailResponseSchema>;

/** POST /api/projects */
export const projectInputSchema = z.object({
  name: z.object({ zh: text(100), en: z.optional(text(200)) }),
  industry: industrySchema,
  park: z.nullable(parkSchema),
  /** Planned investment in 亿元; a 亿元 project is at least 1. */
  investment: z.number().check(z.gte(1), z.lte(10_000)),
  owner: ownerInputSchema,
  /** Stages already reached; they must be in order and not in the future. */
  stages: z._default(stageDatesSchema, {}),
  sample: z._default(z.boolean(), false),
  note: z.optional(text(500)),
});
export type ProjectInput = z.infer<typeof projectInputSchema>;

/** POST /api/projects/:id/stages: a stage reached (or a corrected date), with why. */
export const stageInputSchema = z.object({
  stage: projectStageSchema,
  date: isoDateSchema,
  note: z.optional(text(500)),
});
export type StageInput = z.infer<typeof stageInputSchema>;

/** The answer of a project write (201 for create, 200 for a stage). */
export const projectResponseSchema = z.object({ project: projectSchema });
export type ProjectResponse = z.infer<typeof projectResponseSchema>;
