/**
 * One data line of a sheet → a row ready to preview, a line skipped (blank value, notes, an
 * indicator we do not track) or a line rejected with every problem it has, each with its column.
 */
import type { ImportRow } from '../import-contract';
import type { Bilingual } from '../indicator';
import type { Stage } from '../observation';
import { parsePeriod, periodEndDate } from '../period';
import type { CellMemo } from './cell-memo';
import type { Column, Header } from './header';
import type { Role } from './labels';
import { derivedReason, formulaProblem, problem } from './messages';
import { EMPTY_MARKERS, parseNumberCell } from './number';
import { valueInIndicatorUnit } from './row-value';
import { cellText, isBlank, normaliseText } from './text';
import { bi, cellKey, type Cell, type ParseOptions, type RejectedLine } from './types';

export interface SheetContext {
  readonly header: Header;
  /** Parsed cells shared by the sheet's rows (see cell-memo.ts). */
  readonly memo: CellMemo;
  readonly options: ParseOptions;
  /** The period of every row of a wide sheet, and of rows with an empty period cell in a long one. */
  readonly sheetPeriod?: string;
  readonly sheetUnit?: string;
}

export type RowOutcome =
  | { readonly kind: 'blank' }
  | { readonly kind: 'skip'; readonly reason: Bilingual }
  | { readonly kind: 'reject'; readonly problems: RejectedLine[] }
  | { readonly kind: 'row'; readonly row: ImportRow };

/** Lines of notes under (or inside) a table: "注：…", "填报说明…", "数据来源：…", signatures. */
const NOTE =
  /^(?:注\s*\d*\s*[:：、.]|注$|填报说明|填表说明|说明\s*[:：]|数据来源\s*[:：]|资料来源|来源\s*[:：]|备注\s*[:：]|制表|填表人|填报人|审核人|(?:单位|统计)?负责人|联系电话|报送日期|统计期\s*[:：]|示例数据)/;

const INDICATOR_ROLES = ['id', 'name'] as const;

const FIELDS: Record<Role, string> = {
  id: 'indicatorId',
  name: 'indicatorId',
  period: 'period',
  value: 'value',
  unit: 'unit',
  stage: 'stage',
  asOf: 'asOf',
  source: 'source',
  note: 'note',
};

/** The longest empty marker; longer text is never one, so it skips normalisation. */
const LONGEST_MARKER = Math.max(...[...EMPTY_MARKERS].map((m) => m.length));

/** The text of a cell, empty for an empty marker ("—", "/", "无"): a note "—" is no note. */
function textOf(cell: Cell | undefined): string {
  const text = cellText(cell);
  if (text.length > LONGEST_MARKER + 2) return text;
  return EMPTY_MARKERS.has(normaliseText(text).toLowerCase()) ? '' : text;
}

function isBlankRow(row: readonly Cell[]): boolean {
  for (const cell of row) if (!isBlank(cell)) return false;
  return true;
}

function isNote(row: readonly Cell[]): boolean {
  let first: Cell | undefined;
  let filled = 0;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    if (filled === 0) first = cell;
    if (++filled > 1 && typeof first !== 'string') return false;
  }
  if (typeof first !== 'string') return false;
  const text = normaliseText(first);
  return NOTE.test(text) || (filled === 1 && /[:：]/.test(text));
}

/** The column that names the row's indicator: its id when one is written, otherwise its name. */
export function indicatorColumn(row: readonly Cell[], header: Header): Column | undefined {
  const idCol = header.columns.get('id');
  if (idCol && textOf(row[idCol.index]) !== '') return idCol;
  return header.columns.get('name') ?? idCol;
}

/** Parses one line (1-based `line`) of the sheet. */
export function parseDataRow(row: readonly Cell[], line: number, ctx: SheetContext): RowOutcome {
  if (isBlankRow(row)) return { kind: 'blank' };
  if (isNote(row)) return { kind: 'skip', reason: bi('说明行', 'A line of notes') };
  const cols = ctx.header.columns;
  const cell = (role: Role): Cell => {
    const col = cols.get(role);
    return col ? (row[col.index] ?? null) : null;
  };
  const formulas = ctx.options.formulaCells;
  const anyFormula = formulas !== undefined && formulas.size > 0;
  const formulaIn = (col: Column) => anyFormula && formulas.has(cellKey(line, col.index + 1));
  const problems: RejectedLine[] = [];
  for (const role of anyFormula ? INDICATOR_ROLES : []) {
    const col = cols.get(role);
    if (col && formulaIn(col)) problems.push(formulaProblem(line, col, 'indicatorId'));
  }
  if (problems.length > 0) return { kind: 'reject', problems };

  const idCol = cols.get('id');
  const nameCol = cols.get('name');
  const found = ctx.memo.indicator(idCol ? textOf(row[idCol.index]) : '', nameCol ? textOf(row[nameCol.index]) : '');
  if ('skip' in found) return { kind: 'skip', reason: found.skip };
  if ('reject' in found) return { kind: 'reject', problems: [problem(line, nameCol, 'indicatorId', found.reject)] };
  const { indicator } = found;
  if (indicator.derived) {
    return {
      kind: 'reject',
      problems: [problem(line, indicatorColumn(row, ctx.header), 'indicatorId', derivedReason(indicator.derived))],
    };
  }
  for (const col of anyFormula ? cols.values() : []) {
    if (col.role !== 'id' && col.role !== 'name' && formulaIn(col))
      problems.push(formulaProblem(line, col, FIELDS[col.role]));
  }
  if (problems.length > 0) return { kind: 'reject', problems };

  const valueCol = cols.get('value');
  const parsed = parseNumberCell(cell('value'));
  if (parsed.kind === 'empty') return { kind: 'skip', reason: bi('数值为空', 'No value') };
  if (parsed.kind === 'invalid') problems.push(problem(line, valueCol, 'value', parsed.reason));

  const period = periodOf(cell('period'), line, ctx, problems);
  const stated: string[] = [];
  const unitText = textOf(cell('unit'));
  const unitCell = unitText === '' ? null : ctx.memo.unit(unitText);
  if (unitCell !== null) stated.push(unitCell);
  const nameUnit = ctx.memo.nameUnit(cellText(cell('name')));
  if (nameUnit !== undefined) stated.push(nameUnit);
  if (valueCol?.unit !== undefined) stated.push(valueCol.unit);
  let value: number | undefined;
  if (parsed.kind === 'number') {
    const out = valueInIndicatorUnit(
      parsed,
      indicator,
      ctx.sheetUnit === undefined ? { stated } : { stated, sheetUnit: ctx.sheetUnit },
    );
    if ('value' in out) value = out.value;
    else
      problems.push(
        problem(line, out.field === 'unit' && cols.get('unit') ? cols.get('unit') : valueCol, out.field, out.reason),
      );
  }

  const stageText = textOf(cell('stage'));
  const stageParsed = ctx.memo.stage(stageText);
  let stage: Stage = ctx.options.defaultStage;
  if (typeof stageParsed === 'string') stage = stageParsed;
  else if (stageParsed !== null) problems.push(problem(line, cols.get('stage'), 'stage', stageParsed.reason));

  const asOf = asOfOf(cell('asOf'), period, line, ctx, problems);
  const source = textOf(cell('source')) || ctx.options.defaultSource.trim();
  if (source === '') problems.push(problem(line, cols.get('source'), 'source', bi('来源为空', 'No source')));
  else if (source.length > 200)
    problems.push(
      problem(line, cols.get('source'), 'source', bi('来源超过 200 字', 'The source is over 200 characters')),
    );
  const note = textOf(cell('note'));
  if (note.length > 1000)
    problems.push(problem(line, cols.get('note'), 'note', bi('备注超过 1000 字', 'The note is over 1,000 characters')));

  if (problems.length > 0 || value === undefined || period === undefined || asOf === undefined) {
    return { kind: 'reject', problems };
  }
  const out: ImportRow = { line, indicatorId: indicator.id, period, value, stage, asOf, source };
  return { kind: 'row', row: note === '' ? out : { ...out, note } };
}

function periodOf(cell: Cell, line: number, ctx: SheetContext, problems: RejectedLine[]): string | undefined {
  const col = ctx.header.columns.get('period');
  if (!col) return ctx.sheetPeriod;
  const parsed = ctx.memo.period(cell);
  if (parsed.kind === 'period') return parsed.key;
  if (parsed.kind === 'invalid') problems.push(problem(line, col, 'period', parsed.reason));
  else if (ctx.sheetPeriod) return ctx.sheetPeriod;
  else problems.push(problem(line, col, 'period', bi('期间为空', 'No period')));
  return undefined;
}

/** The as-of date of the cell, or by default the period's last day, no later than the options' date. */
function asOfOf(
  cell: Cell,
  period: string | undefined,
  line: number,
  ctx: SheetContext,
  problems: RejectedLine[],
): string | undefined {
  const parsed = ctx.memo.date(cell);
  if (parsed.kind === 'date') return parsed.iso;
  if (parsed.kind === 'invalid') {
    problems.push(problem(line, ctx.header.columns.get('asOf'), 'asOf', parsed.reason));
    return undefined;
  }
  const end = period === undefined ? undefined : periodEnd(period);
  const cap = ctx.options.defaultAsOf;
  return cap !== undefined && end !== undefined && cap < end ? cap : end;
}

/** Last days of the periods seen, so a 10,000-row sheet computes each once. */
const END_DATES = new Map<string, string>();

function periodEnd(key: string): string | undefined {
  let end = END_DATES.get(key);
  if (end === undefined) {
    const p = parsePeriod(key);
    if (!p) return undefined;
    end = periodEndDate(p);
    if (END_DATES.size < 10_000) END_DATES.set(key, end);
  }
  return end;
}
