/**
 * 序时进度: how much of a year's target is expected by a given date, and how far the actual value is
 * from it. "时间过半、任务过半": at the end of June half of an annual amount is expected.
 */
import { isLowerBetter, type Indicator, type Target } from './indicator';
import { compareIso, parseDate, parsePeriod, periodEndDate, yearFractionElapsed } from './period';

/** Tolerance for floating-point products such as 7 × 0.5. */
const EPS = 1e-9;

/**
 * The value expected at `date` for a year target.
 * - amount: linear in months elapsed (or the cumulative plan, interpolated within a month);
 * - count: whole steps, never 3.5 projects (floor of the linear pace);
 * - milestone: the number of nodes due on or before the date;
 * - ratio and rank: the target itself, which must be reached and held — except a ratio with a
 *   cumulative plan (a year-to-date rate such as 竣工率 climbs through the year), paced like an amount.
 */
export function expectedAt(indicator: Indicator, target: Target, date: string): number {
  const d = parseDate(date);
  if (!d) throw new Error(`not a date: ${date}`);
  switch (indicator.kind) {
    case 'ratio':
      return hasPlan(target) ? paced(target, date) : target.value;
    case 'rank':
      return target.value;
    case 'milestone': {
      const nodes = (indicator.nodes ?? []).filter((n) => Number(n.due.slice(0, 4)) === target.year);
      return nodes.filter((n) => compareIso(n.due, date) <= 0).length;
    }
    case 'count':
      return Math.floor(paced(target, date) + EPS);
    case 'amount':
      return paced(target, date);
  }
}

/** Whether the target has a cumulative plan by month or quarter. */
export function hasPlan(target: Target): boolean {
  return (target.plan?.length ?? 0) > 0;
}

/**
 * Whether an indicator is judged as a level to reach and hold (a share without a plan, a rank)
 * rather than against a pace that builds up through the year.
 */
export function isHeldLevel(indicator: Indicator, target: Target): boolean {
  return indicator.kind === 'rank' || (indicator.kind === 'ratio' && !hasPlan(target));
}

/** Linear pacing, or the cumulative plan interpolated between its points. */
function paced(target: Target, date: string): number {
  const fraction = yearFractionElapsed(date, target.year);
  if (!target.plan || target.plan.length === 0) return target.value * fraction;
  // Plan points sit at their period's end; the year starts from zero and ends at the target.
  const points: { at: number; value: number }[] = [{ at: 0, value: 0 }];
  for (const p of target.plan) {
    const period = parsePeriod(p.period);
    if (!period || period.year !== target.year) continue;
    points.push({ at: yearFractionElapsed(periodEndDate(period), target.year), value: p.value });
  }
  points.sort((a, b) => a.at - b.at);
  const last = points.at(-1);
  if (last && last.at < 1) points.push({ at: 1, value: target.value });
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b && fraction <= b.at + EPS) {
      const span = b.at - a.at;
      return span <= 0 ? b.value : a.value + ((b.value - a.value) * (fraction - a.at)) / span;
    }
  }
  return target.value;
}

/**
 * Completion rate in % of the annual target. For lower-is-better indicators (a rank) it is
 * target ÷ actual, so reaching rank 20 from 22 reads 90.9%. Null when it cannot be computed
 * (a zero target of a higher-is-better indicator, or a non-positive actual rank).
 */
export function completionPct(indicator: Indicator, target: Target, actual: number): number | null {
  if (isLowerBetter(indicator)) {
    if (actual <= 0 || target.value <= 0) return null;
    return (target.value / actual) * 100;
  }
  if (target.value === 0) return null;
  const pct = (actual / target.value) * 100;
  return indicator.direction === 'hold' ? Math.min(pct, 100) : pct;
}

/** Expected progress in % of the annual target at a date (100 for levels to hold). */
export function expectedPct(indicator: Indicator, target: Target, date: string): number | null {
  if (isHeldLevel(indicator, target)) return 100;
  if (target.value === 0) return null;
  return (expectedAt(indicator, target, date) / target.value) * 100;
}

export interface ProgressResult {
  readonly target: number;
  readonly expected: number;
  readonly actual: number;
  readonly completionPct: number | null;
  readonly expectedPct: number | null;
  /** completion − expected, in percentage points of the target: negative means behind 序时进度. */
  readonly gapPoints: number | null;
  /** For ratios: actual − target in percentage points of the share itself. */
  readonly ratioGapPp: number | null;
}

/** Everything needed to say how far along an indicator is at a date. */
export function progressAt(indicator: Indicator, target: Target, actual: number, date: string): ProgressResult {
  const expected = expectedAt(indicator, target, date);
  const completion = completionPct(indicator, target, actual);
  const expPct = expectedPct(indicator, target, date);
  return {
    target: target.value,
    expected,
    actual,
    completionPct: completion,
    expectedPct: expPct,
    gapPoints: completion === null || expPct === null ? null : completion - expPct,
    ratioGapPp: indicator.kind === 'ratio' ? actual - target.value : null,
  };
}
