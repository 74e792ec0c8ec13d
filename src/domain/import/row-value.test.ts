import { expect, test } from 'vitest';
import { valueInIndicatorUnit } from './row-value';
import type { ImportIndicator } from './types';

const trade: ImportIndicator = {
  id: 'foreign-trade',
  name: { zh: '外贸进出口总额', en: 'Foreign trade' },
  unit: '亿元',
  kind: 'amount',
  cumulative: true,
};
const share: ImportIndicator = {
  id: 'share',
  name: { zh: '比重', en: 'Share' },
  unit: '%',
  kind: 'ratio',
  cumulative: false,
};
const firms: ImportIndicator = {
  id: 'firms',
  name: { zh: '企业数', en: 'Firms' },
  unit: '家',
  kind: 'count',
  cumulative: false,
};
const n = (value: number, percent = false, unit?: string) => ({
  kind: 'number' as const,
  value,
  percent,
  ...(unit ? { unit } : {}),
});

test("stated units convert; none means the indicator's unit", () => {
  expect(valueInIndicatorUnit(n(56200), trade, { stated: ['万元'] })).toEqual({ value: 5.62 });
  expect(valueInIndicatorUnit(n(700, false, '万元'), trade, { stated: [] })).toEqual({ value: 0.07 });
  expect(valueInIndicatorUnit(n(5.62), trade, { stated: [] })).toEqual({ value: 5.62 });
  expect(valueInIndicatorUnit(n(5.62), trade, { stated: ['亿元', '亿元'] })).toEqual({ value: 5.62 });
});

test("the sheet's unit applies to money indicators only", () => {
  expect(valueInIndicatorUnit(n(56200), trade, { stated: [], sheetUnit: '万元' })).toEqual({ value: 5.62 });
  expect(valueInIndicatorUnit(n(52), firms, { stated: [], sheetUnit: '万元' })).toEqual({ value: 52 });
});

test('percentages, disagreeing and unconvertible units are refused with the field at fault', () => {
  expect(valueInIndicatorUnit(n(21, true), share, { stated: [] })).toEqual({ value: 21 });
  expect(valueInIndicatorUnit(n(21, true), trade, { stated: [] })).toMatchObject({
    field: 'value',
    reason: { zh: '“21%”是百分数，但“外贸进出口总额”的单位是“亿元”' },
  });
  expect(valueInIndicatorUnit(n(21, true), share, { stated: ['个'] })).toMatchObject({ field: 'unit' });
  expect(valueInIndicatorUnit(n(1), trade, { stated: ['亿元', '万元'] })).toMatchObject({
    field: 'unit',
    reason: { zh: '单位不一致：“亿元”与“万元”' },
  });
  expect(valueInIndicatorUnit(n(1), firms, { stated: ['公顷'] })).toMatchObject({
    field: 'unit',
    reason: { zh: '单位“公顷”无法换算为“家”' },
  });
});
