/**
 * The indicator record: one target of the township's plan, typed so that progress, status and
 * formatting can be computed without guessing.
 */
import { isoDateSchema, periodKeySchema } from './period';
import { z } from './zod';

/** Text in both interface languages; Chinese is the original. */
export const bilingualSchema = z.object({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type Bilingual = z.infer<typeof bilingualSchema>;

/** The report's four pillars (稳 进 统 美) and the other groups it names. */
export const CATEGORIES = ['wen', 'jin', 'tong', 'mei', 'sanliang', 'shares', 'county'] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

/** Campaign tags that cut across categories: 五个白蒲 and the three "年". */
export const CAMPAIGNS = ['wuge-baipu', 'xiangmu-year', 'chengzhen-year', 'jiceng-year'] as const;
export const campaignSchema = z.enum(CAMPAIGNS);
export type Campaign = z.infer<typeof campaignSchema>;

export const UNITS = ['个', '家', '名', '项', '亿元', '万元', '%', '公顷', '公里', '位'] as const;
export const unitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof unitSchema>;

/**
 * count: whole things (projects, firms) that move in steps; amount: money or quantity that accrues
 * linearly; ratio: a share in % (gaps in percentage points); rank: a place in a list (lower is better);
 * milestone: dated nodes that are done or not.
 */
export const KINDS = ['count', 'amount', 'ratio', 'rank', 'milestone'] as const;
export const kindSchema = z.enum(KINDS);
export type IndicatorKind = z.infer<typeof kindSchema>;

/** higher / lower is better, or reach the target and hold it (a share, a rank of first). */
export const DIRECTIONS = ['higher', 'lower', 'hold'] as const;
export const directionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof directionSchema>;

/** Where a record comes from. */
export const sourceSchema = z.object({
  title: z.string().check(z.minLength(1)),
  publisher: z.optional(z.string()),
  /** Publication date of the source. */
  date: z.optional(isoDateSchema),
  /** The words of the source that give the figure. */
  quote: z.optional(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;

export const ownerSchema = z.object({
  /** 责任单位 */
  unit: z.string().check(z.minLength(1)),
  /** 责任人 (a role, since names are not public) */
  person: z.string().check(z.minLength(1)),
});
export type Owner = z.infer<typeof ownerSchema>;

/** A dated node of a milestone indicator (任务节点化). */
export const milestoneNodeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: bilingualSchema,
  due: isoDateSchema,
});
export type MilestoneNode = z.infer<typeof milestoneNodeSchema>;

/** A planned cumulative value at the end of a month or quarter (1–N月累计 plan). */
export const planPointSchema = z.object({ period: periodKeySchema, value: z.number() });
export type PlanPoint = z.infer<typeof planPointSchema>;

/** The target for one year; `sample` when no source gives it. */
export const targetSchema = z.object({
  year: z.number().check(z.int(), z.gte(1949), z.lte(2100)),
  value: z.number(),
  /** Optional cumulative plan by month or quarter; without it, pacing follows the kind. */
  plan: z.optional(z.array(planPointSchema)),
  source: sourceSchema,
  sample: z.boolean(),
  note: z.optional(bilingualSchema),
});
export type Target = z.infer<typeof targetSchema>;

/**
 * Indicators whose values are computed, never entered: from the project ledger (the three counts and
 * the two rates) or from the campaign tree (milestones done among the indicator's nodes).
 */
export const DERIVATIONS = [
  'ledger-started',
  'ledger-completed',
  'ledger-converted',
  'ledger-completion-rate',
  'ledger-conversion-rate',
  'milestones-done',
] as const;
export const derivationSchema = z.enum(DERIVATIONS);
export type Derivation = z.infer<typeof derivationSchema>;

export const indicatorSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: bilingualSchema,
  category: categorySchema,
  campaigns: z.array(campaignSchema),
  unit: unitSchema,
  kind: kindSchema,
  direction: directionSchema,
  /** Whether observations are 1–N月累计 (cumulative) or point-in-time (a share, a rank). */
  cumulative: z.boolean(),
  /** Shown on the Overview's first screen. */
  headline: z.boolean(),
  baseline: z.nullable(z.object({ year: z.number(), value: z.number(), source: sourceSchema, sample: z.boolean() })),
  targets: z.array(targetSchema),
  nodes: z.optional(z.array(milestoneNodeSchema)),
  owner: ownerSchema,
  /** 口径: definition and scope. */
  definition: bilingualSchema,
  source: sourceSchema,
  /** Where the source is ambiguous, the data says so. */
  caveat: z.optional(bilingualSchema),
  /** Set when the values are computed from the ledger or the campaign tree (see {@link DERIVATIONS}). */
  derived: z.optional(derivationSchema),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** The target of a given year, if the indicator has one. */
export function targetFor(indicator: Indicator, year: number): Target | undefined {
  return indicator.targets.find((t) => t.year === year);
}

/** Lower-is-better indicators: ranks, and anything marked so. */
export function isLowerBetter(indicator: Pick<Indicator, 'kind' | 'direction'>): boolean {
  return indicator.direction === 'lower' || indicator.kind === 'rank';
}
