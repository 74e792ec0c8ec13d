/**
 * The change history of an indicator (decision 0010): every version of its observations, targets
 * and benchmark values, and every gap note and value note, with who, when, old → new and why.
 * Observations are append-only (a later one for the same period and stage supersedes the earlier),
 * so their history is the observations themselves; targets and benchmark values keep revisions.
 */
import { benchmarkValueSchema } from './benchmark';
import { benchmarkValueInputSchema } from './benchmark-contract';
import { indicatorSchema, targetSchema } from './indicator';
import { stageSchema } from './observation';
import { observationInputSchema } from './observation-input';
import { periodKeySchema } from './period';
import { z } from './zod';

export const HISTORY_KINDS = ['observation', 'target', 'benchmark-value', 'gap-note', 'value-note'] as const;
export const historyKindSchema = z.enum(HISTORY_KINDS);
export type HistoryKind = z.infer<typeof historyKindSchema>;

/** The longest "why" a write may carry. */
export const MAX_REASON_LENGTH = 500;

/** Who wrote the seed's records (the report and the demo's samples). */
export const SEED_AUTHOR = '初始数据';
/**
 * When records that carry no time of their own were written (the seed's targets and benchmark
 * values are dated by their source instead, when it has a date): the start of the epoch, so they
 * sort as the oldest.
 */
export const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z';

export const historyEntrySchema = z.object({
  /** Stable id, e.g. "observation:<id>", "target:<revision id>", "benchmark-value:<edit id>". */
  id: z.string().check(z.minLength(1)),
  kind: historyKindSchema,
  indicatorId: z.string(),
  /** What the version is of: the period (and stage) of an observation, the year of a target or benchmark value, the set and member of a benchmark value. */
  period: z.optional(periodKeySchema),
  stage: z.optional(stageSchema),
  year: z.optional(z.number()),
  setId: z.optional(z.string()),
  memberId: z.optional(z.string()),
  /** The value (or note text) before and after; `before` is null for the first version. */
  before: z.nullable(z.union([z.number(), z.string()])),
  after: z.union([z.number(), z.string()]),
  by: z.string(),
  /** ISO timestamp. */
  at: z.string(),
  reason: z.optional(z.string()),
  importId: z.optional(z.string()),
  /** The entry this version restored. */
  restoredFrom: z.optional(z.string()),
  /** Whether `POST …/history/:entryId/restore` can bring this version back (not for notes, nor for the current version). */
  restorable: z.boolean(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Answer of `GET /api/indicators/:id/history`: newest first. */
export const historyResponseSchema = z.object({ entries: z.array(historyEntrySchema) });
export type HistoryResponse = z.infer<typeof historyResponseSchema>;

/** Body of `POST /api/indicators/:id/history/:entryId/restore`. */
export const restoreRequestSchema = z.object({ reason: z.optional(z.string().check(z.maxLength(MAX_REASON_LENGTH))) });
export type RestoreRequest = z.infer<typeof restoreRequestSchema>;

/** Answer of a restore (201): the new version's entry, whose `restoredFrom` is the restored entry's id. */
export const restoreResponseSchema = z.object({ entry: historyEntrySchema });
export type RestoreResponse = z.infer<typeof restoreResponseSchema>;

/** Body of `PUT /api/indicators/:id/targets/:year`: the year's new target value (the year must already have a target). */
export const targetEditSchema = z.object({
  value: z.number().check(z.refine(Number.isFinite, { message: 'value must be a finite number' })),
  reason: z.optional(z.string().check(z.maxLength(MAX_REASON_LENGTH))),
});
export type TargetEdit = z.infer<typeof targetEditSchema>;

/** Answer of `PUT /api/indicators/:id/targets/:year` (200): the indicator with its new target. */
export const targetEditResponseSchema = z.object({ indicator: indicatorSchema });
export type TargetEditResponse = z.infer<typeof targetEditResponseSchema>;

/**
 * One revision of a target as storage keeps it (append-only): the whole target after it and the
 * one it replaced, so that any version (the seed's too) can be written again as it was.
 */
export const targetRevisionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  indicatorId: z.string().check(z.minLength(1)),
  year: z.number().check(z.int()),
  target: targetSchema,
  before: targetSchema,
  by: z.string(),
  /** ISO timestamp. */
  at: z.string(),
  reason: z.optional(z.string()),
  restoredFrom: z.optional(z.string()),
});
export type TargetRevision = z.infer<typeof targetRevisionSchema>;

/**
 * A user's edit of a benchmark value as storage keeps it: which set and member, the value, and —
 * optional so edits stored before history was kept still read — its id, the value it replaced
 * (null when there was none), who, when and why.
 */
export const benchmarkValueEditSchema = z.object({
  setId: z.string(),
  memberId: z.string(),
  value: benchmarkValueSchema,
  id: z.optional(z.string().check(z.minLength(1))),
  before: z.optional(z.nullable(benchmarkValueSchema)),
  by: z.optional(z.string()),
  at: z.optional(z.string()),
  reason: z.optional(z.string()),
  restoredFrom: z.optional(z.string()),
});
export type BenchmarkValueEdit = z.infer<typeof benchmarkValueEditSchema>;

/**
 * Body of `PUT /api/benchmark-sets/:setId/members/:memberId/values/:indicatorId`: the value as
 * before, and optionally why it changed (older clients send no reason; nothing else changed).
 */
export const benchmarkValueWriteSchema = z.extend(benchmarkValueInputSchema, {
  reason: z.optional(z.string().check(z.maxLength(MAX_REASON_LENGTH))),
});
export type BenchmarkValueWrite = z.infer<typeof benchmarkValueWriteSchema>;

/**
 * Body of `POST /api/indicators/:id/observations`: the value, and optionally why it is entered or
 * changed (kept here rather than in contract.ts so the first page does not load the input rules).
 */
export const observationWriteSchema = z.extend(observationInputSchema, {
  reason: z.optional(z.string().check(z.maxLength(MAX_REASON_LENGTH))),
});
export type ObservationWrite = z.infer<typeof observationWriteSchema>;
