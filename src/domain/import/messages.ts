/** The wording of per-line problems, in one place so every message has the same shape in both languages. */
import type { Bilingual } from '../indicator';
import type { Column } from './header';
import { bi, type RejectedLine } from './types';

/** "第 7 行“数值”列：…" / "Line 7, column "数值": …". */
export function problem(line: number, column: Column | undefined, field: string, reason: Bilingual): RejectedLine {
  if (!column) return { line, field, message: bi(`第 ${line} 行：${reason.zh}`, `Line ${line}: ${reason.en}`) };
  return {
    line,
    column: column.label,
    field,
    message: bi(
      `第 ${line} 行“${column.label}”列：${reason.zh}`,
      `Line ${line}, column "${column.label}": ${reason.en}`,
    ),
  };
}

/** A formula where a value is expected: the cached result may be stale, so the row is refused. */
export function formulaProblem(line: number, column: Column, field: string): RejectedLine {
  return {
    line,
    column: column.label,
    field,
    message: bi(
      `第 ${line} 行“${column.label}”列是公式，请粘贴为数值后再导入`,
      `Line ${line}, column "${column.label}" holds a formula: paste it as values, then import again`,
    ),
  };
}

/** Why a row of a computed indicator is refused. */
export function derivedReason(derivation: boolean | string): Bilingual {
  return derivation === 'milestones-done'
    ? bi(
        '该指标由任务节点自动计算，不能导入',
        "This indicator is computed from the campaign's milestones and cannot be imported",
      )
    : bi(
        '该指标由项目台账自动计算，不能导入',
        'This indicator is computed from the project ledger and cannot be imported',
      );
}
