/**
 * Finds the header of a sheet under any title rows: a row (or two rows, when a merged group header
 * such as "本期" stands over "数值") whose labels name at least an indicator column (编号 or 名称) and
 * a value column. Merged cells arrive as null in every covered cell, so a group label is carried
 * to the right over the nulls that follow it; a label in the lower row always wins over the group.
 */
import type { Bilingual } from '../indicator';
import { isOtherPeriodLabel, meaningOf, type Role } from './labels';
import { parseNumberCell } from './number';
import { cellText, columnLetter, isBlank, normaliseText } from './text';
import { bi, type Cell } from './types';

export interface Column {
  /** 0-based index in the row. */
  readonly index: number;
  readonly role: Role;
  /** The label as the sheet writes it, for messages ("本期值"); the column letter when there is none. */
  readonly label: string;
  readonly unit?: string;
  /** Labels above and on the column that may name its period ("2020年1-6月", "1-6月累计"). */
  readonly periodLabels: readonly string[];
}

export interface Header {
  /** 1-based line of the first header row. */
  readonly firstLine: number;
  /** 1-based line of the last header row; data starts below. */
  readonly line: number;
  readonly columns: ReadonlyMap<Role, Column>;
}

/** Title rows are rare beyond a handful; a header further down is not looked for. */
export const HEADER_SCAN_ROWS = 30;

/** Roles that must not appear twice: which column is meant would be a guess. */
const SINGLE: readonly Role[] = ['id', 'name', 'period', 'value', 'unit', 'stage'];

const ROLE_NAMES: Record<Role, Bilingual> = {
  id: bi('指标编号', 'indicator id'),
  name: bi('指标名称', 'indicator name'),
  period: bi('期间', 'period'),
  value: bi('数值', 'value'),
  unit: bi('单位', 'unit'),
  stage: bi('填报/审核', 'reported/audited'),
  asOf: bi('截止日期', 'as-of date'),
  source: bi('来源', 'source'),
  note: bi('备注', 'note'),
};

/** A header, with whether a group label of the upper row stands over its value column. */
type Built = { readonly header: Header; readonly valueGroup: boolean } | { readonly error: Bilingual } | null;

function text(cell: Cell | undefined): string {
  return typeof cell === 'string' ? normaliseText(cell) : '';
}

/** Builds a header from one row, or from an upper (group) row and a lower row. */
function build(table: readonly (readonly Cell[])[], upperIndex: number, lowerIndex: number | null): Built {
  const upper = table[upperIndex] ?? [];
  const lower = lowerIndex === null ? null : (table[lowerIndex] ?? []);
  const width = Math.max(upper.length, lower?.length ?? 0);
  const found = new Map<Role, Column[]>();
  let group = '';
  let valueGroup = false;
  for (let c = 0; c < width; c++) {
    const own = text(upper[c]);
    if (!isBlank(upper[c])) group = own;
    const below = lower === null ? '' : text(lower[c]);
    const label = lower === null ? own : below !== '' ? below : own;
    const meaning = label === '' ? null : meaningOf(label);
    if (!meaning || (lower !== null && group !== '' && isOtherPeriodLabel(group))) continue;
    if (lower !== null && meaning.role === 'value' && group !== '' && below !== '') valueGroup = true;
    const column: Column = {
      index: c,
      role: meaning.role,
      label,
      periodLabels: lower === null ? [own] : [group, below].filter((s) => s !== ''),
      ...(meaning.unit === undefined ? {} : { unit: meaning.unit }),
    };
    found.set(meaning.role, [...(found.get(meaning.role) ?? []), column]);
  }
  if (!(found.has('id') || found.has('name')) || !found.has('value')) return null;
  for (const role of SINGLE) {
    const twice = found.get(role) ?? [];
    const [a, b] = twice;
    if (a && b) {
      const where = `${columnLetter(a.index + 1)} 列“${a.label}”和 ${columnLetter(b.index + 1)} 列“${b.label}”`;
      const whereEn = `column ${columnLetter(a.index + 1)} "${a.label}" and column ${columnLetter(b.index + 1)} "${b.label}"`;
      const name = ROLE_NAMES[role];
      return {
        error: bi(
          `第 ${(lowerIndex ?? upperIndex) + 1} 行表头有两列都是“${name.zh}”：${where}，请只保留一列`,
          `The header on line ${(lowerIndex ?? upperIndex) + 1} has two ${name.en} columns: ${whereEn}; keep only one`,
        ),
      };
    }
  }
  const columns = new Map<Role, Column>();
  for (const [role, list] of found) if (list[0]) columns.set(role, list[0]);
  const firstLine = upperIndex + 1;
  return { header: { firstLine, line: (lowerIndex ?? upperIndex) + 1, columns }, valueGroup };
}

/**
 * True when the row under a one-row header continues it rather than holding data: nothing under
 * the indicator columns, no number anywhere, and at least one label of its own.
 */
function continues(row: readonly Cell[] | undefined, header: Header): boolean {
  if (!row) return false;
  for (const role of ['id', 'name'] as const) {
    const col = header.columns.get(role);
    if (col && !isBlank(row[col.index])) return false;
  }
  let labels = 0;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    if (typeof cell !== 'string' || parseNumberCell(cell).kind === 'number') return false;
    if (meaningOf(cell)) labels++;
  }
  return labels > 0;
}

function valid(built: Built): built is Extract<Built, { header: Header }> {
  return built !== null && 'header' in built;
}

/**
 * The header of the sheet, an error when its columns are ambiguous, or null when there is none.
 * Top-down: a row that is a header on its own wins, joined with the row below when that row only
 * continues it ("本期" over "数值"); a group row above a header is kept when the header needs it
 * (labels only in the upper row, or a group that tells two "数值" columns apart) or when it names
 * the value column's period.
 */
export function detectHeader(
  table: readonly (readonly Cell[])[],
): { readonly header: Header } | { readonly error: Bilingual } | null {
  const limit = Math.min(table.length, HEADER_SCAN_ROWS);
  let ambiguous: Bilingual | null = null;
  for (let r = 0; r < limit; r++) {
    const single = build(table, r, null);
    if (valid(single)) {
      const merged = r + 1 < table.length && continues(table[r + 1], single.header) ? build(table, r, r + 1) : null;
      return { header: valid(merged) ? merged.header : single.header };
    }
    ambiguous ??= single && 'error' in single ? single.error : null;
    const merged = r + 1 < table.length ? build(table, r, r + 1) : null;
    if (!valid(merged)) continue;
    const next = build(table, r + 1, null);
    if (!valid(next)) return { header: merged.header };
    if (!continues(table[r + 2], next.header) && merged.valueGroup) return { header: merged.header };
  }
  return ambiguous ? { error: ambiguous } : null;
}

/**
 * The text of every cell above the header's last row, top to bottom: where a title names the period
 * and the unit ("单位：万元"). A group row of a two-row header is included: it may name the period.
 */
export function titleTexts(table: readonly (readonly Cell[])[], header: Header): string[] {
  const out: string[] = [];
  for (let r = 0; r < header.line - 1; r++) {
    for (const cell of table[r] ?? []) if (!isBlank(cell)) out.push(cellText(cell));
  }
  return out;
}
