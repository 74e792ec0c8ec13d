/**
 * The import's main entry (decision 0010): a sheet as a grid of cells → rows ready for the preview,
 * plus the lines skipped and rejected. Pure and linear in the sheet's size (duplicates are found
 * with a Map), so a 10,000-row sheet parses in a few tens of milliseconds.
 */
import { MAX_IMPORT_ROWS } from '../import-contract';
import type { Bilingual } from '../indicator';
import { CellMemo } from './cell-memo';
import { detectHeader, titleTexts, type Header } from './header';
import { createMatcher } from './match';
import { problem } from './messages';
import { findMonthRangeInText, findPeriodInText } from './period';
import { indicatorColumn, parseDataRow, type SheetContext } from './row';
import { isBlank, normaliseText } from './text';
import {
  bi,
  type Cell,
  type ImportIndicator,
  type ParsedSheet,
  type ParseOptions,
  type ParseSheetResult,
  type RejectedLine,
  type SkippedLine,
} from './types';
import { parseUnit } from './unit';

export type {
  Cell,
  ImportIndicator,
  ParsedSheet,
  ParseOptions,
  ParseSheetResult,
  RejectedLine,
  SkippedLine,
} from './types';
export { cellKey } from './types';

const STAGE_WORD = { reported: bi('填报', 'reported'), audited: bi('审核', 'audited') } as const;

/** The period of a sheet from its title and its value header, or why it cannot be told. */
function sheetPeriod(titles: readonly string[], header: Header): { key?: string } | { error: Bilingual } {
  let title: { key: string; text: string } | null = null;
  for (const text of titles) {
    const found = findPeriodInText(text);
    if (!found) continue;
    if ('reason' in found) return { error: found.reason };
    title = { key: found.key, text };
    break;
  }
  const labels = header.columns.get('value')?.periodLabels ?? [];
  for (const label of [...labels].reverse()) {
    const full = findPeriodInText(label);
    if (full && 'reason' in full) return { error: full.reason };
    const month = full ? null : findMonthRangeInText(label);
    if (month && 'reason' in month) return { error: month.reason };
    let key: string | undefined;
    if (full) key = full.key;
    else if (month && title) key = `${title.key.slice(0, 4)}-${String(month.month).padStart(2, '0')}`;
    else if (month) {
      return {
        error: bi(
          `“${label}”没有写年份，请在标题中写明（如“2020年1-6月”）`,
          `"${label}" gives no year: name it in the title (e.g. 2020年1-6月)`,
        ),
      };
    }
    if (key === undefined) continue;
    if (title && title.key !== key && title.key !== key.slice(0, 4)) {
      return {
        error: bi(
          `标题的期间“${title.text}”与数值列“${label}”不一致`,
          `The title's period "${title.text}" and the value column "${label}" disagree`,
        ),
      };
    }
    return { key };
  }
  return title ? { key: title.key } : {};
}

/** "单位：万元" above the table: the unit of its amounts. */
function sheetUnit(titles: readonly string[]): string | undefined {
  for (const text of titles) {
    const m = /(?:^|\s)(?:计量)?单位\s*[:：]\s*(\S{1,6})\s*$/.exec(normaliseText(text));
    if (m?.[1]) return parseUnit(m[1]) ?? undefined;
  }
  return undefined;
}

/**
 * Parses a sheet. Returns the rows, skipped and rejected lines, or a file-level error when there is
 * no usable header or period, or more than {@link MAX_IMPORT_ROWS} lines of data.
 */
export function parseSheet(
  table: readonly (readonly Cell[])[],
  catalogue: readonly ImportIndicator[],
  options: ParseOptions,
): ParseSheetResult {
  if (!table.some((row) => row.some((c) => !isBlank(c)))) return { error: bi('工作表是空的', 'The sheet is empty') };
  const detected = detectHeader(table);
  if (!detected) {
    return {
      error: bi(
        '找不到表头：需要“指标名称”（或“指标编号”）和“数值”两列，可下载模板对照',
        'No header found: the sheet needs an indicator name (or id) column and a value column; see the template',
      ),
    };
  }
  if ('error' in detected) return { error: detected.error };
  const { header } = detected;
  if (table.length - header.line > MAX_IMPORT_ROWS) {
    let count = 0;
    for (let i = header.line; i < table.length; i++) if (table[i]?.some((c) => !isBlank(c))) count++;
    if (count > MAX_IMPORT_ROWS) {
      return {
        error: bi(
          '文件超过 20,000 行，请拆分后导入',
          'The file has more than 20,000 rows: split it and import the parts',
        ),
      };
    }
  }
  const titles = titleTexts(table, header);
  const layout = header.columns.has('period') ? 'long' : 'wide';
  const found = sheetPeriod(titles, header);
  // A long sheet dates every row itself: a title it cannot read is no reason to refuse the file.
  if ('error' in found && layout === 'wide') return { error: found.error };
  const period = 'error' in found ? {} : found;
  if (layout === 'wide' && period.key === undefined) {
    return {
      error: bi(
        '找不到期间：请加“期间”列，或在标题或数值列表头写明（如“2020年1-6月”“1-6月累计”）',
        'No period found: add a period column, or name it in the title or the value header (e.g. 2020年1-6月)',
      ),
    };
  }
  const unit = sheetUnit(titles);
  const ctx: SheetContext = {
    header,
    memo: new CellMemo(createMatcher(catalogue)),
    options,
    ...(period.key === undefined ? {} : { sheetPeriod: period.key }),
    ...(unit === undefined ? {} : { sheetUnit: unit }),
  };
  const rows: ParsedSheet['rows'] = [];
  const skipped: SkippedLine[] = [];
  const rejected: RejectedLine[] = [];
  const firstLineOf = new Map<string, number>();
  for (let i = header.line; i < table.length; i++) {
    const line = i + 1;
    const outcome = parseDataRow(table[i] ?? [], line, ctx);
    if (outcome.kind === 'skip') skipped.push({ line, reason: outcome.reason });
    else if (outcome.kind === 'reject') rejected.push(...outcome.problems);
    else if (outcome.kind === 'row') {
      const { row } = outcome;
      const key = `${row.indicatorId}\u0000${row.period}\u0000${row.stage}`;
      const first = firstLineOf.get(key);
      if (first === undefined) {
        firstLineOf.set(key, line);
        rows.push(row);
      } else {
        const stage = STAGE_WORD[row.stage];
        const where = indicatorColumn(table[i] ?? [], header);
        rejected.push(
          problem(
            line,
            where,
            'indicatorId',
            bi(
              `与第 ${first} 行重复（同一指标、期间和${stage.zh}值）`,
              `duplicates line ${first} (same indicator, period and ${stage.en} value)`,
            ),
          ),
        );
      }
    }
  }
  return {
    layout,
    headerLine: header.line,
    ...(period.key === undefined ? {} : { period: period.key }),
    rows,
    skipped,
    rejected,
  };
}
