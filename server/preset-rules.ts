/**
 * The status rule of each indicator for a request: the preset its category is mapped to (the
 * `presets` query parameter), with the extras the 天津 and 商城县 presets need computed here from the
 * chosen benchmark set (`set`): the members' average growth and our rank among them. The numbers
 * are those of the 对标 page (same member value, unit conversion and year normalisation), so a
 * light and the gap card it sits beside never disagree.
 */
import { averageOf, memberValueFor, valueInUnit, type BenchmarkSet } from '../src/domain/benchmark';
import { DEFAULT_BENCHMARK_SET } from '../src/domain/benchmark-contract';
import { betterOf, normalisePeerYear, rankAmong, type Rank } from '../src/domain/gap';
import type { FieldError } from '../src/domain/observation-input';
import type { Indicator } from '../src/domain/indicator';
import type { Observation } from '../src/domain/observation';
import { parsePeriod } from '../src/domain/period';
import { needsBenchmarkSet, parsePresetMap, type PresetMap } from '../src/domain/preset-map';
import type { StatusRule } from '../src/domain/status';
import { presetRule, type PresetExtras } from '../src/domain/status-presets';
import { ourValueAt } from './benchmark-routes';
import type { Storage } from './storage/storage';

/** What a request's status rules depend on: the preset map and the benchmark set (when one is needed and known). */
export interface PresetContext {
  readonly map: PresetMap;
  readonly set: BenchmarkSet | null;
}

export type PresetContextParsed = { ok: true; context: PresetContext } | { ok: false; fields: FieldError[] };

/**
 * Reads `presets` and `set` (already checked for shape by the query schema). An unknown category,
 * preset or named set is refused; the default set missing from the data only leaves 天津 and 商城县
 * without a comparison (grey, as those presets say), it is not the caller's mistake.
 */
export async function presetContextOf(
  storage: Storage,
  query: { presets?: string | undefined; set?: string | undefined },
): Promise<PresetContextParsed> {
  const parsed = parsePresetMap(query.presets ?? '');
  const fields: FieldError[] = parsed.ok ? [] : [{ field: 'presets', message: parsed.message }];
  const named = query.set !== undefined;
  // The set is read only when it is named or a preset needs it: the default map stays as cheap as before.
  const set =
    named || (parsed.ok && needsBenchmarkSet(parsed.map))
      ? await storage.getBenchmarkSet(query.set ?? DEFAULT_BENCHMARK_SET)
      : undefined;
  if (named && !set)
    fields.push({ field: 'set', message: { zh: '没有这个对标组', en: 'there is no such benchmark set' } });
  if (!parsed.ok || fields.length > 0) return { ok: false, fields };
  return { ok: true, context: { map: parsed.map, set: set ?? null } };
}

/** The status rule for one indicator at a (validated) period; `own` are its observations. */
export function ruleFor(
  context: PresetContext,
  indicator: Indicator,
  own: readonly Observation[],
  period: string,
): StatusRule {
  const id = context.map[indicator.category];
  const extras: PresetExtras =
    id === 'tianjin'
      ? { peerAverageGrowthPct: peerAverageGrowth(context.set, indicator, period) }
      : id === 'shangcheng'
        ? { rank: rankInSet(context.set, indicator, own, period) }
        : {};
  return presetRule(id, extras);
}

/** The average growth (%) of the set's members for the indicator, from each member's value nearest the period's year. */
export function peerAverageGrowth(set: BenchmarkSet | null, indicator: Indicator, period: string): number | null {
  const p = parsePeriod(period);
  if (!set || !p) return null;
  return averageOf(set.members.map((m) => memberValueFor(m, indicator.id, p.year)?.growthPct ?? null));
}

/** Our rank among the set's members as the gap cards give it; null without our value or any member's. */
export function rankInSet(
  set: BenchmarkSet | null,
  indicator: Indicator,
  own: readonly Observation[],
  period: string,
): Rank | null {
  const p = parsePeriod(period);
  if (!set || !p) return null;
  const ours = ourValueAt(indicator, own, p);
  if (!ours) return null;
  const theirs: number[] = [];
  for (const member of set.members) {
    const v = memberValueFor(member, indicator.id, ours.year);
    const inUnit = v ? valueInUnit(v, indicator.unit) : null;
    if (!v || inUnit === null) continue;
    theirs.push(normalisePeerYear(inUnit, v.year, ours.year, v.growthPct ?? null).value);
  }
  return theirs.length === 0 ? null : rankAmong(theirs, ours.value, betterOf(indicator));
}
