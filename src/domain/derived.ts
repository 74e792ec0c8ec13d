/**
 * Values of derived indicators, computed from the project ledger and the campaign tree as
 * observations (1–N月累计 at every month end, and the year for finished years), so charts, 序时进度,
 * status and 同比 treat them exactly like entered values. Nothing here is stored.
 */
import type { Milestone } from './action';
import type { Derivation, Indicator } from './indicator';
import type { Observation } from './observation';
import { compareIso, parseDate, periodEndDate } from './period';
import {
  completionPool,
  completionRate,
  conversionPool,
  conversionRate,
  reachedInYear,
  type Project,
  type ProjectStage,
} from './project';

/** What derived values are computed from. */
export interface DerivationSources {
  readonly projects: readonly Project[];
  readonly milestones: readonly Milestone[];
}

/** The source text of a derived value. */
export const DERIVED_SOURCE: Record<'ledger' | 'milestones', string> = {
  ledger: '项目台账（自动计算）',
  milestones: '任务节点（自动计算）',
};

const STAGE_OF: Partial<Record<Derivation, ProjectStage>> = {
  'ledger-started': 'started',
  'ledger-completed': 'completed',
  'ledger-converted': 'converted',
};

/** A derived value at a date within a year, and whether any record behind it is a sample. */
export interface DerivedValue {
  readonly value: number;
  readonly sample: boolean;
}

/**
 * The value of a derived indicator for `year` up to `date` (inclusive; a date after the year counts
 * up to 31 December), or undefined when it has no value then (a rate with nothing to divide by).
 */
export function derivedValueAt(
  indicator: Pick<Indicator, 'derived' | 'nodes'>,
  sources: DerivationSources,
  year: number,
  date: string,
): DerivedValue | undefined {
  const derived = indicator.derived;
  if (derived === undefined) return undefined;
  const anySample = (records: readonly { sample: boolean }[]) => records.some((r) => r.sample);
  const stage = STAGE_OF[derived];
  if (stage) {
    const reached = reachedInYear(sources.projects, stage, year, date);
    return { value: reached.length, sample: anySample(reached) };
  }
  if (derived === 'ledger-completion-rate' || derived === 'ledger-conversion-rate') {
    const completion = derived === 'ledger-completion-rate';
    const r = (completion ? completionRate : conversionRate)(sources.projects, year, date);
    if (r.pct === null) return undefined;
    // The records behind a rate are the projects it divides by, not the whole ledger.
    const pool = (completion ? completionPool : conversionPool)(sources.projects, year, date);
    return { value: Math.round(r.pct * 10) / 10, sample: anySample(pool) };
  }
  // milestones-done: the indicator's nodes of that year done by the date (and by the year's end).
  const yearEnd = `${year}-12-31`;
  const by = compareIso(date, yearEnd) > 0 ? yearEnd : date;
  const ids = new Set((indicator.nodes ?? []).filter((n) => n.due.startsWith(`${year}-`)).map((n) => n.id));
  const own = sources.milestones.filter((m) => ids.has(m.id));
  const done = own.filter((m) => m.doneOn !== undefined && compareIso(m.doneOn, by) <= 0);
  return { value: done.length, sample: anySample(own) };
}

/** The latest date any derived value can move at: the last stage date or milestone done. */
export function latestSourceDate(sources: DerivationSources): string | undefined {
  let latest: string | undefined;
  const see = (d: string | undefined) => {
    if (d !== undefined && (latest === undefined || compareIso(d, latest) > 0)) latest = d;
  };
  for (const p of sources.projects) for (const d of Object.values(p.stages)) see(d);
  for (const m of sources.milestones) see(m.doneOn);
  return latest;
}

/**
 * The observations of one derived indicator: every month end from January of `fromYear` up to the
 * month of `horizon` (a date), plus the whole year for each year that ended on or before `horizon`.
 * Months past the horizon are left out: nobody has reported them yet.
 */
export function derivedObservations(
  indicator: Indicator,
  sources: DerivationSources,
  fromYear: number,
  horizon: string,
): Observation[] {
  const end = parseDate(horizon);
  if (indicator.derived === undefined || !end) return [];
  const source = indicator.derived === 'milestones-done' ? DERIVED_SOURCE.milestones : DERIVED_SOURCE.ledger;
  const out: Observation[] = [];
  const push = (period: string, date: string, year: number) => {
    const v = derivedValueAt(indicator, sources, year, date);
    if (!v) return;
    out.push({
      id: `derived:${indicator.id}:${period}`,
      indicatorId: indicator.id,
      period,
      value: v.value,
      stage: 'reported',
      asOf: date,
      source,
      sample: v.sample,
      recordedAt: `${date}T16:00:00.000Z`,
    });
  };
  for (let year = fromYear; year <= end.year; year++) {
    const lastMonth = year === end.year ? end.month : 12;
    for (let month = 1; month <= lastMonth; month++) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      push(key, periodEndDate({ year, granularity: 'month', index: month }), year);
    }
    const yearEnd = `${year}-12-31`;
    if (compareIso(yearEnd, horizon) <= 0) push(String(year), yearEnd, year);
  }
  return out;
}
