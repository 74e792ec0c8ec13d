/**
 * The gap card's numbers (对标找差, the 四个清楚): 差距多大 — the absolute gap, the gap in % and in
 * percentage points, years behind at the current pace — and 怎么赶 — the growth rate needed to close
 * the gap by a chosen year. Also ranks and their change (the "双亮牌": rank and change in rank).
 *
 * Growth rates are in % (21 means +21% a year), as {@link yoyGrowth} gives them. Nothing here
 * divides by zero or returns Infinity/NaN: undefined cases come back with a reason.
 */
import { isLowerBetter, type Bilingual, type Direction, type Indicator } from './indicator';

/** Which way is better when comparing with a peer. */
export type Better = 'higher' | 'lower';

/** Ahead of, level with, or behind the benchmark. */
export type Standing = 'ahead' | 'equal' | 'behind';

/**
 * Which way is better for a comparison: lower for ranks and lower-is-better indicators; higher
 * otherwise, including shares to "reach and hold" (a larger share than the peer's is ahead).
 */
export function betterOf(indicator: Pick<Indicator, 'kind' | 'direction'>): Better {
  return isLowerBetter(indicator) ? 'lower' : 'higher';
}

/** Relative tolerance for "equal": 5.62 and 5.620000000000001 are the same figure. */
function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function assertFinite(...values: number[]): void {
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
}

/** 'hold' compares like 'higher'. */
function lowerIsBetter(direction: Direction): boolean {
  return direction === 'lower';
}

/** Our standing against their value for a direction of betterness. */
export function standingOf(ours: number, theirs: number, direction: Direction): Standing {
  if (nearlyEqual(ours, theirs)) return 'equal';
  const weAreHigher = ours > theirs;
  return weAreHigher !== lowerIsBetter(direction) ? 'ahead' : 'behind';
}

export interface GapSize {
  /**
   * How far behind, in the indicator's unit: theirs − ours when higher is better, ours − theirs
   * when lower is better. Positive means we are behind, negative ahead, 0 equal.
   */
  readonly absolute: number;
  /** The gap in % of their value (|theirs|, so the sign keeps its meaning); null when theirs is 0. */
  readonly pctOfTheirs: number | null;
  /** For shares (ratio indicators): the gap in percentage points (= absolute); null otherwise. */
  readonly points: number | null;
  /** What `absolute` is measured in: the unit, percentage points (shares) or places (ranks). */
  readonly measure: 'unit' | 'pp' | 'places';
  readonly standing: Standing;
}

/**
 * 差距多大: the gap between our value and a benchmark's, signed so that a positive gap means we
 * are behind (whichever way is better), with the gap in % of their value and, for shares, in
 * percentage points. Both values must be in the same unit (see convertUnit). Throws on non-finite.
 */
export function gapSize(ours: number, theirs: number, indicator: Pick<Indicator, 'kind' | 'direction'>): GapSize {
  assertFinite(ours, theirs);
  const better = betterOf(indicator);
  const standing = standingOf(ours, theirs, better);
  const raw = better === 'lower' ? ours - theirs : theirs - ours;
  // Normalise -0 and float noise so equal values read exactly 0.
  const absolute = standing === 'equal' ? 0 : raw;
  const pctOfTheirs = theirs === 0 ? null : (absolute / Math.abs(theirs)) * 100;
  const ratio = indicator.kind === 'ratio';
  return {
    absolute,
    pctOfTheirs,
    points: ratio ? absolute : null,
    measure: ratio ? 'pp' : indicator.kind === 'rank' ? 'places' : 'unit',
    standing,
  };
}

/** Years as a number, or 'never' when the gap does not close at these growth rates. */
export type Years = number | 'never';

export type YearsUndefinedReason =
  /** We are behind and one of the values is zero or negative: compound growth cannot close it. */
  | 'non-positive-value'
  /** A growth rate of −100% or less: nothing is left to grow. */
  | 'growth-at-or-below-minus-100'
  /** Our own growth rate is not known. */
  | 'no-growth';

export type YearsBehind =
  | {
      readonly kind: 'ok';
      readonly standing: Standing;
      /** Years until our value reaches their present value at our growth rate (0 if not behind). */
      readonly toReach: Years;
      /**
       * Years until we catch them with both growing at their rates (0 if not behind); null when their
       * growth is not known.
       */
      readonly toCatch: Years | null;
    }
  | { readonly kind: 'undefined'; readonly reason: YearsUndefinedReason };

/** n such that ours·(1+gUs)^n = theirs·(1+gThem)^n, or 'never' when it is not a positive number. */
function yearsToMeet(ours: number, theirs: number, gUs: number, gThem: number): Years {
  const speed = Math.log((1 + gUs / 100) / (1 + gThem / 100));
  if (speed === 0) return 'never';
  const n = Math.log(theirs / ours) / speed;
  return Number.isFinite(n) && n > 0 ? n : 'never';
}

/**
 * 差距多大 in time: years behind at the current pace, by compound growth.
 * - toReach: years for us to reach their present value, n = ln(theirs/ours) / ln(1+g_us);
 * - toCatch: years to catch them with both growing, n = ln(theirs/ours) / ln((1+g_us)/(1+g_them)).
 *
 * Higher is better: 'never' when our growth is not above theirs (or not positive, for toReach).
 * Lower is better (a cost, an energy intensity): the same formulas, so we must shrink faster than
 * they do — 'never' when our rate is not below theirs (or not negative, for toReach). 'hold' compares
 * like 'higher'. Not behind (ahead or equal): both are 0, whatever the values. Behind with a zero or
 * negative value, a growth of −100% or less, or our growth unknown: 'undefined' with the reason.
 */
export function yearsBehind(
  ours: number,
  theirs: number,
  ourGrowthPct: number | null,
  theirGrowthPct: number | null,
  direction: Direction,
): YearsBehind {
  assertFinite(ours, theirs);
  const standing = standingOf(ours, theirs, direction);
  if (standing !== 'behind') return { kind: 'ok', standing, toReach: 0, toCatch: 0 };
  if (ours <= 0 || theirs <= 0) return { kind: 'undefined', reason: 'non-positive-value' };
  if (ourGrowthPct === null || !Number.isFinite(ourGrowthPct)) return { kind: 'undefined', reason: 'no-growth' };
  const gThem = theirGrowthPct !== null && Number.isFinite(theirGrowthPct) ? theirGrowthPct : null;
  if (ourGrowthPct <= -100 || (gThem !== null && gThem <= -100)) {
    return { kind: 'undefined', reason: 'growth-at-or-below-minus-100' };
  }
  return {
    kind: 'ok',
    standing,
    toReach: yearsToMeet(ours, theirs, ourGrowthPct, 0),
    toCatch: gThem === null ? null : yearsToMeet(ours, theirs, ourGrowthPct, gThem),
  };
}

export type RequiredGrowth =
  | {
      readonly kind: 'ok';
      /** Compound annual rate we need, in % (negative: we may shrink, or for lower-is-better, must). */
      readonly annualPct: number;
      /** The same rate per month, (1+g)^(1/12) − 1, in %. */
      readonly monthlyPct: number;
      /** Their value at the end of the period, theirs·(1+g_them)^n: what we must reach. */
      readonly targetValue: number;
    }
  | {
      readonly kind: 'error';
      readonly reason: 'years-not-positive' | 'non-positive-value' | 'growth-at-or-below-minus-100';
    };

/**
 * 怎么赶: the compound annual growth rate that makes our value equal theirs in `years` years while
 * they keep growing at their own rate (pass 0 to assume they stand still, and say so):
 * g = (theirs·(1+g_them)^n / ours)^(1/n) − 1, with its monthly equivalent (1+g)^(1/12) − 1.
 * Direction-free: for lower-is-better indicators the rate comes out negative when we must shrink.
 * Errors for years ≤ 0 (or not finite), zero or negative values, and a peer growth of −100% or less.
 */
export function requiredGrowth(ours: number, theirs: number, theirGrowthPct: number, years: number): RequiredGrowth {
  assertFinite(ours, theirs, theirGrowthPct);
  if (!Number.isFinite(years) || years <= 0) return { kind: 'error', reason: 'years-not-positive' };
  if (ours <= 0 || theirs <= 0) return { kind: 'error', reason: 'non-positive-value' };
  if (theirGrowthPct <= -100) return { kind: 'error', reason: 'growth-at-or-below-minus-100' };
  const targetValue = theirs * (1 + theirGrowthPct / 100) ** years;
  const annual = (targetValue / ours) ** (1 / years) - 1;
  const monthly = (1 + annual) ** (1 / 12) - 1;
  return { kind: 'ok', annualPct: annual * 100, monthlyPct: monthly * 100, targetValue };
}

export interface NormalisedPeerValue {
  readonly value: number;
  /** The year the value now stands for: the target year when projected, else its own year. */
  readonly year: number;
  /** The year the source gives. */
  readonly sourceYear: number;
  /** same-year: as given; projected: grown with the peer's own rate; as-is: another year, unchanged. */
  readonly method: 'same-year' | 'projected' | 'as-is';
  /** True when the value is of another year than the comparison: the UI must say so. */
  readonly yearMismatch: boolean;
}

/**
 * Brings a peer value of another year to the comparison year: projected with the peer's own growth
 * rate when known, value·(1+g)^(targetYear − valueYear) (backwards too); otherwise returned as is,
 * flagged `yearMismatch: true` so the UI says "2016年数据". A growth of −100% or less cannot project.
 */
export function normalisePeerYear(
  value: number,
  valueYear: number,
  targetYear: number,
  peerGrowthPct: number | null,
): NormalisedPeerValue {
  assertFinite(value, valueYear, targetYear);
  if (valueYear === targetYear) {
    return { value, year: valueYear, sourceYear: valueYear, method: 'same-year', yearMismatch: false };
  }
  if (peerGrowthPct === null || !Number.isFinite(peerGrowthPct) || peerGrowthPct <= -100) {
    return { value, year: valueYear, sourceYear: valueYear, method: 'as-is', yearMismatch: true };
  }
  const projected = value * (1 + peerGrowthPct / 100) ** (targetYear - valueYear);
  return { value: projected, year: targetYear, sourceYear: valueYear, method: 'projected', yearMismatch: false };
}

/** A place in a list: 1 is best. */
export interface Rank {
  readonly rank: number;
  /** How many are ranked, us included. */
  readonly of: number;
}

/**
 * Our rank among the others' values (`values` excludes ours; non-finite values are left out):
 * 1 + the number of values strictly better than ours, so ties share a place ("1, 2, 2, 4").
 * 'hold' ranks like 'higher'.
 */
export function rankAmong(values: readonly number[], ours: number, direction: Direction): Rank {
  assertFinite(ours);
  const others = values.filter((v) => Number.isFinite(v));
  const better = others.filter((v) => standingOf(ours, v, direction) === 'behind').length;
  return { rank: better + 1, of: others.length + 1 };
}

export interface RankChange extends Rank {
  /** Places moved up (+2), down (−1), 0 when unchanged; null without a previous rank. */
  readonly change: number | null;
  /** For the 双亮牌: "↑2" / "↓1" / "持平"; "—" without a previous rank. */
  readonly text: Bilingual;
  /** In words: "上升2位" / "up 2 places". */
  readonly words: Bilingual;
}

function assertRank(r: number): void {
  if (!Number.isInteger(r) || r < 1) throw new RangeError(`a rank is a whole number from 1: ${r}`);
}

/**
 * Rank and change in rank (the "双亮牌"): moving from 5th to 3rd is +2 ("↑2"), from 3rd to 4th −1
 * ("↓1"), the same place 0 ("持平"). Throws on a rank that is not a whole number from 1.
 */
export function rankChange(previousRank: number | null, current: Rank): RankChange {
  assertRank(current.rank);
  if (previousRank === null) {
    return {
      ...current,
      change: null,
      text: { zh: '—', en: '—' },
      words: { zh: '无上期排名', en: 'no previous rank' },
    };
  }
  assertRank(previousRank);
  const change = previousRank - current.rank;
  const n = Math.abs(change);
  const places = n === 1 ? 'place' : 'places';
  if (change > 0) {
    return {
      ...current,
      change,
      text: { zh: `↑${n}`, en: `↑${n}` },
      words: { zh: `上升${n}位`, en: `up ${n} ${places}` },
    };
  }
  if (change < 0) {
    return {
      ...current,
      change,
      text: { zh: `↓${n}`, en: `↓${n}` },
      words: { zh: `下降${n}位`, en: `down ${n} ${places}` },
    };
  }
  return { ...current, change: 0, text: { zh: '持平', en: '=' }, words: { zh: '位次持平', en: 'same place' } };
}
