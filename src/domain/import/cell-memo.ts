/**
 * Parsed cells kept for the length of one sheet. Sheets repeat most of their text — the period,
 * unit, stage, as-of date, source and the indicators themselves — so each distinct text is parsed
 * once. Only strings are keys (in Maps, so any text is safe); each cache stops growing at a bound.
 */
import { parseDateCell, type DateCell } from './date';
import type { Matcher } from './match';
import { parsePeriodCell, type PeriodCell } from './period';
import { resolveIndicator, type IndicatorMatch } from './row-indicator';
import { parseStage } from './stage';
import type { Cell } from './types';
import { parseUnit, splitUnitSuffix } from './unit';

const BOUND = 5_000;

function cached<T>(map: Map<string, T>, key: string, compute: (key: string) => T): T {
  const hit = map.get(key);
  if (hit !== undefined || map.has(key)) return hit as T;
  const value = compute(key);
  if (map.size < BOUND) map.set(key, value);
  return value;
}

export class CellMemo {
  private readonly periods = new Map<string, PeriodCell>();
  private readonly dates = new Map<string, DateCell>();
  private readonly stages = new Map<string, ReturnType<typeof parseStage>>();
  private readonly units = new Map<string, string | null>();
  private readonly nameUnits = new Map<string, string | undefined>();
  private readonly indicators = new Map<string, IndicatorMatch>();

  constructor(private readonly matcher: Matcher) {}

  period(cell: Cell): PeriodCell {
    return typeof cell === 'string' ? cached(this.periods, cell, parsePeriodCell) : parsePeriodCell(cell);
  }

  date(cell: Cell): DateCell {
    return typeof cell === 'string' ? cached(this.dates, cell, parseDateCell) : parseDateCell(cell);
  }

  stage(text: string): ReturnType<typeof parseStage> {
    return cached(this.stages, text, parseStage);
  }

  unit(text: string): string | null {
    return cached(this.units, text, parseUnit);
  }

  /** The unit in a name cell's brackets: "外贸进出口（亿元）" → "亿元". */
  nameUnit(name: string): string | undefined {
    if (!/[)）\]】]\s*$/.test(name)) return undefined;
    return cached(this.nameUnits, name, (n) => splitUnitSuffix(n).unit);
  }

  indicator(id: string, name: string): IndicatorMatch {
    return cached(this.indicators, `${id}\u0000${name}`, () => resolveIndicator(id, name, this.matcher));
  }
}
