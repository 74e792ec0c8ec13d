/**
 * 同比 (year-over-year growth) on the same cut-off: Jan–Jun 2020 against Jan–Jun 2019, never a
 * partial year against a whole one. Zero and negative bases give a reason, never "Infinity%".
 */
import { effectiveForPeriod, type Observation } from './observation';
import { parsePeriod, periodKey, sameCutoffLastYear } from './period';

export type Growth =
  | { readonly kind: 'ok'; readonly pct: number }
  /** The base is zero: growth is undefined (shown as "基数为零"). */
  | { readonly kind: 'zero-base' }
  /** The base is negative: the sign of a % would mislead; the change is given instead. */
  | { readonly kind: 'negative-base'; readonly change: number }
  /** No comparable value for the same cut-off last year. */
  | { readonly kind: 'no-base' };

/** Growth from `previous` to `current` in %. */
export function yoyGrowth(current: number, previous: number): Growth {
  if (previous === 0) return { kind: 'zero-base' };
  if (previous < 0) return { kind: 'negative-base', change: current - previous };
  return { kind: 'ok', pct: ((current - previous) / previous) * 100 };
}

/**
 * 同比 for the observation of `period`, against the same period key one year earlier
 * (2020-06 ↔ 2019-06, 2020Q2 ↔ 2019Q2, 2020 ↔ 2019). Returns no-base when either side is missing.
 */
export function sameCutoffGrowth(observations: readonly Observation[], period: string): Growth {
  const p = parsePeriod(period);
  if (!p) return { kind: 'no-base' };
  const current = effectiveForPeriod(observations, period)?.effective;
  const previous = effectiveForPeriod(observations, periodKey(sameCutoffLastYear(p)))?.effective;
  if (!current || !previous) return { kind: 'no-base' };
  return yoyGrowth(current.value, previous.value);
}
