/**
 * Indicators evaluated at a period, counted and sorted: what the indicator list, the summary and the
 * 责任 view share (moved out of app.ts so the route modules can use it too).
 */
import type { IndicatorListQuery, IndicatorSummary, StatusCounts } from '../src/domain/contract';
import { evaluate } from '../src/domain/evaluate';
import { CATEGORIES } from '../src/domain/indicator';
import type { Observation } from '../src/domain/observation';
import { parsePeriod, periodEndDate } from '../src/domain/period';
import { DEFAULT_THRESHOLDS, STATUS_SEVERITY, STATUSES, type Thresholds } from '../src/domain/status';
import { ruleFor, type PresetContext } from './preset-rules';
import type { Storage } from './storage/storage';

/** Evaluates every indicator at a period, in dataset order, each with its category's preset. */
export async function evaluateAll(
  storage: Storage,
  period: string,
  thresholds: Thresholds,
  presets: PresetContext,
): Promise<IndicatorSummary[]> {
  const [indicators, observations] = await Promise.all([storage.listIndicators(), storage.listObservations()]);
  const byIndicator = groupByIndicator(observations);
  return indicators.map((indicator) => {
    const own = byIndicator.get(indicator.id) ?? [];
    return {
      indicator,
      evaluation: evaluate(indicator, own, period, thresholds, ruleFor(presets, indicator, own, period)),
    };
  });
}

/** The query's thresholds laid over the defaults. */
export function thresholdsOf(q: { yellowWithin?: number | undefined; blueDays?: number | undefined }): Thresholds {
  return {
    yellowWithin: q.yellowWithin ?? DEFAULT_THRESHOLDS.yellowWithin,
    blueDays: q.blueDays ?? DEFAULT_THRESHOLDS.blueDays,
  };
}

/** The last day of a (validated) period: the date statuses are judged at. */
export function asOfDate(period: string): string {
  const p = parsePeriod(period);
  if (!p) throw new Error(`not a period: ${period}`);
  return periodEndDate(p);
}

export function groupByIndicator(observations: readonly Observation[]): Map<string, Observation[]> {
  const map = new Map<string, Observation[]>();
  for (const o of observations) {
    const list = map.get(o.indicatorId);
    if (list) list.push(o);
    else map.set(o.indicatorId, [o]);
  }
  return map;
}

export function countStatuses(summaries: readonly IndicatorSummary[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const s of summaries) counts[s.evaluation.status] += 1;
  return counts;
}

const byName = (a: IndicatorSummary, b: IndicatorSummary): number =>
  a.indicator.name.zh.localeCompare(b.indicator.name.zh, 'zh-CN');

/** Numbers ascending with nulls after every number. */
function nullsLast(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}

/** Worst status first; within a status the furthest behind 序时进度 first. */
const byStatus = (a: IndicatorSummary, b: IndicatorSummary): number =>
  STATUS_SEVERITY[a.evaluation.status] - STATUS_SEVERITY[b.evaluation.status] ||
  nullsLast(a.evaluation.gapPoints, b.evaluation.gapPoints) ||
  byName(a, b);

const byCategory = (a: IndicatorSummary, b: IndicatorSummary): number =>
  CATEGORIES.indexOf(a.indicator.category) - CATEGORIES.indexOf(b.indicator.category) || byName(a, b);

/** Sorts a copy. Ties keep dataset order (the sort is stable); completion keeps nulls last either way. */
export function sortSummaries(
  items: readonly IndicatorSummary[],
  key: IndicatorListQuery['sort'],
  dir: IndicatorListQuery['dir'],
): IndicatorSummary[] {
  const sign = dir === 'desc' ? -1 : 1;
  const compare = (a: IndicatorSummary, b: IndicatorSummary): number => {
    switch (key) {
      case 'status':
        return sign * byStatus(a, b);
      case 'name':
        return sign * byName(a, b);
      case 'category':
        return sign * byCategory(a, b);
      case 'completion': {
        const x = a.evaluation.completionPct;
        const y = b.evaluation.completionPct;
        // Without a rate there is nothing to rank, in either direction.
        if (x === null || y === null) return nullsLast(x, y) || byName(a, b);
        return sign * (x - y) || byName(a, b);
      }
    }
  };
  return [...items].sort(compare);
}
