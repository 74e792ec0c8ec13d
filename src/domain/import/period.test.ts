import fc from 'fast-check';
import { expect, test } from 'vitest';
import { periodKey, type Period } from '../period';
import { findMonthRangeInText, findPeriodInText, parsePeriodCell } from './period';

const key = (cell: Parameters<typeof parsePeriodCell>[0]) => {
  const parsed = parsePeriodCell(cell);
  return parsed.kind === 'period' ? parsed.key : parsed.kind;
};

test('months in every common spelling', () => {
  for (const text of [
    '2020-06',
    '2020-6',
    '2020/6',
    '2020.06',
    '2020年6月',
    '2020年06月',
    '2020年六月',
    '2020年6月份',
    ' 2020 年 6 月 ',
  ]) {
    expect(key(text)).toBe('2020-06');
  }
});

test('1–N月累计 is the month key of its last month', () => {
  for (const text of [
    '2020年1-6月',
    '2020年1—6月',
    '2020年1–6月',
    '2020年1~6月',
    '2020年1至6月',
    '2020年一至六月',
    '2020年1月-6月',
    '2020年1-6月累计',
    '2020年上半年',
  ]) {
    expect(key(text)).toBe('2020-06');
  }
  expect(key('2020年前三季度')).toBe('2020-09');
});

test('a range that does not start in January is refused with the reason', () => {
  const parsed = parsePeriodCell('2020年3-6月');
  expect(parsed.kind).toBe('invalid');
  if (parsed.kind === 'invalid') {
    expect(parsed.reason.zh).toBe('“2020年3-6月”不是从 1 月起的累计，请填 1–N 月累计（如“1-6月”）');
    expect(parsed.reason.en).toContain('not a year-to-date range');
  }
});

test('quarters and years', () => {
  for (const text of [
    '2020Q2',
    '2020q2',
    '2020-Q2',
    '2020年Q2',
    '2020年第二季度',
    '2020年二季度',
    '2020年第2季度',
    '2020年2季度',
  ]) {
    expect(key(text)).toBe('2020Q2');
  }
  for (const cell of ['2020', '2020年', '2020年度', 2020]) expect(key(cell)).toBe('2020');
});

test('an Excel date (ISO text from the reader) or a written date is its month', () => {
  expect(key('2020-06-30')).toBe('2020-06');
  expect(key('2020/6/30')).toBe('2020-06');
  expect(key('2020年6月30日')).toBe('2020-06');
  expect(key('2020-02-30')).toBe('invalid');
});

test('empty cells and markers are empty; nonsense and out-of-range values are invalid', () => {
  for (const cell of [null, '', '—', '/']) expect(key(cell)).toBe('empty');
  for (const cell of ['2020-13', '2020年13月', '1948', '2101-01', 'June', 2020.06, true, '2020Q5']) {
    expect(key(cell)).not.toMatch(/^\d/);
  }
  expect(key('2020.5')).toBe('2020-05');
  const month = parsePeriodCell('2020年13月');
  expect(month.kind === 'invalid' && month.reason.zh).toContain('月份应在 1 到 12 之间');
  const year = parsePeriodCell('1948');
  expect(year.kind === 'invalid' && year.reason.zh).toContain('年份应在 1949 到 2100 之间');
  const other = parsePeriodCell('六月');
  expect(other.kind === 'invalid' && other.reason.zh).toContain('期间请写成 2020-06');
});

test('a title names its period', () => {
  expect(findPeriodInText('白蒲镇2020年1-6月主要指标完成情况表')).toEqual({ key: '2020-06' });
  expect(findPeriodInText('白蒲镇２０２０年１—６月主要指标')).toEqual({ key: '2020-06' });
  expect(findPeriodInText('2020年第二季度报表')).toEqual({ key: '2020Q2' });
  expect(findPeriodInText('2020年6月统计月报')).toEqual({ key: '2020-06' });
  expect(findPeriodInText('白蒲镇2020年目标完成情况')).toEqual({ key: '2020' });
  expect(findPeriodInText('主要指标完成情况')).toBeNull();
  expect(findPeriodInText('2020年3-6月情况')).toHaveProperty('reason');
});

test('a value header names a year-to-date range without a year', () => {
  expect(findMonthRangeInText('1-6月累计')).toEqual({ month: 6 });
  expect(findMonthRangeInText('1至12月')).toEqual({ month: 12 });
  expect(findMonthRangeInText('上半年完成')).toEqual({ month: 6 });
  expect(findMonthRangeInText('本期')).toBeNull();
  expect(findMonthRangeInText('4-6月')).toHaveProperty('reason');
  expect(findMonthRangeInText('1-13月')).toHaveProperty('reason');
});

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** Every spelling of a period key that should read back as that key. */
function spellings(p: Period): string[] {
  const y = p.year;
  if (p.granularity === 'year') return [`${y}`, `${y}年`, `${y}年度`];
  if (p.granularity === 'quarter') {
    return [
      `${y}Q${p.index}`,
      `${y}年第${CN[p.index - 1]}季度`,
      `${y}年${CN[p.index - 1]}季度`,
      `${y}年第${p.index}季度`,
    ];
  }
  const m = p.index;
  const mm = String(m).padStart(2, '0');
  return [
    `${y}-${mm}`,
    `${y}-${m}`,
    `${y}年${m}月`,
    `${y}年${CN[m - 1]}月`,
    `${y}年1-${m}月`,
    `${y}年1—${m}月`,
    `${y}年1至${m}月`,
    `${y}-${mm}-01`,
  ];
}

const periods = fc.oneof(
  fc.record({
    year: fc.integer({ min: 1949, max: 2100 }),
    granularity: fc.constant('year' as const),
    index: fc.constant(0),
  }),
  fc.record({
    year: fc.integer({ min: 1949, max: 2100 }),
    granularity: fc.constant('quarter' as const),
    index: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    year: fc.integer({ min: 1949, max: 2100 }),
    granularity: fc.constant('month' as const),
    index: fc.integer({ min: 1, max: 12 }),
  }),
);

test('property: every period key round-trips through its Chinese spellings', () => {
  fc.assert(
    fc.property(periods, (p) => {
      const expected = periodKey(p);
      for (const text of spellings(p)) expect(key(text)).toBe(expected);
      expect(key(expected)).toBe(expected);
    }),
  );
});

test('property: any text parses without throwing', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: fc.constantFrom(...'0123456789年月季度第一二三四五六七八九十至-—Qq/. 累计上半') }),
      (text) => {
        const parsed = parsePeriodCell(text);
        findPeriodInText(text);
        findMonthRangeInText(text);
        return ['empty', 'period', 'invalid'].includes(parsed.kind);
      },
    ),
  );
});
