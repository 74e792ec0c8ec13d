/**
 * One indicator's standing for a period: status, progress, growth and trend, as the API sends it.
 */
import type { Evaluation, TrendPoint } from './contract';
import { sameCutoffGrowth } from './growth';
import { targetFor, type Indicator } from './indicator';
import { effectiveForPeriod, type Observation } from './observation';
import { monthsUpTo, parsePeriod, periodEndDate, periodKey } from './period';
import { defaultStatusRule, type StatusResult, type StatusRule, type Thresholds } from './status';
import type { RuleTrace } from './rule-trace';

/**
 * Evaluates an indicator at the end of `period` with a status rule (the default unless given).
 * Throws on a malformed period: callers validate first.
 */
export function evaluate(
  indicator: Indicator,
  observations: readonly Observation[],
  period: string,
  thresholds: Thresholds,
  rule: StatusRule = defaultStatusRule,
): Evaluation {
  const p = parsePeriod(period);
  if (!p) throw new Error(`not a period: ${period}`);
  const date = periodEndDate(p);
  const own = observations.filter((o) => o.indicatorId === indicator.id);
  const result = rule({ indicator, observations: own, date, thresholds });
  const target = targetFor(indicator, p.year);
  const basis = result.basis;
  const reported =
    basis && basis.stage === 'audited' ? (effectiveForPeriod(own, basis.period)?.reported ?? null) : null;
  return {
    status: result.status,
    reason: result.reason,
    rule: traceOf(result),
    target: target?.value ?? null,
    targetSample: target ? target.sample : null,
    expected: result.progress?.expected ?? null,
    actual: basis?.value ?? null,
    completionPct: result.progress?.completionPct ?? null,
    expectedPct: result.progress?.expectedPct ?? null,
    gapPoints: result.progress?.gapPoints ?? null,
    ratioGapPp: result.progress?.ratioGapPp ?? null,
    basis,
    reported,
    growth: basis ? sameCutoffGrowth(own, basis.period) : { kind: 'no-base' },
    trend: trendOf(own, period),
  };
}

/**
 * The trace a preset rule gives; a plain StatusRule (the default, or one without a trace) counts as
 * the default preset, so every evaluation says which rule gave its light.
 */
function traceOf(result: StatusResult & { rule?: RuleTrace }): RuleTrace {
  return result.rule ?? { preset: 'default', ruleId: `default/${result.status}`, reason: result.reason };
}

/** The effective value of each month of the period's year up to the period (or the year value). */
export function trendOf(observations: readonly Observation[], period: string): TrendPoint[] {
  const p = parsePeriod(period);
  if (!p) return [];
  const points: TrendPoint[] = [];
  for (const m of monthsUpTo(p)) {
    const key = periodKey(m);
    const e = effectiveForPeriod(observations, key)?.effective;
    if (e) points.push({ period: key, value: e.value, sample: e.sample });
  }
  if (points.length === 0) {
    const year = effectiveForPeriod(observations, String(p.year))?.effective;
    if (year) points.push({ period: year.period, value: year.value, sample: year.sample });
  }
  return points;
}
