/**
 * The value of one row in its indicator's unit. Units may be stated in the row (a unit column, after
 * the number, in the name cell), on the value column's header, or once for the sheet ("单位：亿元"
 * above the table). Row and header statements must agree; the sheet's unit applies only to money
 * indicators (such a line covers the amounts of a table whose counts keep their own units); without
 * any statement the value is taken to be in the indicator's unit.
 */
import type { Bilingual } from '../indicator';
import type { NumberCell } from './number';
import { bi, type ImportIndicator } from './types';
import { toIndicatorUnit } from './unit';

const MONEY = new Set(['亿元', '万元', '元']);

export interface UnitStatements {
  /** Units stated for this row or its column, in order of precedence. */
  readonly stated: readonly string[];
  /** The unit a title states for the whole sheet, if any. */
  readonly sheetUnit?: string;
}

/** The value in the indicator's unit, or why it cannot be had (with the field at fault). */
export function valueInIndicatorUnit(
  parsed: Extract<NumberCell, { kind: 'number' }>,
  indicator: ImportIndicator,
  units: UnitStatements,
): { readonly value: number } | { readonly field: 'value' | 'unit'; readonly reason: Bilingual } {
  let first = parsed.unit;
  let second: string | undefined;
  for (const unit of units.stated) {
    if (first === undefined) first = unit;
    else if (unit !== first && second === undefined) second = unit;
  }
  if (first !== undefined && second !== undefined) {
    return {
      field: 'unit',
      reason: bi(`单位不一致：“${first}”与“${second}”`, `the units disagree: "${first}" and "${second}"`),
    };
  }
  if (parsed.percent) {
    if (indicator.unit !== '%') {
      return {
        field: 'value',
        reason: bi(
          `“${parsed.value}%”是百分数，但“${indicator.name.zh}”的单位是“${indicator.unit}”`,
          `"${parsed.value}%" is a percentage, but the unit of "${indicator.name.en}" is ${indicator.unit}`,
        ),
      };
    }
    if (first !== undefined && first !== '%') {
      return { field: 'unit', reason: bi(`单位不一致：“%”与“${first}”`, `the units disagree: "%" and "${first}"`) };
    }
    return { value: parsed.value };
  }
  const sheetUnit = units.sheetUnit !== undefined && MONEY.has(indicator.unit) ? units.sheetUnit : undefined;
  const from = first ?? sheetUnit ?? indicator.unit;
  const out = toIndicatorUnit(parsed.value, from, indicator.unit);
  return typeof out === 'number' ? { value: out } : { field: 'unit', reason: out.reason };
}
