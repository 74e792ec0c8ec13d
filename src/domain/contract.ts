/**
 * The API's wire format: request and response schemas shared by the server (which validates what
 * it receives and sends) and the client (which parses what it gets). One definition, both sides.
 */
import { bilingualSchema, campaignSchema, categorySchema, indicatorSchema } from './indicator';
import { observationSchema } from './observation';
import { isoDateSchema, periodKeySchema } from './period';
import { STATUSES, statusReasonSchema, statusSchema } from './status';
import { ruleTraceSchema } from './rule-trace';
import { MAX_PRESET_PARAM_LENGTH } from './preset-map';
import { valueNoteSchema } from './value-note';
import { z } from './zod';

/** The period the demo opens on: the end of June 2020, when "时间过半、任务过半" is judged. */
export const DEFAULT_PERIOD = '2020-06';

const nullableNumber = z.nullable(z.number());

// As benchmark-contract.ts spells a set id (the message is one the API translates); not imported
// from there because that module imports this one.
const setIdSchema = z
  .string()
  .check(z.maxLength(100), z.regex(/^[a-z0-9-]+$/, { message: 'id must be lower-case letters, digits and -' }));

export const trendPointSchema = z.object({ period: periodKeySchema, value: z.number(), sample: z.boolean() });
export type TrendPoint = z.infer<typeof trendPointSchema>;

export const growthSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ok'), pct: z.number() }),
  z.object({ kind: z.literal('zero-base') }),
  z.object({ kind: z.literal('negative-base'), change: z.number() }),
  z.object({ kind: z.literal('no-base') }),
]);

export const evaluationSchema = z.object({
  status: statusSchema,
  /** The default rule's factual reason, whichever rule gave the light. */
  reason: statusReasonSchema,
  /** Which preset and rule gave the light, and that rule's reason (what the UI should say). */
  rule: ruleTraceSchema,
  target: nullableNumber,
  targetSample: z.nullable(z.boolean()),
  expected: nullableNumber,
  actual: nullableNumber,
  completionPct: nullableNumber,
  expectedPct: nullableNumber,
  gapPoints: nullableNumber,
  ratioGapPp: nullableNumber,
  /** The observation the status was judged on (audited if there is one). */
  basis: z.nullable(observationSchema),
  /** The reported value for the same period, when the basis is an audited one. */
  reported: z.nullable(observationSchema),
  growth: growthSchema,
  /** Effective values for each month of the year up to the period (the small trend). */
  trend: z.array(trendPointSchema),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const indicatorSummarySchema = z.object({ indicator: indicatorSchema, evaluation: evaluationSchema });
export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;

export const SORT_KEYS = ['status', 'name', 'completion', 'category'] as const;
export const sortKeySchema = z.enum(SORT_KEYS);
export type SortKey = z.infer<typeof sortKeySchema>;

/** Query of GET /api/indicators; numbers arrive as strings and are coerced. */
export const indicatorListQuerySchema = z.object({
  period: z._default(periodKeySchema, DEFAULT_PERIOD),
  category: z.optional(categorySchema),
  status: z.optional(statusSchema),
  owner: z.optional(z.string().check(z.maxLength(100))),
  campaign: z.optional(campaignSchema),
  q: z.optional(z.string().check(z.maxLength(100))),
  sort: z._default(sortKeySchema, 'status'),
  dir: z._default(z.enum(['asc', 'desc']), 'asc'),
  yellowWithin: z.optional(z.coerce.number().check(z.gt(0), z.lte(100))),
  blueDays: z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(365))),
  /** The status preset of each category, as `wen:yinchuan,shares:tianjin` (see preset-map.ts); checked by the route. */
  presets: z.optional(z.string().check(z.maxLength(MAX_PRESET_PARAM_LENGTH))),
  /** The benchmark set 天津 and 商城县 compare with; the route defaults it. */
  set: z.optional(setIdSchema),
});
export type IndicatorListQuery = z.infer<typeof indicatorListQuerySchema>;

export const periodQuerySchema = z.object({
  period: z._default(periodKeySchema, DEFAULT_PERIOD),
  yellowWithin: z.optional(z.coerce.number().check(z.gt(0), z.lte(100))),
  blueDays: z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(365))),
  /** The status preset of each category, as `wen:yinchuan,shares:tianjin` (see preset-map.ts); checked by the route. */
  presets: z.optional(z.string().check(z.maxLength(MAX_PRESET_PARAM_LENGTH))),
  /** The benchmark set 天津 and 商城县 compare with; the route defaults it. */
  set: z.optional(setIdSchema),
});
export type PeriodQuery = z.infer<typeof periodQuerySchema>;

const statusCountsShape = Object.fromEntries(STATUSES.map((s) => [s, z.number()])) as Record<
  (typeof STATUSES)[number],
  z.ZodMiniNumber
>;
export const statusCountsSchema = z.object(statusCountsShape);
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const indicatorListResponseSchema = z.object({
  period: periodKeySchema,
  asOf: isoDateSchema,
  /** Indicators before the filters, so the UI can say "12 of 48". */
  total: z.number(),
  counts: statusCountsSchema,
  owners: z.array(z.string()),
  items: z.array(indicatorSummarySchema),
});
export type IndicatorListResponse = z.infer<typeof indicatorListResponseSchema>;

export const indicatorDetailResponseSchema = z.object({
  period: periodKeySchema,
  asOf: isoDateSchema,
  indicator: indicatorSchema,
  evaluation: evaluationSchema,
  observations: z.array(observationSchema),
  /** Notes on its values (原因 / 措施 / 数据更正), by period. Optional only so older answers still parse. */
  notes: z.optional(z.array(valueNoteSchema)),
});
export type IndicatorDetailResponse = z.infer<typeof indicatorDetailResponseSchema>;

export const summaryResponseSchema = z.object({
  period: periodKeySchema,
  asOf: isoDateSchema,
  counts: statusCountsSchema,
  total: z.number(),
  headline: z.array(indicatorSummarySchema),
  /** Red and yellow indicators, worst first. */
  behind: z.array(indicatorSummarySchema),
  /** Periods that have data, for the period picker. */
  periods: z.array(periodKeySchema),
  /**
   * For each derived indicator with a baseline, its value computed from the ledger (or the milestones)
   * for the baseline's whole year, to show beside the report's figure.
   */
  ledgerBaselines: z.optional(z.array(z.object({ indicatorId: z.string(), year: z.number(), value: z.number() }))),
});
export type SummaryResponse = z.infer<typeof summaryResponseSchema>;

export const createObservationResponseSchema = z.object({
  observation: observationSchema,
  evaluation: evaluationSchema,
});
export type CreateObservationResponse = z.infer<typeof createObservationResponseSchema>;

/** Every error the API sends: a code, a message in both languages, and field-level details. */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum([
      'validation',
      'not-found',
      'conflict',
      'method-not-allowed',
      'too-large',
      'unsupported-media-type',
      'internal',
    ]),
    message: bilingualSchema,
    fields: z.optional(z.array(z.object({ field: z.string(), message: bilingualSchema }))),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/**
 * Who makes a write (decision 0010): the client sends the current user's name in this header,
 * percent-encoded UTF-8 (`encodeURIComponent`), since header values are ASCII.
 */
export const USER_NAME_HEADER = 'X-User-Name';
/** The name a write is recorded under when the request names nobody. */
export const DEFAULT_USER_NAME = '演示用户';
