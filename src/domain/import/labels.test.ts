import { expect, test } from 'vitest';
import { isOtherPeriodLabel, meaningOf } from './labels';

test('column synonyms in Chinese and English, with units and markers', () => {
  expect(meaningOf('指标名称')).toEqual({ role: 'name', hasPeriod: false });
  expect(meaningOf('Indicator ID')).toEqual({ role: 'id', hasPeriod: false });
  expect(meaningOf('数值（万元）')).toEqual({ role: 'value', unit: '万元', hasPeriod: false });
  expect(meaningOf('1-6月累计')).toEqual({ role: 'value', hasPeriod: true });
  expect(meaningOf('2020年1—6月')).toEqual({ role: 'value', hasPeriod: true });
  expect(meaningOf('填报/审核')).toEqual({ role: 'stage', hasPeriod: false });
  expect(meaningOf('As-of')).toEqual({ role: 'asOf', hasPeriod: false });
  expect(meaningOf('指标名称*')).toEqual({ role: 'name', hasPeriod: false });
  for (const other of [
    '同比增长（%）',
    '去年同期',
    '增幅',
    '序号',
    '',
    '__proto__',
    'constructor',
    'toString',
    'valueOf',
  ]) {
    expect(meaningOf(other)).toBeNull();
  }
});

test('labels about other periods', () => {
  expect(isOtherPeriodLabel('上年同期')).toBe(true);
  expect(isOtherPeriodLabel('本期')).toBe(false);
});
