import { expect, test } from 'vitest';
import { CellMemo } from './cell-memo';
import { detectHeader, type Header } from './header';
import { createMatcher } from './match';
import { indicatorColumn, parseDataRow, type SheetContext } from './row';
import type { Cell, ImportIndicator } from './types';

const catalogue: ImportIndicator[] = [
  {
    id: 'foreign-trade',
    name: { zh: '外贸进出口总额', en: 'Foreign trade' },
    unit: '亿元',
    kind: 'amount',
    cumulative: true,
  },
];
const found = detectHeader([['指标编号', '指标名称', '期间', '数值', '来源', '备注']]);
const header = (found && 'header' in found ? found.header : null) as Header;
const ctx: SheetContext = {
  header,
  memo: new CellMemo(createMatcher(catalogue)),
  options: { defaultStage: 'reported', defaultSource: '镇统计站' },
};
const parse = (row: Cell[]) => parseDataRow(row, 9, ctx);

test('a row becomes an import row; markers in text cells count as empty', () => {
  expect(parse(['foreign-trade', '', '2020-06', '5.62', '—', '/'])).toEqual({
    kind: 'row',
    row: {
      line: 9,
      indicatorId: 'foreign-trade',
      period: '2020-06',
      value: 5.62,
      stage: 'reported',
      asOf: '2020-06-30',
      source: '镇统计站',
    },
  });
});

test('blank rows, notes, rows without an indicator or a value', () => {
  expect(parse([null, '', ' '])).toEqual({ kind: 'blank' });
  expect(parse(['注：快报数'])).toMatchObject({ kind: 'skip', reason: { zh: '说明行' } });
  expect(parse(['统计期：2020年6月'])).toMatchObject({ kind: 'skip', reason: { zh: '说明行' } });
  expect(parse(['', '', '2020-06', 5])).toMatchObject({ kind: 'skip', reason: { zh: '没有指标编号或名称' } });
  expect(parse(['foreign-trade', '', '2020-06', ''])).toMatchObject({ kind: 'skip', reason: { zh: '数值为空' } });
});

test('the indicator column is the id when written, else the name', () => {
  expect(indicatorColumn(['foreign-trade', '外贸进出口总额'], header)?.label).toBe('指标编号');
  expect(indicatorColumn(['', '外贸进出口总额'], header)?.label).toBe('指标名称');
});

test('a long source or note is refused, not cut', () => {
  const out = parse(['foreign-trade', '', '2020-06', 1, 'x'.repeat(201), 'y'.repeat(1001)]);
  expect(out.kind === 'reject' && out.problems.map((p) => p.message.zh)).toEqual([
    '第 9 行“来源”列：来源超过 200 字',
    '第 9 行“备注”列：备注超过 1000 字',
  ]);
});
