/**
 * 红黄绿灯: the status light of an indicator at a date, with the reason as data (so it can be said
 * in words in any language). The rule is a replaceable function of (indicator, observations, date,
 * thresholds); the presets of local practice plug in here later.
 */
import { bilingualSchema, targetFor, type Bilingual, type Indicator } from './indicator';
import { latestEffectiveAt, type Observation } from './observation';
import { compareIso, daysBetween, parseDate } from './period';
import { isHeldLevel, progressAt, type ProgressResult } from './progress';
import { z } from './zod';

export const STATUSES = ['red', 'yellow', 'blue', 'green', 'grey'] as const;
export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

/** Worst first: the order in which lagging work is listed. */
export const STATUS_SEVERITY: Record<Status, number> = { red: 0, yellow: 1, blue: 2, green: 3, grey: 4 };

export const thresholdsSchema = z.object({
  /** Behind 序时进度 by less than this many percentage points is yellow; more is red. */
  yellowWithin: z.number().check(z.gt(0), z.lte(100)),
  /** A milestone node due within this many days (and not done) turns blue. */
  blueDays: z.number().check(z.int(), z.gte(0), z.lte(365)),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

/**
 * Default thresholds: 10 points behind 序时进度 is the common yellow/red line in county
 * supervision practice (银川 uses 10–30 for yellow; we keep the stricter single line until the
 * presets arrive), and 15 days ahead of a node date is two weeks plus a weekend of warning.
 */
export const DEFAULT_THRESHOLDS: Thresholds = { yellowWithin: 10, blueDays: 15 };

export const statusReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('no-target') }),
  z.object({ code: z.literal('no-data') }),
  z.object({ code: z.literal('ahead'), points: z.number() }),
  z.object({ code: z.literal('on-pace') }),
  z.object({ code: z.literal('behind'), points: z.number() }),
  z.object({ code: z.literal('deadline-near'), days: z.number(), node: bilingualSchema }),
  z.object({ code: z.literal('no-rate') }),
  /** Shares and ranks are levels, not paced: how far below the target level, in pp or places. */
  z.object({ code: z.literal('level-below'), amount: z.number(), unit: z.enum(['pp', 'places']) }),
  z.object({ code: z.literal('level-met'), amount: z.number(), unit: z.enum(['pp', 'places']) }),
]);
export type StatusReason = z.infer<typeof statusReasonSchema>;

export interface StatusResult {
  readonly status: Status;
  readonly reason: StatusReason;
  readonly progress: ProgressResult | null;
  /** The observation the status was judged on. */
  readonly basis: Observation | null;
}

export interface StatusInput {
  readonly indicator: Indicator;
  readonly observations: readonly Observation[];
  /** The as-of date (a period's last day), Beijing calendar date. */
  readonly date: string;
  readonly thresholds: Thresholds;
}

/** A status rule: replaceable, pure. */
export type StatusRule = (input: StatusInput) => StatusResult;

/** Rounds to one decimal for the reason text so "12.5" stays "12.5". */
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The default rule: grey without a target or data; red or yellow when behind 序时进度 by at least /
 * less than `yellowWithin` points; blue when an open milestone node falls due within `blueDays`;
 * green at or above 序时进度.
 */
export const defaultStatusRule: StatusRule = ({ indicator, observations, date, thresholds }) => {
  const d = parseDate(date);
  if (!d) throw new Error(`not a date: ${date}`);
  const target = targetFor(indicator, d.year);
  if (!target) return { status: 'grey', reason: { code: 'no-target' }, progress: null, basis: null };
  const basis = latestEffectiveAt(observations, d.year, date);
  if (!basis) return { status: 'grey', reason: { code: 'no-data' }, progress: null, basis: null };
  const progress = progressAt(indicator, target, basis.value, date);
  if (progress.gapPoints === null) return { status: 'grey', reason: { code: 'no-rate' }, progress, basis };
  const gap = round1(progress.gapPoints);
  const level = isHeldLevel(indicator, target) ? levelDistance(indicator, target.value, basis.value) : null;
  if (gap < 0) {
    // The light is judged on completion points for every kind, so one threshold serves all;
    // the words say what the distance means for the kind (pp for a share, places for a rank).
    const status = -gap >= thresholds.yellowWithin ? 'red' : 'yellow';
    const reason: StatusReason = level
      ? { code: 'level-below', amount: level.amount, unit: level.unit }
      : { code: 'behind', points: -gap };
    return { status, reason, progress, basis };
  }
  const near = nextOpenNode(indicator, basis.value, date);
  if (near && near.days <= thresholds.blueDays) {
    return { status: 'blue', reason: { code: 'deadline-near', days: near.days, node: near.label }, progress, basis };
  }
  if (level)
    return { status: 'green', reason: { code: 'level-met', amount: level.amount, unit: level.unit }, progress, basis };
  return gap > 0
    ? { status: 'green', reason: { code: 'ahead', points: gap }, progress, basis }
    : { status: 'green', reason: { code: 'on-pace' }, progress, basis };
};

/** For shares and ranks: the distance from the target level, in pp or places (never negative). */
function levelDistance(
  indicator: Indicator,
  target: number,
  actual: number,
): { amount: number; unit: 'pp' | 'places' } | null {
  if (indicator.kind === 'ratio') return { amount: round1(Math.abs(actual - target)), unit: 'pp' };
  if (indicator.kind === 'rank') return { amount: Math.abs(actual - target), unit: 'places' };
  return null;
}

/**
 * The first milestone node not yet done and not yet due, with the days left. `doneCount` counts the
 * nodes done in the date's year, so nodes of earlier years are left out before skipping the done ones.
 */
function nextOpenNode(
  indicator: Indicator,
  doneCount: number,
  date: string,
): { days: number; label: Bilingual } | null {
  const year = date.slice(0, 4);
  const nodes = (indicator.nodes ?? [])
    .filter((n) => n.due.slice(0, 4) >= year)
    .sort((a, b) => compareIso(a.due, b.due));
  const open = nodes.slice(Math.max(0, Math.floor(doneCount)));
  const next = open.find((n) => compareIso(n.due, date) >= 0);
  return next ? { days: daysBetween(date, next.due), label: next.label } : null;
}

/** Orders statuses worst first, for "the most-behind indicators first". */
export function compareStatus(a: StatusResult, b: StatusResult): number {
  const s = STATUS_SEVERITY[a.status] - STATUS_SEVERITY[b.status];
  if (s !== 0) return s;
  return (a.progress?.gapPoints ?? 0) - (b.progress?.gapPoints ?? 0);
}
