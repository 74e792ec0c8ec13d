/**
 * The shapes shared by the import parsers (decision 0010): a sheet arrives as a grid of plain cells,
 * whatever the file format, and leaves as rows ready for `POST /api/imports/preview` plus the lines
 * skipped or rejected, each with a bilingual reason.
 */
import type { ImportRow } from '../import-contract';
import type { Bilingual, Derivation, IndicatorKind, Unit } from '../indicator';
import type { Stage } from '../observation';

/** One cell as the readers give it: Excel dates already turned into ISO date strings ("2020-06-30"). */
export type Cell = string | number | boolean | null;

/** What the parser needs to know of an indicator to match a row to it and convert its value. */
export interface ImportIndicator {
  readonly id: string;
  readonly name: Bilingual;
  readonly unit: Unit;
  readonly kind: IndicatorKind;
  readonly cumulative: boolean;
  /**
   * Computed, never entered: true (or the derivation, for a more precise message) for the ledger
   * counts and rates and the milestone counts. Rows of such indicators are rejected.
   */
  readonly derived?: boolean | Derivation;
}

export interface ParseOptions {
  /** Stage of rows without a 填报/审核 cell (and of every row of a wide sheet). */
  readonly defaultStage: Stage;
  /** Source of rows without a 来源 cell. */
  readonly defaultSource: string;
  /** Latest as-of date a row gets by default; without it a row's as-of date is its period's last day. */
  readonly defaultAsOf?: string;
  /**
   * Cells that hold a formula, as {@link cellKey}s. The readers find them (the parser sees only
   * values) and a row with a formula in a column the parser uses is rejected.
   */
  readonly formulaCells?: ReadonlySet<string>;
}

/** Key of a cell in {@link ParseOptions.formulaCells}: 1-based line and 1-based column, "5:4" for D5. */
export function cellKey(line: number, column: number): string {
  return `${line}:${column}`;
}

/** A line left out without blocking the import: an empty value, a notes row, an indicator we do not track. */
export interface SkippedLine {
  readonly line: number;
  readonly reason: Bilingual;
}

/** A line that blocks the import until fixed, with the column as the sheet names it and the row field. */
export interface RejectedLine {
  readonly line: number;
  /** The header of the column at fault as written in the sheet ("本期值"), when one is. */
  readonly column?: string;
  /** The field of {@link ImportRow} (or `unit`, `indicator`) at fault. */
  readonly field: string;
  readonly message: Bilingual;
}

export interface ParsedSheet {
  /** `long`: one row per indicator and period (the template); `wide`: one row per indicator, the period in a title or header. */
  readonly layout: 'long' | 'wide';
  /** The (last) line of the header; data starts below it. */
  readonly headerLine: number;
  /** The period the title or the value header gives, when one does. */
  readonly period?: string;
  /** Rows ready to preview: values in the indicator's unit, as-of date and source filled. */
  readonly rows: ImportRow[];
  readonly skipped: SkippedLine[];
  readonly rejected: RejectedLine[];
}

/** A problem with the whole sheet: nothing in it is imported. */
export interface SheetError {
  readonly error: Bilingual;
}

export type ParseSheetResult = ParsedSheet | SheetError;

/** Shorthand for a bilingual message. */
export function bi(zh: string, en: string): Bilingual {
  return { zh, en };
}
