import { describe, expect, test } from 'vitest';
import {
  formatCumulativeSpan,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPct,
  formatPeriod,
  formatPoints,
  formatSignedPct,
  formatValue,
  LOCALES,
} from './format';

// Expected strings are what Intl prints on Node 20 (full ICU).

test('LOCALES are Chinese and English', () => {
  expect(LOCALES).toEqual(['zh-CN', 'en']);
});

test('formatValue writes 5.62 亿元 as "5.62亿元" in Chinese', () => {
  expect(formatValue(5.62, '亿元', 'zh-CN')).toBe('5.62亿元');
});

test('formatValue writes 5.62 亿元 as "CN¥562M" in English', () => {
  expect(formatValue(5.62, '亿元', 'en')).toBe('CN¥562M');
});

test('formatValue writes large 亿元 amounts in billions in English', () => {
  expect(formatValue(1215.18, '亿元', 'en')).toBe('CN¥121.52B');
  expect(formatValue(1, '亿元', 'en')).toBe('CN¥100M');
});

test('formatValue writes 万元 with grouping in Chinese and in millions in English', () => {
  expect(formatValue(3500, '万元', 'zh-CN')).toBe('3,500万元');
  expect(formatValue(12345.678, '万元', 'zh-CN')).toBe('12,345.68万元');
  expect(formatValue(3500, '万元', 'en')).toBe('CN¥35M');
});

test('formatValue writes counts with their unit', () => {
  expect(formatValue(7, '个', 'zh-CN')).toBe('7个');
  expect(formatValue(7, '个', 'en')).toBe('7 projects');
  expect(formatValue(2, '家', 'zh-CN')).toBe('2家');
  expect(formatValue(2, '家', 'en')).toBe('2 firms');
  expect(formatValue(119977, '名', 'en')).toBe('119,977 people');
});

test('formatValue uses the singular for exactly one', () => {
  expect(formatValue(1, '个', 'en')).toBe('1 project');
  expect(formatValue(1, '家', 'en')).toBe('1 firm');
  expect(formatValue(0, '家', 'en')).toBe('0 firms');
});

test('formatValue writes ranks as 第22位 and No. 22', () => {
  expect(formatValue(22, '位', 'zh-CN')).toBe('第22位');
  expect(formatValue(22, '位', 'en')).toBe('No. 22');
});

test('formatValue writes shares and areas', () => {
  expect(formatValue(35, '%', 'zh-CN')).toBe('35%');
  expect(formatValue(35, '%', 'en')).toBe('35%');
  expect(formatValue(5.18, '公顷', 'zh-CN')).toBe('5.18公顷');
  expect(formatValue(5.18, '公顷', 'en')).toBe('5.18 ha');
  expect(formatValue(12.5, '公里', 'en')).toBe('12.5 km');
});

test('formatValue rounds to maxFraction digits', () => {
  expect(formatValue(3.14159, '公里', 'zh-CN')).toBe('3.14公里');
  expect(formatValue(3.14159, '公里', 'zh-CN', 3)).toBe('3.142公里');
  expect(formatValue(2.5, '个', 'en', 0)).toBe('3 projects');
});

test('formatValue writes a dash for non-finite values', () => {
  expect(formatValue(Number.NaN, '亿元', 'zh-CN')).toBe('—');
  expect(formatValue(Number.POSITIVE_INFINITY, '%', 'en')).toBe('—');
});

test('formatPct writes a completion rate with one decimal', () => {
  expect(formatPct(49.71, 'zh-CN')).toBe('49.7%');
  expect(formatPct(90.909, 'en')).toBe('90.9%');
  expect(formatPct(100, 'en')).toBe('100%');
  expect(formatPct(56.25, 'en', 2)).toBe('56.25%');
});

test('formatPct writes a dash for null or non-finite values', () => {
  expect(formatPct(null, 'zh-CN')).toBe('—');
  expect(formatPct(Number.NaN, 'en')).toBe('—');
});

test('formatPoints writes signed percentage points in Chinese', () => {
  expect(formatPoints(2.5, 'zh-CN')).toBe('+2.5个百分点');
  expect(formatPoints(-12.5, 'zh-CN')).toBe('-12.5个百分点');
});

test('formatPoints writes signed points in English', () => {
  expect(formatPoints(2.5, 'en')).toBe('+2.5 pts');
  expect(formatPoints(-12.5, 'en')).toBe('-12.5 pts');
});

test('formatPoints writes zero without a sign and null as a dash', () => {
  expect(formatPoints(0, 'en')).toBe('0 pts');
  expect(formatPoints(0, 'zh-CN')).toBe('0个百分点');
  expect(formatPoints(null, 'en')).toBe('—');
});

test('formatPeriod writes a month as 2020年6月 and June 2020', () => {
  expect(formatPeriod('2020-06', 'zh-CN')).toBe('2020年6月');
  expect(formatPeriod('2020-06', 'en')).toBe('June 2020');
  expect(formatPeriod('2020-12', 'zh-CN')).toBe('2020年12月');
});

test('formatPeriod writes a quarter as 2020年第二季度 and Q2 2020', () => {
  expect(formatPeriod('2020Q2', 'zh-CN')).toBe('2020年第二季度');
  expect(formatPeriod('2020Q2', 'en')).toBe('Q2 2020');
  expect(formatPeriod('2020Q4', 'zh-CN')).toBe('2020年第四季度');
  expect(formatPeriod('2020Q1', 'zh-CN')).toBe('2020年第一季度');
});

test('formatPeriod writes a year as 2020年 and 2020', () => {
  expect(formatPeriod('2020', 'zh-CN')).toBe('2020年');
  expect(formatPeriod('2020', 'en')).toBe('2020');
});

test('formatPeriod returns a malformed key unchanged', () => {
  expect(formatPeriod('2020-13', 'zh-CN')).toBe('2020-13');
});

test('formatCumulativeSpan writes 1–N月累计 as 2020年1-6月 and Jan–Jun 2020', () => {
  expect(formatCumulativeSpan('2020-06', 'zh-CN')).toBe('2020年1-6月');
  expect(formatCumulativeSpan('2020-06', 'en')).toBe('Jan–Jun 2020');
});

test('formatCumulativeSpan of a quarter runs from January to the quarter end', () => {
  expect(formatCumulativeSpan('2020Q3', 'zh-CN')).toBe('2020年1-9月');
  expect(formatCumulativeSpan('2020Q3', 'en')).toBe('Jan–Sep 2020');
});

test('formatCumulativeSpan of January is just January', () => {
  expect(formatCumulativeSpan('2020-01', 'zh-CN')).toBe('2020年1月');
  expect(formatCumulativeSpan('2020-01', 'en')).toBe('Jan 2020');
});

test('formatCumulativeSpan of a year or a bad key falls back to formatPeriod', () => {
  expect(formatCumulativeSpan('2020', 'zh-CN')).toBe('2020年');
  expect(formatCumulativeSpan('bad', 'en')).toBe('bad');
});

test('formatDate writes 2020年4月27日 and 27 Apr 2020', () => {
  expect(formatDate('2020-04-27', 'zh-CN')).toBe('2020年4月27日');
  expect(formatDate('2020-04-27', 'en')).toBe('27 Apr 2020');
});

test('formatDate handles 29 February and returns a non-date unchanged', () => {
  expect(formatDate('2020-02-29', 'en')).toBe('29 Feb 2020');
  expect(formatDate('2019-02-29', 'zh-CN')).toBe('2019-02-29');
});

test('formatNumber groups digits and rounds; non-finite reads —', () => {
  expect(formatNumber(1215.184, 'zh-CN')).toBe('1,215.18');
  expect(formatNumber(21, 'en', 1)).toBe('21');
  expect(formatNumber(Number.NaN, 'zh-CN')).toBe('—');
});

test('formatSignedPct gives growth with its sign and no sign for zero', () => {
  expect(formatSignedPct(5.52, 'zh-CN')).toBe('+5.5%');
  expect(formatSignedPct(-16.67, 'en')).toBe('-16.7%');
  expect(formatSignedPct(0, 'zh-CN')).toBe('0%');
  expect(formatSignedPct(Number.POSITIVE_INFINITY, 'zh-CN')).toBe('—');
});

test('formatters are reused: the same call gives the same text twice', () => {
  expect(formatPeriod('2020-06', 'zh-CN')).toBe(formatPeriod('2020-06', 'zh-CN'));
  expect(formatValue(5.62, '亿元', 'en')).toBe(formatValue(5.62, '亿元', 'en'));
});

describe('formatDateTime', () => {
  test('shows the Beijing date and time of a UTC timestamp', () => {
    // 17:30 UTC on 30 June is already 1 July in Beijing.
    expect(formatDateTime('2020-06-30T17:30:00.000Z', 'zh-CN')).toBe('2020年7月1日 01:30');
    expect(formatDateTime('2020-06-30T17:30:00.000Z', 'en')).toBe('1 Jul 2020, 01:30');
  });
  test('gives back what it cannot read', () => {
    expect(formatDateTime('not a time', 'zh-CN')).toBe('not a time');
  });
});
