/**
 * Cells of an exported table (CSV, XLSX), made safe for spreadsheets: formula injection
 * ("CSV injection") is neutralised in every text cell, and numbers stay numbers.
 *
 * A spreadsheet evaluates a cell whose text starts with `=`, `+`, `-` or `@` (and Excel also strips a
 * leading tab, CR or NUL before looking), so `=HYPERLINK(…)` typed into a note would run when the
 * export is opened. Such text is prefixed with an apostrophe `'`, which every spreadsheet shows as
 * text. The triggers checked, at the start or after leading white space or control characters (a
 * spreadsheet may trim them, and an XLSX writer drops the controls XML cannot hold): `=` `+` `-` `@`,
 * their full-width forms `＝` `＋` `－` `＠` (an IME in Chinese Excel turns `＝` into a formula), and any
 * leading control character itself (tab, CR, LF, NUL and the rest of C0, DEL).
 *
 * Numbers are never prefixed or turned into text: a finite number is written as that number;
 * NaN and ±Infinity, which no spreadsheet stores, become empty cells.
 */

/** The characters a formula starts with, half- and full-width, after any white space or controls. */
// eslint-disable-next-line no-control-regex
const TRIGGER = /^[\s\u0000-\u001f\u007f]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
/** Control characters that a spreadsheet may look past (tab, CR, NUL…) or that start a new line in CSV. */
// eslint-disable-next-line no-control-regex
const LEADING_CONTROL = /^[\u0000-\u001f\u007f]/;

/** The prefix that makes a spreadsheet read the rest as text. */
export const NEUTRAL_PREFIX = "'";

/** True when a spreadsheet could take `text` as a formula. */
export function isFormulaLike(text: string): boolean {
  return TRIGGER.test(text) || LEADING_CONTROL.test(text);
}

/**
 * `text` as a spreadsheet cell that is never evaluated: prefixed with `'` when it could start a
 * formula, unchanged otherwise. Idempotent: a neutralised cell starts with `'` and stays as it is.
 */
export function neutraliseCell(text: string): string {
  return isFormulaLike(text) ? `${NEUTRAL_PREFIX}${text}` : text;
}

/**
 * The text a neutralised cell stands for, for reading an exported file back (the importer): the
 * prefix goes when what follows it could start a formula. So exporting a note "-3% 因疫情" and
 * importing the file again gives "-3% 因疫情", not "'-3% 因疫情". (A text typed as "'=x" itself comes
 * back as "=x": the one case the prefix cannot tell apart.)
 */
export function restoreCell(cell: string): string {
  return cell.startsWith(NEUTRAL_PREFIX) && isFormulaLike(cell.slice(NEUTRAL_PREFIX.length))
    ? cell.slice(NEUTRAL_PREFIX.length)
    : cell;
}

/** A cell of a table model: text, a number, or empty. */
export type CellValue = string | number | null;

/** A column: its header (with the unit when it has one, "完成（亿元）") and what its cells hold. */
export interface TableColumn {
  readonly header: string;
  readonly kind: 'text' | 'number';
}

/**
 * A table as it is exported: the same rows the screen shows, with numbers as numbers (in the unit
 * its header names) and, below the table, the provenance: period, 口径, as-of date, source, and
 * 示例 when sample values are in it.
 */
export interface TableModel {
  readonly title: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Footer lines, each a full sentence ("统计期：2020年6月", "来源：…", "示例数据：…"). */
  readonly provenance: readonly string[];
}

/** A cell ready to write: neutralised text, a finite number, or null. */
export function safeCell(value: CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return neutraliseCell(value);
}

/** The cells of a table, ready to write: every text neutralised, every row as wide as the header. */
export interface SafeTable {
  readonly header: string[];
  readonly rows: CellValue[][];
  readonly provenance: string[];
}

export function safeTable(model: TableModel): SafeTable {
  const width = model.columns.length;
  return {
    header: model.columns.map((c) => neutraliseCell(c.header)),
    rows: model.rows.map((row) => Array.from({ length: width }, (_, i) => safeCell(row[i]))),
    provenance: model.provenance.map(neutraliseCell),
  };
}

/**
 * The grid every export writes, row by row: the header first (so row 1 is machine-readable), the
 * data rows, then one empty row and the provenance lines, one per row in the first column.
 * Readers that stop at the first empty row (and the importer, which skips trailing notes) get
 * exactly the table.
 */
export function tableGrid(model: TableModel): CellValue[][] {
  const t = safeTable(model);
  const grid: CellValue[][] = [t.header, ...t.rows];
  if (t.provenance.length > 0) {
    grid.push([]);
    for (const line of t.provenance) grid.push([line]);
  }
  return grid;
}
