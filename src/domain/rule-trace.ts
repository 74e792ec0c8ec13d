/**
 * Which status rule gave a light, and why: the preset ids and the reasons the presets give, as
 * schemas the API and the client share. Kept apart from the rule engine (status-presets.ts) so the
 * client's first page carries the vocabulary, not the engine.
 */
import { bilingualSchema } from './indicator';
import { periodKeySchema } from './period';
import { statusReasonSchema } from './status';
import { z } from './zod';

/** Reasons only the presets give; the default rule's reasons are reused as they are. */
export const presetOnlyReasonSchema = z.discriminatedUnion('code', [
  /** No rule matched (a rule list without a catch-all). */
  z.object({ code: z.literal('no-rule') }),
  /** 银川: behind 序时进度 by less than the yellow line, still green. */
  z.object({ code: z.literal('within-tolerance'), points: z.number(), tolerance: z.number() }),
  /** 银川: behind 序时进度 in a band of points (max null: beyond min). */
  z.object({ code: z.literal('behind-band'), points: z.number(), min: z.number(), max: z.nullable(z.number()) }),
  /** 三亚: below the plan to date by `pct` % of it; `limit` is the yellow/red line. */
  z.object({ code: z.literal('below-plan'), pct: z.number(), limit: z.number() }),
  z.object({ code: z.literal('plan-met') }),
  /** 三亚, 瓯海: the monthly task missed `months` months in a row, up to `last`. */
  z.object({ code: z.literal('months-missed'), months: z.number(), last: periodKeySchema }),
  /** 瓯海: caught up in `period` after missing `missed`. */
  z.object({ code: z.literal('caught-up'), period: periodKeySchema, missed: periodKeySchema }),
  z.object({ code: z.literal('month-met'), period: periodKeySchema }),
  z.object({ code: z.literal('no-history') }),
  /** 天津: cumulative (same cut-off) growth, the plan's and the peer average, in %. */
  z.object({ code: z.literal('growth-negative'), growthPct: z.number() }),
  z.object({
    code: z.literal('growth-below'),
    growthPct: z.number(),
    planPct: z.number(),
    peerPct: z.number(),
    below: z.enum(['plan', 'peers', 'both']),
  }),
  z.object({ code: z.literal('growth-meets'), growthPct: z.number(), planPct: z.number(), peerPct: z.number() }),
  z.object({ code: z.literal('no-growth') }),
  z.object({ code: z.literal('no-comparison'), missing: z.enum(['plan', 'peers', 'both']) }),
  /** 宿迁: a milestone node past its date and not done. */
  z.object({ code: z.literal('overdue'), days: z.number(), node: bilingualSchema }),
  /** 商城县: rank among the benchmark members and its quartile (1 = top 25%). */
  z.object({ code: z.literal('rank-quartile'), rank: z.number(), of: z.number(), quartile: z.number() }),
  z.object({ code: z.literal('no-rank') }),
]);
export type PresetOnlyReason = z.infer<typeof presetOnlyReasonSchema>;

export const presetReasonSchema = z.union([statusReasonSchema, presetOnlyReasonSchema]);
export type PresetReason = z.infer<typeof presetReasonSchema>;

export const PRESET_IDS = ['default', 'yinchuan', 'sanya', 'tianjin', 'suqian', 'ouhai', 'shangcheng'] as const;
export const presetIdSchema = z.enum(PRESET_IDS);
export type PresetId = z.infer<typeof presetIdSchema>;

/** Which preset and rule gave a light, and why. */
export const ruleTraceSchema = z.object({
  preset: presetIdSchema,
  ruleId: z.string(),
  reason: presetReasonSchema,
});
export type RuleTrace = z.infer<typeof ruleTraceSchema>;
