import fc from 'fast-check';
import { expect, test } from 'vitest';
import { detectHeader, titleTexts } from './header';
import { meaningOf } from './labels';
import type { Cell } from './types';

function roles(table: Cell[][]) {
  const found = detectHeader(table);
  if (!found || 'error' in found) throw new Error(JSON.stringify(found));
  const { header } = found;
  return {
    line: header.line,
    first: header.firstLine,
    roles: Object.fromEntries([...header.columns].map(([role, c]) => [role, c.index])),
  };
}

test('the template header is row 1', () => {
  const table: Cell[][] = [['指标编号', '指标名称', '期间', '数值', '单位', '填报/审核', '截止日期', '来源', '备注']];
  expect(roles(table)).toEqual({
    line: 1,
    first: 1,
    roles: { id: 0, name: 1, period: 2, value: 3, unit: 4, stage: 5, asOf: 6, source: 7, note: 8 },
  });
});

test('title rows, a unit line and a two-row merged header ("本期" over "1-6月累计")', () => {
  const table: Cell[][] = [
    ['白蒲镇2020年1-6月主要指标完成情况表', null, null, null, null],
    [null, null, null, null, '单位：亿元'],
    ['指标名称', '计量单位', '本期', null, '备注'],
    [null, null, '1-6月累计', '同比增长(%)', null],
    ['外贸进出口总额', '亿元', 5.62, 21, null],
  ];
  expect(roles(table)).toEqual({ line: 4, first: 3, roles: { name: 0, unit: 1, value: 2, note: 4 } });
  const found = detectHeader(table);
  if (found && 'header' in found) {
    expect(found.header.columns.get('value')?.periodLabels).toEqual(['本期', '1-6月累计']);
    expect(titleTexts(table, found.header)).toEqual([
      '白蒲镇2020年1-6月主要指标完成情况表',
      '单位：亿元',
      '指标名称',
      '计量单位',
      '本期',
      '备注',
    ]);
  }
});

test("a group row tells this period's value from last year's", () => {
  const table: Cell[][] = [
    [null, '2020年1-6月', null, '去年同期', null],
    ['指标', '数值', '增幅', '数值', '增幅'],
    ['外贸进出口总额', 5.62, 21, 4.64, 3],
  ];
  expect(roles(table)).toEqual({ line: 2, first: 1, roles: { name: 0, value: 1 } });
});

test('a header needing both rows (labels only in the upper one)', () => {
  const table: Cell[][] = [
    ['指标名称', '2020年1-6月', null],
    [null, '数值', '同比'],
    ['工业投资', 1.2, 3],
  ];
  expect(roles(table)).toEqual({ line: 2, first: 1, roles: { name: 0, value: 1 } });
});

test('two value columns without a way to tell them apart is an error naming both', () => {
  const found = detectHeader([['指标名称', '本期值', '累计']]);
  expect(found && 'error' in found && found.error.zh).toBe(
    '第 1 行表头有两列都是“数值”：B 列“本期值”和 C 列“累计”，请只保留一列',
  );
});

test('no header: null', () => {
  expect(detectHeader([['白蒲镇月度指标'], ['请在后面的工作表中填报']])).toBeNull();
  expect(detectHeader([])).toBeNull();
});

const HOSTILE = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'isPrototypeOf',
];

test('property: hostile header names neither crash nor pollute, and never take a role', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string(), fc.constant(null)), { maxLength: 12 }),
      fc.nat(12),
      (extra, at) => {
        const header: Cell[] = [...extra];
        header.splice(Math.min(at, header.length), 0, '指标名称', '数值');
        const found = detectHeader([header, ['外贸进出口总额', 5.62]]);
        for (const name of HOSTILE) expect(meaningOf(name)).toBeNull();
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype.toString.call({})).toBe('[object Object]');
        return found === null || 'error' in found || found.header.columns.has('name');
      },
    ),
  );
});
