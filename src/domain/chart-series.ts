/**
 * The series an indicator's chart draws for one year: the actual value month by month, the
 * 序时进度 pace line and the annual target, as plain data (the chart and its text alternative
 * both read it).
 */
import { targetFor, type Indicator } from './indicator';
import { effectiveForPeriod, type Observation } from './observation';
import { periodEndDate, periodKey } from './period';
import { expectedAt } from './progress';

export interface SeriesPoint {
  readonly period: string;
  /** The effective (audited if any) value for that month; null where nothing was observed. */
  readonly actual: number | null;
  readonly actualSample: boolean;
  /** Where 序时进度 stands at the month's end; null without a target. */
  readonly pace: number | null;
  readonly target: number | null;
}

/** Twelve points, January to December of `year`. */
export function progressSeries(
  indicator: Indicator,
  observations: readonly Observation[],
  year: number,
): SeriesPoint[] {
  const target = targetFor(indicator, year);
  const own = observations.filter((o) => o.indicatorId === indicator.id);
  const points: SeriesPoint[] = [];
  for (let month = 1; month <= 12; month++) {
    const period = periodKey({ year, granularity: 'month', index: month });
    const e = effectiveForPeriod(own, period)?.effective;
    points.push({
      period,
      actual: e?.value ?? null,
      actualSample: e?.sample ?? false,
      pace: target ? expectedAt(indicator, target, periodEndDate({ year, granularity: 'month', index: month })) : null,
      target: target?.value ?? null,
    });
  }
  return points;
}
